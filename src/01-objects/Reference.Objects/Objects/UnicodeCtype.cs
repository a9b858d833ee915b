// Character properties behind str's predicates: CPython's Objects/unicodectype.c.
//
// CPython answers "is this code point a space, a letter, a digit?" from one generated table of
// type records (Objects/unicodetype_db.h, built by Tools/unicode/makeunicodedata.py). .NET 10
// carries the Unicode Character Database of the same version as CPython 3.14 (16.0), so general
// categories and numeric values come from System.Globalization; UnicodeTables adds only what .NET
// does not expose: Other_Lowercase, Other_Uppercase, Case_Ignorable, XID_Start/XID_Continue and the
// Unihan numeric values. UnicodeDatabaseDigestTests pins every property of every code point to
// CPython 3.14, so a .NET that moves to another Unicode version fails loudly rather than quietly.
//
// Every function takes a code point in 0..0x10FFFF, surrogate code points included (a Python str
// may hold lone surrogates), and is total over that range.
using System.Globalization;
using System.Text;

namespace Reference.Objects;

/// <summary>Per-code-point Unicode properties with Python's definitions.</summary>
internal static class UnicodeCtype
{
    private const int Letters = (1 << (int)UnicodeCategory.UppercaseLetter) | (1 << (int)UnicodeCategory.LowercaseLetter)
        | (1 << (int)UnicodeCategory.TitlecaseLetter) | (1 << (int)UnicodeCategory.ModifierLetter)
        | (1 << (int)UnicodeCategory.OtherLetter);

    private const int IdStartCore = Letters | (1 << (int)UnicodeCategory.LetterNumber);

    private const int IdContinueCore = IdStartCore | (1 << (int)UnicodeCategory.NonSpacingMark)
        | (1 << (int)UnicodeCategory.SpacingCombiningMark) | (1 << (int)UnicodeCategory.DecimalDigitNumber)
        | (1 << (int)UnicodeCategory.ConnectorPunctuation);

    private const int CaseIgnorableCore = (1 << (int)UnicodeCategory.NonSpacingMark)
        | (1 << (int)UnicodeCategory.EnclosingMark) | (1 << (int)UnicodeCategory.Format)
        | (1 << (int)UnicodeCategory.ModifierLetter) | (1 << (int)UnicodeCategory.ModifierSymbol);

    // repr() escapes these; the space separator U+0020 is the one exception, handled apart.
    private const int NotPrintable = (1 << (int)UnicodeCategory.Control) | (1 << (int)UnicodeCategory.Format)
        | (1 << (int)UnicodeCategory.Surrogate) | (1 << (int)UnicodeCategory.PrivateUse)
        | (1 << (int)UnicodeCategory.OtherNotAssigned) | (1 << (int)UnicodeCategory.LineSeparator)
        | (1 << (int)UnicodeCategory.ParagraphSeparator) | (1 << (int)UnicodeCategory.SpaceSeparator);

    /// <summary>The general category (unicodedata.category) of a code point.</summary>
    public static UnicodeCategory Category(int cp) => CharUnicodeInfo.GetUnicodeCategory(cp);

    private static int CategoryBit(int cp) => 1 << (int)CharUnicodeInfo.GetUnicodeCategory(cp);

    /// <summary>str.isspace for one code point: bidirectional class WS, B or S, or category Zs.
    /// All 29 such code points are in the BMP and none is a surrogate, so a scan may test UTF-16
    /// units one at a time.</summary>
    public static bool IsSpace(int cp) => cp < 0x80
        ? cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F)
        : cp is 0x85 or 0xA0 or 0x1680 or (>= 0x2000 and <= 0x200A) or 0x2028 or 0x2029 or 0x202F
            or 0x205F or 0x3000;

    /// <summary>A line boundary for str.splitlines: \n \v \f \r, \x1c..\x1e, \x85, U+2028, U+2029.</summary>
    public static bool IsLinebreak(int cp) => cp < 0x80
        ? (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E)
        : cp is 0x85 or 0x2028 or 0x2029;

    /// <summary>str.isalpha: categories Lu, Ll, Lt, Lm, Lo.</summary>
    public static bool IsAlpha(int cp) => cp < 0x80
        ? (uint)((cp | 0x20) - 'a') <= 'z' - 'a'
        : (CategoryBit(cp) & Letters) != 0;

    /// <summary>str.isdecimal: category Nd.</summary>
    public static bool IsDecimal(int cp) => cp < 0x80
        ? (uint)(cp - '0') <= 9
        : Category(cp) == UnicodeCategory.DecimalDigitNumber;

    /// <summary>str.isdigit: the decimals plus the other digits such as '²' and '①'.</summary>
    public static bool IsDigit(int cp) => DigitValue(cp) >= 0;

    /// <summary>str.isnumeric: any code point with a numeric value, such as '½', 'Ⅻ' or '五'.</summary>
    public static bool IsNumeric(int cp) => NumericValue(cp) != -1;

    /// <summary>str.isalnum for one code point.</summary>
    public static bool IsAlnum(int cp) => IsAlpha(cp) || IsNumeric(cp);

    /// <summary>The Lowercase property (str.islower): Ll plus Other_Lowercase such as 'ª' and 'ⓐ'.</summary>
    public static bool IsLower(int cp) => cp < 0x80
        ? (uint)(cp - 'a') <= 'z' - 'a'
        : Category(cp) == UnicodeCategory.LowercaseLetter || InRanges(UnicodeTables.OtherLowercase, cp);

    /// <summary>The Uppercase property (str.isupper): Lu plus Other_Uppercase such as 'Ⅰ' and 'Ⓐ'.</summary>
    public static bool IsUpper(int cp) => cp < 0x80
        ? (uint)(cp - 'A') <= 'Z' - 'A'
        : Category(cp) == UnicodeCategory.UppercaseLetter || InRanges(UnicodeTables.OtherUppercase, cp);

    /// <summary>Titlecase letters (category Lt), such as 'ǅ'.</summary>
    public static bool IsTitle(int cp) => cp >= 0x80 && Category(cp) == UnicodeCategory.TitlecaseLetter;

    /// <summary>The Cased property: Lowercase, Uppercase or Lt. Drives title() and final sigma.</summary>
    public static bool IsCased(int cp) => IsLower(cp) || IsUpper(cp) || IsTitle(cp);

    /// <summary>The Case_Ignorable property, skipped when looking for a final sigma's context.</summary>
    public static bool IsCaseIgnorable(int cp) =>
        (CategoryBit(cp) & CaseIgnorableCore) != 0 || InRanges(UnicodeTables.CaseIgnorableExtra, cp);

    /// <summary>repr() keeps a code point as is exactly when this holds.</summary>
    public static bool IsPrintable(int cp) => cp < 0x80
        ? cp >= 0x20 && cp < 0x7F
        : (CategoryBit(cp) & NotPrintable) == 0;

    /// <summary>XID_Start: what may begin an identifier (str.isidentifier adds '_').</summary>
    public static bool IsXidStart(int cp)
    {
        if (cp < 0x80)
        {
            return (uint)((cp | 0x20) - 'a') <= 'z' - 'a';
        }
        bool core = (CategoryBit(cp) & IdStartCore) != 0;
        return core
            ? !InRanges(UnicodeTables.XidStartExcluded, cp)
            : InRanges(UnicodeTables.XidStartExtra, cp);
    }

    /// <summary>XID_Continue: what may follow in an identifier.</summary>
    public static bool IsXidContinue(int cp)
    {
        if (cp < 0x80)
        {
            return (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || (uint)(cp - '0') <= 9 || cp == '_';
        }
        bool core = (CategoryBit(cp) & IdContinueCore) != 0;
        return core
            ? !InRanges(UnicodeTables.XidContinueExcluded, cp)
            : InRanges(UnicodeTables.XidContinueExtra, cp);
    }

    /// <summary>unicodedata.decimal: 0..9 for category Nd, else -1.</summary>
    public static int DecimalValue(int cp)
    {
        if (cp < 0x80)
        {
            return (uint)(cp - '0') <= 9 ? cp - '0' : -1;
        }
        return Category(cp) == UnicodeCategory.DecimalDigitNumber ? (int)Rune.GetNumericValue(new Rune(cp)) : -1;
    }

    /// <summary>unicodedata.digit: 0..9 for decimals and the other digits, else -1.</summary>
    public static int DigitValue(int cp)
    {
        if (cp < 0x80)
        {
            return (uint)(cp - '0') <= 9 ? cp - '0' : -1;
        }
        UnicodeCategory cat = Category(cp);
        if (cat == UnicodeCategory.DecimalDigitNumber)
        {
            return (int)Rune.GetNumericValue(new Rune(cp));
        }
        if (cat != UnicodeCategory.OtherNumber)
        {
            return -1;
        }
        // Only No code points can be digits without being decimals. .NET's digit lookup takes a
        // char or a string; the 33 astral ones (e.g. U+1F101) pay for a two-char string.
        return cp <= 0xFFFF
            ? CharUnicodeInfo.GetDigitValue((char)cp)
            : CharUnicodeInfo.GetDigitValue(char.ConvertFromUtf32(cp), 0);
    }

    /// <summary>unicodedata.numeric: the value as a double, or -1 when there is none, as in
    /// CPython's _PyUnicode_ToNumeric. No code point has the value -1 (the one negative value is
    /// U+0F33 TIBETAN DIGIT HALF ZERO, -0.5).</summary>
    public static double NumericValue(int cp)
    {
        if (cp < 0x80)
        {
            return (uint)(cp - '0') <= 9 ? cp - '0' : -1;
        }
        UnicodeCategory cat = Category(cp);
        if (cat == UnicodeCategory.OtherLetter)
        {
            // CJK ideographs used as numerals take their value from Unihan, which .NET omits.
            int at = UnicodeTables.NumericLetters.BinarySearch(cp);
            return at >= 0 ? UnicodeTables.NumericLetterValues[at] : -1;
        }
        if (cat == UnicodeCategory.Surrogate)
        {
            return -1;
        }
        return Rune.GetNumericValue(new Rune(cp));
    }

    /// <summary>str.isspace: non-empty and all spaces (spaces are BMP, so units suffice).</summary>
    public static bool IsSpaceString(string s)
    {
        foreach (char c in s)
        {
            if (!IsSpace(c))
            {
                return false;
            }
        }
        return s.Length != 0;
    }

    /// <summary>str.isalpha.</summary>
    public static bool IsAlphaString(string s) => s.Length != 0 && All(s, IsAlpha);

    /// <summary>str.isdecimal.</summary>
    public static bool IsDecimalString(string s) => s.Length != 0 && All(s, IsDecimal);

    /// <summary>str.isdigit.</summary>
    public static bool IsDigitString(string s) => s.Length != 0 && All(s, IsDigit);

    /// <summary>str.isnumeric.</summary>
    public static bool IsNumericString(string s) => s.Length != 0 && All(s, IsNumeric);

    /// <summary>str.isalnum.</summary>
    public static bool IsAlnumString(string s) => s.Length != 0 && All(s, IsAlnum);

    /// <summary>str.isprintable: true for the empty string.</summary>
    public static bool IsPrintableString(string s) => All(s, IsPrintable);

    /// <summary>str.isascii: true for the empty string.</summary>
    public static bool IsAsciiString(string s) => System.Text.Ascii.IsValid(s);

    /// <summary>str.isidentifier: XID_Start or '_', then XID_Continue; keywords count.</summary>
    public static bool IsIdentifier(string s)
    {
        if (s.Length == 0)
        {
            return false;
        }
        int first = StringLib.CodePointAt(s, 0, out int i);
        if (first != '_' && !IsXidStart(first))
        {
            return false;
        }
        while (i < s.Length)
        {
            if (!IsXidContinue(StringLib.CodePointAt(s, i, out i)))
            {
                return false;
            }
        }
        return true;
    }

    private static bool All(string s, Func<int, bool> predicate)
    {
        int i = 0;
        while (i < s.Length)
        {
            if (!predicate(StringLib.CodePointAt(s, i, out i)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether <paramref name="cp"/> lies in one of the inclusive ranges, given as sorted
    /// (first, last) pairs.</summary>
    public static bool InRanges(ReadOnlySpan<int> ranges, int cp)
    {
        int lo = 0;
        int hi = (ranges.Length >> 1) - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid])
            {
                hi = mid - 1;
            }
            else if (cp > ranges[(2 * mid) + 1])
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }
        return false;
    }
}
