// OBJ-FLOAT-3, OBJ-NUM-3: float(x) — text with underscores, inf/nan spellings and Unicode digits,
// bytes and buffers, ints, objects through __float__ then __index__ — and float.from_number.
// Expected values: CPython 3.14.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Numbers;

[TestFixture]
public sealed class FloatConstructorTests : NumberTest
{
    private string FloatOf(params string[] args) => CallOutcome(PyFloatObject.Type, args);

    [Test]
    public void FloatWithoutArgumentsIsZero()
    {
        // spec: OBJ-FLOAT-3
        Assert.That(FloatOf(), Is.EqualTo("0.0"));
    }

    [TestCase("'1.5'", "1.5")]
    [TestCase("'  -1.5e3  '", "-1500.0")]
    [TestCase("'+1E-3'", "0.001")]
    [TestCase("'1_0.5'", "10.5")]
    [TestCase("'1.'", "1.0")]
    [TestCase("'.5'", "0.5")]
    [TestCase("'inf'", "inf")]
    [TestCase("'-Infinity'", "-inf")]
    [TestCase("'+iNf'", "inf")]
    [TestCase("'infinity'", "inf")]
    [TestCase("'nan'", "nan")]
    [TestCase("'-nan'", "nan")]
    [TestCase("'NaN'", "nan")]
    [TestCase("'1e500'", "inf")]
    [TestCase("'-1e500'", "-inf")]
    [TestCase("'1e-500'", "0.0")]
    [TestCase("'\\u0661.\\u0662'", "1.2")]
    [TestCase("'\\uff11.\\uff15'", "1.5")]
    [TestCase("'0.1'", "0.1")]
    [TestCase("'2.2250738585072011e-308'", "2.225073858507201e-308")]
    [TestCase("'1__0'", "ValueError: could not convert string to float: '1__0'")]
    [TestCase("'_1'", "ValueError: could not convert string to float: '_1'")]
    [TestCase("'.'", "ValueError: could not convert string to float: '.'")]
    [TestCase("''", "ValueError: could not convert string to float: ''")]
    [TestCase("'   '", "ValueError: could not convert string to float: '   '")]
    [TestCase("'infinit'", "ValueError: could not convert string to float: 'infinit'")]
    [TestCase("'0x10'", "ValueError: could not convert string to float: '0x10'")]
    [TestCase("'1.5x'", "ValueError: could not convert string to float: '1.5x'")]
    [TestCase("'1.5\\x00'", "ValueError: could not convert string to float: '1.5\\x00'")]
    public void FloatParsesText(string text, string expected)
    {
        // spec: OBJ-FLOAT-3
        Assert.That(FloatOf(text), Is.EqualTo(expected));
    }

    [TestCase("b'1.5'", "1.5")]
    [TestCase("b' -2e1 '", "-20.0")]
    [TestCase("b'1.5x'", "ValueError: could not convert string to float: b'1.5x'")]
    public void FloatParsesBytes(string bytes, string expected)
    {
        // spec: OBJ-FLOAT-3
        Assert.That(FloatOf(bytes), Is.EqualTo(expected));
    }

    [Test]
    public void FloatParsesByteArraysAndShowsThemInErrors()
    {
        // spec: OBJ-FLOAT-3
        PyObject good = Keep(PyByteArrayObject.FromArraySteal("2.5"u8.ToArray()));
        PyObject bad = Keep(PyByteArrayObject.FromArraySteal("4x"u8.ToArray()));
        Assert.That(Outcome(PyObject.Vectorcall(PyFloatObject.Type, [good], null)), Is.EqualTo("2.5"));
        Assert.That(Outcome(PyObject.Vectorcall(PyFloatObject.Type, [bad], null)),
            Is.EqualTo("ValueError: could not convert string to float: bytearray(b'4x')"));
    }

    [Test]
    public void FloatParsesOtherBuffersAndShowsThemInErrors()
    {
        // spec: OBJ-FLOAT-3
        PyObject good = Call(PyMemoryViewObject.Type, Lit("b'1.5'"));
        PyObject bad = Call(PyMemoryViewObject.Type, Lit("b'1x'"));
        Assert.That(Outcome(PyObject.Vectorcall(PyFloatObject.Type, [good], null)), Is.EqualTo("1.5"));
        Assert.That(Outcome(PyObject.Vectorcall(PyFloatObject.Type, [bad], null)),
            Does.Match("^ValueError: could not convert string to float: <memory at 0x[0-9a-f]+>$"));
    }

    [Test]
    public void NumberFloatReadsTextLikeTheConstructor()
    {
        // spec: OBJ-FLOAT-3, OBJ-NUM-3
        Assert.That(Outcome(PyNumber.Float(Lit("' 2.5 '"))), Is.EqualTo("2.5"));
        Assert.That(Outcome(PyNumber.Float(Lit("b'2.5'"))), Is.EqualTo("2.5"));
        Assert.That(Outcome(PyNumber.Float(Lit("'x'"))), Is.EqualTo("ValueError: could not convert string to float: 'x'"));
    }

    [Test]
    public void FloatOfAStringIsTheCorrectlyRoundedDouble()
    {
        // spec: OBJ-FLOAT-3
        var f = (PyFloatObject)Call(PyFloatObject.Type, S("9007199254740993"));
        Assert.That(f.Value, Is.EqualTo(9007199254740992.0));
        var g = (PyFloatObject)Call(PyFloatObject.Type, S("-0.0"));
        Assert.That(double.IsNegative(g.Value), Is.True);
    }

    [TestCase("1", "1.0")]
    [TestCase("True", "1.0")]
    [TestCase("-2**63", "-9.223372036854776e+18")]
    [TestCase("2.5", "2.5")]
    [TestCase("None", "TypeError: float() argument must be a string or a real number, not 'NoneType'")]
    [TestCase("[1.0]", "TypeError: float() argument must be a string or a real number, not 'list'")]
    public void FloatConvertsNumbers(string value, string expected)
    {
        // spec: OBJ-FLOAT-3, OBJ-NUM-3
        Assert.That(FloatOf(value), Is.EqualTo(expected));
    }

    [Test]
    public void FloatTakesOnePositionalArgumentAndNoKeywords()
    {
        // spec: OBJ-FLOAT-3
        Assert.That(FloatOf("1", "2"), Is.EqualTo("TypeError: float expected at most 1 argument, got 2"));
        Assert.That(FloatOf("x=1"), Is.EqualTo("TypeError: float() takes no keyword arguments"));
        Assert.That(Outcome(PyObject.Call(PyFloatObject.Type, (PyTupleObject)Tuple(), Dict((S("x"), Lit("1"))))),
            Is.EqualTo("TypeError: float() takes no keyword arguments"));
        Assert.That(Outcome(PyObject.Call(PyFloatObject.Type, (PyTupleObject)Tuple(Lit("1"), Lit("2")), null)),
            Is.EqualTo("TypeError: float expected at most 1 argument, got 2"));
    }

    [Test]
    public void FloatUsesDunderFloatThenDunderIndex()
    {
        // spec: OBJ-NUM-3
        PyTypeObject index = Class("I", [], ("__index__", Returns("__index__", Int(7))));
        PyTypeObject fl = Class("F", [], ("__float__", Returns("__float__", Float(2.5))));
        PyTypeObject both = Class("Both", [],
            ("__index__", Returns("__index__", Int(2))), ("__float__", Returns("__float__", Float(3.0))));
        PyTypeObject intOnly = Class("N", [], ("__int__", Returns("__int__", Int(8))));
        PyTypeObject big = Class("Big", [], ("__index__", Returns("__index__", Lit("2**70"))));
        PyTypeObject huge = Class("FI", [], ("__index__", Returns("__index__", Lit("2**1100"))));
        Assert.That(Outcome(PyObject.Vectorcall(PyFloatObject.Type, [New(index)], null)), Is.EqualTo("7.0"));
        Assert.That(Outcome(PyObject.Vectorcall(PyFloatObject.Type, [New(fl)], null)), Is.EqualTo("2.5"));
        Assert.That(Outcome(PyObject.Vectorcall(PyFloatObject.Type, [New(both)], null)), Is.EqualTo("3.0"));
        Assert.That(Outcome(PyObject.Vectorcall(PyFloatObject.Type, [New(big)], null)), Is.EqualTo("1.1805916207174113e+21"));
        Assert.That(Outcome(PyObject.Vectorcall(PyFloatObject.Type, [New(intOnly)], null)),
            Is.EqualTo("TypeError: float() argument must be a string or a real number, not 'N'"));
        Assert.That(Outcome(PyObject.Vectorcall(PyFloatObject.Type, [New(huge)], null)),
            Is.EqualTo("OverflowError: int too large to convert to float"));
    }

    [Test]
    public void DunderFloatMustReturnAFloat()
    {
        // spec: OBJ-NUM-3
        PyTypeObject bad = Class("FB", [], ("__float__", Returns("__float__", Int(3))));
        Assert.That(Outcome(PyObject.Vectorcall(PyFloatObject.Type, [New(bad)], null)),
            Is.EqualTo("TypeError: FB.__float__ returned non-float (type int)"));
    }

    [Test]
    public void AFloatSubclassReturnedByDunderFloatBecomesAnExactFloat()
    {
        // spec: OBJ-NUM-3
        PyTypeObject sub = Class("FloatSub", [PyFloatObject.Type]);
        PyObject subValue = New(sub, "1.25");
        PyTypeObject f = Class("F", [], ("__float__", Returns("__float__", subValue)));
        PyObject result = Call(PyFloatObject.Type, New(f));
        Assert.That(result.ObType, Is.SameAs(PyFloatObject.Type));
        Assert.That(Repr(result), Is.EqualTo("1.25"));
    }

    [Test]
    public void AFloatSubclassIsConstructedWithItsValue()
    {
        // spec: OBJ-FLOAT-3
        PyTypeObject sub = Class("FloatSub", [PyFloatObject.Type]);
        PyObject x = New(sub, "'1.5'");
        Assert.That(x.ObType, Is.SameAs(sub));
        Assert.That(Repr(x), Is.EqualTo("1.5"));
        PyObject exact = Call(PyFloatObject.Type, x);
        Assert.That(exact.ObType, Is.SameAs(PyFloatObject.Type));
        Assert.That(Outcome(PyNumber.Float(x)), Is.EqualTo("1.5"));
        PyObject viaCall = Ok(PyObject.Call(sub, (PyTupleObject)Tuple(Lit("2")), null));
        Assert.That(viaCall.ObType, Is.SameAs(sub));
        Assert.That(Repr(viaCall), Is.EqualTo("2.0"));
    }

    [Test]
    public void AFloatSubclassTakesKeywordsOnlyWithItsOwnInit()
    {
        // spec: OBJ-FLOAT-3
        PyTypeObject plain = Class("F", [PyFloatObject.Type]);
        PyTypeObject withInit = Class("F2", [PyFloatObject.Type], ("__init__", Returns("__init__", Py.None)));
        Assert.That(CallOutcome(plain, "1.5", "x=1"), Is.EqualTo("TypeError: float() takes no keyword arguments"));
        Assert.That(CallOutcome(withInit, "1.5", "x=1"), Is.EqualTo("1.5"));
    }

    [TestCase("5", "5.0")]
    [TestCase("2.5", "2.5")]
    [TestCase("True", "1.0")]
    [TestCase("2**1024", "OverflowError: int too large to convert to float")]
    [TestCase("'5'", "TypeError: must be real number, not str")]
    [TestCase("b'5'", "TypeError: must be real number, not bytes")]
    [TestCase("None", "TypeError: must be real number, not NoneType")]
    [TestCase("[1]", "TypeError: must be real number, not list")]
    public void FromNumberAcceptsOnlyRealNumbers(string value, string expected)
    {
        // spec: OBJ-FLOAT-3
        Assert.That(CallMethodOutcome(PyFloatObject.Type, "from_number", value), Is.EqualTo(expected));
    }

    [Test]
    public void FromNumberUsesDunderFloatAndDunderIndex()
    {
        // spec: OBJ-FLOAT-3
        PyTypeObject index = Class("I", [], ("__index__", Returns("__index__", Int(7))));
        PyTypeObject fl = Class("F", [], ("__float__", Returns("__float__", Float(2.5))));
        Assert.That(Outcome(PyObject.CallMethod(PyFloatObject.Type, "from_number", New(index))), Is.EqualTo("7.0"));
        Assert.That(Outcome(PyObject.CallMethod(PyFloatObject.Type, "from_number", New(fl))), Is.EqualTo("2.5"));
    }

    [Test]
    public void FromNumberOfAFloatIsThatFloat()
    {
        // spec: OBJ-FLOAT-3
        PyObject f = Lit("2.5");
        Assert.That(Method(PyFloatObject.Type, "from_number", f), Is.SameAs(f));
        PyObject sub = New(Class("FloatSub", [PyFloatObject.Type]), "2.5");
        PyObject exact = Method(PyFloatObject.Type, "from_number", sub);
        Assert.That(exact.ObType, Is.SameAs(PyFloatObject.Type));
        Assert.That(Repr(exact), Is.EqualTo("2.5"));
        Assert.That(PyFloatObject.AsDouble(sub), Is.EqualTo(2.5));
    }

    [Test]
    public void FloatNewChecksItsArgumentCount()
    {
        // spec: OBJ-FLOAT-3
        Assert.That(Outcome(PyObject.CallMethod(PyFloatObject.Type, "__new__", PyFloatObject.Type, Lit("1"), Lit("2"))),
            Is.EqualTo("TypeError: float expected at most 1 argument, got 2"));
    }

    [Test]
    public void FromNumberAndFromHexOnASubclassMakeTheSubclass()
    {
        // spec: OBJ-FLOAT-3
        PyTypeObject sub = Class("FloatSub", [PyFloatObject.Type]);
        PyObject a = Method(sub, "from_number", Lit("2"));
        PyObject b = Method(sub, "fromhex", S("0x1p1"));
        Assert.That(a.ObType, Is.SameAs(sub));
        Assert.That(b.ObType, Is.SameAs(sub));
        Assert.That(Repr(a) + " " + Repr(b), Is.EqualTo("2.0 2.0"));
    }
}
