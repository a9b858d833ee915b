// Objects/bytes_methods.c: find, rfind, index, rindex, count, startswith, endswith, and
// removeprefix/removesuffix for bytes and bytearray.
//
// The needle is a bytes-like object or an int in range(256); start and end are slice indices
// (None allowed), adjusted to the length as slices are. An empty needle is found at every position
// from start to end, inclusive, and nowhere when start is past the end.
namespace Reference.Objects;

internal static partial class BytesMethods
{
    #region bytes-search
    /// <summary>count/find/index/rfind/rindex (C: <c>_Py_bytes_find</c> and friends).</summary>
    private static PyObject? Search(PyObject self, ReadOnlySpan<PyObject> args, string name)
    {
        if (!GetArgs.CheckPositional(name, args.Length, 1, 3))
        {
            return null;
        }
        byte[]? needle = Needle(args[0]);
        if (needle is null || !Bounds(args, Data(self).Length, out long start, out long end))
        {
            return null;
        }
        ReadOnlySpan<byte> data = Data(self);
        if (name == "count")
        {
            return PyLongObject.FromLong(end - start < needle.Length ? 0 : Count(data[(int)start..(int)end], needle));
        }
        long at = -1;
        if (end - start >= needle.Length)
        {
            ReadOnlySpan<byte> window = data[(int)start..(int)end];
            bool forward = name is "find" or "index";
            int i = needle.Length == 0 ? (forward ? 0 : window.Length) : forward ? window.IndexOf(needle) : window.LastIndexOf(needle);
            at = i < 0 ? -1 : start + i;
        }
        if (at < 0 && name is "index" or "rindex")
        {
            return PyErr.SetString(PyExc.ValueError, "subsection not found");
        }
        return PyLongObject.FromLong(at);
    }
    #endregion

    /// <summary>The sub argument: an int in range(256) or a bytes-like object (C: <c>parse_args_finds_byte</c>).</summary>
    private static byte[]? Needle(PyObject arg)
    {
        if (PyBuffer.Check(arg))
        {
            return BufferArg(arg);
        }
        if (arg.ObType.TpAsNumber?.NbIndex is null)
        {
            PyErr.SetString(PyExc.TypeError, $"argument should be integer or bytes-like object, not '{arg.ObType.Name}'");
            return null;
        }
        long v = PyNumber.AsSsize(arg, null);
        if (v == -1 && PyErr.Occurred())
        {
            return null;
        }
        if (v is < 0 or > 255)
        {
            PyErr.SetString(PyExc.ValueError, "byte must be in range(0, 256)");
            return null;
        }
        return [(byte)v];
    }

    /// <summary>Non-overlapping occurrences; an empty needle counts every position between the bytes.</summary>
    private static long Count(ReadOnlySpan<byte> window, ReadOnlySpan<byte> needle)
    {
        if (needle.IsEmpty)
        {
            return window.Length + 1L;
        }
        long count = 0;
        int at;
        while ((at = window.IndexOf(needle)) >= 0)
        {
            count++;
            window = window[(at + needle.Length)..];
        }
        return count;
    }

    /// <summary>x in b: an int in range(256), or a bytes-like subsequence (C: <c>_Py_bytes_contains</c>).</summary>
    public static int Contains(ReadOnlySpan<byte> data, PyObject value)
    {
        long v = value.ObType.TpAsNumber?.NbIndex is null ? -1 : PyNumber.AsSsize(value, null);
        if (v == -1 && (value.ObType.TpAsNumber?.NbIndex is null || PyErr.Occurred()))
        {
            PyErr.Clear();
            byte[]? sub = BufferArg(value);
            return sub is null ? -1 : data.IndexOf(sub) >= 0 ? 1 : 0;
        }
        if (v is < 0 or > 255)
        {
            PyErr.SetString(PyExc.ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return data.IndexOf((byte)v) >= 0 ? 1 : 0;
    }

    #region tailmatch
    /// <summary>startswith/endswith with a bytes-like or a tuple of them, and optional bounds
    /// (C: <c>_Py_bytes_tailmatch</c>).</summary>
    private static PyObject? Affix(PyObject self, ReadOnlySpan<PyObject> args, string name, bool suffix)
    {
        if (!GetArgs.CheckPositional(name, args.Length, 1, 3) || !Bounds(args, Data(self).Length, out long start, out long end))
        {
            return null;
        }
        if (args[0] is PyTupleObject tuple)
        {
            foreach (PyObject candidate in tuple.ItemsBorrowed)
            {
                int r = TailMatch(self, candidate, start, end, suffix);
                if (r != 0)
                {
                    return r < 0 ? null : Py.True;
                }
            }
            return Py.False;
        }
        int result = TailMatch(self, args[0], start, end, suffix);
        if (result < 0)
        {
            if (PyErr.ExceptionMatches(PyExc.TypeError))
            {
                PyErr.Clear();
                PyErr.SetString(PyExc.TypeError, $"{name} first arg must be bytes or a tuple of bytes, not {args[0].ObType.Name}");
            }
            return null;
        }
        return Py.Bool(result > 0);
    }
    #endregion

    private static int TailMatch(PyObject self, PyObject candidate, long start, long end, bool suffix)
    {
        byte[]? sub = BufferArg(candidate);
        if (sub is null)
        {
            return -1;
        }
        ReadOnlySpan<byte> data = Data(self);
        int len = data.Length;
        if (suffix)
        {
            if (end - start < sub.Length || start > len)
            {
                return 0;
            }
            start = Math.Max(start, end - sub.Length);
        }
        else if (start > len - sub.Length)
        {
            return 0;
        }
        return end - start >= sub.Length && data.Slice((int)start, sub.Length).SequenceEqual(sub) ? 1 : 0;
    }

    /// <summary>removeprefix/removesuffix (C: <c>bytes_removeprefix_impl</c>).</summary>
    private static PyObject? RemoveAffix(PyObject self, PyObject arg, bool forByteArray, bool suffix)
    {
        byte[]? affix = BufferArg(arg);
        if (affix is null)
        {
            return null;
        }
        ReadOnlySpan<byte> data = Data(self);
        bool has = affix.Length > 0 && (suffix ? data.EndsWith(affix) : data.StartsWith(affix));
        if (!has)
        {
            return Unchanged(self, forByteArray);
        }
        return Make((suffix ? data[..^affix.Length] : data[affix.Length..]).ToArray(), forByteArray);
    }
}
