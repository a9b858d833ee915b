using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Text;

// Per-code-point properties against CPython 3.14's str predicates and unicodedata. Every expected
// value below was printed by CPython 3.14 (chr(cp).isspace(), ..., unicodedata.numeric(ch, -1.0)).
[TestFixture]
public sealed class UnicodeCtypeTests
{
    [TestCase(0x0020, true, false, false, false, false, false, false, false, true)]
    [TestCase(0x0009, true, false, false, false, false, false, false, false, false)]
    [TestCase(0x000B, true, false, false, false, false, false, false, false, false)]
    [TestCase(0x001C, true, false, false, false, false, false, false, false, false)]
    [TestCase(0x001F, true, false, false, false, false, false, false, false, false)]
    [TestCase(0x0085, true, false, false, false, false, false, false, false, false)]
    [TestCase(0x00A0, true, false, false, false, false, false, false, false, false)]
    [TestCase(0x1680, true, false, false, false, false, false, false, false, false)]
    [TestCase(0x200B, false, false, false, false, false, false, false, false, false)]
    [TestCase(0x2028, true, false, false, false, false, false, false, false, false)]
    [TestCase(0x202F, true, false, false, false, false, false, false, false, false)]
    [TestCase(0x3000, true, false, false, false, false, false, false, false, false)]
    [TestCase(0x180E, false, false, false, false, false, false, false, false, false)]
    [TestCase(0xFEFF, false, false, false, false, false, false, false, false, false)]
    [TestCase(0x0041, false, true, false, false, false, true, false, true, true)]
    [TestCase(0x0061, false, true, false, false, false, true, true, false, true)]
    [TestCase(0x0030, false, false, true, true, true, true, false, false, true)]
    [TestCase(0x005F, false, false, false, false, false, false, false, false, true)]
    [TestCase(0x00AA, false, true, false, false, false, true, true, false, true)]
    [TestCase(0x00B2, false, false, false, true, true, true, false, false, true)]
    [TestCase(0x00BD, false, false, false, false, true, true, false, false, true)]
    [TestCase(0x00DF, false, true, false, false, false, true, true, false, true)]
    [TestCase(0x01C5, false, true, false, false, false, true, false, false, true)]
    [TestCase(0x02B0, false, true, false, false, false, true, true, false, true)]
    [TestCase(0x0345, false, false, false, false, false, false, true, false, true)]
    [TestCase(0x037A, false, true, false, false, false, true, true, false, true)]
    [TestCase(0x0660, false, false, true, true, true, true, false, false, true)]
    [TestCase(0x0F33, false, false, false, false, true, true, false, false, true)]
    [TestCase(0x2160, false, false, false, false, true, true, false, true, true)]
    [TestCase(0x2170, false, false, false, false, true, true, true, false, true)]
    [TestCase(0x216B, false, false, false, false, true, true, false, true, true)]
    [TestCase(0x2460, false, false, false, true, true, true, false, false, true)]
    [TestCase(0x24B6, false, false, false, false, false, false, false, true, true)]
    [TestCase(0x24D0, false, false, false, false, false, false, true, false, true)]
    [TestCase(0x3007, false, false, false, false, true, true, false, false, true)]
    [TestCase(0x4E94, false, true, false, false, true, true, false, false, true)]
    [TestCase(0x5146, false, true, false, false, true, true, false, false, true)]
    [TestCase(0x96F6, false, true, false, false, true, true, false, false, true)]
    [TestCase(0xFF11, false, false, true, true, true, true, false, false, true)]
    [TestCase(0x1D7CE, false, false, true, true, true, true, false, false, true)]
    [TestCase(0x1F100, false, false, false, true, true, true, false, false, true)]
    [TestCase(0x1F101, false, false, false, true, true, true, false, false, true)]
    [TestCase(0x10400, false, true, false, false, false, true, false, true, true)]
    [TestCase(0x10428, false, true, false, false, false, true, true, false, true)]
    [TestCase(0x1F600, false, false, false, false, false, false, false, false, true)]
    [TestCase(0xD800, false, false, false, false, false, false, false, false, false)]
    [TestCase(0xDC80, false, false, false, false, false, false, false, false, false)]
    [TestCase(0xE000, false, false, false, false, false, false, false, false, false)]
    [TestCase(0xFFFF, false, false, false, false, false, false, false, false, false)]
    [TestCase(0x10FFFF, false, false, false, false, false, false, false, false, false)]
    [TestCase(0x00AD, false, false, false, false, false, false, false, false, false)]
    [TestCase(0x0378, false, false, false, false, false, false, false, false, false)]
    [TestCase(0x1885, false, false, false, false, false, false, false, false, true)]
    [TestCase(0x2118, false, false, false, false, false, false, false, false, true)]
    [TestCase(0x212E, false, false, false, false, false, false, false, false, true)]
    [TestCase(0x00B7, false, false, false, false, false, false, false, false, true)]
    [TestCase(0x0387, false, false, false, false, false, false, false, false, true)]
    [TestCase(0x200C, false, false, false, false, false, false, false, false, false)]
    [TestCase(0x30FB, false, false, false, false, false, false, false, false, true)]
    [TestCase(0xFF65, false, false, false, false, false, false, false, false, true)]
    [TestCase(0x0E33, false, true, false, false, false, true, false, false, true)]
    [TestCase(0x2E2F, false, true, false, false, false, true, false, false, true)]
    [TestCase(0x007F, false, false, false, false, false, false, false, false, false)]
    [TestCase(0x1369, false, false, false, true, true, true, false, false, true)]
    [TestCase(0x19DA, false, false, false, true, true, true, false, false, true)]
    [TestCase(0x1E030, false, true, false, false, false, true, true, false, true)]
    [TestCase(0x2F890, false, true, false, false, true, true, false, false, true)]
    [TestCase(0x20001, false, true, false, false, true, true, false, false, true)]
    public void CodePointPredicatesMatchStrMethods(int cp, bool space, bool alpha, bool isDecimal, bool digit,
        bool numeric, bool alnum, bool lower, bool upper, bool printable)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(UnicodeCtype.IsSpace(cp), Is.EqualTo(space), "isspace");
            Assert.That(UnicodeCtype.IsAlpha(cp), Is.EqualTo(alpha), "isalpha");
            Assert.That(UnicodeCtype.IsDecimal(cp), Is.EqualTo(isDecimal), "isdecimal");
            Assert.That(UnicodeCtype.IsDigit(cp), Is.EqualTo(digit), "isdigit");
            Assert.That(UnicodeCtype.IsNumeric(cp), Is.EqualTo(numeric), "isnumeric");
            Assert.That(UnicodeCtype.IsAlnum(cp), Is.EqualTo(alnum), "isalnum");
            Assert.That(UnicodeCtype.IsLower(cp), Is.EqualTo(lower), "islower");
            Assert.That(UnicodeCtype.IsUpper(cp), Is.EqualTo(upper), "isupper");
            Assert.That(UnicodeCtype.IsPrintable(cp), Is.EqualTo(printable), "isprintable");
        }
    }

    [TestCase(0x0020, false, false)]
    [TestCase(0x0009, false, false)]
    [TestCase(0x000B, false, false)]
    [TestCase(0x001C, false, false)]
    [TestCase(0x001F, false, false)]
    [TestCase(0x0085, false, false)]
    [TestCase(0x00A0, false, false)]
    [TestCase(0x1680, false, false)]
    [TestCase(0x200B, false, false)]
    [TestCase(0x2028, false, false)]
    [TestCase(0x202F, false, false)]
    [TestCase(0x3000, false, false)]
    [TestCase(0x180E, false, false)]
    [TestCase(0xFEFF, false, false)]
    [TestCase(0x0041, true, true)]
    [TestCase(0x0061, true, true)]
    [TestCase(0x0030, false, true)]
    [TestCase(0x005F, false, true)]
    [TestCase(0x00AA, true, true)]
    [TestCase(0x00B2, false, false)]
    [TestCase(0x00BD, false, false)]
    [TestCase(0x00DF, true, true)]
    [TestCase(0x01C5, true, true)]
    [TestCase(0x02B0, true, true)]
    [TestCase(0x0345, false, true)]
    [TestCase(0x037A, false, false)]
    [TestCase(0x0660, false, true)]
    [TestCase(0x0F33, false, false)]
    [TestCase(0x2160, true, true)]
    [TestCase(0x2170, true, true)]
    [TestCase(0x216B, true, true)]
    [TestCase(0x2460, false, false)]
    [TestCase(0x24B6, false, false)]
    [TestCase(0x24D0, false, false)]
    [TestCase(0x3007, true, true)]
    [TestCase(0x4E94, true, true)]
    [TestCase(0x5146, true, true)]
    [TestCase(0x96F6, true, true)]
    [TestCase(0xFF11, false, true)]
    [TestCase(0x1D7CE, false, true)]
    [TestCase(0x1F100, false, false)]
    [TestCase(0x1F101, false, false)]
    [TestCase(0x10400, true, true)]
    [TestCase(0x10428, true, true)]
    [TestCase(0x1F600, false, false)]
    [TestCase(0xD800, false, false)]
    [TestCase(0xDC80, false, false)]
    [TestCase(0xE000, false, false)]
    [TestCase(0xFFFF, false, false)]
    [TestCase(0x10FFFF, false, false)]
    [TestCase(0x00AD, false, false)]
    [TestCase(0x0378, false, false)]
    [TestCase(0x1885, true, true)]
    [TestCase(0x2118, true, true)]
    [TestCase(0x212E, true, true)]
    [TestCase(0x00B7, false, true)]
    [TestCase(0x0387, false, true)]
    [TestCase(0x200C, false, true)]
    [TestCase(0x30FB, false, true)]
    [TestCase(0xFF65, false, true)]
    [TestCase(0x0E33, false, true)]
    [TestCase(0x2E2F, false, false)]
    [TestCase(0x007F, false, false)]
    [TestCase(0x1369, false, true)]
    [TestCase(0x19DA, false, true)]
    [TestCase(0x1E030, true, true)]
    [TestCase(0x2F890, true, true)]
    [TestCase(0x20001, true, true)]
    public void IdentifierPropertiesMatchIsidentifier(int cp, bool xidStart, bool xidContinue)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(UnicodeCtype.IsXidStart(cp), Is.EqualTo(xidStart), "XID_Start");
            Assert.That(UnicodeCtype.IsXidContinue(cp), Is.EqualTo(xidContinue), "XID_Continue");
        }
    }

    [TestCase(0x0030, 0, 0, 0.0)]
    [TestCase(0x0039, 9, 9, 9.0)]
    [TestCase(0x0660, 0, 0, 0.0)]
    [TestCase(0x00B2, -1, 2, 2.0)]
    [TestCase(0x00BD, -1, -1, 0.5)]
    [TestCase(0x2160, -1, -1, 1.0)]
    [TestCase(0x216B, -1, -1, 12.0)]
    [TestCase(0x2460, -1, 1, 1.0)]
    [TestCase(0x2469, -1, -1, 10.0)]
    [TestCase(0x3007, -1, -1, 0.0)]
    [TestCase(0x4E94, -1, -1, 5.0)]
    [TestCase(0x5146, -1, -1, 1000000.0)]
    [TestCase(0x4EAC, -1, -1, 1e+16)]
    [TestCase(0x0F33, -1, -1, -0.5)]
    [TestCase(0x1D7CE, 0, 0, 0.0)]
    [TestCase(0x1F101, -1, 0, 0.0)]
    [TestCase(0x2189, -1, -1, 0.0)]
    [TestCase(0x0041, -1, -1, -1.0)]
    [TestCase(0xD800, -1, -1, -1.0)]
    [TestCase(0x10FFFF, -1, -1, -1.0)]
    [TestCase(0x1ECB4, -1, -1, 100000.0)]
    public void NumericValuesMatchUnicodedata(int cp, int decimalValue, int digitValue, double numericValue)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(UnicodeCtype.DecimalValue(cp), Is.EqualTo(decimalValue), "decimal");
            Assert.That(UnicodeCtype.DigitValue(cp), Is.EqualTo(digitValue), "digit");
            Assert.That(UnicodeCtype.NumericValue(cp), Is.EqualTo(numericValue), "numeric");
        }
    }

    [TestCase("", false)]
    [TestCase(" ", true)]
    [TestCase(" \u0009\u000A\u001C\u0085\u3000", true)]
    [TestCase("a b", false)]
    [TestCase("\u200B", false)]
    public void IsSpaceStringNeedsAtLeastOneCodePoint(string s, bool expected) =>
        Assert.That(UnicodeCtype.IsSpaceString(s), Is.EqualTo(expected));

    [TestCase("", false, false)]
    [TestCase("abc", true, true)]
    [TestCase("ab1", false, true)]
    [TestCase("\u01C5", true, true)]
    [TestCase("\U00010428\U00010400", true, true)]
    [TestCase("\u0345", false, false)]
    [TestCase("\u216B", false, true)]
    public void IsAlphaAndIsAlnumCountCodePoints(string s, bool alpha, bool alnum)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(UnicodeCtype.IsAlphaString(s), Is.EqualTo(alpha), "isalpha");
            Assert.That(UnicodeCtype.IsAlnumString(s), Is.EqualTo(alnum), "isalnum");
        }
    }

    [TestCase("", false, false, false)]
    [TestCase("123", true, true, true)]
    [TestCase("\u0661\u0662\u0663", true, true, true)]
    [TestCase("\u00B2", false, true, true)]
    [TestCase("\u00BD", false, false, true)]
    [TestCase("\u4E94", false, false, true)]
    [TestCase("\U0001D7CE", true, true, true)]
    [TestCase("1a", false, false, false)]
    [TestCase("\u216B", false, false, true)]
    public void DecimalDigitAndNumericStringsNest(string s, bool isDecimal, bool digit, bool numeric)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(UnicodeCtype.IsDecimalString(s), Is.EqualTo(isDecimal), "isdecimal");
            Assert.That(UnicodeCtype.IsDigitString(s), Is.EqualTo(digit), "isdigit");
            Assert.That(UnicodeCtype.IsNumericString(s), Is.EqualTo(numeric), "isnumeric");
        }
    }

    [TestCase("", true, true)]
    [TestCase("abc", true, true)]
    [TestCase("a\u0009b", false, true)]
    [TestCase("\u007F", false, true)]
    [TestCase("\u00E9", true, false)]
    [TestCase("\u00A0", false, false)]
    [TestCase("\u00AD", false, false)]
    [TestCase("\U0001F600", true, false)]
    [TestCase(" ", true, true)]
    [TestCase("\u2028", false, false)]
    public void EmptyStringIsPrintableAndAscii(string s, bool printable, bool ascii)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(UnicodeCtype.IsPrintableString(s), Is.EqualTo(printable), "isprintable");
            Assert.That(UnicodeCtype.IsAsciiString(s), Is.EqualTo(ascii), "isascii");
        }
    }

    // Attribute arguments are stored as UTF-8, which cannot carry a lone surrogate, so strings
    // holding one are built in code. CPython: '\ud800'.isprintable() is False.
    [Test]
    public void LoneSurrogateIsNotPrintable()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(UnicodeCtype.IsPrintableString("a\uD800"), Is.False);
            Assert.That(UnicodeCtype.IsAlphaString("a\uD800"), Is.False);
            Assert.That(UnicodeCtype.IsPrintableString("\uD83D\uDE00"), Is.True);
        }
    }

    [TestCase("", false)]
    [TestCase("_", true)]
    [TestCase("a", true)]
    [TestCase("_1", true)]
    [TestCase("1a", false)]
    [TestCase("a1", true)]
    [TestCase("class", true)]
    [TestCase("\u2118x", true)]
    [TestCase("\u2118", true)]
    [TestCase("x\u00B7y", true)]
    [TestCase("\u00B7", false)]
    [TestCase("a-b", false)]
    [TestCase("\u01C5", true)]
    [TestCase("\U0001D518\U0001D52B\U0001D526", true)]
    [TestCase("a\u200C", true)]
    [TestCase("\u2E2F", false)]
    [TestCase("\uFEF0", true)]
    [TestCase("a b", false)]
    [TestCase("\u2177", true)]
    public void IsIdentifierAcceptsUnderscoreAndXidStartFirst(string s, bool expected) =>
        Assert.That(UnicodeCtype.IsIdentifier(s), Is.EqualTo(expected));
}
