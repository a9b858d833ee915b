// A scratch buffer of chars for text that is built and thrown away at once (parsing, number layout):
// the caller's stack space when it is long enough, else an array rented from the shared pool and given
// back on Dispose. The hot paths format and parse short numbers, so they never allocate.
using System.Buffers;

namespace Reference.Objects;

/// <summary>Use as <c>using var scratch = new ScratchChars(stackalloc char[N], length);</c>.</summary>
internal ref struct ScratchChars
{
    private char[]? _rented;

    /// <summary>At least the length asked for (more when it comes from the stack or the pool).</summary>
    public Span<char> Span { get; }

    public ScratchChars(Span<char> stack, int length)
    {
        if (length <= stack.Length)
        {
            Span = stack;
        }
        else
        {
            _rented = ArrayPool<char>.Shared.Rent(length);
            Span = _rented;
        }
    }

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
            _rented = null;
        }
    }
}
