using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Text;

// str.split/rsplit/splitlines/partition/rpartition/replace. Expected lists printed by CPython 3.14,
// written joined with '|' (no input contains one) together with their length, which tells [] from [''].
[TestFixture]
public sealed class StringLibSplitTests
{
    [TestCase("", -1, "", "", 0, 0)]
    [TestCase("", 0, "", "", 0, 0)]
    [TestCase("", 1, "", "", 0, 0)]
    [TestCase("", 2, "", "", 0, 0)]
    [TestCase("", 5, "", "", 0, 0)]
    [TestCase("   ", -1, "", "", 0, 0)]
    [TestCase("   ", 0, "", "", 0, 0)]
    [TestCase("   ", 1, "", "", 0, 0)]
    [TestCase("   ", 2, "", "", 0, 0)]
    [TestCase("   ", 5, "", "", 0, 0)]
    [TestCase("a", -1, "a", "a", 1, 1)]
    [TestCase("a", 0, "a", "a", 1, 1)]
    [TestCase("a", 1, "a", "a", 1, 1)]
    [TestCase("a", 2, "a", "a", 1, 1)]
    [TestCase("a", 5, "a", "a", 1, 1)]
    [TestCase(" a ", -1, "a", "a", 1, 1)]
    [TestCase(" a ", 0, "a ", " a", 1, 1)]
    [TestCase(" a ", 1, "a", "a", 1, 1)]
    [TestCase(" a ", 2, "a", "a", 1, 1)]
    [TestCase(" a ", 5, "a", "a", 1, 1)]
    [TestCase("a b  c", -1, "a|b|c", "a|b|c", 3, 3)]
    [TestCase("a b  c", 0, "a b  c", "a b  c", 1, 1)]
    [TestCase("a b  c", 1, "a|b  c", "a b|c", 2, 2)]
    [TestCase("a b  c", 2, "a|b|c", "a|b|c", 3, 3)]
    [TestCase("a b  c", 5, "a|b|c", "a|b|c", 3, 3)]
    [TestCase("  a b  c  ", -1, "a|b|c", "a|b|c", 3, 3)]
    [TestCase("  a b  c  ", 0, "a b  c  ", "  a b  c", 1, 1)]
    [TestCase("  a b  c  ", 1, "a|b  c  ", "  a b|c", 2, 2)]
    [TestCase("  a b  c  ", 2, "a|b|c  ", "  a|b|c", 3, 3)]
    [TestCase("  a b  c  ", 5, "a|b|c", "a|b|c", 3, 3)]
    [TestCase("a\u0009b\u000Ac\u000Bd\u000Ce\u001Cf\u001Dg\u001Eh\u001Fi\u0085j\u00A0k\u2028l\u3000m", -1, "a|b|c|d|e|f|g|h|i|j|k|l|m", "a|b|c|d|e|f|g|h|i|j|k|l|m", 13, 13)]
    [TestCase("a\u0009b\u000Ac\u000Bd\u000Ce\u001Cf\u001Dg\u001Eh\u001Fi\u0085j\u00A0k\u2028l\u3000m", 0, "a\u0009b\u000Ac\u000Bd\u000Ce\u001Cf\u001Dg\u001Eh\u001Fi\u0085j\u00A0k\u2028l\u3000m", "a\u0009b\u000Ac\u000Bd\u000Ce\u001Cf\u001Dg\u001Eh\u001Fi\u0085j\u00A0k\u2028l\u3000m", 1, 1)]
    [TestCase("a\u0009b\u000Ac\u000Bd\u000Ce\u001Cf\u001Dg\u001Eh\u001Fi\u0085j\u00A0k\u2028l\u3000m", 1, "a|b\u000Ac\u000Bd\u000Ce\u001Cf\u001Dg\u001Eh\u001Fi\u0085j\u00A0k\u2028l\u3000m", "a\u0009b\u000Ac\u000Bd\u000Ce\u001Cf\u001Dg\u001Eh\u001Fi\u0085j\u00A0k\u2028l|m", 2, 2)]
    [TestCase("a\u0009b\u000Ac\u000Bd\u000Ce\u001Cf\u001Dg\u001Eh\u001Fi\u0085j\u00A0k\u2028l\u3000m", 2, "a|b|c\u000Bd\u000Ce\u001Cf\u001Dg\u001Eh\u001Fi\u0085j\u00A0k\u2028l\u3000m", "a\u0009b\u000Ac\u000Bd\u000Ce\u001Cf\u001Dg\u001Eh\u001Fi\u0085j\u00A0k|l|m", 3, 3)]
    [TestCase("a\u0009b\u000Ac\u000Bd\u000Ce\u001Cf\u001Dg\u001Eh\u001Fi\u0085j\u00A0k\u2028l\u3000m", 5, "a|b|c|d|e|f\u001Dg\u001Eh\u001Fi\u0085j\u00A0k\u2028l\u3000m", "a\u0009b\u000Ac\u000Bd\u000Ce\u001Cf\u001Dg\u001Eh|i|j|k|l|m", 6, 6)]
    [TestCase("a\u200Bb", -1, "a\u200Bb", "a\u200Bb", 1, 1)]
    [TestCase("a\u200Bb", 0, "a\u200Bb", "a\u200Bb", 1, 1)]
    [TestCase("a\u200Bb", 1, "a\u200Bb", "a\u200Bb", 1, 1)]
    [TestCase("a\u200Bb", 2, "a\u200Bb", "a\u200Bb", 1, 1)]
    [TestCase("a\u200Bb", 5, "a\u200Bb", "a\u200Bb", 1, 1)]
    [TestCase("\U0001F600 \U0001F600\u0009\U0001F600", -1, "\U0001F600|\U0001F600|\U0001F600", "\U0001F600|\U0001F600|\U0001F600", 3, 3)]
    [TestCase("\U0001F600 \U0001F600\u0009\U0001F600", 0, "\U0001F600 \U0001F600\u0009\U0001F600", "\U0001F600 \U0001F600\u0009\U0001F600", 1, 1)]
    [TestCase("\U0001F600 \U0001F600\u0009\U0001F600", 1, "\U0001F600|\U0001F600\u0009\U0001F600", "\U0001F600 \U0001F600|\U0001F600", 2, 2)]
    [TestCase("\U0001F600 \U0001F600\u0009\U0001F600", 2, "\U0001F600|\U0001F600|\U0001F600", "\U0001F600|\U0001F600|\U0001F600", 3, 3)]
    [TestCase("\U0001F600 \U0001F600\u0009\U0001F600", 5, "\U0001F600|\U0001F600|\U0001F600", "\U0001F600|\U0001F600|\U0001F600", 3, 3)]
    [TestCase("one  two three ", -1, "one|two|three", "one|two|three", 3, 3)]
    [TestCase("one  two three ", 0, "one  two three ", "one  two three", 1, 1)]
    [TestCase("one  two three ", 1, "one|two three ", "one  two|three", 2, 2)]
    [TestCase("one  two three ", 2, "one|two|three ", "one|two|three", 3, 3)]
    [TestCase("one  two three ", 5, "one|two|three", "one|two|three", 3, 3)]
    public void WhitespaceSplitDropsEmptyItemsAndKeepsTheUnsplitRest(string s, int maxsplit, string split,
        string rsplit, int splitCount, int rsplitCount)
    {
        List<string> left = StringLib.SplitWhitespace(s, maxsplit);
        List<string> right = StringLib.RSplitWhitespace(s, maxsplit);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(string.Join('|', left), Is.EqualTo(split), "split");
            Assert.That(left, Has.Count.EqualTo(splitCount), "split count");
            Assert.That(string.Join('|', right), Is.EqualTo(rsplit), "rsplit");
            Assert.That(right, Has.Count.EqualTo(rsplitCount), "rsplit count");
        }
    }

    [TestCase("", ",", -1, "", "", 1, 1)]
    [TestCase("", "a", -1, "", "", 1, 1)]
    [TestCase("", "aa", -1, "", "", 1, 1)]
    [TestCase("", "\U0001F600", -1, "", "", 1, 1)]
    [TestCase("", "::", -1, "", "", 1, 1)]
    [TestCase("", "bc", -1, "", "", 1, 1)]
    [TestCase("", "x", -1, "", "", 1, 1)]
    [TestCase("a", ",", -1, "a", "a", 1, 1)]
    [TestCase("a", "a", -1, "|", "|", 2, 2)]
    [TestCase("a", "a", 0, "a", "a", 1, 1)]
    [TestCase("a", "a", 1, "|", "|", 2, 2)]
    [TestCase("a", "a", 2, "|", "|", 2, 2)]
    [TestCase("a", "aa", -1, "a", "a", 1, 1)]
    [TestCase("a", "\U0001F600", -1, "a", "a", 1, 1)]
    [TestCase("a", "::", -1, "a", "a", 1, 1)]
    [TestCase("a", "bc", -1, "a", "a", 1, 1)]
    [TestCase("a", "x", -1, "a", "a", 1, 1)]
    [TestCase("a,b,,c", ",", -1, "a|b||c", "a|b||c", 4, 4)]
    [TestCase("a,b,,c", ",", 0, "a,b,,c", "a,b,,c", 1, 1)]
    [TestCase("a,b,,c", ",", 1, "a|b,,c", "a,b,|c", 2, 2)]
    [TestCase("a,b,,c", ",", 2, "a|b|,c", "a,b||c", 3, 3)]
    [TestCase("a,b,,c", "a", -1, "|,b,,c", "|,b,,c", 2, 2)]
    [TestCase("a,b,,c", "a", 0, "a,b,,c", "a,b,,c", 1, 1)]
    [TestCase("a,b,,c", "a", 1, "|,b,,c", "|,b,,c", 2, 2)]
    [TestCase("a,b,,c", "a", 2, "|,b,,c", "|,b,,c", 2, 2)]
    [TestCase("a,b,,c", "aa", -1, "a,b,,c", "a,b,,c", 1, 1)]
    [TestCase("a,b,,c", "\U0001F600", -1, "a,b,,c", "a,b,,c", 1, 1)]
    [TestCase("a,b,,c", "::", -1, "a,b,,c", "a,b,,c", 1, 1)]
    [TestCase("a,b,,c", "bc", -1, "a,b,,c", "a,b,,c", 1, 1)]
    [TestCase("a,b,,c", "x", -1, "a,b,,c", "a,b,,c", 1, 1)]
    [TestCase(",a,", ",", -1, "|a|", "|a|", 3, 3)]
    [TestCase(",a,", ",", 0, ",a,", ",a,", 1, 1)]
    [TestCase(",a,", ",", 1, "|a,", ",a|", 2, 2)]
    [TestCase(",a,", ",", 2, "|a|", "|a|", 3, 3)]
    [TestCase(",a,", "a", -1, ",|,", ",|,", 2, 2)]
    [TestCase(",a,", "a", 0, ",a,", ",a,", 1, 1)]
    [TestCase(",a,", "a", 1, ",|,", ",|,", 2, 2)]
    [TestCase(",a,", "a", 2, ",|,", ",|,", 2, 2)]
    [TestCase(",a,", "aa", -1, ",a,", ",a,", 1, 1)]
    [TestCase(",a,", "\U0001F600", -1, ",a,", ",a,", 1, 1)]
    [TestCase(",a,", "::", -1, ",a,", ",a,", 1, 1)]
    [TestCase(",a,", "bc", -1, ",a,", ",a,", 1, 1)]
    [TestCase(",a,", "x", -1, ",a,", ",a,", 1, 1)]
    [TestCase(",,", ",", -1, "||", "||", 3, 3)]
    [TestCase(",,", ",", 0, ",,", ",,", 1, 1)]
    [TestCase(",,", ",", 1, "|,", ",|", 2, 2)]
    [TestCase(",,", ",", 2, "||", "||", 3, 3)]
    [TestCase(",,", "a", -1, ",,", ",,", 1, 1)]
    [TestCase(",,", "aa", -1, ",,", ",,", 1, 1)]
    [TestCase(",,", "\U0001F600", -1, ",,", ",,", 1, 1)]
    [TestCase(",,", "::", -1, ",,", ",,", 1, 1)]
    [TestCase(",,", "bc", -1, ",,", ",,", 1, 1)]
    [TestCase(",,", "x", -1, ",,", ",,", 1, 1)]
    [TestCase("aaa", ",", -1, "aaa", "aaa", 1, 1)]
    [TestCase("aaa", "a", -1, "|||", "|||", 4, 4)]
    [TestCase("aaa", "a", 0, "aaa", "aaa", 1, 1)]
    [TestCase("aaa", "a", 1, "|aa", "aa|", 2, 2)]
    [TestCase("aaa", "a", 2, "||a", "a||", 3, 3)]
    [TestCase("aaa", "aa", -1, "|a", "a|", 2, 2)]
    [TestCase("aaa", "aa", 0, "aaa", "aaa", 1, 1)]
    [TestCase("aaa", "aa", 1, "|a", "a|", 2, 2)]
    [TestCase("aaa", "aa", 2, "|a", "a|", 2, 2)]
    [TestCase("aaa", "\U0001F600", -1, "aaa", "aaa", 1, 1)]
    [TestCase("aaa", "::", -1, "aaa", "aaa", 1, 1)]
    [TestCase("aaa", "bc", -1, "aaa", "aaa", 1, 1)]
    [TestCase("aaa", "x", -1, "aaa", "aaa", 1, 1)]
    [TestCase("aaaa", ",", -1, "aaaa", "aaaa", 1, 1)]
    [TestCase("aaaa", "a", -1, "||||", "||||", 5, 5)]
    [TestCase("aaaa", "a", 0, "aaaa", "aaaa", 1, 1)]
    [TestCase("aaaa", "a", 1, "|aaa", "aaa|", 2, 2)]
    [TestCase("aaaa", "a", 2, "||aa", "aa||", 3, 3)]
    [TestCase("aaaa", "aa", -1, "||", "||", 3, 3)]
    [TestCase("aaaa", "aa", 0, "aaaa", "aaaa", 1, 1)]
    [TestCase("aaaa", "aa", 1, "|aa", "aa|", 2, 2)]
    [TestCase("aaaa", "aa", 2, "||", "||", 3, 3)]
    [TestCase("aaaa", "\U0001F600", -1, "aaaa", "aaaa", 1, 1)]
    [TestCase("aaaa", "::", -1, "aaaa", "aaaa", 1, 1)]
    [TestCase("aaaa", "bc", -1, "aaaa", "aaaa", 1, 1)]
    [TestCase("aaaa", "x", -1, "aaaa", "aaaa", 1, 1)]
    [TestCase("a\U0001F600b\U0001F600c", ",", -1, "a\U0001F600b\U0001F600c", "a\U0001F600b\U0001F600c", 1, 1)]
    [TestCase("a\U0001F600b\U0001F600c", "a", -1, "|\U0001F600b\U0001F600c", "|\U0001F600b\U0001F600c", 2, 2)]
    [TestCase("a\U0001F600b\U0001F600c", "a", 0, "a\U0001F600b\U0001F600c", "a\U0001F600b\U0001F600c", 1, 1)]
    [TestCase("a\U0001F600b\U0001F600c", "a", 1, "|\U0001F600b\U0001F600c", "|\U0001F600b\U0001F600c", 2, 2)]
    [TestCase("a\U0001F600b\U0001F600c", "a", 2, "|\U0001F600b\U0001F600c", "|\U0001F600b\U0001F600c", 2, 2)]
    [TestCase("a\U0001F600b\U0001F600c", "aa", -1, "a\U0001F600b\U0001F600c", "a\U0001F600b\U0001F600c", 1, 1)]
    [TestCase("a\U0001F600b\U0001F600c", "\U0001F600", -1, "a|b|c", "a|b|c", 3, 3)]
    [TestCase("a\U0001F600b\U0001F600c", "\U0001F600", 0, "a\U0001F600b\U0001F600c", "a\U0001F600b\U0001F600c", 1, 1)]
    [TestCase("a\U0001F600b\U0001F600c", "\U0001F600", 1, "a|b\U0001F600c", "a\U0001F600b|c", 2, 2)]
    [TestCase("a\U0001F600b\U0001F600c", "\U0001F600", 2, "a|b|c", "a|b|c", 3, 3)]
    [TestCase("a\U0001F600b\U0001F600c", "::", -1, "a\U0001F600b\U0001F600c", "a\U0001F600b\U0001F600c", 1, 1)]
    [TestCase("a\U0001F600b\U0001F600c", "bc", -1, "a\U0001F600b\U0001F600c", "a\U0001F600b\U0001F600c", 1, 1)]
    [TestCase("a\U0001F600b\U0001F600c", "x", -1, "a\U0001F600b\U0001F600c", "a\U0001F600b\U0001F600c", 1, 1)]
    [TestCase("abcabc", ",", -1, "abcabc", "abcabc", 1, 1)]
    [TestCase("abcabc", "a", -1, "|bc|bc", "|bc|bc", 3, 3)]
    [TestCase("abcabc", "a", 0, "abcabc", "abcabc", 1, 1)]
    [TestCase("abcabc", "a", 1, "|bcabc", "abc|bc", 2, 2)]
    [TestCase("abcabc", "a", 2, "|bc|bc", "|bc|bc", 3, 3)]
    [TestCase("abcabc", "aa", -1, "abcabc", "abcabc", 1, 1)]
    [TestCase("abcabc", "\U0001F600", -1, "abcabc", "abcabc", 1, 1)]
    [TestCase("abcabc", "::", -1, "abcabc", "abcabc", 1, 1)]
    [TestCase("abcabc", "bc", -1, "a|a|", "a|a|", 3, 3)]
    [TestCase("abcabc", "bc", 0, "abcabc", "abcabc", 1, 1)]
    [TestCase("abcabc", "bc", 1, "a|abc", "abca|", 2, 2)]
    [TestCase("abcabc", "bc", 2, "a|a|", "a|a|", 3, 3)]
    [TestCase("abcabc", "x", -1, "abcabc", "abcabc", 1, 1)]
    [TestCase("a::b::c", ",", -1, "a::b::c", "a::b::c", 1, 1)]
    [TestCase("a::b::c", "a", -1, "|::b::c", "|::b::c", 2, 2)]
    [TestCase("a::b::c", "a", 0, "a::b::c", "a::b::c", 1, 1)]
    [TestCase("a::b::c", "a", 1, "|::b::c", "|::b::c", 2, 2)]
    [TestCase("a::b::c", "a", 2, "|::b::c", "|::b::c", 2, 2)]
    [TestCase("a::b::c", "aa", -1, "a::b::c", "a::b::c", 1, 1)]
    [TestCase("a::b::c", "\U0001F600", -1, "a::b::c", "a::b::c", 1, 1)]
    [TestCase("a::b::c", "::", -1, "a|b|c", "a|b|c", 3, 3)]
    [TestCase("a::b::c", "::", 0, "a::b::c", "a::b::c", 1, 1)]
    [TestCase("a::b::c", "::", 1, "a|b::c", "a::b|c", 2, 2)]
    [TestCase("a::b::c", "::", 2, "a|b|c", "a|b|c", 3, 3)]
    [TestCase("a::b::c", "bc", -1, "a::b::c", "a::b::c", 1, 1)]
    [TestCase("a::b::c", "x", -1, "a::b::c", "a::b::c", 1, 1)]
    public void SeparatorSplitKeepsEmptyItemsAndCountsFromItsEnd(string s, string sep, int maxsplit, string split,
        string rsplit, int splitCount, int rsplitCount)
    {
        List<string> left = StringLib.Split(s, sep, maxsplit);
        List<string> right = StringLib.RSplit(s, sep, maxsplit);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(string.Join('|', left), Is.EqualTo(split), "split");
            Assert.That(left, Has.Count.EqualTo(splitCount), "split count");
            Assert.That(string.Join('|', right), Is.EqualTo(rsplit), "rsplit");
            Assert.That(right, Has.Count.EqualTo(rsplitCount), "rsplit count");
        }
    }

    [Test]
    public void EmptySeparatorIsRejected()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => StringLib.Split("abc", ""), Throws.ArgumentException);
            Assert.That(() => StringLib.RSplit("abc", ""), Throws.ArgumentException);
            Assert.That(() => StringLib.Partition("abc", ""), Throws.ArgumentException);
        }
    }

    // Built in code (lone surrogates): CPython 3.14 gives ['a😀b'] for 'a😀b'.split('\ude00').
    [Test]
    public void SeparatorNeverSplitsASurrogatePair()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(string.Join('|', StringLib.Split("a\U0001F600b", "\uDE00")), Is.EqualTo("a\U0001F600b"));
            Assert.That(string.Join('|', StringLib.RSplit("a\U0001F600b", "\uD83D")), Is.EqualTo("a\U0001F600b"));
            Assert.That(string.Join('|', StringLib.Split("a\uD800b", "\uD800")), Is.EqualTo("a|b"));
        }
    }

    [TestCase("", "", 0, "", 0)]
    [TestCase("a", "a", 1, "a", 1)]
    [TestCase("a\u000A", "a", 1, "a\u000A", 1)]
    [TestCase("\u000A", "", 1, "\u000A", 1)]
    [TestCase("a\u000Ab", "a|b", 2, "a\u000A|b", 2)]
    [TestCase("a\u000D\u000Ab", "a|b", 2, "a\u000D\u000A|b", 2)]
    [TestCase("a\u000Db", "a|b", 2, "a\u000D|b", 2)]
    [TestCase("a\u000D\u000Db", "a||b", 3, "a\u000D|\u000D|b", 3)]
    [TestCase("a\u000A\u000Db", "a||b", 3, "a\u000A|\u000D|b", 3)]
    [TestCase("a\u000Bb\u000Cc\u001Cd\u001De\u001Ef\u0085g\u2028h\u2029i", "a|b|c|d|e|f|g|h|i", 9, "a\u000B|b\u000C|c\u001C|d\u001D|e\u001E|f\u0085|g\u2028|h\u2029|i", 9)]
    [TestCase("a\u001Fb", "a\u001Fb", 1, "a\u001Fb", 1)]
    [TestCase("\u000D\u000A", "", 1, "\u000D\u000A", 1)]
    [TestCase("\u000D\u000A\u000D\u000A", "|", 2, "\u000D\u000A|\u000D\u000A", 2)]
    [TestCase("x\u000D", "x", 1, "x\u000D", 1)]
    [TestCase("a\u0085", "a", 1, "a\u0085", 1)]
    [TestCase("\U0001F600\u000A\U0001F600", "\U0001F600|\U0001F600", 2, "\U0001F600\u000A|\U0001F600", 2)]
    public void SplitLinesTreatsCrLfAsOneBoundary(string s, string lines, int count, string withEnds, int countWithEnds)
    {
        List<string> plain = StringLib.SplitLines(s);
        List<string> kept = StringLib.SplitLines(s, keepends: true);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(string.Join('|', plain), Is.EqualTo(lines), "splitlines()");
            Assert.That(plain, Has.Count.EqualTo(count), "splitlines() count");
            Assert.That(string.Join('|', kept), Is.EqualTo(withEnds), "splitlines(True)");
            Assert.That(kept, Has.Count.EqualTo(countWithEnds), "splitlines(True) count");
        }
    }

    [TestCase("a,b,c", ",", "a|,|b,c", "a,b|,|c")]
    [TestCase("abc", ",", "abc||", "||abc")]
    [TestCase("", ",", "||", "||")]
    [TestCase("a::b::c", "::", "a|::|b::c", "a::b|::|c")]
    [TestCase("\U0001F600a\U0001F600", "\U0001F600", "|\U0001F600|a\U0001F600", "\U0001F600a|\U0001F600|")]
    [TestCase(",", ",", "|,|", "|,|")]
    public void PartitionSplitsAroundTheFirstOrLastMatch(string s, string sep, string partition, string rpartition)
    {
        (string head, string found, string tail) = StringLib.Partition(s, sep);
        (string rhead, string rfound, string rtail) = StringLib.RPartition(s, sep);
        using (Assert.EnterMultipleScope())
        {
            Assert.That($"{head}|{found}|{tail}", Is.EqualTo(partition), "partition");
            Assert.That($"{rhead}|{rfound}|{rtail}", Is.EqualTo(rpartition), "rpartition");
        }
    }

    [TestCase("abc", "", "-", -1, "-a-b-c-")]
    [TestCase("abc", "", "-", 2, "-a-bc")]
    [TestCase("abc", "", "-", 0, "abc")]
    [TestCase("", "", "x", -1, "x")]
    [TestCase("", "", "x", 0, "")]
    [TestCase("a\U0001F600b", "", "-", -1, "-a-\U0001F600-b-")]
    [TestCase("aaaa", "aa", "b", -1, "bb")]
    [TestCase("aaaa", "a", "bb", 2, "bbbbaa")]
    [TestCase("abc", "x", "y", -1, "abc")]
    [TestCase("a\U0001F600b\U0001F600", "\U0001F600", "X", -1, "aXbX")]
    [TestCase("hello", "l", "", -1, "heo")]
    [TestCase("abab", "ab", "ba", 1, "baab")]
    public void ReplaceWithEmptyOldInsertsAtEveryCodePointBoundary(string s, string old, string replacement,
        int count, string expected) =>
        Assert.That(StringLib.Replace(s, old, replacement, count), Is.EqualTo(expected));
}
