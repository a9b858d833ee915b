// str algorithms with Python's indexing: CPython's Objects/stringlib/ (find.h, count.h,
// fastsearch.h) and the index helpers of Objects/unicodeobject.c.
//
// A Python str is a sequence of code points; ours is a .NET string in UTF-16, where a code point
// above U+FFFF takes a surrogate pair and a lone surrogate stands for itself. So every index that
// crosses the boundary to Python (find's result, start/end arguments, widths) counts code points,
// and a substring match counts only when it starts and ends on code point boundaries: '\ude00' does
// not occur in '😀' even though its UTF-16 form does. Strings without surrogates, by far the common
// case, take the direct path where code point and char indexes agree.
//
// The representation cannot tell a high surrogate followed by a low one, two code points in
// Python, from the pair that encodes one astral code point; it always reads the pair.
namespace Reference.Objects;

/// <summary>Python-semantics string searching and code point indexing over .NET strings.</summary>
internal static partial class StringLib
{
    /// <summary>The code point at char index <paramref name="i"/> and the index after it.</summary>
    public static int CodePointAt(string s, int i, out int next)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            next = i + 2;
            return char.ConvertToUtf32(c, s[i + 1]);
        }
        next = i + 1;
        return c;
    }

    /// <summary>The code point that ends just before char index <paramref name="end"/>, and where it starts.</summary>
    public static int CodePointBefore(string s, int end, out int start)
    {
        char c = s[end - 1];
        if (char.IsLowSurrogate(c) && end >= 2 && char.IsHighSurrogate(s[end - 2]))
        {
            start = end - 2;
            return char.ConvertToUtf32(s[end - 2], c);
        }
        start = end - 1;
        return c;
    }

    /// <summary>Whether the string has any surrogate unit (paired or lone); vectorized.</summary>
    public static bool HasSurrogates(ReadOnlySpan<char> s) => s.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    /// <summary>len(s): the number of code points.</summary>
    public static int CodePointLength(string s)
    {
        int first = s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return s.Length;
        }
        int pairs = 0;
        for (int i = first; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                pairs++;
                i++;
            }
        }
        return s.Length - pairs;
    }

    /// <summary>The char index where code point <paramref name="cpIndex"/> starts (0..len inclusive).</summary>
    public static int CodePointIndexToCharIndex(string s, int cpIndex)
    {
        int first = s.AsSpan(0, Math.Min(cpIndex, s.Length)).IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return cpIndex;
        }
        int ci = first;
        for (int cp = first; cp < cpIndex && ci < s.Length; cp++)
        {
            ci += char.IsHighSurrogate(s[ci]) && ci + 1 < s.Length && char.IsLowSurrogate(s[ci + 1]) ? 2 : 1;
        }
        return ci;
    }

    /// <summary>The code point index of char index <paramref name="charIndex"/>, which must be on a
    /// code point boundary.</summary>
    public static int CharIndexToCodePointIndex(string s, int charIndex)
    {
        int first = s.AsSpan(0, charIndex).IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return charIndex;
        }
        int pairs = 0;
        for (int i = first; i + 1 < charIndex; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                pairs++;
                i++;
            }
        }
        return charIndex - pairs;
    }

    /// <summary>Python's str ordering: lexicographic by code point, a proper prefix first. UTF-16
    /// ordinal order differs where a surrogate pair (an astral code point) meets a BMP code point
    /// at or above U+E000, so the first difference is decoded. Returns a negative number, zero or
    /// a positive number.</summary>
    public static int CompareCodePoints(string a, string b)
    {
        int i = a.AsSpan().CommonPrefixLength(b);
        if (i == a.Length || i == b.Length)
        {
            return a.Length - b.Length;
        }
        // A shared high surrogate followed by two different units: the code points start there.
        if (i > 0 && char.IsHighSurrogate(a[i - 1]) && (char.IsLowSurrogate(a[i]) || char.IsLowSurrogate(b[i])))
        {
            i--;
        }
        return CodePointAt(a, i, out _) - CodePointAt(b, i, out _);
    }

    /// <summary>Slice-index normalization for start/end arguments (CPython's ADJUST_INDICES):
    /// negative values count from the end, then both are clamped to 0..length. start may end up
    /// past end; callers treat that as an empty window.</summary>
    public static void AdjustIndices<T>(ref T start, ref T end, T length) where T : System.Numerics.INumber<T>
    {
        if (end > length)
        {
            end = length;
        }
        else if (T.IsNegative(end))
        {
            end = T.Max(end + length, T.Zero);
        }
        if (T.IsNegative(start))
        {
            start = T.Max(start + length, T.Zero);
        }
    }

    /// <summary>str.find(sub, start, end): the code point index of the first match, or -1.</summary>
    public static int Find(string s, string sub, int start = 0, int end = int.MaxValue)
    {
        if (!TryWindow(s, sub, ref start, ref end, out int cs, out int ce))
        {
            return -1;
        }
        int at = IndexOf(s, sub, cs, ce);
        return at < 0 ? -1 : at == cs ? start : CharIndexToCodePointIndex(s, at);
    }

    /// <summary>str.rfind(sub, start, end): the code point index of the last match, or -1.</summary>
    public static int RFind(string s, string sub, int start = 0, int end = int.MaxValue)
    {
        if (!TryWindow(s, sub, ref start, ref end, out int cs, out int ce))
        {
            return -1;
        }
        int at = LastIndexOf(s, sub, cs, ce);
        return at < 0 ? -1 : CharIndexToCodePointIndex(s, at);
    }

    /// <summary>str.count(sub, start, end): non-overlapping matches; the empty string matches at
    /// every code point boundary of the window.</summary>
    public static int Count(string s, string sub, int start = 0, int end = int.MaxValue)
    {
        if (!TryWindow(s, sub, ref start, ref end, out int cs, out int ce))
        {
            return 0;
        }
        if (sub.Length == 0)
        {
            return end - start + 1;
        }
        int count = 0;
        for (int at = IndexOf(s, sub, cs, ce); at >= 0; at = IndexOf(s, sub, at + sub.Length, ce))
        {
            count++;
        }
        return count;
    }

    /// <summary>str.startswith(prefix, start, end) for one prefix.</summary>
    public static bool StartsWith(string s, string prefix, int start = 0, int end = int.MaxValue) =>
        TailMatch(s, prefix, start, end, atEnd: false);

    /// <summary>str.endswith(suffix, start, end) for one suffix.</summary>
    public static bool EndsWith(string s, string suffix, int start = 0, int end = int.MaxValue) =>
        TailMatch(s, suffix, start, end, atEnd: true);

    private static bool TailMatch(string s, string sub, int start, int end, bool atEnd)
    {
        if (!TryWindow(s, sub, ref start, ref end, out int cs, out int ce))
        {
            return false;
        }
        ReadOnlySpan<char> window = s.AsSpan(cs, ce - cs);
        return atEnd ? window.EndsWith(sub.AsSpan()) && IsBoundary(s, ce - sub.Length)
                     : window.StartsWith(sub.AsSpan()) && IsBoundary(s, cs + sub.Length);
    }

    // Normalizes start/end (code points) and converts them to the char window [cs, ce). False when
    // the window is shorter than the needle, which CPython checks before searching at all.
    private static bool TryWindow(string s, string sub, ref int start, ref int end, out int cs, out int ce)
    {
        bool plain = !HasSurrogates(s);
        int length = plain ? s.Length : CodePointLength(s);
        AdjustIndices(ref start, ref end, length);
        if ((long)end - start < CodePointLength(sub))
        {
            cs = ce = 0;
            return false;
        }
        cs = plain ? start : CodePointIndexToCharIndex(s, start);
        ce = plain ? end : CodePointIndexToCharIndex(s, end);
        return true;
    }

    /// <summary>Whether char index <paramref name="i"/> does not split a surrogate pair.</summary>
    public static bool IsBoundary(string s, int i) =>
        i <= 0 || i >= s.Length || !(char.IsLowSurrogate(s[i]) && char.IsHighSurrogate(s[i - 1]));

    /// <summary>The char index of the first match of <paramref name="sub"/> inside chars
    /// [<paramref name="from"/>, <paramref name="to"/>) that lies on code point boundaries, or -1.</summary>
    public static int IndexOf(string s, string sub, int from, int to)
    {
        // Only a needle that starts with a low surrogate or ends with a high one can match inside
        // a pair; any other match is on boundaries by construction.
        bool check = sub.Length != 0 && (char.IsLowSurrogate(sub[0]) || char.IsHighSurrogate(sub[^1]));
        while (from <= to - sub.Length)
        {
            int at = s.AsSpan(from, to - from).IndexOf(sub.AsSpan());
            if (at < 0)
            {
                return -1;
            }
            at += from;
            if (!check || (IsBoundary(s, at) && IsBoundary(s, at + sub.Length)))
            {
                return at;
            }
            from = at + 1;
        }
        return -1;
    }

    /// <summary>The char index of the last match of <paramref name="sub"/> inside chars
    /// [<paramref name="from"/>, <paramref name="to"/>) that lies on code point boundaries, or -1.</summary>
    public static int LastIndexOf(string s, string sub, int from, int to)
    {
        if (sub.Length == 0)
        {
            return from <= to ? to : -1;
        }
        bool check = sub.Length != 0 && (char.IsLowSurrogate(sub[0]) || char.IsHighSurrogate(sub[^1]));
        while (to - from >= sub.Length)
        {
            int at = s.AsSpan(from, to - from).LastIndexOf(sub.AsSpan());
            if (at < 0)
            {
                return -1;
            }
            at += from;
            if (!check || (IsBoundary(s, at) && IsBoundary(s, at + sub.Length)))
            {
                return at;
            }
            to = at + sub.Length - 1;
        }
        return -1;
    }
}
