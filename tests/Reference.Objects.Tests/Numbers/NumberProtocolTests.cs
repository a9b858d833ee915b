// OBJ-NUM-1, OBJ-NUM-2, OBJ-NUM-3: the number protocol — the left operand's slot, then the
// right's, with a right operand of a proper subclass that overrides the reflected method going
// first; sequence fallbacks for + and *; in-place operators; unary errors; index conversion.
// Expected values: CPython 3.14.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Numbers;

[TestFixture]
public sealed class NumberProtocolTests : NumberTest
{
    private PyTypeObject RAdd() => Class("RAdd", [PyLongObject.Type],
        ("__radd__", Returns("__radd__", "radd")), ("__rsub__", Returns("__rsub__", "rsub")));

    [Test]
    public void ASubclassOverridingTheReflectedMethodGoesFirst()
    {
        // spec: OBJ-NUM-1
        PyTypeObject radd = RAdd();
        PyObject two = New(radd, "2");
        Assert.That(Outcome(PyNumber.Add(Lit("1"), two)), Is.EqualTo("'radd'"));
        Assert.That(Outcome(PyNumber.Subtract(Lit("1"), two)), Is.EqualTo("'rsub'"));
        Assert.That(Outcome(PyNumber.Add(Lit("2**100"), two)), Is.EqualTo("'radd'"));
    }

    [Test]
    public void TheLeftOperandGoesFirstWhenItIsTheSubclass()
    {
        // spec: OBJ-NUM-1
        PyTypeObject radd = RAdd();
        Assert.That(Outcome(PyNumber.Add(New(radd, "2"), Lit("1"))), Is.EqualTo("3"));
        Assert.That(Outcome(PyNumber.Add(New(radd, "1"), New(radd, "2"))), Is.EqualTo("3"), "same type: __add__ only");
    }

    [Test]
    public void AnUnrelatedRightOperandOnlyGetsItsTurnAfterTheLeftDeclines()
    {
        // spec: OBJ-NUM-1
        PyTypeObject radd = RAdd();
        PyTypeObject intSub = Class("IntSub", [PyLongObject.Type]);
        Assert.That(Outcome(PyNumber.Add(New(intSub, "1"), New(radd, "2"))), Is.EqualTo("3"), "RAdd is no subclass of IntSub");
        Assert.That(Outcome(PyNumber.Add(Lit("1.5"), New(radd, "2"))), Is.EqualTo("3.5"), "float.__add__ accepts the int");
    }

    [Test]
    public void AReflectedMethodReturningNotImplementedFallsBackToTheLeft()
    {
        // spec: OBJ-NUM-1
        PyTypeObject declines = Class("RAddNI", [PyLongObject.Type], ("__radd__", Returns("__radd__", Py.NotImplemented)));
        Assert.That(Outcome(PyNumber.Add(Lit("1"), New(declines, "2"))), Is.EqualTo("3"));
    }

    [Test]
    public void AFloatSubclassReflectedDivisionGoesFirst()
    {
        // spec: OBJ-NUM-1
        PyTypeObject sub = Class("FloatSub", [PyFloatObject.Type], ("__rtruediv__", Returns("__rtruediv__", "frtruediv")));
        PyObject x = New(sub, "2.0");
        Assert.That(Outcome(PyNumber.TrueDivide(Lit("1.5"), x)), Is.EqualTo("'frtruediv'"));
        Assert.That(Outcome(PyNumber.TrueDivide(Lit("2"), x)), Is.EqualTo("'frtruediv'"), "a float subclass is no int subclass, but int declines");
    }

    [Test]
    public void AReflectedPowerGetsTheModulus()
    {
        // spec: OBJ-NUM-1
        PyTypeObject rpow = Class("RPow", [PyLongObject.Type], ("__rpow__", CsMethod("__rpow__", (self, args) =>
            PyUnicodeObject.FromString("rpow " + (args.Length > 1 ? Repr(args[1]) : "-")))));
        Assert.That(Outcome(PyNumber.Power(Lit("2"), New(rpow, "3"), Py.None)), Is.EqualTo("'rpow -'"));
        Assert.That(Outcome(PyNumber.Power(Lit("2"), Lit("3"), New(rpow, "5"))), Is.EqualTo("3"), "a modulus alone does not reflect");
    }

    [Test]
    public void AThreeArgumentPowerReflectsToTheSubclass()
    {
        // spec: OBJ-NUM-1
        PyTypeObject rpow = Class("RPow", [PyLongObject.Type], ("__rpow__", CsMethod("__rpow__", (self, args) =>
            PyUnicodeObject.FromString("rpow " + (args.Length > 1 ? Repr(args[1]) : "-")))));
        Assert.That(Outcome(PyNumber.Power(Lit("2"), New(rpow, "3"), Lit("5"))), Is.EqualTo("'rpow 5'"));
    }

    [Test]
    public void AModulusWithOnlyPowerMethodsDoesNotMakeAPower()
    {
        // spec: OBJ-NUM-1
        PyTypeObject x = Class("X", [], ("__pow__", Returns("__pow__", "X.pow")), ("__rpow__", Returns("__rpow__", "X.rpow")));
        Assert.That(Outcome(PyNumber.Power(Lit("2"), Lit("3"), New(x))),
            Is.EqualTo("TypeError: unsupported operand type(s) for ** or pow(): 'int', 'int', 'X'"));
    }

    [Test]
    public void AReflectedPowerReturningNotImplementedFallsBackToTheLeft()
    {
        // spec: OBJ-NUM-1
        PyTypeObject declines = Class("RN", [PyLongObject.Type], ("__rpow__", Returns("__rpow__", Py.NotImplemented)));
        Assert.That(Outcome(PyNumber.Power(Lit("2"), New(declines, "3"), Py.None)), Is.EqualTo("8"));
    }

    [Test]
    public void AnErrorInDunderIndexPropagatesThroughFloat()
    {
        // spec: OBJ-NUM-3
        PyTypeObject bad = Class("I", [], ("__index__", CsMethod("__index__", (_, _) => PyErr.SetString(PyExc.ValueError, "bad index"))));
        Assert.That(Outcome(PyNumber.Float(New(bad))), Is.EqualTo("ValueError: bad index"));
    }

    [Test]
    public void ClassesWithDunderMethodsTakePartFromEitherSide()
    {
        // spec: OBJ-NUM-1
        PyTypeObject a = Class("A", [], ("__add__", Returns("__add__", "A.add")), ("__radd__", Returns("__radd__", "A.radd")));
        PyTypeObject c = Class("C", [a], ("__radd__", Returns("__radd__", "C.radd")));
        PyTypeObject d = Class("D", [a]);
        Assert.That(Outcome(PyNumber.Add(New(a), Lit("1"))), Is.EqualTo("'A.add'"));
        Assert.That(Outcome(PyNumber.Add(Lit("1"), New(a))), Is.EqualTo("'A.radd'"));
        Assert.That(Outcome(PyNumber.Add(New(a), New(c))), Is.EqualTo("'C.radd'"), "C overrides __radd__");
        Assert.That(Outcome(PyNumber.Add(New(a), New(d))), Is.EqualTo("'A.add'"), "D inherits it: no override");
    }

    [Test]
    public void ASubclassOverridingAUnaryMethodIsCalled()
    {
        // spec: OBJ-NUM-2
        PyTypeObject neg = Class("Neg", [PyLongObject.Type], ("__neg__", Returns("__neg__", "neg")));
        PyTypeObject plain = Class("IntSub", [PyLongObject.Type]);
        Assert.That(Outcome(PyNumber.Negative(New(neg, "3"))), Is.EqualTo("'neg'"));
        PyObject r = Ok(PyNumber.Negative(New(plain, "3")));
        Assert.That(r.ObType, Is.SameAs(PyLongObject.Type));
        Assert.That(Repr(r), Is.EqualTo("-3"));
        PyObject sum = Ok(PyNumber.Add(New(plain, "3"), Lit("0")));
        Assert.That(sum.ObType, Is.SameAs(PyLongObject.Type));
    }

    [Test]
    public void InPlaceOperatorsTryTheInPlaceMethodFirst()
    {
        // spec: OBJ-NUM-2
        PyTypeObject iadd = Class("IAdd", [PyLongObject.Type], ("__iadd__", Returns("__iadd__", "iadd")));
        PyObject x = New(iadd, "1");
        Assert.That(Outcome(PyNumber.InPlaceAdd(x, Lit("1"))), Is.EqualTo("'iadd'"));
        Assert.That(Outcome(PyNumber.Add(x, Lit("1"))), Is.EqualTo("2"));
        Assert.That(Outcome(PyNumber.InPlaceSubtract(x, Lit("1"))), Is.EqualTo("0"), "no __isub__: the binary operator");
    }

    [TestCase("1", "+=", "2", "3")]
    [TestCase("1", "-=", "2", "-1")]
    [TestCase("3", "*=", "2", "6")]
    [TestCase("7", "/=", "2", "3.5")]
    [TestCase("7", "//=", "2", "3")]
    [TestCase("7", "%=", "-2", "-1")]
    [TestCase("2", "**=", "10", "1024")]
    [TestCase("1", "<<=", "70", "1180591620717411303424")]
    [TestCase("-8", ">>=", "1", "-4")]
    [TestCase("6", "&=", "3", "2")]
    [TestCase("6", "|=", "3", "7")]
    [TestCase("6", "^=", "3", "5")]
    [TestCase("1.5", "+=", "1", "2.5")]
    [TestCase("[1]", "+=", "[2]", "[1, 2]")]
    [TestCase("(1,)", "+=", "(2,)", "(1, 2)")]
    [TestCase("None", "*=", "None", "TypeError: unsupported operand type(s) for *=: 'NoneType' and 'NoneType'")]
    [TestCase("[1]", "*=", "2", "[1, 1]")]
    [TestCase("2", "*=", "'ab'", "'abab'")]
    [TestCase("1", "+=", "'a'", "TypeError: unsupported operand type(s) for +=: 'int' and 'str'")]
    [TestCase("1", "-=", "'a'", "TypeError: unsupported operand type(s) for -=: 'int' and 'str'")]
    [TestCase("1", "*=", "None", "TypeError: unsupported operand type(s) for *=: 'int' and 'NoneType'")]
    [TestCase("1", "**=", "'a'", "TypeError: unsupported operand type(s) for **=: 'int' and 'str'")]
    [TestCase("1", "//=", "0", "ZeroDivisionError: division by zero")]
    [TestCase("1", "@=", "1", "TypeError: unsupported operand type(s) for @=: 'int' and 'int'")]
    [TestCase("1.5", "%=", "'a'", "TypeError: unsupported operand type(s) for %=: 'float' and 'str'")]
    public void InPlaceOperatorsOfNumbersFallBackToTheBinaryOperator(string a, string op, string b, string expected)
    {
        // spec: OBJ-NUM-2
        Assert.That(Binary(a, op, b), Is.EqualTo(expected));
    }

    [TestCase("-", "'a'", "TypeError: bad operand type for unary -: 'str'")]
    [TestCase("+", "'a'", "TypeError: bad operand type for unary +: 'str'")]
    [TestCase("~", "'a'", "TypeError: bad operand type for unary ~: 'str'")]
    [TestCase("abs", "'a'", "TypeError: bad operand type for abs(): 'str'")]
    [TestCase("-", "None", "TypeError: bad operand type for unary -: 'NoneType'")]
    [TestCase("~", "1.5", "TypeError: bad operand type for unary ~: 'float'")]
    public void UnaryOperatorsReportTheOperandType(string op, string operand, string expected)
    {
        // spec: OBJ-NUM-2
        Assert.That(Outcome(ApplyUnary(op, Lit(operand))), Is.EqualTo(expected));
    }

    [TestCase("[1]", "*", "2", "[1, 1]")]
    [TestCase("2", "*", "[1]", "[1, 1]")]
    [TestCase("'ab'", "*", "3", "'ababab'")]
    [TestCase("3", "*", "'ab'", "'ababab'")]
    [TestCase("'ab'", "*", "True", "'ab'")]
    [TestCase("-1", "*", "'ab'", "''")]
    [TestCase("'a'", "*", "2.0", "TypeError: can't multiply sequence by non-int of type 'float'")]
    [TestCase("'a'", "*", "'b'", "TypeError: can't multiply sequence by non-int of type 'str'")]
    [TestCase("[1]", "+", "1", "TypeError: can only concatenate list (not \"int\") to list")]
    [TestCase("'a'", "+", "1", "TypeError: can only concatenate str (not \"int\") to str")]
    [TestCase("1", "+", "'a'", "TypeError: unsupported operand type(s) for +: 'int' and 'str'")]
    [TestCase("1", "@", "1", "TypeError: unsupported operand type(s) for @: 'int' and 'int'")]
    [TestCase("None", "-", "None", "TypeError: unsupported operand type(s) for -: 'NoneType' and 'NoneType'")]
    [TestCase("None", "*", "None", "TypeError: unsupported operand type(s) for *: 'NoneType' and 'NoneType'")]
    public void PlusAndTimesFallBackToSequences(string a, string op, string b, string expected)
    {
        // spec: OBJ-NUM-1
        Assert.That(Binary(a, op, b), Is.EqualTo(expected));
    }

    [Test]
    public void RepetitionByAnIntTooLargeForAnIndexOverflows()
    {
        // spec: OBJ-NUM-3
        Assert.That(Binary("'ab'", "*", "2**63"), Is.EqualTo("OverflowError: cannot fit 'int' into an index-sized integer"));
        Assert.That(Binary("'ab'", "*", "-2**63 - 1"), Is.EqualTo("OverflowError: cannot fit 'int' into an index-sized integer"));
        PyTypeObject big = Class("Big", [], ("__index__", Returns("__index__", Lit("2**70"))));
        Assert.That(Outcome(PyNumber.Multiply(Lit("'ab'"), New(big))), Is.EqualTo("OverflowError: cannot fit 'Big' into an index-sized integer"));
        Assert.That(Outcome(PyNumber.Multiply(Lit("[0]"), New(big))), Is.EqualTo("OverflowError: cannot fit 'Big' into an index-sized integer"));
    }

    [Test]
    public void RepetitionAcceptsAnIndexObject()
    {
        // spec: OBJ-NUM-1, OBJ-NUM-3
        PyTypeObject three = Class("I", [], ("__index__", Returns("__index__", Int(3))));
        Assert.That(Outcome(PyNumber.Multiply(Lit("'ab'"), New(three))), Is.EqualTo("'ababab'"));
        Assert.That(Outcome(PyNumber.Multiply(New(three), Lit("[0]"))), Is.EqualTo("[0, 0, 0]"));
    }

    [Test]
    public void IndexConvertsToAnExactInt()
    {
        // spec: OBJ-NUM-3
        PyTypeObject sub = Class("IntSub", [PyLongObject.Type]);
        PyTypeObject plain = Class("Plain", []);
        PyObject r = Ok(PyNumber.Index(New(sub, "5")));
        Assert.That(r.ObType, Is.SameAs(PyLongObject.Type));
        Assert.That(Outcome(PyNumber.Index(Lit("1.5"))), Is.EqualTo("TypeError: 'float' object cannot be interpreted as an integer"));
        Assert.That(Outcome(PyNumber.Index(New(plain))), Is.EqualTo("TypeError: 'Plain' object cannot be interpreted as an integer"));
        Assert.That(Outcome(PyNumber.Index(True)), Is.EqualTo("1"));
        Assert.That(Ok(PyNumber.Index(True)).ObType, Is.SameAs(PyLongObject.Type));
    }

    [Test]
    public void IndexOfAnIntSubclassIsItsValueEvenIfItOverridesDunderIndex()
    {
        // spec: OBJ-NUM-3
        PyTypeObject sub = Class("I", [PyLongObject.Type],
            ("__index__", Returns("__index__", Int(42))), ("__int__", Returns("__int__", Int(43))), ("__float__", Returns("__float__", Float(44.0))));
        PyObject five = New(sub, "5");
        PyObject big = New(sub, "2**70");
        Assert.That(Outcome(PyNumber.Index(five)), Is.EqualTo("5"));
        Assert.That(Outcome(PyNumber.Index(big)), Is.EqualTo("1180591620717411303424"));
        Assert.That(PyNumber.AsSsize(five, null), Is.EqualTo(5));
        Assert.That(PyNumber.AsSsize(big, null), Is.EqualTo(long.MaxValue));
        Assert.That(Outcome(PyNumber.Long(five)), Is.EqualTo("43"), "int() does call __int__");
        Assert.That(Outcome(PyNumber.Float(five)), Is.EqualTo("44.0"), "float() does call __float__");
        Assert.That(Outcome(PyNumber.Multiply(Lit("'ab'"), New(sub, "2"))), Is.EqualTo("'abab'"));
    }

    [Test]
    public void InPlaceRepetitionDoesNotTryTheRightOperandWhenTheLeftIsASequenceType()
    {
        // spec: OBJ-NUM-2
        PyTypeObject plain = Class("A", []);
        PyTypeObject seq = Class("Seq", [], ("__len__", Returns("__len__", Int(1))));
        Assert.That(Outcome(PyNumber.InPlaceMultiply(New(plain), Lit("[1]"))), Is.EqualTo("TypeError: unsupported operand type(s) for *=: 'A' and 'list'"));
        Assert.That(Outcome(PyNumber.InPlaceMultiply(New(seq), Lit("[1]"))), Is.EqualTo("TypeError: unsupported operand type(s) for *=: 'Seq' and 'list'"));
        Assert.That(Outcome(PyNumber.InPlaceMultiply(Lit("3"), Lit("[1]"))), Is.EqualTo("[1, 1, 1]"));
        Assert.That(Outcome(PyNumber.InPlaceMultiply(Dict(), Lit("[1]"))), Is.EqualTo("TypeError: unsupported operand type(s) for *=: 'dict' and 'list'"));
        Assert.That(Outcome(PyNumber.InPlaceMultiply(Set(), Lit("[1]"))), Is.EqualTo("TypeError: unsupported operand type(s) for *=: 'set' and 'list'"));
        Assert.That(Outcome(PyNumber.InPlaceMultiply(Lit("2.0"), Lit("[1]"))), Is.EqualTo("TypeError: can't multiply sequence by non-int of type 'float'"));
        Assert.That(Outcome(PyNumber.InPlaceMultiply(Py.None, Lit("[1]"))), Is.EqualTo("TypeError: can't multiply sequence by non-int of type 'NoneType'"));
    }

    [Test]
    public void InPlacePowerKeepsATypeErrorRaisedByTheMethod()
    {
        // spec: OBJ-NUM-2
        PyObject raises = CsMethod("__pow__", (_, _) => PyErr.SetString(PyExc.TypeError, "custom"));
        PyTypeObject p = Class("P", [], ("__pow__", raises));
        Assert.That(Outcome(PyNumber.InPlacePower(New(p), Lit("1"), Py.None)), Is.EqualTo("TypeError: custom"));
        Assert.That(Outcome(PyNumber.Power(New(p), Lit("1"), Py.None)), Is.EqualTo("TypeError: custom"));
    }

    [Test]
    public void InPlaceMethodsComeFirstForEveryOperator()
    {
        // spec: OBJ-NUM-2
        string[] names = ["__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__",
            "__irshift__", "__iand__", "__ior__", "__ixor__", "__imatmul__"];
        string[] ops = ["-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="];
        PyTypeObject all = Class("AllInPlace", [PyLongObject.Type], [.. names.Select(n => (n, Returns(n, n)))]);
        PyObject x = New(all, "6");
        for (int i = 0; i < ops.Length; i++)
        {
            Assert.That(Outcome(Apply(x, ops[i], Lit("2"))), Is.EqualTo($"'{names[i]}'"), ops[i]);
        }
    }

    [Test]
    public void AnInPlaceMethodReturningNotImplementedFallsBackToTheOperator()
    {
        // spec: OBJ-NUM-2
        PyTypeObject declines = Class("Declines", [PyLongObject.Type],
            ("__isub__", Returns("__isub__", Py.NotImplemented)), ("__imul__", Returns("__imul__", Py.NotImplemented)),
            ("__iadd__", Returns("__iadd__", Py.NotImplemented)), ("__ipow__", Returns("__ipow__", Py.NotImplemented)));
        PyObject x = New(declines, "6");
        Assert.That(Outcome(PyNumber.InPlaceSubtract(x, Lit("2"))), Is.EqualTo("4"));
        Assert.That(Outcome(PyNumber.InPlaceMultiply(x, Lit("2"))), Is.EqualTo("12"));
        Assert.That(Outcome(PyNumber.InPlaceAdd(x, Lit("2"))), Is.EqualTo("8"));
        Assert.That(Outcome(PyNumber.InPlacePower(x, Lit("2"), Py.None)), Is.EqualTo("36"));
    }

    [Test]
    public void AnUnrelatedRightOperandIsAskedWhenTheLeftMethodDeclines()
    {
        // spec: OBJ-NUM-1
        PyTypeObject an = Class("AN", [], ("__add__", Returns("__add__", Py.NotImplemented)));
        PyTypeObject br = Class("BR", [], ("__radd__", Returns("__radd__", "BR.radd")));
        PyTypeObject ar = Class("AR", [], ("__add__", Returns("__add__", Py.NotImplemented)), ("__radd__", Returns("__radd__", "AR.radd")));
        Assert.That(Outcome(PyNumber.Add(New(an), New(br))), Is.EqualTo("'BR.radd'"));
        Assert.That(Outcome(PyNumber.Add(New(ar), New(ar))), Is.EqualTo("TypeError: unsupported operand type(s) for +: 'AR' and 'AR'"),
            "the same type is not asked twice");
    }

    [Test]
    public void AsSsizeClampsOrRaisesWithTheOriginalTypeName()
    {
        // spec: OBJ-NUM-3
        PyTypeObject big = Class("Big", [], ("__index__", Returns("__index__", Lit("2**70"))));
        Assert.That(PyNumber.AsSsize(Lit("2**70"), null), Is.EqualTo(long.MaxValue));
        Assert.That(PyNumber.AsSsize(Lit("-2**70"), null), Is.EqualTo(long.MinValue));
        Assert.That(PyNumber.AsSsize(New(big), null), Is.EqualTo(long.MaxValue));
        Assert.That(Raises(PyNumber.AsSsize(Lit("2**63"), PyExc.IndexError)), Is.EqualTo("IndexError: cannot fit 'int' into an index-sized integer"));
        Assert.That(Raises(PyNumber.AsSsize(New(big), PyExc.IndexError)), Is.EqualTo("IndexError: cannot fit 'Big' into an index-sized integer"));
        Assert.That(Raises(PyNumber.AsSsize(Lit("'a'"), null)), Is.EqualTo("TypeError: 'str' object cannot be interpreted as an integer"));
        Assert.That(PyNumber.AsSsize(Lit("-5"), null), Is.EqualTo(-5));
    }

    [Test]
    public void SubscriptsReportIndexErrorsWithTheOriginalTypeName()
    {
        // spec: OBJ-NUM-3
        PyTypeObject big = Class("Big", [], ("__index__", Returns("__index__", Lit("2**70"))));
        Assert.That(Outcome(PyObject.GetItem(Lit("[1, 2]"), New(big))), Is.EqualTo("IndexError: cannot fit 'Big' into an index-sized integer"));
        Assert.That(Outcome(PyObject.GetItem(Lit("[1, 2]"), Lit("2**63"))), Is.EqualTo("IndexError: cannot fit 'int' into an index-sized integer"));
        Assert.That(Outcome(PyObject.GetItem(Lit("[1]"), Lit("1.0"))), Is.EqualTo("TypeError: list indices must be integers or slices, not float"));
    }

    [Test]
    public void NumberCheckRecognisesNumbers()
    {
        // spec: OBJ-NUM-3
        PyTypeObject index = Class("I", [], ("__index__", Returns("__index__", Int(1))));
        Assert.That(PyNumber.Check(Lit("1")), Is.True);
        Assert.That(PyNumber.Check(Lit("1.5")), Is.True);
        Assert.That(PyNumber.Check(True), Is.True);
        Assert.That(PyNumber.Check(New(index)), Is.True);
        Assert.That(PyNumber.Check(Lit("'1'")), Is.False);
        Assert.That(PyNumber.Check(Py.None), Is.False);
    }
}
