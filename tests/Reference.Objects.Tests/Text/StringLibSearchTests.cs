using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Text;

// str.find/rfind/count/startswith/endswith with start and end in code points. Expected values
// printed by CPython 3.14; int.MaxValue stands for an omitted end.
[TestFixture]
public sealed class StringLibSearchTests
{
    [TestCase("", "", 1, 3, -1, -1, 0, false, false)]
    [TestCase("", "", 3, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("", "", 4, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("", "a", 1, 3, -1, -1, 0, false, false)]
    [TestCase("", "a", 2, 1, -1, -1, 0, false, false)]
    [TestCase("", "a", 3, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("", "a", 5, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("", "aa", 0, 100, -1, -1, 0, false, false)]
    [TestCase("", "aa", 0, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("", "aa", 1, 3, -1, -1, 0, false, false)]
    [TestCase("", "aa", 3, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("", "aa", 5, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("", "ab", 0, -1, -1, -1, 0, false, false)]
    [TestCase("", "ab", 0, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("", "abc", -10, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("", "abc", 0, 100, -1, -1, 0, false, false)]
    [TestCase("", "abc", 1, 3, -1, -1, 0, false, false)]
    [TestCase("", "b", 0, -1, -1, -1, 0, false, false)]
    [TestCase("", "b", 0, 100, -1, -1, 0, false, false)]
    [TestCase("", "bc", -100, -2, -1, -1, 0, false, false)]
    [TestCase("", "bc", 0, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("", "bc", 2, 1, -1, -1, 0, false, false)]
    [TestCase("", "bc", 3, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("", "c", -1, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("", "c", 2, 1, -1, -1, 0, false, false)]
    [TestCase("", "c", 3, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("", "c", 4, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("", "cab", 2, 1, -1, -1, 0, false, false)]
    [TestCase("", "cab", 4, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("", "x", -100, -2, -1, -1, 0, false, false)]
    [TestCase("", "x", -1, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("", "x", 0, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("", "x", 1, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("", "x", 2, 1, -1, -1, 0, false, false)]
    [TestCase("", "x", 3, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("", "x", 5, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("", "\U0001F600", 0, 100, -1, -1, 0, false, false)]
    [TestCase("", "\U0001F600b", 0, -1, -1, -1, 0, false, false)]
    [TestCase("aaaa", "", -100, -2, 0, 2, 3, true, true)]
    [TestCase("aaaa", "", 4, int.MaxValue, 4, 4, 1, true, true)]
    [TestCase("aaaa", "aa", -1, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("aaaa", "aa", 1, int.MaxValue, 1, 2, 1, true, true)]
    [TestCase("aaaa", "aa", 5, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("aaaa", "ab", 0, 100, -1, -1, 0, false, false)]
    [TestCase("aaaa", "ab", 1, 3, -1, -1, 0, false, false)]
    [TestCase("aaaa", "ab", 1, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("aaaa", "ab", 5, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("aaaa", "abc", -10, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("aaaa", "abc", 1, 3, -1, -1, 0, false, false)]
    [TestCase("aaaa", "b", 3, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("aaaa", "b", 5, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("aaaa", "bc", -100, -2, -1, -1, 0, false, false)]
    [TestCase("aaaa", "c", 0, -1, -1, -1, 0, false, false)]
    [TestCase("aaaa", "c", 1, 3, -1, -1, 0, false, false)]
    [TestCase("aaaa", "cab", 5, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("aaaa", "x", -10, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("aaaa", "x", 0, 100, -1, -1, 0, false, false)]
    [TestCase("aaaa", "\U0001F600", -100, -2, -1, -1, 0, false, false)]
    [TestCase("aaaa", "\U0001F600", -10, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("aaaa", "\U0001F600b", 0, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("aaaa", "\U0001F600b", 3, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abc", "", 1, int.MaxValue, 1, 3, 3, true, true)]
    [TestCase("abc", "", 2, 1, -1, -1, 0, false, false)]
    [TestCase("abc", "", 3, int.MaxValue, 3, 3, 1, true, true)]
    [TestCase("abc", "", 5, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abc", "a", -10, int.MaxValue, 0, 0, 1, true, false)]
    [TestCase("abc", "a", 0, -1, 0, 0, 1, true, false)]
    [TestCase("abc", "a", 4, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abc", "a", 5, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abc", "aa", 5, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abc", "ab", 0, 100, 0, 0, 1, true, false)]
    [TestCase("abc", "abc", -10, int.MaxValue, 0, 0, 1, true, true)]
    [TestCase("abc", "abc", 1, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abc", "abc", 2, 1, -1, -1, 0, false, false)]
    [TestCase("abc", "abc", 4, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abc", "b", -100, -2, -1, -1, 0, false, false)]
    [TestCase("abc", "b", 0, 100, 1, 1, 1, false, false)]
    [TestCase("abc", "b", 0, int.MaxValue, 1, 1, 1, false, false)]
    [TestCase("abc", "b", 1, int.MaxValue, 1, 1, 1, true, false)]
    [TestCase("abc", "b", 3, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abc", "c", -10, int.MaxValue, 2, 2, 1, false, true)]
    [TestCase("abc", "c", 0, int.MaxValue, 2, 2, 1, false, true)]
    [TestCase("abc", "c", 3, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abc", "cab", 0, -1, -1, -1, 0, false, false)]
    [TestCase("abc", "cab", 0, 100, -1, -1, 0, false, false)]
    [TestCase("abc", "x", -100, -2, -1, -1, 0, false, false)]
    [TestCase("abc", "x", -1, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abc", "x", 2, 1, -1, -1, 0, false, false)]
    [TestCase("abc", "\U0001F600", 0, 100, -1, -1, 0, false, false)]
    [TestCase("abc", "\U0001F600", 2, 1, -1, -1, 0, false, false)]
    [TestCase("abc", "\U0001F600", 3, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abc", "\U0001F600b", 0, 100, -1, -1, 0, false, false)]
    [TestCase("abc", "\U0001F600b", 3, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abcabc", "", 0, int.MaxValue, 0, 6, 7, true, true)]
    [TestCase("abcabc", "", 3, int.MaxValue, 3, 6, 4, true, true)]
    [TestCase("abcabc", "a", 0, 100, 0, 3, 2, true, false)]
    [TestCase("abcabc", "aa", -10, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abcabc", "aa", 1, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abcabc", "ab", -100, -2, 0, 0, 1, true, false)]
    [TestCase("abcabc", "ab", -10, int.MaxValue, 0, 3, 2, true, false)]
    [TestCase("abcabc", "ab", -1, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abcabc", "ab", 2, 1, -1, -1, 0, false, false)]
    [TestCase("abcabc", "abc", -10, int.MaxValue, 0, 3, 2, true, true)]
    [TestCase("abcabc", "abc", 1, 3, -1, -1, 0, false, false)]
    [TestCase("abcabc", "abc", 2, 1, -1, -1, 0, false, false)]
    [TestCase("abcabc", "abc", 5, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abcabc", "b", -1, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abcabc", "b", 0, 100, 1, 4, 2, false, false)]
    [TestCase("abcabc", "b", 0, int.MaxValue, 1, 4, 2, false, false)]
    [TestCase("abcabc", "bc", 0, int.MaxValue, 1, 4, 2, false, true)]
    [TestCase("abcabc", "bc", 1, int.MaxValue, 1, 4, 2, true, true)]
    [TestCase("abcabc", "bc", 4, int.MaxValue, 4, 4, 1, true, true)]
    [TestCase("abcabc", "c", 0, int.MaxValue, 2, 5, 2, false, true)]
    [TestCase("abcabc", "c", 2, 1, -1, -1, 0, false, false)]
    [TestCase("abcabc", "cab", 0, -1, 2, 2, 1, false, true)]
    [TestCase("abcabc", "cab", 0, int.MaxValue, 2, 2, 1, false, false)]
    [TestCase("abcabc", "cab", 5, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abcabc", "x", 0, 100, -1, -1, 0, false, false)]
    [TestCase("abcabc", "x", 0, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abcabc", "x", 1, 3, -1, -1, 0, false, false)]
    [TestCase("abcabc", "\U0001F600", -10, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abcabc", "\U0001F600", 1, 3, -1, -1, 0, false, false)]
    [TestCase("abcabc", "\U0001F600", 2, 1, -1, -1, 0, false, false)]
    [TestCase("abcabc", "\U0001F600", 4, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abcabc", "\U0001F600", 5, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abcabc", "\U0001F600b", -100, -2, -1, -1, 0, false, false)]
    [TestCase("abcabc", "\U0001F600b", 0, -1, -1, -1, 0, false, false)]
    [TestCase("abcabc", "\U0001F600b", 0, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abcabc", "\U0001F600b", 1, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("abcabc", "\U0001F600b", 4, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("a\U0001F600b\U0001F600c", "", 0, -1, 0, 4, 5, true, true)]
    [TestCase("a\U0001F600b\U0001F600c", "", 0, int.MaxValue, 0, 5, 6, true, true)]
    [TestCase("a\U0001F600b\U0001F600c", "", 1, 3, 1, 3, 3, true, true)]
    [TestCase("a\U0001F600b\U0001F600c", "", 1, int.MaxValue, 1, 5, 5, true, true)]
    [TestCase("a\U0001F600b\U0001F600c", "", 3, int.MaxValue, 3, 5, 3, true, true)]
    [TestCase("a\U0001F600b\U0001F600c", "a", -100, -2, 0, 0, 1, true, false)]
    [TestCase("a\U0001F600b\U0001F600c", "a", -1, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("a\U0001F600b\U0001F600c", "a", 0, int.MaxValue, 0, 0, 1, true, false)]
    [TestCase("a\U0001F600b\U0001F600c", "a", 1, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("a\U0001F600b\U0001F600c", "a", 5, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("a\U0001F600b\U0001F600c", "aa", -100, -2, -1, -1, 0, false, false)]
    [TestCase("a\U0001F600b\U0001F600c", "aa", -1, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("a\U0001F600b\U0001F600c", "aa", 0, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("a\U0001F600b\U0001F600c", "ab", -1, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("a\U0001F600b\U0001F600c", "ab", 1, 3, -1, -1, 0, false, false)]
    [TestCase("a\U0001F600b\U0001F600c", "ab", 2, 1, -1, -1, 0, false, false)]
    [TestCase("a\U0001F600b\U0001F600c", "abc", -10, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("a\U0001F600b\U0001F600c", "b", -10, int.MaxValue, 2, 2, 1, false, false)]
    [TestCase("a\U0001F600b\U0001F600c", "b", 1, 3, 2, 2, 1, false, true)]
    [TestCase("a\U0001F600b\U0001F600c", "b", 4, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("a\U0001F600b\U0001F600c", "bc", -10, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("a\U0001F600b\U0001F600c", "bc", 0, -1, -1, -1, 0, false, false)]
    [TestCase("a\U0001F600b\U0001F600c", "c", -100, -2, -1, -1, 0, false, false)]
    [TestCase("a\U0001F600b\U0001F600c", "c", -10, int.MaxValue, 4, 4, 1, false, true)]
    [TestCase("a\U0001F600b\U0001F600c", "c", 0, 100, 4, 4, 1, false, true)]
    [TestCase("a\U0001F600b\U0001F600c", "c", 5, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("a\U0001F600b\U0001F600c", "x", -10, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("a\U0001F600b\U0001F600c", "x", 0, 100, -1, -1, 0, false, false)]
    [TestCase("a\U0001F600b\U0001F600c", "\U0001F600", -1, int.MaxValue, -1, -1, 0, false, false)]
    [TestCase("a\U0001F600b\U0001F600c", "\U0001F600b", 3, int.MaxValue, -1, -1, 0, false, false)]
    public void SearchesUseCodePointIndexesAndSliceSemantics(string s, string sub, int start, int end,
        int find, int rfind, int count, bool startswith, bool endswith)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(StringLib.Find(s, sub, start, end), Is.EqualTo(find), "find");
            Assert.That(StringLib.RFind(s, sub, start, end), Is.EqualTo(rfind), "rfind");
            Assert.That(StringLib.Count(s, sub, start, end), Is.EqualTo(count), "count");
            Assert.That(StringLib.StartsWith(s, sub, start, end), Is.EqualTo(startswith), "startswith");
            Assert.That(StringLib.EndsWith(s, sub, start, end), Is.EqualTo(endswith), "endswith");
        }
    }

    // Built in code: attribute strings cannot hold lone surrogates. In CPython 3.14
    // 'a😀b😀c'.find('\ude00') and .find('\ud83d') are -1 and their counts 0.
    [Test]
    public void HalfOfASurrogatePairIsNotASubstring()
    {
        const string s = "a\U0001F600b\U0001F600c";
        using (Assert.EnterMultipleScope())
        {
            Assert.That(StringLib.Find(s, "\uDE00"), Is.EqualTo(-1));
            Assert.That(StringLib.RFind(s, "\uD83D"), Is.EqualTo(-1));
            Assert.That(StringLib.Count(s, "\uDE00"), Is.Zero);
            Assert.That(StringLib.StartsWith(s, "a\uD83D"), Is.False);
            Assert.That(StringLib.EndsWith(s, "\uDE00c"), Is.False);
        }
    }

    [Test]
    public void LoneSurrogatesAreFoundWhereTheyStandAlone()
    {
        const string s = "a\uD800b\U0001F600\uDC00";
        using (Assert.EnterMultipleScope())
        {
            Assert.That(StringLib.Find(s, "\uD800"), Is.EqualTo(1));
            Assert.That(StringLib.Find(s, "\uDC00"), Is.EqualTo(4));
            Assert.That(StringLib.Count(s, ""), Is.EqualTo(6));
        }
    }
}
