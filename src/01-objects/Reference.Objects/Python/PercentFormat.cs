// Objects/unicodeobject.c (unicode_format_arg_output, _PyUnicode_FormatLong, formatfloat): the
// conversions of printf-style '%' formatting.
//
// A conversion produces its body first: for integers the digits with '-' for negatives, the
// base marker "0o"/"0x"/"0X" only under '#', and zeros in front of the digits up to the precision
// (which for integers is a minimum digit count); for floats PyOS_double_to_string's text, the
// precision defaulting to 6 and '#' keeping the point. 'X' upper-cases everything, marker too.
//
// Then the body is fitted to the width. Numeric conversions may gain a sign ('+' or ' ' flags);
// with the '0' flag they pad with zeros *between* the sign and marker and the digits, otherwise
// with spaces on the left, or on the right under '-'. The '0' flag means nothing to %s, %r, %a and
// %c, which pad with spaces and whose precision truncates (counting code points).
//
// The lead's parser reads the flags, width, precision and conversion; these helpers make the text.
using System.Numerics;
using System.Text;

namespace Reference.Objects;

/// <summary>The flags of a '%' conversion (C: <c>F_LJUST</c> ... <c>F_ZERO</c>, same bit values).</summary>
[Flags]
internal enum PercentFlags
{
    None = 0,
    /// <summary>'-': pad on the right.</summary>
    LeftAdjust = 1,
    /// <summary>'+': a sign even for non-negative numbers.</summary>
    Sign = 2,
    /// <summary>' ': a space where a plus sign would go.</summary>
    Blank = 4,
    /// <summary>'#': base markers for o/x/X, a kept point for floats.</summary>
    Alternate = 8,
    /// <summary>'0': pad numbers with zeros after the sign.</summary>
    Zero = 16,
}

/// <summary>The numeric conversions and the padding of printf-style formatting.</summary>
internal static class PercentFormat
{
    /// <summary>%d %i %u %o %x %X of <paramref name="value"/>, padded to <paramref name="width"/>
    /// (-1: none); <paramref name="precision"/> (-1: none) is a minimum digit count. Decimal output is
    /// limited to <paramref name="maxStrDigits"/> digits (0: no limit); beyond it, null and a ValueError.
    /// Null with a MemoryError when the text could not be a .NET string.</summary>
    public static string? FormatInteger(BigInteger value, PercentFlags flags, int width, int precision, char conversion,
        int maxStrDigits, out FormatErrorKind kind, out string? error)
    {
        kind = FormatErrorKind.ValueError;
        int radix = conversion switch
        {
            'd' or 'i' or 'u' => 10,
            'o' => 8,
            'x' or 'X' => 16,
            _ => throw new ArgumentOutOfRangeException(nameof(conversion), conversion, "not an integer conversion"),
        };
        string? digits = LongText.ToString(BigInteger.Abs(value), radix, maxStrDigits, out error);
        if (digits is null)
        {
            return null;
        }
        string marker = (flags & PercentFlags.Alternate) == 0 || radix == 10 ? "" : conversion == 'o' ? "0o" : "0x";
        if (Math.Max(precision, width) > NumberLayout.MaxStringLength - 4)
        {
            return NumberLayout.OutOfMemory(out kind, out error);
        }
        string zeros = precision > digits.Length ? new string('0', precision - digits.Length) : "";
        string body = string.Concat(value.Sign < 0 ? "-" : "", marker, zeros, digits);
        if (conversion == 'X')
        {
            body = body.ToUpperInvariant();
        }
        kind = FormatErrorKind.None;
        return Pad(body, flags, width, precision, conversion)!;
    }

    /// <summary>%e %E %f %F %g %G of <paramref name="value"/>; <paramref name="precision"/> -1 means 6. Null
    /// (MemoryError) when the text could not be a .NET string.</summary>
    public static string? FormatFloat(double value, PercentFlags flags, int width, int precision, char conversion)
    {
        if (conversion is not ('e' or 'E' or 'f' or 'F' or 'g' or 'G'))
        {
            throw new ArgumentOutOfRangeException(nameof(conversion), conversion, "not a float conversion");
        }
        var options = (flags & PercentFlags.Alternate) != 0 ? FloatToStringFlags.Alternate : FloatToStringFlags.None;
        string? body = FloatToString.Format(value, conversion, precision < 0 ? 6 : precision, options);
        return body is null ? null : Pad(body, flags, width, precision, conversion);
    }

    #region percent-pad
    /// <summary>Fits a conversion's body to the width (C: <c>unicode_format_arg_output</c>). For %s, %r
    /// and %a the precision truncates first; numeric conversions take the sign and '0' flags. Null
    /// (MemoryError) when the width is beyond any .NET string.</summary>
    public static string? Pad(string body, PercentFlags flags, int width, int precision, char conversion)
    {
        bool numeric = conversion is 'd' or 'i' or 'u' or 'o' or 'x' or 'X' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G';
        char fill = numeric && (flags & PercentFlags.Zero) != 0 ? '0' : ' ';
        ReadOnlySpan<char> text = body;
        if (conversion is 's' or 'r' or 'a' && precision >= 0)
        {
            text = text[..NumberLayout.UnitsForCodePoints(text, precision)];
        }

        char sign = '\0';
        if (numeric)
        {
            if (text.Length > 0 && text[0] is '-' or '+')
            {
                sign = text[0];
                text = text[1..];
            }
            else if ((flags & PercentFlags.Sign) != 0)
            {
                sign = '+';
            }
            else if ((flags & PercentFlags.Blank) != 0)
            {
                sign = ' ';
            }
        }
        bool marker = (flags & PercentFlags.Alternate) != 0 && conversion is 'x' or 'X' or 'o';
        ReadOnlySpan<char> markerText = marker ? text[..2] : [];
        if (marker)
        {
            text = text[2..];
        }

        // Columns the content needs; the rest of the width is padding.
        int columns = (sign != '\0' ? 1 : 0) + markerText.Length + NumberLayout.CountCodePoints(text);
        int padding = Math.Max(0, width - columns);
        if ((long)text.Length + columns + padding > NumberLayout.MaxStringLength)
        {
            return null;
        }
        bool left = (flags & PercentFlags.LeftAdjust) != 0;
        var result = new StringBuilder(text.Length + columns + padding);
        if (fill == '0')
        {
            // Zeros go between the sign and marker and the digits.
            AppendSign(result, sign).Append(markerText);
            result.Append('0', left ? 0 : padding);
        }
        else
        {
            result.Append(' ', left ? 0 : padding);
            AppendSign(result, sign).Append(markerText);
        }
        result.Append(text);
        result.Append(' ', left ? padding : 0);
        return result.ToString();
    }
    #endregion

    private static StringBuilder AppendSign(StringBuilder builder, char sign) =>
        sign == '\0' ? builder : builder.Append(sign);
}
