// Objects/floatobject.c (PyFloat_FromString) and Python/pystrtod.c (_PyOS_ascii_strtod): float(str).
//
// float() accepts, after whitespace: an optional sign, then either "inf", "infinity" or "nan" in
// any case, or a decimal literal: digits with an optional point and fraction (at least one digit
// somewhere), then an optional exponent "e", sign, digits. Single underscores may sit between two
// digits anywhere, the exponent included ("1_000.5", "1e1_0"); nothing else may touch them. No
// hexadecimal, no "0x", no "1e" without digits, no internal spaces.
//
// The decimal conversion itself is .NET's: double.Parse has been correctly rounded (the IEEE
// nearest, ties to even) since .NET Core 3.0, saturates huge exponents to infinity and tiny ones
// to zero, keeps the sign of zero, and so agrees bit for bit with dtoa's strtod. Our job is only
// to accept exactly Python's grammar before handing the cleaned ASCII over.
//
// NaNs: Python's float('nan') has the sign bit clear and float('-nan') has it set (copysign
// tells). .NET's double.NaN has the sign bit *set*, so the constants below are spelled in bits.
using System.Globalization;

namespace Reference.Objects;

/// <summary>float(str) and float(bytes) (C: <c>PyFloat_FromString</c>).</summary>
internal static class FloatParse
{
    /// <summary>The NaN float('nan') makes: quiet, sign bit clear.</summary>
    public static readonly double PositiveNaN = BitConverter.UInt64BitsToDouble(0x7FF8_0000_0000_0000);

    /// <summary>The NaN float('-nan') makes: quiet, sign bit set.</summary>
    public static readonly double NegativeNaN = BitConverter.UInt64BitsToDouble(0xFFF8_0000_0000_0000);

    private const int StackLimit = 128;

    /// <summary>Parses <paramref name="text"/> as float() does; false means ValueError
    /// "could not convert string to float: {repr}".</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        using var ascii = new ScratchChars(stackalloc char[StackLimit], text.Length);
        return TryParseAscii(ascii.Span[..DecimalTransform.ToAscii(text, ascii.Span)], out value);
    }

    /// <summary>Parses bytes as float(b'...') does: ASCII only, no Unicode digits or spaces.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out double value)
    {
        using var ascii = new ScratchChars(stackalloc char[StackLimit], text.Length);
        return TryParseAscii(ascii.Span[..DecimalTransform.ToAscii(text, ascii.Span)], out value);
    }

    /// <summary>The ASCII parser; may rewrite <paramref name="text"/> in place (underscore removal).</summary>
    private static bool TryParseAscii(Span<char> text, out double value)
    {
        value = 0;
        Span<char> s = DecimalTransform.TrimAsciiSpace(text);
        if (s.IsEmpty)
        {
            return false;
        }
        if (s.Contains('_') && !RemoveUnderscores(ref s))
        {
            return false;
        }
        bool negative = s[0] == '-';
        ReadOnlySpan<char> body = s[0] is '+' or '-' ? s[1..] : s;
        if (TryInfOrNan(body, negative, out value))
        {
            return true;
        }
        if (!IsDecimalLiteral(body))
        {
            return false;
        }
        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        value = double.Parse(s, Styles, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Parses "inf", "infinity" or "nan" (any case) filling all of <paramref name="body"/>.</summary>
    internal static bool TryInfOrNan(ReadOnlySpan<char> body, bool negative, out double value)
    {
        if (body.Equals("inf", StringComparison.OrdinalIgnoreCase) || body.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (body.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? NegativeNaN : PositiveNaN;
            return true;
        }
        value = 0;
        return false;
    }

    /// <summary>digits ["." digits] [("e"|"E") [sign] digits], with a digit before or after the point.</summary>
    private static bool IsDecimalLiteral(ReadOnlySpan<char> s)
    {
        int i = 0;
        int mantissaDigits = SkipDigits(s, ref i);
        if (i < s.Length && s[i] == '.')
        {
            i++;
            mantissaDigits += SkipDigits(s, ref i);
        }
        if (mantissaDigits == 0)
        {
            return false;
        }
        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-')
            {
                i++;
            }
            if (SkipDigits(s, ref i) == 0)
            {
                return false;
            }
        }
        return i == s.Length;
    }

    private static int SkipDigits(ReadOnlySpan<char> s, ref int i)
    {
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }
        return i - start;
    }

    /// <summary>Drops underscores in place; each must sit between two digits (C:
    /// <c>_Py_string_to_number_with_underscores</c>).</summary>
    private static bool RemoveUnderscores(ref Span<char> s)
    {
        int n = 0;
        char prev = '\0';
        foreach (char c in s)
        {
            if (c == '_')
            {
                if (!char.IsAsciiDigit(prev))
                {
                    return false;
                }
            }
            else
            {
                if (prev == '_' && !char.IsAsciiDigit(c))
                {
                    return false;
                }
                s[n++] = c;
            }
            prev = c;
        }
        if (prev == '_')
        {
            return false;
        }
        s = s[..n];
        return true;
    }
}
