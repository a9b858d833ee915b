// OBJ-FLOAT-2: float arithmetic — division by zero raises, `//` and `%` floor with the divisor's
// sign (signed zeros included), pow's special cases and overflow, and mixed int/float operands.
// Expected values: CPython 3.14 (the errno of pow's OverflowError from 64-bit CPython 3.13).
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Numbers;

[TestFixture]
public sealed class FloatArithmeticTests : NumberTest
{
    [TestCase("1.0", "/", "0")]
    [TestCase("1.0", "/", "0.0")]
    [TestCase("1", "/", "0.0")]
    [TestCase("1.0", "//", "0.0")]
    [TestCase("1.0", "%", "0.0")]
    [TestCase("1.0", "divmod", "0.0")]
    [TestCase("1.0", "%", "-0.0")]
    [TestCase("nan", "/", "0.0")]
    [TestCase("inf", "//", "0")]
    public void DividingByZeroRaisesZeroDivisionError(string a, string op, string b)
    {
        // spec: OBJ-FLOAT-2
        Assert.That(Binary(a, op, b), Is.EqualTo("ZeroDivisionError: division by zero"));
    }

    [TestCase("7.5", "//", "2", "3.0")]
    [TestCase("-7.5", "//", "2", "-4.0")]
    [TestCase("7.5", "//", "-2", "-4.0")]
    [TestCase("-7.5", "//", "-2", "3.0")]
    [TestCase("7.5", "%", "2", "1.5")]
    [TestCase("-7.5", "%", "2", "0.5")]
    [TestCase("7.5", "%", "-2", "-0.5")]
    [TestCase("-7.5", "%", "-2", "-1.5")]
    [TestCase("7.5", "divmod", "2", "(3.0, 1.5)")]
    [TestCase("-7.5", "divmod", "2", "(-4.0, 0.5)")]
    [TestCase("-7.5", "divmod", "-2", "(3.0, -1.5)")]
    [TestCase("-0.0", "%", "5.0", "0.0")]
    [TestCase("0.0", "%", "-5.0", "-0.0")]
    [TestCase("6.0", "%", "3.0", "0.0")]
    [TestCase("-6.0", "%", "3.0", "0.0")]
    [TestCase("6.0", "%", "-3.0", "-0.0")]
    [TestCase("0.0", "//", "3.0", "0.0")]
    [TestCase("-0.0", "//", "3.0", "-0.0")]
    [TestCase("0.0", "//", "-3.0", "-0.0")]
    [TestCase("1e-300", "//", "1e300", "0.0")]
    [TestCase("-1e-300", "//", "1e300", "-1.0")]
    [TestCase("1.0", "//", "inf", "0.0")]
    [TestCase("-1.0", "//", "inf", "-1.0")]
    [TestCase("1.0", "%", "inf", "1.0")]
    [TestCase("-1.0", "%", "inf", "inf")]
    [TestCase("inf", "//", "1.0", "nan")]
    [TestCase("inf", "%", "1.0", "nan")]
    [TestCase("nan", "//", "1.0", "nan")]
    [TestCase("inf", "divmod", "1.0", "(nan, nan)")]
    [TestCase("7", "//", "2.0", "3.0")]
    [TestCase("-7", "%", "2.5", "0.5")]
    [TestCase("0.9", "//", "0.1", "8.0")]
    [TestCase("1e308", "//", "1e-308", "inf")]
    [TestCase("2970.128361985128", "//", "3.498051550365382", "849.0")]
    [TestCase("2970.128361985128", "divmod", "3.498051550365382", "(849.0, 0.2825957249185862)")]
    [TestCase("-4998743.502021841", "divmod", "5558.392551534306", "(-900.0, 3809.794359034826)")]
    [TestCase("-0.06556515602403146", "divmod", "-5.3294069340830016e-05", "(1230.0, -1.3450734810537641e-05)")]
    public void FloorDivisionAndModuloFloorLikeInts(string a, string op, string b, string expected)
    {
        // spec: OBJ-FLOAT-2
        Assert.That(Binary(a, op, b), Is.EqualTo(expected));
    }

    [TestCase("0.1", "+", "0.2", "0.30000000000000004")]
    [TestCase("0.1", "*", "3", "0.30000000000000004")]
    [TestCase("3", "*", "0.1", "0.30000000000000004")]
    [TestCase("1", "-", "0.9", "0.09999999999999998")]
    [TestCase("1", "+", "2.5", "3.5")]
    [TestCase("2.5", "+", "1", "3.5")]
    [TestCase("1.0", "+", "True", "2.0")]
    [TestCase("True", "/", "2", "0.5")]
    [TestCase("1e308", "*", "10", "inf")]
    [TestCase("1e308", "+", "1e308", "inf")]
    [TestCase("-1e308", "*", "10", "-inf")]
    [TestCase("2**1023", "*", "2.0", "inf")]
    [TestCase("inf", "-", "inf", "nan")]
    [TestCase("-0.0", "+", "0.0", "0.0")]
    [TestCase("-0.0", "-", "0.0", "-0.0")]
    [TestCase("1.5", "/", "0.5", "3.0")]
    [TestCase("-1.0", "/", "inf", "-0.0")]
    [TestCase("2**53 + 1", "+", "0.0", "9007199254740992.0")]
    public void AdditionMultiplicationAndDivisionAreTheMachinesAndDoNotRaiseOnOverflow(string a, string op, string b, string expected)
    {
        // spec: OBJ-FLOAT-2
        Assert.That(Binary(a, op, b), Is.EqualTo(expected));
    }

    [TestCase("-", "0.0", "-0.0")]
    [TestCase("abs", "-0.0", "0.0")]
    [TestCase("abs", "-2.5", "2.5")]
    [TestCase("+", "-0.0", "-0.0")]
    [TestCase("-", "nan", "nan")]
    [TestCase("-", "inf", "-inf")]
    [TestCase("~", "1.5", "TypeError: bad operand type for unary ~: 'float'")]
    public void UnaryOperatorsOfFloats(string op, string operand, string expected)
    {
        // spec: OBJ-FLOAT-2
        Assert.That(Outcome(ApplyUnary(op, Lit(operand))), Is.EqualTo(expected));
    }

    [TestCase("0.0", "-1", "ZeroDivisionError: zero to a negative power")]
    [TestCase("0.0", "-1.5", "ZeroDivisionError: zero to a negative power")]
    [TestCase("0", "-1.0", "ZeroDivisionError: zero to a negative power")]
    [TestCase("-0.0", "-1", "ZeroDivisionError: zero to a negative power")]
    [TestCase("0.0", "-inf", "inf")]
    [TestCase("0.0", "0", "1.0")]
    [TestCase("-2.0", "2.0", "4.0")]
    [TestCase("-2.0", "-1.0", "-0.5")]
    [TestCase("-2.0", "3", "-8.0")]
    [TestCase("nan", "0", "1.0")]
    [TestCase("nan", "0.0", "1.0")]
    [TestCase("1.0", "nan", "1.0")]
    [TestCase("nan", "1", "nan")]
    [TestCase("2.0", "nan", "nan")]
    [TestCase("inf", "-1", "0.0")]
    [TestCase("-inf", "3", "-inf")]
    [TestCase("-inf", "2", "inf")]
    [TestCase("-inf", "-3", "-0.0")]
    [TestCase("0.5", "inf", "0.0")]
    [TestCase("2.0", "-inf", "0.0")]
    [TestCase("-1.0", "inf", "1.0")]
    [TestCase("-1.0", "-inf", "1.0")]
    [TestCase("2", "0.5", "1.4142135623730951")]
    [TestCase("2.0", "-1074", "5e-324")]
    [TestCase("2.0", "-1080", "0.0")]
    [TestCase("10.0", "-400", "0.0")]
    [TestCase("2.0", "1024", "OverflowError: (34, 'Numerical result out of range')")]
    [TestCase("10.0", "400", "OverflowError: (34, 'Numerical result out of range')")]
    [TestCase("-10.0", "401", "OverflowError: (34, 'Numerical result out of range')")]
    [TestCase("1e200", "2", "OverflowError: (34, 'Numerical result out of range')")]
    [TestCase("1.5", "'a'", "TypeError: unsupported operand type(s) for ** or pow(): 'float' and 'str'")]
    public void PowerFollowsCPythonsSpecialCases(string a, string b, string expected)
    {
        // spec: OBJ-FLOAT-2
        Assert.That(Binary(a, "**", b), Is.EqualTo(expected));
    }

    [Test]
    public void PowerOverflowCarriesErrnoAndMessageAsArgs()
    {
        // spec: OBJ-FLOAT-2
        Assert.That(Raises(PyNumber.Power(Lit("2.0"), Lit("1024"), Py.None)), Is.EqualTo("OverflowError: (34, 'Numerical result out of range')"));
        PyNumber.Power(Lit("2.0"), Lit("1024"), Py.None);
        PyBaseExceptionObject exc = PyErr.GetRaisedException()!;
        PyObject args = Ok(PyObject.GetAttr(exc, "args"));
        exc.DecRef();
        Assert.That(Repr(args), Is.EqualTo("(34, 'Numerical result out of range')"));
    }

    [TestCase("-8.0", "0.3333333333333333")]
    [TestCase("-2.0", "0.5")]
    public void ANegativeBaseToAFractionalPowerIsRefusedForLackOfComplex(string a, string b)
    {
        // spec: OBJ-DEV-2
        Assert.That(Binary(a, "**", b), Is.EqualTo("ValueError: negative number cannot be raised to a fractional power"));
    }

    [Test]
    public void FloatPowerRejectsAModulus()
    {
        // spec: OBJ-FLOAT-2
        Assert.That(Pow3("2.0", "3.0", "5.0"), Is.EqualTo("TypeError: pow() 3rd argument not allowed unless all arguments are integers"));
        Assert.That(Pow3("2.0", "3.0", "None"), Is.EqualTo("8.0"));
    }

    [TestCase("+", "TypeError: unsupported operand type(s) for +: 'float' and 'str'")]
    [TestCase("//", "TypeError: unsupported operand type(s) for //: 'float' and 'str'")]
    [TestCase("%", "TypeError: unsupported operand type(s) for %: 'float' and 'str'")]
    [TestCase("divmod", "TypeError: unsupported operand type(s) for divmod(): 'float' and 'str'")]
    [TestCase("/", "TypeError: unsupported operand type(s) for /: 'float' and 'str'")]
    [TestCase("&", "TypeError: unsupported operand type(s) for &: 'float' and 'str'")]
    public void FloatsDeclineOtherTypes(string op, string expected)
    {
        // spec: OBJ-FLOAT-2, OBJ-NUM-1
        Assert.That(Binary("1.5", op, "'a'"), Is.EqualTo(expected));
    }

    [TestCase("*", "TypeError: can't multiply sequence by non-int of type 'float'")]
    public void AStringTimesAFloatIsRefused(string op, string expected)
    {
        // spec: OBJ-NUM-1
        Assert.That(Binary("'a'", op, "2.0"), Is.EqualTo(expected));
        Assert.That(Binary("2.0", op, "'a'"), Is.EqualTo(expected));
    }
}
