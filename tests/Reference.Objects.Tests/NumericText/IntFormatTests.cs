// format(int, spec): the integer presentation types, 'c', the float types by conversion, and the
// errors. Expected texts were produced by CPython 3.14 (64-bit CPython 3.13 for the C-long limit
// of 'c', which a 32-bit build reports differently).
using System.Globalization;
using System.Numerics;
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.NumericText;

[TestFixture]
public sealed class IntFormatTests
{
    private const int DefaultMaxStrDigits = 4300;

    [TestCase("1234", "d", "1234")]
    [TestCase("-1234", "d", "-1234")]
    [TestCase("1234", "b", "10011010010")]
    [TestCase("1234", "o", "2322")]
    [TestCase("1234", "x", "4d2")]
    [TestCase("1234", "X", "4D2")]
    [TestCase("1234", "n", "1234")]
    [TestCase("65", "c", "A")]
    [TestCase("8364", "c", "\u20ac")]
    [TestCase("127881", "c", "\ud83c\udf89")]
    [TestCase("0", "c", "\u0000")]
    [TestCase("255", "#b", "0b11111111")]
    [TestCase("255", "#o", "0o377")]
    [TestCase("255", "#x", "0xff")]
    [TestCase("255", "#X", "0XFF")]
    [TestCase("-255", "#X", "-0XFF")]
    [TestCase("255", "#d", "255")]
    [TestCase("1234567", ",", "1,234,567")]
    [TestCase("1234567", "_", "1_234_567")]
    [TestCase("-1234567", ",d", "-1,234,567")]
    [TestCase("1234567", "_b", "1_0010_1101_0110_1000_0111")]
    [TestCase("1234567", "_o", "455_3207")]
    [TestCase("1234567", "_x", "12_d687")]
    [TestCase("1234567", "#_X", "0X12_D687")]
    [TestCase("7", "+", "+7")]
    [TestCase("7", " ", " 7")]
    [TestCase("-7", " ", "-7")]
    [TestCase("7", "-", "7")]
    [TestCase("255", "+#x", "+0xff")]
    [TestCase("255", " #o", " 0o377")]
    [TestCase("42", "010", "0000000042")]
    [TestCase("-42", "010", "-000000042")]
    [TestCase("1234", "010,", "00,001,234")]
    [TestCase("1234", "08,", "0,001,234")]
    [TestCase("1234", "09,", "0,001,234")]
    [TestCase("1234", "0=12_b", "100_1101_0010")]
    [TestCase("1234", "#012_b", "0b100_1101_0010")]
    [TestCase("-1234", "#012,d", "-000,001,234")]
    [TestCase("1234", "*^+#20,d", "*******+1,234*******")]
    [TestCase("42", "<10", "42        ")]
    [TestCase("42", "^10", "    42    ")]
    [TestCase("42", ">10", "        42")]
    [TestCase("-42", "=10", "-       42")]
    [TestCase("42", "0<10", "4200000000")]
    [TestCase("42", "x<10", "42xxxxxxxx")]
    [TestCase("255", "\ud83c\udf89^11x", "\ud83c\udf89\ud83c\udf89\ud83c\udf89\ud83c\udf89ff\ud83c\udf89\ud83c\udf89\ud83c\udf89\ud83c\udf89\ud83c\udf89")]
    [TestCase("65", "10c", "         A")]
    [TestCase("65", "<5c", "A    ")]
    [TestCase("65", "05c", "0000A")]
    [TestCase("127881", "^5c", "  \ud83c\udf89  ")]
    [TestCase("1234", "e", "1.234000e+03")]
    [TestCase("1234", "E", "1.234000E+03")]
    [TestCase("1234", "f", "1234.000000")]
    [TestCase("1234", "F", "1234.000000")]
    [TestCase("1234", "g", "1234")]
    [TestCase("1234", "G", "1234")]
    [TestCase("1234", "%", "123400.000000%")]
    [TestCase("1234", ".3e", "1.234e+03")]
    [TestCase("1234", ".2f", "1234.00")]
    [TestCase("1234567", ",.2f", "1,234,567.00")]
    [TestCase("12", "_.1%", "1_200.0%")]
    [TestCase("9007199254740993", "f", "9007199254740992.000000")]
    [TestCase("18446744073709553665", ".0f", "18446744073709555712")]
    [TestCase("1234", ".,d", "1234")]
    [TestCase("1234", ".,x", "4d2")]
    [TestCase("1234", ",._d", "1,234")]
    [TestCase("1234", "_.,d", "1_234")]
    [TestCase("1234", ".0,f", "1234")]
    [TestCase("1234", ".,%", "123400.000,000%")]
    [TestCase("65", ".,c", "A")]
    [TestCase("1000000000000000000000000000000", "d", "1000000000000000000000000000000")]
    [TestCase("-1000000000000000000000000000000", ",", "-1,000,000,000,000,000,000,000,000,000,000")]
    [TestCase("1267650600228229401496703205376", "x", "10000000000000000000000000")]
    [TestCase("-1267650600228229401496703205376", "#b", "-0b10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")]
    [TestCase("123456789012345678901234567890", "_", "123_456_789_012_345_678_901_234_567_890")]
    [TestCase("1000000000000000000000000000000", "045,", "0,001,000,000,000,000,000,000,000,000,000,000")]
    public void FormatGivesCPythonsText(string value, string spec, string expected)
    {
        Assert.That(FormatSpec.TryParseForInt(spec, "int", out FormatSpec parsed, out string? error), Is.True, error);
        string? text = NumberFormat.FormatInt(Parse(value), parsed, "int", DefaultMaxStrDigits, out FormatErrorKind kind, out error);
        Assert.That(text, Is.EqualTo(expected), $"{kind}: {error}");
    }

    [TestCase("1234", ".3", "ValueError", "Precision not allowed in integer format specifier")]
    [TestCase("1234", ".3d", "ValueError", "Precision not allowed in integer format specifier")]
    [TestCase("1234", "z", "ValueError", "Negative zero coercion (z) not allowed in integer format specifier")]
    [TestCase("1234", "zd", "ValueError", "Negative zero coercion (z) not allowed in integer format specifier")]
    [TestCase("1234", "+c", "ValueError", "Sign not allowed with integer format specifier 'c'")]
    [TestCase("1234", "#c", "ValueError", "Alternate form (#) not allowed with integer format specifier 'c'")]
    [TestCase("1234", ",c", "ValueError", "Cannot specify ',' with 'c'.")]
    [TestCase("1234", "#.3c", "ValueError", "Precision not allowed in integer format specifier")]
    [TestCase("1234", "q", "ValueError", "Unknown format code 'q' for object of type 'int'")]
    [TestCase("1234", "\u00e9", "ValueError", "Unknown format code '\\xe9' for object of type 'int'")]
    [TestCase("1234", "\u0000", "ValueError", "Unknown format code '\\x0' for object of type 'int'")]
    [TestCase("1234", "s", "ValueError", "Unknown format code 's' for object of type 'int'")]
    [TestCase("1234", "r", "ValueError", "Unknown format code 'r' for object of type 'int'")]
    [TestCase("1234", ",x", "ValueError", "Cannot specify ',' with 'x'.")]
    [TestCase("1234", ",b", "ValueError", "Cannot specify ',' with 'b'.")]
    [TestCase("1234", "_n", "ValueError", "Cannot specify '_' with 'n'.")]
    [TestCase("1234", ",n", "ValueError", "Cannot specify ',' with 'n'.")]
    [TestCase("1234", ".3,", "ValueError", "Precision not allowed in integer format specifier")]
    [TestCase("1114112", "c", "OverflowError", "%c arg not in range(0x110000)")]
    [TestCase("-1", "c", "OverflowError", "%c arg not in range(0x110000)")]
    [TestCase("9223372036854775808", "c", "OverflowError", "Python int too large to convert to C long")]
    [TestCase("-9223372036854775809", "c", "OverflowError", "Python int too large to convert to C long")]
    [TestCase("10^400", "e", "OverflowError", "int too large to convert to float")]
    [TestCase("-10^400", "%", "OverflowError", "int too large to convert to float")]
    [TestCase("2^1024-2^970", "f", "OverflowError", "int too large to convert to float")]
    [TestCase("10^5000", "d", "ValueError", "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")]
    [TestCase("10^5000", "n", "ValueError", "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")]
    [TestCase("1234", ",_", "ValueError", "Cannot specify both ',' and '_'.")]
    [TestCase("1234", "abc", "ValueError", "Invalid format specifier 'abc' for object of type 'int'")]
    public void BadSpecOrValueGivesCPythonsError(string value, string spec, string expectedKind, string expectedMessage)
    {
        FormatErrorKind kind = FormatErrorKind.ValueError;
        string? error;
        string? text = FormatSpec.TryParseForInt(spec, "int", out FormatSpec parsed, out error)
            ? NumberFormat.FormatInt(Parse(value), parsed, "int", DefaultMaxStrDigits, out kind, out error)
            : null;
        Assert.That(text, Is.Null);
        Assert.That(kind.ToString(), Is.EqualTo(expectedKind));
        Assert.That(error, Is.EqualTo(expectedMessage));
    }

    [Test]
    public void CharacterOfASurrogateCodePointIsThatLoneSurrogate()
    {
        // format(0xd800, 'c') == '\ud800'. Lone surrogates cannot travel through attribute
        // arguments (their UTF-8 encoding is lossy), hence a test of its own.
        Assert.That(FormatSpec.TryParseForInt("c", "int", out FormatSpec parsed, out _), Is.True);
        Assert.That(NumberFormat.FormatInt(0xD800, parsed, "int", DefaultMaxStrDigits, out _, out _), Is.EqualTo("\ud800"));
    }

    [Test]
    public void DisabledDigitLimitFormatsHugeValues()
    {
        Assert.That(FormatSpec.TryParseForInt("d", "int", out FormatSpec parsed, out _), Is.True);
        string? text = NumberFormat.FormatInt(BigInteger.Pow(10, 5000), parsed, "int", 0, out _, out _);
        Assert.That(text, Has.Length.EqualTo(5001));
    }

    /// <summary>Reads "123", or "B^E" and "B^E-B^E" for values too long to spell out.</summary>
    private static BigInteger Parse(string text)
    {
        int minus = text.IndexOf('-', 1);
        if (minus > 0)
        {
            return Parse(text[..minus]) - Parse(text[(minus + 1)..]);
        }
        int caret = text.IndexOf('^', StringComparison.Ordinal);
        if (caret < 0)
        {
            return BigInteger.Parse(text, CultureInfo.InvariantCulture);
        }
        bool negative = text[0] == '-';
        int start = negative ? 1 : 0;
        BigInteger power = BigInteger.Pow(
            int.Parse(text[start..caret], CultureInfo.InvariantCulture),
            int.Parse(text[(caret + 1)..], CultureInfo.InvariantCulture));
        return negative ? -power : power;
    }
}
