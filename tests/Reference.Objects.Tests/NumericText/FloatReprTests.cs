// repr(float): shortest round-trip digits, laid out as CPython does (exponent below -4 or from 16 up).
// Expected texts were produced by CPython 3.14; the properties check shortness and closeness
// against .NET's correctly rounded parser.
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.NumericText;

[TestFixture]
public sealed class FloatReprTests
{
    [TestCase(0.0, "0.0")]
    [TestCase(-0.0, "-0.0")]
    [TestCase(1.0, "1.0")]
    [TestCase(-1.0, "-1.0")]
    [TestCase(0.1, "0.1")]
    [TestCase(0.3, "0.3")]
    [TestCase(0.3333333333333333, "0.3333333333333333")]
    [TestCase(100.0, "100.0")]
    [TestCase(1e+16, "1e+16")]
    [TestCase(9999999999999998.0, "9999999999999998.0")]
    [TestCase(1000000000000000.0, "1000000000000000.0")]
    [TestCase(1.2345678901234568e+17, "1.2345678901234568e+17")]
    [TestCase(1.5e-05, "1.5e-05")]
    [TestCase(0.0001, "0.0001")]
    [TestCase(0.001, "0.001")]
    [TestCase(1e-05, "1e-05")]
    [TestCase(5e-324, "5e-324")]
    [TestCase(2.2250738585072014e-308, "2.2250738585072014e-308")]
    [TestCase(1.7976931348623157e+308, "1.7976931348623157e+308")]
    [TestCase(2.000000000000001e+16, "2.000000000000001e+16")]
    [TestCase(1e+22, "1e+22")]
    [TestCase(1e+23, "1e+23")]
    [TestCase(0.5, "0.5")]
    [TestCase(2.5, "2.5")]
    [TestCase(1234.5678, "1234.5678")]
    [TestCase(1e-07, "1e-07")]
    [TestCase(1.2345678901234568e-300, "1.2345678901234568e-300")]
    [TestCase(double.PositiveInfinity, "inf")]
    [TestCase(double.NegativeInfinity, "-inf")]
    [TestCase(double.NaN, "nan")]
    [TestCase(double.NaN, "nan")]
    [TestCase(4.35, "4.35")]
    [TestCase(0.30000000000000004, "0.30000000000000004")]
    [TestCase(1e+100, "1e+100")]
    [TestCase(1.23e-18, "1.23e-18")]
    public void ReprGivesCPythonsText(double value, string expected)
    {
        Assert.That(FloatRepr.Repr(value), Is.EqualTo(expected));
    }

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property ReprReadsBackAsTheSameDouble() => Prop.ForAll(Doubles.Finite(), x =>
        FloatParse.TryParse(FloatRepr.Repr(x), out double back)
        && BitConverter.DoubleToInt64Bits(back) == BitConverter.DoubleToInt64Bits(x));

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property NoShorterDigitStringReadsBack() => Prop.ForAll(Doubles.Finite(), x =>
    {
        double magnitude = Math.Abs(x);
        string digits = SignificantDigits(FloatRepr.Repr(magnitude));
        if (magnitude == 0 || digits.Length == 1)
        {
            return true;
        }
        // The nearest decimal with one digit fewer, and its neighbours either side: if none of
        // them reads back as x, no shorter string does.
        Span<char> scratch = stackalloc char[Dtoa.ScratchLength];
        string shorter = Dtoa.Significant(magnitude, digits.Length - 1, scratch, out int decpt).ToString()
            .PadRight(digits.Length - 1, '0');
        long unit = long.Parse(shorter, CultureInfo.InvariantCulture);
        int exponent = decpt - shorter.Length;
        for (long candidate = unit - 1; candidate <= unit + 1; candidate++)
        {
            if (ReadDecimal(candidate, exponent) == magnitude)
            {
                return false;
            }
        }
        return true;
    });

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property ReprIsTheClosestOfTheShortest() => Prop.ForAll(Doubles.Finite(), x =>
    {
        double magnitude = Math.Abs(x);
        string digits = SignificantDigits(FloatRepr.Repr(magnitude));
        Span<char> scratch = stackalloc char[Dtoa.ScratchLength];
        string nearest = Dtoa.Significant(magnitude, digits.Length, scratch, out int decpt).ToString();
        // If the correctly rounded string of that length reads back, repr must have chosen it.
        return magnitude == 0
            || ReadDecimal(long.Parse(nearest, CultureInfo.InvariantCulture), decpt - nearest.Length) != magnitude
            || nearest == digits;
    });

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property SeventeenSignificantDigitsAlwaysReadBack() => Prop.ForAll(Doubles.Finite(), x =>
        double.Parse(FloatToString.Format(x, 'e', 16, FloatToStringFlags.None)!, CultureInfo.InvariantCulture) == x);

    /// <summary>The digits of a repr without sign, point, exponent, or leading and trailing zeros.</summary>
    private static string SignificantDigits(string repr)
    {
        int e = repr.IndexOf('e', StringComparison.Ordinal);
        string mantissa = (e < 0 ? repr : repr[..e]).Replace(".", "", StringComparison.Ordinal);
        return mantissa.Trim('0') is { Length: > 0 } trimmed ? trimmed : "0";
    }

    private static double ReadDecimal(long digits, int exponent) =>
        double.Parse(string.Create(CultureInfo.InvariantCulture, $"{digits}e{exponent}"), CultureInfo.InvariantCulture);
}
