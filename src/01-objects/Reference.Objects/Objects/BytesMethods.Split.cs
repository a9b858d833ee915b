// Objects/stringlib/split.h, partition.h and join.h for bytes and bytearray: split, rsplit, partition,
// rpartition, splitlines and join.
//
// Without a separator, split runs of ASCII whitespace apart and drop them at both ends; with one, the
// pieces between its occurrences are kept even when empty. maxsplit bounds the number of splits,
// counted from the left (split) or the right (rsplit); the rest stays in one piece.
namespace Reference.Objects;

internal static partial class BytesMethods
{
    private static readonly string[] s_splitParams = ["sep", "maxsplit"];
    private static readonly string[] s_splitLinesParams = ["keepends"];

    #region bytes-split
    /// <summary>split/rsplit(sep=None, maxsplit=-1) (C: <c>bytes_split_impl</c>).</summary>
    private static PyObject? Split(PyObject self, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames, bool forByteArray, bool reverse)
    {
        ArgBuffer4 buffer = default;
        Span<PyObject?> a = buffer[..2];
        if (!GetArgs.UnpackKeywords(reverse ? "rsplit" : "split", args, kwnames, s_splitParams, 0, 2, 0, a))
        {
            return null;
        }
        long maxsplit = -1;
        if (a[1] is not null && !Ssize(a[1]!, out maxsplit))
        {
            return null;
        }
        if (maxsplit < 0)
        {
            maxsplit = long.MaxValue;
        }
        byte[]? sep = null;
        if (a[0] is not null && a[0] != Py.None)
        {
            sep = BufferArg(a[0]!);
            if (sep is null)
            {
                return null;
            }
            if (sep.Length == 0)
            {
                return PyErr.SetString(PyExc.ValueError, "empty separator");
            }
        }
        ReadOnlySpan<byte> data = Data(self);
        var pieces = new List<(int Start, int End)>();
        if (sep is null)
        {
            SplitWhitespace(data, maxsplit, reverse, pieces);
        }
        else
        {
            SplitOn(data, sep, maxsplit, reverse, pieces);
        }
        PyListObject list = PyListObject.New(pieces.Count);
        for (int i = reverse ? pieces.Count - 1 : 0; reverse ? i >= 0 : i < pieces.Count; i += reverse ? -1 : 1)
        {
            list.AppendSteal(Make(data[pieces[i].Start..pieces[i].End].ToArray(), forByteArray));
        }
        return list;
    }
    #endregion

    /// <summary>Pieces between runs of whitespace, found from the left or (reverse) the right, in the order found.</summary>
    private static void SplitWhitespace(ReadOnlySpan<byte> data, long maxsplit, bool reverse, List<(int, int)> pieces)
    {
        if (!reverse)
        {
            int i = 0;
            while (true)
            {
                while (i < data.Length && IsSpace(data[i]))
                {
                    i++;
                }
                if (i == data.Length)
                {
                    return;
                }
                if (maxsplit-- == 0)
                {
                    pieces.Add((i, data.Length)); // the rest, trailing whitespace and all
                    return;
                }
                int j = i;
                while (j < data.Length && !IsSpace(data[j]))
                {
                    j++;
                }
                pieces.Add((i, j));
                i = j;
            }
        }
        int k = data.Length;
        while (true)
        {
            while (k > 0 && IsSpace(data[k - 1]))
            {
                k--;
            }
            if (k == 0)
            {
                return;
            }
            if (maxsplit-- == 0)
            {
                pieces.Add((0, k)); // the rest, leading whitespace and all
                return;
            }
            int j = k;
            while (j > 0 && !IsSpace(data[j - 1]))
            {
                j--;
            }
            pieces.Add((j, k));
            k = j;
        }
    }

    /// <summary>Pieces between occurrences of <paramref name="sep"/>, in the order found.</summary>
    private static void SplitOn(ReadOnlySpan<byte> data, ReadOnlySpan<byte> sep, long maxsplit, bool reverse, List<(int, int)> pieces)
    {
        if (!reverse)
        {
            int start = 0;
            int at;
            while (maxsplit-- > 0 && (at = data[start..].IndexOf(sep)) >= 0)
            {
                pieces.Add((start, start + at));
                start += at + sep.Length;
            }
            pieces.Add((start, data.Length));
            return;
        }
        int end = data.Length;
        int found;
        while (maxsplit-- > 0 && (found = data[..end].LastIndexOf(sep)) >= 0)
        {
            pieces.Add((found + sep.Length, end));
            end = found;
        }
        pieces.Add((0, end));
    }

    #region partition
    /// <summary>partition/rpartition(sep) (C: <c>stringlib_partition</c>): a bytes result keeps the separator
    /// object itself in the middle and the receiver itself when the separator is absent; a bytearray result is
    /// three new bytearrays.</summary>
    private static PyObject? Partition(PyObject self, PyObject sepArg, bool forByteArray, bool reverse)
    {
        byte[]? sep;
        if (forByteArray)
        {
            PyBytesObject? copy = PyBytesObject.FromBufferObject(sepArg);
            sep = copy?.Span.ToArray();
            copy?.DecRef();
        }
        else
        {
            sep = BufferArg(sepArg);
        }
        if (sep is null)
        {
            return null;
        }
        if (sep.Length == 0)
        {
            return PyErr.SetString(PyExc.ValueError, "empty separator");
        }
        ReadOnlySpan<byte> data = Data(self);
        int at = reverse ? data.LastIndexOf(sep) : data.IndexOf(sep);
        if (at < 0)
        {
            PyObject whole = forByteArray ? Make(data.ToArray(), true) : self.NewRef();
            return PyTupleObject.FromArraySteal(reverse
                ? [Make([], forByteArray), Make([], forByteArray), whole]
                : [whole, Make([], forByteArray), Make([], forByteArray)]);
        }
        PyObject middle = forByteArray ? Make(sep, true) : sepArg.NewRef();
        return PyTupleObject.FromArraySteal(
        [
            Make(data[..at].ToArray(), forByteArray), middle, Make(data[(at + sep.Length)..].ToArray(), forByteArray),
        ]);
    }
    #endregion

    /// <summary>splitlines(keepends=False): lines end at \n, \r or \r\n only (C: <c>stringlib_splitlines</c>).</summary>
    private static PyObject? SplitLines(PyObject self, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames, bool forByteArray)
    {
        ArgBuffer4 buffer = default;
        Span<PyObject?> a = buffer[..1];
        if (!GetArgs.UnpackKeywords("splitlines", args, kwnames, s_splitLinesParams, 0, 1, 0, a))
        {
            return null;
        }
        int keep = a[0] is null ? 0 : PyObject.IsTrue(a[0]!);
        if (keep < 0)
        {
            return null;
        }
        ReadOnlySpan<byte> data = Data(self);
        PyListObject list = PyListObject.New(0);
        int i = 0;
        while (i < data.Length)
        {
            int start = i;
            while (i < data.Length && data[i] is not ((byte)'\n' or (byte)'\r'))
            {
                i++;
            }
            int eol = i;
            if (i < data.Length)
            {
                i += data[i] == '\r' && i + 1 < data.Length && data[i + 1] == '\n' ? 2 : 1;
            }
            list.AppendSteal(Make(data[start..(keep > 0 ? i : eol)].ToArray(), forByteArray));
        }
        return list;
    }

    #region bytes-join
    /// <summary>sep.join(iterable of bytes-like) (C: <c>stringlib_bytes_join</c>).</summary>
    private static PyObject? Join(PyObject self, PyObject iterable, bool forByteArray)
    {
        PyObject? seq = PySequence.Fast(iterable, "can only join an iterable");
        if (seq is null)
        {
            return null;
        }
        ReadOnlySpan<PyObject> items = PySequence.FastItemsBorrowed(seq);
        if (!forByteArray && items.Length == 1 && items[0].ObType == PyBytesObject.Type)
        {
            PyObject only = items[0].NewRef();
            seq.DecRef();
            return only;
        }
        byte[] sep = Data(self).ToArray();
        var parts = new byte[items.Length][];
        long total = 0;
        for (int i = 0; i < items.Length; i++)
        {
            PyBuffer? view = PyBuffer.Check(items[i]) ? PyBuffer.Get(items[i], BufferFlags.Simple) : null;
            if (view is null)
            {
                string name = items[i].ObType.Name;
                seq.DecRef();
                PyErr.Clear();
                return PyErr.SetString(PyExc.TypeError, $"sequence item {i}: expected a bytes-like object, {name} found");
            }
            parts[i] = view.Span.ToArray();
            view.Release();
            total += parts[i].Length + (i > 0 ? sep.Length : 0);
        }
        seq.DecRef();
        if (total > Array.MaxLength)
        {
            return PyErr.NoMemory();
        }
        var result = new byte[total];
        int pos = 0;
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                sep.CopyTo(result, pos);
                pos += sep.Length;
            }
            parts[i].CopyTo(result, pos);
            pos += parts[i].Length;
        }
        return Make(result, forByteArray);
    }
    #endregion
}
