// Objects/bytearrayobject.c: bytearray — a mutable, growable sequence of bytes.
//
// Like list it over-allocates. Unlike list it can export its memory (to memoryview), and while any
// export is alive it refuses to change size: a reader must never see its memory move.
namespace Reference.Objects;

/// <summary>A bytearray (C: <c>PyByteArrayObject</c>).</summary>
public sealed class PyByteArrayObject : PyObject
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
        TpAsSequence = new PySequenceMethods
        {
            SqLength = static o => ((PyByteArrayObject)o)._count,
            SqConcat = static (a, b) => BytesMethods.Concat(a, b, makeByteArray: true),
            SqRepeat = static (o, n) => BytesMethods.Repeat(((PyByteArrayObject)o).Span, n, makeByteArray: true, o),
            SqItem = static (o, i) => BytesMethods.Item(((PyByteArrayObject)o).Span, i, "bytearray index out of range"),
            SqContains = static (o, v) => BytesMethods.Contains(((PyByteArrayObject)o).Span, v),
            SqInplaceConcat = InplaceConcat,
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
        TpMethods =
        [
            .. BytesMethods.Methods(forByteArray: true),
            PyMethodDef.O("append", static (o, v) => ((PyByteArrayObject)o).Append(v!)),
            PyMethodDef.O("extend", static (o, v) => ((PyByteArrayObject)o).ExtendFrom(v!) < 0 ? null : Py.ReturnNone),
            PyMethodDef.Fast("pop", Pop),
            PyMethodDef.NoArgs("clear", static (o, _) => ((PyByteArrayObject)o).Resize(0) < 0 ? null : Py.ReturnNone),
            PyMethodDef.NoArgs("copy", static (o, _) => FromArraySteal(((PyByteArrayObject)o).Span.ToArray())),
            PyMethodDef.NoArgs("reverse", static (o, _) =>
            {
                ((PyByteArrayObject)o).SpanMutable.Reverse();
                return Py.ReturnNone;
            }),
        ],
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

    /// <summary>Whether memory is exported (resizing is refused).</summary>
    public int Exports => _exports;

    #region resize
    /// <summary>Changes the size (C: <c>PyByteArray_Resize</c>): BufferError while exported.</summary>
    public int Resize(int newSize)
    {
        if (newSize != _count && _exports > 0)
        {
            PyErr.SetString(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
            return -1;
        }
        if (newSize > _data.Length)
        {
            long grown = Math.Max(newSize, (long)_data.Length + (_data.Length >> 3) + 8);
            Array.Resize(ref _data, (int)Math.Min(grown, Array.MaxLength));
        }
        else if (newSize < _count)
        {
            Array.Clear(_data, newSize, _count - newSize);
        }
        _count = newSize;
        return 0;
    }
    #endregion

    private PyObject? Append(PyObject value)
    {
        if (!ToByte(value, out byte b) || Resize(_count + 1) < 0)
        {
            return null;
        }
        _data[_count - 1] = b;
        return Py.ReturnNone;
    }

    private static bool ToByte(PyObject value, out byte b)
    {
        b = 0;
        long v = PyNumber.AsSsize(value, PyExc.OverflowError);
        if (v == -1 && PyErr.Occurred())
        {
            return false;
        }
        if (v < 0 || v > 255)
        {
            PyErr.SetString(PyExc.ValueError, "byte must be in range(0, 256)");
            return false;
        }
        b = (byte)v;
        return true;
    }

    private int ExtendFrom(PyObject source)
    {
        byte[]? more;
        if (PyBuffer.Check(source))
        {
            PyBuffer? view = PyBuffer.Get(source, BufferFlags.Simple);
            if (view is null)
            {
                return -1;
            }
            more = view.Span.ToArray();
            view.Release();
        }
        else if (source is PyUnicodeObject)
        {
            PyErr.SetString(PyExc.TypeError, "expected iterable of integers; got: 'str'");
            return -1;
        }
        else
        {
            more = BytesMethods.FromIterableOfInts(source);
            if (more is null)
            {
                return -1;
            }
        }
        int old = _count;
        if (Resize(_count + more.Length) < 0)
        {
            return -1;
        }
        more.CopyTo(_data, old);
        return 0;
    }

    private static PyObject? InplaceConcat(PyObject self, PyObject other)
    {
        if (!PyBuffer.Check(other))
        {
            return PyErr.SetString(PyExc.TypeError, $"can't concat {other.ObType.Name} to bytearray");
        }
        return ((PyByteArrayObject)self).ExtendFrom(other) < 0 ? null : self.NewRef();
    }

    private static PyObject? Pop(PyObject self, ReadOnlySpan<PyObject> args)
    {
        var ba = (PyByteArrayObject)self;
        if (!GetArgs.CheckPositional("pop", args.Length, 0, 1))
        {
            return null;
        }
        long index = -1;
        if (args.Length == 1 && !GetArgs.ToSsize(args[0], out index))
        {
            return null;
        }
        if (ba._count == 0)
        {
            return PyErr.SetString(PyExc.IndexError, "pop from empty bytearray");
        }
        if (index < 0)
        {
            index += ba._count;
        }
        if ((ulong)index >= (ulong)ba._count)
        {
            return PyErr.SetString(PyExc.IndexError, "pop index out of range");
        }
        byte value = ba._data[index];
        if (ba._exports > 0)
        {
            return PyErr.SetString(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
        }
        Array.Copy(ba._data, (int)index + 1, ba._data, (int)index, ba._count - (int)index - 1);
        ba.Resize(ba._count - 1);
        return PyLongObject.FromLong(value);
    }

    private static int ByteArrayInit(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        var ba = (PyByteArrayObject)self;
        PyObject? made = PyObject.Call(PyBytesObject.Type, args, kwargs);
        if (made is null)
        {
            if (PyErr.OccurredBorrowed() is { } e && e.ObType == PyExc.TypeError && StrToString(e) is { } msg
                && msg.StartsWith("cannot convert", StringComparison.Ordinal))
            {
                PyErr.Clear();
                PyErr.SetString(PyExc.TypeError, $"cannot convert '{args[0].ObType.Name}' object to bytearray");
            }
            return -1;
        }
        ReadOnlySpan<byte> src = ((PyBytesObject)made).Span;
        if (ba.Resize(src.Length) < 0)
        {
            made.DecRef();
            return -1;
        }
        src.CopyTo(ba._data);
        made.DecRef();
        return 0;
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

    #region ass-subscript
    private static int AssSubscript(PyObject self, PyObject key, PyObject? value)
    {
        var ba = (PyByteArrayObject)self;
        if (key is not PySliceObject slice)
        {
            long index = PyNumber.AsIndexForSubscript(key, "bytearray");
            if (index == -1 && PyErr.Occurred())
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
            if (value is null)
            {
                if (ba._exports > 0)
                {
                    PyErr.SetString(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
                    return -1;
                }
                Array.Copy(ba._data, (int)index + 1, ba._data, (int)index, ba._count - (int)index - 1);
                return ba.Resize(ba._count - 1);
            }
            if (!ToByte(value, out byte b))
            {
                return -1;
            }
            ba._data[index] = b;
            return 0;
        }
        if (slice.GetIndices(ba._count, out long start, out long stop, out long step, out long length) < 0)
        {
            return -1;
        }
        byte[] replacement = [];
        if (value is not null)
        {
            if (value.ObType.TpAsNumber?.NbIndex is not null && !PyBuffer.Check(value))
            {
                PyErr.SetString(PyExc.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                return -1;
            }
            PyBytesObject? bytes = PyBytesObject.FromObject(value);
            if (bytes is null)
            {
                return -1;
            }
            replacement = bytes.Span.ToArray();
            bytes.DecRef();
        }
        if (step == 1)
        {
            stop = Math.Max(start, stop);
            int delta = replacement.Length - (int)(stop - start);
            byte[] tail = ba._data[(int)stop..ba._count];
            if (ba.Resize(ba._count + delta) < 0)
            {
                return -1;
            }
            replacement.CopyTo(ba._data, (int)start);
            tail.CopyTo(ba._data, (int)start + replacement.Length);
            return 0;
        }
        if (value is null)
        {
            var keep = new List<byte>(ba._count);
            for (long i = 0; i < ba._count; i++)
            {
                long rel = step > 0 ? i - start : start - i;
                bool selected = rel >= 0 && rel % Math.Abs(step) == 0 && rel / Math.Abs(step) < length;
                if (!selected)
                {
                    keep.Add(ba._data[i]);
                }
            }
            if (ba.Resize(keep.Count) < 0)
            {
                return -1;
            }
            keep.CopyTo(ba._data);
            return 0;
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
}
