// Python/dtoa.c: the decimal digits of a binary double.
//
// CPython turns doubles into decimal digits with David Gay's dtoa, in three modes that matter
// here: mode 0 gives the shortest digit string that reads back as the same double (repr), mode 2
// gives n significant digits ('e' and 'g' formatting) and mode 3 gives n digits after the decimal
// point ('f' formatting and round()). Modes 2 and 3 round the *exact* binary value half to even;
// a true tie can only happen when the double's finite decimal expansion ends in a 5 at the cut,
// as 0.125 does and 2.675 (really 2.67499999...) does not.
//
// Mode 0 comes from .NET: since .NET Core 3.0 the "R" format yields the shortest digit string that
// round-trips, choosing the one closest to the exact value, which is what dtoa promises. Modes 2
// and 3 are computed here with exact integer arithmetic. A finite double is m * 2^e with an
// integer m < 2^53, so "round(m * 2^e * 10^p)" is a shift and a multiply: UInt128 holds it for
// the everyday cases (p <= 19 digits, moderate magnitudes) and BigInteger for the rest.
//
// Every result follows dtoa's conventions: digits carry no trailing zeros, and decpt places the
// decimal point, so the value is 0.d1d2d3... * 10^decpt. Zero is "0" with decpt 1. A mode-3 result
// that rounds to zero is the empty string with decpt = -ndigits.
using System.Globalization;
using System.Numerics;

namespace Reference.Objects;

/// <summary>Correctly rounded decimal digits of non-negative finite doubles (C: <c>_Py_dg_dtoa</c>).</summary>
internal static class Dtoa
{
    /// <summary>The scratch span every method here needs: enough for 17 shortest digits or a UInt128.</summary>
    public const int ScratchLength = 40;

    // A finite double's exact expansion has at most 767 significant digits and 1074 digits after
    // the point. Asking for more only appends zeros, which the result strips anyway, so larger
    // requests are capped (this also keeps format(1.0, '.100000000f') from building 10^100000000).
    internal const int MaxSignificant = 800;
    private const int MaxFractional = 1100;

    private static readonly ulong[] s_pow10 =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
        10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000,
        100_000_000_000_000, 1_000_000_000_000_000, 10_000_000_000_000_000,
        100_000_000_000_000_000, 1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
    ];

    /// <summary>Mode 0: the shortest digits that round-trip, written to <paramref name="scratch"/>.
    /// <paramref name="value"/> must be finite and non-negative.</summary>
    public static ReadOnlySpan<char> Shortest(double value, Span<char> scratch, out int decpt)
    {
        if (value == 0)
        {
            return Zero(scratch, out decpt);
        }
        Span<char> text = stackalloc char[32];
        value.TryFormat(text, out int length, "R", CultureInfo.InvariantCulture);

        // .NET writes "123.45", "0.0001", "1E+16" or "1.2345E-05"; collect the digits and work out
        // where the point sits relative to the first significant one.
        int count = 0, intDigits = 0, leadingZeros = 0, exponent = 0;
        bool seenPoint = false, seenSignificant = false;
        for (int i = 0; i < length; i++)
        {
            char c = text[i];
            if (c == '.')
            {
                seenPoint = true;
            }
            else if (c is 'E' or 'e')
            {
                exponent = int.Parse(text[(i + 1)..length], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            else if (char.IsAsciiDigit(c))
            {
                if (!seenPoint)
                {
                    intDigits++;
                }
                if (c == '0' && !seenSignificant)
                {
                    leadingZeros++;
                    continue;
                }
                seenSignificant = true;
                scratch[count++] = c;
            }
        }
        decpt = intDigits + exponent - leadingZeros;
        return TrimZeros(scratch[..count]);
    }

    /// <summary>Mode 2: <paramref name="ndigits"/> (at least 1) significant digits, correctly rounded.</summary>
    public static ReadOnlySpan<char> Significant(double value, int ndigits, Span<char> scratch, out int decpt)
    {
        if (value == 0)
        {
            return Zero(scratch, out decpt);
        }
        int n = Math.Min(ndigits, MaxSignificant);
        int p = n - 1 - FloorLog10(value);
        // n digits, or n + 1 when rounding carried all the way ("999.7" to 3 digits is "1000").
        ReadOnlySpan<char> q = ScaledDigits(value, p, scratch);
        decpt = q.Length - p;
        return TrimZeros(q);
    }

    /// <summary>floor(log10(value)) exactly. Math.Log10 is within an ulp or so, which decides every case
    /// except values right next to a power of ten; those are settled with integers.</summary>
    private static int FloorLog10(double value)
    {
        double estimate = Math.Log10(value);
        int k = (int)Math.Floor(estimate);
        if (Math.Abs(estimate - Math.Round(estimate)) > 1e-9)
        {
            return k;
        }
        while (!AtLeastPow10(value, k))
        {
            k--;
        }
        while (AtLeastPow10(value, k + 1))
        {
            k++;
        }
        return k;
    }

    /// <summary>Whether value >= 10^k, compared exactly.</summary>
    private static bool AtLeastPow10(double value, int k)
    {
        FloatBits.Decompose(value, out ulong m, out int e);
        BigInteger left = m, right = BigInteger.One;
        if (e >= 0)
        {
            left <<= e;
        }
        else
        {
            right <<= -e;
        }
        if (k >= 0)
        {
            right *= BigInteger.Pow(10, k);
        }
        else
        {
            left *= BigInteger.Pow(10, -k);
        }
        return left >= right;
    }

    /// <summary>Mode 3: <paramref name="ndigits"/> digits after the decimal point (may be negative:
    /// round to tens, hundreds...), correctly rounded.</summary>
    public static ReadOnlySpan<char> Fixed(double value, int ndigits, Span<char> scratch, out int decpt)
    {
        if (value == 0)
        {
            return Zero(scratch, out decpt);
        }
        int p = Math.Min(ndigits, MaxFractional);
        ReadOnlySpan<char> q = ScaledDigits(value, p, scratch);
        if (q.IsEmpty)
        {
            decpt = -ndigits;
            return q;
        }
        decpt = q.Length - p;
        return TrimZeros(q);
    }

    private static ReadOnlySpan<char> Zero(Span<char> scratch, out int decpt)
    {
        scratch[0] = '0';
        decpt = 1;
        return scratch[..1];
    }

    private static ReadOnlySpan<char> TrimZeros(ReadOnlySpan<char> digits) => digits.TrimEnd('0');

    #region scaled-digits
    /// <summary>The decimal digits of round-half-even(value * 10^p), no leading zeros, empty for 0.</summary>
    private static ReadOnlySpan<char> ScaledDigits(double value, int p, Span<char> scratch)
    {
        FloatBits.Decompose(value, out ulong m, out int e);
        if (p is >= 0 and <= 19 && e <= 10)
        {
            // m * 10^p < 2^117, and shifting left by at most 10 stays below 2^128.
            UInt128 n = (UInt128)m * s_pow10[p];
            UInt128 q;
            if (e >= 0)
            {
                q = n << e;
            }
            else if (e < -127)
            {
                q = 0; // value * 10^p < 2^117 / 2^128: well under one half
            }
            else
            {
                int s = -e;
                q = n >> s;
                UInt128 rest = n - (q << s);
                UInt128 half = UInt128.One << (s - 1);
                if (rest > half || (rest == half && (q & 1) != 0))
                {
                    q++;
                }
            }
            if (q == 0)
            {
                return [];
            }
            q.TryFormat(scratch, out int written, default, CultureInfo.InvariantCulture);
            return scratch[..written];
        }

        BigInteger num = m, den = BigInteger.One;
        if (e > 0)
        {
            num <<= e;
        }
        else
        {
            den <<= -e;
        }
        if (p >= 0)
        {
            num *= BigInteger.Pow(10, p);
        }
        else
        {
            den *= BigInteger.Pow(10, -p);
        }
        BigInteger quotient = BigInteger.DivRem(num, den, out BigInteger remainder);
        int c = (remainder << 1).CompareTo(den);
        if (c > 0 || (c == 0 && !quotient.IsEven))
        {
            quotient += BigInteger.One;
        }
        if (quotient.IsZero)
        {
            return [];
        }
        return quotient.ToString(CultureInfo.InvariantCulture);
    }
    #endregion
}
