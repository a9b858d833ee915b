// Objects/bytesobject.c: bytes — an immutable sequence of bytes.
//
// bytes owns a byte[] that never changes after construction, so it can export it to any number of
// readers. Indexing gives ints; slicing gives bytes. The methods shared with bytearray (split, join,
// hex, decode, find ...) live in BytesMethods.cs and work on spans, as CPython's bytes_methods.c does.
namespace Reference.Objects;

/// <summary>A bytes object (C: <c>PyBytesObject</c>).</summary>
public sealed partial class PyBytesObject : PyObject
{
    /// <summary>The type (C: <c>PyBytes_Type</c>).</summary>
    public static readonly PyTypeObject Type = new("bytes", null, TypeFlags.BaseType | TypeFlags.BytesSubclass)
    {
        TpDoc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer",
        TpAlloc = static t => new PyBytesObject(t, []),
        TpNew = BytesNew,
        TpRepr = static o => PyUnicodeObject.FromString(UnicodeRepr.BytesRepr(((PyBytesObject)o)._data)),
        TpStr = static o => PyUnicodeObject.FromString(UnicodeRepr.BytesRepr(((PyBytesObject)o)._data)),
        TpHash = static o => ((PyBytesObject)o).HashValue,
        TpRichCompare = static (a, b, op) => BytesMethods.RichCompare(a, b, op, byteArray: false),
        TpIter = static o => new PyBytesIterObject(o),
        TpGetAttro = GenericGetAttrFunc,
        TpAsNumber = new PyNumberMethods
        {
            NbRemainder = static (format, args) => format is PyBytesObject f ? BytesMethods.Format(f.Span, args, makeByteArray: false) : Py.ReturnNotImplemented,
        },
        TpAsSequence = new PySequenceMethods
        {
            SqLength = static o => ((PyBytesObject)o)._data.Length,
            SqConcat = static (a, b) => BytesMethods.Concat(a, b, makeByteArray: false),
            SqRepeat = static (o, n) => BytesMethods.Repeat(((PyBytesObject)o)._data, n, makeByteArray: false, o),
            SqItem = static (o, i) => BytesMethods.Item(((PyBytesObject)o)._data, i, "index out of range"),
            SqContains = static (o, v) => BytesMethods.Contains(((PyBytesObject)o)._data, v),
        },
        TpAsMapping = new PyMappingMethods
        {
            MpLength = static o => ((PyBytesObject)o)._data.Length,
            MpSubscript = BytesSubscript,
        },
        TpAsBuffer = new PyBufferProcs
        {
            BfGetBuffer = static (o, view, flags) =>
                PyBuffer.FillInfo(view, o, ((PyBytesObject)o)._data, 0, ((PyBytesObject)o)._data.Length, readOnly: true, flags),
        },
        TpMethods = BytesMethods.Methods(forByteArray: false),
    };

    private static readonly PyBytesObject s_empty = new([], default(ImmortalTag));

    private readonly byte[] _data;
    private long _hash = -1;

    private PyBytesObject(byte[] data)
        : base(Type) => _data = data;

    private PyBytesObject(PyTypeObject subtype, byte[] data)
        : base(subtype) => _data = data;

    private PyBytesObject(byte[] data, ImmortalTag tag)
        : base(Type, tag) => _data = data;

    /// <summary>The bytes.</summary>
    public ReadOnlySpan<byte> Span => _data;

    /// <summary>The number of bytes.</summary>
    public int Length => _data.Length;

    /// <summary>The empty bytes object (immortal).</summary>
    public static PyBytesObject Empty => s_empty;

    /// <summary>A bytes object that takes over an array the caller no longer uses.</summary>
    public static PyBytesObject FromArraySteal(byte[] data) => data.Length == 0 ? s_empty : new PyBytesObject(data);

    /// <summary>A bytes object with a copy of <paramref name="data"/> (C: <c>PyBytes_FromStringAndSize</c>).</summary>
    public static PyBytesObject FromSpan(ReadOnlySpan<byte> data) => FromArraySteal(data.ToArray());

    private long HashValue
    {
        get
        {
            if (_hash == -1)
            {
                _hash = PyHash.Bytes(_data);
            }
            return _hash;
        }
    }

    /// <summary>The bytes of any bytes-like object, borrowed: bytes, bytearray or memoryview. Use only while the
    /// object is held and not resized.</summary>
    internal static ReadOnlySpan<byte> BytesLikeSpan(PyObject obj) => obj switch
    {
        PyBytesObject b => b._data,
        PyByteArrayObject ba => ba.Span,
        PyMemoryViewObject mv => mv.ContiguousSpan,
        _ => [],
    };

    #region from-object
    /// <summary>bytes(x) for one argument (C: <c>PyBytes_FromObject</c>): a buffer's bytes, or an iterable of ints.</summary>
    public static PyBytesObject? FromObject(PyObject x)
    {
        if (x.ObType == Type)
        {
            x.IncRef();
            return (PyBytesObject)x;
        }
        if (PyBuffer.Check(x))
        {
            return FromBufferObject(x);
        }
        if (x is PyUnicodeObject)
        {
            return (PyBytesObject?)PyErr.SetString(PyExc.TypeError, "cannot convert 'str' object to bytes");
        }
        byte[]? data = BytesMethods.FromIterableOfInts(x);
        return data is null ? null : FromArraySteal(data);
    }
    #endregion

    /// <summary>A copy of any buffer, strided memoryviews included (C: <c>_PyBytes_FromBuffer</c>, which asks for
    /// PyBUF_FULL_RO and copies to contiguous memory).</summary>
    internal static PyBytesObject? FromBufferObject(PyObject obj)
    {
        PyBuffer? view = PyBuffer.Get(obj, BufferFlags.FullRO);
        if (view is null)
        {
            return null;
        }
        PyBytesObject copy = FromSpan(view.Span);
        view.Release();
        return copy;
    }

    private static readonly string[] s_newParams = ["source", "encoding", "errors"];

    #region bytes-new
    /// <summary>bytes(source=b'', encoding=..., errors=...) (C: <c>bytes_new_impl</c>).</summary>
    private static PyObject? BytesNew(PyTypeObject subtype, PyTupleObject args, PyDictObject? kwargs)
    {
        PyTupleObject? kwnames = kwargs?.KeysTuple();
        PyObject[] all = kwargs is null ? args.Items : [.. args.Items, .. kwargs.ValuesArray()];
        ArgBuffer4 buffer = default;
        Span<PyObject?> a = buffer[..3];
        bool ok = GetArgs.UnpackKeywords("bytes", all, kwnames, s_newParams, 0, 3, 0, a);
        kwnames?.DecRef();
        if (!ok)
        {
            return null;
        }
        PyBytesObject? value = BytesFromArgs(a[0], a[1], a[2]);
        if (value is null || subtype == Type)
        {
            return value;
        }
        var sub = new PyBytesObject(subtype, value._data);
        value.DecRef();
        return sub;
    }
    #endregion

    /// <summary>The body of bytes_new_impl: the argument combinations and their errors, in CPython's order.</summary>
    private static PyBytesObject? BytesFromArgs(PyObject? source, PyObject? encoding, PyObject? errors)
    {
        if (!PyUnicodeObject.CodecArg(encoding, "bytes", "encoding", "utf-8", out _)
            || !PyUnicodeObject.CodecArg(errors, "bytes", "errors", "strict", out _))
        {
            return null;
        }
        if (source is null)
        {
            if (encoding is not null || errors is not null)
            {
                return (PyBytesObject?)PyErr.SetString(PyExc.TypeError,
                    encoding is not null ? "encoding without a string argument" : "errors without a string argument");
            }
            return s_empty;
        }
        if (encoding is not null)
        {
            if (source is not PyUnicodeObject text)
            {
                return (PyBytesObject?)PyErr.SetString(PyExc.TypeError, "encoding without a string argument");
            }
            return (PyBytesObject?)PyUnicodeObject.Encode(text, encoding, errors, "bytes");
        }
        if (errors is not null)
        {
            return (PyBytesObject?)PyErr.SetString(PyExc.TypeError,
                source is PyUnicodeObject ? "string argument without an encoding" : "errors without a string argument");
        }
        PyObject? dunder = source.ObType.Lookup(PyIds.__bytes__);
        if (dunder is not null)
        {
            PyObject? r = CallMethodDescriptor(dunder, source);
            if (r is null || r is PyBytesObject)
            {
                return (PyBytesObject?)r;
            }
            string name = r.ObType.Name;
            r.DecRef();
            return (PyBytesObject?)PyErr.SetString(PyExc.TypeError, $"__bytes__ returned non-bytes (type {name})");
        }
        if (source is PyUnicodeObject)
        {
            return (PyBytesObject?)PyErr.SetString(PyExc.TypeError, "string argument without an encoding");
        }
        if (source.ObType.TpAsNumber?.NbIndex is not null)
        {
            if (!BytesMethods.IndexToSsize(source, out long n))
            {
                if (!PyErr.ExceptionMatches(PyExc.TypeError))
                {
                    return null;
                }
                PyErr.Clear();
            }
            else
            {
                if (n < 0)
                {
                    return (PyBytesObject?)PyErr.SetString(PyExc.ValueError, "negative count");
                }
                return n > Array.MaxLength ? (PyBytesObject?)PyErr.NoMemory() : FromArraySteal(new byte[n]);
            }
        }
        return FromObject(source);
    }

    private static PyObject? BytesSubscript(PyObject self, PyObject key)
    {
        byte[] data = ((PyBytesObject)self)._data;
        if (key is PySliceObject slice)
        {
            if (slice.GetIndices(data.Length, out long start, out _, out long step, out long length) < 0)
            {
                return null;
            }
            if (step == 1 && length == data.Length && self.ObType == Type)
            {
                return self.NewRef();
            }
            return FromArraySteal(BytesMethods.SliceCopy(data, start, step, length));
        }
        long index = PyNumber.AsIndexForSubscript(key, "byte");
        if (index == -1 && PyErr.Occurred())
        {
            return null;
        }
        return BytesMethods.Item(data, index < 0 ? index + data.Length : index, "index out of range");
    }
}

/// <summary>The iterator over bytes and bytearray (C: <c>striterobject</c>, type <c>bytes_iterator</c>): yields ints.</summary>
public sealed class PyBytesIterObject : PyObject
{
    private static readonly PyTypeObject s_bytesIter = MakeType("bytes_iterator");
    private static readonly PyTypeObject s_byteArrayIter = MakeType("bytearray_iterator");

    private PyObject? _seq;
    private int _index;

    internal PyBytesIterObject(PyObject seq)
        : base(seq is PyByteArrayObject ? s_byteArrayIter : s_bytesIter) => _seq = seq.NewRef();

    private static PyTypeObject MakeType(string name) => new(name, null, TypeFlags.HaveGc | TypeFlags.DisallowInstantiation)
    {
        TpIter = SelfIter,
        TpIterNext = static o => ((PyBytesIterObject)o).Next(),
        TpGetAttro = GenericGetAttrFunc,
        TpMethods =
        [
            PyMethodDef.NoArgs("__length_hint__", static (o, _) =>
            {
                var it = (PyBytesIterObject)o;
                return PyLongObject.FromLong(it._seq is null ? 0 : Math.Max(0, PyBytesObject.BytesLikeSpan(it._seq).Length - it._index));
            }),
        ],
    };

    private PyObject? Next()
    {
        if (_seq is null)
        {
            return null;
        }
        ReadOnlySpan<byte> data = PyBytesObject.BytesLikeSpan(_seq);
        if (_index < data.Length)
        {
            return PyLongObject.FromLong(data[_index++]);
        }
        Py.Clear(ref _seq);
        return null;
    }

    protected internal override void DeallocContents() => Py.Clear(ref _seq);

    protected internal override int TraverseContents(VisitProc visit, object? arg) => _seq is null ? 0 : visit(_seq, arg);
}
