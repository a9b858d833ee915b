using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Text;

// repr()/ascii() of str and repr() of bytes and bytearray; expected text printed by CPython 3.14.
[TestFixture]
public sealed class UnicodeReprTests
{
    [TestCase("", "''", "''")]
    [TestCase("abc", "'abc'", "'abc'")]
    [TestCase("it's", "\"it's\"", "\"it's\"")]
    [TestCase("say \"hi\"", "'say \"hi\"'", "'say \"hi\"'")]
    [TestCase("both ' and \"", "'both \\' and \"'", "'both \\' and \"'")]
    [TestCase("\\", "'\\\\'", "'\\\\'")]
    [TestCase("a\u0009b\u000Ac\u000Dd", "'a\\tb\\nc\\rd'", "'a\\tb\\nc\\rd'")]
    [TestCase("\u0000\u0001\u001F\u007F", "'\\x00\\x01\\x1f\\x7f'", "'\\x00\\x01\\x1f\\x7f'")]
    [TestCase("\u0080\u0085\u009F\u00A0\u00AD\u00FF", "'\\x80\\x85\\x9f\\xa0\\xad\u00FF'", "'\\x80\\x85\\x9f\\xa0\\xad\\xff'")]
    [TestCase("\u00E9", "'\u00E9'", "'\\xe9'")]
    [TestCase("\u00FC\u0301", "'\u00FC\u0301'", "'\\xfc\\u0301'")]
    [TestCase("\u2028\u2029", "'\\u2028\\u2029'", "'\\u2028\\u2029'")]
    [TestCase("\u200B\u200E\uFEFF", "'\\u200b\\u200e\\ufeff'", "'\\u200b\\u200e\\ufeff'")]
    [TestCase("\u3000", "'\\u3000'", "'\\u3000'")]
    [TestCase("\u4E2D\u6587", "'\u4E2D\u6587'", "'\\u4e2d\\u6587'")]
    [TestCase("\U0001F600", "'\U0001F600'", "'\\U0001f600'")]
    [TestCase("\U000E0001", "'\\U000e0001'", "'\\U000e0001'")]
    [TestCase("\U0010FFFF", "'\\U0010ffff'", "'\\U0010ffff'")]
    [TestCase("\uE000", "'\\ue000'", "'\\ue000'")]
    [TestCase("\u0378", "'\\u0378'", "'\\u0378'")]
    [TestCase("\uFFFD", "'\uFFFD'", "'\\ufffd'")]
    [TestCase("\u001B[0m", "'\\x1b[0m'", "'\\x1b[0m'")]
    [TestCase("'", "\"'\"", "\"'\"")]
    [TestCase("\"", "'\"'", "'\"'")]
    [TestCase("'\"", "'\\'\"'", "'\\'\"'")]
    [TestCase("a\\'b", "\"a\\\\'b\"", "\"a\\\\'b\"")]
    [TestCase("\u00FF\u0100", "'\u00FF\u0100'", "'\\xff\\u0100'")]
    public void ReprKeepsPrintableCodePointsAndAsciiEscapesTheRest(string s, string repr, string ascii)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(UnicodeRepr.Repr(s), Is.EqualTo(repr), "repr");
            Assert.That(UnicodeRepr.Ascii(s), Is.EqualTo(ascii), "ascii");
        }
    }

    // Built in code (lone surrogates): CPython 3.14 prints 'a\ud800b😀\udc80' and '\ud800\U0001f600\xe9'.
    [Test]
    public void LoneSurrogatesAreAlwaysEscaped()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(UnicodeRepr.Repr("a\uD800b\U0001F600\uDC80"), Is.EqualTo("'a\\ud800b\U0001F600\\udc80'"));
            Assert.That(UnicodeRepr.Ascii("\uD800\U0001F600\u00E9"), Is.EqualTo("'\\ud800\\U0001f600\\xe9'"));
        }
    }

    [TestCase(new byte[] {  }, "b''", "bytearray(b'')")]
    [TestCase(new byte[] { 0x61, 0x62, 0x63 }, "b'abc'", "bytearray(b'abc')")]
    [TestCase(new byte[] { 0x69, 0x74, 0x27, 0x73 }, "b\"it's\"", "bytearray(b\"it\\'s\")")]
    [TestCase(new byte[] { 0x73, 0x61, 0x79, 0x20, 0x22, 0x68, 0x69, 0x22 }, "b'say \"hi\"'", "bytearray(b'say \"hi\"')")]
    [TestCase(new byte[] { 0x62, 0x6F, 0x74, 0x68, 0x20, 0x27, 0x20, 0x61, 0x6E, 0x64, 0x20, 0x22 }, "b'both \\' and \"'", "bytearray(b'both \\' and \"')")]
    [TestCase(new byte[] { 0x5C }, "b'\\\\'", "bytearray(b'\\\\')")]
    [TestCase(new byte[] { 0x09, 0x0A, 0x0D }, "b'\\t\\n\\r'", "bytearray(b'\\t\\n\\r')")]
    [TestCase(new byte[] { 0x00, 0x1F, 0x7F, 0x80, 0xFF }, "b'\\x00\\x1f\\x7f\\x80\\xff'", "bytearray(b'\\x00\\x1f\\x7f\\x80\\xff')")]
    [TestCase(new byte[] { 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2A, 0x2B, 0x2C, 0x2D, 0x2E, 0x2F, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3A, 0x3B, 0x3C, 0x3D, 0x3E, 0x3F, 0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B, 0x4C, 0x4D, 0x4E, 0x4F, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5A, 0x5B, 0x5C, 0x5D, 0x5E, 0x5F, 0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x7B, 0x7C, 0x7D, 0x7E }, "b' !\"#$%&\\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\\\]^_`abcdefghijklmnopqrstuvwxyz{|}~'", "bytearray(b' !\"#$%&\\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\\\]^_`abcdefghijklmnopqrstuvwxyz{|}~')")]
    public void BytesEscapeTheChosenQuoteWhileBytearrayEscapesEverySingleQuote(byte[] data, string bytesRepr,
        string bytearrayRepr)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(UnicodeRepr.BytesRepr(data), Is.EqualTo(bytesRepr), "bytes");
            Assert.That(UnicodeRepr.ByteArrayRepr(data), Is.EqualTo(bytearrayRepr), "bytearray");
        }
    }

    [Test]
    public void ByteArraySubclassesShowTheirTypeName() =>
        Assert.That(UnicodeRepr.ByteArrayRepr("x"u8, "B"), Is.EqualTo("B(b'x')"));

    // Expected: repr text passed through .encode('ascii', 'backslashreplace') in CPython 3.14.
    [TestCase("'abc'", "'abc'")]
    [TestCase("['\u00E9', '\U0001F600']", "['\\xe9', '\\U0001f600']")]
    [TestCase("{'\u4E2D': 1}", "{'\\u4e2d': 1}")]
    [TestCase("'\u0085'", "'\\x85'")]
    public void EscapeNonAsciiTurnsAnyReprIntoAscii(string repr, string expected) =>
        Assert.That(UnicodeRepr.EscapeNonAscii(repr), Is.EqualTo(expected));
}
