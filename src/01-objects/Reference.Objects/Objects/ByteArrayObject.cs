// Objects/bytearrayobject.c: bytearray — a mutable, growable sequence of bytes.
//
// Like list it over-allocates. Unlike list it can export its memory (to memoryview), and while any
// export is alive it refuses to change size: a reader must never see its memory move. Operations
// that keep the size (item assignment, same-length slice assignment, reverse) are still allowed.
namespace Reference.Objects;

/// <summary>A bytearray (C: <c>PyByteArrayObject</c>).</summary>
public sealed partial class PyByteArrayObject : PyObject
{
    /// <summary>The type (C: <c>PyByteArray_Type</c>).</summary>
    public static readonly PyTypeObject Type = new("bytearray", null, TypeFlags.BaseType)
    {
        TpDoc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer",
        TpAlloc = static t => new PyByteArrayObject(t, []),
        TpNew = static (t, _, _) => new PyByteArrayObject(t, []),
        TpInit = ByteArrayInit,
        TpRepr = static o => PyUnicodeObject.FromString(UnicodeRepr.ByteArrayRepr(((PyByteArrayObject)o).Span, o.ObType.ShortName)),
        TpRichCompare = static (a, b, op) => BytesMethods.RichCompare(a, b, op, byteArray: true),
        TpIter = static o => new PyBytesIterObject(o),
        TpGetAttro = GenericGetAttrFunc,
        TpAsNumber = new PyNumberMethods
        {
            NbRemainder = static (format, args) => format is PyByteArrayObject f
                ? BytesMethods.Format(f.Span.ToArray(), args, makeByteArray: true)
                : Py.ReturnNotImplemented,
        },
        TpAsSequence = new PySequenceMethods
        {
            SqLength = static o => ((PyByteArrayObject)o)._count,
            SqConcat = static (a, b) => BytesMethods.Concat(a, b, makeByteArray: true),
            SqRepeat = static (o, n) => BytesMethods.Repeat(((PyByteArrayObject)o).Span, n, makeByteArray: true, o),
            SqItem = static (o, i) => BytesMethods.Item(((PyByteArrayObject)o).Span, i, "bytearray index out of range"),
            SqContains = static (o, v) => BytesMethods.Contains(((PyByteArrayObject)o).Span, v),
            SqInplaceConcat = InplaceConcat,
            SqInplaceRepeat = InplaceRepeat,
        },
        TpAsMapping = new PyMappingMethods
        {
            MpLength = static o => ((PyByteArrayObject)o)._count,
            MpSubscript = Subscript,
            MpAssSubscript = AssSubscript,
        },
        TpAsBuffer = new PyBufferProcs
        {
            BfGetBuffer = static (o, view, flags) =>
            {
                var ba = (PyByteArrayObject)o;
                if (PyBuffer.FillInfo(view, o, ba._data, 0, ba._count, readOnly: false, flags) < 0)
                {
                    return -1;
                }
                ba._exports++;
                return 0;
            },
            BfReleaseBuffer = static (o, _) => ((PyByteArrayObject)o)._exports--,
        },
        TpMethods = MethodTable(),
    };

    private byte[] _data;
    private int _count;
    private int _exports;

    private PyByteArrayObject(PyTypeObject type, byte[] data)
        : base(type)
    {
        _data = data;
        _count = data.Length;
    }

    /// <summary>A bytearray that takes over an array.</summary>
    public static PyByteArrayObject FromArraySteal(byte[] data) => new(Type, data);

    /// <summary>The bytes.</summary>
    public ReadOnlySpan<byte> Span => _data.AsSpan(0, _count);

    private Span<byte> SpanMutable => _data.AsSpan(0, _count);

    /// <summary>The number of live exports (while there are any, the size cannot change).</summary>
    public int Exports => _exports;

    #region bytearray-resize
    /// <summary>Changes the size (C: <c>PyByteArray_Resize</c>): BufferError while exported, new bytes zero.</summary>
    public int Resize(long newSize)
    {
        if (newSize < 0)
        {
            PyErr.SetString(PyExc.ValueError, $"Can only resize to positive sizes, got {newSize}");
            return -1;
        }
        if (newSize == _count)
        {
            return 0;
        }
        if (!CanResize())
        {
            return -1;
        }
        if (newSize > Array.MaxLength)
        {
            PyErr.NoMemory();
            return -1;
        }
        if (newSize > _data.Length)
        {
            // Over-allocate by an eighth, as CPython's moderate upsize does.
            long grown = newSize <= _data.Length * 1.125 ? newSize + (newSize >> 3) + (newSize < 9 ? 3 : 6) : newSize;
            Array.Resize(ref _data, (int)Math.Min(grown, Array.MaxLength));
        }
        else if (newSize < _count)
        {
            Array.Clear(_data, (int)newSize, _count - (int)newSize);
        }
        _count = (int)newSize;
        return 0;
    }
    #endregion

    /// <summary>False with BufferError while memory is exported (C: <c>_canresize</c>).</summary>
    private bool CanResize()
    {
        if (_exports > 0)
        {
            PyErr.SetString(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
            return false;
        }
        return true;
    }

    private static PyObject? Subscript(PyObject self, PyObject key)
    {
        var ba = (PyByteArrayObject)self;
        if (key is PySliceObject slice)
        {
            if (slice.GetIndices(ba._count, out long start, out _, out long step, out long length) < 0)
            {
                return null;
            }
            return FromArraySteal(BytesMethods.SliceCopy(ba.Span, start, step, length));
        }
        long index = PyNumber.AsIndexForSubscript(key, "bytearray");
        if (index == -1 && PyErr.Occurred())
        {
            return null;
        }
        return BytesMethods.Item(ba.Span, index < 0 ? index + ba._count : index, "bytearray index out of range");
    }

    #region bytearray-ass-subscript
    /// <summary>b[i] = v, b[i:j] = v, b[i:j:k] = v and their deletions (C: <c>bytearray_ass_subscript</c>).</summary>
    private static int AssSubscript(PyObject self, PyObject key, PyObject? value)
    {
        var ba = (PyByteArrayObject)self;
        long start, stop, step, length;
        if (key is not PySliceObject slice)
        {
            long index = PyNumber.AsIndexForSubscript(key, "bytearray");
            if (index == -1 && PyErr.Occurred())
            {
                return -1;
            }
            // The value is converted before the bounds check: its __index__ may resize the bytearray.
            byte b = 0;
            if (value is not null && !BytesMethods.ByteValue(value, out b))
            {
                return -1;
            }
            if (index < 0)
            {
                index += ba._count;
            }
            if ((ulong)index >= (ulong)ba._count)
            {
                PyErr.SetString(PyExc.IndexError, "bytearray index out of range");
                return -1;
            }
            if (value is not null)
            {
                ba._data[index] = b;
                return 0;
            }
            (start, stop, step, length) = (index, index + 1, 1, 1);
        }
        else if (slice.GetIndices(ba._count, out start, out stop, out step, out length) < 0)
        {
            return -1;
        }
        byte[] replacement = [];
        if (value is not null)
        {
            if (PyNumber.Check(value) || value is PyUnicodeObject)
            {
                PyErr.SetString(PyExc.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                return -1;
            }
            if (value is PyByteArrayObject other && other != ba)
            {
                replacement = other.Span.ToArray();
            }
            else
            {
                PyObject? copy = PyObject.CallOneArg(Type, value);
                if (copy is null)
                {
                    return -1;
                }
                replacement = ((PyByteArrayObject)copy).Span.ToArray();
                copy.DecRef();
            }
        }
        if ((step < 0 && start < stop) || (step > 0 && start > stop))
        {
            stop = start; // b[5:2] = ... inserts before 5
        }
        if (step == 1)
        {
            return ba.SetSliceLinear((int)start, (int)stop, replacement);
        }
        if (replacement.Length == 0 && value is null)
        {
            return ba.DeleteExtended(start, step, length);
        }
        if (replacement.Length != length)
        {
            PyErr.SetString(PyExc.ValueError,
                $"attempt to assign bytes of size {replacement.Length} to extended slice of size {length}");
            return -1;
        }
        for (long i = 0, cur = start; i < length; i++, cur += step)
        {
            ba._data[cur] = replacement[i];
        }
        return 0;
    }
    #endregion

    /// <summary>Replaces b[lo:hi] with <paramref name="bytes"/> (C: <c>bytearray_setslice_linear</c>).</summary>
    private int SetSliceLinear(int lo, int hi, ReadOnlySpan<byte> bytes)
    {
        int growth = bytes.Length - (hi - lo);
        if (growth != 0)
        {
            int tail = _count - hi;
            byte[] saved = _data.AsSpan(hi, tail).ToArray();
            if (Resize((long)_count + growth) < 0)
            {
                return -1;
            }
            saved.CopyTo(_data, lo + bytes.Length);
        }
        bytes.CopyTo(_data.AsSpan(lo));
        return 0;
    }

    /// <summary>del b[start::step] for a step other than 1.</summary>
    private int DeleteExtended(long start, long step, long length)
    {
        if (!CanResize())
        {
            return -1;
        }
        if (length == 0)
        {
            return 0;
        }
        if (step < 0)
        {
            start += step * (length - 1);
            step = -step;
        }
        int write = (int)start;
        for (long read = start; read < _count; read++)
        {
            long offset = read - start;
            if (offset % step == 0 && offset / step < length)
            {
                continue;
            }
            _data[write++] = _data[read];
        }
        return Resize(write);
    }
}
