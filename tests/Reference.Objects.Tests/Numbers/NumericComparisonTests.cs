// OBJ-CMP-1, OBJ-FLOAT-2: comparisons between ints, floats and bools are exact — an int is never
// rounded to a double to be compared — nan is unordered, and ordering numbers against other
// types raises. Expected values: CPython 3.14.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Numbers;

[TestFixture]
public sealed class NumericComparisonTests : NumberTest
{
    [TestCase("2**53 + 1", "==", "9007199254740992.0", "False")]
    [TestCase("9007199254740992.0", "==", "2**53 + 1", "False")]
    [TestCase("2**53 + 1", ">", "9007199254740992.0", "True")]
    [TestCase("9007199254740992.0", "<", "2**53 + 1", "True")]
    [TestCase("9007199254740992.0", "!=", "2**53 + 1", "True")]
    [TestCase("2**53", "==", "9007199254740992.0", "True")]
    [TestCase("9007199254740994.0", "==", "2**53 + 2", "True")]
    [TestCase("9007199254740993", "<", "9007199254740994.0", "True")]
    [TestCase("2**1000", "==", "1.0715086071862673e+301", "True")]
    [TestCase("2**1000 + 1", "==", "1.0715086071862673e+301", "False")]
    [TestCase("2**1000 + 1", ">", "1.0715086071862673e+301", "True")]
    [TestCase("1.0715086071862673e+301", "<", "2**1000 + 1", "True")]
    [TestCase("-2**1000 - 1", "<", "-1.0715086071862673e+301", "True")]
    [TestCase("-1.0715086071862673e+301", ">=", "-2**1000 - 1", "True")]
    [TestCase("2**63", "==", "9.223372036854776e+18", "True")]
    [TestCase("2**63 - 1", "<", "9.223372036854776e+18", "True")]
    [TestCase("-2**63", "==", "-9.223372036854776e+18", "True")]
    [TestCase("-2**63 - 1", "<", "-9.223372036854776e+18", "True")]
    public void IntsAndFloatsCompareExactly(string a, string op, string b, string expected)
    {
        // spec: OBJ-FLOAT-2, OBJ-CMP-1
        Assert.That(Binary(a, op, b), Is.EqualTo(expected));
    }

    [TestCase("10**400", ">", "inf", "False")]
    [TestCase("10**400", "<", "inf", "True")]
    [TestCase("-10**400", ">", "-inf", "True")]
    [TestCase("inf", ">", "10**400", "True")]
    [TestCase("-inf", "<=", "-10**400", "True")]
    [TestCase("10**400", "==", "1e300", "False")]
    [TestCase("10**400", ">", "1e308", "True")]
    [TestCase("1e308", "<", "10**400", "True")]
    [TestCase("-1e308", ">", "-10**400", "True")]
    [TestCase("5e-324", ">", "0", "True")]
    [TestCase("-5e-324", "<", "0", "True")]
    [TestCase("0.5", ">", "-10**400", "True")]
    public void HugeIntsCompareWithFloatsAndInfinities(string a, string op, string b, string expected)
    {
        // spec: OBJ-FLOAT-2, OBJ-CMP-1
        Assert.That(Binary(a, op, b), Is.EqualTo(expected));
    }

    [TestCase("nan", "==", "nan", "False")]
    [TestCase("nan", "!=", "nan", "True")]
    [TestCase("nan", "<", "1", "False")]
    [TestCase("1", "<", "nan", "False")]
    [TestCase("nan", "==", "1", "False")]
    [TestCase("nan", "!=", "1", "True")]
    [TestCase("nan", ">=", "10**400", "False")]
    [TestCase("10**400", "!=", "nan", "True")]
    [TestCase("nan", "<=", "inf", "False")]
    public void NanIsUnorderedAndUnequal(string a, string op, string b, string expected)
    {
        // spec: OBJ-FLOAT-2, OBJ-CMP-1
        Assert.That(Binary(a, op, b), Is.EqualTo(expected));
    }

    [Test]
    public void ANanIsEqualToItselfOnlyByIdentityInContainers()
    {
        // spec: OBJ-CMP-1
        PyObject nan = Float(double.NaN);
        Assert.That(Outcome(PyObject.RichCompare(nan, nan, CompareOp.Eq)), Is.EqualTo("False"));
        Assert.That(PyObject.RichCompareBool(nan, nan, CompareOp.Eq), Is.EqualTo(1));
    }

    [TestCase("0.5", "<", "1", "True")]
    [TestCase("1", ">", "0.5", "True")]
    [TestCase("1", "==", "1.0", "True")]
    [TestCase("-0.0", "==", "0", "True")]
    [TestCase("0", "==", "-0.0", "True")]
    [TestCase("1.5", "==", "1", "False")]
    [TestCase("1.5", ">", "1", "True")]
    [TestCase("1.5", "<", "2", "True")]
    [TestCase("-1.5", "<", "-1", "True")]
    [TestCase("-1.5", ">", "-2", "True")]
    [TestCase("True", "==", "1.0", "True")]
    [TestCase("True", "<", "1.5", "True")]
    [TestCase("True", "==", "1", "True")]
    [TestCase("False", "==", "0", "True")]
    [TestCase("True", ">", "False", "True")]
    [TestCase("-1", "<", "False", "True")]
    [TestCase("2**64", ">", "2**63", "True")]
    [TestCase("-2**64", "<", "2**63", "True")]
    [TestCase("2**64", "==", "2**64", "True")]
    [TestCase("2**64", "!=", "2**64 + 1", "True")]
    [TestCase("3", "<=", "3", "True")]
    [TestCase("3", ">=", "4", "False")]
    [TestCase("0.1", "<=", "0.1", "True")]
    [TestCase("0.1", ">=", "0.2", "False")]
    public void NumbersOrderByValue(string a, string op, string b, string expected)
    {
        // spec: OBJ-CMP-1
        Assert.That(Binary(a, op, b), Is.EqualTo(expected));
    }

    [TestCase("1", "<", "'a'", "TypeError: '<' not supported between instances of 'int' and 'str'")]
    [TestCase("'a'", ">=", "1", "TypeError: '>=' not supported between instances of 'str' and 'int'")]
    [TestCase("1.0", "<", "'a'", "TypeError: '<' not supported between instances of 'float' and 'str'")]
    [TestCase("1.0", "<=", "None", "TypeError: '<=' not supported between instances of 'float' and 'NoneType'")]
    [TestCase("True", ">", "None", "TypeError: '>' not supported between instances of 'bool' and 'NoneType'")]
    [TestCase("None", "<", "None", "TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'")]
    [TestCase("1", "==", "'a'", "False")]
    [TestCase("1.0", "==", "'a'", "False")]
    [TestCase("1", "!=", "None", "True")]
    [TestCase("None", "==", "None", "True")]
    [TestCase("None", "!=", "None", "False")]
    public void NumbersDoNotOrderAgainstOtherTypes(string a, string op, string b, string expected)
    {
        // spec: OBJ-CMP-1
        Assert.That(Binary(a, op, b), Is.EqualTo(expected));
    }

    [Test]
    public void ASubclassesReflectedComparisonGoesFirst()
    {
        // spec: OBJ-CMP-1
        PyTypeObject lt = Class("Lt", [PyLongObject.Type], ("__gt__", Returns("__gt__", "Lt.gt")));
        PyObject two = New(lt, "2");
        Assert.That(Outcome(PyObject.RichCompare(Lit("1"), two, CompareOp.Lt)), Is.EqualTo("'Lt.gt'"));
        Assert.That(Outcome(PyObject.RichCompare(two, Lit("1"), CompareOp.Gt)), Is.EqualTo("'Lt.gt'"));
        Assert.That(Outcome(PyObject.RichCompare(two, Lit("1"), CompareOp.Lt)), Is.EqualTo("False"), "other operators stay int's");
    }

    [Test]
    public void AFloatSubclassComparesByValueWithInts()
    {
        // spec: OBJ-CMP-1
        PyTypeObject sub = Class("FloatSub", [PyFloatObject.Type]);
        PyObject x = New(sub, "2.5");
        Assert.That(Outcome(PyObject.RichCompare(Lit("2"), x, CompareOp.Lt)), Is.EqualTo("True"));
        Assert.That(Outcome(PyObject.RichCompare(x, Lit("2.5"), CompareOp.Eq)), Is.EqualTo("True"));
    }
}
