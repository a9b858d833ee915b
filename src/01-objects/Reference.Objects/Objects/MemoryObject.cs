// Objects/memoryobject.c: memoryview — a view of another object's memory, without copying.
//
// A memoryview holds an exported buffer (and so keeps its exporter from resizing) until released.
// Slicing a memoryview makes another view of the same memory; writing through a view of a bytearray
// changes the bytearray. This runtime supports one-dimensional views of unsigned bytes (format 'B',
// and the char format 'c' via cast), the part chapter 4 uses to share memory between interpreters.
//
// Views made from a view (slices, memoryview(view), cast, toreadonly) share the root view's export,
// as CPython's share one managed buffer: each holds its root, and the export ends only when the root
// and every view derived from it have been released. A view may be released while its derived views
// live on: it then refuses every operation, while they keep working.
namespace Reference.Objects;

/// <summary>A memoryview (C: <c>PyMemoryViewObject</c>).</summary>
public sealed partial class PyMemoryViewObject : PyObject
{
    /// <summary>The type (C: <c>PyMemoryView_Type</c>).</summary>
    public static readonly PyTypeObject Type = new("memoryview", null, TypeFlags.HaveGc | TypeFlags.Sequence)
    {
        TpDoc = "Create a new memoryview object which references the given object.",
        TpNew = static (t, args, kwargs) =>
        {
            PyTupleObject? kwnames = kwargs?.KeysTuple();
            PyObject[] all = kwargs is null ? args.Items : [.. args.Items, .. kwargs.ValuesArray()];
            ArgBuffer4 buffer = default;
            Span<PyObject?> a = buffer[..1];
            bool ok = GetArgs.UnpackKeywords("memoryview", all, kwnames, s_newParams, 0, 1, 1, a);
            kwnames?.DecRef();
            return ok ? FromObject(a[0]!) : null;
        },
        TpRepr = static o => PyUnicodeObject.FromString(((PyMemoryViewObject)o)._released
            ? $"<released memory at 0x{o.Id:x}>"
            : $"<memory at 0x{o.Id:x}>"),
        TpHash = MemoryHash,
        TpRichCompare = MemoryRichCompare,
        TpIter = static o =>
        {
            PyObject? list = ((PyMemoryViewObject)o).ToList();
            if (list is null)
            {
                return null;
            }
            PyObject? iter = GetIter(list);
            list.DecRef();
            return iter;
        },
        TpGetAttro = GenericGetAttrFunc,
        TpAsSequence = new PySequenceMethods
        {
            SqLength = static o => ((PyMemoryViewObject)o).CheckReleased() ? ((PyMemoryViewObject)o)._length : -1,
            SqItem = static (o, i) => ((PyMemoryViewObject)o).Item(i),
        },
        TpAsMapping = new PyMappingMethods
        {
            MpLength = static o => ((PyMemoryViewObject)o).CheckReleased() ? ((PyMemoryViewObject)o)._length : -1,
            MpSubscript = Subscript,
            MpAssSubscript = AssSubscript,
        },
        TpAsBuffer = new PyBufferProcs
        {
            BfGetBuffer = static (o, view, flags) =>
            {
                var mv = (PyMemoryViewObject)o;
                if (!mv.CheckReleased())
                {
                    return -1;
                }
                if (mv._step != 1)
                {
                    // A strided view can serve only a consumer that accepts strides and will not write: it gets
                    // a contiguous copy (C: PyBUF_FULL_RO consumers copy with PyBuffer_ToContiguous anyway).
                    if ((flags & BufferFlags.Strides) == 0 || (flags & BufferFlags.Writable) != 0)
                    {
                        PyErr.SetString(PyExc.BufferError, "memoryview: underlying buffer is not C-contiguous");
                        return -1;
                    }
                    byte[] copy = mv.Copy();
                    PyBuffer.FillInfo(view, o, copy, 0, copy.Length, readOnly: true, flags);
                }
                else if (PyBuffer.FillInfo(view, o, mv.Root._view!.Array, mv.Root._view.Offset + (int)mv._start, (int)mv._length, mv.ReadOnly, flags) < 0)
                {
                    return -1;
                }
                mv._exports++;
                return 0;
            },
            BfReleaseBuffer = static (o, _) => ((PyMemoryViewObject)o)._exports--,
        },
        TpMethods =
        [
            PyMethodDef.NoArgs("tobytes", static (o, _) =>
                ((PyMemoryViewObject)o).CheckReleased() ? PyBytesObject.FromArraySteal(((PyMemoryViewObject)o).Copy()) : null),
            PyMethodDef.NoArgs("tolist", static (o, _) => ((PyMemoryViewObject)o).ToList()),
            PyMethodDef.FastKeywords("hex", Hex),
            PyMethodDef.NoArgs("release", static (o, _) => ((PyMemoryViewObject)o).Release() ? Py.ReturnNone : null),
            PyMethodDef.FastKeywords("cast", Cast),
            PyMethodDef.NoArgs("toreadonly", static (o, _) =>
            {
                var mv = (PyMemoryViewObject)o;
                if (!mv.CheckReleased())
                {
                    return null;
                }
                PyMemoryViewObject copy = mv.Slice(mv._start, 1, mv._length);
                copy._forceReadOnly = true;
                return copy;
            }),
            PyMethodDef.NoArgs("__enter__", static (o, _) => ((PyMemoryViewObject)o).CheckReleased() ? o.NewRef() : null),
            PyMethodDef.Fast("__exit__", static (o, _) => ((PyMemoryViewObject)o).Release() ? Py.ReturnNone : null),
        ],
        TpGetSet =
        [
            new("obj", static o => ((PyMemoryViewObject)o).CheckReleased() ? Py.NewRef(((PyMemoryViewObject)o).Root._view!.Obj ?? Py.None) : null),
            new("nbytes", static o => ((PyMemoryViewObject)o).CheckReleased() ? PyLongObject.FromLong(((PyMemoryViewObject)o)._length) : null),
            new("readonly", static o => ((PyMemoryViewObject)o).CheckReleased() ? Py.Bool(((PyMemoryViewObject)o).ReadOnly) : null),
            new("itemsize", static o => ((PyMemoryViewObject)o).CheckReleased() ? PyLongObject.FromLong(1) : null),
            new("format", static o => ((PyMemoryViewObject)o).CheckReleased() ? PyUnicodeObject.FromString(((PyMemoryViewObject)o)._format) : null),
            new("ndim", static o => ((PyMemoryViewObject)o).CheckReleased() ? PyLongObject.FromLong(1) : null),
            new("shape", static o => ((PyMemoryViewObject)o).CheckReleased()
                ? PyTupleObject.FromArraySteal([PyLongObject.FromLong(((PyMemoryViewObject)o)._length)]) : null),
            new("strides", static o => ((PyMemoryViewObject)o).CheckReleased()
                ? PyTupleObject.FromArraySteal([PyLongObject.FromLong(((PyMemoryViewObject)o)._step)]) : null),
            new("contiguous", static o => ((PyMemoryViewObject)o).CheckReleased() ? Py.Bool(((PyMemoryViewObject)o)._step == 1) : null),
            new("c_contiguous", static o => ((PyMemoryViewObject)o).CheckReleased() ? Py.Bool(((PyMemoryViewObject)o)._step == 1) : null),
        ],
    };

    private static readonly string[] s_newParams = ["object"];
    private static readonly string[] s_castParams = ["format", "shape"];
    private static readonly string[] s_hexParams = ["sep", "bytes_per_sep"];

    /// <summary>The exporter's buffer, held by a root view only (C: the managed buffer).</summary>
    private PyBuffer? _view;

    /// <summary>The root whose buffer a derived view uses, owned; null for a root.</summary>
    private PyMemoryViewObject? _parent;

    /// <summary>On a root: the derived views not yet released. The buffer is released when this is zero and the
    /// root itself is released.</summary>
    private int _children;

    private long _start, _step = 1, _length;
    private string _format = "B";
    private bool _released, _forceReadOnly;
    private int _exports;

    /// <summary>The view that holds the buffer.</summary>
    private PyMemoryViewObject Root => _parent ?? this;

    private PyMemoryViewObject()
        : base(Type)
    {
    }

    private bool ReadOnly => _forceReadOnly || Root._view!.ReadOnly;

    /// <summary>memoryview(obj) (C: <c>PyMemoryView_FromObject</c>).</summary>
    public static PyObject? FromObject(PyObject obj)
    {
        if (obj is PyMemoryViewObject source)
        {
            return source.CheckReleased() ? source.Slice(source._start, source._step, source._length) : null;
        }
        if (!PyBuffer.Check(obj))
        {
            return PyErr.SetString(PyExc.TypeError, $"memoryview: a bytes-like object is required, not '{obj.ObType.Name}'");
        }
        PyBuffer? view = PyBuffer.Get(obj, BufferFlags.FullRO);
        if (view is null)
        {
            return null;
        }
        return new PyMemoryViewObject { _view = view, _length = view.Length };
    }

    /// <summary>The viewed bytes when contiguous.</summary>
    internal ReadOnlySpan<byte> ContiguousSpan =>
        _released || Root._view is null || _step != 1 ? [] : Root._view.Span.Slice((int)_start, (int)_length);

    private bool CheckReleased()
    {
        if (!_released)
        {
            return true;
        }
        PyErr.SetString(PyExc.ValueError, "operation forbidden on released memoryview object");
        return false;
    }

    private ref byte At(long i) => ref Root._view!.Span[(int)(_start + i * _step)];

    private byte[] Copy()
    {
        var result = new byte[_length];
        for (long i = 0; i < _length; i++)
        {
            result[i] = At(i);
        }
        return result;
    }

    private PyObject? ToList()
    {
        if (!CheckReleased())
        {
            return null;
        }
        PyListObject list = PyListObject.New((int)_length);
        for (long i = 0; i < _length; i++)
        {
            list.AppendSteal(ItemObject(At(i)));
        }
        return list;
    }

    private PyObject ItemObject(byte b) => IsCharFormat ? PyBytesObject.FromArraySteal([b]) : PyLongObject.FromLong(b);

    /// <summary>Whether items are single bytes ('c' or '@c') rather than ints.</summary>
    private bool IsCharFormat => _format is "c" or "@c";

    private PyObject? Item(long i)
    {
        if (!CheckReleased())
        {
            return null;
        }
        if (i < 0)
        {
            i += _length;
        }
        if ((ulong)i >= (ulong)_length)
        {
            return PyErr.SetString(PyExc.IndexError, "index out of bounds on dimension 1");
        }
        return ItemObject(At(i));
    }

    /// <summary>A view derived from this one, sharing the root's buffer.</summary>
    private PyMemoryViewObject Slice(long start, long step, long length)
    {
        PyMemoryViewObject root = Root;
        root._children++;
        return new PyMemoryViewObject
        {
            _parent = Py.NewRef(root),
            _start = start,
            _step = step,
            _length = length,
            _format = _format,
            _forceReadOnly = _forceReadOnly,
        };
    }

    private static PyObject? Subscript(PyObject self, PyObject key)
    {
        var mv = (PyMemoryViewObject)self;
        if (!mv.CheckReleased())
        {
            return null;
        }
        if (key is PySliceObject slice)
        {
            if (slice.GetIndices(mv._length, out long start, out _, out long step, out long length) < 0)
            {
                return null;
            }
            return mv.Slice(mv._start + start * mv._step, step * mv._step, length);
        }
        if (key.ObType.TpAsNumber?.NbIndex is null)
        {
            return PyErr.SetString(PyExc.TypeError, "memoryview: invalid slice key");
        }
        long index = PyNumber.AsSsize(key, PyExc.IndexError);
        return index == -1 && PyErr.Occurred() ? null : mv.Item(index);
    }

    #region memoryview-ass-subscript
    private static int AssSubscript(PyObject self, PyObject key, PyObject? value)
    {
        var mv = (PyMemoryViewObject)self;
        if (!mv.CheckReleased())
        {
            return -1;
        }
        if (mv.ReadOnly)
        {
            PyErr.SetString(PyExc.TypeError, "cannot modify read-only memory");
            return -1;
        }
        if (value is null)
        {
            PyErr.SetString(PyExc.TypeError, "cannot delete memory");
            return -1;
        }
        if (key is PySliceObject slice)
        {
            if (slice.GetIndices(mv._length, out long start, out _, out long step, out long length) < 0)
            {
                return -1;
            }
            PyBuffer? src = PyBuffer.Get(value, BufferFlags.Simple);
            if (src is null)
            {
                return -1;
            }
            byte[] bytes = src.Span.ToArray();
            src.Release();
            if (bytes.Length != length)
            {
                PyErr.SetString(PyExc.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
                return -1;
            }
            for (long i = 0; i < length; i++)
            {
                mv.At(start + i * step) = bytes[i];
            }
            return 0;
        }
        if (key.ObType.TpAsNumber?.NbIndex is null)
        {
            PyErr.SetString(PyExc.TypeError, "memoryview: invalid slice key");
            return -1;
        }
        long index = PyNumber.AsSsize(key, PyExc.IndexError);
        if (index == -1 && PyErr.Occurred())
        {
            return -1;
        }
        if (index < 0)
        {
            index += mv._length;
        }
        if ((ulong)index >= (ulong)mv._length)
        {
            PyErr.SetString(PyExc.IndexError, "index out of bounds on dimension 1");
            return -1;
        }
        if (mv.IsCharFormat)
        {
            // A 'c' item is a bytes of length 1 (C: pack_single).
            if (value is not PyBytesObject one)
            {
                PyErr.SetString(PyExc.TypeError, $"memoryview: invalid type for format '{mv._format}'");
                return -1;
            }
            if (one.Length != 1)
            {
                PyErr.SetString(PyExc.ValueError, $"memoryview: invalid value for format '{mv._format}'");
                return -1;
            }
            mv.At(index) = one.Span[0];
            return 0;
        }
        long v = value.ObType.TpAsNumber?.NbIndex is null ? -1 : PyNumber.AsSsize(value, null);
        if (v == -1 && (value.ObType.TpAsNumber?.NbIndex is null || PyErr.Occurred()))
        {
            if (value.ObType.TpAsNumber?.NbIndex is null || PyErr.ExceptionMatches(PyExc.TypeError))
            {
                PyErr.Clear();
                PyErr.SetString(PyExc.TypeError, $"memoryview: invalid type for format '{mv._format}'");
            }
            return -1;
        }
        if (v < 0 || v > 255)
        {
            PyErr.SetString(PyExc.ValueError, $"memoryview: invalid value for format '{mv._format}'");
            return -1;
        }
        mv.At(index) = (byte)v;
        return 0;
    }
    #endregion

    protected internal override void DeallocContents()
    {
        _exports = 0;
        Release();
    }

    protected internal override int TraverseContents(VisitProc visit, object? arg)
    {
        if (_parent is not null)
        {
            return visit(_parent, arg);
        }
        return _view?.Obj is { } obj ? visit(obj, arg) : 0;
    }
}
