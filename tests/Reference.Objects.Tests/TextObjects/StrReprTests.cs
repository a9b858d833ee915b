// OBJ-STR-5: repr of str chooses its quotes and escapes as CPython (printable characters stay,
// others become \xhh, \uhhhh or \Uhhhhhhhh); ascii() escapes every non-ASCII character, also
// inside containers and bytes.
using NUnit.Framework;

namespace Reference.Objects.Tests.TextObjects;

[TestFixture]
public sealed class StrReprTests : TextTest
{
    private static readonly PyCase[] Corpus =
    [
        C("""repr('abc')""", "\"'abc'\""),
        C("""repr('')""", "\"''\""),
        C("""repr("it's")""", """'"it\'s"'"""),
        C("""repr('say "hi"')""", """'\'say "hi"\''"""),
        C("""repr('it\'s "both"')""", """'\'it\\\'s "both"\''"""),
        C("""repr('back\\slash')""", "\"'back\\\\\\\\slash'\""),
        C("""repr('\t\n\r')""", "\"'\\\\t\\\\n\\\\r'\""),
        C("""repr('\x00\x07\x08\x0b\x0c\x1b\x7f')""", "\"'\\\\x00\\\\x07\\\\x08\\\\x0b\\\\x0c\\\\x1b\\\\x7f'\""),
        C("""repr('\x80\x9f\xa0\xa1\xad\xe9\xff')""", "\"'\\\\x80\\\\x9f\\\\xa0\u00A1\\\\xad\u00E9\u00FF'\""),
        C("""repr('\u0100\u0378\u2028\u200b\ufeff\uffff')""", "\"'\u0100\\\\u0378\\\\u2028\\\\u200b\\\\ufeff\\\\uffff'\""),
        C("""repr('\u4e2d\u6587')""", "\"'\u4E2D\u6587'\""),
        C("""repr('\udfff\ud800')""", "\"'\\\\udfff\\\\ud800'\""),
        C("""repr('\ud800')""", "\"'\\\\ud800'\""),
        C("""repr('\U0001F600\U000E0001\U0010FFFF')""", "\"'\uD83D\uDE00\\\\U000e0001\\\\U0010ffff'\""),
        C("""repr('\U00010000\U0001D400')""", "\"'\uD800\uDC00\uD835\uDC00'\""),
        C("""repr('\U000F0000')""", "\"'\\\\U000f0000'\""),
        C("""str('a\nb')""", """'a\nb'"""),
        C("""ascii('abc')""", "\"'abc'\""),
        C("""ascii("it's")""", """'"it\'s"'"""),
        C("""ascii('\xe9\x80\xff')""", "\"'\\\\xe9\\\\x80\\\\xff'\""),
        C("""ascii('\u0100\u4e2d\uffff')""", "\"'\\\\u0100\\\\u4e2d\\\\uffff'\""),
        C("""ascii('\U0001F600\U0010FFFF')""", "\"'\\\\U0001f600\\\\U0010ffff'\""),
        C("""ascii('\ud800')""", "\"'\\\\ud800'\""),
        C("""ascii('\t\x00')""", "\"'\\\\t\\\\x00'\""),
        C("""ascii(['\xe9', ('\U0001F600',)])""", "\"['\\\\xe9', ('\\\\U0001f600',)]\""),
        C("""ascii({'\xe9': '\u4e2d'})""", "\"{'\\\\xe9': '\\\\u4e2d'}\""),
        C("""ascii(b'\xe9')""", "\"b'\\\\xe9'\""),
        C("""ascii(1.5)""", """'1.5'"""),
        C("""repr(['\xe9', '\U0001F600'])""", "\"['\u00E9', '\uD83D\uDE00']\""),
        C("""'abc'.__repr__()""", "\"'abc'\""),
        C("""'abc'.__str__()""", """'abc'"""),
        C("""s = 'abc'; str(s) is s""", """True"""),
        C("""s = 'abc'; s.__str__() is s""", """True"""),
    ];

    public static IEnumerable<TestCaseData> CorpusCases() => Cases(Corpus);

    [TestCaseSource(nameof(CorpusCases))]
    public void ReprAndAsciiEscapeAsInCPython(PyCase c)
    {
        // spec: OBJ-STR-5
        Check(c);
    }
}
