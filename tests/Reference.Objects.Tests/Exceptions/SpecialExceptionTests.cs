// OBJ-EXC-2: the exceptions that carry attributes beyond args.
using NUnit.Framework;
using Reference.Objects;
using Reference.Objects.Tests.Types;

namespace Reference.Objects.Tests.Exceptions;

[TestFixture]
public sealed class SpecialExceptionTests : ObjectModelTest
{
    private PyObject? Kw(PyTypeObject t, PyObject[] args, params (string Name, PyObject Value)[] kwargs)
    {
        var all = new List<PyObject>(args);
        var names = new List<PyObject>();
        foreach ((string n, PyObject v) in kwargs)
        {
            all.Add(v);
            names.Add(S(n));
        }
        return PyObject.Vectorcall(t, all.ToArray(), (PyTupleObject)Tuple([.. names]));
    }

    [Test]
    public void StopIterationValue()
    {
        // spec: OBJ-EXC-2
        Assert.That(Attr(Call(PyExc.StopIteration), "value"), Is.SameAs(None));
        Assert.That(AsLong(Attr(Call(PyExc.StopIteration, Int(1), Int(2)), "value")), Is.EqualTo(1));
        PyObject e = Call(PyExc.StopIteration);
        SetAttr(e, "value", Int(7));
        Assert.That(AsLong(Attr(e, "value")), Is.EqualTo(7));
    }

    [Test]
    public void SystemExitCode()
    {
        // spec: OBJ-EXC-2
        Assert.That(Attr(Call(PyExc.SystemExit), "code"), Is.SameAs(None));
        Assert.That(AsLong(Attr(Call(PyExc.SystemExit, Int(3)), "code")), Is.EqualTo(3));
        Assert.That(Repr(Attr(Call(PyExc.SystemExit, Int(3), Int(4)), "code")), Is.EqualTo("(3, 4)"));
        Assert.That(Str(Call(PyExc.SystemExit, Int(3))), Is.EqualTo("3"));
    }

    [Test]
    public void AttributeErrorNameAndObj()
    {
        // spec: OBJ-EXC-2
        PyObject a = Ok(Kw(PyExc.AttributeError, [S("m")], ("name", S("n")), ("obj", Int(5))));
        Assert.That(Str(Attr(a, "name")) + " " + Repr(Attr(a, "obj")) + " " + Str(a) + " " + Repr(Attr(a, "args")), Is.EqualTo("n 5 m ('m',)"));
        Assert.That(Raises(Kw(PyExc.AttributeError, [S("m")], ("foo", Int(1)))), Is.EqualTo("TypeError: AttributeError() got an unexpected keyword argument 'foo'"));
        Assert.That(Attr(Call(PyExc.AttributeError), "name"), Is.SameAs(None));
        PyObject e = Call(PyExc.AttributeError);
        SetAttr(e, "name", S("z"));
        SetAttr(e, "obj", Int(9));
        Assert.That(Str(Attr(e, "name")) + Repr(Attr(e, "obj")), Is.EqualTo("z9"));
    }

    [Test]
    public void NameErrorName()
    {
        // spec: OBJ-EXC-2
        PyObject n = Ok(Kw(PyExc.NameError, [S("m")], ("name", S("x"))));
        Assert.That(Str(Attr(n, "name")) + " " + Str(n), Is.EqualTo("x m"));
        Assert.That(Raises(Kw(PyExc.NameError, [], ("obj", Int(1)))), Is.EqualTo("TypeError: NameError() got an unexpected keyword argument 'obj'"));
        Assert.That(Attr(Call(PyExc.UnboundLocalError), "name"), Is.SameAs(None));
    }

    [Test]
    public void ImportErrorAttributesAndStr()
    {
        // spec: OBJ-EXC-2
        PyObject i = Ok(Kw(PyExc.ImportError, [S("msg")], ("name", S("mod")), ("path", S("/p"))));
        Assert.That(Str(Attr(i, "msg")) + " " + Str(Attr(i, "name")) + " " + Str(Attr(i, "path")) + " " + Repr(Attr(i, "name_from")),
            Is.EqualTo("msg mod /p None"));
        Assert.That(Str(i) + " " + Repr(i), Is.EqualTo("msg ImportError('msg')"));
        Assert.That(Str(Call(PyExc.ImportError)), Is.EqualTo(""));
        Assert.That(Str(Call(PyExc.ImportError, Int(1), Int(2))), Is.EqualTo("(1, 2)"));
        Assert.That(Attr(Call(PyExc.ImportError, Int(1), Int(2)), "msg"), Is.SameAs(None));
        Assert.That(Raises(Kw(PyExc.ImportError, [], ("foo", Int(1)))), Is.EqualTo("TypeError: ImportError() got an unexpected keyword argument 'foo'"));
        Assert.That(Str(Attr(Ok(Kw(PyExc.ModuleNotFoundError, [S("x")], ("name", S("y")))), "name")), Is.EqualTo("y"));
        PyObject e = Call(PyExc.ImportError);
        SetAttr(e, "msg", S("set"));
        Assert.That(Str(e), Is.EqualTo("set"));
    }

    [Test]
    public void SyntaxErrorLocation()
    {
        // spec: OBJ-EXC-2
        PyObject s = Call(PyExc.SyntaxError, S("bad"), Tuple(S("f.py"), Int(3), Int(4), S("txt"), Int(3), Int(5)));
        Assert.That(Str(Attr(s, "msg")) + " " + Str(Attr(s, "filename")) + " " + Repr(Attr(s, "lineno")) + " " + Repr(Attr(s, "offset")) + " "
            + Str(Attr(s, "text")) + " " + Repr(Attr(s, "end_lineno")) + " " + Repr(Attr(s, "end_offset")), Is.EqualTo("bad f.py 3 4 txt 3 5"));
        Assert.That(Str(s), Is.EqualTo("bad (f.py, line 3)"));
        Assert.That(Repr(s), Is.EqualTo("SyntaxError('bad', ('f.py', 3, 4, 'txt', 3, 5))"));
        Assert.That(Str(Call(PyExc.SyntaxError, S("bad"), Tuple(S("/a/b/f.py"), None, Int(4), S("txt")))), Is.EqualTo("bad (f.py)"));
        Assert.That(Str(Call(PyExc.SyntaxError, S("bad"), Tuple(None, Int(3), Int(4), S("txt")))), Is.EqualTo("bad (line 3)"));
        Assert.That(Str(Call(PyExc.SyntaxError, S("bad"))), Is.EqualTo("bad"));
        Assert.That(Str(Call(PyExc.SyntaxError)), Is.EqualTo("None"));
        Assert.That(Attr(Call(PyExc.SyntaxError), "print_file_and_line"), Is.SameAs(None));
    }

    [Test]
    public void SyntaxErrorArgumentErrors()
    {
        // spec: OBJ-EXC-2
        Assert.That(CallRaises(PyExc.SyntaxError, S("bad"), Tuple(Int(1), Int(2))), Is.EqualTo("TypeError: function takes at least 4 arguments (2 given)"));
        Assert.That(CallRaises(PyExc.SyntaxError, S("bad"), Tuple(Int(1), Int(2), Int(3), Int(4), Int(5), Int(6), Int(7))),
            Is.EqualTo("TypeError: function takes at most 6 arguments (7 given)"));
        Assert.That(CallRaises(PyExc.SyntaxError, S("bad"), Int(5)), Is.EqualTo("TypeError: 'int' object is not iterable"));
        Assert.That(Repr(Attr(Call(PyExc.SyntaxError, S("bad"), Tuple(S("f"), Int(1), Int(2), S("t")), Int(3)), "args")), Is.EqualTo("('bad', ('f', 1, 2, 't'), 3)"));
        Assert.That(Raises(Kw(PyExc.SyntaxError, [], ("x", Int(1)))), Is.EqualTo("TypeError: SyntaxError() takes no keyword arguments"));
    }

    [Test]
    public void UnicodeDecodeErrorAttributesAndStr()
    {
        // spec: OBJ-EXC-2
        PyObject u = Call(PyExc.UnicodeDecodeError, S("utf-8"), Bytes(0xff, 0xfe), Int(0), Int(1), S("invalid start byte"));
        Assert.That(Str(u), Is.EqualTo("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"));
        Assert.That(Str(Attr(u, "encoding")) + " " + Repr(Attr(u, "object")) + " " + Repr(Attr(u, "start")) + " " + Repr(Attr(u, "end")) + " " + Str(Attr(u, "reason")),
            Is.EqualTo("utf-8 b'\\xff\\xfe' 0 1 invalid start byte"));
        Assert.That(Str(Call(PyExc.UnicodeDecodeError, S("utf-8"), Bytes(0xff, 0xfe), Int(0), Int(2), S("bad"))),
            Is.EqualTo("'utf-8' codec can't decode bytes in position 0-1: bad"));
        PyObject fromBytearray = Call(PyExc.UnicodeDecodeError, S("utf-8"), Call(PyByteArrayObject.Type, Bytes(0xff)), Int(0), Int(1), S("r"));
        Assert.That(Str(fromBytearray) + " " + Repr(Attr(fromBytearray, "object")), Is.EqualTo("'utf-8' codec can't decode byte 0xff in position 0: r b'\\xff'"));
        SetAttr(u, "start", Int(1));
        SetAttr(u, "end", Int(2));
        Assert.That(Str(u), Is.EqualTo("'utf-8' codec can't decode byte 0xfe in position 1: invalid start byte"));
    }

    [Test]
    public void UnicodeErrorAttributesCanBeReplaced()
    {
        // spec: OBJ-EXC-2
        PyObject Decode() => Call(PyExc.UnicodeDecodeError, S("utf-8"), Bytes(0x61, 0x62), Int(0), Int(1), S("r"));
        PyObject e = Decode();
        SetAttr(e, "reason", Int(5));
        Assert.That(Str(e), Is.EqualTo("'utf-8' codec can't decode byte 0x61 in position 0: 5"));
        e = Decode();
        SetAttr(e, "encoding", Int(5));
        Assert.That(Str(e), Is.EqualTo("'5' codec can't decode byte 0x61 in position 0: r"));
        e = Decode();
        SetAttr(e, "object", S("zz"));
        Assert.That(Raises(PyObject.Str(e)), Is.EqualTo("TypeError: UnicodeError 'object' attribute must be a bytes"));
        PyObject enc = Call(PyExc.UnicodeEncodeError, S("ascii"), S("ab"), Int(0), Int(1), S("r"));
        SetAttr(enc, "object", Bytes(1));
        Assert.That(Raises(PyObject.Str(enc)), Is.EqualTo("TypeError: UnicodeError 'object' attribute must be a string"));
        e = Decode();
        Assert.That(SetAttrRaises(e, "start", null), Is.EqualTo("TypeError: can't delete numeric/char attribute"));
        Assert.That(SetAttrRaises(e, "end", S("x")), Is.EqualTo("TypeError: an integer is required"));
        DelAttr(e, "reason");
        SetAttr(e, "start", Int(1));
        SetAttr(e, "end", Int(2));
        Assert.That(Str(e), Is.EqualTo("'utf-8' codec can't decode byte 0x62 in position 1: <NULL>"));
        DelAttr(e, "object");
        Assert.That(Str(e), Is.EqualTo(""));
        Assert.That(Str(Call(PyExc.UnicodeEncodeError, S("ascii"), S("ab"), Int(5), Int(9), S("r"))), Is.EqualTo("'ascii' codec can't encode characters in position 5-8: r"));
    }

    [Test]
    public void UnicodeEncodeAndTranslateErrorStr()
    {
        // spec: OBJ-EXC-2
        Assert.That(Str(Call(PyExc.UnicodeEncodeError, S("ascii"), S("h\u00e9llo"), Int(1), Int(2), S("ordinal not in range(128)"))),
            Is.EqualTo("'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)"));
        Assert.That(Str(Call(PyExc.UnicodeEncodeError, S("ascii"), S("\u20ac"), Int(0), Int(1), S("r"))),
            Is.EqualTo("'ascii' codec can't encode character '\\u20ac' in position 0: r"));
        Assert.That(Str(Call(PyExc.UnicodeEncodeError, S("ascii"), S("\U0001f600"), Int(0), Int(1), S("r"))),
            Is.EqualTo("'ascii' codec can't encode character '\\U0001f600' in position 0: r"));
        Assert.That(Str(Call(PyExc.UnicodeEncodeError, S("ascii"), S("abc"), Int(0), Int(3), S("r"))),
            Is.EqualTo("'ascii' codec can't encode characters in position 0-2: r"));
        Assert.That(Str(Call(PyExc.UnicodeTranslateError, S("\u00e9"), Int(0), Int(1), S("r"))), Is.EqualTo("can't translate character '\\xe9' in position 0: r"));
        Assert.That(Str(Call(PyExc.UnicodeTranslateError, S("abc"), Int(0), Int(2), S("r"))), Is.EqualTo("can't translate characters in position 0-1: r"));
        Assert.That(Repr(Call(PyExc.UnicodeEncodeError, S("ascii"), S("h\u00e9llo"), Int(1), Int(2), S("r"))),
            Is.EqualTo("UnicodeEncodeError('ascii', 'h\u00e9llo', 1, 2, 'r')"));
        Assert.That(Str(Call(PyExc.UnicodeError)), Is.EqualTo(""));
    }

    [Test]
    public void UnicodeErrorArgumentErrors()
    {
        // spec: OBJ-EXC-2
        Assert.That(CallRaises(PyExc.UnicodeDecodeError, S("utf-8"), S("x"), Int(0), Int(1), S("r")), Is.EqualTo("TypeError: a bytes-like object is required, not 'str'"));
        Assert.That(CallRaises(PyExc.UnicodeDecodeError, S("utf-8"), Bytes(1), Int(0), Int(1)), Is.EqualTo("TypeError: function takes exactly 5 arguments (4 given)"));
        Assert.That(CallRaises(PyExc.UnicodeEncodeError, Int(1), S("x"), Int(0), Int(1), S("r")), Is.EqualTo("TypeError: argument 1 must be str, not int"));
        Assert.That(CallRaises(PyExc.UnicodeEncodeError, S("a"), Bytes(1), Int(0), Int(1), S("r")), Is.EqualTo("TypeError: argument 2 must be str, not bytes"));
        Assert.That(CallRaises(PyExc.UnicodeEncodeError, S("a"), S("x"), Int(0), Int(1), Int(2)), Is.EqualTo("TypeError: argument 5 must be str, not int"));
        Assert.That(CallRaises(PyExc.UnicodeEncodeError, S("a"), S("x"), S("z"), Int(1), S("r")), Is.EqualTo("TypeError: 'str' object cannot be interpreted as an integer"));
    }
}
