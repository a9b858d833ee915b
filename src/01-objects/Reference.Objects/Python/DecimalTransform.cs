// Objects/unicodeobject.c: _PyUnicode_TransformDecimalAndSpaceToASCII, and Python's whitespace.
//
// int() and float() accept any Unicode decimal digit ('١٢' is 12) and any Unicode whitespace
// around the number. CPython does not teach its parsers Unicode: it first rewrites the text as
// ASCII (each decimal digit becomes '0'..'9', each whitespace character above ASCII becomes a
// space) and stops at the first character it cannot rewrite, leaving a '?' the ASCII parser then
// rejects. ASCII characters pass through unchanged, so the control characters \x1c..\x1f stay as
// they are, and the ASCII parsers, which only skip " \t\n\r\v\f", reject them.
//
// The parsers here do the same. Bytes input (int(b'12'), float(b'1.5')) skips the rewrite: any
// byte outside ASCII is simply invalid.
using System.Globalization;
using System.Text;

namespace Reference.Objects;

/// <summary>Unicode digits and whitespace rewritten as ASCII, as int() and float() see their input.</summary>
internal static class DecimalTransform
{
    /// <summary>Whether <paramref name="codePoint"/> is whitespace to Python (<c>str.isspace</c>,
    /// C: <c>Py_UNICODE_ISSPACE</c>): categories Zs, Zl, Zp and the bidirectional classes WS, B, S.</summary>
    public static bool IsSpace(int codePoint) => codePoint switch
    {
        >= 0x09 and <= 0x0D or >= 0x1C and <= 0x20 => true,
        0x85 or 0xA0 or 0x1680 => true,
        >= 0x2000 and <= 0x200A => true,
        0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000 => true,
        _ => false,
    };

    /// <summary>The whitespace the ASCII parsers skip (C: <c>Py_ISSPACE</c>).</summary>
    public static bool IsAsciiSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';

    /// <summary>The value of a decimal digit (category Nd) in any script, or -1.</summary>
    public static int DecimalValue(int codePoint)
    {
        if (!Rune.IsValid(codePoint))
        {
            return -1; // a lone surrogate
        }
        var rune = new Rune(codePoint);
        return Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber
            ? (int)Rune.GetNumericValue(rune)
            : -1;
    }

    /// <summary>Rewrites <paramref name="text"/> as ASCII into <paramref name="dest"/> (at least as long)
    /// and returns the length written. Stops after a '?' at the first character it cannot rewrite.</summary>
    public static int ToAscii(ReadOnlySpan<char> text, Span<char> dest)
    {
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 127)
            {
                dest[n++] = c;
                continue;
            }
            int codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, text[i + 1]);
                i++;
            }
            if (IsSpace(codePoint))
            {
                dest[n++] = ' ';
                continue;
            }
            int digit = DecimalValue(codePoint);
            if (digit < 0)
            {
                dest[n++] = '?';
                break;
            }
            dest[n++] = (char)('0' + digit);
        }
        return n;
    }

    /// <summary>Copies ASCII bytes as characters; stops after a '?' at the first byte outside ASCII.</summary>
    public static int ToAscii(ReadOnlySpan<byte> bytes, Span<char> dest)
    {
        int n = 0;
        foreach (byte b in bytes)
        {
            if (b >= 127)
            {
                dest[n++] = '?';
                break;
            }
            dest[n++] = (char)b;
        }
        return n;
    }

    /// <summary>Removes leading and trailing <see cref="IsAsciiSpace"/> characters.</summary>
    public static Span<char> TrimAsciiSpace(Span<char> text)
    {
        (int start, int length) = TrimmedRange(text);
        return text.Slice(start, length);
    }

    /// <summary>Removes leading and trailing <see cref="IsAsciiSpace"/> characters.</summary>
    public static ReadOnlySpan<char> TrimAsciiSpace(ReadOnlySpan<char> text)
    {
        (int start, int length) = TrimmedRange(text);
        return text.Slice(start, length);
    }

    private static (int Start, int Length) TrimmedRange(ReadOnlySpan<char> text)
    {
        int start = 0, end = text.Length;
        while (start < end && IsAsciiSpace(text[start]))
        {
            start++;
        }
        while (end > start && IsAsciiSpace(text[end - 1]))
        {
            end--;
        }
        return (start, end - start);
    }
}
