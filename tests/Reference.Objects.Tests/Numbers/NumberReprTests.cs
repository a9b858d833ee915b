// OBJ-FLOAT-1, OBJ-INT-3: repr and str of ints and floats at the object level — the shortest
// round-trip digits in CPython's layout (1e+16, 1e-05, inf, nan, -0.0), and ints of any size.
// Expected values: CPython 3.14.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Numbers;

[TestFixture]
public sealed class NumberReprTests : NumberTest
{
    [TestCase(0.1, "0.1")]
    [TestCase(1e16, "1e+16")]
    [TestCase(1e15, "1000000000000000.0")]
    [TestCase(123456789012345678.0, "1.2345678901234568e+17")]
    [TestCase(1e-4, "0.0001")]
    [TestCase(1e-5, "1e-05")]
    [TestCase(-0.0, "-0.0")]
    [TestCase(0.0, "0.0")]
    [TestCase(double.PositiveInfinity, "inf")]
    [TestCase(double.NegativeInfinity, "-inf")]
    [TestCase(double.NaN, "nan")]
    [TestCase(5e-324, "5e-324")]
    [TestCase(1.7976931348623157e308, "1.7976931348623157e+308")]
    [TestCase(1.4142135623730951, "1.4142135623730951")]
    [TestCase(1.0 / 3, "0.3333333333333333")]
    [TestCase(100.0, "100.0")]
    [TestCase(1e22, "1e+22")]
    [TestCase(1.5e300, "1.5e+300")]
    [TestCase(2.2250738585072014e-308, "2.2250738585072014e-308")]
    [TestCase(0.30000000000000004, "0.30000000000000004")]
    public void FloatReprIsTheShortestRoundTripInCPythonsLayout(double value, string expected)
    {
        // spec: OBJ-FLOAT-1
        PyObject f = Float(value);
        Assert.That(Repr(f), Is.EqualTo(expected));
        Assert.That(Str(f), Is.EqualTo(expected));
    }

    [Test]
    public void NegativeNanPrintsAsNan()
    {
        // spec: OBJ-FLOAT-1
        Assert.That(Repr(Float(-double.NaN)), Is.EqualTo("nan"));
        Assert.That(Repr(Float(BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8_0000_0000_0001UL)))), Is.EqualTo("nan"));
    }

    [TestCase("-12345678901234567890", "-12345678901234567890")]
    [TestCase("-2**63", "-9223372036854775808")]
    [TestCase("2**63 - 1", "9223372036854775807")]
    [TestCase("10**100", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")]
    [TestCase("0", "0")]
    [TestCase("-0", "0")]
    public void IntReprIsItsDecimalDigits(string value, string expected)
    {
        // spec: OBJ-INT-3
        Assert.That(Repr(Lit(value)), Is.EqualTo(expected));
        Assert.That(Str(Lit(value)), Is.EqualTo(expected));
    }

    [Test]
    public void SubclassesPrintTheirValue()
    {
        // spec: OBJ-INT-3, OBJ-FLOAT-1
        PyTypeObject intSub = Class("IntSub", [PyLongObject.Type]);
        PyTypeObject floatSub = Class("FloatSub", [PyFloatObject.Type]);
        Assert.That(Repr(New(intSub, "5")), Is.EqualTo("5"));
        Assert.That(Repr(New(floatSub, "2.5")), Is.EqualTo("2.5"));
    }

    [Test]
    public void IntReprBeyondTheDigitLimitRaises()
    {
        // spec: OBJ-INT-3
        Assert.That(Outcome(PyObject.Repr(Lit("10**4300"))), Is.EqualTo(
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"));
        Assert.That(Outcome(PyObject.Str(Lit("-10**4300"))), Does.StartWith("ValueError: Exceeds the limit (4300 digits)"));
    }
}
