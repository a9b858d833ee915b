// OBJ-EXC-2: OSError — errno, strerror, filenames, and the subclass chosen by errno (Linux numbers, as
// recorded from native CPython 3.13 on Linux).
using NUnit.Framework;
using Reference.Objects;
using Reference.Objects.Tests.Types;

namespace Reference.Objects.Tests.Exceptions;

[TestFixture]
public sealed class OSErrorTests : ObjectModelTest
{
    [TestCase(1, "PermissionError")]
    [TestCase(13, "PermissionError")]
    [TestCase(2, "FileNotFoundError")]
    [TestCase(3, "ProcessLookupError")]
    [TestCase(4, "InterruptedError")]
    [TestCase(10, "ChildProcessError")]
    [TestCase(11, "BlockingIOError")]
    [TestCase(114, "BlockingIOError")]
    [TestCase(115, "BlockingIOError")]
    [TestCase(17, "FileExistsError")]
    [TestCase(20, "NotADirectoryError")]
    [TestCase(21, "IsADirectoryError")]
    [TestCase(32, "BrokenPipeError")]
    [TestCase(108, "BrokenPipeError")]
    [TestCase(103, "ConnectionAbortedError")]
    [TestCase(104, "ConnectionResetError")]
    [TestCase(110, "TimeoutError")]
    [TestCase(111, "ConnectionRefusedError")]
    [TestCase(35, "OSError")]
    [TestCase(5, "OSError")]
    [TestCase(999, "OSError")]
    public void ErrnoChoosesTheSubclass(int errno, string expected)
    {
        // spec: OBJ-EXC-2
        PyObject e = Call(PyExc.OSError, Int(errno), S("msg"));
        Assert.That(e.ObType.Name, Is.EqualTo(expected));
        Assert.That(AsLong(Attr(e, "errno")), Is.EqualTo(errno));
    }

    [Test]
    public void OnlyOSErrorItselfIsMapped()
    {
        // spec: OBJ-EXC-2
        Assert.That(Call(PyExc.FileNotFoundError, Int(99), S("x")).ObType, Is.SameAs(PyExc.FileNotFoundError));
        PyTypeObject myOs = Class("MyOS", [PyExc.OSError]);
        Assert.That(Call(myOs, Int(2), S("x")).ObType, Is.SameAs(myOs));
        Assert.That(Call(PyExc.OSError, S("2"), S("x")).ObType, Is.SameAs(PyExc.OSError));
        Assert.That(Call(PyExc.OSError, Float(2.0), S("x")).ObType, Is.SameAs(PyExc.OSError));
        Assert.That(Call(PyExc.OSError, True, S("x")).ObType, Is.SameAs(PyExc.PermissionError));
        Assert.That(Call(PyExc.OSError, Int(2)).ObType, Is.SameAs(PyExc.OSError), "one argument is just a message");
    }

    [Test]
    public void StrWithFilenames()
    {
        // spec: OBJ-EXC-2
        PyObject e = Call(PyExc.OSError, Int(2), S("No such file"), S("f.txt"));
        Assert.That(Str(e), Is.EqualTo("[Errno 2] No such file: 'f.txt'"));
        Assert.That(Repr(Attr(e, "errno")) + " " + Str(Attr(e, "strerror")) + " " + Str(Attr(e, "filename")) + " " + Repr(Attr(e, "filename2")),
            Is.EqualTo("2 No such file f.txt None"));
        Assert.That(Repr(Attr(e, "args")), Is.EqualTo("(2, 'No such file')"));
        PyObject two = Call(PyExc.OSError, Int(2), S("No such file"), S("f.txt"), None, S("g.txt"));
        Assert.That(Str(two) + " " + Repr(Attr(two, "args")) + " " + Str(Attr(two, "filename2")),
            Is.EqualTo("[Errno 2] No such file: 'f.txt' -> 'g.txt' (2, 'No such file') g.txt"));
        PyObject noFile = Call(PyExc.OSError, Int(2), S("x"), None);
        Assert.That(Str(noFile) + " " + Repr(Attr(noFile, "args")), Is.EqualTo("[Errno 2] x (2, 'x', None)"));
    }

    [Test]
    public void OtherArgumentCountsKeepArgs()
    {
        // spec: OBJ-EXC-2
        PyObject msg = Call(PyExc.OSError, S("just message"));
        Assert.That(Str(msg) + " " + Repr(Attr(msg, "errno")) + " " + Repr(Attr(msg, "args")), Is.EqualTo("just message None ('just message',)"));
        Assert.That(Str(Call(PyExc.OSError)), Is.EqualTo(""));
        PyObject six = Call(PyExc.OSError, Int(1), Int(2), Int(3), Int(4), Int(5), Int(6));
        Assert.That(Str(six) + " " + Repr(Attr(six, "errno")), Is.EqualTo("(1, 2, 3, 4, 5, 6) None"));
        Assert.That(Str(Call(PyExc.OSError, S("2"), S("x"))), Is.EqualTo("[Errno 2] x"));
        Assert.That(Repr(Call(PyExc.FileNotFoundError, Int(2), S("y"))), Is.EqualTo("FileNotFoundError(2, 'y')"));
        PyTupleObject kw = (PyTupleObject)Tuple(S("x"));
        Assert.That(Raises(PyObject.Vectorcall(PyExc.OSError, [Int(2), S("x"), Int(1)], kw)), Is.EqualTo("TypeError: OSError() takes no keyword arguments"));
    }

    [Test]
    public void AttributesCanBeChanged()
    {
        // spec: OBJ-EXC-2
        PyObject e = Call(PyExc.OSError, Int(2), S("y"));
        SetAttr(e, "errno", Int(5));
        Assert.That(Str(e), Is.EqualTo("[Errno 5] y"));
        SetAttr(e, "filename", S("z"));
        Assert.That(Str(e), Is.EqualTo("[Errno 5] y: 'z'"));
    }

    [Test]
    public void NewAloneParsesTheArguments()
    {
        // spec: OBJ-EXC-2
        PyObject e = Method(PyExc.OSError, "__new__", PyExc.OSError, Int(2), S("x"));
        Assert.That(e.ObType, Is.SameAs(PyExc.FileNotFoundError));
        Assert.That(Repr(Attr(e, "errno")) + " " + Repr(Attr(e, "args")), Is.EqualTo("2 (2, 'x')"));
    }

    [Test]
    public void BlockingIOErrorCountsCharactersWritten()
    {
        // spec: OBJ-EXC-2
        PyObject e = Call(PyExc.BlockingIOError, Int(11), S("x"), Int(5));
        Assert.That(AsLong(Attr(e, "characters_written")) + " " + Str(e), Is.EqualTo("5 [Errno 11] x"));
        PyObject f = Call(PyExc.BlockingIOError, Int(11), S("x"));
        Assert.That(AttrRaises(f, "characters_written"), Is.EqualTo("AttributeError: characters_written"));
        SetAttr(f, "characters_written", Int(3));
        Assert.That(AsLong(Attr(f, "characters_written")), Is.EqualTo(3));
        DelAttr(f, "characters_written");
        Assert.That(SetAttrRaises(f, "characters_written", null), Is.EqualTo("AttributeError: characters_written"));
        Assert.That(SetAttrRaises(f, "characters_written", S("a")), Is.EqualTo("TypeError: 'str' object cannot be interpreted as an integer"));
    }
}
