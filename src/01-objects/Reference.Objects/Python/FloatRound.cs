// Objects/floatobject.c: round(float), round(float, n) and float.as_integer_ratio().
//
// round(x, n) rounds the *exact* value of x to n decimal places, half to even, and returns the
// double nearest that decimal. CPython does it in two correctly rounded steps through text: dtoa
// mode 3 gives the digits, strtod reads them back. So round(2.675, 2) is 2.67 (2.675 is really
// 2.67499999...) while round(0.125, 2) is 0.12 (a true tie, to even). We do the same with Dtoa and
// a correctly rounded conversion back. Past n = 323 every double rounds to itself; below n = -308
// every double rounds to zero (keeping its sign); infinities and NaNs round to themselves; a
// result beyond the largest double is an OverflowError.
//
// round(x) without n returns an int: the nearest integer, ties to even, which Math.Round gives.
//
// as_integer_ratio() is exact: a double is m * 2^e, so the ratio is m * 2^e / 1 or m / 2^-e,
// reduced by stripping m's trailing zero bits (what is left over 2^k is already in lowest terms).
using System.Globalization;
using System.Numerics;

namespace Reference.Objects;

/// <summary>round() for floats (C: <c>float___round___impl</c>, <c>double_round</c>).</summary>
internal static class FloatRound
{
    public const string OverflowMessage = "rounded value too large to represent";

    // floor((53 + 1021) * log10(2)) and -floor(1025 * log10(2)), as CPython computes them.
    private const int NdigitsMax = 323;
    private const int NdigitsMin = -308;

    private static readonly double[] s_pow10 =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>round(<paramref name="x"/>, <paramref name="ndigits"/>). False means OverflowError
    /// <see cref="OverflowMessage"/>.</summary>
    public static bool Round(double x, long ndigits, out double result)
    {
        if (!double.IsFinite(x) || ndigits > NdigitsMax)
        {
            result = x;
            return true;
        }
        if (ndigits < NdigitsMin)
        {
            result = 0.0 * x; // zero with x's sign
            return true;
        }
        Span<char> scratch = stackalloc char[Dtoa.ScratchLength];
        ReadOnlySpan<char> digits = Dtoa.Fixed(Math.Abs(x), (int)ndigits, scratch, out int decpt);
        int exp10 = decpt - digits.Length; // rounded value = digits * 10^exp10

        double magnitude;
        if (digits.IsEmpty)
        {
            magnitude = 0;
        }
        else if (digits.Length <= 15 && Math.Abs(exp10) <= 22)
        {
            // Both operands are exact doubles, so one IEEE operation is correctly rounded.
            double d = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            magnitude = exp10 >= 0 ? d * s_pow10[exp10] : d / s_pow10[-exp10];
        }
        else
        {
            string text = string.Concat(digits, "e", exp10.ToString(CultureInfo.InvariantCulture));
            magnitude = double.Parse(text, NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        }
        if (double.IsInfinity(magnitude))
        {
            result = 0;
            return false;
        }
        result = double.IsNegative(x) ? -magnitude : magnitude;
        return true;
    }

    /// <summary>The integral double nearest <paramref name="x"/>, ties to even (what round(x) converts to an int).</summary>
    public static double RoundToInteger(double x) => Math.Round(x, MidpointRounding.ToEven);

    /// <summary>round(<paramref name="x"/>) with no ndigits: the nearest int, ties to even. Fails with
    /// OverflowError for infinities and ValueError for NaN, as int(x) would.</summary>
    public static bool RoundToInteger(double x, out BigInteger value, out FormatErrorKind kind, out string? error)
    {
        return FloatRatio.TryToInteger(RoundToInteger(x), out value, out kind, out error);
    }
}

/// <summary>Exact conversions of a float to integers (C: <c>float_as_integer_ratio</c>, <c>PyLong_FromDouble</c>).</summary>
internal static class FloatRatio
{
    /// <summary>float.as_integer_ratio() for a finite <paramref name="x"/> (the caller raises for
    /// infinities and NaNs): the lowest-terms fraction equal to x, positive denominator.</summary>
    public static (BigInteger Numerator, BigInteger Denominator) AsIntegerRatio(double x)
    {
        if (x == 0)
        {
            return (BigInteger.Zero, BigInteger.One);
        }
        FloatBits.Decompose(x, out ulong m, out int e);
        int zeros = BitOperations.TrailingZeroCount(m);
        m >>= zeros;
        e += zeros;
        BigInteger numerator = x < 0 ? -(BigInteger)m : m;
        return e >= 0 ? (numerator << e, BigInteger.One) : (numerator, BigInteger.One << -e);
    }

    /// <summary>int(<paramref name="x"/>): truncation toward zero. Fails for infinities
    /// (OverflowError "cannot convert float infinity to integer") and NaN (ValueError
    /// "cannot convert float NaN to integer").</summary>
    public static bool TryToInteger(double x, out BigInteger value, out FormatErrorKind kind, out string? error)
    {
        value = BigInteger.Zero;
        if (double.IsNaN(x))
        {
            kind = FormatErrorKind.ValueError;
            error = "cannot convert float NaN to integer";
            return false;
        }
        if (double.IsInfinity(x))
        {
            kind = FormatErrorKind.OverflowError;
            error = "cannot convert float infinity to integer";
            return false;
        }
        // The BigInteger(double) constructor is exact for the integral part.
        value = new BigInteger(Math.Truncate(x));
        kind = FormatErrorKind.None;
        error = null;
        return true;
    }
}
