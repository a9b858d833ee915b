// Objects/memoryobject.c: memoryview's operations beyond indexing — cast, hex, release (and so the
// context manager), hashing and comparison.
namespace Reference.Objects;

public sealed partial class PyMemoryViewObject
{
    private static PyObject? Cast(PyObject self, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames)
    {
        var mv = (PyMemoryViewObject)self;
        ArgBuffer4 buffer = default;
        Span<PyObject?> a = buffer[..2];
        if (!mv.CheckReleased() || !GetArgs.UnpackKeywords("cast", args, kwnames, s_castParams, 0, 2, 1, a))
        {
            return null;
        }
        if (a[0] is not PyUnicodeObject formatArg)
        {
            return PyErr.SetString(PyExc.TypeError, $"cast() argument 'format' must be str, not {PyUnicodeObject.ArgTypeName(a[0]!)}");
        }
        string format = formatArg.Value;
        if ((format.StartsWith('@') ? format[1..] : format) is not ("B" or "c"))
        {
            return PyErr.SetString(PyExc.ValueError,
                "memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        if (mv._step != 1)
        {
            return PyErr.SetString(PyExc.TypeError, "memoryview: casts are restricted to C-contiguous views");
        }
        PyMemoryViewObject cast = mv.Slice(mv._start, 1, mv._length);
        cast._format = format;
        return cast;
    }

    /// <summary>m.hex(sep=None, bytes_per_sep=1), as bytes.hex.</summary>
    private static PyObject? Hex(PyObject self, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames)
    {
        var mv = (PyMemoryViewObject)self;
        ArgBuffer4 buffer = default;
        Span<PyObject?> a = buffer[..2];
        if (!mv.CheckReleased() || !GetArgs.UnpackKeywords("hex", args, kwnames, s_hexParams, 0, 2, 0, a))
        {
            return null;
        }
        int per = 1;
        if (a[1] is not null && !PyUnicodeObject.ToCInt(a[1]!, out per))
        {
            return null;
        }
        return BytesMethods.HexString(mv.Copy(), a[0], per);
    }

    /// <summary>m.release(): refused while the view itself is exported; the root's buffer is released once the
    /// root and all views derived from it are (C: <c>memory_release</c> and <c>mbuf_release</c>).</summary>
    private bool Release()
    {
        if (_released)
        {
            return true;
        }
        if (_exports > 0)
        {
            PyErr.SetString(PyExc.BufferError, $"memoryview has {_exports} exported buffer{(_exports == 1 ? "" : "s")}");
            return false;
        }
        _released = true;
        if (_parent is null)
        {
            ReleaseBufferIfUnused();
            return true;
        }
        PyMemoryViewObject root = _parent;
        root._children--;
        root.ReleaseBufferIfUnused();
        Py.Clear(ref _parent);
        return true;
    }

    private void ReleaseBufferIfUnused()
    {
        if (_released && _children == 0 && _view is not null)
        {
            PyBuffer view = _view;
            _view = null;
            view.Release();
        }
    }

    private static long MemoryHash(PyObject self)
    {
        var mv = (PyMemoryViewObject)self;
        if (!mv.CheckReleased())
        {
            return -1;
        }
        if (!mv.ReadOnly)
        {
            PyErr.SetString(PyExc.ValueError, "cannot hash writable memoryview object");
            return -1;
        }
        if (mv.Root._view!.Obj is { } exporter && Hash(exporter) == -1)
        {
            return -1; // an unhashable exporter keeps its own error
        }
        return PyHash.Bytes(mv.Copy());
    }

    private static PyObject? MemoryRichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if ((op != CompareOp.Eq && op != CompareOp.Ne) || !PyBuffer.Check(b))
        {
            return Py.ReturnNotImplemented;
        }
        var mv = (PyMemoryViewObject)a;
        if (mv._released || (b is PyMemoryViewObject { _released: true }))
        {
            bool same = a == b;
            return Py.Bool(op == CompareOp.Eq ? same : !same);
        }
        PyBuffer? other = PyBuffer.Get(b, BufferFlags.FullRO);
        if (other is null)
        {
            PyErr.Clear();
            return Py.ReturnNotImplemented;
        }
        // Items compare as values: a 'c' item (a bytes of length 1) never equals a 'B' item (an int).
        bool otherChars = b is PyMemoryViewObject { IsCharFormat: true };
        bool equal = mv._length == other.Length && (mv.IsCharFormat == otherChars || mv._length == 0)
            && mv.Copy().AsSpan().SequenceEqual(other.Span);
        other.Release();
        return Py.Bool(op == CompareOp.Eq ? equal : !equal);
    }
}
