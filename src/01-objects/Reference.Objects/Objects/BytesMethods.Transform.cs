// Objects/stringlib/transmogrify.h and Objects/bytes_methods.c for bytes and bytearray: strip, the
// padding methods, zfill, expandtabs, replace, translate and maketrans.
//
// Sizes are checked before anything is allocated: a result longer than a .NET array can hold is a
// MemoryError, never a host exception.
namespace Reference.Objects;

internal static partial class BytesMethods
{
    /// <summary>strip/lstrip/rstrip([bytes]): None means ASCII whitespace (C: <c>do_argstrip</c>).</summary>
    private static PyObject? Strip(PyObject self, ReadOnlySpan<PyObject> args, string name, bool forByteArray, bool left, bool right)
    {
        if (!GetArgs.CheckPositional(name, args.Length, 0, 1))
        {
            return null;
        }
        byte[]? chars = null;
        if (args.Length == 1 && args[0] != Py.None && (chars = BufferArg(args[0])) is null)
        {
            return null;
        }
        ReadOnlySpan<byte> data = Data(self);
        int i = 0, j = data.Length;
        while (left && i < j && (chars is null ? IsSpace(data[i]) : Array.IndexOf(chars, data[i]) >= 0))
        {
            i++;
        }
        while (right && j > i && (chars is null ? IsSpace(data[j - 1]) : Array.IndexOf(chars, data[j - 1]) >= 0))
        {
            j--;
        }
        return i == 0 && j == data.Length ? Unchanged(self, forByteArray) : Make(data[i..j].ToArray(), forByteArray);
    }

    #region bytes-pad
    /// <summary>center/ljust/rjust(width[, fillchar]) (C: <c>stringlib_center</c> and <c>pad</c>).</summary>
    private static PyObject? Pad(PyObject self, ReadOnlySpan<PyObject> args, string name, bool forByteArray)
    {
        if (!GetArgs.CheckPositional(name, args.Length, 1, 2) || !Ssize(args[0], out long width))
        {
            return null;
        }
        byte fill = (byte)' ';
        if (args.Length > 1 && !FillChar(args[1], name, out fill))
        {
            return null;
        }
        ReadOnlySpan<byte> data = Data(self);
        long margin = width - data.Length;
        if (margin <= 0)
        {
            return Unchanged(self, forByteArray);
        }
        if (width > Array.MaxLength)
        {
            return PyErr.NoMemory();
        }
        long leftPad = name switch
        {
            "ljust" => 0,
            "rjust" => margin,
            _ => (margin / 2) + (margin & width & 1),
        };
        var result = new byte[width];
        result.AsSpan(0, (int)leftPad).Fill(fill);
        data.CopyTo(result.AsSpan((int)leftPad));
        result.AsSpan((int)leftPad + data.Length).Fill(fill);
        return Make(result, forByteArray);
    }
    #endregion

    /// <summary>The fill byte: a bytes or bytearray of length 1 (C: Argument Clinic's <c>char</c> converter).</summary>
    private static bool FillChar(PyObject arg, string name, out byte fill)
    {
        fill = 0;
        ReadOnlySpan<byte> span = arg is PyBytesObject or PyByteArrayObject ? PyBytesObject.BytesLikeSpan(arg) : default;
        if (arg is PyBytesObject or PyByteArrayObject && span.Length == 1)
        {
            fill = span[0];
            return true;
        }
        PyErr.SetString(PyExc.TypeError, arg is PyBytesObject or PyByteArrayObject
            ? $"{name}(): argument 2 must be a byte string of length 1, not a {arg.ObType.Name} object of length {span.Length}"
            : $"{name}() argument 2 must be a byte string of length 1, not {PyUnicodeObject.ArgTypeName(arg)}");
        return false;
    }

    /// <summary>zfill(width): zeros after a leading sign (C: <c>stringlib_zfill</c>).</summary>
    private static PyObject? Zfill(PyObject self, PyObject widthArg, bool forByteArray)
    {
        if (!Ssize(widthArg, out long width))
        {
            return null;
        }
        ReadOnlySpan<byte> data = Data(self);
        if (width <= data.Length)
        {
            return Unchanged(self, forByteArray);
        }
        if (width > Array.MaxLength)
        {
            return PyErr.NoMemory();
        }
        var result = new byte[width];
        int fill = (int)width - data.Length;
        result.AsSpan(0, fill).Fill((byte)'0');
        data.CopyTo(result.AsSpan(fill));
        if (data.Length > 0 && data[0] is (byte)'+' or (byte)'-')
        {
            result[0] = data[0];
            result[fill] = (byte)'0';
        }
        return Make(result, forByteArray);
    }

    private static readonly string[] s_expandParams = ["tabsize"];

    /// <summary>expandtabs(tabsize=8) (C: <c>stringlib_expandtabs</c>).</summary>
    private static PyObject? ExpandTabs(PyObject self, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames, bool forByteArray)
    {
        ArgBuffer4 buffer = default;
        Span<PyObject?> a = buffer[..1];
        if (!GetArgs.UnpackKeywords("expandtabs", args, kwnames, s_expandParams, 0, 1, 0, a))
        {
            return null;
        }
        int tabsize = 8;
        if (a[0] is not null && !PyUnicodeObject.ToCInt(a[0]!, out tabsize))
        {
            return null;
        }
        ReadOnlySpan<byte> data = Data(self);
        long length = 0, column = 0;
        foreach (byte b in data)
        {
            long add = b == '\t' ? (tabsize > 0 ? tabsize - (column % tabsize) : 0) : 1;
            length += add;
            column = b is (byte)'\n' or (byte)'\r' ? 0 : column + add;
        }
        if (length > Array.MaxLength)
        {
            return PyErr.NoMemory();
        }
        var result = new byte[length];
        int pos = 0;
        column = 0;
        foreach (byte b in data)
        {
            if (b == '\t')
            {
                int spaces = tabsize > 0 ? (int)(tabsize - (column % tabsize)) : 0;
                result.AsSpan(pos, spaces).Fill((byte)' ');
                pos += spaces;
                column += spaces;
                continue;
            }
            result[pos++] = b;
            column = b is (byte)'\n' or (byte)'\r' ? 0 : column + 1;
        }
        return Make(result, forByteArray);
    }

    #region replace
    /// <summary>replace(old, new[, count]) (C: <c>stringlib_replace</c>): an empty old inserts new before every
    /// byte and at the end.</summary>
    private static PyObject? Replace(PyObject self, ReadOnlySpan<PyObject> args, bool forByteArray)
    {
        if (!GetArgs.CheckPositional("replace", args.Length, 2, 3))
        {
            return null;
        }
        byte[]? old = BufferArg(args[0]);
        byte[]? replacement = old is null ? null : BufferArg(args[1]);
        long count = -1;
        if (old is null || replacement is null || (args.Length == 3 && !Ssize(args[2], out count)))
        {
            return null;
        }
        if (count < 0)
        {
            count = long.MaxValue;
        }
        ReadOnlySpan<byte> data = Data(self);
        var positions = new List<int>();
        if (old.Length == 0)
        {
            for (int i = 0; i <= data.Length && positions.Count < count; i++)
            {
                positions.Add(i);
            }
        }
        else
        {
            int start = 0, at;
            while (positions.Count < count && (at = data[start..].IndexOf(old)) >= 0)
            {
                positions.Add(start + at);
                start += at + old.Length;
            }
        }
        if (positions.Count == 0)
        {
            return Unchanged(self, forByteArray);
        }
        long length = data.Length + ((long)positions.Count * (replacement.Length - old.Length));
        if (length > Array.MaxLength)
        {
            return PyErr.NoMemory();
        }
        var result = new byte[length];
        int from = 0, to = 0;
        foreach (int p in positions)
        {
            data[from..p].CopyTo(result.AsSpan(to));
            to += p - from;
            replacement.CopyTo(result, to);
            to += replacement.Length;
            from = p + old.Length;
        }
        data[from..].CopyTo(result.AsSpan(to));
        return Make(result, forByteArray);
    }
    #endregion

    private static readonly string[] s_translateParams = ["", "delete"];

    /// <summary>translate(table, /, delete=b'') (C: <c>bytes_translate_impl</c>).</summary>
    private static PyObject? Translate(PyObject self, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames, bool forByteArray)
    {
        ArgBuffer4 buffer = default;
        Span<PyObject?> a = buffer[..2];
        if (!GetArgs.UnpackKeywords("translate", args, kwnames, s_translateParams, 1, 2, 1, a))
        {
            return null;
        }
        byte[]? table = null;
        if (a[0] != Py.None)
        {
            table = BufferArg(a[0]!);
            if (table is null)
            {
                return null;
            }
            if (table.Length != 256)
            {
                return PyErr.SetString(PyExc.ValueError, "translation table must be 256 characters long");
            }
        }
        byte[] delete = [];
        if (a[1] is not null && (delete = BufferArg(a[1]!)!) is null)
        {
            return null;
        }
        Span<bool> deleted = stackalloc bool[256];
        foreach (byte d in delete)
        {
            deleted[d] = true;
        }
        ReadOnlySpan<byte> data = Data(self);
        var result = new byte[data.Length];
        int n = 0;
        bool changed = false;
        foreach (byte b in data)
        {
            if (deleted[b])
            {
                changed = true;
                continue;
            }
            byte mapped = table is null ? b : table[b];
            changed |= mapped != b;
            result[n++] = mapped;
        }
        return changed ? Make(n == result.Length ? result : result[..n], forByteArray) : Unchanged(self, forByteArray);
    }

    /// <summary>bytes.maketrans(frm, to): a 256-byte table mapping each byte of frm to the byte of to at the
    /// same position (C: <c>_Py_bytes_maketrans</c>). Always bytes, also from bytearray.</summary>
    private static PyObject? MakeTrans(ReadOnlySpan<PyObject> args)
    {
        if (!GetArgs.CheckPositional("maketrans", args.Length, 2, 2))
        {
            return null;
        }
        byte[]? from = BufferArg(args[0]);
        byte[]? to = from is null ? null : BufferArg(args[1]);
        if (from is null || to is null)
        {
            return null;
        }
        if (from.Length != to.Length)
        {
            return PyErr.SetString(PyExc.ValueError, "maketrans arguments must have same length");
        }
        var table = new byte[256];
        for (int i = 0; i < 256; i++)
        {
            table[i] = (byte)i;
        }
        for (int i = 0; i < from.Length; i++)
        {
            table[from[i]] = to[i];
        }
        return PyBytesObject.FromArraySteal(table);
    }
}
