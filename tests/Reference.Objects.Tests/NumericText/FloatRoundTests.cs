// round(float, n), round(float), int(float) and float.as_integer_ratio().
// Expected values were produced by CPython 3.14.
using System.Globalization;
using System.Numerics;
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.NumericText;

[TestFixture]
public sealed class FloatRoundTests
{
    [TestCase(2.675, 2, 2.67)]
    [TestCase(0.125, 2, 0.12)]
    [TestCase(0.375, 2, 0.38)]
    [TestCase(0.5, 0, 0.0)]
    [TestCase(1.5, 0, 2.0)]
    [TestCase(2.5, 0, 2.0)]
    [TestCase(-0.5, 0, -0.0)]
    [TestCase(-0.4, 0, -0.0)]
    [TestCase(123.456, -1, 120.0)]
    [TestCase(123.456, -2, 100.0)]
    [TestCase(150.0, -2, 200.0)]
    [TestCase(250.0, -2, 200.0)]
    [TestCase(123.456, -400, 0.0)]
    [TestCase(-123.456, -400, -0.0)]
    [TestCase(1e+22, -22, 1e+22)]
    [TestCase(5e+22, -23, 0.0)]
    [TestCase(1.5e+22, -22, 2e+22)]
    [TestCase(5e-324, 323, 0.0)]
    [TestCase(5e-324, 324, 5e-324)]
    [TestCase(0.1, 1, 0.1)]
    [TestCase(0.1, 17, 0.1)]
    [TestCase(0.1, 30, 0.1)]
    [TestCase(1e+300, -299, 1e+300)]
    [TestCase(1.7976931348623157e+308, -300, 1.79769313e+308)]
    [TestCase(3.141592653589793, 4, 3.1416)]
    [TestCase(-3.141592653589793, 10, -3.1415926536)]
    [TestCase(1.0000000000000002, 15, 1.0)]
    [TestCase(1.0000000000000002, 16, 1.0000000000000002)]
    [TestCase(0.285, 2, 0.28)]
    [TestCase(1.005, 2, 1.0)]
    [TestCase(double.PositiveInfinity, 2, double.PositiveInfinity)]
    [TestCase(double.NegativeInfinity, -3, double.NegativeInfinity)]
    [TestCase(2.5, -400, 0.0)]
    [TestCase(123456.7, -5, 100000.0)]
    [TestCase(654321.0, -6, 1000000.0)]
    [TestCase(0.0, 5, 0.0)]
    [TestCase(-0.0, 5, -0.0)]
    public void RoundingToDigitsGivesCPythonsValue(double value, long ndigits, double expected)
    {
        Assert.That(FloatRound.Round(value, ndigits, out double result), Is.True);
        Assert.That(BitConverter.DoubleToInt64Bits(result), Is.EqualTo(BitConverter.DoubleToInt64Bits(expected)), $"{result:R}");
    }

    [TestCase(1.7976931348623157e+308, -308)]
    [TestCase(1.5e+308, -308)]
    [TestCase(1.7976931348623157e+308, -307)]
    public void RoundingPastTheLargestDoubleOverflows(double value, long ndigits)
    {
        Assert.That(FloatRound.Round(value, ndigits, out _), Is.False);
    }

    [Test]
    public void NanRoundsToItself()
    {
        Assert.That(FloatRound.Round(double.NaN, 2, out double result), Is.True);
        Assert.That(result, Is.NaN);
    }

    [TestCase(0.5, "0")]
    [TestCase(1.5, "2")]
    [TestCase(2.5, "2")]
    [TestCase(-0.5, "0")]
    [TestCase(-1.5, "-2")]
    [TestCase(-2.5, "-2")]
    [TestCase(0.49999999999999994, "0")]
    [TestCase(2.675, "3")]
    [TestCase(-3.7, "-4")]
    [TestCase(1e+300, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160")]
    [TestCase(4503599627370497.0, "4503599627370497")]
    [TestCase(1.0000000000000002e+16, "10000000000000002")]
    [TestCase(-0.0, "0")]
    [TestCase(123456789.5, "123456790")]
    public void RoundingToAnIntTiesToEven(double value, string expected)
    {
        Assert.That(FloatRound.RoundToInteger(value, out BigInteger result, out _, out _), Is.True);
        Assert.That(result.ToString(CultureInfo.InvariantCulture), Is.EqualTo(expected));
    }

    [TestCase(double.PositiveInfinity, "OverflowError", "cannot convert float infinity to integer")]
    [TestCase(double.NegativeInfinity, "OverflowError", "cannot convert float infinity to integer")]
    [TestCase(double.NaN, "ValueError", "cannot convert float NaN to integer")]
    public void NonFiniteValuesHaveNoInteger(double value, string expectedKind, string expectedMessage)
    {
        Assert.That(FloatRound.RoundToInteger(value, out _, out FormatErrorKind kind, out string? error), Is.False);
        Assert.That(kind.ToString(), Is.EqualTo(expectedKind));
        Assert.That(error, Is.EqualTo(expectedMessage));
    }

    [TestCase(2.9, "2")]
    [TestCase(-2.9, "-2")]
    [TestCase(1e20, "100000000000000000000")]
    public void ConversionToIntTruncates(double value, string expected)
    {
        Assert.That(FloatRatio.TryToInteger(value, out BigInteger result, out _, out _), Is.True);
        Assert.That(result.ToString(CultureInfo.InvariantCulture), Is.EqualTo(expected));
    }

    [TestCase(0.0, "0", "1")]
    [TestCase(-0.0, "0", "1")]
    [TestCase(1.0, "1", "1")]
    [TestCase(0.5, "1", "2")]
    [TestCase(-2.5, "-5", "2")]
    [TestCase(0.1, "3602879701896397", "36028797018963968")]
    [TestCase(1e+300, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160", "1")]
    [TestCase(5e-324, "1", "202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784")]
    [TestCase(3.75, "15", "4")]
    [TestCase(1e-300, "6032057205060441", "6032057205060440848842124543157735677050252251748505781796615064961622344493727293370973578138265743708225425014400837164813540499979063179105919597766951022193355091707896034850684039059079180396788349106095584290087446076413771468940477241550670753145517602931224392424029547429993824129889235158145614364972941312")]
    [TestCase(123.456, "8687443681197687", "70368744177664")]
    [TestCase(1.152921504606847e+18, "1152921504606846976", "1")]
    [TestCase(-1.5e-323, "-3", "202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784")]
    public void IntegerRatioIsExactAndInLowestTerms(double value, string numerator, string denominator)
    {
        (BigInteger n, BigInteger d) = FloatRatio.AsIntegerRatio(value);
        Assert.That(n.ToString(CultureInfo.InvariantCulture), Is.EqualTo(numerator));
        Assert.That(d.ToString(CultureInfo.InvariantCulture), Is.EqualTo(denominator));
    }
}
