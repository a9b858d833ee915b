// OBJ-INT-3, OBJ-NUM-3: int(x) and int(x, base) — text in any base with underscores and Unicode
// digits, bytes, floats, and objects through __int__ and __index__ (int() no longer tries
// __trunc__ in 3.14), with CPython's messages for every refusal. Expected values: CPython 3.14.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Numbers;

[TestFixture]
public sealed class IntConstructorTests : NumberTest
{
    private string Int(params string[] args) => CallOutcome(PyLongObject.Type, args);

    [Test]
    public void IntWithoutArgumentsIsZero()
    {
        // spec: OBJ-INT-3
        Assert.That(Int(), Is.EqualTo("0"));
    }

    [TestCase("'12'", "12")]
    [TestCase("'  -12  '", "-12")]
    [TestCase("'+12'", "12")]
    [TestCase("'1_000'", "1000")]
    [TestCase("'\\u0661\\u0662'", "12")]
    [TestCase("'\\uff11\\uff12'", "12")]
    [TestCase("'\\t\\n 7 \\r'", "7")]
    [TestCase("'1__000'", "ValueError: invalid literal for int() with base 10: '1__000'")]
    [TestCase("'_1'", "ValueError: invalid literal for int() with base 10: '_1'")]
    [TestCase("'1_'", "ValueError: invalid literal for int() with base 10: '1_'")]
    [TestCase("''", "ValueError: invalid literal for int() with base 10: ''")]
    [TestCase("' '", "ValueError: invalid literal for int() with base 10: ' '")]
    [TestCase("'12a'", "ValueError: invalid literal for int() with base 10: '12a'")]
    [TestCase("'\\x00'", "ValueError: invalid literal for int() with base 10: '\\x00'")]
    [TestCase("'12\\x00'", "ValueError: invalid literal for int() with base 10: '12\\x00'")]
    [TestCase("'1.5'", "ValueError: invalid literal for int() with base 10: '1.5'")]
    public void IntParsesDecimalText(string text, string expected)
    {
        // spec: OBJ-INT-3
        Assert.That(Int(text), Is.EqualTo(expected));
    }

    [TestCase("'0x1f'", "16", "31")]
    [TestCase("'0x1f'", "0", "31")]
    [TestCase("'0o17'", "0", "15")]
    [TestCase("'0b101'", "0", "5")]
    [TestCase("'0b_101'", "0", "5")]
    [TestCase("'017'", "0", "ValueError: invalid literal for int() with base 0: '017'")]
    [TestCase("'0'", "0", "0")]
    [TestCase("'00'", "0", "0")]
    [TestCase("'0_0'", "0", "0")]
    [TestCase("'z'", "36", "35")]
    [TestCase("'Z'", "36", "35")]
    [TestCase("'10'", "2", "2")]
    [TestCase("'12'", "2", "ValueError: invalid literal for int() with base 2: '12'")]
    [TestCase("'1'", "1", "ValueError: int() base must be >= 2 and <= 36, or 0")]
    [TestCase("'1'", "37", "ValueError: int() base must be >= 2 and <= 36, or 0")]
    [TestCase("'1'", "-1", "ValueError: int() base must be >= 2 and <= 36, or 0")]
    [TestCase("'1'", "2**100", "ValueError: int() base must be >= 2 and <= 36, or 0")]
    [TestCase("'10'", "2.0", "TypeError: 'float' object cannot be interpreted as an integer")]
    [TestCase("'10'", "'a'", "TypeError: 'str' object cannot be interpreted as an integer")]
    [TestCase("12", "10", "TypeError: int() can't convert non-string with explicit base")]
    [TestCase("12.5", "10", "TypeError: int() can't convert non-string with explicit base")]
    [TestCase("b'0x10'", "16", "16")]
    [TestCase("b'ff'", "16", "255")]
    [TestCase("b'fg'", "16", "ValueError: invalid literal for int() with base 16: b'fg'")]
    public void IntParsesTextInAGivenBase(string text, string @base, string expected)
    {
        // spec: OBJ-INT-3
        Assert.That(Int(text, @base), Is.EqualTo(expected));
    }

    [TestCase("base=10", "TypeError: int() missing string argument")]
    [TestCase("x='1'", "TypeError: int() got an unexpected keyword argument 'x'")]
    public void IntRejectsBadKeywords(string kw, string expected)
    {
        // spec: OBJ-INT-3
        Assert.That(Int(kw), Is.EqualTo(expected));
    }

    [Test]
    public void IntTakesTheBaseByKeyword()
    {
        // spec: OBJ-INT-3
        Assert.That(Int("'11'", "base=2"), Is.EqualTo("3"));
    }

    [Test]
    public void IntTakesAtMostTwoArguments()
    {
        // spec: OBJ-INT-3
        Assert.That(Int("'1'", "2", "3"), Is.EqualTo("TypeError: int expected at most 2 arguments, got 3"));
        Assert.That(Int("1", "2", "3"), Is.EqualTo("TypeError: int expected at most 2 arguments, got 3"));
    }

    [Test]
    public void IntSuggestsTheKeywordItProbablyMeant()
    {
        // spec: OBJ-INT-3
        Assert.That(Int("'1'", "bas=2"), Is.EqualTo("TypeError: int() got an unexpected keyword argument 'bas'. Did you mean 'base'?"));
    }

    [Test]
    public void IntAcceptsAnIndexObjectAsTheBase()
    {
        // spec: OBJ-INT-3, OBJ-NUM-3
        PyTypeObject seven = Class("I", [], ("__index__", Returns("__index__", Int(7))));
        PyObject result = Call(PyLongObject.Type, S("10"), New(seven));
        Assert.That(Repr(result), Is.EqualTo("7"));
    }

    [TestCase("b'12'", "12")]
    [TestCase("b' 12 '", "12")]
    [TestCase("b'1_2'", "12")]
    [TestCase("b'12a'", "ValueError: invalid literal for int() with base 10: b'12a'")]
    [TestCase("b'\\xff'", "ValueError: invalid literal for int() with base 10: b'\\xff'")]
    public void IntParsesBytes(string bytes, string expected)
    {
        // spec: OBJ-INT-3
        Assert.That(Int(bytes), Is.EqualTo(expected));
    }

    [Test]
    public void IntParsesByteArrays()
    {
        // spec: OBJ-INT-3
        PyObject good = Keep(PyByteArrayObject.FromArraySteal("42"u8.ToArray()));
        PyObject bad = Keep(PyByteArrayObject.FromArraySteal("4x"u8.ToArray()));
        Assert.That(Outcome(PyObject.Vectorcall(PyLongObject.Type, [good], null)), Is.EqualTo("42"));
        Assert.That(Outcome(PyObject.Vectorcall(PyLongObject.Type, [bad], null)),
            Is.EqualTo("ValueError: invalid literal for int() with base 10: b'4x'"));
    }

    [Test]
    public void IntParsesOtherBuffersAsBytes()
    {
        // spec: OBJ-INT-3, OBJ-NUM-3
        PyObject good = Call(PyMemoryViewObject.Type, Lit("b'12'"));
        PyObject bad = Call(PyMemoryViewObject.Type, Lit("b'1x'"));
        Assert.That(Outcome(PyObject.Vectorcall(PyLongObject.Type, [good], null)), Is.EqualTo("12"));
        Assert.That(Outcome(PyObject.Vectorcall(PyLongObject.Type, [bad], null)),
            Is.EqualTo("ValueError: invalid literal for int() with base 10: b'1x'"));
        Assert.That(Outcome(PyObject.Vectorcall(PyLongObject.Type, [good, Lit("10")], null)),
            Is.EqualTo("TypeError: int() can't convert non-string with explicit base"));
    }

    [Test]
    public void InvalidLiteralMessagesShowAtMost200Characters()
    {
        // spec: OBJ-INT-3
        string expected = "ValueError: invalid literal for int() with base 10: '" + new string('a', 199);
        Assert.That(Int("'" + new string('a', 300) + "'"), Is.EqualTo(expected));
        Assert.That(Int("b'" + new string('a', 300) + "'"), Is.EqualTo("ValueError: invalid literal for int() with base 10: b'" + new string('a', 198)));
    }

    [Test]
    public void IntTextIsLimitedToIntMaxStrDigits()
    {
        // spec: OBJ-INT-3
        Assert.That(Int("'" + new string('1', 4301) + "'"), Is.EqualTo(
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"));
        Assert.That(Int("'" + new string('1', 4300) + "'"), Has.Length.EqualTo(4300));
        var hex = (PyLongObject)Call(PyLongObject.Type, S(new string('f', 5000)), Lit("16"));
        Assert.That(hex.Value.GetBitLength(), Is.EqualTo(20000), "power-of-two bases are not limited");
    }

    [Test]
    public void BytesTextIsLimitedToIntMaxStrDigitsToo()
    {
        // spec: OBJ-INT-3
        Assert.That(Int("b'" + new string('1', 4301) + "'"), Is.EqualTo(
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"));
    }

    [Test]
    public void RaisingIntMaxStrDigitsAllowsLongerText()
    {
        // spec: OBJ-INT-3
        Interp.IntMaxStrDigits = 0;
        Assert.That(Int("'" + new string('1', 5000) + "'"), Has.Length.EqualTo(5000));
        Interp.IntMaxStrDigits = 5000;
        Assert.That(Int("'" + new string('1', 5001) + "'"), Does.StartWith("ValueError: Exceeds the limit (5000 digits)"));
    }

    [Test]
    public void ReprOfAnIntBeyondTheLimitRaises()
    {
        // spec: OBJ-INT-3
        PyObject big = Lit("10**4300");
        Assert.That(Raises(PyObject.Repr(big)), Is.EqualTo(
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"));
        Assert.That(Outcome(PyObject.Repr(Lit("10**4299"))), Has.Length.EqualTo(4302));
    }

    [Test]
    public void IntUsesDunderIntThenDunderIndex()
    {
        // spec: OBJ-NUM-3
        PyTypeObject index = Class("I", [], ("__index__", Returns("__index__", Int(7))));
        PyTypeObject intOnly = Class("N", [], ("__int__", Returns("__int__", Int(8))));
        PyTypeObject both = Class("Both", [],
            ("__int__", Returns("__int__", Int(1))), ("__index__", Returns("__index__", Int(2))));
        Assert.That(Outcome(PyNumber.Long(New(index))), Is.EqualTo("7"));
        Assert.That(Outcome(PyNumber.Long(New(intOnly))), Is.EqualTo("8"));
        Assert.That(Outcome(PyNumber.Long(New(both))), Is.EqualTo("1"));
    }

    [Test]
    public void IntNoLongerFallsBackToTrunc()
    {
        // spec: OBJ-NUM-3
        PyTypeObject trunc = Class("T", [], ("__trunc__", Returns("__trunc__", Int(9))));
        PyTypeObject fl = Class("F", [], ("__float__", Returns("__float__", Float(2.5))));
        Assert.That(Outcome(PyNumber.Long(New(trunc))),
            Is.EqualTo("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'T'"));
        Assert.That(Outcome(PyNumber.Long(New(fl))),
            Is.EqualTo("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'F'"));
    }

    [Test]
    public void DunderIntAndDunderIndexMustReturnInts()
    {
        // spec: OBJ-NUM-3
        PyTypeObject badIndex = Class("IB", [], ("__index__", Returns("__index__", "x")));
        PyTypeObject badInt = Class("NB", [], ("__int__", Returns("__int__", Float(1.5))));
        Assert.That(Outcome(PyNumber.Long(New(badIndex))), Is.EqualTo("TypeError: __index__ returned non-int (type str)"));
        Assert.That(Outcome(PyNumber.Long(New(badInt))), Is.EqualTo("TypeError: __int__ returned non-int (type float)"));
        Assert.That(Outcome(PyNumber.Index(New(badIndex))), Is.EqualTo("TypeError: __index__ returned non-int (type str)"));
    }

    [Test]
    public void AnIntSubclassReturnedByDunderIntBecomesAnExactInt()
    {
        // spec: OBJ-NUM-3
        PyTypeObject viaInt = Class("NBool", [], ("__int__", Returns("__int__", True)));
        PyTypeObject viaIndex = Class("IBool", [], ("__index__", Returns("__index__", True)));
        PyObject a = Ok(PyNumber.Long(New(viaInt)));
        PyObject b = Ok(PyNumber.Index(New(viaIndex)));
        Assert.That(a.ObType, Is.SameAs(PyLongObject.Type));
        Assert.That(b.ObType, Is.SameAs(PyLongObject.Type));
        Assert.That(Repr(a) + Repr(b), Is.EqualTo("11"));
    }

    [TestCase("None", "NoneType")]
    [TestCase("[1]", "list")]
    [TestCase("(1,)", "tuple")]
    public void IntRejectsObjectsThatAreNotNumbers(string value, string typeName)
    {
        // spec: OBJ-NUM-3
        Assert.That(Int(value), Is.EqualTo(
            $"TypeError: int() argument must be a string, a bytes-like object or a real number, not '{typeName}'"));
    }

    [TestCase("True", "1")]
    [TestCase("False", "0")]
    public void IntOfABoolIsAnExactInt(string value, string expected)
    {
        // spec: OBJ-INT-3
        PyObject result = Call(PyLongObject.Type, Lit(value));
        Assert.That(result.ObType, Is.SameAs(PyLongObject.Type));
        Assert.That(Repr(result), Is.EqualTo(expected));
    }

    [Test]
    public void AnIntSubclassIsConstructedWithItsValue()
    {
        // spec: OBJ-INT-3
        PyTypeObject sub = Class("IntSub", [PyLongObject.Type]);
        PyObject fromText = New(sub, "'12'");
        PyObject fromFloat = New(sub, "7.5");
        PyObject fromBig = New(sub, "2**100");
        Assert.That(fromText.ObType, Is.SameAs(sub));
        Assert.That(Repr(fromText) + " " + Repr(fromFloat) + " " + Repr(fromBig), Is.EqualTo("12 7 1267650600228229401496703205376"));
        PyObject exact = Call(PyLongObject.Type, fromText);
        Assert.That(exact.ObType, Is.SameAs(PyLongObject.Type));
        Assert.That(Outcome(PyNumber.Index(fromBig)), Is.EqualTo("1267650600228229401496703205376"));
    }

    [Test]
    public void IntNewOnASubclassGoesThroughTheGenericConstructor()
    {
        // spec: OBJ-INT-3
        PyTypeObject sub = Class("IntSub", [PyLongObject.Type]);
        PyObject result = Ok(PyObject.Call(sub, (PyTupleObject)Tuple(S("ff"), Lit("16")), null));
        Assert.That(result.ObType, Is.SameAs(sub));
        Assert.That(Repr(result), Is.EqualTo("255"));
        PyObject kw = Ok(PyObject.Call(PyLongObject.Type, (PyTupleObject)Tuple(S("11")), Dict((S("base"), Lit("2")))));
        Assert.That(Repr(kw), Is.EqualTo("3"));
    }
}
