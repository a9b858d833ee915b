// int(str, base), str(int) and the digits of bin/oct/hex, with the int_max_str_digits limit.
// Expected values were produced by CPython 3.14.
using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.NumericText;

[TestFixture]
public sealed class LongTextTests
{
    private const int DefaultMaxStrDigits = 4300;

    [TestCase("0", 10, "0")]
    [TestCase("12", 10, "12")]
    [TestCase("-12", 10, "-12")]
    [TestCase(" +12 ", 10, "12")]
    [TestCase("1_000", 10, "1000")]
    [TestCase("0x1f", 16, "31")]
    [TestCase("0X1F", 16, "31")]
    [TestCase("0x_1f", 16, "31")]
    [TestCase("0x1f", 0, "31")]
    [TestCase("0b101", 0, "5")]
    [TestCase("0B101", 2, "5")]
    [TestCase("0o17", 0, "15")]
    [TestCase("0o_17", 8, "15")]
    [TestCase("000", 0, "0")]
    [TestCase("0_0", 0, "0")]
    [TestCase("00", 0, "0")]
    [TestCase("-0", 0, "0")]
    [TestCase("z", 36, "35")]
    [TestCase("Z", 36, "35")]
    [TestCase("0x1f", 36, "42819")]
    [TestCase("0b1", 16, "177")]
    [TestCase("12", 3, "5")]
    [TestCase("\u0661\u0662", 10, "12")]
    [TestCase("\ud835\udfcf\ud835\udfd0", 10, "12")]
    [TestCase("\u2003 12 \u3000", 10, "12")]
    [TestCase("\u008512\u00a0", 0, "12")]
    [TestCase("99999999999999999999999999999999", 10, "99999999999999999999999999999999")]
    [TestCase("-99999999999999999999", 0, "-99999999999999999999")]
    [TestCase("0xffffffffffffffffffffffffffff", 0, "5192296858534827628530496329220095")]
    [TestCase("0b1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 0, "1267650600228229401496703205375")]
    [TestCase("0o777777777777777777777777777777777777777777777777777777777777", 0, "1532495540865888858358347027150309183618739122183602175")]
    [TestCase("zz_zz", 36, "1679615")]
    [TestCase("777", 8, "511")]
    [TestCase("1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 2, "1267650600228229401496703205375")]
    [TestCase("-ff", 16, "-255")]
    [TestCase("123456789abcdefghij", 20, "290464265927977839335179")]
    public void TextParsesToCPythonsValue(string text, int @base, string expected)
    {
        Assert.That(LongText.TryParse(text, @base, DefaultMaxStrDigits, out BigInteger value, out string? error), Is.True, error);
        Assert.That(value.ToString(CultureInfo.InvariantCulture), Is.EqualTo(expected));
    }

    [TestCase("010", 0)]
    [TestCase("00_1", 0)]
    [TestCase("0x__1f", 16)]
    [TestCase("_1", 10)]
    [TestCase("1_", 10)]
    [TestCase("1__2", 10)]
    [TestCase("0b2", 2)]
    [TestCase("0x", 16)]
    [TestCase("", 10)]
    [TestCase(" ", 10)]
    [TestCase("+", 10)]
    [TestCase("-", 10)]
    [TestCase("1e5", 10)]
    [TestCase("1.0", 10)]
    [TestCase("12 3", 10)]
    [TestCase("\u001c1", 10)]
    [TestCase("12\u0000", 10)]
    [TestCase("\u00b2", 10)]
    [TestCase("abc", 10)]
    [TestCase("0xg", 0)]
    [TestCase("0xg", 16)]
    [TestCase("0b1", 10)]
    [TestCase("8", 8)]
    [TestCase("+-1", 10)]
    [TestCase("0_x1", 0)]
    [TestCase("- 1", 10)]
    public void MalformedLiteralIsRejectedForTheCallerToReport(string text, int @base)
    {
        Assert.That(LongText.TryParse(text, @base, DefaultMaxStrDigits, out _, out string? error), Is.False);
        Assert.That(error, Is.Null);
    }

    [TestCase(1)] // int() base must be >= 2 and <= 36, or 0
    [TestCase(-1)] // int() base must be >= 2 and <= 36, or 0
    [TestCase(37)] // int() base must be >= 2 and <= 36, or 0
    [TestCase(100)] // int() base must be >= 2 and <= 36, or 0
    public void BaseOutOfRangeIsAValueError(int @base)
    {
        Assert.That(LongText.TryParse("1", @base, DefaultMaxStrDigits, out _, out string? error), Is.False);
        Assert.That(error, Is.EqualTo("int() base must be >= 2 and <= 36, or 0"));
    }

    [Test]
    public void InvalidLiteralMessageCutsTheReprAt200Characters()
    {
        Assert.That(LongText.InvalidLiteralMessage(0, "'010'"), Is.EqualTo("invalid literal for int() with base 0: '010'"));
        string repr = "'" + new string('x', 300) + "'";
        Assert.That(LongText.InvalidLiteralMessage(10, repr), Is.EqualTo("invalid literal for int() with base 10: '" + new string('x', 199)));
    }

    [Test]
    public void TooManyDecimalDigitsAreRefused()
    {
        // int('1' * 5000) in CPython 3.14:
        Assert.That(LongText.TryParse(new string('1', 5000), 10, DefaultMaxStrDigits, out _, out string? error), Is.False);
        Assert.That(error, Is.EqualTo("Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"));
        // int('0' * 5000, 0): leading zeros count too.
        Assert.That(LongText.TryParse(new string('0', 5000), 0, DefaultMaxStrDigits, out _, out error), Is.False);
        Assert.That(error, Does.StartWith("Exceeds the limit (4300 digits)"));
    }

    [Test]
    public void SyntaxIsCheckedBeforeTheDigitLimit()
    {
        // int('1' * 5000 + 'x') is an invalid literal, not a limit error; with trailing space it is the limit.
        Assert.That(LongText.TryParse(new string('1', 5000) + "x", 10, DefaultMaxStrDigits, out _, out string? error), Is.False);
        Assert.That(error, Is.Null);
        Assert.That(LongText.TryParse(new string('1', 5000) + " ", 10, DefaultMaxStrDigits, out _, out error), Is.False);
        Assert.That(error, Does.StartWith("Exceeds the limit"));
    }

    [Test]
    public void PowerOfTwoBasesHaveNoDigitLimit()
    {
        Assert.That(LongText.TryParse(new string('f', 5000), 16, DefaultMaxStrDigits, out BigInteger value, out _), Is.True);
        Assert.That(value.GetBitLength(), Is.EqualTo(20000));
        Assert.That(LongText.TryParse(new string('1', 4300), 10, DefaultMaxStrDigits, out _, out _), Is.True);
        Assert.That(LongText.TryParse(new string('1', 5000), 10, 0, out _, out _), Is.True);
    }

    [Test]
    public void BytesAreReadAsAsciiOnly()
    {
        Assert.That(LongText.TryParse(" 0x_ff "u8, 0, DefaultMaxStrDigits, out BigInteger value, out _), Is.True);
        Assert.That((int)value, Is.EqualTo(255));
        Assert.That(LongText.TryParse([0xA0, (byte)'1'], 10, DefaultMaxStrDigits, out _, out _), Is.False); // int(b'\xa01')
    }

    [TestCase("0", 10, "0")]
    [TestCase("-1", 10, "-1")]
    [TestCase("255", 2, "11111111")]
    [TestCase("255", 8, "377")]
    [TestCase("255", 16, "ff")]
    [TestCase("-255", 16, "-ff")]
    [TestCase("9223372036854775807", 16, "7fffffffffffffff")]
    [TestCase("-9223372036854775808", 2, "-1000000000000000000000000000000000000000000000000000000000000000")]
    [TestCase("-9223372036854775808", 10, "-9223372036854775808")]
    [TestCase("18446744073709551616", 16, "10000000000000000")]
    [TestCase("-18446744073709551617", 8, "-2000000000000000000001")]
    [TestCase("1267650600228229401496703217721", 10, "1267650600228229401496703217721")]
    [TestCase("515377520732011331036461129765621272702107522001", 2, "101101001000110010100111100101001100111001101110110100001010110010110110100000111110111011101011101011010010100011111010101010111001111001110000001001111010001")]
    [TestCase("-1798465042647412146620280340569649349251249", 8, "-51224665577236273426207621127114424373547350261")]
    [TestCase("123456789012345678901234567890", 16, "18ee90ff6c373e0ee4e3f0ad2")]
    public void DigitsAreCPythons(string value, int radix, string expected)
    {
        string? text = LongText.ToString(BigInteger.Parse(value, CultureInfo.InvariantCulture), radix, DefaultMaxStrDigits, out string? error);
        Assert.That(text, Is.EqualTo(expected), error);
    }

    [Test]
    public void TooManyDecimalDigitsAreNotPrinted()
    {
        // str(10**4299) has 4300 digits and prints; str(10**4300) does not.
        Assert.That(LongText.ToString(BigInteger.Pow(10, 4299), 10, DefaultMaxStrDigits, out _), Has.Length.EqualTo(4300));
        Assert.That(LongText.ToString(-BigInteger.Pow(10, 4299), 10, DefaultMaxStrDigits, out _), Has.Length.EqualTo(4301));
        Assert.That(LongText.ToString(BigInteger.Pow(10, 4300), 10, DefaultMaxStrDigits, out string? error), Is.Null);
        Assert.That(error, Is.EqualTo("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"));
        Assert.That(LongText.ToString(BigInteger.Pow(10, 10000), 10, DefaultMaxStrDigits, out error), Is.Null);
        Assert.That(LongText.ToString(BigInteger.Pow(10, 4300), 16, DefaultMaxStrDigits, out _), Is.Not.Null);
    }

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property PrintedDigitsParseBack() => Prop.ForAll(Doubles.Integers(), Gen.Elements(2, 8, 10, 16).ToArbitrary(), (value, radix) =>
        LongText.TryParse(LongText.ToString(value, radix, 0, out _), radix, 0, out BigInteger back, out _) && back == value);
}
