// Full case mapping for str.upper/lower/casefold/title/capitalize/swapcase and the islower,
// isupper, istitle predicates: do_upper_or_lower, do_title, do_capitalize, do_swapcase,
// do_casefold and handle_capital_sigma in CPython's Objects/unicodeobject.c, over the
// _PyUnicode_To*Full mappings of Objects/unicodectype.c.
//
// Full mappings may lengthen text ('ß'.upper() is 'SS', 'ﬃ'.upper() is 'FFI'), so results are
// built rather than mapped in place. A code point's full mapping is the simple one-to-one mapping
// that .NET's invariant Rune casing gives, except for the few hundred BMP code points listed in
// UnicodeTables.SpecialCaseKeys (SpecialCasing.txt, CaseFolding.txt, titlecase digraphs, and the
// two simple mappings .NET leaves out on purpose). The title form of any other code point is its
// upper form and its folded form is its lower form.
//
// The one context rule CPython applies is Final_Sigma, and only where a character is lowered:
// lower(), the lowered tail of title() and capitalize(), and swapcase() of an uppercase sigma.
// casefold() never produces a final sigma.
//
// Upper, Lower and Casefold hand back their argument itself when nothing changes. CPython always
// builds a new str there; the caller's fresh str object already gives Python that identity.
using System.Text;

namespace Reference.Objects;

/// <summary>A full case mapping; the values index a row of UnicodeTables.SpecialCaseMaps.</summary>
internal enum CaseForm
{
    Upper = 0,
    Lower = 1,
    Title = 2,
    Fold = 3,
}

/// <summary>Python's str case conversions and case predicates.</summary>
internal static class UnicodeCase
{
    private const int CapitalSigma = 0x03A3;

    /// <summary>str.upper().</summary>
    public static string Upper(string s) => MapAll(s, CaseForm.Upper);

    /// <summary>str.lower(), with Final_Sigma.</summary>
    public static string Lower(string s) => MapAll(s, CaseForm.Lower);

    /// <summary>str.casefold(): full case folding, for caseless matching.</summary>
    public static string Casefold(string s) => MapAll(s, CaseForm.Fold);

    /// <summary>str.title(): a code point after a cased one is lowered, any other is titled, so
    /// every cased/uncased transition starts a "word": "they're" becomes "They'Re".</summary>
    public static string Title(string s)
    {
        var b = new TextBuilder(s.Length + 8);
        bool previousCased = false;
        for (int i = 0; i < s.Length;)
        {
            int start = i;
            int cp = StringLib.CodePointAt(s, i, out i);
            if (previousCased)
            {
                AppendLowered(ref b, s, start, cp);
            }
            else
            {
                AppendForm(ref b, cp, CaseForm.Title);
            }
            previousCased = UnicodeCtype.IsCased(cp);
        }
        return b.ToStringAndDispose();
    }

    /// <summary>str.capitalize(): the first code point titled (not uppercased: 'ǆ' becomes
    /// 'ǅ'), the rest lowered.</summary>
    public static string Capitalize(string s)
    {
        if (s.Length == 0)
        {
            return s;
        }
        var b = new TextBuilder(s.Length + 8);
        AppendForm(ref b, StringLib.CodePointAt(s, 0, out int i), CaseForm.Title);
        while (i < s.Length)
        {
            int start = i;
            AppendLowered(ref b, s, start, StringLib.CodePointAt(s, i, out i));
        }
        return b.ToStringAndDispose();
    }

    /// <summary>str.swapcase(): Uppercase code points are lowered, Lowercase ones uppercased, the
    /// rest (titlecase letters included) kept.</summary>
    public static string Swapcase(string s)
    {
        var b = new TextBuilder(s.Length + 8);
        for (int i = 0; i < s.Length;)
        {
            int start = i;
            int cp = StringLib.CodePointAt(s, i, out i);
            if (UnicodeCtype.IsUpper(cp))
            {
                AppendLowered(ref b, s, start, cp);
            }
            else if (UnicodeCtype.IsLower(cp))
            {
                AppendForm(ref b, cp, CaseForm.Upper);
            }
            else
            {
                b.Append(s.AsSpan(start, i - start));
            }
        }
        return b.ToStringAndDispose();
    }

    /// <summary>str.islower(): some cased code point and no Uppercase or titlecase one.</summary>
    public static bool IsLowerString(string s)
    {
        bool cased = false;
        for (int i = 0; i < s.Length;)
        {
            int cp = StringLib.CodePointAt(s, i, out i);
            if (UnicodeCtype.IsUpper(cp) || UnicodeCtype.IsTitle(cp))
            {
                return false;
            }
            cased |= UnicodeCtype.IsLower(cp);
        }
        return cased;
    }

    /// <summary>str.isupper(): some cased code point and no Lowercase or titlecase one.</summary>
    public static bool IsUpperString(string s)
    {
        bool cased = false;
        for (int i = 0; i < s.Length;)
        {
            int cp = StringLib.CodePointAt(s, i, out i);
            if (UnicodeCtype.IsLower(cp) || UnicodeCtype.IsTitle(cp))
            {
                return false;
            }
            cased |= UnicodeCtype.IsUpper(cp);
        }
        return cased;
    }

    /// <summary>str.istitle(): some cased code point, uppercase and titlecase ones only after
    /// uncased ones, lowercase ones only after cased ones.</summary>
    public static bool IsTitleString(string s)
    {
        bool cased = false;
        bool previousCased = false;
        for (int i = 0; i < s.Length;)
        {
            int cp = StringLib.CodePointAt(s, i, out i);
            if (UnicodeCtype.IsUpper(cp) || UnicodeCtype.IsTitle(cp))
            {
                if (previousCased)
                {
                    return false;
                }
                previousCased = cased = true;
            }
            else if (UnicodeCtype.IsLower(cp))
            {
                if (!previousCased)
                {
                    return false;
                }
                previousCased = cased = true;
            }
            else
            {
                previousCased = false;
            }
        }
        return cased;
    }

    /// <summary>The full upper, lower, title or folded form of one code point, as UTF-16: one to
    /// three code points. No context rules apply here.</summary>
    public static string MapCodePoint(int cp, CaseForm form)
    {
        var b = new TextBuilder(4);
        AppendForm(ref b, cp, form);
        return b.ToStringAndDispose();
    }

    private static string MapAll(string s, CaseForm form)
    {
        // Text that is already in the target form costs one scan and no allocation.
        int i = 0;
        while (i < s.Length && s[i] < 0x80 && AsciiForm(s[i], form) == s[i])
        {
            i++;
        }
        if (i == s.Length)
        {
            return s;
        }
        if (System.Text.Ascii.IsValid(s.AsSpan(i)))
        {
            // All ASCII: one vectorized pass into the new string.
            return form == CaseForm.Upper
                ? string.Create(s.Length, s, static (dest, src) => System.Text.Ascii.ToUpper(src, dest, out _))
                : string.Create(s.Length, s, static (dest, src) => System.Text.Ascii.ToLower(src, dest, out _));
        }
        var b = new TextBuilder(s.Length + 8);
        b.Append(s.AsSpan(0, i));
        while (i < s.Length)
        {
            char c = s[i];
            if (c < 0x80)
            {
                b.Append(AsciiForm(c, form));
                i++;
                continue;
            }
            int start = i;
            int cp = StringLib.CodePointAt(s, i, out i);
            if (form == CaseForm.Lower)
            {
                AppendLowered(ref b, s, start, cp);
            }
            else
            {
                AppendForm(ref b, cp, form);
            }
        }
        return b.ToStringAndDispose();
    }

    private static char AsciiForm(char c, CaseForm form) => form is CaseForm.Upper or CaseForm.Title
        ? (uint)(c - 'a') <= 'z' - 'a' ? (char)(c - 0x20) : c
        : (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c + 0x20) : c;

    // Lowers the code point at char index `at` of s, where the final sigma rule can look at its
    // neighbours (CPython's lower_ucs4).
    private static void AppendLowered(ref TextBuilder b, string s, int at, int cp)
    {
        if (cp == CapitalSigma)
        {
            b.Append(IsFinalSigma(s, at) ? '\u03C2' : '\u03C3');
            return;
        }
        AppendForm(ref b, cp, CaseForm.Lower);
    }

    // Final_Sigma: a cased code point comes before (skipping case-ignorable ones), and no cased
    // code point comes after (skipping the same).
    private static bool IsFinalSigma(string s, int at)
    {
        int j = at;
        int cp = 0;
        while (j > 0)
        {
            cp = StringLib.CodePointBefore(s, j, out j);
            if (!UnicodeCtype.IsCaseIgnorable(cp))
            {
                break;
            }
        }
        if (!UnicodeCtype.IsCased(cp) || UnicodeCtype.IsCaseIgnorable(cp))
        {
            return false;
        }
        j = at + 1;
        while (j < s.Length)
        {
            cp = StringLib.CodePointAt(s, j, out j);
            if (!UnicodeCtype.IsCaseIgnorable(cp))
            {
                return !UnicodeCtype.IsCased(cp);
            }
        }
        return true;
    }

    private static void AppendForm(ref TextBuilder b, int cp, CaseForm form)
    {
        if (cp < 0x80)
        {
            b.Append(AsciiForm((char)cp, form));
            return;
        }
        int special = SpecialIndex(cp);
        if (special >= 0)
        {
            int packed = UnicodeTables.SpecialCaseMaps[(special * 4) + (int)form];
            b.Append(UnicodeTables.SpecialCasePool.Slice(packed >> 2, packed & 3));
            return;
        }
        if (cp is >= 0xD800 and <= 0xDFFF)
        {
            b.Append((char)cp);
            return;
        }
        var rune = new Rune(cp);
        rune = form is CaseForm.Upper or CaseForm.Title ? Rune.ToUpperInvariant(rune) : Rune.ToLowerInvariant(rune);
        b.AppendCodePoint(rune.Value);
    }

    private static int SpecialIndex(int cp)
    {
        if (cp > 0xFFFF)
        {
            return -1;
        }
        int block = cp >> 8;
        if ((UnicodeTables.SpecialCaseBlocks[block >> 6] & (1UL << (block & 63))) == 0)
        {
            return -1;
        }
        return UnicodeTables.SpecialCaseKeys.BinarySearch((char)cp);
    }
}
