// Objects/bytes_methods.c: what bytes and bytearray share — comparison, concatenation, and the
// methods that only read the bytes.
namespace Reference.Objects;

/// <summary>The operations bytes and bytearray share (C: <c>bytes_methods.c</c>).</summary>
internal static partial class BytesMethods
{
    /// <summary>A new bytes or bytearray for the result of an operation on <paramref name="template"/>'s kind.</summary>
    public static PyObject Make(byte[] data, bool makeByteArray) =>
        makeByteArray ? PyByteArrayObject.FromArraySteal(data) : PyBytesObject.FromArraySteal(data);

    #region bytes-richcompare
    /// <summary>Byte-wise comparison with another bytes-like object of the kind the type accepts
    /// (C: <c>bytes_richcompare</c>).</summary>
    public static PyObject? RichCompare(PyObject a, PyObject b, CompareOp op, bool byteArray)
    {
        bool comparable = byteArray ? a is PyByteArrayObject && PyBuffer.Check(b) : a is PyBytesObject && b is PyBytesObject;
        if (!comparable)
        {
            return Py.ReturnNotImplemented;
        }
        PyBuffer? vb = byteArray ? PyBuffer.Get(b, BufferFlags.Simple) : null;
        if (byteArray && vb is null)
        {
            PyErr.Clear();
            return Py.ReturnNotImplemented;
        }
        ReadOnlySpan<byte> x = PyBytesObject.BytesLikeSpan(a);
        ReadOnlySpan<byte> y = vb is null ? PyBytesObject.BytesLikeSpan(b) : vb.Span;
        int c = x.SequenceCompareTo(y);
        vb?.Release();
        return CompareOps.Return(c, 0, op);
    }
    #endregion

    /// <summary>a + b for bytes-like operands (C: <c>bytes_concat</c>).</summary>
    public static PyObject? Concat(PyObject a, PyObject b, bool makeByteArray)
    {
        PyBuffer? va = PyBuffer.Get(a, BufferFlags.Simple);
        if (va is null)
        {
            PyErr.Clear();
            return PyErr.SetString(PyExc.TypeError, $"can't concat {b.ObType.Name} to {a.ObType.Name}");
        }
        PyBuffer? vb = PyBuffer.Get(b, BufferFlags.Simple);
        if (vb is null)
        {
            va.Release();
            PyErr.Clear();
            return PyErr.SetString(PyExc.TypeError, $"can't concat {b.ObType.Name} to {a.ObType.Name}");
        }
        var data = new byte[(long)va.Length + vb.Length];
        va.Span.CopyTo(data);
        vb.Span.CopyTo(data.AsSpan(va.Length));
        va.Release();
        vb.Release();
        return Make(data, makeByteArray);
    }

    /// <summary>b * n (C: <c>bytes_repeat</c>, <c>bytearray_repeat</c>): a size past Py_ssize_t is an
    /// OverflowError for bytes, a MemoryError for bytearray; a size past a .NET array, a MemoryError.</summary>
    public static PyObject? Repeat(ReadOnlySpan<byte> data, long n, bool makeByteArray, PyObject self)
    {
        if (n <= 0 || data.Length == 0)
        {
            return Make([], makeByteArray);
        }
        if (n == 1 && !makeByteArray && self.ObType == PyBytesObject.Type)
        {
            return self.NewRef();
        }
        if (n > long.MaxValue / data.Length && !makeByteArray)
        {
            return PyErr.SetString(PyExc.OverflowError, "repeated bytes are too long");
        }
        if (n > Array.MaxLength / data.Length)
        {
            return PyErr.NoMemory();
        }
        var result = new byte[data.Length * n];
        for (long k = 0; k < n; k++)
        {
            data.CopyTo(result.AsSpan((int)(k * data.Length)));
        }
        return Make(result, makeByteArray);
    }

    /// <summary>b[i] as an int.</summary>
    public static PyObject? Item(ReadOnlySpan<byte> data, long i, string message)
    {
        if ((ulong)i >= (ulong)data.Length)
        {
            return PyErr.SetString(PyExc.IndexError, message);
        }
        return PyLongObject.FromLong(data[(int)i]);
    }

    /// <summary>An index-sized integer (C: <c>PyNumber_AsSsize_t(o, PyExc_OverflowError)</c>): "cannot fit 'int'
    /// into an index-sized integer" when it does not fit.</summary>
    internal static bool IndexToSsize(PyObject o, out long value)
    {
        value = -1;
        PyObject? index = PyNumber.Index(o);
        if (index is null)
        {
            return false;
        }
        System.Numerics.BigInteger big = ((PyLongObject)index).Value;
        index.DecRef();
        if (big < long.MinValue || big > long.MaxValue)
        {
            PyErr.SetString(PyExc.OverflowError, "cannot fit 'int' into an index-sized integer");
            return false;
        }
        value = (long)big;
        return true;
    }

    /// <summary>A copy of a slice.</summary>
    public static byte[] SliceCopy(ReadOnlySpan<byte> data, long start, long step, long length)
    {
        var result = new byte[length];
        if (step == 1)
        {
            data.Slice((int)start, (int)length).CopyTo(result);
            return result;
        }
        for (long i = 0, cur = start; i < length; i++, cur += step)
        {
            result[i] = data[(int)cur];
        }
        return result;
    }

    /// <summary>The bytes of an iterable of ints in range(256) (C: <c>_PyBytes_FromIterator</c>).</summary>
    public static byte[]? FromIterableOfInts(PyObject iterable)
    {
        PyObject? iter = PyObject.GetIter(iterable);
        if (iter is null)
        {
            if (PyErr.ExceptionMatches(PyExc.TypeError))
            {
                PyErr.Clear();
                PyErr.SetString(PyExc.TypeError, $"cannot convert '{iterable.ObType.Name}' object to bytes");
            }
            return null;
        }
        var bytes = new List<byte>();
        PyObject? item;
        while ((item = PyIter.Next(iter)) is not null)
        {
            long v = PyNumber.AsSsize(item, null);
            item.DecRef();
            if (v == -1 && PyErr.Occurred())
            {
                iter.DecRef();
                return null;
            }
            if (v < 0 || v > 255)
            {
                iter.DecRef();
                PyErr.SetString(PyExc.ValueError, "bytes must be in range(0, 256)");
                return null;
            }
            bytes.Add((byte)v);
        }
        iter.DecRef();
        return PyErr.Occurred() ? null : [.. bytes];
    }
}
