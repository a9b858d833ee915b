// printf-style '%' conversions: integer and float bodies, and the width, sign and zero flags.
// Expected texts were produced by CPython 3.14 (the comment on each row is the '%' format).
using System.Globalization;
using System.Numerics;
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.NumericText;

[TestFixture]
public sealed class PercentFormatTests
{
    [TestCase("42", (int)PercentFlags.None, -1, -1, 'd', "42")] // %d
    [TestCase("-42", (int)PercentFlags.None, -1, -1, 'i', "-42")] // %i
    [TestCase("42", (int)PercentFlags.None, -1, -1, 'u', "42")] // %u
    [TestCase("255", (int)PercentFlags.None, -1, -1, 'o', "377")] // %o
    [TestCase("255", (int)PercentFlags.None, -1, -1, 'x', "ff")] // %x
    [TestCase("255", (int)PercentFlags.None, -1, -1, 'X', "FF")] // %X
    [TestCase("255", (int)PercentFlags.Alternate, -1, -1, 'o', "0o377")] // %#o
    [TestCase("255", (int)PercentFlags.Alternate, -1, -1, 'x', "0xff")] // %#x
    [TestCase("255", (int)PercentFlags.Alternate, -1, -1, 'X', "0XFF")] // %#X
    [TestCase("-255", (int)PercentFlags.Alternate, -1, -1, 'x', "-0xff")] // %#x
    [TestCase("5", (int)PercentFlags.None, -1, 3, 'd', "005")] // %.3d
    [TestCase("-5", (int)PercentFlags.None, -1, 3, 'd', "-005")] // %.3d
    [TestCase("5", (int)PercentFlags.Sign, -1, 3, 'd', "+005")] // %+.3d
    [TestCase("255", (int)PercentFlags.Alternate, -1, 5, 'x', "0x000ff")] // %#.5x
    [TestCase("255", (int)PercentFlags.Alternate, 8, 5, 'x', " 0x000ff")] // %#8.5x
    [TestCase("255", (int)(PercentFlags.Alternate | PercentFlags.Zero), 8, -1, 'x', "0x0000ff")] // %#08x
    [TestCase("255", (int)(PercentFlags.LeftAdjust | PercentFlags.Alternate), 8, -1, 'x', "0xff    ")] // %-#8x
    [TestCase("255", (int)(PercentFlags.Sign | PercentFlags.Alternate), -1, -1, 'x', "+0xff")] // %+#x
    [TestCase("3", (int)PercentFlags.Sign, 5, -1, 'd', "   +3")] // %+5d
    [TestCase("3", (int)(PercentFlags.LeftAdjust | PercentFlags.Sign), 5, -1, 'd', "+3   ")] // %-+5d
    [TestCase("-3", (int)PercentFlags.Zero, 5, -1, 'd', "-0003")] // %05d
    [TestCase("3", (int)PercentFlags.Blank, -1, -1, 'd', " 3")] // % d
    [TestCase("-3", (int)PercentFlags.Blank, 5, -1, 'd', "   -3")] // % 5d
    [TestCase("3", (int)(PercentFlags.Blank | PercentFlags.Zero), 5, -1, 'd', " 0003")] // % 05d
    [TestCase("3", (int)(PercentFlags.LeftAdjust | PercentFlags.Zero), 5, -1, 'd', "3    ")] // %-05d
    [TestCase("3", (int)PercentFlags.Sign, 1, -1, 'd', "+3")] // %+1d
    [TestCase("0", (int)PercentFlags.None, -1, 0, 'd', "0")] // %.0d
    [TestCase("0", (int)PercentFlags.Alternate, -1, -1, 'o', "0o0")] // %#o
    [TestCase("-255", (int)(PercentFlags.Alternate | PercentFlags.Zero), 10, -1, 'X', "-0X00000FF")] // %#010X
    [TestCase("100000000000000000000", (int)PercentFlags.None, -1, -1, 'd', "100000000000000000000")] // %d
    [TestCase("-100000000000000000000", (int)PercentFlags.Alternate, 30, -1, 'x', "          -0x56bc75e2d63100000")] // %#30x
    [TestCase("7", (int)PercentFlags.None, -1, 5, 'o', "00007")] // %.5o
    [TestCase("-7", (int)PercentFlags.Alternate, -1, 5, 'o', "-0o00007")] // %#.5o
    [TestCase("12345", (int)PercentFlags.None, 2, 1, 'd', "12345")] // %2.1d
    public void IntegerConversionGivesCPythonsText(string value, int flags, int width, int precision, char conversion, string expected)
    {
        string? text = PercentFormat.FormatInteger(BigInteger.Parse(value, CultureInfo.InvariantCulture), (PercentFlags)flags,
            width, precision, conversion, 4300, out _, out string? error);
        Assert.That(text, Is.EqualTo(expected), error);
    }

    [TestCase(3.14159, (int)PercentFlags.None, -1, -1, 'f', "3.141590")] // %f
    [TestCase(3.14159, (int)PercentFlags.None, -1, -1, 'e', "3.141590e+00")] // %e
    [TestCase(3.14159, (int)PercentFlags.None, -1, -1, 'g', "3.14159")] // %g
    [TestCase(3.14159, (int)PercentFlags.None, -1, -1, 'E', "3.141590E+00")] // %E
    [TestCase(1e+20, (int)PercentFlags.None, -1, -1, 'G', "1E+20")] // %G
    [TestCase(double.PositiveInfinity, (int)PercentFlags.None, -1, -1, 'F', "INF")] // %F
    [TestCase(double.NaN, (int)PercentFlags.None, -1, -1, 'f', "nan")] // %f
    [TestCase(3.14159, (int)PercentFlags.None, -1, 2, 'f', "3.14")] // %.2f
    [TestCase(3.14159, (int)PercentFlags.None, -1, 0, 'f', "3")] // %.0f
    [TestCase(3.0, (int)PercentFlags.Alternate, -1, 0, 'f', "3.")] // %#.0f
    [TestCase(3.0, (int)PercentFlags.Alternate, -1, -1, 'g', "3.00000")] // %#g
    [TestCase(0.0001, (int)PercentFlags.None, -1, -1, 'g', "0.0001")] // %g
    [TestCase(1e-05, (int)PercentFlags.None, -1, -1, 'g', "1e-05")] // %g
    [TestCase(123456789.0, (int)PercentFlags.None, -1, -1, 'g', "1.23457e+08")] // %g
    [TestCase(3.14159, (int)PercentFlags.Sign, -1, 2, 'e', "+3.14e+00")] // %+.2e
    [TestCase(3.14159, (int)PercentFlags.Blank, -1, 2, 'f', " 3.14")] // % .2f
    [TestCase(-3.14159, (int)PercentFlags.Zero, 10, 2, 'f', "-000003.14")] // %010.2f
    [TestCase(3.14159, (int)(PercentFlags.Sign | PercentFlags.Zero), 10, 2, 'f', "+000003.14")] // %+010.2f
    [TestCase(3.14159, (int)PercentFlags.LeftAdjust, 10, 2, 'f', "3.14      ")] // %-10.2f
    [TestCase(double.PositiveInfinity, (int)PercentFlags.Zero, 5, -1, 'f', "00inf")] // %05f
    [TestCase(double.NegativeInfinity, (int)PercentFlags.Sign, 6, -1, 'f', "  -inf")] // %+6f
    [TestCase(double.NaN, (int)PercentFlags.Sign, -1, -1, 'g', "+nan")] // %+g
    [TestCase(-0.0, (int)PercentFlags.None, -1, -1, 'f', "-0.000000")] // %f
    [TestCase(2.5, (int)PercentFlags.None, -1, 0, 'f', "2")] // %.0f
    [TestCase(1e+300, (int)PercentFlags.None, -1, 2, 'e', "1.00e+300")] // %.2e
    [TestCase(1e-300, (int)PercentFlags.None, -1, 3, 'g', "1e-300")] // %.3g
    [TestCase(0.1, (int)PercentFlags.None, -1, 20, 'f', "0.10000000000000000555")] // %.20f
    [TestCase(1.5, (int)PercentFlags.Alternate, 1, 30, 'g', "1.50000000000000000000000000000")] // %#1.30g
    [TestCase(1.0, (int)PercentFlags.None, -1, 0, 'g', "1")] // %.0g
    [TestCase(1.0, (int)PercentFlags.Alternate, -1, 0, 'e', "1.e+00")] // %#.0e
    public void FloatConversionGivesCPythonsText(double value, int flags, int width, int precision, char conversion, string expected)
    {
        Assert.That(PercentFormat.FormatFloat(value, (PercentFlags)flags, width, precision, conversion), Is.EqualTo(expected));
    }

    [TestCase("abc", (int)PercentFlags.None, -1, -1, 's', "abc")] // %s
    [TestCase("abc", (int)PercentFlags.None, 6, -1, 's', "   abc")] // %6s
    [TestCase("abc", (int)PercentFlags.LeftAdjust, 6, -1, 's', "abc   ")] // %-6s
    [TestCase("abc", (int)PercentFlags.Zero, 6, -1, 's', "   abc")] // %06s
    [TestCase("abc", (int)PercentFlags.None, -1, 2, 's', "ab")] // %.2s
    [TestCase("abc", (int)PercentFlags.None, 8, 1, 's', "       a")] // %8.1s
    [TestCase("abc", (int)PercentFlags.LeftAdjust, 8, 1, 's', "a       ")] // %-8.1s
    [TestCase("a\ud83c\udf89b", (int)PercentFlags.None, -1, 2, 's', "a\ud83c\udf89")] // %.2s
    [TestCase("a\ud83c\udf89b", (int)PercentFlags.None, 5, -1, 's', "  a\ud83c\udf89b")] // %5s
    [TestCase("abc", (int)PercentFlags.Sign, 5, -1, 's', "  abc")] // %+5s
    [TestCase("'abc'", (int)PercentFlags.None, -1, 3, 'r', "'ab")] // %.3r
    [TestCase("x", (int)PercentFlags.Zero, 4, -1, 'c', "   x")] // %04c
    [TestCase("x", (int)PercentFlags.LeftAdjust, 4, -1, 'c', "x   ")] // %-4c
    [TestCase("abc", (int)PercentFlags.Alternate, 4, 0, 'a', "    ")] // %#4.0a
    public void TextConversionIsPaddedAsCPythonDoes(string body, int flags, int width, int precision, char conversion, string expected)
    {
        Assert.That(PercentFormat.Pad(body, (PercentFlags)flags, width, precision, conversion), Is.EqualTo(expected));
    }

    [Test]
    public void DecimalOutputRespectsTheDigitLimit()
    {
        // '%d' % 10**5000 raises ValueError; '%x' % 10**5000 does not.
        BigInteger huge = BigInteger.Pow(10, 5000);
        Assert.That(PercentFormat.FormatInteger(huge, PercentFlags.None, -1, -1, 'd', 4300, out FormatErrorKind kind, out string? error), Is.Null);
        Assert.That(kind, Is.EqualTo(FormatErrorKind.ValueError));
        Assert.That(error, Is.EqualTo("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"));
        Assert.That(PercentFormat.FormatInteger(huge, PercentFlags.None, -1, -1, 'x', 4300, out _, out _), Is.Not.Null);
    }
}
