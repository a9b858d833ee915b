// OBJ-BOOL-1: bool is an int subclass with exactly two instances; & | ^ of two bools give a bool,
// every other operation an int; bool() is truth; bool cannot be subclassed.
// Expected values: CPython 3.14.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Numbers;

[TestFixture]
public sealed class BoolTests : NumberTest
{
    [TestCase("True", "&", "True", "True")]
    [TestCase("True", "&", "False", "False")]
    [TestCase("True", "|", "False", "True")]
    [TestCase("False", "|", "False", "False")]
    [TestCase("False", "^", "True", "True")]
    [TestCase("True", "^", "True", "False")]
    [TestCase("True", "&=", "False", "False")]
    [TestCase("False", "|=", "True", "True")]
    public void BitwiseOperatorsOfTwoBoolsGiveABool(string a, string op, string b, string expected)
    {
        // spec: OBJ-BOOL-1
        PyObject r = Ok(Apply(Lit(a), op, Lit(b)));
        Assert.That(r.ObType, Is.SameAs(PyBoolObject.Type));
        Assert.That(Repr(r), Is.EqualTo(expected));
    }

    [TestCase("True", "&", "1", "1")]
    [TestCase("True", "|", "2", "3")]
    [TestCase("1", "&", "True", "1")]
    [TestCase("True", "^", "3", "2")]
    [TestCase("True", "+", "True", "2")]
    [TestCase("True", "-", "False", "1")]
    [TestCase("True", "*", "5", "5")]
    [TestCase("True", "//", "2", "0")]
    [TestCase("True", "%", "2", "1")]
    [TestCase("True", "**", "2", "1")]
    [TestCase("True", "**", "0", "1")]
    [TestCase("True", "<<", "3", "8")]
    [TestCase("True", ">>", "1", "0")]
    [TestCase("True", "divmod", "2", "(0, 1)")]
    [TestCase("True", "&", "2**70", "0")]
    public void OtherOperatorsGiveInts(string a, string op, string b, string expected)
    {
        // spec: OBJ-BOOL-1
        PyObject r = Ok(Apply(Lit(a), op, Lit(b)));
        Assert.That(r.ObType, Is.Not.SameAs(PyBoolObject.Type));
        Assert.That(Repr(r), Is.EqualTo(expected));
    }

    [TestCase("True", "&", "1.0", "TypeError: unsupported operand type(s) for &: 'bool' and 'float'")]
    [TestCase("True", "|", "None", "TypeError: unsupported operand type(s) for |: 'bool' and 'NoneType'")]
    [TestCase("True", "/", "2", "0.5")]
    [TestCase("True", "/", "False", "ZeroDivisionError: division by zero")]
    public void BoolsAreIntsInMixedArithmetic(string a, string op, string b, string expected)
    {
        // spec: OBJ-BOOL-1
        Assert.That(Binary(a, op, b), Is.EqualTo(expected));
    }

    [TestCase("-", "True", "-1")]
    [TestCase("+", "True", "1")]
    [TestCase("abs", "False", "0")]
    [TestCase("~", "True", "-2")]
    [TestCase("~", "False", "-1")]
    public void UnaryOperatorsGiveInts(string op, string operand, string expected)
    {
        // spec: OBJ-BOOL-1
        PyObject r = Ok(ApplyUnary(op, Lit(operand)));
        Assert.That(r.ObType, Is.SameAs(PyLongObject.Type));
        Assert.That(Repr(r), Is.EqualTo(expected));
    }

    [TestCase("0", "False")]
    [TestCase("1", "True")]
    [TestCase("-1", "True")]
    [TestCase("0.0", "False")]
    [TestCase("-0.0", "False")]
    [TestCase("nan", "True")]
    [TestCase("10**100", "True")]
    [TestCase("''", "False")]
    [TestCase("'a'", "True")]
    [TestCase("[]", "False")]
    [TestCase("None", "False")]
    [TestCase("...", "True")]
    public void BoolOfAValueIsItsTruth(string value, string expected)
    {
        // spec: OBJ-BOOL-1, OBJ-TRUTH-1
        PyObject r = Call(PyBoolObject.Type, Lit(value));
        Assert.That(r, Is.SameAs(expected == "True" ? True : False));
    }

    [Test]
    public void BoolTakesAtMostOnePositionalArgument()
    {
        // spec: OBJ-BOOL-1
        Assert.That(CallOutcome(PyBoolObject.Type), Is.EqualTo("False"));
        Assert.That(CallOutcome(PyBoolObject.Type, "x=1"), Is.EqualTo("TypeError: bool() takes no keyword arguments"));
        Assert.That(CallOutcome(PyBoolObject.Type, "1", "2"), Is.EqualTo("TypeError: bool expected at most 1 argument, got 2"));
        Assert.That(Outcome(PyObject.Call(PyBoolObject.Type, (PyTupleObject)Tuple(Lit("5")), null)), Is.EqualTo("True"));
        Assert.That(Outcome(PyObject.Call(PyBoolObject.Type, (PyTupleObject)Tuple(), Dict((S("x"), Lit("1"))))),
            Is.EqualTo("TypeError: bool() takes no keyword arguments"));
    }

    [Test]
    public void BoolNewReturnsTheSingletons()
    {
        // spec: OBJ-BOOL-1
        Assert.That(CallMethodOutcome(PyBoolObject.Type, "__new__", "True"), Is.EqualTo("TypeError: bool.__new__(X): X is not a type object (bool)"));
        PyObject t = Ok(PyObject.CallMethod(PyBoolObject.Type, "__new__", PyBoolObject.Type, Lit("5")));
        PyObject f = Ok(PyObject.CallMethod(PyBoolObject.Type, "__new__", PyBoolObject.Type));
        Assert.That(t, Is.SameAs(True));
        Assert.That(f, Is.SameAs(False));
    }

    [Test]
    public void ThereAreExactlyTwoBoolsAndTheyAreInts()
    {
        // spec: OBJ-BOOL-1
        Assert.That(Call(PyBoolObject.Type, Lit("7")), Is.SameAs(True));
        Assert.That(PyObject.TypeCheck(True, PyLongObject.Type), Is.True);
        Assert.That(PyBoolObject.Type.TpBase, Is.SameAs(PyLongObject.Type));
        Assert.That(Repr(Attr(PyBoolObject.Type, "__mro__")), Is.EqualTo("(<class 'bool'>, <class 'int'>, <class 'object'>)"));
        Assert.That(((PyLongObject)True).Value.IsOne, Is.True);
        Assert.That(((PyLongObject)False).Value.IsZero, Is.True);
    }

    [Test]
    public void BoolCannotBeSubclassed()
    {
        // spec: OBJ-BOOL-1
        PyDictObject ns = Dict();
        PyObject? t = PyTypeObject.New(PyTypeObject.Type, (PyUnicodeObject)S("B"), (PyTupleObject)Tuple(PyBoolObject.Type), ns);
        Assert.That(Outcome(t), Is.EqualTo("TypeError: type 'bool' is not an acceptable base type"));
    }

    [Test]
    public void IntNewRefusesToMakeABool()
    {
        // spec: OBJ-BOOL-1
        Assert.That(Outcome(PyObject.CallMethod(PyLongObject.Type, "__new__", PyBoolObject.Type, Lit("5"))),
            Is.EqualTo("TypeError: int.__new__(bool) is not safe, use bool.__new__()"));
    }

    [TestCase("True", "'True'")]
    [TestCase("False", "'False'")]
    public void BoolsPrintByName(string value, string expected)
    {
        // spec: OBJ-BOOL-1
        PyObject b = Lit(value);
        Assert.That(Outcome(PyObject.Repr(b)), Is.EqualTo(expected));
        Assert.That(Outcome(PyObject.Str(b)), Is.EqualTo(expected));
        Assert.That(Outcome(PyObject.Format(b, S(""))), Is.EqualTo(expected));
    }

    [TestCase("True", "'d'", "'1'")]
    [TestCase("True", "'x'", "'1'")]
    [TestCase("False", "'d'", "'0'")]
    [TestCase("True", "'>5'", "'    1'")]
    [TestCase("True", "'.1f'", "'1.0'")]
    public void FormattingABoolWithASpecFormatsItsInt(string value, string spec, string expected)
    {
        // spec: OBJ-BOOL-1, OBJ-INT-3
        Assert.That(Outcome(PyObject.Format(Lit(value), Lit(spec))), Is.EqualTo(expected));
    }

    [Test]
    public void BoolsHashAndCompareAsTheirInts()
    {
        // spec: OBJ-BOOL-1, OBJ-HASH-1
        Assert.That(PyObject.Hash(True), Is.EqualTo(1));
        Assert.That(PyObject.Hash(False), Is.EqualTo(0));
        Assert.That(Binary("True", "==", "1"), Is.EqualTo("True"));
        Assert.That(Binary("False", "<", "True"), Is.EqualTo("True"));
    }
}
