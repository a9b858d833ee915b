// Python/pystrtod.c: PyOS_double_to_string, the one road from a double to its text.
//
// repr(), str(), format() and '%' formatting all end here. The caller names a mode ('e', 'f', 'g'
// or 'r' for repr, upper case for 'E'/'F'/'G') and a precision; Dtoa supplies correctly rounded
// digits without trailing zeros, and this file lays them out: where the point goes, which zeros
// to pad on either side, whether an exponent is needed, and what the flags ask for.
//
// The layout treats the digit string as if it were padded with zeros forever on both sides and
// copies a window of it, inserting the point at decpt. The window's ends are what the modes
// decide: 'f' keeps `precision` places after the point, 'e' keeps precision + 1 digits, 'g' and
// 'r' keep only the digits there are (unless '#' asks 'g' to keep its zeros), and "add .0" makes
// an integral repr end in ".0". Exponents have a sign and at least two digits: 1e+16, 1.5e-05.
//
// 'r' switches to an exponent when the decimal exponent is below -4 or at least 16; 'g' when it
// is below -4 or at least the precision. Infinities are "inf"/"-inf"; a NaN is "nan", whatever
// its sign bit.
using System.Buffers;

namespace Reference.Objects;

/// <summary>The flags of <c>PyOS_double_to_string</c> (C: <c>Py_DTSF_*</c>, same bit values).</summary>
[Flags]
internal enum FloatToStringFlags
{
    None = 0,
    /// <summary>Integral results get ".0" (repr, and format() with no type).</summary>
    AddDot0 = 2,
    /// <summary>The '#' form: always a decimal point, and 'g' keeps trailing zeros.</summary>
    Alternate = 4,
    /// <summary>The 'z' option: a result that rounds to zero loses its minus sign.</summary>
    NoNegativeZero = 8,
}

/// <summary>Doubles to text (C: <c>PyOS_double_to_string</c>).</summary>
internal static class FloatToString
{
    /// <summary>An upper bound on the characters <see cref="Format(double, char, int, FloatToStringFlags, Span{char})"/>
    /// writes. 'g' without '#' strips trailing zeros, so a huge precision costs nothing there
    /// (format(1.5, '.1000000000g') is '1.5'); elsewhere the precision is paid for in zeros. The slack
    /// covers sign, point, a 309-digit integer part and an exponent.</summary>
    public static long MaxLength(char code, int precision, FloatToStringFlags flags) => char.ToLowerInvariant(code) switch
    {
        'r' => 32,
        'g' when (flags & FloatToStringFlags.Alternate) == 0 => Math.Min(precision, Dtoa.MaxSignificant) + 340L,
        _ => precision + 340L,
    };

    /// <summary>Formats <paramref name="value"/> in mode <paramref name="code"/> (e E f F g G r). Null when the
    /// text could not be a .NET string (a precision in the billions): the caller's MemoryError.</summary>
    public static string? Format(double value, char code, int precision, FloatToStringFlags flags)
    {
        long max = MaxLength(code, precision, flags);
        if (max <= 512)
        {
            Span<char> buffer = stackalloc char[512];
            return new string(buffer[..Format(value, code, precision, flags, buffer)]);
        }
        if (max > Array.MaxLength)
        {
            return null;
        }
        char[] rented = ArrayPool<char>.Shared.Rent((int)max);
        try
        {
            return new string(rented, 0, Format(value, code, precision, flags, rented));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Writes the text into <paramref name="dest"/> (at least <see cref="MaxLength"/> long) and
    /// returns its length.</summary>
    public static int Format(double value, char code, int precision, FloatToStringFlags flags, Span<char> dest)
    {
        bool upper = char.IsAsciiLetterUpper(code);
        char mode = char.ToLowerInvariant(code);
        if (double.IsNaN(value))
        {
            return Write(dest, 0, upper ? "NAN" : "nan");
        }
        bool negative = double.IsNegative(value);
        if (double.IsInfinity(value))
        {
            int at = negative ? Write(dest, 0, "-") : 0;
            return Write(dest, at, upper ? "INF" : "inf");
        }

        double abs = Math.Abs(value);
        Span<char> scratch = stackalloc char[Dtoa.ScratchLength];
        scoped ReadOnlySpan<char> digits;
        int decpt;
        switch (mode)
        {
            case 'r':
                digits = Dtoa.Shortest(abs, scratch, out decpt);
                break;
            case 'e':
                precision++; // 'e' counts digits after the first; dtoa counts them all
                digits = Dtoa.Significant(abs, precision, scratch, out decpt);
                break;
            case 'g':
                precision = Math.Max(precision, 1);
                digits = Dtoa.Significant(abs, precision, scratch, out decpt);
                break;
            case 'f':
                digits = Dtoa.Fixed(abs, precision, scratch, out decpt);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(code), code, "not a float format mode");
        }
        return Layout(negative, digits, decpt, mode, precision, flags, upper, dest);
    }

    #region layout
    private static int Layout(bool negative, ReadOnlySpan<char> digits, int decpt, char mode, int precision,
        FloatToStringFlags flags, bool upper, Span<char> dest)
    {
        bool alternate = (flags & FloatToStringFlags.Alternate) != 0;
        bool addDot0 = (flags & FloatToStringFlags.AddDot0) != 0;
        if ((flags & FloatToStringFlags.NoNegativeZero) != 0 && negative && (digits.IsEmpty || digits is "0"))
        {
            negative = false;
        }

        // The window [start, end) of the zero-padded digit string to print.
        int end = digits.Length;
        bool useExponent = false;
        switch (mode)
        {
            case 'e':
                useExponent = true;
                end = precision;
                break;
            case 'f':
                end = decpt + precision;
                break;
            case 'g':
                useExponent = decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision);
                if (alternate)
                {
                    end = precision;
                }
                break;
            default: // 'r'
                useExponent = decpt <= -4 || decpt > 16;
                break;
        }
        int exponent = 0;
        if (useExponent)
        {
            exponent = decpt - 1;
            decpt = 1;
        }
        int start = decpt <= 0 ? decpt - 1 : 0;
        end = Math.Max(end, !useExponent && addDot0 ? decpt + 1 : decpt);

        // Invariant: start < decpt <= end, so exactly one point is placed (and dropped again if it
        // would be last, unless '#' asked to keep it).
        int pos = 0;
        if (negative)
        {
            dest[pos++] = '-';
        }
        for (int i = start; i < end; i++)
        {
            if (i == decpt)
            {
                dest[pos++] = '.';
            }
            dest[pos++] = i >= 0 && i < digits.Length ? digits[i] : '0';
        }
        if (decpt == end && alternate)
        {
            dest[pos++] = '.';
        }
        if (useExponent)
        {
            dest[pos++] = upper ? 'E' : 'e';
            dest[pos++] = exponent < 0 ? '-' : '+';
            int magnitude = Math.Abs(exponent);
            if (magnitude < 10)
            {
                dest[pos++] = '0';
            }
            magnitude.TryFormat(dest[pos..], out int written, default, System.Globalization.CultureInfo.InvariantCulture);
            pos += written;
        }
        return pos;
    }
    #endregion

    private static int Write(Span<char> dest, int at, string text)
    {
        text.CopyTo(dest[at..]);
        return at + text.Length;
    }
}

/// <summary>repr() and str() of a float (C: <c>float_repr</c>).</summary>
internal static class FloatRepr
{
    /// <summary>The longest repr: "-1.2345678901234567e-308".</summary>
    public const int MaxLength = 32;

    /// <summary>The shortest text that reads back as <paramref name="x"/>, laid out as Python does.</summary>
    public static string Repr(double x)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return new string(buffer[..Format(x, buffer)]);
    }

    /// <summary>Writes repr(<paramref name="x"/>) into <paramref name="dest"/> (at least <see cref="MaxLength"/>
    /// long), for callers that print without building a string.</summary>
    public static int Format(double x, Span<char> dest) =>
        FloatToString.Format(x, 'r', 0, FloatToStringFlags.AddDot0, dest);
}
