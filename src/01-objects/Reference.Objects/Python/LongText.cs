// Objects/longobject.c: int(str, base). The digits going the other way are in LongText.Digits.cs.
//
// int(text, base) reads, between whitespace: a sign; for base 16, 8 or 2 an optional "0x", "0o" or
// "0b" prefix (any case), which may be followed by one underscore; then digits of the base with
// single underscores between them. Base 0 reads the prefix to choose the base, and without one
// is decimal, where a nonzero number may not start with 0 ("010" is an error, "000" and "0_0" are
// not). Unicode decimal digits and spaces count (see DecimalTransform).
//
// Decimal conversion of huge numbers is quadratic, so since 3.11 both directions refuse more
// than sys.get_int_max_str_digits() digits (4300 by default) in any base that is not a power of
// two. Parsing counts the digits (leading zeros included) before converting; the check comes
// after the syntax check, so "1" * 5000 + "x" is still an invalid literal.
//
// Decimal text goes to .NET's BigInteger parser, which copes with long inputs better than
// digit-at-a-time accumulation; power-of-two bases are assembled bit by bit in linear time.
using System.Globalization;
using System.Numerics;

namespace Reference.Objects;

/// <summary>Integers to and from text (C: <c>PyLong_FromString</c>, <c>long_to_decimal_string</c>,
/// <c>long_format_binary</c>).</summary>
internal static partial class LongText
{
    public const string BaseMessage = "int() base must be >= 2 and <= 36, or 0";

    /// <summary>sys.int_info.default_max_str_digits: the limit a fresh interpreter starts with.</summary>
    public const int DefaultMaxStrDigits = 4300;

    private const int StackLimit = 128;

    /// <summary>"invalid literal for int() with base 10: 'abc'", given the repr of the argument (cut at 200
    /// characters, as CPython's <c>%.200R</c> does).</summary>
    public static string InvalidLiteralMessage(int @base, string repr) =>
        string.Create(CultureInfo.InvariantCulture, $"invalid literal for int() with base {@base}: {Truncate(repr, 200)}");

    /// <summary>The ValueError text for parsing more digits than allowed.</summary>
    public static string TooManyDigitsToParse(int limit, long digits) => string.Create(CultureInfo.InvariantCulture,
        $"Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");

    /// <summary>The ValueError text for printing more digits than allowed.</summary>
    public static string TooManyDigitsToPrint(int limit) => string.Create(CultureInfo.InvariantCulture,
        $"Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");

    /// <summary>int(<paramref name="text"/>, <paramref name="base"/>). On failure <paramref name="error"/>
    /// is a ValueError message, or null for a malformed literal: build that message with
    /// <see cref="InvalidLiteralMessage"/> from the argument's repr and the base as given.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, int @base, int maxStrDigits, out BigInteger value, out string? error)
    {
        using var ascii = new ScratchChars(stackalloc char[StackLimit], text.Length);
        return TryParseAscii(ascii.Span[..DecimalTransform.ToAscii(text, ascii.Span)], @base, maxStrDigits, out value, out error);
    }

    /// <summary>int(b'...', base): ASCII digits and whitespace only.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, int @base, int maxStrDigits, out BigInteger value, out string? error)
    {
        using var ascii = new ScratchChars(stackalloc char[StackLimit], text.Length);
        return TryParseAscii(ascii.Span[..DecimalTransform.ToAscii(text, ascii.Span)], @base, maxStrDigits, out value, out error);
    }

    private static bool TryParseAscii(ReadOnlySpan<char> s, int @base, int maxStrDigits, out BigInteger value, out string? error)
    {
        value = BigInteger.Zero;
        error = null;
        if ((@base != 0 && @base < 2) || @base > 36)
        {
            error = BaseMessage;
            return false;
        }
        s = DecimalTransform.TrimAsciiSpace(s);
        int i = 0;
        bool negative = false;
        if (i < s.Length && s[i] is '+' or '-')
        {
            negative = s[i] == '-';
            i++;
        }
        bool mustBeZero = false;
        if (@base == 0)
        {
            char next = i + 1 < s.Length ? char.ToLowerInvariant(s[i + 1]) : '\0';
            @base = i >= s.Length || s[i] != '0' ? 10 : next switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 10 };
            mustBeZero = i < s.Length && s[i] == '0' && @base == 10; // "old" octal like 010 is gone
        }
        if (i + 1 < s.Length && s[i] == '0' && HasPrefix(char.ToLowerInvariant(s[i + 1]), @base))
        {
            i += 2;
            if (i < s.Length && s[i] == '_')
            {
                i++; // one underscore may follow the prefix: 0x_ff
            }
        }

        // Validate: digits of the base, single underscores strictly between digits.
        ReadOnlySpan<char> body = s[i..];
        if (body.IsEmpty || body[0] == '_')
        {
            return false;
        }
        long digits = 0;
        char prev = '\0';
        foreach (char c in body)
        {
            if (c == '_')
            {
                if (prev == '_')
                {
                    return false;
                }
            }
            else if (DigitValue(c) < @base)
            {
                digits++;
            }
            else
            {
                return false; // after the trim, only digits may remain
            }
            prev = c;
        }
        if (prev == '_')
        {
            return false;
        }
        if ((@base & (@base - 1)) != 0 && maxStrDigits > 0 && digits > maxStrDigits)
        {
            error = TooManyDigitsToParse(maxStrDigits, digits);
            return false;
        }

        value = Accumulate(body, @base, digits);
        if (mustBeZero && !value.IsZero)
        {
            value = BigInteger.Zero;
            return false;
        }
        value = negative ? -value : value;
        return true;
    }

    private static bool HasPrefix(char letter, int @base) =>
        (letter == 'x' && @base == 16) || (letter == 'o' && @base == 8) || (letter == 'b' && @base == 2);

    /// <summary>The value of a digit character in bases up to 36, or 99.</summary>
    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => 99,
    };

    /// <summary>Converts validated digits (underscores allowed) to a value.</summary>
    private static BigInteger Accumulate(ReadOnlySpan<char> body, int @base, long digitCount)
    {
        if ((@base & (@base - 1)) == 0)
        {
            return FromBinaryBase(body, @base, digitCount);
        }
        if (@base == 10 && digitCount > 18)
        {
            // .NET's decimal parser copes with long inputs better than chunking; give it bare digits.
            Span<char> bare = digitCount <= StackLimit ? stackalloc char[StackLimit] : new char[digitCount];
            int n = 0;
            foreach (char c in body)
            {
                if (c != '_')
                {
                    bare[n++] = c;
                }
            }
            return BigInteger.Parse(bare[..n], NumberStyles.None, CultureInfo.InvariantCulture);
        }

        // Chunks of digits that fit a ulong, folded in with one multiply-add each.
        int chunkDigits = (int)Math.Floor(63 / Math.Log2(@base));
        ulong chunkScale = 1, chunk = 0;
        int inChunk = 0;
        BigInteger result = BigInteger.Zero;
        foreach (char c in body)
        {
            if (c == '_')
            {
                continue;
            }
            chunk = chunk * (ulong)@base + (ulong)DigitValue(c);
            chunkScale *= (ulong)@base;
            if (++inChunk == chunkDigits)
            {
                result = result * chunkScale + chunk;
                chunk = 0;
                chunkScale = 1;
                inChunk = 0;
            }
        }
        return inChunk > 0 ? result * chunkScale + chunk : result;
    }

    /// <summary>Bases 2, 4, 8, 16 and 32 in linear time: every digit is a fixed run of bits.</summary>
    private static BigInteger FromBinaryBase(ReadOnlySpan<char> body, int @base, long digitCount)
    {
        int bitsPerDigit = BitOperations.Log2((uint)@base);
        byte[] bytes = new byte[(digitCount * bitsPerDigit + 7) / 8 + 1];
        long bit = 0;
        for (int i = body.Length - 1; i >= 0; i--)
        {
            if (body[i] == '_')
            {
                continue;
            }
            int digit = DigitValue(body[i]);
            for (int k = 0; k < bitsPerDigit; k++, bit++)
            {
                if ((digit >> k & 1) != 0)
                {
                    bytes[bit >> 3] |= (byte)(1 << (int)(bit & 7));
                }
            }
        }
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    private static string Truncate(string text, int codePoints)
    {
        int units = 0;
        for (int n = 0; n < codePoints && units < text.Length; n++)
        {
            units += char.IsSurrogatePair(text, units) ? 2 : 1;
        }
        return text[..units];
    }
}
