// Objects/longobject.c: int — arbitrary precision, with a fast path for small values.
//
// An int holds a C# long while its value fits, and a BigInteger beyond. Every operation tries the
// long path first (checked for overflow) and falls back to BigInteger, so `i + 1` in a loop never
// allocates a BigInteger. Results are normalized: a value that fits in a long is always stored as
// one, so two representations of one number never coexist.
//
// The small ints -5..256 are immortal singletons shared by every runtime (C: the small-int cache).
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Reference.Objects;

/// <summary>An int (C: <c>PyLongObject</c>). bool is its subclass.</summary>
public partial class PyLongObject : PyObject
{
    /// <summary>The type (C: <c>PyLong_Type</c>). Declared before the small-int cache, which needs it.</summary>
    public static readonly PyTypeObject Type = new("int", null, TypeFlags.BaseType | TypeFlags.LongSubclass)
    {
        TpDoc = "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating-point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4",
        TpAlloc = static t => new PyLongObject(t, 0, default, false),
        TpNew = LongNew,
        TpVectorcall = LongVectorcall,
        TpRepr = LongRepr,
        TpHash = static o => ((PyLongObject)o).HashValue,
        TpRichCompare = LongRichCompare,
        TpGetAttro = GenericGetAttrFunc,
        TpAsNumber = NumberMethods(),
        TpMethods = Methods(),
        TpGetSet = GetSets(),
    };

    private const int SmallMin = -5;
    private const int SmallMax = 256;

    /// <summary>The value when it fits in a long (<see cref="_isBig"/> false).</summary>
    private readonly long _small;

    /// <summary>The value when it does not.</summary>
    private readonly BigInteger _big;
    private readonly bool _isBig;

    private static readonly PyLongObject[] s_smallInts = MakeSmallInts();

    private protected PyLongObject(long value)
        : base(Type) => _small = value;

    private PyLongObject(BigInteger value)
        : base(Type)
    {
        _big = value;
        _isBig = true;
    }

    private PyLongObject(PyTypeObject subtype, long small, BigInteger big, bool isBig)
        : base(subtype)
    {
        _small = small;
        _big = big;
        _isBig = isBig;
    }

    private protected PyLongObject(PyTypeObject type, long value, ImmortalTag tag)
        : base(type, tag) => _small = value;

    private static PyLongObject[] MakeSmallInts()
    {
        var table = new PyLongObject[SmallMax - SmallMin + 1];
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = new PyLongObject(Type, i + SmallMin, default(ImmortalTag));
        }
        return table;
    }

    #region from-long
    /// <summary>An int for a long (C: <c>PyLong_FromLong</c>): small values come from the immortal cache.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyLongObject FromLong(long value)
    {
        if ((ulong)(value - SmallMin) <= SmallMax - SmallMin)
        {
            return s_smallInts[value - SmallMin];
        }
        return new PyLongObject(value);
    }
    #endregion

    /// <summary>An int for a BigInteger, normalized to the long form when it fits.</summary>
    public static PyLongObject FromBigInteger(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? FromLong((long)value) : new PyLongObject(value);

    /// <summary>An instance of an int subtype with the same value as <paramref name="value"/>.</summary>
    internal static PyLongObject NewOfSubtype(PyTypeObject subtype, PyLongObject value) =>
        new(subtype, value._small, value._big, value._isBig);

    /// <summary>Whether the value fits in a long.</summary>
    public bool IsCompact => !_isBig;

    /// <summary>The value as a long; only valid when <see cref="IsCompact"/>.</summary>
    public long CompactValue => _small;

    /// <summary>The value as a BigInteger.</summary>
    public BigInteger Value => _isBig ? _big : _small;

    /// <summary>The sign: -1, 0 or 1.</summary>
    public int Sign => _isBig ? _big.Sign : Math.Sign(_small);

    /// <summary>Whether <paramref name="op"/> is an int or subclass, bool included (C: <c>PyLong_Check</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Check(PyObject op) => op is PyLongObject;

    /// <summary>Whether <paramref name="op"/> is exactly an int (C: <c>PyLong_CheckExact</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CheckExact(PyObject op) => op.ObType == Type;

    /// <summary>The value as a long, or -1 with OverflowError "Python int too large to convert to C long"
    /// (C: <c>PyLong_AsLong</c> on an int).</summary>
    public long AsLong()
    {
        if (!_isBig)
        {
            return _small;
        }
        PyErr.SetString(PyExc.OverflowError, "Python int too large to convert to C long");
        return -1;
    }

    /// <summary>The value as an index, or -1 with <paramref name="overflow"/> raised (C: <c>PyLong_AsSsize_t</c>).</summary>
    public long AsSsize(PyTypeObject? overflow) => AsSsize(overflow, "int");

    /// <summary>The value as an index for an object of type <paramref name="shownType"/> whose <c>__index__</c> gave
    /// this int (C: the tail of <c>PyNumber_AsSsize_t</c>): with <paramref name="overflow"/> null a too-large value
    /// clamps, otherwise it raises that type with "cannot fit 'Big' into an index-sized integer", naming the object.</summary>
    internal long AsSsize(PyTypeObject? overflow, string shownType)
    {
        if (!_isBig)
        {
            return _small;
        }
        if (overflow is null)
        {
            return _big.Sign < 0 ? long.MinValue : long.MaxValue;
        }
        PyErr.SetString(overflow, $"cannot fit '{shownType}' into an index-sized integer");
        return -1;
    }

    /// <summary>The value as a C ssize_t (C: <c>PyLong_AsSsize_t</c>): -1 with OverflowError "Python int too large to
    /// convert to C ssize_t" — the message argument conversion reports.</summary>
    internal long AsSsizeT()
    {
        if (!_isBig)
        {
            return _small;
        }
        PyErr.SetString(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }

    /// <summary>Compares two ints: -1, 0 or 1.</summary>
    internal static int Compare(PyLongObject a, PyLongObject b)
    {
        if (!a._isBig && !b._isBig)
        {
            return a._small.CompareTo(b._small);
        }
        return a.Value.CompareTo(b.Value);
    }

    /// <summary>The int's hash (C: <c>long_hash</c>): the value modulo 2**61-1, sign kept, -1 becomes -2.</summary>
    internal long HashValue => _isBig ? PyHash.Long(_big) : PyHash.Long(_small);

    /// <summary>The decimal text, with the int_max_str_digits limit; null with ValueError when too long.</summary>
    internal string? ToDecimalString()
    {
        if (!_isBig)
        {
            return _small.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        string? text = LongText.ToString(_big, 10, PyThreadState.Get().Interp.IntMaxStrDigits, out string? error);
        if (text is null)
        {
            PyErr.SetString(PyExc.ValueError, error!);
        }
        return text;
    }
}
