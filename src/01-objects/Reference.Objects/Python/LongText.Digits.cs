// Objects/longobject.c (long_to_decimal_string, long_format_binary): str(int) and the digits of
// bin(), oct() and hex().
//
// Decimal output is the expensive direction, and since 3.11 it refuses more than
// sys.get_int_max_str_digits() digits. A lower bound on the digit count from the bit length
// rejects hopeless cases before any conversion; the exact count decides the rest. The sign does
// not count. Binary bases have no limit: their digits fall straight out of the magnitude's bytes.
// A value that fits in a long takes a fast path with no BigInteger work.
using System.Globalization;
using System.Numerics;

namespace Reference.Objects;

internal static partial class LongText
{
    /// <summary>The digits of <paramref name="value"/> in radix 2, 8, 10 or 16 (lower case), with a '-' for
    /// negatives and no prefix. Decimal output longer than <paramref name="maxStrDigits"/> (if positive)
    /// fails with <see cref="TooManyDigitsToPrint"/>.</summary>
    public static string? ToString(BigInteger value, int radix, int maxStrDigits, out string? error)
    {
        error = null;
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return ToString((long)value, radix);
        }
        if (radix == 10)
        {
            if (maxStrDigits > 0)
            {
                // A lower bound on the digit count rejects the hopeless cases without converting.
                long bits = (long)BigInteger.Abs(value).GetBitLength();
                if ((long)Math.Floor((bits - 1) * 0.30102999566398114) + 1 > maxStrDigits)
                {
                    error = TooManyDigitsToPrint(maxStrDigits);
                    return null;
                }
            }
            string text = value.ToString(CultureInfo.InvariantCulture);
            if (maxStrDigits > 0 && text.Length - (value.Sign < 0 ? 1 : 0) > maxStrDigits)
            {
                error = TooManyDigitsToPrint(maxStrDigits);
                return null;
            }
            return text;
        }
        return BinaryBase(value, radix);
    }

    /// <summary>The fast path: a long in radix 2, 8, 10 or 16 (lower case, '-' for negatives).</summary>
    public static string ToString(long value, int radix)
    {
        if (radix == 10)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }
        int shift = radix switch { 2 => 1, 8 => 3, 16 => 4, _ => throw new ArgumentOutOfRangeException(nameof(radix)) };
        ulong magnitude = value < 0 ? (ulong)-(value + 1) + 1 : (ulong)value;
        Span<char> buffer = stackalloc char[65];
        int at = buffer.Length;
        ulong mask = (ulong)radix - 1;
        do
        {
            buffer[--at] = "0123456789abcdef"[(int)(magnitude & mask)];
            magnitude >>= shift;
        }
        while (magnitude != 0);
        if (value < 0)
        {
            buffer[--at] = '-';
        }
        return new string(buffer[at..]);
    }

    /// <summary>Radix 2, 8 or 16 digits of a large value, read off its magnitude's bytes.</summary>
    private static string BinaryBase(BigInteger value, int radix)
    {
        int shift = radix switch { 2 => 1, 8 => 3, 16 => 4, _ => throw new ArgumentOutOfRangeException(nameof(radix)) };
        BigInteger magnitude = BigInteger.Abs(value);
        byte[] bytes = magnitude.ToByteArray(isUnsigned: true, isBigEndian: false);
        long bitLength = (long)magnitude.GetBitLength();
        int count = (int)((bitLength + shift - 1) / shift);
        int sign = value.Sign < 0 ? 1 : 0;
        return string.Create(count + sign, (bytes, shift, sign), static (dest, state) =>
        {
            (byte[] b, int s, int negative) = state;
            if (negative == 1)
            {
                dest[0] = '-';
            }
            int digits = dest.Length - negative;
            for (int d = 0; d < digits; d++)
            {
                // Digit d (from the right) covers bits [d*s, d*s + s).
                long bit = (long)d * s;
                int index = (int)(bit >> 3), offset = (int)(bit & 7);
                int window = b[index] | (index + 1 < b.Length ? b[index + 1] << 8 : 0);
                dest[dest.Length - 1 - d] = "0123456789abcdef"[(window >> offset) & ((1 << s) - 1)];
            }
        });
    }
}
