// A growable UTF-16 buffer that ends as one string: the role of CPython's _PyUnicodeWriter
// (Objects/unicodeobject.c) for the text algorithms.
//
// The buffer is rented from the shared array pool, so building a result allocates only the final
// string. It is a ref struct: it lives on the stack of the one algorithm that fills it, and
// ToStringAndDispose (or Dispose, on an early exit) returns the array to the pool exactly once.
using System.Buffers;

namespace Reference.Objects;

/// <summary>Appends chars and code points, then produces the string.</summary>
internal ref struct TextBuilder
{
    private char[] _buffer;
    private int _length;

    /// <summary>A builder whose first buffer holds at least <paramref name="capacity"/> chars.</summary>
    public TextBuilder(int capacity)
    {
        _buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
        _length = 0;
    }

    /// <summary>The number of chars appended so far.</summary>
    public readonly int Length => _length;

    /// <summary>Appends one UTF-16 unit.</summary>
    public void Append(char c)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }
        _buffer[_length++] = c;
    }

    /// <summary>Appends <paramref name="count"/> copies of one UTF-16 unit.</summary>
    public void Append(char c, int count)
    {
        if (_length > _buffer.Length - count)
        {
            Grow(count);
        }
        _buffer.AsSpan(_length, count).Fill(c);
        _length += count;
    }

    /// <summary>Appends UTF-16 text as is.</summary>
    public void Append(scoped ReadOnlySpan<char> text)
    {
        if (_length > _buffer.Length - text.Length)
        {
            Grow(text.Length);
        }
        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    /// <summary>Appends a code point: a surrogate pair above U+FFFF, otherwise one unit (a lone
    /// surrogate code point stays lone).</summary>
    public void AppendCodePoint(int cp)
    {
        if (cp < 0x10000)
        {
            Append((char)cp);
            return;
        }
        if (_length > _buffer.Length - 2)
        {
            Grow(2);
        }
        _buffer[_length++] = (char)(0xD800 + ((cp - 0x10000) >> 10));
        _buffer[_length++] = (char)(0xDC00 + ((cp - 0x10000) & 0x3FF));
    }

    /// <summary>Appends lowercase hex digits of <paramref name="value"/>, zero-padded to <paramref name="digits"/>.</summary>
    public void AppendHex(int value, int digits)
    {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        {
            Append("0123456789abcdef"[(value >> shift) & 0xF]);
        }
    }

    /// <summary>Appends the decimal digits of a non-negative <paramref name="value"/>.</summary>
    public void AppendDecimal(int value)
    {
        Span<char> digits = stackalloc char[10];
        int at = digits.Length;
        do
        {
            digits[--at] = (char)('0' + (value % 10));
            value /= 10;
        }
        while (value != 0);
        Append(digits[at..]);
    }

    /// <summary>The text built, after which the builder must not be used.</summary>
    public string ToStringAndDispose()
    {
        string result = new(_buffer, 0, _length);
        Dispose();
        return result;
    }

    /// <summary>Returns the buffer to the pool; a second call does nothing.</summary>
    public void Dispose()
    {
        char[] buffer = _buffer;
        if (buffer is not null && buffer.Length != 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
        _buffer = [];
        _length = 0;
    }

    private void Grow(int needed)
    {
        long wanted = Math.Max((long)_buffer.Length * 2, (long)_length + needed);
        if (wanted > Array.MaxLength)
        {
            wanted = (long)_length + needed;
        }
        // Past Array.MaxLength the rent throws OutOfMemoryException: Python's MemoryError.
        char[] bigger = ArrayPool<char>.Shared.Rent((int)Math.Min(wanted, int.MaxValue));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
