// The IEEE 754 layout of a double, read in this one place for everything that needs a float exactly:
// the numeric hash, repr's digit generation, exact comparison with an int, and as_integer_ratio.
namespace Reference.Objects;

internal static class FloatBits
{
    /// <summary>Splits a finite double's magnitude into m * 2^e exactly, with an integer m below 2^53
    /// (C: what <c>frexp</c> gives, scaled to an integer mantissa). Zero gives m = 0.</summary>
    public static void Decompose(double value, out ulong m, out int e)
    {
        ulong bits = BitConverter.DoubleToUInt64Bits(value);
        int biased = (int)(bits >> 52) & 0x7FF;
        m = bits & 0xF_FFFF_FFFF_FFFF;
        if (biased == 0)
        {
            e = -1074; // subnormal: no implicit leading bit
        }
        else
        {
            m |= 1UL << 52;
            e = biased - 1075;
        }
    }
}
