using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Text;

// str.upper/lower/casefold/title/capitalize/swapcase and islower/isupper/istitle. Every expected
// value was printed by CPython 3.14 for the same input.
[TestFixture]
public sealed class UnicodeCaseTests
{
    [TestCase("", "", "", "", "", "", "")]
    [TestCase("hello world", "HELLO WORLD", "hello world", "hello world", "Hello World", "Hello world", "HELLO WORLD")]
    [TestCase("Hello World", "HELLO WORLD", "hello world", "hello world", "Hello World", "Hello world", "hELLO wORLD")]
    [TestCase("HELLO", "HELLO", "hello", "hello", "Hello", "Hello", "hello")]
    [TestCase("they're bill's friends from the UK", "THEY'RE BILL'S FRIENDS FROM THE UK", "they're bill's friends from the uk", "they're bill's friends from the uk", "They'Re Bill'S Friends From The Uk", "They're bill's friends from the uk", "THEY'RE BILL'S FRIENDS FROM THE uk")]
    [TestCase("a1b2c3", "A1B2C3", "a1b2c3", "a1b2c3", "A1B2C3", "A1b2c3", "A1B2C3")]
    [TestCase("12abc", "12ABC", "12abc", "12abc", "12Abc", "12abc", "12ABC")]
    [TestCase("\u00DF", "SS", "\u00DF", "ss", "Ss", "Ss", "SS")]
    [TestCase("stra\u00DFe", "STRASSE", "stra\u00DFe", "strasse", "Stra\u00DFe", "Stra\u00DFe", "STRASSE")]
    [TestCase("\uFB01\uFB02", "FIFL", "\uFB01\uFB02", "fifl", "Fi\uFB02", "Fi\uFB02", "FIFL")]
    [TestCase("\u0149", "\u02BCN", "\u0149", "\u02BCn", "\u02BCN", "\u02BCN", "\u02BCN")]
    [TestCase("\u0130stanbul", "\u0130STANBUL", "i\u0307stanbul", "i\u0307stanbul", "\u0130stanbul", "\u0130stanbul", "i\u0307STANBUL")]
    [TestCase("\u0131", "I", "\u0131", "\u0131", "I", "I", "I")]
    [TestCase("\u017F", "S", "\u017F", "s", "S", "S", "S")]
    [TestCase("\u01F0", "J\u030C", "\u01F0", "j\u030C", "J\u030C", "J\u030C", "J\u030C")]
    [TestCase("\u0390", "\u0399\u0308\u0301", "\u0390", "\u03B9\u0308\u0301", "\u0399\u0308\u0301", "\u0399\u0308\u0301", "\u0399\u0308\u0301")]
    [TestCase("\uFB13", "\u0544\u0546", "\uFB13", "\u0574\u0576", "\u0544\u0576", "\u0544\u0576", "\u0544\u0546")]
    [TestCase("\u1FB3", "\u0391\u0399", "\u1FB3", "\u03B1\u03B9", "\u1FBC", "\u1FBC", "\u0391\u0399")]
    [TestCase("\u1FFC", "\u03A9\u0399", "\u1FF3", "\u03C9\u03B9", "\u1FFC", "\u1FFC", "\u1FFC")]
    [TestCase("\u1F80\u1F88", "\u1F08\u0399\u1F08\u0399", "\u1F80\u1F80", "\u1F00\u03B9\u1F00\u03B9", "\u1F88\u1F80", "\u1F88\u1F80", "\u1F08\u0399\u1F88")]
    [TestCase("\u01C6a", "\u01C4A", "\u01C6a", "\u01C6a", "\u01C5a", "\u01C5a", "\u01C4A")]
    [TestCase("\u01C5", "\u01C4", "\u01C6", "\u01C6", "\u01C5", "\u01C5", "\u01C5")]
    [TestCase("\u01C4\u01C5\u01C6", "\u01C4\u01C4\u01C4", "\u01C6\u01C6\u01C6", "\u01C6\u01C6\u01C6", "\u01C5\u01C6\u01C6", "\u01C5\u01C6\u01C6", "\u01C6\u01C5\u01C4")]
    [TestCase("\u03A3\u0391\u03A3", "\u03A3\u0391\u03A3", "\u03C3\u03B1\u03C2", "\u03C3\u03B1\u03C3", "\u03A3\u03B1\u03C2", "\u03A3\u03B1\u03C2", "\u03C3\u03B1\u03C2")]
    [TestCase("\u0391\u03A3 \u03A3\u0391", "\u0391\u03A3 \u03A3\u0391", "\u03B1\u03C2 \u03C3\u03B1", "\u03B1\u03C3 \u03C3\u03B1", "\u0391\u03C2 \u03A3\u03B1", "\u0391\u03C2 \u03C3\u03B1", "\u03B1\u03C2 \u03C3\u03B1")]
    [TestCase("a\u03A3b", "A\u03A3B", "a\u03C3b", "a\u03C3b", "A\u03C3b", "A\u03C3b", "A\u03C3B")]
    [TestCase("A\u03A3.", "A\u03A3.", "a\u03C2.", "a\u03C3.", "A\u03C2.", "A\u03C2.", "a\u03C2.")]
    [TestCase("\u03A3\u03A3", "\u03A3\u03A3", "\u03C3\u03C2", "\u03C3\u03C3", "\u03A3\u03C2", "\u03A3\u03C2", "\u03C3\u03C2")]
    [TestCase("\u03A3", "\u03A3", "\u03C3", "\u03C3", "\u03A3", "\u03A3", "\u03C3")]
    [TestCase("A\u03A3", "A\u03A3", "a\u03C2", "a\u03C3", "A\u03C2", "A\u03C2", "a\u03C2")]
    [TestCase("A\u0345\u03A3", "A\u0399\u03A3", "a\u0345\u03C2", "a\u03B9\u03C3", "A\u0345\u03C2", "A\u0345\u03C2", "a\u0399\u03C2")]
    [TestCase("A.\u03A3.b", "A.\u03A3.B", "a.\u03C3.b", "a.\u03C3.b", "A.\u03A3.B", "A.\u03C3.b", "a.\u03C3.B")]
    [TestCase("A.\u03A3", "A.\u03A3", "a.\u03C2", "a.\u03C3", "A.\u03A3", "A.\u03C2", "a.\u03C2")]
    [TestCase("\u0391\u03A3\U0001D7CE", "\u0391\u03A3\U0001D7CE", "\u03B1\u03C2\U0001D7CE", "\u03B1\u03C3\U0001D7CE", "\u0391\u03C2\U0001D7CE", "\u0391\u03C2\U0001D7CE", "\u03B1\u03C2\U0001D7CE")]
    [TestCase("x\u03A3\U00010428", "X\u03A3\U00010400", "x\u03C3\U00010428", "x\u03C3\U00010428", "X\u03C3\U00010428", "X\u03C3\U00010428", "X\u03C3\U00010400")]
    [TestCase("A'\u03A3", "A'\u03A3", "a'\u03C2", "a'\u03C3", "A'\u03A3", "A'\u03C2", "a'\u03C2")]
    [TestCase("A\u00AD\u03A3", "A\u00AD\u03A3", "a\u00AD\u03C2", "a\u00AD\u03C3", "A\u00AD\u03A3", "A\u00AD\u03C2", "a\u00AD\u03C2")]
    [TestCase("\u1F48\u0394\u03A5\u03A3\u03A3\u0395\u038E\u03A3", "\u1F48\u0394\u03A5\u03A3\u03A3\u0395\u038E\u03A3", "\u1F40\u03B4\u03C5\u03C3\u03C3\u03B5\u03CD\u03C2", "\u1F40\u03B4\u03C5\u03C3\u03C3\u03B5\u03CD\u03C3", "\u1F48\u03B4\u03C5\u03C3\u03C3\u03B5\u03CD\u03C2", "\u1F48\u03B4\u03C5\u03C3\u03C3\u03B5\u03CD\u03C2", "\u1F40\u03B4\u03C5\u03C3\u03C3\u03B5\u03CD\u03C2")]
    [TestCase("\uAB70", "\u13A0", "\uAB70", "\u13A0", "\u13A0", "\u13A0", "\u13A0")]
    [TestCase("\u13F8", "\u13F0", "\u13F8", "\u13F0", "\u13F0", "\u13F0", "\u13F0")]
    [TestCase("\u13A0", "\u13A0", "\uAB70", "\u13A0", "\u13A0", "\u13A0", "\uAB70")]
    [TestCase("\u24D0\u24B6", "\u24B6\u24B6", "\u24D0\u24D0", "\u24D0\u24D0", "\u24B6\u24D0", "\u24B6\u24D0", "\u24B6\u24D0")]
    [TestCase("\u2170\u2160", "\u2160\u2160", "\u2170\u2170", "\u2170\u2170", "\u2160\u2170", "\u2160\u2170", "\u2160\u2170")]
    [TestCase("\U00010428\U00010400", "\U00010400\U00010400", "\U00010428\U00010428", "\U00010428\U00010428", "\U00010400\U00010428", "\U00010400\U00010428", "\U00010400\U00010428")]
    [TestCase("\U0001E922\U0001E900", "\U0001E900\U0001E900", "\U0001E922\U0001E922", "\U0001E922\U0001E922", "\U0001E900\U0001E922", "\U0001E900\U0001E922", "\U0001E900\U0001E922")]
    [TestCase("\u01C8", "\u01C7", "\u01C9", "\u01C9", "\u01C8", "\u01C8", "\u01C8")]
    [TestCase("\u02BCn", "\u02BCN", "\u02BCn", "\u02BCn", "\u02BCN", "\u02BCn", "\u02BCN")]
    [TestCase("\u1F00\u03B9", "\u1F08\u0399", "\u1F00\u03B9", "\u1F00\u03B9", "\u1F08\u03B9", "\u1F08\u03B9", "\u1F08\u0399")]
    [TestCase("\u03A9", "\u03A9", "\u03C9", "\u03C9", "\u03A9", "\u03A9", "\u03C9")]
    [TestCase("K", "K", "k", "k", "K", "K", "k")]
    [TestCase("\u00C5", "\u00C5", "\u00E5", "\u00E5", "\u00C5", "\u00C5", "\u00E5")]
    [TestCase("\u00B5", "\u039C", "\u00B5", "\u03BC", "\u039C", "\u039C", "\u039C")]
    [TestCase("\u00FF", "\u0178", "\u00FF", "\u00FF", "\u0178", "\u0178", "\u0178")]
    [TestCase("\u1E9E", "\u1E9E", "\u00DF", "ss", "\u1E9E", "\u1E9E", "\u00DF")]
    [TestCase("\u03D0\u03D1\u03D5\u03D6\u03F0\u03F1\u03F5", "\u0392\u0398\u03A6\u03A0\u039A\u03A1\u0395", "\u03D0\u03D1\u03D5\u03D6\u03F0\u03F1\u03F5", "\u03B2\u03B8\u03C6\u03C0\u03BA\u03C1\u03B5", "\u0392\u03D1\u03D5\u03D6\u03F0\u03F1\u03F5", "\u0392\u03D1\u03D5\u03D6\u03F0\u03F1\u03F5", "\u0392\u0398\u03A6\u03A0\u039A\u03A1\u0395")]
    [TestCase("\u1C80\u1C81\u1C82", "\u0412\u0414\u041E", "\u1C80\u1C81\u1C82", "\u0432\u0434\u043E", "\u0412\u1C81\u1C82", "\u0412\u1C81\u1C82", "\u0412\u0414\u041E")]
    [TestCase("\u10D1", "\u1C91", "\u10D1", "\u10D1", "\u10D1", "\u10D1", "\u1C91")]
    [TestCase("\u1C90", "\u1C90", "\u10D0", "\u10D0", "\u1C90", "\u1C90", "\u10D0")]
    [TestCase("\u01CB\u01CC", "\u01CA\u01CA", "\u01CC\u01CC", "\u01CC\u01CC", "\u01CB\u01CC", "\u01CB\u01CC", "\u01CB\u01CA")]
    [TestCase("\u01C8\u01C9\u01C7", "\u01C7\u01C7\u01C7", "\u01C9\u01C9\u01C9", "\u01C9\u01C9\u01C9", "\u01C8\u01C9\u01C9", "\u01C8\u01C9\u01C9", "\u01C8\u01C7\u01C9")]
    [TestCase("\u1E9E\u00DF", "\u1E9ESS", "\u00DF\u00DF", "ssss", "\u1E9E\u00DF", "\u1E9E\u00DF", "\u00DFSS")]
    [TestCase("x\u0307", "X\u0307", "x\u0307", "x\u0307", "X\u0307", "X\u0307", "X\u0307")]
    [TestCase("hello\u0009WORLD\u000A", "HELLO\u0009WORLD\u000A", "hello\u0009world\u000A", "hello\u0009world\u000A", "Hello\u0009World\u000A", "Hello\u0009world\u000A", "HELLO\u0009world\u000A")]
    [TestCase("\U0001F600a", "\U0001F600A", "\U0001F600a", "\U0001F600a", "\U0001F600A", "\U0001F600a", "\U0001F600A")]
    [TestCase("\u2177", "\u2167", "\u2177", "\u2177", "\u2167", "\u2167", "\u2167")]
    [TestCase("\U0001D504b", "\U0001D504B", "\U0001D504b", "\U0001D504b", "\U0001D504b", "\U0001D504b", "\U0001D504B")]
    [TestCase("\u01F2a \u01F2", "\u01F1A \u01F1", "\u01F3a \u01F3", "\u01F3a \u01F3", "\u01F2a \u01F2", "\u01F2a \u01F3", "\u01F2A \u01F2")]
    [TestCase("o'neil mc'donald", "O'NEIL MC'DONALD", "o'neil mc'donald", "o'neil mc'donald", "O'Neil Mc'Donald", "O'neil mc'donald", "O'NEIL MC'DONALD")]
    [TestCase("\u01C9ubljana", "\u01C7UBLJANA", "\u01C9ubljana", "\u01C9ubljana", "\u01C8ubljana", "\u01C8ubljana", "\u01C7UBLJANA")]
    public void CaseConversionsMatchCPython(string s, string upper, string lower, string casefold, string title,
        string capitalize, string swapcase)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(UnicodeCase.Upper(s), Is.EqualTo(upper), "upper");
            Assert.That(UnicodeCase.Lower(s), Is.EqualTo(lower), "lower");
            Assert.That(UnicodeCase.Casefold(s), Is.EqualTo(casefold), "casefold");
            Assert.That(UnicodeCase.Title(s), Is.EqualTo(title), "title");
            Assert.That(UnicodeCase.Capitalize(s), Is.EqualTo(capitalize), "capitalize");
            Assert.That(UnicodeCase.Swapcase(s), Is.EqualTo(swapcase), "swapcase");
        }
    }

    [TestCase("\u0391\u03A3", "\u03B1\u03C2", "\u03B1\u03C3")]
    [TestCase("\u03A3", "\u03C3", "\u03C3")]
    [TestCase("\u0391\u03A3\u0391", "\u03B1\u03C3\u03B1", "\u03B1\u03C3\u03B1")]
    [TestCase("\u0391.\u03A3", "\u03B1.\u03C2", "\u03B1.\u03C3")]
    [TestCase("\u0391'\u03A3'", "\u03B1'\u03C2'", "\u03B1'\u03C3'")]
    [TestCase("\u0391\u0301\u03A3", "\u03B1\u0301\u03C2", "\u03B1\u0301\u03C3")]
    [TestCase("\u0391\u03A3\u0301", "\u03B1\u03C2\u0301", "\u03B1\u03C3\u0301")]
    [TestCase("\u0391\u03A3\u0301\u0391", "\u03B1\u03C3\u0301\u03B1", "\u03B1\u03C3\u0301\u03B1")]
    [TestCase("\u0391\u03A3.\u0391", "\u03B1\u03C3.\u03B1", "\u03B1\u03C3.\u03B1")]
    [TestCase(".\u03A3", ".\u03C3", ".\u03C3")]
    [TestCase("\u0391\u03A3 1", "\u03B1\u03C2 1", "\u03B1\u03C3 1")]
    [TestCase("\u0391\u03A3\u03A3", "\u03B1\u03C3\u03C2", "\u03B1\u03C3\u03C3")]
    [TestCase("\u03A3\U00010400", "\u03C3\U00010428", "\u03C3\U00010428")]
    [TestCase("\U00010400\u03A3", "\U00010428\u03C2", "\U00010428\u03C3")]
    public void FinalSigmaNeedsACasedLetterBeforeAndNoneAfterAndNeverFolds(string s, string lower, string casefold)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(UnicodeCase.Lower(s), Is.EqualTo(lower), "lower");
            Assert.That(UnicodeCase.Casefold(s), Is.EqualTo(casefold), "casefold");
        }
    }

    [TestCase("", false, false, false)]
    [TestCase("abc", true, false, false)]
    [TestCase("ABC", false, true, false)]
    [TestCase("Abc", false, false, true)]
    [TestCase("aBc", false, false, false)]
    [TestCase("123", false, false, false)]
    [TestCase("a1", true, false, false)]
    [TestCase("A1", false, true, true)]
    [TestCase("\u01C5", false, false, true)]
    [TestCase("\u01C5a", false, false, true)]
    [TestCase("\u01C5A", false, false, false)]
    [TestCase("Ab Cd", false, false, true)]
    [TestCase("Ab cd", false, false, false)]
    [TestCase("\u02B0", true, false, false)]
    [TestCase("\u00AA", true, false, false)]
    [TestCase("\u24B6", false, true, true)]
    [TestCase("\u24D0", true, false, false)]
    [TestCase("\u2160", false, true, true)]
    [TestCase("\u2170", true, false, false)]
    [TestCase("\u0345", true, false, false)]
    [TestCase("A\u0345", false, false, true)]
    [TestCase("They'Re", false, false, true)]
    [TestCase("They're", false, false, false)]
    [TestCase("\u00DF", true, false, false)]
    [TestCase("SS", false, true, false)]
    [TestCase("\u03A3\u0391\u03A3", false, true, false)]
    [TestCase("\u03A3\u03B1\u03C2", false, false, true)]
    [TestCase("\U00010428", true, false, false)]
    [TestCase("\U00010400", false, true, true)]
    [TestCase("\U00010400\U00010428", false, false, true)]
    [TestCase("1A", false, true, true)]
    [TestCase("1a", true, false, false)]
    [TestCase("A B", false, true, true)]
    [TestCase("\u01C8\u01C9", false, false, true)]
    [TestCase("\u01C7\u01C9", false, false, true)]
    public void CasePredicatesNeedACasedCodePoint(string s, bool lower, bool upper, bool title)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(UnicodeCase.IsLowerString(s), Is.EqualTo(lower), "islower");
            Assert.That(UnicodeCase.IsUpperString(s), Is.EqualTo(upper), "isupper");
            Assert.That(UnicodeCase.IsTitleString(s), Is.EqualTo(title), "istitle");
        }
    }

    // Built in code: attribute strings cannot hold lone surrogates. CPython 3.14 printed
    // '\ud800A', '\ud800a', 'A\udc00B', '\udc00ab', 'X\ud800y', 'a\ud800\u03c3', 'a\udc00\u03c3'.
    [Test]
    public void LoneSurrogatesAreUncasedAndKept()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(UnicodeCase.Upper("\uD800a"), Is.EqualTo("\uD800A"));
            Assert.That(UnicodeCase.Lower("\uD800A"), Is.EqualTo("\uD800a"));
            Assert.That(UnicodeCase.Title("a\uDC00b"), Is.EqualTo("A\uDC00B"));
            Assert.That(UnicodeCase.Capitalize("\uDC00ab"), Is.EqualTo("\uDC00ab"));
            Assert.That(UnicodeCase.Swapcase("x\uD800Y"), Is.EqualTo("X\uD800y"));
            Assert.That(UnicodeCase.Lower("A\uD800\u03A3"), Is.EqualTo("a\uD800\u03C3"));
            Assert.That(UnicodeCase.Lower("A\uDC00\u03A3"), Is.EqualTo("a\uDC00\u03C3"));
        }
    }

    [Test]
    public void TextAlreadyInTheTargetFormIsReturnedWithoutCopying()
    {
        const string upper = "HELLO, WORLD 42";
        const string lower = "hello, world 42";
        using (Assert.EnterMultipleScope())
        {
            Assert.That(UnicodeCase.Upper(upper), Is.SameAs(upper));
            Assert.That(UnicodeCase.Lower(lower), Is.SameAs(lower));
            Assert.That(UnicodeCase.Casefold(lower), Is.SameAs(lower));
        }
    }

    [TestCase(0x00DF, "Upper", "SS")]
    [TestCase(0x00DF, "Title", "Ss")]
    [TestCase(0x00DF, "Fold", "ss")]
    [TestCase(0x0130, "Lower", "i\u0307")]
    [TestCase(0x0131, "Upper", "I")]
    [TestCase(0x017F, "Upper", "S")]
    [TestCase(0x01C6, "Title", "\u01C5")]
    [TestCase(0xFB03, "Upper", "FFI")]
    [TestCase(0x10428, "Upper", "\U00010400")]
    [TestCase(0x03A3, "Lower", "\u03C3")]
    public void MapCodePointGivesTheFullMappingWithoutContext(int cp, string form, string expected) =>
        Assert.That(UnicodeCase.MapCodePoint(cp, Enum.Parse<CaseForm>(form)), Is.EqualTo(expected));
}
