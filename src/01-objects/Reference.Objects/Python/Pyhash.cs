// Python/pyhash.c, with the hash rules of Objects/longobject.c, floatobject.c, complexobject.c,
// tupleobject.c and setobject.c.
//
// Numbers that compare equal must hash equal, whatever their type: hash(1) == hash(1.0) ==
// hash(True) == hash(Fraction(1)). CPython achieves this by defining the hash of every rational
// number x = p/q as p * q^-1 modulo the prime P = 2^61 - 1, taken with x's sign. For an int that
// is just |n| mod P; for a float m * 2^e it is m * 2^e mod P, and since 2^61 = 1 (mod P),
// multiplying by 2^e is a rotation of the 61-bit residue by e mod 61. Infinities hash to
// +-314159; a NaN hashes by identity (3.10+), like an ordinary object. A complex number combines
// its parts as hash(re) + 1000003 * hash(im). -1 is reserved as "error" in C, so any hash of -1
// becomes -2 (hash(-1) == -2).
//
// Containers combine item hashes: a tuple with the xxHash64 lane mixing (order matters), a
// frozenset by xor-ing a bit-shuffled copy of each item hash (order does not), then scrambling the
// total with the size so that nested frozensets spread out. Strings and bytes use SipHash.
using System.Numerics;

namespace Reference.Objects;

/// <summary>The hash functions of the built-in types (C: <c>_Py_HashDouble</c>, <c>long_hash</c>, ...).</summary>
internal static class PyHash
{
    /// <summary>The number of bits in the modulus (C: <c>_PyHASH_BITS</c>).</summary>
    public const int Bits = 61;

    /// <summary>The prime 2^61 - 1 numeric hashes are reduced by (C: <c>_PyHASH_MODULUS</c>).</summary>
    public const long Modulus = (1L << Bits) - 1;

    /// <summary>hash(float('inf')) (C: <c>_PyHASH_INF</c>).</summary>
    public const long Inf = 314159;

    /// <summary>The weight of the imaginary part in a complex hash (C: <c>_PyHASH_IMAG</c>).</summary>
    public const long ImagMultiplier = 1000003;

    /// <summary>hash(n) for an int that fits a long.</summary>
    public static long Long(long value)
    {
        ulong magnitude = value < 0 ? (ulong)-(value + 1) + 1 : (ulong)value;
        long residue = (long)(magnitude % Modulus);
        return NotMinusOne(value < 0 ? -residue : residue);
    }

    /// <summary>hash(n) for any int.</summary>
    public static long Long(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return Long((long)value);
        }
        long residue = (long)(BigInteger.Abs(value) % Modulus);
        return NotMinusOne(value.Sign < 0 ? -residue : residue);
    }

    #region hash-double
    /// <summary>hash(x) for a float. A NaN hashes as the object <paramref name="identityForNan"/> (its id()) would.</summary>
    public static long Double(double x, long identityForNan)
    {
        if (double.IsNaN(x))
        {
            return Pointer(identityForNan);
        }
        if (double.IsInfinity(x))
        {
            return x > 0 ? Inf : -Inf;
        }
        FloatBits.Decompose(x, out ulong m, out int e);
        // x = m * 2^e with m < 2^53 < P, so m is its own residue; 2^e is a rotation by e mod 61.
        int k = ((e % Bits) + Bits) % Bits;
        ulong residue = k == 0 ? m : ((m << k) & Modulus) | (m >> (Bits - k));
        long hash = (long)residue;
        return NotMinusOne(x < 0 ? -hash : hash);
    }
    #endregion

    /// <summary>hash(complex(re, im)); the identities serve NaN parts.</summary>
    public static long Complex(double real, double imag, long identityForNan)
    {
        ulong combined = (ulong)Double(real, identityForNan) + (ulong)ImagMultiplier * (ulong)Double(imag, identityForNan);
        return NotMinusOne((long)combined);
    }

    /// <summary>The identity hash of the object with id <paramref name="id"/> (C: <c>_Py_HashPointer</c>):
    /// the address rotated right by 4 bits, since objects are at least 16-byte aligned.</summary>
    public static long Pointer(long id) => NotMinusOne((long)BitOperations.RotateRight((ulong)id, 4));

    #region hash-tuple
    /// <summary>hash(tuple) from the items' hashes (C: <c>tuple_hash</c>, xxHash64's lane mixing).</summary>
    public static long Tuple(ReadOnlySpan<long> itemHashes)
    {
        const ulong Prime1 = 11400714785074694791UL;
        const ulong Prime2 = 14029467366897019727UL;
        const ulong Prime5 = 2870177450012600261UL;
        ulong acc = Prime5;
        foreach (long lane in itemHashes)
        {
            acc += (ulong)lane * Prime2;
            acc = BitOperations.RotateLeft(acc, 31);
            acc *= Prime1;
        }
        // The length, mangled so that hash(()) keeps its historical value.
        acc += (ulong)itemHashes.Length ^ (Prime5 ^ 3527539UL);
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }
    #endregion

    /// <summary>hash(frozenset) from the items' hashes, in any order (C: <c>frozenset_hash</c>).</summary>
    public static long FrozenSet(ReadOnlySpan<long> itemHashes)
    {
        ulong hash = 0;
        foreach (long item in itemHashes)
        {
            hash ^= ShuffleBits((ulong)item);
        }
        hash ^= ((ulong)itemHashes.Length + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        return hash == ulong.MaxValue ? 590923713 : (long)hash;
    }

    /// <summary>Spreads an item hash's bits so that xor-ing nearby hashes does not cancel them.</summary>
    private static ulong ShuffleBits(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;

    /// <summary>hash(bytes) under the process key; hash(b'') is 0.</summary>
    public static long Bytes(ReadOnlySpan<byte> data) => Bytes(SipHash.ProcessKey, data);

    /// <summary>hash(bytes) under <paramref name="key"/>.</summary>
    public static long Bytes(HashKey key, ReadOnlySpan<byte> data) =>
        data.IsEmpty ? 0 : NotMinusOne(SipHash.Hash(key, data));

    /// <summary>hash(str) under the process key; hash('') is 0.</summary>
    public static long String(ReadOnlySpan<char> text) => String(SipHash.ProcessKey, text);

    /// <summary>hash(str) under <paramref name="key"/>.</summary>
    public static long String(HashKey key, ReadOnlySpan<char> text) =>
        text.IsEmpty ? 0 : NotMinusOne(SipHash.Hash(key, text));

    private static long NotMinusOne(long hash) => hash == -1 ? -2 : hash;
}
