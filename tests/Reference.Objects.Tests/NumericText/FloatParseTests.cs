// float(str): Python's grammar (underscores, inf/nan, Unicode digits and spaces) and correct rounding.
// Expected values were produced by CPython 3.14.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.NumericText;

[TestFixture]
public sealed class FloatParseTests
{
    [TestCase("1", 1.0)]
    [TestCase("-1", -1.0)]
    [TestCase("+1.5", 1.5)]
    [TestCase(" 1.5 ", 1.5)]
    [TestCase("\u0009\u000a1.5\u000b\u000c\u000d", 1.5)]
    [TestCase("1_000.5", 1000.5)]
    [TestCase("1e1_0", 10000000000.0)]
    [TestCase("-iNfinity", double.NegativeInfinity)]
    [TestCase("inf", double.PositiveInfinity)]
    [TestCase("INF", double.PositiveInfinity)]
    [TestCase("+nan", double.NaN)]
    [TestCase("nAn", double.NaN)]
    [TestCase("1.", 1.0)]
    [TestCase(".5", 0.5)]
    [TestCase("1e500", double.PositiveInfinity)]
    [TestCase("-1e500", double.NegativeInfinity)]
    [TestCase("1e-500", 0.0)]
    [TestCase("1E5", 100000.0)]
    [TestCase("\u0663.\u0661\u0664", 3.14)]
    [TestCase("\ud835\udfcf.\ud835\udfd3", 1.5)]
    [TestCase("\u2003 7 \u3000", 7.0)]
    [TestCase("\u00851\u00a0", 1.0)]
    [TestCase("2.4703282292062328e-324", 5e-324)]
    [TestCase("2.4703282292062327e-324", 0.0)]
    [TestCase("1.7976931348623158e308", 1.7976931348623157e+308)]
    [TestCase("1.7976931348623159e308", double.PositiveInfinity)]
    [TestCase("0.1", 0.1)]
    [TestCase("111111111111111111111111111111", 1.111111111111111e+29)]
    [TestCase("0.0000000000000000000000000000001", 1e-31)]
    [TestCase("123456789012345678901234567890e-10", 1.2345678901234567e+19)]
    [TestCase("1_0_0", 100.0)]
    [TestCase("-0", -0.0)]
    [TestCase("-0.0e10", -0.0)]
    [TestCase("00012", 12.0)]
    [TestCase("1e0001", 10.0)]
    [TestCase("-.5", -0.5)]
    [TestCase("+.5e-3", 0.0005)]
    [TestCase("0_0.0_0", 0.0)]
    [TestCase("9007199254740993", 9007199254740992.0)]
    [TestCase("9007199254740993.0000000000000000001", 9007199254740994.0)]
    public void TextParsesToCPythonsValue(string text, double expected)
    {
        Assert.That(FloatParse.TryParse(text, out double value), Is.True);
        if (double.IsNaN(expected))
        {
            // CPython's NaNs here have the sign bit clear; .NET's double.NaN has it set.
            Assert.That(value, Is.NaN);
            Assert.That(double.IsNegative(value), Is.False);
            return;
        }
        Assert.That(BitConverter.DoubleToInt64Bits(value), Is.EqualTo(BitConverter.DoubleToInt64Bits(expected)), $"{value:R}");
    }

    [TestCase("")]
    [TestCase(" ")]
    [TestCase("1_e5")]
    [TestCase("1._5")]
    [TestCase("1_.5")]
    [TestCase("_1")]
    [TestCase("1_")]
    [TestCase("1__0")]
    [TestCase("in_f")]
    [TestCase("infinit")]
    [TestCase("nan1")]
    [TestCase("1e")]
    [TestCase(".")]
    [TestCase("+-1")]
    [TestCase("0x10")]
    [TestCase("1 2")]
    [TestCase("1e+")]
    [TestCase("\u001c1")]
    [TestCase("1\u0000")]
    [TestCase(".e1")]
    [TestCase("e5")]
    [TestCase("1.5.2")]
    [TestCase("\u00b2")]
    [TestCase("1e1e1")]
    [TestCase("infinityy")]
    [TestCase("--1")]
    [TestCase("1e_5")]
    [TestCase("1_e_5")]
    [TestCase("i nf")]
    public void MalformedTextIsRejected(string text)
    {
        Assert.That(FloatParse.TryParse(text, out _), Is.False);
    }

    [Test]
    public void NanKeepsTheSignItWasWrittenWith()
    {
        // math.copysign(1, float('nan')) == 1.0 and math.copysign(1, float('-nan')) == -1.0
        Assert.That(FloatParse.TryParse("nan", out double positive), Is.True);
        Assert.That(FloatParse.TryParse("-NaN", out double negative), Is.True);
        Assert.That(double.IsNaN(positive) && !double.IsNegative(positive), Is.True);
        Assert.That(double.IsNaN(negative) && double.IsNegative(negative), Is.True);
    }

    [Test]
    public void BytesAreReadAsAsciiOnly()
    {
        Assert.That(FloatParse.TryParse(" 1.5 "u8, out double value), Is.True);
        Assert.That(value, Is.EqualTo(1.5));
        Assert.That(FloatParse.TryParse([0xA0, (byte)'1'], out _), Is.False); // b'\xa01' is not float('\xa01')
    }

    [Test]
    public void LongInputIsReadInFull()
    {
        string text = "0." + new string('0', 400) + "1e401";
        Assert.That(FloatParse.TryParse(text, out double value), Is.True);
        Assert.That(value, Is.EqualTo(1.0));
    }
}
