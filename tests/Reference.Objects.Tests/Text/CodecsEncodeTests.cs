using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Text;

// str.encode(encoding, errors). Every expected byte string (as hex) and every error's type,
// attributes and message was printed by CPython 3.14. The corpora are built in code rather than in
// attributes because attribute strings cannot hold the lone surrogates these cases need.
[TestFixture]
public sealed class CodecsEncodeTests
{
    private static readonly TestCaseData[] EncodeSuccesses =
    [
        new TestCaseData("abc", "utf-8", "strict", "616263").SetArgDisplayNames("'abc'", "'utf-8'", "'strict'"),
        new TestCaseData("\u00E9\u20AC\U0001F600", "utf-8", "strict", "c3a9e282acf09f9880").SetArgDisplayNames("'\\xe9\\u20ac\\U0001f600'", "'utf-8'", "'strict'"),
        new TestCaseData("\u00E9\u00FF", "latin-1", "strict", "e9ff").SetArgDisplayNames("'\\xe9\\xff'", "'latin-1'", "'strict'"),
        new TestCaseData("abc", "ascii", "strict", "616263").SetArgDisplayNames("'abc'", "'ascii'", "'strict'"),
        new TestCaseData("a\U0001F600", "utf-16", "strict", "fffe61003dd800de").SetArgDisplayNames("'a\\U0001f600'", "'utf-16'", "'strict'"),
        new TestCaseData("a\U0001F600", "utf-16-le", "strict", "61003dd800de").SetArgDisplayNames("'a\\U0001f600'", "'utf-16-le'", "'strict'"),
        new TestCaseData("a\U0001F600", "utf-16-be", "strict", "0061d83dde00").SetArgDisplayNames("'a\\U0001f600'", "'utf-16-be'", "'strict'"),
        new TestCaseData("a\U0001F600", "utf-32", "strict", "fffe00006100000000f60100").SetArgDisplayNames("'a\\U0001f600'", "'utf-32'", "'strict'"),
        new TestCaseData("a\U0001F600", "utf-32-le", "strict", "6100000000f60100").SetArgDisplayNames("'a\\U0001f600'", "'utf-32-le'", "'strict'"),
        new TestCaseData("a\U0001F600", "utf-32-be", "strict", "000000610001f600").SetArgDisplayNames("'a\\U0001f600'", "'utf-32-be'", "'strict'"),
        new TestCaseData("", "utf-16", "strict", "fffe").SetArgDisplayNames("''", "'utf-16'", "'strict'"),
        new TestCaseData("", "utf-32", "strict", "fffe0000").SetArgDisplayNames("''", "'utf-32'", "'strict'"),
        new TestCaseData("", "utf-8", "strict", "").SetArgDisplayNames("''", "'utf-8'", "'strict'"),
        new TestCaseData("a\u00E9\U0001F600\uD800", "ascii", "replace", "613f3f3f").SetArgDisplayNames("'a\\xe9\\U0001f600\\ud800'", "'ascii'", "'replace'"),
        new TestCaseData("a\u00E9\U0001F600\uD800", "ascii", "backslashreplace", "615c7865395c5530303031663630305c7564383030").SetArgDisplayNames("'a\\xe9\\U0001f600\\ud800'", "'ascii'", "'backslashreplace'"),
        new TestCaseData("a\u00E9\U0001F600\uD800", "ascii", "xmlcharrefreplace", "6126233233333b26233132383531323b262335353239363b").SetArgDisplayNames("'a\\xe9\\U0001f600\\ud800'", "'ascii'", "'xmlcharrefreplace'"),
        new TestCaseData("a\u00E9\U0001F600\uD800", "ascii", "ignore", "61").SetArgDisplayNames("'a\\xe9\\U0001f600\\ud800'", "'ascii'", "'ignore'"),
        new TestCaseData("a\u00E9\u20AC\U0001F600", "latin-1", "replace", "61e93f3f").SetArgDisplayNames("'a\\xe9\\u20ac\\U0001f600'", "'latin-1'", "'replace'"),
        new TestCaseData("a\uDC80\uDCFF", "ascii", "surrogateescape", "6180ff").SetArgDisplayNames("'a\\udc80\\udcff'", "'ascii'", "'surrogateescape'"),
        new TestCaseData("\uDC80", "latin-1", "surrogateescape", "80").SetArgDisplayNames("'\\udc80'", "'latin-1'", "'surrogateescape'"),
        new TestCaseData("\uD800x", "utf-8", "surrogatepass", "eda08078").SetArgDisplayNames("'\\ud800x'", "'utf-8'", "'surrogatepass'"),
        new TestCaseData("\uD800\uDBFF", "utf-8", "replace", "3f3f").SetArgDisplayNames("'\\ud800\\udbff'", "'utf-8'", "'replace'"),
        new TestCaseData("\uD800\uDBFF", "utf-8", "backslashreplace", "5c75643830305c7564626666").SetArgDisplayNames("'\\ud800\\udbff'", "'utf-8'", "'backslashreplace'"),
        new TestCaseData("\uD800\uDBFF", "utf-8", "xmlcharrefreplace", "262335353239363b262335363331393b").SetArgDisplayNames("'\\ud800\\udbff'", "'utf-8'", "'xmlcharrefreplace'"),
        new TestCaseData("a\uD800", "utf-8", "ignore", "61").SetArgDisplayNames("'a\\ud800'", "'utf-8'", "'ignore'"),
        new TestCaseData("a\uD800", "utf-16", "replace", "fffe61003f00").SetArgDisplayNames("'a\\ud800'", "'utf-16'", "'replace'"),
        new TestCaseData("a\uD800", "utf-16-be", "backslashreplace", "0061005c00750064003800300030").SetArgDisplayNames("'a\\ud800'", "'utf-16-be'", "'backslashreplace'"),
        new TestCaseData("\uD800", "utf-16-le", "surrogatepass", "00d8").SetArgDisplayNames("'\\ud800'", "'utf-16-le'", "'surrogatepass'"),
        new TestCaseData("\uDC80", "utf-32-be", "surrogatepass", "0000dc80").SetArgDisplayNames("'\\udc80'", "'utf-32-be'", "'surrogatepass'"),
        new TestCaseData("\uDC80", "utf-32", "surrogatepass", "fffe000080dc0000").SetArgDisplayNames("'\\udc80'", "'utf-32'", "'surrogatepass'"),
        new TestCaseData("\uDC80", "utf-16", "surrogatepass", "fffe80dc").SetArgDisplayNames("'\\udc80'", "'utf-16'", "'surrogatepass'"),
        new TestCaseData("a\uD800\uDBFFb", "utf-16-le", "xmlcharrefreplace", "610026002300350035003200390036003b0026002300350036003300310039003b006200").SetArgDisplayNames("'a\\ud800\\udbffb'", "'utf-16-le'", "'xmlcharrefreplace'"),
        new TestCaseData("a\uD800\uDBFFb", "utf-32-le", "ignore", "6100000062000000").SetArgDisplayNames("'a\\ud800\\udbffb'", "'utf-32-le'", "'ignore'"),
        new TestCaseData("a", "ascii", "bogus", "61").SetArgDisplayNames("'a'", "'ascii'", "'bogus'"),
        new TestCaseData("\uDC80abc\uDCFF", "utf-8", "surrogateescape", "80616263ff").SetArgDisplayNames("'\\udc80abc\\udcff'", "'utf-8'", "'surrogateescape'"),
        new TestCaseData("x", "UTF8", "strict", "78").SetArgDisplayNames("'x'", "'UTF8'", "'strict'"),
        new TestCaseData("x", "Latin_1", "strict", "78").SetArgDisplayNames("'x'", "'Latin_1'", "'strict'"),
        new TestCaseData("x", "u8", "strict", "78").SetArgDisplayNames("'x'", "'u8'", "'strict'"),
        new TestCaseData("\u20AC", "utf-8", null, "e282ac").SetArgDisplayNames("'\\u20ac'", "'utf-8'", "None"),
        new TestCaseData("a\U0010FFFF", "utf-8", "strict", "61f48fbfbf").SetArgDisplayNames("'a\\U0010ffff'", "'utf-8'", "'strict'"),
        new TestCaseData("\u0000\u007F\u0080\u07FF\u0800\uFFFF\U00010000", "utf-8", "strict", "007fc280dfbfe0a080efbfbff0908080").SetArgDisplayNames("'\\x00\\x7f\\x80\\u07ff\\u0800\\uffff\\U00010000'", "'utf-8'", "'strict'"),
    ];

    private static readonly TestCaseData[] EncodeFailures =
    [
        new TestCaseData("\u00E9", "ascii", "strict", "UnicodeEncodeError", "ascii", 0, 1, "ordinal not in range(128)", "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)").SetArgDisplayNames("'\\xe9'", "'ascii'", "'strict'"),
        new TestCaseData("\u00E9\u00E9", "ascii", "strict", "UnicodeEncodeError", "ascii", 0, 2, "ordinal not in range(128)", "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)").SetArgDisplayNames("'\\xe9\\xe9'", "'ascii'", "'strict'"),
        new TestCaseData("a\u00E9\u00E9\u20AC\U0001F600b", "ascii", "strict", "UnicodeEncodeError", "ascii", 1, 5, "ordinal not in range(128)", "'ascii' codec can't encode characters in position 1-4: ordinal not in range(128)").SetArgDisplayNames("'a\\xe9\\xe9\\u20ac\\U0001f600b'", "'ascii'", "'strict'"),
        new TestCaseData("\uD800", "utf-8", "strict", "UnicodeEncodeError", "utf-8", 0, 1, "surrogates not allowed", "'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed").SetArgDisplayNames("'\\ud800'", "'utf-8'", "'strict'"),
        new TestCaseData("a\uD800\uDBFFb", "utf-8", "strict", "UnicodeEncodeError", "utf-8", 1, 3, "surrogates not allowed", "'utf-8' codec can't encode characters in position 1-2: surrogates not allowed").SetArgDisplayNames("'a\\ud800\\udbffb'", "'utf-8'", "'strict'"),
        new TestCaseData("\U0001F600", "latin-1", "strict", "UnicodeEncodeError", "latin-1", 0, 1, "ordinal not in range(256)", "'latin-1' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(256)").SetArgDisplayNames("'\\U0001f600'", "'latin-1'", "'strict'"),
        new TestCaseData("\u20AC", "latin-1", "strict", "UnicodeEncodeError", "latin-1", 0, 1, "ordinal not in range(256)", "'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)").SetArgDisplayNames("'\\u20ac'", "'latin-1'", "'strict'"),
        new TestCaseData("\u00E9\uDC80", "ascii", "surrogateescape", "UnicodeEncodeError", "ascii", 0, 2, "ordinal not in range(128)", "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)").SetArgDisplayNames("'\\xe9\\udc80'", "'ascii'", "'surrogateescape'"),
        new TestCaseData("\uDC80\u00E9", "ascii", "surrogateescape", "UnicodeEncodeError", "ascii", 1, 2, "ordinal not in range(128)", "'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)").SetArgDisplayNames("'\\udc80\\xe9'", "'ascii'", "'surrogateescape'"),
        new TestCaseData("\uDC80\uD800", "utf-8", "surrogateescape", "UnicodeEncodeError", "utf-8", 1, 2, "surrogates not allowed", "'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed").SetArgDisplayNames("'\\udc80\\ud800'", "'utf-8'", "'surrogateescape'"),
        new TestCaseData("\u00E9", "ascii", "surrogatepass", "UnicodeEncodeError", "ascii", 0, 1, "ordinal not in range(128)", "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)").SetArgDisplayNames("'\\xe9'", "'ascii'", "'surrogatepass'"),
        new TestCaseData("\uD800", "utf-16", "strict", "UnicodeEncodeError", "utf-16", 0, 1, "surrogates not allowed", "'utf-16' codec can't encode character '\\ud800' in position 0: surrogates not allowed").SetArgDisplayNames("'\\ud800'", "'utf-16'", "'strict'"),
        new TestCaseData("\uD800\uD801", "utf-16-le", "strict", "UnicodeEncodeError", "utf-16-le", 0, 1, "surrogates not allowed", "'utf-16-le' codec can't encode character '\\ud800' in position 0: surrogates not allowed").SetArgDisplayNames("'\\ud800\\ud801'", "'utf-16-le'", "'strict'"),
        new TestCaseData("\uD800", "utf-16-be", "strict", "UnicodeEncodeError", "utf-16-be", 0, 1, "surrogates not allowed", "'utf-16-be' codec can't encode character '\\ud800' in position 0: surrogates not allowed").SetArgDisplayNames("'\\ud800'", "'utf-16-be'", "'strict'"),
        new TestCaseData("\uD800", "utf-32", "strict", "UnicodeEncodeError", "utf-32", 0, 1, "surrogates not allowed", "'utf-32' codec can't encode character '\\ud800' in position 0: surrogates not allowed").SetArgDisplayNames("'\\ud800'", "'utf-32'", "'strict'"),
        new TestCaseData("\uD800\uD801", "utf-32-be", "strict", "UnicodeEncodeError", "utf-32-be", 0, 1, "surrogates not allowed", "'utf-32-be' codec can't encode character '\\ud800' in position 0: surrogates not allowed").SetArgDisplayNames("'\\ud800\\ud801'", "'utf-32-be'", "'strict'"),
        new TestCaseData("\uDC80", "utf-16-le", "surrogateescape", "UnicodeEncodeError", "utf-16-le", 0, 1, "surrogates not allowed", "'utf-16-le' codec can't encode character '\\udc80' in position 0: surrogates not allowed").SetArgDisplayNames("'\\udc80'", "'utf-16-le'", "'surrogateescape'"),
        new TestCaseData("\uDC80", "utf-32", "surrogateescape", "UnicodeEncodeError", "utf-32", 0, 1, "surrogates not allowed", "'utf-32' codec can't encode character '\\udc80' in position 0: surrogates not allowed").SetArgDisplayNames("'\\udc80'", "'utf-32'", "'surrogateescape'"),
        new TestCaseData("\uD800", "latin-1", "surrogatepass", "UnicodeEncodeError", "latin-1", 0, 1, "ordinal not in range(256)", "'latin-1' codec can't encode character '\\ud800' in position 0: ordinal not in range(256)").SetArgDisplayNames("'\\ud800'", "'latin-1'", "'surrogatepass'"),
        new TestCaseData("\uDCFF\u0100", "latin-1", "surrogateescape", "UnicodeEncodeError", "latin-1", 1, 2, "ordinal not in range(256)", "'latin-1' codec can't encode character '\\u0100' in position 1: ordinal not in range(256)").SetArgDisplayNames("'\\udcff\\u0100'", "'latin-1'", "'surrogateescape'"),
        new TestCaseData("\u00E9\u0100", "latin-1", "strict", "UnicodeEncodeError", "latin-1", 1, 2, "ordinal not in range(256)", "'latin-1' codec can't encode character '\\u0100' in position 1: ordinal not in range(256)").SetArgDisplayNames("'\\xe9\\u0100'", "'latin-1'", "'strict'"),
        new TestCaseData("a", "bogus", "strict", "LookupError", null, 0, 0, null, "unknown encoding: bogus").SetArgDisplayNames("'a'", "'bogus'", "'strict'"),
        new TestCaseData("", "Bogus-Enc", "strict", "LookupError", null, 0, 0, null, "unknown encoding: Bogus-Enc").SetArgDisplayNames("''", "'Bogus-Enc'", "'strict'"),
        new TestCaseData("\u00E9", "ascii", "bogus", "LookupError", null, 0, 0, null, "unknown error handler name 'bogus'").SetArgDisplayNames("'\\xe9'", "'ascii'", "'bogus'"),
        new TestCaseData("a", "utf-8", "str\u0000ict", "ValueError", null, 0, 0, null, "embedded null character").SetArgDisplayNames("'a'", "'utf-8'", "'str\\x00ict'"),
        new TestCaseData("a", "utf\u00008", "strict", "ValueError", null, 0, 0, null, "embedded null character").SetArgDisplayNames("'a'", "'utf\\x008'", "'strict'"),
        new TestCaseData("a", "\uD800", "strict", "UnicodeEncodeError", "utf-8", 0, 1, "surrogates not allowed", "'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed").SetArgDisplayNames("'a'", "'\\ud800'", "'strict'"),
        new TestCaseData("a", "utf-8", "\uD800", "UnicodeEncodeError", "utf-8", 0, 1, "surrogates not allowed", "'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed").SetArgDisplayNames("'a'", "'utf-8'", "'\\ud800'"),
        new TestCaseData("\uD800", "utf-8", "Strict", "LookupError", null, 0, 0, null, "unknown error handler name 'Strict'").SetArgDisplayNames("'\\ud800'", "'utf-8'", "'Strict'"),
        new TestCaseData("a", "utf.8", "strict", "LookupError", null, 0, 0, null, "unknown encoding: utf.8").SetArgDisplayNames("'a'", "'utf.8'", "'strict'"),
        new TestCaseData("a", "", "strict", "LookupError", null, 0, 0, null, "unknown encoding: ").SetArgDisplayNames("'a'", "''", "'strict'"),
        new TestCaseData("\U0001F600\uD800", "ascii", "strict", "UnicodeEncodeError", "ascii", 0, 2, "ordinal not in range(128)", "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)").SetArgDisplayNames("'\\U0001f600\\ud800'", "'ascii'", "'strict'"),
    ];

    [TestCaseSource(nameof(EncodeSuccesses))]
    public void EncodingGivesCPythonsBytes(string text, string encoding, string? errors, string hex)
    {
        CodecResult<byte[]> result = Codecs.Encode(text, encoding, errors);
        Assert.That(result.IsSuccess ? Convert.ToHexStringLower(result.Value) : result.Error.ToString(), Is.EqualTo(hex));
    }

    [TestCaseSource(nameof(EncodeFailures))]
    public void EncodingFailsWithCPythonsException(string text, string encoding, string? errors, string kind,
        string? encodingName, int start, int end, string? reason, string message)
    {
        CodecResult<byte[]> result = Codecs.Encode(text, encoding, errors);
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

    [Test]
    public void NamereplaceIsNotSupported()
    {
        CodecResult<byte[]> result = Codecs.Encode("a\u00E9", "ascii", "namereplace");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Error?.Kind, Is.EqualTo(CodecErrorKind.NotSupported));
            Assert.That(Codecs.Encode("abc", "ascii", "namereplace").Value, Is.EqualTo("abc"u8.ToArray()));
        }
    }
}
