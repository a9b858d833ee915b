// Objects/longobject.c: PyLong_AsDouble, an int as the nearest float.
//
// float(n), n / 1.0 and format(n, 'e') all need the double nearest an arbitrary int, ties to even,
// and an OverflowError "int too large to convert to float" when that nearest double would be 2^1024
// or more. The BigInteger-to-double cast in .NET does not round correctly (it can truncate), so we
// round by hand: keep the top 55 bits (53 for the result, one rounding bit, one spare), fold every
// lower bit into the last one as a "sticky" bit, and let the hardware's correctly rounded
// long-to-double conversion pick the result, then scale it by the dropped power of two.
using System.Numerics;

namespace Reference.Objects;

/// <summary>int to float (C: <c>PyLong_AsDouble</c>).</summary>
internal static class LongConvert
{
    public const string OverflowMessage = "int too large to convert to float";

    /// <summary>The double nearest <paramref name="value"/>, ties to even; false when it overflows.</summary>
    public static bool TryToDouble(BigInteger value, out double result)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            result = (long)value; // the hardware conversion rounds correctly
            return true;
        }
        BigInteger magnitude = BigInteger.Abs(value);
        long bitLength = (long)magnitude.GetBitLength();
        if (bitLength > 1024)
        {
            result = 0;
            return false;
        }
        int shift = (int)bitLength - 55;
        long top = (long)(magnitude >> shift);
        if (BigInteger.TrailingZeroCount(magnitude) < shift)
        {
            top |= 1; // sticky: something nonzero was shifted out
        }
        result = Math.ScaleB(top, shift);
        if (double.IsInfinity(result))
        {
            return false;
        }
        result = value.Sign < 0 ? -result : result;
        return true;
    }
}
