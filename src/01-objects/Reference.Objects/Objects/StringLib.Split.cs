// Splitting and replacing: CPython's Objects/stringlib/split.h, partition.h and the replace
// family in Objects/unicodeobject.c.
//
// Whitespace and line boundaries are all BMP code points that are not surrogates, so those scans
// walk UTF-16 units directly; separators go through StringLib.IndexOf, which keeps matches on code
// point boundaries. A negative maxsplit (or count) means "no limit", as in Python.
namespace Reference.Objects;

internal static partial class StringLib
{
    /// <summary>str.split() with no separator: runs of whitespace separate, and leading or trailing
    /// whitespace yields no empty strings. Once maxsplit splits are made, the rest (leading
    /// whitespace stripped, trailing kept) is the last item.</summary>
    public static List<string> SplitWhitespace(string s, int maxsplit = -1)
    {
        var parts = new List<string>();
        int left = maxsplit < 0 ? int.MaxValue : maxsplit;
        int i = 0;
        int n = s.Length;
        while (left-- > 0)
        {
            while (i < n && UnicodeCtype.IsSpace(s[i]))
            {
                i++;
            }
            if (i == n)
            {
                return parts;
            }
            int j = i++;
            while (i < n && !UnicodeCtype.IsSpace(s[i]))
            {
                i++;
            }
            parts.Add(s[j..i]);
        }
        while (i < n && UnicodeCtype.IsSpace(s[i]))
        {
            i++;
        }
        if (i < n)
        {
            parts.Add(s[i..]);
        }
        return parts;
    }

    /// <summary>str.rsplit() with no separator: SplitWhitespace working from the right.</summary>
    public static List<string> RSplitWhitespace(string s, int maxsplit = -1)
    {
        var parts = new List<string>();
        int left = maxsplit < 0 ? int.MaxValue : maxsplit;
        int i = s.Length;
        while (left-- > 0)
        {
            while (i > 0 && UnicodeCtype.IsSpace(s[i - 1]))
            {
                i--;
            }
            if (i == 0)
            {
                parts.Reverse();
                return parts;
            }
            int j = i--;
            while (i > 0 && !UnicodeCtype.IsSpace(s[i - 1]))
            {
                i--;
            }
            parts.Add(s[i..j]);
        }
        while (i > 0 && UnicodeCtype.IsSpace(s[i - 1]))
        {
            i--;
        }
        if (i > 0)
        {
            parts.Add(s[..i]);
        }
        parts.Reverse();
        return parts;
    }

    /// <summary>str.split(sep, maxsplit). <paramref name="sep"/> must not be empty: Python raises
    /// ValueError("empty separator"), which the caller owns.</summary>
    public static List<string> Split(string s, string sep, int maxsplit = -1)
    {
        ArgumentException.ThrowIfNullOrEmpty(sep);
        var parts = new List<string>();
        int left = maxsplit < 0 ? int.MaxValue : maxsplit;
        int i = 0;
        while (left-- > 0)
        {
            int at = IndexOf(s, sep, i, s.Length);
            if (at < 0)
            {
                break;
            }
            parts.Add(s[i..at]);
            i = at + sep.Length;
        }
        parts.Add(i == 0 ? s : s[i..]);
        return parts;
    }

    /// <summary>str.rsplit(sep, maxsplit): Split working from the right. sep must not be empty.</summary>
    public static List<string> RSplit(string s, string sep, int maxsplit = -1)
    {
        ArgumentException.ThrowIfNullOrEmpty(sep);
        var parts = new List<string>();
        int left = maxsplit < 0 ? int.MaxValue : maxsplit;
        int j = s.Length;
        while (left-- > 0)
        {
            int at = LastIndexOf(s, sep, 0, j);
            if (at < 0)
            {
                break;
            }
            parts.Add(s[(at + sep.Length)..j]);
            j = at;
        }
        parts.Add(j == s.Length ? s : s[..j]);
        parts.Reverse();
        return parts;
    }

    /// <summary>str.splitlines(keepends): splits at \n, \r, \r\n (one boundary), \v, \f, \x1c,
    /// \x1d, \x1e, \x85, U+2028 and U+2029. A final boundary starts no empty line.</summary>
    public static List<string> SplitLines(string s, bool keepends = false)
    {
        var lines = new List<string>();
        int n = s.Length;
        int i = 0;
        while (i < n)
        {
            int start = i;
            while (i < n && !UnicodeCtype.IsLinebreak(s[i]))
            {
                i++;
            }
            int eol = i;
            if (i < n)
            {
                i += s[i] == '\r' && i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
                if (keepends)
                {
                    eol = i;
                }
            }
            lines.Add(start == 0 && eol == n ? s : s[start..eol]);
        }
        return lines;
    }

    /// <summary>str.partition(sep): (head, sep, tail) around the first match, or (s, "", "").
    /// sep must not be empty.</summary>
    public static (string Head, string Sep, string Tail) Partition(string s, string sep)
    {
        ArgumentException.ThrowIfNullOrEmpty(sep);
        int at = IndexOf(s, sep, 0, s.Length);
        return at < 0 ? (s, "", "") : (s[..at], sep, s[(at + sep.Length)..]);
    }

    /// <summary>str.rpartition(sep): around the last match, or ("", "", s). sep must not be empty.</summary>
    public static (string Head, string Sep, string Tail) RPartition(string s, string sep)
    {
        ArgumentException.ThrowIfNullOrEmpty(sep);
        int at = LastIndexOf(s, sep, 0, s.Length);
        return at < 0 ? ("", "", s) : (s[..at], sep, s[(at + sep.Length)..]);
    }

    /// <summary>str.replace(old, new, count). An empty <paramref name="old"/> matches before every
    /// code point and at the end, so 'a😀'.replace('', '-') is '-a-😀-'.</summary>
    public static string Replace(string s, string old, string replacement, int count = -1)
    {
        int left = count < 0 ? int.MaxValue : count;
        if (left == 0)
        {
            return s;
        }
        var b = new TextBuilder(s.Length + 16);
        if (old.Length == 0)
        {
            int i = 0;
            while (left-- > 0)
            {
                b.Append(replacement);
                if (i == s.Length)
                {
                    break;
                }
                CodePointAt(s, i, out int next);
                b.Append(s.AsSpan(i, next - i));
                i = next;
            }
            b.Append(s.AsSpan(i));
            return b.ToStringAndDispose();
        }
        int from = 0;
        int at = IndexOf(s, old, 0, s.Length);
        if (at < 0)
        {
            b.Dispose();
            return s;
        }
        while (at >= 0 && left-- > 0)
        {
            b.Append(s.AsSpan(from, at - from));
            b.Append(replacement);
            from = at + old.Length;
            at = IndexOf(s, old, from, s.Length);
        }
        b.Append(s.AsSpan(from));
        return b.ToStringAndDispose();
    }
}
