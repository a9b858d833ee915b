// format(str, spec): padding and truncation counted in code points, and the options strings refuse.
// Expected texts were produced by CPython 3.14.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.NumericText;

[TestFixture]
public sealed class StringFormatTests
{
    [TestCase("abc", "", "abc")]
    [TestCase("abc", "s", "abc")]
    [TestCase("abc", "5", "abc  ")]
    [TestCase("abc", "<5", "abc  ")]
    [TestCase("abc", ">5", "  abc")]
    [TestCase("abc", "^6", " abc  ")]
    [TestCase("abc", "^7", "  abc  ")]
    [TestCase("hello world", ".5", "hello")]
    [TestCase("abc", ".0", "")]
    [TestCase("abcdef", "10.3", "abc       ")]
    [TestCase("abc", "x^9.2", "xxxabxxxx")]
    [TestCase("abc", "\ud83c\udf89>6", "\ud83c\udf89\ud83c\udf89\ud83c\udf89abc")]
    [TestCase("ab", "05", "ab000")]
    [TestCase("ab", "0>5", "000ab")]
    [TestCase("ab", "0", "ab")]
    [TestCase("a\ud83c\udf89b", "5", "a\ud83c\udf89b  ")]
    [TestCase("a\ud83c\udf89b", ".2", "a\ud83c\udf89")]
    [TestCase("\ud83c\udf89\ud83c\udf89", "^6", "  \ud83c\udf89\ud83c\udf89  ")]
    [TestCase("\u65e5\u672c\u8a9e", ">6", "   \u65e5\u672c\u8a9e")]
    [TestCase("ab", ".,", "ab")]
    [TestCase("ab", "._", "ab")]
    [TestCase("abc", ".2s", "ab")]
    [TestCase("abc", "<8s", "abc     ")]
    [TestCase("\u00e9", "3", "\u00e9  ")]
    public void FormatGivesCPythonsText(string value, string spec, string expected)
    {
        Assert.That(FormatSpec.TryParseForString(spec, "str", out FormatSpec parsed, out string? error), Is.True, error);
        string? text = NumberFormat.FormatString(value, parsed, "str", out FormatErrorKind kind, out error);
        Assert.That(text, Is.EqualTo(expected), $"{kind}: {error}");
    }

    [TestCase("ab", "+", "ValueError", "Sign not allowed in string format specifier")]
    [TestCase("ab", " ", "ValueError", "Space not allowed in string format specifier")]
    [TestCase("ab", "-", "ValueError", "Sign not allowed in string format specifier")]
    [TestCase("ab", "z", "ValueError", "Negative zero coercion (z) not allowed in string format specifier")]
    [TestCase("ab", "#", "ValueError", "Alternate form (#) not allowed in string format specifier")]
    [TestCase("ab", "=5", "ValueError", "'=' alignment not allowed in string format specifier")]
    [TestCase("ab", ",", "ValueError", "Cannot specify ',' with 's'.")]
    [TestCase("ab", "_s", "ValueError", "Cannot specify '_' with 's'.")]
    [TestCase("ab", "5,", "ValueError", "Cannot specify ',' with 's'.")]
    [TestCase("ab", "d", "ValueError", "Unknown format code 'd' for object of type 'str'")]
    [TestCase("ab", "r", "ValueError", "Unknown format code 'r' for object of type 'str'")]
    [TestCase("ab", "\u0000", "ValueError", "Unknown format code '\\x0' for object of type 'str'")]
    [TestCase("ab", "\u0001", "ValueError", "Unknown format code '\\x1' for object of type 'str'")]
    [TestCase("ab", "+s", "ValueError", "Sign not allowed in string format specifier")]
    [TestCase("ab", " s", "ValueError", "Space not allowed in string format specifier")]
    [TestCase("ab", ".,x", "ValueError", "Unknown format code 'x' for object of type 'str'")]
    public void RefusedOptionGivesCPythonsError(string value, string spec, string expectedKind, string expectedMessage)
    {
        FormatErrorKind kind = FormatErrorKind.ValueError;
        string? error;
        string? text = FormatSpec.TryParseForString(spec, "str", out FormatSpec parsed, out error)
            ? NumberFormat.FormatString(value, parsed, "str", out kind, out error)
            : null;
        Assert.That(text, Is.Null);
        Assert.That(kind.ToString(), Is.EqualTo(expectedKind));
        Assert.That(error, Is.EqualTo(expectedMessage));
    }

    [Test]
    public void LoneSurrogateCountsAsOneColumn()
    {
        // format('\ud800z', '4') == '\ud800z  '. Lone surrogates cannot travel through attribute
        // arguments (their UTF-8 encoding is lossy), hence a test of its own.
        Assert.That(FormatSpec.TryParseForString("4", "str", out FormatSpec parsed, out _), Is.True);
        Assert.That(NumberFormat.FormatString("\ud800z", parsed, "str", out _, out _), Is.EqualTo("\ud800z  "));
    }

    [Test]
    public void UnpaddedStringIsReturnedAsIs()
    {
        const string Value = "unchanged";
        Assert.That(FormatSpec.TryParseForString("5", "str", out FormatSpec parsed, out _), Is.True);
        Assert.That(NumberFormat.FormatString(Value, parsed, "str", out _, out _), Is.SameAs(Value));
    }
}
