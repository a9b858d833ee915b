// Objects/floatobject.c: float.hex() and float.fromhex().
//
// float.hex() writes the double's bits directly: "0x1." and the 52-bit fraction as 13 hex digits
// for normal numbers, "0x0." and exponent -1022 for subnormals, "0x0.0p+0" for zero, and "inf",
// "-inf", "nan" otherwise. The exponent is decimal with a sign.
//
// float.fromhex() reads "[sign] [0x] hexdigits [. hexdigits] [p [sign] decimal]" between ASCII
// whitespace (only ASCII: the string is read as UTF-8 bytes), or an infinity or NaN. The value is
// rounded half to even to the nearest double, exactly, however many digits there are: only the
// first sixteen significant hex digits can reach the 53-bit result plus its rounding bit, and the
// rest only matter through whether any of them is nonzero (the "sticky" bit).
//
// Two error kinds, in CPython's order: a malformed number is a ValueError, but a well-formed prefix
// too large for a double is an OverflowError *before* trailing garbage is looked at
// (float.fromhex('0x1p99999 x') overflows).
namespace Reference.Objects;

/// <summary>float.hex() and float.fromhex().</summary>
internal static class FloatHex
{
    public const string InvalidMessage = "invalid hexadecimal floating-point string";
    public const string OverflowMessage = "hexadecimal value too large to represent as a float";

    /// <summary>float.hex(<paramref name="x"/>).</summary>
    public static string ToHex(double x)
    {
        if (double.IsNaN(x))
        {
            return "nan";
        }
        if (double.IsInfinity(x))
        {
            return x > 0 ? "inf" : "-inf";
        }
        bool negative = double.IsNegative(x);
        if (x == 0)
        {
            return negative ? "-0x0.0p+0" : "0x0.0p+0";
        }
        ulong bits = BitConverter.DoubleToUInt64Bits(x);
        int biased = (int)(bits >> 52) & 0x7FF;
        ulong fraction = bits & 0xF_FFFF_FFFF_FFFF;
        int exponent = biased == 0 ? -1022 : biased - 1023;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{(negative ? "-" : "")}0x{(biased == 0 ? '0' : '1')}.{fraction:x13}p{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent)}");
    }

    /// <summary>float.fromhex(<paramref name="text"/>). On failure <paramref name="kind"/> is ValueError
    /// or OverflowError and <paramref name="error"/> the message.</summary>
    public static bool TryFromHex(ReadOnlySpan<char> text, out double value, out FormatErrorKind kind, out string? error)
    {
        value = 0;
        kind = FormatErrorKind.ValueError;
        error = InvalidMessage;
        int i = 0;
        SkipSpace(text, ref i);
        if (TryInfOrNan(text, ref i, out double special))
        {
            return Finish(text, i, special, out value, ref kind, ref error);
        }

        bool negative = false;
        if (i < text.Length && text[i] is '-' or '+')
        {
            negative = text[i] == '-';
            i++;
        }
        if (i + 1 < text.Length && text[i] == '0' && text[i + 1] is 'x' or 'X')
        {
            i += 2;
        }

        // The coefficient: remember where its integer and fraction digits are.
        int intStart = i;
        while (i < text.Length && HexValue(text[i]) >= 0)
        {
            i++;
        }
        int intEnd = i, fracStart = i, fracEnd = i;
        if (i < text.Length && text[i] == '.')
        {
            fracStart = ++i;
            while (i < text.Length && HexValue(text[i]) >= 0)
            {
                i++;
            }
            fracEnd = i;
        }
        if (intEnd - intStart + fracEnd - fracStart == 0)
        {
            return false;
        }

        long exp = 0;
        if (i < text.Length && text[i] is 'p' or 'P')
        {
            i++;
            bool expNegative = false;
            if (i < text.Length && text[i] is '-' or '+')
            {
                expNegative = text[i] == '-';
                i++;
            }
            if (i >= text.Length || !char.IsAsciiDigit(text[i]))
            {
                return false;
            }
            // Saturates (as C's strtol does) far beyond any exponent that can still matter.
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                exp = exp > long.MaxValue / 20 ? Saturated : exp * 10 + (text[i] - '0');
                i++;
            }
            exp = expNegative ? -exp : exp;
        }

        var digits = new HexDigits(text[intStart..intEnd], text[fracStart..fracEnd]);
        if (!Compose(digits, exp, fracEnd - fracStart, out double magnitude))
        {
            kind = FormatErrorKind.OverflowError;
            error = OverflowMessage;
            return false;
        }
        return Finish(text, i, negative ? -magnitude : magnitude, out value, ref kind, ref error);
    }

    // Beyond long.MaxValue / 2 in magnitude, which Compose treats as certain overflow or zero.
    private const long Saturated = long.MaxValue / 4 * 3;

    /// <summary>Accepts <paramref name="parsed"/> if only whitespace follows position <paramref name="i"/>.</summary>
    private static bool Finish(ReadOnlySpan<char> text, int i, double parsed, out double value,
        ref FormatErrorKind kind, ref string? error)
    {
        SkipSpace(text, ref i);
        if (i != text.Length)
        {
            value = 0;
            return false; // kind and error still describe the ValueError
        }
        value = parsed;
        kind = FormatErrorKind.None;
        error = null;
        return true;
    }

    /// <summary>Rounds coefficient * 2^(exp - 4 * fractionDigits) to a double; false on overflow.</summary>
    private static bool Compose(HexDigits digits, long exp, int fractionDigits, out double value)
    {
        value = 0;
        long n = digits.Count;
        if (n == 0 || exp < long.MinValue / 2)
        {
            return true; // zero
        }
        if (exp > long.MaxValue / 2)
        {
            return false;
        }
        exp -= 4L * fractionDigits;
        // topExp: one more than the exponent of the coefficient's leading bit.
        long topExp = exp + 4 * (n - 1) + (32 - System.Numerics.BitOperations.LeadingZeroCount((uint)digits[0]));
        if (topExp < -1074)
        {
            return true; // below half the smallest subnormal
        }
        if (topExp > 1024)
        {
            return false;
        }
        // lsb: the exponent of the result's last bit (fixed at -1074 for subnormals).
        long lsb = Math.Max(topExp, -1021) - 53;

        // The first sixteen digits hold every bit that can survive, plus the rounding bit.
        int taken = (int)Math.Min(n, 16);
        UInt128 top = 0;
        for (int k = 0; k < taken; k++)
        {
            top = (top << 4) | (uint)digits[k];
        }
        bool sticky = false;
        for (long k = taken; k < n && !sticky; k++)
        {
            sticky = digits[(int)k] != 0;
        }
        long topLsb = exp + 4 * (n - taken); // exponent of top's last bit
        int drop = (int)(lsb - topLsb);
        if (drop <= 0)
        {
            value = Math.ScaleB((double)top, (int)topLsb); // exact: at most 53 bits
            return true;
        }
        UInt128 mantissa = top >> drop;
        bool roundBit = ((top >> (drop - 1)) & 1) != 0;
        sticky |= (top & ((UInt128.One << (drop - 1)) - 1)) != 0;
        if (roundBit && (sticky || (mantissa & 1) != 0))
        {
            mantissa++;
        }
        value = Math.ScaleB((double)mantissa, (int)lsb);
        return !double.IsInfinity(value);
    }

    private static bool TryInfOrNan(ReadOnlySpan<char> text, ref int i, out double value)
    {
        // Python matches the longest of "infinity", "inf", "nan" after an optional sign and leaves
        // whatever follows to the trailing-whitespace check ("infinit" fails there).
        int j = i;
        bool negative = false;
        if (j < text.Length && text[j] is '-' or '+')
        {
            negative = text[j] == '-';
            j++;
        }
        ReadOnlySpan<char> rest = text[j..];
        foreach (string word in (ReadOnlySpan<string>)["infinity", "inf", "nan"])
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                FloatParse.TryInfOrNan(word, negative, out value);
                i = j + word.Length;
                return true;
            }
        }
        value = 0;
        return false;
    }

    private static void SkipSpace(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length && DecimalTransform.IsAsciiSpace(text[i]))
        {
            i++;
        }
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>The significant hex digits of the coefficient (leading zeros skipped), indexed
    /// across the point.</summary>
    private readonly ref struct HexDigits
    {
        private readonly ReadOnlySpan<char> _int;
        private readonly ReadOnlySpan<char> _frac;
        private readonly int _skip;

        public HexDigits(ReadOnlySpan<char> intDigits, ReadOnlySpan<char> fracDigits)
        {
            _int = intDigits;
            _frac = fracDigits;
            int skip = 0;
            while (skip < intDigits.Length + fracDigits.Length && Raw(intDigits, fracDigits, skip) == 0)
            {
                skip++;
            }
            _skip = skip;
        }

        public int Count => _int.Length + _frac.Length - _skip;

        public int this[int k] => Raw(_int, _frac, k + _skip);

        private static int Raw(ReadOnlySpan<char> intDigits, ReadOnlySpan<char> fracDigits, int k) =>
            HexValue(k < intDigits.Length ? intDigits[k] : fracDigits[k - intDigits.Length]);
    }
}
