// FsCheck generators for the numeric-text properties.
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;

namespace Reference.Objects.Tests.NumericText;

/// <summary>Doubles and integers spread over their whole range, not just small magnitudes.</summary>
internal static class Doubles
{
    private static readonly Gen<double> AnyBits =
        Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(int.MinValue, int.MaxValue),
            (high, low) => BitConverter.Int64BitsToDouble(((long)high << 32) | (uint)low));

    // Short decimals such as 0.3 or 1234.5: the values people print, where ties and shortest
    // digits are most often in play.
    private static readonly Gen<double> ShortDecimals =
        Gen.Zip(Gen.Choose(-999_999, 999_999), Gen.Choose(-12, 12), (mantissa, exponent) => mantissa * Math.Pow(10, exponent));

    /// <summary>Finite doubles: random bit patterns (every exponent, subnormals too) and short decimals.</summary>
    public static Arbitrary<double> Finite() => Gen.OneOf(AnyBits, ShortDecimals).Where(double.IsFinite).ToArbitrary();

    /// <summary>Integers of up to about 300 bits, either sign.</summary>
    public static Arbitrary<BigInteger> Integers() =>
        Gen.Zip(Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)), Gen.Elements(1, -1),
            (bytes, sign) => sign * new BigInteger(bytes.AsSpan(0, Math.Min(bytes.Length, 40)), isUnsigned: true))
        .ToArbitrary();
}
