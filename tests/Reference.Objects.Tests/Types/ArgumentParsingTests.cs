// OBJ-ERR-1: argument checking with the messages of CPython's getargs.c (recorded from CPython 3.14 built-ins
// that use the same helpers: str.split, int.from_bytes, int.to_bytes, list.pop, ...).
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Types;

[TestFixture]
public sealed class ArgumentParsingTests : ObjectModelTest
{
    private static readonly string[] s_split = ["sep", "maxsplit"];
    private static readonly string[] s_fromBytes = ["bytes", "byteorder", "signed"];
    private static readonly string[] s_posOnly = ["a", "b"];

    private string Unpack(string fname, PyObject[] args, string[] kwNames, string[] parameters, int posOnly, int maxPos, int minRequired)
    {
        PyTupleObject? kwnames = kwNames.Length == 0 ? null : (PyTupleObject)Tuple(Array.ConvertAll(kwNames, n => S(n)));
        var output = new PyObject?[parameters.Length];
        bool ok = GetArgs.UnpackKeywords(fname, args, kwnames, parameters, posOnly, maxPos, minRequired, output);
        return ok ? "ok " + string.Join(",", Array.ConvertAll(output, o => o is null ? "-" : Repr(o))) : TakeError();
    }

    [Test]
    public void TooManyArgumentsInAll()
    {
        // spec: OBJ-ERR-1
        Assert.That(Unpack("split", [Int(1), Int(2), Int(3)], [], s_split, 0, 2, 0), Is.EqualTo("TypeError: split() takes at most 2 arguments (3 given)"));
        Assert.That(Unpack("split", [Int(1), Int(2), Int(3)], ["sep"], s_split, 0, 2, 0), Is.EqualTo("TypeError: split() takes at most 2 arguments (3 given)"));
        Assert.That(Unpack("f", [Int(1), Int(2), Int(3)], ["a", "b", "z"], s_posOnly, 0, 2, 0), Is.EqualTo("TypeError: f() takes at most 2 keyword arguments (3 given)"));
    }

    [Test]
    public void TooManyPositionalArguments()
    {
        // spec: OBJ-ERR-1
        Assert.That(Unpack("to_bytes", [Int(1), S("big"), True], [], s_fromBytes, 0, 2, 0),
            Is.EqualTo("TypeError: to_bytes() takes at most 2 positional arguments (3 given)"));
        Assert.That(Unpack("f", [Int(1), Int(2)], [], s_posOnly, 0, 1, 1), Is.EqualTo("TypeError: f() takes exactly 1 positional argument (2 given)"));
        Assert.That(Unpack("f", [Int(1)], [], s_posOnly, 0, 0, 0), Is.EqualTo("TypeError: f() takes no positional arguments"));
    }

    [Test]
    public void MissingAndMisnamedArguments()
    {
        // spec: OBJ-ERR-1
        Assert.That(Unpack("from_bytes", [], [], s_fromBytes, 0, 2, 1), Is.EqualTo("TypeError: from_bytes() missing required argument 'bytes' (pos 1)"));
        Assert.That(Unpack("f", [], [], s_posOnly, 2, 2, 2), Is.EqualTo("TypeError: f() takes exactly 2 positional arguments (0 given)"));
        Assert.That(Unpack("f", [], [], s_posOnly, 2, 2, 1), Is.EqualTo("TypeError: f() takes at least 1 positional argument (0 given)"));
        Assert.That(Unpack("f", [Int(1), Int(2)], ["a"], s_posOnly, 1, 2, 1),
            Is.EqualTo("TypeError: f() got an unexpected keyword argument 'a'"));
        Assert.That(Unpack("f", [Int(1), Int(2)], ["z"], s_posOnly, 0, 2, 1), Is.EqualTo("TypeError: f() got an unexpected keyword argument 'z'"));
        Assert.That(Unpack("f", [Int(1), Int(2)], ["a"], s_posOnly, 0, 2, 1), Is.EqualTo("TypeError: argument for f() given by name ('a') and position (1)"));
        Assert.That(Unpack("f", [Int(1), Int(2)], ["b"], s_posOnly, 0, 2, 1), Is.EqualTo("ok 1,2"));
        Assert.That(Unpack("f", [Int(7)], [], s_posOnly, 0, 2, 1), Is.EqualTo("ok 7,-"));
    }

    [Test]
    public void KeywordNamesMustBeStrings()
    {
        // spec: OBJ-ERR-1
        PyTupleObject kwnames = (PyTupleObject)Tuple(Int(1));
        var output = new PyObject?[2];
        Assert.That(GetArgs.UnpackKeywords("f", [Int(1)], kwnames, s_posOnly, 0, 2, 0, output), Is.False);
        Assert.That(TakeError(), Is.EqualTo("TypeError: keywords must be strings"));
        Assert.That(GetArgs.NoKwnames("f", (PyTupleObject)Tuple(S("x"))), Is.False);
        Assert.That(TakeError(), Is.EqualTo("TypeError: f() takes no keyword arguments"));
        Assert.That(GetArgs.NoKwnames("f", null), Is.True);
    }

    [Test]
    public void PositionalCountMessages()
    {
        // spec: OBJ-ERR-1
        Assert.That(GetArgs.CheckPositional("pop", 2, 0, 1), Is.False);
        Assert.That(TakeError(), Is.EqualTo("TypeError: pop expected at most 1 argument, got 2"));
        Assert.That(GetArgs.CheckPositional("insert", 1, 2, 2), Is.False);
        Assert.That(TakeError(), Is.EqualTo("TypeError: insert expected 2 arguments, got 1"));
        Assert.That(GetArgs.CheckPositional("index", 0, 1, 3), Is.False);
        Assert.That(TakeError(), Is.EqualTo("TypeError: index expected at least 1 argument, got 0"));
        Assert.That(GetArgs.CheckPositional("f", 5, 1, 3), Is.False);
        Assert.That(TakeError(), Is.EqualTo("TypeError: f expected at most 3 arguments, got 5"));
        Assert.That(GetArgs.ToSsize(Float(1.5), out _), Is.False);
        Assert.That(TakeError(), Is.EqualTo("TypeError: 'float' object cannot be interpreted as an integer"));
    }
}
