using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Text;

// Encoding names: codecs.lookup(name).name as CPython 3.14 printed it, or null where it raised
// LookupError. Non-ASCII characters act as separators, as they do in CPython's C-level normalization.
[TestFixture]
public sealed class CodecLookupTests
{
    [TestCase("utf-8", "utf-8")]
    [TestCase("UTF-8", "utf-8")]
    [TestCase("utf8", "utf-8")]
    [TestCase("utf_8", "utf-8")]
    [TestCase("u8", "utf-8")]
    [TestCase("UTF8", "utf-8")]
    [TestCase("Utf 8", "utf-8")]
    [TestCase("utf  8", "utf-8")]
    [TestCase(" utf-8 ", "utf-8")]
    [TestCase("utf--8", "utf-8")]
    [TestCase("utf.8", null)]
    [TestCase("utf-8.", null)]
    [TestCase("utf", "utf-8")]
    [TestCase("cp65001", "utf-8")]
    [TestCase("utf8_ucs2", "utf-8")]
    [TestCase("utf8-ucs4", "utf-8")]
    [TestCase("ascii", "ascii")]
    [TestCase("US-ASCII", "ascii")]
    [TestCase("us", "ascii")]
    [TestCase("646", "ascii")]
    [TestCase("ANSI_X3.4-1968", "ascii")]
    [TestCase("ansi_x3.4_1968", "ascii")]
    [TestCase("iso646-us", "ascii")]
    [TestCase("latin-1", "iso8859-1")]
    [TestCase("latin1", "iso8859-1")]
    [TestCase("Latin_1", "iso8859-1")]
    [TestCase("iso-8859-1", "iso8859-1")]
    [TestCase("iso8859-1", "iso8859-1")]
    [TestCase("ISO_8859-1", "iso8859-1")]
    [TestCase("l1", "iso8859-1")]
    [TestCase("L1", "iso8859-1")]
    [TestCase("latin", "iso8859-1")]
    [TestCase("8859", "iso8859-1")]
    [TestCase("cp819", "iso8859-1")]
    [TestCase("iso-ir-100", "iso8859-1")]
    [TestCase("csisolatin1", "iso8859-1")]
    [TestCase("utf-16", "utf-16")]
    [TestCase("UTF16", "utf-16")]
    [TestCase("u16", "utf-16")]
    [TestCase("utf-16le", "utf-16-le")]
    [TestCase("utf-16-le", "utf-16-le")]
    [TestCase("UnicodeLittleUnmarked", "utf-16-le")]
    [TestCase("unicodebigunmarked", "utf-16-be")]
    [TestCase("utf-16be", "utf-16-be")]
    [TestCase("utf-32", "utf-32")]
    [TestCase("utf32", "utf-32")]
    [TestCase("u32", "utf-32")]
    [TestCase("utf-32le", "utf-32-le")]
    [TestCase("utf_32_be", "utf-32-be")]
    [TestCase("utf-32be", "utf-32-be")]
    [TestCase("utf\u00E98", "utf-8")]
    [TestCase("utf-8\u00E9", "utf-8")]
    [TestCase("\u00E9utf-8", "utf-8")]
    [TestCase("utf\u00B28", "utf-8")]
    [TestCase("utf\u0668", "utf-8")]
    [TestCase("", null)]
    [TestCase(".utf8", null)]
    [TestCase("utf-8x", null)]
    [TestCase("\uFF41\uFF53\uFF43\uFF49\uFF49", null)]
    [TestCase("asc ii", null)]
    [TestCase("u.8", null)]
    [TestCase("utf__8", "utf-8")]
    [TestCase("-utf-8-", "utf-8")]
    public void EncodingNamesNormalizeLikeCPython(string name, string? codecName)
    {
        bool found = Codecs.TryLookup(name, out string? actual);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(found, Is.EqualTo(codecName is not null));
            Assert.That(actual, Is.EqualTo(codecName));
        }
    }

    [TestCase("UTF 8", "utf_8")]
    [TestCase(" utf--8 ", "utf_8")]
    [TestCase("ANSI_X3.4-1968", "ansi_x3.4_1968")]
    [TestCase("utf\u00B28", "utf_8")]
    [TestCase("\uFF41scii", "scii")]
    public void NormalizationKeepsAsciiAlphanumericsAndDotsOnly(string name, string key) =>
        Assert.That(Codecs.NormalizeEncoding(name), Is.EqualTo(key));
}
