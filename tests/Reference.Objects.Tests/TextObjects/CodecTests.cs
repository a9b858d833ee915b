// OBJ-BYTES-2: the codecs seen through str.encode and bytes.decode — utf-8, ascii, latin-1,
// utf-16 and utf-32 (with and without byte-order marks), every standard error handler, CPython's
// Unicode error messages, and the attributes of the exceptions they raise.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.TextObjects;

[TestFixture]
public sealed class CodecTests : TextTest
{
    private static readonly PyCase[] Encoding =
    [
        C("""'a\xe9\u20ac\U0001F600'.encode('utf-8')""", """b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'"""),
        C("""'a\xe9\u20ac\U0001F600'.encode('utf8')""", """b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'"""),
        C("""'a\xe9\u20ac\U0001F600'.encode('UTF-8')""", """b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'"""),
        C("""'a\xe9\u20ac\U0001F600'.encode('U8')""", """b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'"""),
        C("""'a\xe9\u20ac\U0001F600'.encode('utf_8')""", """b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'"""),
        C("""'a\ud800b'.encode('utf-8')""", """UnicodeEncodeError: 'utf-8' codec can't encode character '\ud800' in position 1: surrogates not allowed"""),
        C("""'a\ud800b'.encode('utf-8', 'ignore')""", """b'ab'"""),
        C("""'a\ud800b'.encode('utf-8', 'replace')""", """b'a?b'"""),
        C("""'a\ud800b'.encode('utf-8', 'surrogatepass')""", """b'a\xed\xa0\x80b'"""),
        C("""'a\udc80b'.encode('utf-8', 'surrogateescape')""", """b'a\x80b'"""),
        C("""'a\ud800b'.encode('utf-8', 'surrogateescape')""", """UnicodeEncodeError: 'utf-8' codec can't encode character '\ud800' in position 1: surrogates not allowed"""),
        C("""'a\ud800b'.encode('utf-8', 'backslashreplace')""", """b'a\\ud800b'"""),
        C("""'a\ud800b'.encode('utf-8', 'xmlcharrefreplace')""", """b'a&#55296;b'"""),
        C("""'a\ud800b'.encode('utf-8', 'bogus')""", """LookupError: unknown error handler name 'bogus'"""),
        C("""'abc'.encode('utf-8', 'bogus')""", """b'abc'"""),
        C("""'a\xe9\u20ac\U0001F600'.encode('ascii', 'ignore')""", """b'a'"""),
        C("""'a\xe9\u20ac\U0001F600'.encode('ascii', 'replace')""", """b'a???'"""),
        C("""'a\xe9\u20ac\U0001F600'.encode('ascii', 'backslashreplace')""", """b'a\\xe9\\u20ac\\U0001f600'"""),
        C("""'a\xe9\u20ac\U0001F600'.encode('ascii', 'xmlcharrefreplace')""", """b'a&#233;&#8364;&#128512;'"""),
        C("""'a\xe9\xe9b'.encode('ascii')""", """UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"""),
        C("""'a\U0001F600'.encode('ascii')""", """UnicodeEncodeError: 'ascii' codec can't encode character '\U0001f600' in position 1: ordinal not in range(128)"""),
        C("""'a\udc80'.encode('ascii', 'surrogateescape')""", """b'a\x80'"""),
        C("""'a\xe9\u20ac'.encode('latin-1')""", """UnicodeEncodeError: 'latin-1' codec can't encode character '\u20ac' in position 2: ordinal not in range(256)"""),
        C("""'a\xe9\u20ac'.encode('latin1', 'replace')""", """b'a\xe9?'"""),
        C("""'a\xe9\u20ac'.encode('iso-8859-1', 'xmlcharrefreplace')""", """b'a\xe9&#8364;'"""),
        C("""'a\xe9'.encode('l1')""", """b'a\xe9'"""),
        C("""'a\u20ac\u20acb'.encode('latin-1')""", """UnicodeEncodeError: 'latin-1' codec can't encode characters in position 1-2: ordinal not in range(256)"""),
        C("""'a\xe9\U0001F600'.encode('utf-16')""", """b'\xff\xfea\x00\xe9\x00=\xd8\x00\xde'"""),
        C("""'a\xe9\U0001F600'.encode('utf-16-le')""", """b'a\x00\xe9\x00=\xd8\x00\xde'"""),
        C("""'a\xe9\U0001F600'.encode('utf-16be')""", """b'\x00a\x00\xe9\xd8=\xde\x00'"""),
        C("""'a\ud800'.encode('utf-16-le')""", """UnicodeEncodeError: 'utf-16-le' codec can't encode character '\ud800' in position 1: surrogates not allowed"""),
        C("""'a\ud800'.encode('utf-16-le', 'surrogatepass')""", """b'a\x00\x00\xd8'"""),
        C("""'a\ud800'.encode('utf-16-le', 'replace')""", """b'a\x00?\x00'"""),
        C("""'a\xe9\U0001F600'.encode('utf-32')""", """b'\xff\xfe\x00\x00a\x00\x00\x00\xe9\x00\x00\x00\x00\xf6\x01\x00'"""),
        C("""'a\xe9\U0001F600'.encode('utf-32-le')""", """b'a\x00\x00\x00\xe9\x00\x00\x00\x00\xf6\x01\x00'"""),
        C("""'a\xe9\U0001F600'.encode('utf-32be')""", """b'\x00\x00\x00a\x00\x00\x00\xe9\x00\x01\xf6\x00'"""),
        C("""'a\ud800'.encode('utf-32')""", """UnicodeEncodeError: 'utf-32' codec can't encode character '\ud800' in position 1: surrogates not allowed"""),
        C("""'a\ud800'.encode('utf-32-be', 'ignore')""", """b'\x00\x00\x00a'"""),
        C("""'abc'.encode('no such')""", """LookupError: unknown encoding: no such"""),
        C("""'abc'.encode('')""", """LookupError: unknown encoding: """),
    ];

    private static readonly PyCase[] Decoding =
    [
        C("""b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'.decode('utf-8')""", "'a\u00E9\u20AC\uD83D\uDE00'"),
        C("""b'\xef\xbb\xbfa'.decode('utf-8')""", """'\ufeffa'"""),
        C("""b'a\xffb'.decode('utf-8')""", """UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"""),
        C("""b'a\xc3'.decode('utf-8')""", """UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc3 in position 1: unexpected end of data"""),
        C("""b'a\xc3b'.decode('utf-8')""", """UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc3 in position 1: invalid continuation byte"""),
        C("""b'a\xe2\x82'.decode('utf-8')""", """UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data"""),
        C("""b'\xed\xa0\x80'.decode('utf-8')""", """UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"""),
        C("""b'\xc0\x80'.decode('utf-8')""", """UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"""),
        C("""b'\xf4\x90\x80\x80'.decode('utf-8')""", """UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"""),
        C("""b'\x80abc'.decode('utf-8')""", """UnicodeDecodeError: 'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte"""),
        C("""b'a\xffb\xfe'.decode('utf-8', 'ignore')""", """'ab'"""),
        C("""b'a\xffb\xe2\x82'.decode('utf-8', 'replace')""", "'a\uFFFDb\uFFFD'"),
        C("""b'a\xffb'.decode('utf-8', 'backslashreplace')""", """'a\\xffb'"""),
        C("""b'a\xffb'.decode('utf-8', 'surrogateescape')""", """'a\udcffb'"""),
        C("""b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass')""", """'\ud800'"""),
        C("""b'a\xffb'.decode('utf-8', 'xmlcharrefreplace')""", """TypeError: don't know how to handle UnicodeDecodeError in error callback"""),
        C("""b'a\xffb'.decode('utf-8', 'bogus')""", """LookupError: unknown error handler name 'bogus'"""),
        C("""b'abc'.decode('utf-8', 'bogus')""", """'abc'"""),
        C("""b'a\x80'.decode('ascii')""", """UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)"""),
        C("""b'a\x80\xff'.decode('ascii', 'replace')""", "'a\uFFFD\uFFFD'"),
        C("""b'a\x80\xff'.decode('ascii', 'surrogateescape')""", """'a\udc80\udcff'"""),
        C("""b'a\x80\xff'.decode('latin-1')""", "'a\\x80\u00FF'"),
        C("""b'a\x00\xe9\x00=\xd8\x00\xde'.decode('utf-16-le')""", "'a\u00E9\uD83D\uDE00'"),
        C("""b'\xff\xfea\x00'.decode('utf-16')""", """'a'"""),
        C("""b'\xfe\xff\x00a'.decode('utf-16')""", """'a'"""),
        C("""b'a\x00'.decode('utf-16')""", """'a'"""),
        C("""b'\x00a'.decode('utf-16-be')""", """'a'"""),
        C("""b'a\x00b'.decode('utf-16-le')""", """UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data"""),
        C("""b'\x00\xd8a\x00'.decode('utf-16-le')""", """UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate"""),
        C("""b'\x00\xdca\x00'.decode('utf-16-le')""", """UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding"""),
        C("""b'\x00\xd8'.decode('utf-16-le')""", """UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: unexpected end of data"""),
        C("""b'a\x00b'.decode('utf-16-le', 'replace')""", "'a\uFFFD'"),
        C("""b'\x00\xd8a\x00'.decode('utf-16-le', 'surrogatepass')""", """'\ud800a'"""),
        C("""b'a\x00\x00\x00\x00\xf6\x01\x00'.decode('utf-32-le')""", "'a\uD83D\uDE00'"),
        C("""b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32')""", """'a'"""),
        C("""b'\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32')""", """'a'"""),
        C("""b'\x00\x00\x11\x00'.decode('utf-32-le')""", """UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)"""),
        C("""b'\x00\xd8\x00\x00'.decode('utf-32-le')""", """UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point in surrogate code point range(0xd800, 0xe000)"""),
        C("""b'a\x00\x00'.decode('utf-32-le')""", """UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-2: truncated data"""),
        C("""b'\x00\x00\x11\x00'.decode('utf-32-le', 'replace')""", "'\uFFFD'"),
        C("""b'abc'.decode('no such')""", """LookupError: unknown encoding: no such"""),
    ];

    public static IEnumerable<TestCaseData> EncodingCases() => Cases(Encoding);

    public static IEnumerable<TestCaseData> DecodingCases() => Cases(Decoding);

    [TestCaseSource(nameof(EncodingCases))]
    public void EncodingWithEachHandlerBehavesAsInCPython(PyCase c)
    {
        // spec: OBJ-BYTES-2
        Check(c);
    }

    [TestCaseSource(nameof(DecodingCases))]
    public void DecodingWithEachHandlerBehavesAsInCPython(PyCase c)
    {
        // spec: OBJ-BYTES-2
        Check(c);
    }

    /// <summary>Raises the error of a snippet and returns the exception object (kept).</summary>
    private PyBaseExceptionObject RaisedBy(string code)
    {
        using var py = new MiniPython();
        PyObject? result = py.Run(code);
        if (result is not null)
        {
            result.DecRef();
            Assert.Fail(code + " did not raise");
        }
        return Keep(PyErr.GetRaisedException()!);
    }

    private string AttrRepr(PyObject obj, string name) => Repr(Attr(obj, name));

    [Test]
    public void UnicodeEncodeErrorCarriesEncodingObjectStartEndAndReason()
    {
        // spec: OBJ-BYTES-2, OBJ-EXC-2
        PyBaseExceptionObject exc = RaisedBy("""'ab\xe9\xe9c'.encode('ascii')""");
        Assert.That(exc.ObType, Is.SameAs(PyExc.UnicodeEncodeError));
        Assert.That(AttrRepr(exc, "encoding"), Is.EqualTo("'ascii'"));
        Assert.That(AttrRepr(exc, "object"), Is.EqualTo("'ab\u00e9\u00e9c'"));
        Assert.That(AttrRepr(exc, "start"), Is.EqualTo("2"));
        Assert.That(AttrRepr(exc, "end"), Is.EqualTo("4"));
        Assert.That(AttrRepr(exc, "reason"), Is.EqualTo("'ordinal not in range(128)'"));
        Assert.That(Str(exc), Is.EqualTo("'ascii' codec can't encode characters in position 2-3: ordinal not in range(128)"));
        Assert.That(AttrRepr(exc, "args"), Is.EqualTo("('ascii', 'ab\u00e9\u00e9c', 2, 4, 'ordinal not in range(128)')"));
        Assert.That(Repr(exc), Is.EqualTo("UnicodeEncodeError('ascii', 'ab\u00e9\u00e9c', 2, 4, 'ordinal not in range(128)')"));
    }

    [Test]
    public void UnicodeEncodeErrorPositionsCountCodePoints()
    {
        // spec: OBJ-BYTES-2, OBJ-EXC-2
        PyBaseExceptionObject exc = RaisedBy("""'\U0001F600\U0001F600\ud800'.encode('utf-8')""");
        Assert.That(AttrRepr(exc, "start"), Is.EqualTo("2"));
        Assert.That(AttrRepr(exc, "end"), Is.EqualTo("3"));
        Assert.That(AttrRepr(exc, "reason"), Is.EqualTo("'surrogates not allowed'"));
        Assert.That(Str(exc), Is.EqualTo("'utf-8' codec can't encode character '\\ud800' in position 2: surrogates not allowed"));
    }

    [Test]
    public void UnicodeDecodeErrorCarriesTheBytesAsBytes()
    {
        // spec: OBJ-BYTES-2, OBJ-EXC-2
        PyBaseExceptionObject exc = RaisedBy("""bytearray(b'ab\xff\xfe').decode('utf-8')""");
        Assert.That(exc.ObType, Is.SameAs(PyExc.UnicodeDecodeError));
        Assert.That(AttrRepr(exc, "encoding"), Is.EqualTo("'utf-8'"));
        Assert.That(AttrRepr(exc, "object"), Is.EqualTo("b'ab\\xff\\xfe'"));
        Assert.That(AttrRepr(exc, "start"), Is.EqualTo("2"));
        Assert.That(AttrRepr(exc, "end"), Is.EqualTo("3"));
        Assert.That(AttrRepr(exc, "reason"), Is.EqualTo("'invalid start byte'"));
        Assert.That(Str(exc), Is.EqualTo("'utf-8' codec can't decode byte 0xff in position 2: invalid start byte"));
    }

    [Test]
    public void UnicodeDecodeErrorOfATruncatedSequenceSpansItsBytes()
    {
        // spec: OBJ-BYTES-2, OBJ-EXC-2
        PyBaseExceptionObject exc = RaisedBy("""b'a\xe2\x82'.decode('utf-8')""");
        Assert.That(AttrRepr(exc, "start"), Is.EqualTo("1"));
        Assert.That(AttrRepr(exc, "end"), Is.EqualTo("3"));
        Assert.That(AttrRepr(exc, "reason"), Is.EqualTo("'unexpected end of data'"));
        Assert.That(Str(exc), Is.EqualTo("'utf-8' codec can't decode bytes in position 1-2: unexpected end of data"));
    }

    [Test]
    public void UnicodeErrorAttributesCanBeAssigned()
    {
        // spec: OBJ-BYTES-2, OBJ-EXC-2
        PyBaseExceptionObject exc = RaisedBy("""'\xe9'.encode('ascii')""");
        Ok(PyObject.SetAttr(exc, "reason", S("changed")));
        Ok(PyObject.SetAttr(exc, "start", Int(0)));
        Assert.That(AttrRepr(exc, "reason"), Is.EqualTo("'changed'"));
        Assert.That(Str(exc), Is.EqualTo("'ascii' codec can't encode character '\\xe9' in position 0: changed"));
    }

    [Test]
    public void AnUnknownEncodingIsALookupError()
    {
        // spec: OBJ-BYTES-2
        PyBaseExceptionObject exc = RaisedBy("""b'x'.decode('nope')""");
        Assert.That(exc.ObType, Is.SameAs(PyExc.LookupError));
        Assert.That(Str(exc), Is.EqualTo("unknown encoding: nope"));
    }
}
