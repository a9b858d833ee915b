using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Text;

// The representation contract: an astral code point is a surrogate pair and one Python character;
// a lone surrogate is itself. Lengths printed by CPython 3.14 as len(s).
[TestFixture]
public sealed class CodePointIndexTests
{
    [TestCase("", 0)]
    [TestCase("abc", 3)]
    [TestCase("\U0001F600", 1)]
    [TestCase("a\U0001F600b\U0001F600c", 5)]
    [TestCase("\U0010FFFF\u0000", 2)]
    [TestCase("\u00E9\u0301", 2)]
    public void LengthCountsCodePoints(string s, int length) =>
        Assert.That(StringLib.CodePointLength(s), Is.EqualTo(length));

    [TestCase("abc", 0, 0)]
    [TestCase("abc", 3, 3)]
    [TestCase("a\U0001F600b", 1, 1)]
    [TestCase("a\U0001F600b", 2, 3)]
    [TestCase("a\U0001F600b", 3, 4)]
    [TestCase("\U0001F600\U0001F600", 1, 2)]
    [TestCase("\U0001F600\U0001F600", 2, 4)]
    public void CodePointAndCharIndexesConvertBothWays(string s, int cpIndex, int charIndex)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(StringLib.CodePointIndexToCharIndex(s, cpIndex), Is.EqualTo(charIndex));
            Assert.That(StringLib.CharIndexToCodePointIndex(s, charIndex), Is.EqualTo(cpIndex));
        }
    }

    [Test]
    public void LoneSurrogatesCountAsOneCodePointEach()
    {
        const string s = "\uDC00\uD800a\uD800";
        using (Assert.EnterMultipleScope())
        {
            Assert.That(StringLib.CodePointLength(s), Is.EqualTo(4));
            Assert.That(StringLib.CodePointIndexToCharIndex(s, 3), Is.EqualTo(3));
            Assert.That(StringLib.CodePointAt(s, 1, out int next), Is.EqualTo(0xD800));
            Assert.That(next, Is.EqualTo(2));
            Assert.That(StringLib.CodePointBefore(s, 1, out int start), Is.EqualTo(0xDC00));
            Assert.That(start, Is.Zero);
        }
    }

    [TestCase(0, int.MaxValue, 5, 0, 5)]
    [TestCase(-2, -1, 5, 3, 4)]
    [TestCase(-10, -10, 5, 0, 0)]
    [TestCase(7, 9, 5, 7, 5)]
    [TestCase(3, 1, 5, 3, 1)]
    public void AdjustIndicesCountsNegativesFromTheEndAndClamps(int start, int end, int length, int adjustedStart,
        int adjustedEnd)
    {
        StringLib.AdjustIndices(ref start, ref end, length);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(start, Is.EqualTo(adjustedStart));
            Assert.That(end, Is.EqualTo(adjustedEnd));
        }
    }

    // Expected: the sign of (a > b) - (a < b) in CPython 3.14.
    [TestCase("", "a", -1)]
    [TestCase("", "ab", -1)]
    [TestCase("", "b", -1)]
    [TestCase("", "\uFFFF", -1)]
    [TestCase("", "\U0001F600", -1)]
    [TestCase("", "\uE000", -1)]
    [TestCase("", "b\U00010000", -1)]
    [TestCase("", "b\uFFFF", -1)]
    [TestCase("", "\U00010000\U00010000", -1)]
    [TestCase("", "\U00010000\uFFFF", -1)]
    [TestCase("", "\u00E9", -1)]
    [TestCase("", "z\u0301", -1)]
    [TestCase("a", "ab", -1)]
    [TestCase("a", "b", -1)]
    [TestCase("a", "\uFFFF", -1)]
    [TestCase("a", "\U0001F600", -1)]
    [TestCase("a", "\uE000", -1)]
    [TestCase("a", "b\U00010000", -1)]
    [TestCase("a", "b\uFFFF", -1)]
    [TestCase("a", "\U00010000\U00010000", -1)]
    [TestCase("a", "\U00010000\uFFFF", -1)]
    [TestCase("a", "\u00E9", -1)]
    [TestCase("a", "z\u0301", -1)]
    [TestCase("ab", "b", -1)]
    [TestCase("ab", "\uFFFF", -1)]
    [TestCase("ab", "\U0001F600", -1)]
    [TestCase("ab", "\uE000", -1)]
    [TestCase("ab", "b\U00010000", -1)]
    [TestCase("ab", "b\uFFFF", -1)]
    [TestCase("ab", "\U00010000\U00010000", -1)]
    [TestCase("ab", "\U00010000\uFFFF", -1)]
    [TestCase("ab", "\u00E9", -1)]
    [TestCase("ab", "z\u0301", -1)]
    [TestCase("b", "\uFFFF", -1)]
    [TestCase("b", "\U0001F600", -1)]
    [TestCase("b", "\uE000", -1)]
    [TestCase("b", "b\U00010000", -1)]
    [TestCase("b", "b\uFFFF", -1)]
    [TestCase("b", "\U00010000\U00010000", -1)]
    [TestCase("b", "\U00010000\uFFFF", -1)]
    [TestCase("b", "\u00E9", -1)]
    [TestCase("b", "z\u0301", -1)]
    [TestCase("\uFFFF", "\U0001F600", -1)]
    [TestCase("\uFFFF", "\uE000", 1)]
    [TestCase("\uFFFF", "b\U00010000", 1)]
    [TestCase("\uFFFF", "b\uFFFF", 1)]
    [TestCase("\uFFFF", "\U00010000\U00010000", -1)]
    [TestCase("\uFFFF", "\U00010000\uFFFF", -1)]
    [TestCase("\uFFFF", "\u00E9", 1)]
    [TestCase("\uFFFF", "z\u0301", 1)]
    [TestCase("\U0001F600", "\uE000", 1)]
    [TestCase("\U0001F600", "b\U00010000", 1)]
    [TestCase("\U0001F600", "b\uFFFF", 1)]
    [TestCase("\U0001F600", "\U00010000\U00010000", 1)]
    [TestCase("\U0001F600", "\U00010000\uFFFF", 1)]
    [TestCase("\U0001F600", "\u00E9", 1)]
    [TestCase("\U0001F600", "z\u0301", 1)]
    [TestCase("\uE000", "b\U00010000", 1)]
    [TestCase("\uE000", "b\uFFFF", 1)]
    [TestCase("\uE000", "\U00010000\U00010000", -1)]
    [TestCase("\uE000", "\U00010000\uFFFF", -1)]
    [TestCase("\uE000", "\u00E9", 1)]
    [TestCase("\uE000", "z\u0301", 1)]
    [TestCase("b\U00010000", "b\uFFFF", 1)]
    [TestCase("b\U00010000", "\U00010000\U00010000", -1)]
    [TestCase("b\U00010000", "\U00010000\uFFFF", -1)]
    [TestCase("b\U00010000", "\u00E9", -1)]
    [TestCase("b\U00010000", "z\u0301", -1)]
    [TestCase("b\uFFFF", "\U00010000\U00010000", -1)]
    [TestCase("b\uFFFF", "\U00010000\uFFFF", -1)]
    [TestCase("b\uFFFF", "\u00E9", -1)]
    [TestCase("b\uFFFF", "z\u0301", -1)]
    [TestCase("\U00010000\U00010000", "\U00010000\uFFFF", 1)]
    [TestCase("\U00010000\U00010000", "\u00E9", 1)]
    [TestCase("\U00010000\U00010000", "z\u0301", 1)]
    [TestCase("\U00010000\uFFFF", "\u00E9", 1)]
    [TestCase("\U00010000\uFFFF", "z\u0301", 1)]
    [TestCase("\u00E9", "z\u0301", 1)]
    public void StringsOrderByCodePointNotByUtf16Unit(string a, string b, int expectedSign)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Math.Sign(StringLib.CompareCodePoints(a, b)), Is.EqualTo(expectedSign));
            Assert.That(Math.Sign(StringLib.CompareCodePoints(b, a)), Is.EqualTo(-expectedSign));
        }
    }

    // Built in code (lone surrogates). CPython 3.14: '\ud800' < '\ue000', '\ud83dx' < '😀',
    // '\ud800' < '\ud800x'.
    [Test]
    public void LoneSurrogatesOrderByTheirOwnCodePoint()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(StringLib.CompareCodePoints("\uD800", "\uE000"), Is.Negative);
            Assert.That(StringLib.CompareCodePoints("\uD83Dx", "\U0001F600"), Is.Negative);
            Assert.That(StringLib.CompareCodePoints("\uD800", "\uD800x"), Is.Negative);
        }
    }
}
