// Python/pyhash.c: SipHash-1-3, the hash of str and bytes, and its key.
//
// Hash tables keyed by attacker-controlled strings are a denial-of-service risk when collisions can
// be predicted, so CPython hashes strings and bytes with SipHash-1-3 (one compression round per
// 8-byte block, three finalization rounds) under a 128-bit key chosen at start-up. The key is
// random unless PYTHONHASHSEED gives a number: then it is derived from that number by a small
// linear congruential generator, and 0 means the all-zero key. With the same seed our hashes equal
// CPython's, because we hash the same bytes: CPython stores a string as 1, 2 or 4 bytes per code
// point (the narrowest that fits its largest character), and the hash covers that storage.
//
// The key is computed once and never changes; it is process-wide state in the way the address
// space is, and every interpreter in the process must agree on it for hashes to be stable.
using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;

namespace Reference.Objects;

/// <summary>The 128-bit SipHash key (C: <c>_Py_HashSecret.siphash</c>).</summary>
internal readonly record struct HashKey(ulong K0, ulong K1);

/// <summary>SipHash-1-3 over bytes and over Python's storage of a string (C: <c>siphash13</c>).</summary>
internal static class SipHash
{
    /// <summary>The process's key, from PYTHONHASHSEED (unset, empty or "random": a random key).</summary>
    public static readonly HashKey ProcessKey = KeyFromEnvironment();

    /// <summary>The key CPython derives from PYTHONHASHSEED=<paramref name="seed"/> (C: <c>lcg_urandom</c>).</summary>
    public static HashKey KeyFromSeed(uint seed)
    {
        if (seed == 0)
        {
            return new HashKey(0, 0); // "disable the randomized hash"
        }
        Span<byte> secret = stackalloc byte[16];
        uint x = seed;
        for (int i = 0; i < secret.Length; i++)
        {
            x = x * 214013 + 2531011;
            secret[i] = (byte)(x >> 16);
        }
        return new HashKey(BinaryPrimitives.ReadUInt64LittleEndian(secret), BinaryPrimitives.ReadUInt64LittleEndian(secret[8..]));
    }

    /// <summary>Reads PYTHONHASHSEED as CPython does: "random" (or unset or empty) gives null, a decimal
    /// integer in [0, 4294967295] gives the seed; anything else is invalid (CPython stops with
    /// "PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]").</summary>
    public static bool TryParseSeed(string? text, out uint? seed)
    {
        seed = null;
        if (string.IsNullOrEmpty(text) || text == "random")
        {
            return true;
        }
        ReadOnlySpan<char> digits = text.AsSpan().TrimStart(" \t\n\v\f\r");
        if (digits.StartsWith("+"))
        {
            digits = digits[1..];
        }
        if (digits.IsEmpty || !uint.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out uint value))
        {
            return false;
        }
        seed = value;
        return true;
    }

    private static HashKey KeyFromEnvironment()
    {
        // An invalid seed falls back to a random key; start-up code validates with TryParseSeed first.
        if (TryParseSeed(Environment.GetEnvironmentVariable("PYTHONHASHSEED"), out uint? seed) && seed is uint fixedSeed)
        {
            return KeyFromSeed(fixedSeed);
        }
        Span<byte> random = stackalloc byte[16];
        RandomNumberGenerator.Fill(random);
        return new HashKey(BinaryPrimitives.ReadUInt64LittleEndian(random), BinaryPrimitives.ReadUInt64LittleEndian(random[8..]));
    }

    /// <summary>SipHash-1-3 of <paramref name="data"/> as a signed 64-bit value (no -1 adjustment).</summary>
    public static long Hash(HashKey key, ReadOnlySpan<byte> data)
    {
        var state = new State(key);
        int blocks = data.Length / 8;
        for (int i = 0; i < blocks; i++)
        {
            state.Compress(BinaryPrimitives.ReadUInt64LittleEndian(data[(i * 8)..]));
        }
        ulong tail = 0;
        ReadOnlySpan<byte> rest = data[(blocks * 8)..];
        for (int i = 0; i < rest.Length; i++)
        {
            tail |= (ulong)rest[i] << (8 * i);
        }
        return state.Finish(tail, data.Length);
    }

    /// <summary>SipHash-1-3 of the string as CPython stores it: 1, 2 or 4 little-endian bytes per code
    /// point, the narrowest width that holds every code point (a surrogate pair is one astral code point,
    /// a lone surrogate an ordinary 16-bit one).</summary>
    public static long Hash(HashKey key, ReadOnlySpan<char> text)
    {
        int width = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width = 4;
                break;
            }
            if (c > 0xFF)
            {
                width = 2;
            }
        }

        var state = new State(key);
        ulong block = 0;
        int filled = 0; // bytes in block
        long total = 0;
        for (int i = 0; i < text.Length; i++)
        {
            uint unit = text[i];
            if (width == 4 && char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                unit = (uint)char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            block |= (ulong)unit << (8 * filled);
            filled += width;
            total += width;
            if (filled == 8)
            {
                state.Compress(block);
                block = 0;
                filled = 0;
            }
        }
        return state.Finish(block, total);
    }

    #region siphash
    /// <summary>The four 64-bit lanes of SipHash.</summary>
    private struct State
    {
        private ulong _v0, _v1, _v2, _v3;

        public State(HashKey key)
        {
            _v0 = key.K0 ^ 0x736f6d6570736575; // "somepseudorandomlygeneratedbytes"
            _v1 = key.K1 ^ 0x646f72616e646f6d;
            _v2 = key.K0 ^ 0x6c7967656e657261;
            _v3 = key.K1 ^ 0x7465646279746573;
        }

        public void Compress(ulong m)
        {
            _v3 ^= m;
            Round(); // c = 1
            _v0 ^= m;
        }

        /// <summary>Absorbs the last partial block and the length byte, then three finalization rounds.</summary>
        public long Finish(ulong tail, long length)
        {
            Compress(tail | ((ulong)length << 56));
            _v2 ^= 0xff;
            Round();
            Round();
            Round(); // d = 3
            return (long)(_v0 ^ _v1 ^ _v2 ^ _v3);
        }

        private void Round()
        {
            _v0 += _v1;
            _v1 = BitOperations.RotateLeft(_v1, 13);
            _v1 ^= _v0;
            _v0 = BitOperations.RotateLeft(_v0, 32);
            _v2 += _v3;
            _v3 = BitOperations.RotateLeft(_v3, 16);
            _v3 ^= _v2;
            _v0 += _v3;
            _v3 = BitOperations.RotateLeft(_v3, 21);
            _v3 ^= _v0;
            _v2 += _v1;
            _v1 = BitOperations.RotateLeft(_v1, 17);
            _v1 ^= _v2;
            _v2 = BitOperations.RotateLeft(_v2, 32);
        }
    }
    #endregion
}
