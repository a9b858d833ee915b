// Python/formatter_unicode.c (calc_number_widths, fill_number) and Objects/unicodeobject.c
// (_PyUnicode_InsertThousandsGrouping): padding, signs and digit grouping for int and float.
//
// A formatted number is laid out as
//
//     <left pad> <sign> <prefix> <sign pad> <grouped digits> <point> <grouped fraction> <rest> <right pad>
//
// where the prefix is "0x" and friends, the rest is an exponent, a '%', "inf"/"nan", or the one
// character of format(65, 'c'). Only one of the three pads is ever nonzero, chosen by the
// alignment; '=' pads between the sign and the digits.
//
// Zero padding is special: with fill '0' and alignment '=' (which a bare leading "0" in the spec
// asks for) the padding is not fill but *more digits*: the integer part is widened with leading
// zeros, and grouped, separators and all, so format(1234, '09,') is '0,001,234'. CPython widens
// group by group until the digits and the minimum width are both used up, which can overshoot
// the width by a separator: format(1234, '08,') is '0,001,234' too. Fraction digits (3.14) are
// grouped from the left in threes and never padded.
//
// Widths count code points: an astral fill character is one column but two UTF-16 units.
namespace Reference.Objects;

/// <summary>The pieces of a formatted number, all but the remainder ASCII.</summary>
internal readonly ref struct NumberParts
{
    public bool Negative { get; init; }
    public ReadOnlySpan<char> Prefix { get; init; }
    public ReadOnlySpan<char> Digits { get; init; }
    public bool HasDecimal { get; init; }
    public ReadOnlySpan<char> Fraction { get; init; }
    public ReadOnlySpan<char> Remainder { get; init; }
}

/// <summary>Lays out a number under a format spec (C: <c>calc_number_widths</c> + <c>fill_number</c>).</summary>
internal static class NumberLayout
{
    /// <summary>The largest string .NET can allocate.</summary>
    internal const long MaxStringLength = 0x3FFF_FFDF;

    private const int StackLimit = 256;

    /// <summary>Builds the formatted text; null with a MemoryError when it could not exist.</summary>
    public static string? Build(in NumberParts parts, in FormatSpec spec, out FormatErrorKind kind, out string? error)
    {
        kind = FormatErrorKind.None;
        error = null;
        if (spec.Width > MaxStringLength)
        {
            return OutOfMemory(out kind, out error); // the result is at least this wide
        }
        char sign = spec.Sign switch
        {
            '+' => parts.Negative ? '-' : '+',
            ' ' => parts.Negative ? '-' : ' ',
            _ => parts.Negative ? '-' : '\0',
        };
        int remainderColumns = CountCodePoints(parts.Remainder);
        long fractionColumns = GroupedFractionLength(parts.Fraction.Length, spec.FractionSeparator);
        long nonDigits = (sign != '\0' ? 1 : 0) + parts.Prefix.Length + (parts.HasDecimal ? 1 : 0)
            + fractionColumns + remainderColumns;
        long minWidth = spec.Fill == '0' && spec.Align == '=' ? spec.Width - nonDigits : 0;
        long digitColumns = parts.Digits.IsEmpty
            ? 0 // only for 'c', whose character travels as the remainder
            : GroupedLength(parts.Digits.Length, minWidth, spec.ThousandsSeparator, spec.GroupSize);

        long padding = Math.Max(0, spec.Width - (nonDigits + digitColumns));
        long left = 0, inner = 0, right = 0;
        switch (spec.Align)
        {
            case '<':
                right = padding;
                break;
            case '^':
                left = padding / 2;
                right = padding - left;
                break;
            case '=':
                inner = padding;
                break;
            default:
                left = padding;
                break;
        }

        int fillUnits = spec.Fill > 0xFFFF ? 2 : 1;
        long length = nonDigits + digitColumns + padding * fillUnits + (parts.Remainder.Length - remainderColumns);
        if (length > MaxStringLength)
        {
            return OutOfMemory(out kind, out error);
        }

        using var scratch = new ScratchChars(stackalloc char[StackLimit], (int)length);
        Span<char> buffer = scratch.Span;
        int pos = Fill(buffer, 0, spec.Fill, left);
        if (sign != '\0')
        {
            buffer[pos++] = sign;
        }
        parts.Prefix.CopyTo(buffer[pos..]);
        pos += parts.Prefix.Length;
        pos = Fill(buffer, pos, spec.Fill, inner);
        if (!parts.Digits.IsEmpty)
        {
            WriteGrouped(parts.Digits, minWidth, spec.ThousandsSeparator, spec.GroupSize, buffer.Slice(pos, (int)digitColumns));
            pos += (int)digitColumns;
        }
        if (parts.HasDecimal)
        {
            buffer[pos++] = '.';
        }
        pos = WriteFraction(parts.Fraction, spec.FractionSeparator, buffer, pos);
        parts.Remainder.CopyTo(buffer[pos..]);
        pos += parts.Remainder.Length;
        pos = Fill(buffer, pos, spec.Fill, right);
        return new string(buffer[..pos]);
    }

    /// <summary>The MemoryError for results .NET cannot hold (CPython fails the same way, only later).</summary>
    internal static string? OutOfMemory(out FormatErrorKind kind, out string? error)
    {
        kind = FormatErrorKind.MemoryError;
        error = "";
        return null;
    }

    #region grouping
    /// <summary>How long <paramref name="count"/> digits become once grouped and widened with zeros to at
    /// least <paramref name="minWidth"/> (C: <c>_PyUnicode_InsertThousandsGrouping</c> counting).</summary>
    public static long GroupedLength(long count, long minWidth, char separator, int groupSize)
    {
        if (separator == '\0')
        {
            return Math.Max(Math.Max(count, minWidth), 1);
        }
        long remaining = count, length = 0;
        while (true)
        {
            long group = Math.Min(groupSize, Math.Max(Math.Max(remaining, minWidth), 1));
            length += group;
            remaining -= Math.Min(remaining, group);
            minWidth -= group;
            if (remaining <= 0 && minWidth <= 0)
            {
                return length;
            }
            length++; // the separator before the next group
            minWidth--;
        }
    }

    /// <summary>Writes the grouped digits right to left; <paramref name="dest"/> is exactly as long as
    /// <see cref="GroupedLength"/> says.</summary>
    private static void WriteGrouped(ReadOnlySpan<char> digits, long minWidth, char separator, int groupSize, Span<char> dest)
    {
        int at = dest.Length, next = digits.Length;
        long remaining = digits.Length;
        while (at > 0)
        {
            long group = separator == '\0'
                ? at
                : Math.Min(groupSize, Math.Max(Math.Max(remaining, minWidth), 1));
            int chars = (int)Math.Min(remaining, group);
            digits.Slice(next - chars, chars).CopyTo(dest[(at - chars)..]);
            next -= chars;
            at -= chars;
            for (long z = chars; z < group; z++)
            {
                dest[--at] = '0';
            }
            remaining -= chars;
            minWidth -= group + 1;
            if (at > 0)
            {
                dest[--at] = separator;
            }
        }
    }
    #endregion

    private static long GroupedFractionLength(int count, char separator) =>
        separator == '\0' || count == 0 ? count : count + (count - 1) / 3;

    private static int WriteFraction(ReadOnlySpan<char> fraction, char separator, Span<char> dest, int pos)
    {
        for (int i = 0; i < fraction.Length; i++)
        {
            if (separator != '\0' && i > 0 && i % 3 == 0)
            {
                dest[pos++] = separator;
            }
            dest[pos++] = fraction[i];
        }
        return pos;
    }

    private static int Fill(Span<char> dest, int pos, int fill, long count)
    {
        if (fill <= 0xFFFF)
        {
            dest.Slice(pos, (int)count).Fill((char)fill);
            return pos + (int)count;
        }
        Span<char> pair = stackalloc char[2];
        new System.Text.Rune(fill).EncodeToUtf16(pair);
        for (long i = 0; i < count; i++)
        {
            dest[pos++] = pair[0];
            dest[pos++] = pair[1];
        }
        return pos;
    }

    /// <summary>Code points in <paramref name="text"/>: a surrogate pair counts once.</summary>
    public static int CountCodePoints(ReadOnlySpan<char> text)
    {
        int count = text.Length;
        for (int i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                count--;
                i++;
            }
        }
        return count;
    }

    /// <summary>The UTF-16 length of the first <paramref name="codePoints"/> code points of <paramref name="text"/>.</summary>
    public static int UnitsForCodePoints(ReadOnlySpan<char> text, int codePoints)
    {
        int i = 0;
        for (int n = 0; n < codePoints && i < text.Length; n++)
        {
            i += i + 1 < text.Length && char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        }
        return i;
    }
}
