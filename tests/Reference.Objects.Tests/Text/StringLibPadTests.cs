using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Text;

// str.center/ljust/rjust/zfill/expandtabs/strip/lstrip/rstrip; widths and columns in code points.
// Expected values printed by CPython 3.14.
[TestFixture]
public sealed class StringLibPadTests
{
    [TestCase("a", 4, 0x0020, " a  ", "a   ", "   a")]
    [TestCase("ab", 5, 0x0020, "  ab ", "ab   ", "   ab")]
    [TestCase("a", 5, 0x002A, "**a**", "a****", "****a")]
    [TestCase("ab", 4, 0x002A, "*ab*", "ab**", "**ab")]
    [TestCase("abc", 6, 0x002D, "-abc--", "abc---", "---abc")]
    [TestCase("", 3, 0x0020, "   ", "   ", "   ")]
    [TestCase("\U0001F600", 4, 0x0020, " \U0001F600  ", "\U0001F600   ", "   \U0001F600")]
    [TestCase("ab", 1, 0x0020, "ab", "ab", "ab")]
    [TestCase("ab", -5, 0x0020, "ab", "ab", "ab")]
    [TestCase("a", 3, 0x1F600, "\U0001F600a\U0001F600", "a\U0001F600\U0001F600", "\U0001F600\U0001F600a")]
    [TestCase("\U0001F600\U0001F600", 5, 0x00B7, "\u00B7\u00B7\U0001F600\U0001F600\u00B7", "\U0001F600\U0001F600\u00B7\u00B7\u00B7", "\u00B7\u00B7\u00B7\U0001F600\U0001F600")]
    [TestCase("abcd", 7, 0x002A, "**abcd*", "abcd***", "***abcd")]
    [TestCase("abcd", 8, 0x002A, "**abcd**", "abcd****", "****abcd")]
    [TestCase("x", 2, 0x00E9, "x\u00E9", "x\u00E9", "\u00E9x")]
    public void PaddingCountsCodePointsAndCentersLeftOnlyWhenBothAreOdd(string s, int width, int fill,
        string center, string ljust, string rjust)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(StringLib.Center(s, width, fill), Is.EqualTo(center), "center");
            Assert.That(StringLib.LJust(s, width, fill), Is.EqualTo(ljust), "ljust");
            Assert.That(StringLib.RJust(s, width, fill), Is.EqualTo(rjust), "rjust");
        }
    }

    [TestCase("42", 5, "00042")]
    [TestCase("-42", 5, "-0042")]
    [TestCase("+42", 5, "+0042")]
    [TestCase("--", 4, "-00-")]
    [TestCase("", 3, "000")]
    [TestCase("-", 3, "-00")]
    [TestCase("abc", 2, "abc")]
    [TestCase("\U0001F600", 3, "00\U0001F600")]
    [TestCase("+", 1, "+")]
    [TestCase("-\U0001F600", 4, "-00\U0001F600")]
    [TestCase("x-1", 5, "00x-1")]
    [TestCase("-", 0, "-")]
    [TestCase("+0", 3, "+00")]
    public void ZfillPadsAfterALeadingSign(string s, int width, string expected) =>
        Assert.That(StringLib.Zfill(s, width), Is.EqualTo(expected));

    [TestCase("a\u0009b", 8, "a       b")]
    [TestCase("a\u0009b\u000A\u0009c\u000D12345678\u0009x", 8, "a       b\u000A        c\u000D12345678        x")]
    [TestCase("a\u0009b", 0, "ab")]
    [TestCase("a\u0009b", -3, "ab")]
    [TestCase("\U0001F600\u0009x", 4, "\U0001F600   x")]
    [TestCase("ab\u0009", 1, "ab ")]
    [TestCase("\u0009\u0009", 3, "      ")]
    [TestCase("abc", 4, "abc")]
    [TestCase("abcd\u0009e", 4, "abcd    e")]
    [TestCase("ab\u000D\u000Ac\u0009d", 4, "ab\u000D\u000Ac   d")]
    [TestCase("\u00E9\U0001F600\u00E9\u0009|", 4, "\u00E9\U0001F600\u00E9 |")]
    [TestCase("a\u000Bb\u0009c", 4, "a\u000Bb c")]
    [TestCase("a\u0085b\u0009c", 4, "a\u0085b c")]
    public void ExpandTabsCountsColumnsInCodePointsFromTheLastCrOrLf(string s, int tabsize, string expected) =>
        Assert.That(StringLib.ExpandTabs(s, tabsize), Is.EqualTo(expected));

    [TestCase("  xx  ", null, "xx", "xx  ", "  xx")]
    [TestCase("\u0009\u000A\u000B\u000C\u000D\u001C\u001D\u001E\u001F \u0085\u00A0xx\u3000\u2028", null, "xx", "xx\u3000\u2028", "\u0009\u000A\u000B\u000C\u000D\u001C\u001D\u001E\u001F \u0085\u00A0xx")]
    [TestCase("\u200Bxx\u200B", null, "\u200Bxx\u200B", "\u200Bxx\u200B", "\u200Bxx\u200B")]
    [TestCase("xyhixy", "xy", "hi", "hixy", "xyhi")]
    [TestCase("\U0001F600a\U0001F600", "\U0001F600", "a", "a\U0001F600", "\U0001F600a")]
    [TestCase("ab", "", "ab", "ab", "ab")]
    [TestCase("", "a", "", "", "")]
    [TestCase("aaa", "a", "", "", "")]
    [TestCase("abcba", "ab", "c", "cba", "abc")]
    [TestCase("\U0001F600a\U0001F601", "\U0001F601\U0001F600", "a", "a\U0001F601", "\U0001F600a")]
    [TestCase("\u00E9a\u00E9", "\u00E9", "a", "a\u00E9", "\u00E9a")]
    [TestCase("  ", null, "", "", "")]
    [TestCase("\U00010400a\U00010428", "\U00010428", "\U00010400a", "\U00010400a\U00010428", "\U00010400a")]
    public void StripRemovesPythonWhitespaceOrTheGivenCodePoints(string s, string? chars, string strip,
        string lstrip, string rstrip)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(StringLib.Strip(s, chars), Is.EqualTo(strip), "strip");
            Assert.That(StringLib.LStrip(s, chars), Is.EqualTo(lstrip), "lstrip");
            Assert.That(StringLib.RStrip(s, chars), Is.EqualTo(rstrip), "rstrip");
        }
    }

    // Built in code (lone surrogates): CPython 3.14 keeps '😀a😀'.strip('\ud83d') whole and strips
    // '\ud800a\ud800'.strip('\ud800') to 'a'.
    [Test]
    public void StripCharsMatchWholeCodePoints()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(StringLib.Strip("\U0001F600a\U0001F600", "\uD83D"), Is.EqualTo("\U0001F600a\U0001F600"));
            Assert.That(StringLib.Strip("\uD800a\uD800", "\uD800"), Is.EqualTo("a"));
        }
    }

    [Test]
    public void UnchangedTextIsReturnedAsIs()
    {
        const string s = "abc";
        using (Assert.EnterMultipleScope())
        {
            Assert.That(StringLib.Strip(s), Is.SameAs(s));
            Assert.That(StringLib.Center(s, 2), Is.SameAs(s));
            Assert.That(StringLib.Zfill(s, 3), Is.SameAs(s));
            Assert.That(StringLib.ExpandTabs(s), Is.SameAs(s));
        }
    }
}
