// Objects/bytearrayobject.c: bytearray's own methods — construction (__init__), the mutators
// (append, extend, insert, pop, remove, clear, reverse, resize), += and *=, copy and the size queries.
namespace Reference.Objects;

public sealed partial class PyByteArrayObject
{
    private static readonly string[] s_initParams = ["source", "encoding", "errors"];

    private static PyMethodDef[] MethodTable() =>
    [
        .. BytesMethods.Methods(forByteArray: true),
        PyMethodDef.O("append", static (o, v) => ((PyByteArrayObject)o).Append(v!)),
        PyMethodDef.O("extend", static (o, v) => ((PyByteArrayObject)o).Extend(v!)),
        PyMethodDef.Fast("insert", Insert),
        PyMethodDef.Fast("pop", Pop),
        PyMethodDef.O("remove", static (o, v) => ((PyByteArrayObject)o).Remove(v!)),
        PyMethodDef.NoArgs("clear", static (o, _) => ((PyByteArrayObject)o).Resize(0) < 0 ? null : Py.ReturnNone),
        PyMethodDef.NoArgs("copy", static (o, _) => FromArraySteal(((PyByteArrayObject)o).Span.ToArray())),
        PyMethodDef.NoArgs("reverse", static (o, _) =>
        {
            ((PyByteArrayObject)o).SpanMutable.Reverse();
            return Py.ReturnNone;
        }),
        PyMethodDef.O("resize", static (o, size) => ResizeMethod((PyByteArrayObject)o, size!)),
        PyMethodDef.NoArgs("__alloc__", static (o, _) => PyLongObject.FromLong(((PyByteArrayObject)o).Allocated)),
        PyMethodDef.NoArgs("__sizeof__", static (o, _) => PyLongObject.FromLong(56 + ((PyByteArrayObject)o).Allocated)),
    ];

    /// <summary>The bytes allocated, counting CPython's trailing NUL (C: <c>ob_alloc</c>).</summary>
    private long Allocated => _data.Length == 0 ? 0 : _data.Length + 1L;

    #region init
    /// <summary>bytearray(source=b'', encoding=..., errors=...) (C: <c>bytearray___init___impl</c>). A bytearray
    /// never calls __bytes__: its source is a str with an encoding, an int, a buffer or an iterable of ints.</summary>
    private static int ByteArrayInit(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        var ba = (PyByteArrayObject)self;
        PyTupleObject? kwnames = kwargs?.KeysTuple();
        PyObject[] all = kwargs is null ? args.Items : [.. args.Items, .. kwargs.ValuesArray()];
        ArgBuffer4 buffer = default;
        Span<PyObject?> a = buffer[..3];
        bool ok = GetArgs.UnpackKeywords("bytearray", all, kwnames, s_initParams, 0, 3, 0, a);
        kwnames?.DecRef();
        if (!ok || !PyUnicodeObject.CodecArg(a[1], "bytearray", "encoding", "utf-8", out _)
            || !PyUnicodeObject.CodecArg(a[2], "bytearray", "errors", "strict", out _)
            || ba.Resize(0) < 0)
        {
            return -1;
        }
        PyObject? source = a[0], encoding = a[1], errors = a[2];
        if (source is null || source is PyUnicodeObject || encoding is not null || errors is not null)
        {
            if (source is PyUnicodeObject text && encoding is not null)
            {
                PyObject? encoded = PyUnicodeObject.Encode(text, encoding, errors, "bytearray");
                if (encoded is null)
                {
                    return -1;
                }
                int r = ba.SetSliceLinear(0, 0, ((PyBytesObject)encoded).Span);
                encoded.DecRef();
                return r;
            }
            if (source is null && encoding is null && errors is null)
            {
                return 0;
            }
            PyErr.SetString(PyExc.TypeError, source is PyUnicodeObject ? "string argument without an encoding"
                : encoding is not null ? "encoding without a string argument" : "errors without a string argument");
            return -1;
        }
        if (source.ObType.TpAsNumber?.NbIndex is not null)
        {
            if (BytesMethods.IndexToSsize(source, out long count))
            {
                if (count < 0)
                {
                    PyErr.SetString(PyExc.ValueError, "negative count");
                    return -1;
                }
                return ba.Resize(count);
            }
            if (!PyErr.ExceptionMatches(PyExc.TypeError))
            {
                return -1;
            }
            PyErr.Clear();
        }
        if (PyBuffer.Check(source))
        {
            PyBytesObject? copy = PyBytesObject.FromBufferObject(source);
            if (copy is null)
            {
                return -1;
            }
            int r = ba.SetSliceLinear(0, 0, copy.Span);
            copy.DecRef();
            return r;
        }
        return ba.AppendIterable(source, $"cannot convert '{source.ObType.Name}' object to bytearray");
    }
    #endregion

    /// <summary>Appends each int of an iterable (C: the iterator loop of <c>bytearray___init__</c> and
    /// <c>bytearray_extend</c>); <paramref name="notIterable"/> is the TypeError for a non-iterable.</summary>
    private int AppendIterable(PyObject source, string notIterable)
    {
        PyObject? iter = PyObject.GetIter(source);
        if (iter is null)
        {
            if (PyErr.ExceptionMatches(PyExc.TypeError))
            {
                PyErr.Clear();
                PyErr.SetString(PyExc.TypeError, notIterable);
            }
            return -1;
        }
        var more = new List<byte>();
        PyObject? item;
        while ((item = PyIter.Next(iter)) is not null)
        {
            bool ok = BytesMethods.ByteValue(item, out byte b);
            item.DecRef();
            if (!ok)
            {
                iter.DecRef();
                if (source is PyUnicodeObject && PyErr.ExceptionMatches(PyExc.TypeError))
                {
                    PyErr.Clear();
                    PyErr.SetString(PyExc.TypeError, "expected iterable of integers; got: 'str'");
                }
                return -1;
            }
            more.Add(b);
        }
        iter.DecRef();
        if (PyErr.Occurred())
        {
            return -1;
        }
        return SetSliceLinear(_count, _count, [.. more]);
    }

    private PyObject? Append(PyObject value)
    {
        if (!BytesMethods.ByteValue(value, out byte b) || Resize(_count + 1L) < 0)
        {
            return null;
        }
        _data[_count - 1] = b;
        return Py.ReturnNone;
    }

    /// <summary>extend(iterable_of_ints): a buffer's bytes, or each int of an iterable.</summary>
    private PyObject? Extend(PyObject source)
    {
        if (PyBuffer.Check(source))
        {
            byte[]? more = BytesMethods.BufferArg(source);
            return more is null || SetSliceLinear(_count, _count, more) < 0 ? null : Py.ReturnNone;
        }
        return AppendIterable(source, $"can't extend bytearray with {source.ObType.Name}") < 0 ? null : Py.ReturnNone;
    }

    private static PyObject? Insert(PyObject self, ReadOnlySpan<PyObject> args)
    {
        var ba = (PyByteArrayObject)self;
        if (!GetArgs.CheckPositional("insert", args.Length, 2, 2) || !GetArgs.ToSsize(args[0], out long index)
            || !BytesMethods.ByteValue(args[1], out byte b))
        {
            return null;
        }
        int n = ba._count;
        if (index < 0)
        {
            index = Math.Max(index + n, 0);
        }
        index = Math.Min(index, n);
        return ba.SetSliceLinear((int)index, (int)index, [b]) < 0 ? null : Py.ReturnNone;
    }

    private static PyObject? Pop(PyObject self, ReadOnlySpan<PyObject> args)
    {
        var ba = (PyByteArrayObject)self;
        long index = -1;
        if (!GetArgs.CheckPositional("pop", args.Length, 0, 1) || (args.Length == 1 && !GetArgs.ToSsize(args[0], out index)))
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
        return ba.SetSliceLinear((int)index, (int)index + 1, []) < 0 ? null : PyLongObject.FromLong(value);
    }

    private PyObject? Remove(PyObject value)
    {
        if (!BytesMethods.ByteValue(value, out byte b))
        {
            return null;
        }
        int at = Span.IndexOf(b);
        if (at < 0)
        {
            return PyErr.SetString(PyExc.ValueError, "value not found in bytearray");
        }
        return SetSliceLinear(at, at + 1, []) < 0 ? null : Py.ReturnNone;
    }

    /// <summary>resize(size): new bytes are zero (C: <c>bytearray_resize_impl</c>).</summary>
    private static PyObject? ResizeMethod(PyByteArrayObject ba, PyObject size)
    {
        if (!GetArgs.ToSsize(size, out long n))
        {
            return null;
        }
        return ba.Resize(n) < 0 ? null : Py.ReturnNone;
    }

    /// <summary>b += other: a buffer's bytes appended in place (C: <c>bytearray_iconcat</c>).</summary>
    private static PyObject? InplaceConcat(PyObject self, PyObject other)
    {
        var ba = (PyByteArrayObject)self;
        PyBuffer? view = PyBuffer.Get(other, BufferFlags.Simple);
        if (view is null)
        {
            PyErr.Clear();
            return PyErr.SetString(PyExc.TypeError, $"can't concat {other.ObType.Name} to {self.ObType.Name}");
        }
        byte[] more = view.Span.ToArray();
        view.Release();
        return ba.SetSliceLinear(ba._count, ba._count, more) < 0 ? null : self.NewRef();
    }

    /// <summary>b *= n: the bytes repeated in place (C: <c>bytearray_irepeat</c>).</summary>
    private static PyObject? InplaceRepeat(PyObject self, long count)
    {
        var ba = (PyByteArrayObject)self;
        if (count == 1)
        {
            return self.NewRef();
        }
        count = Math.Max(count, 0);
        int size = ba._count;
        if (count > 0 && size > long.MaxValue / count)
        {
            return PyErr.NoMemory();
        }
        byte[] original = ba.Span.ToArray();
        if (ba.Resize(size * count) < 0)
        {
            return null;
        }
        for (long k = 1; k < count; k++)
        {
            original.CopyTo(ba._data, (int)(k * size));
        }
        return self.NewRef();
    }
}
