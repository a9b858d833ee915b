// float.hex() and float.fromhex(), including correct rounding of long inputs and CPython's errors.
// Expected values were produced by CPython 3.14.
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.NumericText;

[TestFixture]
public sealed class FloatHexTests
{
    [TestCase(1.0, "0x1.0000000000000p+0")]
    [TestCase(-1.0, "-0x1.0000000000000p+0")]
    [TestCase(0.0, "0x0.0p+0")]
    [TestCase(-0.0, "-0x0.0p+0")]
    [TestCase(0.1, "0x1.999999999999ap-4")]
    [TestCase(5e-324, "0x0.0000000000001p-1022")]
    [TestCase(2.2250738585072014e-308, "0x1.0000000000000p-1022")]
    [TestCase(2.225073858507201e-308, "0x0.fffffffffffffp-1022")]
    [TestCase(1.7976931348623157e+308, "0x1.fffffffffffffp+1023")]
    [TestCase(0.5, "0x1.0000000000000p-1")]
    [TestCase(3.0, "0x1.8000000000000p+1")]
    [TestCase(1e+300, "0x1.7e43c8800759cp+996")]
    [TestCase(double.PositiveInfinity, "inf")]
    [TestCase(double.NegativeInfinity, "-inf")]
    [TestCase(double.NaN, "nan")]
    public void HexGivesCPythonsText(double value, string expected)
    {
        Assert.That(FloatHex.ToHex(value), Is.EqualTo(expected));
    }

    [TestCase("0x1p0", 1.0)]
    [TestCase("0x1.8p1", 3.0)]
    [TestCase(" 0x1.8p1 ", 3.0)]
    [TestCase("0", 0.0)]
    [TestCase("0x.8", 0.5)]
    [TestCase("1.8", 1.5)]
    [TestCase("-inf", double.NegativeInfinity)]
    [TestCase("nan", double.NaN)]
    [TestCase("+Infinity", double.PositiveInfinity)]
    [TestCase("-iNf", double.NegativeInfinity)]
    [TestCase("0x1.fffffffffffff7p1023", 1.7976931348623157e+308)]
    [TestCase("0x1.fffffffffffff7ffffffffp1023", 1.7976931348623157e+308)]
    [TestCase("0x1p-1075", 0.0)]
    [TestCase("0x1.0000000000001p-1075", 5e-324)]
    [TestCase("0x1p-1074", 5e-324)]
    [TestCase("0x3p-1076", 5e-324)]
    [TestCase("0x1p-1076", 0.0)]
    [TestCase("0x0p99999999999999999999", 0.0)]
    [TestCase("0x1p-99999999999999999999", 0.0)]
    [TestCase("0X1P0", 1.0)]
    [TestCase("-0x0p0", -0.0)]
    [TestCase("0x0.0000000000001p-1022", 5e-324)]
    [TestCase("0x1.fffffffffffffp+1023", 1.7976931348623157e+308)]
    [TestCase("0x10000000000000000000000000000p-100", 4096.0)]
    [TestCase("0x1.00000000000008p0", 1.0)]
    [TestCase("0x1.00000000000018p0", 1.0000000000000004)]
    [TestCase("0x1.000000000000080000000001p0", 1.0000000000000002)]
    [TestCase("0x1.00000000000007ffffffffffp0", 1.0)]
    [TestCase("0xABCDEFp-20", 10.737776756286621)]
    [TestCase("0x.0000000000000000000000001p100", 1.0)]
    [TestCase("1p-2", 0.25)]
    [TestCase("0x1.p1", 2.0)]
    [TestCase("-0X1.8P-1", -0.75)]
    [TestCase("0x000000000001p0", 1.0)]
    [TestCase("0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000p-1200", 1.0)]
    public void FromHexGivesCPythonsValue(string text, double expected)
    {
        Assert.That(FloatHex.TryFromHex(text, out double value, out FormatErrorKind kind, out string? error), Is.True, $"{kind}: {error}");
        if (double.IsNaN(expected))
        {
            // CPython's NaNs here have the sign bit clear; .NET's double.NaN has it set.
            Assert.That(value, Is.NaN);
            Assert.That(double.IsNegative(value), Is.False);
            return;
        }
        Assert.That(BitConverter.DoubleToInt64Bits(value), Is.EqualTo(BitConverter.DoubleToInt64Bits(expected)), $"{value:R}");
    }

    [TestCase("0x", "ValueError", "invalid hexadecimal floating-point string")]
    [TestCase("0x.p1", "ValueError", "invalid hexadecimal floating-point string")]
    [TestCase("0x1p1024", "OverflowError", "hexadecimal value too large to represent as a float")]
    [TestCase("0x1.fffffffffffff8p1023", "OverflowError", "hexadecimal value too large to represent as a float")]
    [TestCase("0x1p99999999999999999999", "OverflowError", "hexadecimal value too large to represent as a float")]
    [TestCase("\u00a00x1p0", "ValueError", "invalid hexadecimal floating-point string")]
    [TestCase("0x1p", "ValueError", "invalid hexadecimal floating-point string")]
    [TestCase("0x1p+", "ValueError", "invalid hexadecimal floating-point string")]
    [TestCase("x1", "ValueError", "invalid hexadecimal floating-point string")]
    [TestCase("0x1_0", "ValueError", "invalid hexadecimal floating-point string")]
    [TestCase("0x\uff11", "ValueError", "invalid hexadecimal floating-point string")]
    [TestCase("0x1p99999 x", "OverflowError", "hexadecimal value too large to represent as a float")]
    [TestCase("0x1.8q", "ValueError", "invalid hexadecimal floating-point string")]
    [TestCase("inf x", "ValueError", "invalid hexadecimal floating-point string")]
    [TestCase("infinit", "ValueError", "invalid hexadecimal floating-point string")]
    [TestCase("", "ValueError", "invalid hexadecimal floating-point string")]
    [TestCase(" ", "ValueError", "invalid hexadecimal floating-point string")]
    [TestCase("0x1.8p1.5", "ValueError", "invalid hexadecimal floating-point string")]
    [TestCase("--0x1", "ValueError", "invalid hexadecimal floating-point string")]
    [TestCase("0x-1", "ValueError", "invalid hexadecimal floating-point string")]
    public void FromHexGivesCPythonsError(string text, string expectedKind, string expectedMessage)
    {
        Assert.That(FloatHex.TryFromHex(text, out _, out FormatErrorKind kind, out string? error), Is.False);
        Assert.That(kind.ToString(), Is.EqualTo(expectedKind));
        Assert.That(error, Is.EqualTo(expectedMessage));
    }

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property HexReadsBackAsTheSameDouble() => Prop.ForAll(Doubles.Finite(), x =>
        FloatHex.TryFromHex(FloatHex.ToHex(x), out double back, out _, out _)
        && BitConverter.DoubleToInt64Bits(back) == BitConverter.DoubleToInt64Bits(x));
}
