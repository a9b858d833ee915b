// FsCheck generators for the number properties: ints spread from 0 to hundreds of bits with the
// edges of the long fast path well represented, doubles over every exponent, and pairs of
// hashable values that are often equal across types.
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;

namespace Reference.Objects.Tests.Numbers;

/// <summary>Generators of numbers and of equal-looking hashable values.</summary>
internal static class NumberGenerators
{
    /// <summary>Integers: small ones, the edges of the long range (where the fast path overflows), and random
    /// magnitudes of up to 64 and up to 400 bits, either sign.</summary>
    public static readonly Gen<BigInteger> Integers = Gen.Frequency(
        (3, Gen.Choose(-300, 300).Select(i => (BigInteger)i)),
        (3, from bits in Gen.Elements(62, 63, 64, 31, 32, 53, 61)
            from offset in Gen.Choose(-3, 3)
            from sign in Gen.Elements(1, -1)
            select sign * ((BigInteger.One << bits) + offset)),
        (3, Magnitude(64)),
        (2, Magnitude(400)));

    private static Gen<BigInteger> Magnitude(int maxBits) =>
        from bits in Gen.Choose(1, maxBits)
        from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), 52)
        from sign in Gen.Elements(1, -1)
        select sign * (new BigInteger(bytes, isUnsigned: true) & ((BigInteger.One << bits) - 1));

    /// <summary>Finite doubles: random bit patterns (every exponent, subnormals too) and short decimals.</summary>
    public static readonly Gen<double> FiniteDoubles = Gen.OneOf(
            Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(int.MinValue, int.MaxValue),
                (high, low) => BitConverter.Int64BitsToDouble(((long)high << 32) | (uint)low)),
            Gen.Zip(Gen.Choose(-999_999, 999_999), Gen.Choose(-20, 20), (mantissa, exponent) => mantissa * Math.Pow(10, exponent)),
            Gen.Elements(0.0, -0.0, 5e-324, -5e-324, double.MaxValue, double.MinValue, 2.2250738585072014e-308, 0.1, 1e16, 1e-5, 9007199254740993.0))
        .Where(double.IsFinite);

    /// <summary>Doubles with an integral value of any size (exactly an int), as floats compare equal to ints.</summary>
    public static readonly Gen<double> IntegralDoubles = Gen.Frequency(
        (3, Gen.Choose(-300, 300).Select(i => (double)i)),
        (3, Gen.Zip(Gen.Choose(-(1 << 30), 1 << 30), Gen.Choose(0, 1000), (m, e) => Math.ScaleB(m, e))),
        (2, Gen.Elements(Math.ScaleB(1, 61), Math.ScaleB(1, 61) - 512, Math.ScaleB(3, 61), Math.ScaleB(1, 62), -Math.ScaleB(1, 62),
            Math.ScaleB(1, 63), -Math.ScaleB(1, 63), Math.ScaleB(1, 53), Math.ScaleB(1, 1023), -Math.ScaleB(1, 1023))));
}
