// OBJ-INT-2: int -> float conversion and int / int true division are correctly rounded (one
// rounding, ties to even, subnormals included), and too-large values raise OverflowError.
// Expected values: CPython 3.14.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Numbers;

[TestFixture]
public sealed class IntFloatConversionTests : NumberTest
{
    [TestCase("10**400", "10**399", "10.0")]
    [TestCase("1", "3", "0.3333333333333333")]
    [TestCase("2", "3", "0.6666666666666666")]
    [TestCase("-1", "3", "-0.3333333333333333")]
    [TestCase("6", "4", "1.5")]
    [TestCase("2**53 + 1", "1", "9007199254740992.0")]
    [TestCase("2**54 + 3", "2", "9007199254740994.0")]
    [TestCase("10**30", "10**20", "10000000000.0")]
    [TestCase("2**63", "3", "3.0744573456182584e+18")]
    [TestCase("2**63 + 1", "1", "9.223372036854776e+18")]
    [TestCase("123456789012345678901234567890", "987654321", "1.249999988734375e+20")]
    [TestCase("10**1000", "10**1000", "1.0")]
    [TestCase("10**1000 + 1", "10**1000", "1.0")]
    [TestCase("2**1024", "2", "8.98846567431158e+307")]
    [TestCase("0", "-5", "-0.0")]
    [TestCase("-0", "5", "0.0")]
    [TestCase("1", "-10**400", "-0.0")]
    [TestCase("0", "-10**400", "-0.0")]
    [TestCase("0", "10**400", "0.0")]
    [TestCase("-10**400", "10**400", "-1.0")]
    [TestCase("-2**63", "3", "-3.0744573456182584e+18")]
    [TestCase("-2**63", "-2**63", "1.0")]
    [TestCase("7", "-2**63", "-7.589415207398531e-19")]
    public void TrueDivisionIsCorrectlyRounded(string a, string b, string expected)
    {
        // spec: OBJ-INT-2
        Assert.That(Binary(a, "/", b), Is.EqualTo(expected));
    }

    [TestCase("1", "2**1074", "5e-324")]
    [TestCase("1", "2**1075", "0.0")]
    [TestCase("1", "2**1076", "0.0")]
    [TestCase("3", "2**1076", "5e-324")]
    [TestCase("-1", "2**1075", "-0.0")]
    [TestCase("2**1074 + 1", "2**2148", "5e-324")]
    [TestCase("3", "2**1075", "1e-323")]
    [TestCase("2**52 + 1", "2**1074", "2.225073858507202e-308")]
    public void TrueDivisionRoundsIntoTheSubnormalsOnce(string a, string b, string expected)
    {
        // spec: OBJ-INT-2
        Assert.That(Binary(a, "/", b), Is.EqualTo(expected));
    }

    [TestCase("10**400", "3")]
    [TestCase("2**1025", "2")]
    [TestCase("-2**1025", "2")]
    [TestCase("2**1024 - 2**970", "1")]
    [TestCase("2**1024 - 2**969", "1")]
    [TestCase("2**1024 - 2**969 - 1", "1")]
    public void TrueDivisionTooLargeForAFloatOverflows(string a, string b)
    {
        // spec: OBJ-INT-2
        Assert.That(Binary(a, "/", b), Is.EqualTo("OverflowError: integer division result too large for a float"));
    }

    [TestCase("2**53 + 1", "9007199254740992.0")]
    [TestCase("2**53 + 3", "9007199254740996.0")]
    [TestCase("2**64 - 1", "1.8446744073709552e+19")]
    [TestCase("10**22", "1e+22")]
    [TestCase("10**23", "1e+23")]
    [TestCase("-2**63", "-9.223372036854776e+18")]
    [TestCase("2**1024 - 2**971", "1.7976931348623157e+308")]
    [TestCase("2**1024 - 2**970 - 1", "1.7976931348623157e+308")]
    [TestCase("True", "1.0")]
    public void FloatOfAnIntIsTheNearestDouble(string value, string expected)
    {
        // spec: OBJ-INT-2
        Assert.That(Outcome(PyNumber.Float(Lit(value))), Is.EqualTo(expected));
        Assert.That(CallOutcome(PyFloatObject.Type, value), Is.EqualTo(expected));
    }

    [TestCase("2**1024")]
    [TestCase("2**1024 - 2**970")]
    [TestCase("-2**1024")]
    [TestCase("10**400")]
    public void FloatOfAnIntTooLargeOverflows(string value)
    {
        // spec: OBJ-INT-2
        Assert.That(CallOutcome(PyFloatObject.Type, value), Is.EqualTo("OverflowError: int too large to convert to float"));
    }

    [TestCase("10**400", "+", "1.0")]
    [TestCase("1.0", "+", "10**400")]
    [TestCase("10**400", "*", "0.0")]
    [TestCase("1.0", "/", "10**400")]
    [TestCase("10**400", "/", "2.0")]
    [TestCase("1.5", "//", "10**400")]
    [TestCase("2.5", "*", "10**400")]
    [TestCase("10**400", "-", "1.0")]
    [TestCase("10**400", "%", "1.0")]
    [TestCase("10**400", "divmod", "1.0")]
    [TestCase("10**400", "**", "1.0")]
    [TestCase("1.0", "**", "10**400")]
    public void MixedArithmeticWithAnIntTooLargeForAFloatOverflows(string a, string op, string b)
    {
        // spec: OBJ-INT-2
        Assert.That(Binary(a, op, b), Is.EqualTo("OverflowError: int too large to convert to float"));
    }

    [TestCase("1e23", "99999999999999991611392")]
    [TestCase("-1e23", "-99999999999999991611392")]
    [TestCase("3.9", "3")]
    [TestCase("-3.9", "-3")]
    [TestCase("-0.5", "0")]
    [TestCase("0.9999999999999999", "0")]
    [TestCase("9.2e18", "9200000000000000000")]
    [TestCase("-9.223372036854776e+18", "-9223372036854775808")]
    [TestCase("9.223372036854776e+18", "9223372036854775808")]
    [TestCase("1.7976931348623157e+308", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368")]
    [TestCase("inf", "OverflowError: cannot convert float infinity to integer")]
    [TestCase("-inf", "OverflowError: cannot convert float infinity to integer")]
    [TestCase("nan", "ValueError: cannot convert float NaN to integer")]
    public void IntOfAFloatTruncatesExactly(string value, string expected)
    {
        // spec: OBJ-INT-2, OBJ-NUM-3
        Assert.That(CallOutcome(PyLongObject.Type, value), Is.EqualTo(expected));
    }
}
