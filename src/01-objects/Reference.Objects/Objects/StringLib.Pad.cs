// Stripping, padding and tab expansion: str.strip/lstrip/rstrip (do_strip and do_argstrip),
// center/ljust/rjust (pad), zfill and expandtabs in CPython's Objects/unicodeobject.c and
// Objects/stringlib/transmogrify.h.
//
// Widths and columns count code points. A method that has nothing to change returns its argument
// itself; CPython does the same for exact str instances, and a caller that must hand back a
// distinct object (for a str subclass) copies.
namespace Reference.Objects;

internal static partial class StringLib
{
    /// <summary>str.strip(chars); null <paramref name="chars"/> means Python whitespace.</summary>
    public static string Strip(string s, string? chars = null) => StripCore(s, chars, left: true, right: true);

    /// <summary>str.lstrip(chars).</summary>
    public static string LStrip(string s, string? chars = null) => StripCore(s, chars, left: true, right: false);

    /// <summary>str.rstrip(chars).</summary>
    public static string RStrip(string s, string? chars = null) => StripCore(s, chars, left: false, right: true);

    private static string StripCore(string s, string? chars, bool left, bool right)
    {
        int i = 0;
        int j = s.Length;
        if (chars is null)
        {
            // Python whitespace is BMP and never a surrogate.
            while (left && i < j && UnicodeCtype.IsSpace(s[i]))
            {
                i++;
            }
            while (right && j > i && UnicodeCtype.IsSpace(s[j - 1]))
            {
                j--;
            }
        }
        else if (!HasSurrogates(chars))
        {
            // No unit of a surrogate pair in s can equal a non-surrogate char, so units suffice.
            ReadOnlySpan<char> set = chars;
            while (left && i < j && set.Contains(s[i]))
            {
                i++;
            }
            while (right && j > i && set.Contains(s[j - 1]))
            {
                j--;
            }
        }
        else
        {
            while (left && i < j && ContainsCodePoint(chars, CodePointAt(s, i, out int next)))
            {
                i = next;
            }
            while (right && j > i && ContainsCodePoint(chars, CodePointBefore(s, j, out int start)))
            {
                j = start;
            }
        }
        return i == 0 && j == s.Length ? s : s[i..j];
    }

    private static bool ContainsCodePoint(string set, int cp)
    {
        int i = 0;
        while (i < set.Length)
        {
            if (CodePointAt(set, i, out i) == cp)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>str.center(width, fillchar). The left margin is half the padding, rounded up
    /// only when both the padding and the width are odd: 'a'.center(4) is ' a  ' while
    /// 'ab'.center(5) is '  ab '.</summary>
    public static string Center(string s, int width, int fillCodePoint = ' ')
    {
        int margin = width - CodePointLength(s);
        if (margin <= 0)
        {
            return s;
        }
        int leftPad = (margin / 2) + (margin & width & 1);
        return Pad(s, leftPad, margin - leftPad, fillCodePoint);
    }

    /// <summary>str.ljust(width, fillchar): padding on the right.</summary>
    public static string LJust(string s, int width, int fillCodePoint = ' ')
    {
        int margin = width - CodePointLength(s);
        return margin <= 0 ? s : Pad(s, 0, margin, fillCodePoint);
    }

    /// <summary>str.rjust(width, fillchar): padding on the left.</summary>
    public static string RJust(string s, int width, int fillCodePoint = ' ')
    {
        int margin = width - CodePointLength(s);
        return margin <= 0 ? s : Pad(s, margin, 0, fillCodePoint);
    }

    private static string Pad(string s, int leftPad, int rightPad, int fill)
    {
        var b = new TextBuilder(s.Length + leftPad + rightPad);
        AppendFill(ref b, fill, leftPad);
        b.Append(s);
        AppendFill(ref b, fill, rightPad);
        return b.ToStringAndDispose();
    }

    private static void AppendFill(ref TextBuilder b, int fill, int count)
    {
        if (fill < 0x10000)
        {
            b.Append((char)fill, count);
            return;
        }
        for (int k = 0; k < count; k++)
        {
            b.AppendCodePoint(fill);
        }
    }

    /// <summary>str.zfill(width): zeros on the left, after a leading '+' or '-' sign.</summary>
    public static string Zfill(string s, int width)
    {
        int fill = width - CodePointLength(s);
        if (fill <= 0)
        {
            return s;
        }
        var b = new TextBuilder(s.Length + fill);
        int rest = 0;
        if (s.Length != 0 && s[0] is '+' or '-')
        {
            b.Append(s[0]);
            rest = 1;
        }
        b.Append('0', fill);
        b.Append(s.AsSpan(rest));
        return b.ToStringAndDispose();
    }

    /// <summary>str.expandtabs(tabsize): each tab becomes spaces up to the next multiple of
    /// tabsize columns (none when tabsize &lt;= 0); \n and \r return the column to 0.</summary>
    public static string ExpandTabs(string s, int tabsize = 8)
    {
        if (!s.Contains('\t', StringComparison.Ordinal))
        {
            return s;
        }
        var b = new TextBuilder(s.Length + 16);
        long column = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\t')
            {
                if (tabsize > 0)
                {
                    int spaces = tabsize - (int)(column % tabsize);
                    b.Append(' ', spaces);
                    column += spaces;
                }
            }
            else
            {
                b.Append(c);
                if (c is '\n' or '\r')
                {
                    column = 0;
                }
                else if (!(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1])))
                {
                    column++;
                }
            }
        }
        return b.ToStringAndDispose();
    }
}
