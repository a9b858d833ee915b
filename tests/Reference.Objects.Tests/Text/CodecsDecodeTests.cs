using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Text;

// bytes.decode(encoding, errors). Every expected string and every error's type, attributes and
// message was printed by CPython 3.14; inputs are hex. Built in code because attribute strings
// cannot hold the lone surrogates that surrogateescape and surrogatepass produce.
[TestFixture]
public sealed class CodecsDecodeTests
{
    private static readonly TestCaseData[] DecodeSuccesses =
    [
        new TestCaseData("616263", "utf-8", "strict", "abc").SetArgDisplayNames("b'abc'", "'utf-8'", "'strict'"),
        new TestCaseData("c3a9e282acf09f9880", "utf-8", "strict", "\u00E9\u20AC\U0001F600").SetArgDisplayNames("b'\\xc3\\xa9\\xe2\\x82\\xac\\xf0\\x9f\\x98\\x80'", "'utf-8'", "'strict'"),
        new TestCaseData("e9ff", "latin-1", "strict", "\u00E9\u00FF").SetArgDisplayNames("b'\\xe9\\xff'", "'latin-1'", "'strict'"),
        new TestCaseData("ff", "latin-1", "bogus", "\u00FF").SetArgDisplayNames("b'\\xff'", "'latin-1'", "'bogus'"),
        new TestCaseData("efbbbf61", "utf-8", "strict", "\uFEFFa").SetArgDisplayNames("b'\\xef\\xbb\\xbfa'", "'utf-8'", "'strict'"),
        new TestCaseData("fffe41", "utf-8", "replace", "\uFFFD\uFFFDA").SetArgDisplayNames("b'\\xff\\xfeA'", "'utf-8'", "'replace'"),
        new TestCaseData("e28241e2", "utf-8", "replace", "\uFFFDA\uFFFD").SetArgDisplayNames("b'\\xe2\\x82A\\xe2'", "'utf-8'", "'replace'"),
        new TestCaseData("e28241e2", "utf-8", "backslashreplace", "\\xe2\\x82A\\xe2").SetArgDisplayNames("b'\\xe2\\x82A\\xe2'", "'utf-8'", "'backslashreplace'"),
        new TestCaseData("e28241e2", "utf-8", "surrogateescape", "\uDCE2\uDC82A\uDCE2").SetArgDisplayNames("b'\\xe2\\x82A\\xe2'", "'utf-8'", "'surrogateescape'"),
        new TestCaseData("e28241e2", "utf-8", "ignore", "A").SetArgDisplayNames("b'\\xe2\\x82A\\xe2'", "'utf-8'", "'ignore'"),
        new TestCaseData("eda080edb080", "utf-8", "surrogatepass", "\uD800\uDC00").SetArgDisplayNames("b'\\xed\\xa0\\x80\\xed\\xb0\\x80'", "'utf-8'", "'surrogatepass'"),
        new TestCaseData("edb280", "utf-8", "surrogatepass", "\uDC80").SetArgDisplayNames("b'\\xed\\xb2\\x80'", "'utf-8'", "'surrogatepass'"),
        new TestCaseData("eda080", "utf-8", "surrogateescape", "\uDCED\uDCA0\uDC80").SetArgDisplayNames("b'\\xed\\xa0\\x80'", "'utf-8'", "'surrogateescape'"),
        new TestCaseData("f888808080", "utf-8", "replace", "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD").SetArgDisplayNames("b'\\xf8\\x88\\x80\\x80\\x80'", "'utf-8'", "'replace'"),
        new TestCaseData("e08080", "utf-8", "replace", "\uFFFD\uFFFD\uFFFD").SetArgDisplayNames("b'\\xe0\\x80\\x80'", "'utf-8'", "'replace'"),
        new TestCaseData("eda080", "utf-8", "replace", "\uFFFD\uFFFD\uFFFD").SetArgDisplayNames("b'\\xed\\xa0\\x80'", "'utf-8'", "'replace'"),
        new TestCaseData("f09f98", "utf-8", "replace", "\uFFFD").SetArgDisplayNames("b'\\xf0\\x9f\\x98'", "'utf-8'", "'replace'"),
        new TestCaseData("f09f9880f09f", "utf-8", "backslashreplace", "\U0001F600\\xf0\\x9f").SetArgDisplayNames("b'\\xf0\\x9f\\x98\\x80\\xf0\\x9f'", "'utf-8'", "'backslashreplace'"),
        new TestCaseData("618062", "ascii", "replace", "a\uFFFDb").SetArgDisplayNames("b'a\\x80b'", "'ascii'", "'replace'"),
        new TestCaseData("6180ff62", "ascii", "surrogateescape", "a\uDC80\uDCFFb").SetArgDisplayNames("b'a\\x80\\xffb'", "'ascii'", "'surrogateescape'"),
        new TestCaseData("618062", "ascii", "backslashreplace", "a\\x80b").SetArgDisplayNames("b'a\\x80b'", "'ascii'", "'backslashreplace'"),
        new TestCaseData("4100", "utf-16-le", "strict", "A").SetArgDisplayNames("b'A\\x00'", "'utf-16-le'", "'strict'"),
        new TestCaseData("fffe4100", "utf-16", "strict", "A").SetArgDisplayNames("b'\\xff\\xfeA\\x00'", "'utf-16'", "'strict'"),
        new TestCaseData("feff0041", "utf-16", "strict", "A").SetArgDisplayNames("b'\\xfe\\xff\\x00A'", "'utf-16'", "'strict'"),
        new TestCaseData("4100", "utf-16", "strict", "A").SetArgDisplayNames("b'A\\x00'", "'utf-16'", "'strict'"),
        new TestCaseData("3dd800de", "utf-16-le", "strict", "\U0001F600").SetArgDisplayNames("b'=\\xd8\\x00\\xde'", "'utf-16-le'", "'strict'"),
        new TestCaseData("d83dde00", "utf-16-be", "strict", "\U0001F600").SetArgDisplayNames("b'\\xd8=\\xde\\x00'", "'utf-16-be'", "'strict'"),
        new TestCaseData("00dc", "utf-16-le", "replace", "\uFFFD").SetArgDisplayNames("b'\\x00\\xdc'", "'utf-16-le'", "'replace'"),
        new TestCaseData("00d84100", "utf-16-le", "replace", "\uFFFDA").SetArgDisplayNames("b'\\x00\\xd8A\\x00'", "'utf-16-le'", "'replace'"),
        new TestCaseData("00d8", "utf-16-le", "replace", "\uFFFD").SetArgDisplayNames("b'\\x00\\xd8'", "'utf-16-le'", "'replace'"),
        new TestCaseData("00dc00d8", "utf-16-le", "surrogatepass", "\uDC00\uD800").SetArgDisplayNames("b'\\x00\\xdc\\x00\\xd8'", "'utf-16-le'", "'surrogatepass'"),
        new TestCaseData("81", "utf-16-le", "surrogateescape", "\uDC81").SetArgDisplayNames("b'\\x81'", "'utf-16-le'", "'surrogateescape'"),
        new TestCaseData("00dc", "utf-16-le", "backslashreplace", "\\x00\\xdc").SetArgDisplayNames("b'\\x00\\xdc'", "'utf-16-le'", "'backslashreplace'"),
        new TestCaseData("00dc00d8", "utf-16", "surrogatepass", "\uDC00\uD800").SetArgDisplayNames("b'\\x00\\xdc\\x00\\xd8'", "'utf-16'", "'surrogatepass'"),
        new TestCaseData("feffdc00", "utf-16", "surrogatepass", "\uDC00").SetArgDisplayNames("b'\\xfe\\xff\\xdc\\x00'", "'utf-16'", "'surrogatepass'"),
        new TestCaseData("8080808080", "utf-16-le", "surrogateescape", "\u8080\u8080\uDC80").SetArgDisplayNames("b'\\x80\\x80\\x80\\x80\\x80'", "'utf-16-le'", "'surrogateescape'"),
        new TestCaseData("fffe000041000000", "utf-32", "strict", "A").SetArgDisplayNames("b'\\xff\\xfe\\x00\\x00A\\x00\\x00\\x00'", "'utf-32'", "'strict'"),
        new TestCaseData("0000feff00000041", "utf-32", "strict", "A").SetArgDisplayNames("b'\\x00\\x00\\xfe\\xff\\x00\\x00\\x00A'", "'utf-32'", "'strict'"),
        new TestCaseData("00f60100", "utf-32-le", "strict", "\U0001F600").SetArgDisplayNames("b'\\x00\\xf6\\x01\\x00'", "'utf-32-le'", "'strict'"),
        new TestCaseData("00d80000", "utf-32-le", "replace", "\uFFFD").SetArgDisplayNames("b'\\x00\\xd8\\x00\\x00'", "'utf-32-le'", "'replace'"),
        new TestCaseData("410000004200", "utf-32-le", "replace", "A\uFFFD").SetArgDisplayNames("b'A\\x00\\x00\\x00B\\x00'", "'utf-32-le'", "'replace'"),
        new TestCaseData("0000dc00", "utf-32-be", "surrogatepass", "\uDC00").SetArgDisplayNames("b'\\x00\\x00\\xdc\\x00'", "'utf-32-be'", "'surrogatepass'"),
        new TestCaseData("00dc0000", "utf-32", "surrogatepass", "\uDC00").SetArgDisplayNames("b'\\x00\\xdc\\x00\\x00'", "'utf-32'", "'surrogatepass'"),
        new TestCaseData("", "utf-16", "strict", "").SetArgDisplayNames("b''", "'utf-16'", "'strict'"),
        new TestCaseData("fffe", "utf-16", "strict", "").SetArgDisplayNames("b'\\xff\\xfe'", "'utf-16'", "'strict'"),
        new TestCaseData("fffe0000", "utf-16", "strict", "\u0000").SetArgDisplayNames("b'\\xff\\xfe\\x00\\x00'", "'utf-16'", "'strict'"),
        new TestCaseData("fffe0000", "utf-32", "strict", "").SetArgDisplayNames("b'\\xff\\xfe\\x00\\x00'", "'utf-32'", "'strict'"),
        new TestCaseData("00001100", "utf-32-be", "surrogatepass", "\u1100").SetArgDisplayNames("b'\\x00\\x00\\x11\\x00'", "'utf-32-be'", "'surrogatepass'"),
    ];

    private static readonly TestCaseData[] DecodeFailures =
    [
        new TestCaseData("80001100", "utf-32-le", "surrogateescape", "UnicodeDecodeError", "utf-32-le", 1, 4, "truncated data", "'utf-32-le' codec can't decode bytes in position 1-3: truncated data").SetArgDisplayNames("b'\\x80\\x00\\x11\\x00'", "'utf-32-le'", "'surrogateescape'"),
        new TestCaseData("ff", "utf-8", null, "UnicodeDecodeError", "utf-8", 0, 1, "invalid start byte", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte").SetArgDisplayNames("b'\\xff'", "'utf-8'", "None"),
        new TestCaseData("ff", "utf-8", "strict", "UnicodeDecodeError", "utf-8", 0, 1, "invalid start byte", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte").SetArgDisplayNames("b'\\xff'", "'utf-8'", "'strict'"),
        new TestCaseData("e282", "utf-8", "strict", "UnicodeDecodeError", "utf-8", 0, 2, "unexpected end of data", "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data").SetArgDisplayNames("b'\\xe2\\x82'", "'utf-8'", "'strict'"),
        new TestCaseData("e28241", "utf-8", "strict", "UnicodeDecodeError", "utf-8", 0, 2, "invalid continuation byte", "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte").SetArgDisplayNames("b'\\xe2\\x82A'", "'utf-8'", "'strict'"),
        new TestCaseData("e241", "utf-8", "strict", "UnicodeDecodeError", "utf-8", 0, 1, "invalid continuation byte", "'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte").SetArgDisplayNames("b'\\xe2A'", "'utf-8'", "'strict'"),
        new TestCaseData("eda080", "utf-8", "strict", "UnicodeDecodeError", "utf-8", 0, 1, "invalid continuation byte", "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte").SetArgDisplayNames("b'\\xed\\xa0\\x80'", "'utf-8'", "'strict'"),
        new TestCaseData("f090", "utf-8", "strict", "UnicodeDecodeError", "utf-8", 0, 2, "unexpected end of data", "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data").SetArgDisplayNames("b'\\xf0\\x90'", "'utf-8'", "'strict'"),
        new TestCaseData("f080", "utf-8", "strict", "UnicodeDecodeError", "utf-8", 0, 1, "invalid continuation byte", "'utf-8' codec can't decode byte 0xf0 in position 0: invalid continuation byte").SetArgDisplayNames("b'\\xf0\\x80'", "'utf-8'", "'strict'"),
        new TestCaseData("f09080", "utf-8", "strict", "UnicodeDecodeError", "utf-8", 0, 3, "unexpected end of data", "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data").SetArgDisplayNames("b'\\xf0\\x90\\x80'", "'utf-8'", "'strict'"),
        new TestCaseData("f0908041", "utf-8", "strict", "UnicodeDecodeError", "utf-8", 0, 3, "invalid continuation byte", "'utf-8' codec can't decode bytes in position 0-2: invalid continuation byte").SetArgDisplayNames("b'\\xf0\\x90\\x80A'", "'utf-8'", "'strict'"),
        new TestCaseData("f4908080", "utf-8", "strict", "UnicodeDecodeError", "utf-8", 0, 1, "invalid continuation byte", "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte").SetArgDisplayNames("b'\\xf4\\x90\\x80\\x80'", "'utf-8'", "'strict'"),
        new TestCaseData("c080", "utf-8", "strict", "UnicodeDecodeError", "utf-8", 0, 1, "invalid start byte", "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte").SetArgDisplayNames("b'\\xc0\\x80'", "'utf-8'", "'strict'"),
        new TestCaseData("e08080", "utf-8", "strict", "UnicodeDecodeError", "utf-8", 0, 1, "invalid continuation byte", "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte").SetArgDisplayNames("b'\\xe0\\x80\\x80'", "'utf-8'", "'strict'"),
        new TestCaseData("eda0", "utf-8", "strict", "UnicodeDecodeError", "utf-8", 0, 1, "invalid continuation byte", "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte").SetArgDisplayNames("b'\\xed\\xa0'", "'utf-8'", "'strict'"),
        new TestCaseData("e0a0", "utf-8", "strict", "UnicodeDecodeError", "utf-8", 0, 2, "unexpected end of data", "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data").SetArgDisplayNames("b'\\xe0\\xa0'", "'utf-8'", "'strict'"),
        new TestCaseData("e09f", "utf-8", "strict", "UnicodeDecodeError", "utf-8", 0, 1, "invalid continuation byte", "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte").SetArgDisplayNames("b'\\xe0\\x9f'", "'utf-8'", "'strict'"),
        new TestCaseData("c3", "utf-8", "strict", "UnicodeDecodeError", "utf-8", 0, 1, "unexpected end of data", "'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data").SetArgDisplayNames("b'\\xc3'", "'utf-8'", "'strict'"),
        new TestCaseData("6162f09f98", "utf-8", "strict", "UnicodeDecodeError", "utf-8", 2, 5, "unexpected end of data", "'utf-8' codec can't decode bytes in position 2-4: unexpected end of data").SetArgDisplayNames("b'ab\\xf0\\x9f\\x98'", "'utf-8'", "'strict'"),
        new TestCaseData("f09041", "utf-8", "strict", "UnicodeDecodeError", "utf-8", 0, 2, "invalid continuation byte", "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte").SetArgDisplayNames("b'\\xf0\\x90A'", "'utf-8'", "'strict'"),
        new TestCaseData("fffe", "ascii", "strict", "UnicodeDecodeError", "ascii", 0, 1, "ordinal not in range(128)", "'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)").SetArgDisplayNames("b'\\xff\\xfe'", "'ascii'", "'strict'"),
        new TestCaseData("6180", "ascii", "strict", "UnicodeDecodeError", "ascii", 1, 2, "ordinal not in range(128)", "'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)").SetArgDisplayNames("b'a\\x80'", "'ascii'", "'strict'"),
        new TestCaseData("eda0", "utf-8", "surrogatepass", "UnicodeDecodeError", "utf-8", 0, 1, "invalid continuation byte", "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte").SetArgDisplayNames("b'\\xed\\xa0'", "'utf-8'", "'surrogatepass'"),
        new TestCaseData("ff", "utf-8", "surrogatepass", "UnicodeDecodeError", "utf-8", 0, 1, "invalid start byte", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte").SetArgDisplayNames("b'\\xff'", "'utf-8'", "'surrogatepass'"),
        new TestCaseData("e0a0", "utf-8", "surrogatepass", "UnicodeDecodeError", "utf-8", 0, 2, "unexpected end of data", "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data").SetArgDisplayNames("b'\\xe0\\xa0'", "'utf-8'", "'surrogatepass'"),
        new TestCaseData("61ed", "utf-8", "surrogatepass", "UnicodeDecodeError", "utf-8", 1, 2, "unexpected end of data", "'utf-8' codec can't decode byte 0xed in position 1: unexpected end of data").SetArgDisplayNames("b'a\\xed'", "'utf-8'", "'surrogatepass'"),
        new TestCaseData("ff", "ascii", "surrogatepass", "UnicodeDecodeError", "ascii", 0, 1, "ordinal not in range(128)", "'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)").SetArgDisplayNames("b'\\xff'", "'ascii'", "'surrogatepass'"),
        new TestCaseData("ff", "utf-8", "xmlcharrefreplace", "TypeError", null, 0, 0, null, "don't know how to handle UnicodeDecodeError in error callback").SetArgDisplayNames("b'\\xff'", "'utf-8'", "'xmlcharrefreplace'"),
        new TestCaseData("ff", "utf-8", "namereplace", "TypeError", null, 0, 0, null, "don't know how to handle UnicodeDecodeError in error callback").SetArgDisplayNames("b'\\xff'", "'utf-8'", "'namereplace'"),
        new TestCaseData("ff", "utf-8", "bogus", "LookupError", null, 0, 0, null, "unknown error handler name 'bogus'").SetArgDisplayNames("b'\\xff'", "'utf-8'", "'bogus'"),
        new TestCaseData("ff", "utf-8", "Strict", "LookupError", null, 0, 0, null, "unknown error handler name 'Strict'").SetArgDisplayNames("b'\\xff'", "'utf-8'", "'Strict'"),
        new TestCaseData("00d8", "utf-16-le", "strict", "UnicodeDecodeError", "utf-16-le", 0, 2, "unexpected end of data", "'utf-16-le' codec can't decode bytes in position 0-1: unexpected end of data").SetArgDisplayNames("b'\\x00\\xd8'", "'utf-16-le'", "'strict'"),
        new TestCaseData("00dc", "utf-16-le", "strict", "UnicodeDecodeError", "utf-16-le", 0, 2, "illegal encoding", "'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding").SetArgDisplayNames("b'\\x00\\xdc'", "'utf-16-le'", "'strict'"),
        new TestCaseData("00d84100", "utf-16-le", "strict", "UnicodeDecodeError", "utf-16-le", 0, 2, "illegal UTF-16 surrogate", "'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate").SetArgDisplayNames("b'\\x00\\xd8A\\x00'", "'utf-16-le'", "'strict'"),
        new TestCaseData("00d841", "utf-16-le", "strict", "UnicodeDecodeError", "utf-16-le", 0, 3, "unexpected end of data", "'utf-16-le' codec can't decode bytes in position 0-2: unexpected end of data").SetArgDisplayNames("b'\\x00\\xd8A'", "'utf-16-le'", "'strict'"),
        new TestCaseData("41", "utf-16-le", "strict", "UnicodeDecodeError", "utf-16-le", 0, 1, "truncated data", "'utf-16-le' codec can't decode byte 0x41 in position 0: truncated data").SetArgDisplayNames("b'A'", "'utf-16-le'", "'strict'"),
        new TestCaseData("410042", "utf-16-le", "strict", "UnicodeDecodeError", "utf-16-le", 2, 3, "truncated data", "'utf-16-le' codec can't decode byte 0x42 in position 2: truncated data").SetArgDisplayNames("b'A\\x00B'", "'utf-16-le'", "'strict'"),
        new TestCaseData("feffd800", "utf-16", "strict", "UnicodeDecodeError", "utf-16-be", 2, 4, "unexpected end of data", "'utf-16-be' codec can't decode bytes in position 2-3: unexpected end of data").SetArgDisplayNames("b'\\xfe\\xff\\xd8\\x00'", "'utf-16'", "'strict'"),
        new TestCaseData("fffe00d8", "utf-16", "strict", "UnicodeDecodeError", "utf-16-le", 2, 4, "unexpected end of data", "'utf-16-le' codec can't decode bytes in position 2-3: unexpected end of data").SetArgDisplayNames("b'\\xff\\xfe\\x00\\xd8'", "'utf-16'", "'strict'"),
        new TestCaseData("feffdc00", "utf-16", "strict", "UnicodeDecodeError", "utf-16-be", 2, 4, "illegal encoding", "'utf-16-be' codec can't decode bytes in position 2-3: illegal encoding").SetArgDisplayNames("b'\\xfe\\xff\\xdc\\x00'", "'utf-16'", "'strict'"),
        new TestCaseData("41", "utf-16-le", "surrogateescape", "UnicodeDecodeError", "utf-16-le", 0, 1, "truncated data", "'utf-16-le' codec can't decode byte 0x41 in position 0: truncated data").SetArgDisplayNames("b'A'", "'utf-16-le'", "'surrogateescape'"),
        new TestCaseData("00001100", "utf-32-le", "strict", "UnicodeDecodeError", "utf-32-le", 0, 4, "code point not in range(0x110000)", "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)").SetArgDisplayNames("b'\\x00\\x00\\x11\\x00'", "'utf-32-le'", "'strict'"),
        new TestCaseData("00d80000", "utf-32-le", "strict", "UnicodeDecodeError", "utf-32-le", 0, 4, "code point in surrogate code point range(0xd800, 0xe000)", "'utf-32-le' codec can't decode bytes in position 0-3: code point in surrogate code point range(0xd800, 0xe000)").SetArgDisplayNames("b'\\x00\\xd8\\x00\\x00'", "'utf-32-le'", "'strict'"),
        new TestCaseData("410000", "utf-32-le", "strict", "UnicodeDecodeError", "utf-32-le", 0, 3, "truncated data", "'utf-32-le' codec can't decode bytes in position 0-2: truncated data").SetArgDisplayNames("b'A\\x00\\x00'", "'utf-32-le'", "'strict'"),
        new TestCaseData("00001100", "utf-32", "strict", "UnicodeDecodeError", "utf-32-le", 0, 4, "code point not in range(0x110000)", "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)").SetArgDisplayNames("b'\\x00\\x00\\x11\\x00'", "'utf-32'", "'strict'"),
        new TestCaseData("fffe00", "utf-32", "strict", "UnicodeDecodeError", "utf-32-le", 0, 3, "truncated data", "'utf-32-le' codec can't decode bytes in position 0-2: truncated data").SetArgDisplayNames("b'\\xff\\xfe\\x00'", "'utf-32'", "'strict'"),
        new TestCaseData("000000d88081", "utf-32-le", "surrogateescape", "UnicodeDecodeError", "utf-32-le", 0, 4, "code point not in range(0x110000)", "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)").SetArgDisplayNames("b'\\x00\\x00\\x00\\xd8\\x80\\x81'", "'utf-32-le'", "'surrogateescape'"),
        new TestCaseData("61", "bogus", "strict", "LookupError", null, 0, 0, null, "unknown encoding: bogus").SetArgDisplayNames("b'a'", "'bogus'", "'strict'"),
        new TestCaseData("61", "utf-8", "str\u0000ict", "ValueError", null, 0, 0, null, "embedded null character").SetArgDisplayNames("b'a'", "'utf-8'", "'str\\x00ict'"),
    ];

    [TestCaseSource(nameof(DecodeSuccesses))]
    public void DecodingGivesCPythonsText(string hex, string encoding, string? errors, string expected)
    {
        CodecResult<string> result = Codecs.Decode(Convert.FromHexString(hex), encoding, errors);
        Assert.That(result.IsSuccess ? result.Value : result.Error.ToString(), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(DecodeFailures))]
    public void DecodingFailsWithCPythonsException(string hex, string encoding, string? errors, string kind,
        string? encodingName, int start, int end, string? reason, string message)
    {
        CodecResult<string> result = Codecs.Decode(Convert.FromHexString(hex), encoding, errors);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsSuccess, Is.False);
            Assert.That(result.Error!.Kind.ToString(), Is.EqualTo(kind), "kind");
            Assert.That(result.Error.Encoding, Is.EqualTo(encodingName), "exc.encoding");
            Assert.That(result.Error.Start, Is.EqualTo(start), "exc.start");
            Assert.That(result.Error.End, Is.EqualTo(end), "exc.end");
            Assert.That(result.Error.Reason, Is.EqualTo(reason), "exc.reason");
            Assert.That(result.Error.Message, Is.EqualTo(message), "str(exc)");
        }
    }
}
