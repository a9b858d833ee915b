// Objects/bytes_methods.c and bytesobject.c: the methods of bytes and bytearray that read the bytes.
using System.Globalization;
using System.Text;

namespace Reference.Objects;

internal static partial class BytesMethods
{
    /// <summary>The method table; bytearray's mutating methods are added by bytearray itself.</summary>
    public static PyMethodDef[] Methods(bool forByteArray) =>
    [
        PyMethodDef.FastKeywords("decode", Decode),
        PyMethodDef.Fast("hex", Hex),
        PyMethodDef.O("fromhex", (cls, s) => FromHex(cls, s!, forByteArray)).AsClassMethod(),
        PyMethodDef.O("join", (self, it) => Join(self, it!, forByteArray)),
        PyMethodDef.Fast("split", (self, args) => Split(self, args, forByteArray)),
        PyMethodDef.Fast("startswith", static (self, args) => Affix(self, args, "startswith", suffix: false)),
        PyMethodDef.Fast("endswith", static (self, args) => Affix(self, args, "endswith", suffix: true)),
        PyMethodDef.Fast("count", static (self, args) => Search(self, args, "count")),
        PyMethodDef.Fast("find", static (self, args) => Search(self, args, "find")),
        PyMethodDef.Fast("index", static (self, args) => Search(self, args, "index")),
        PyMethodDef.NoArgs("upper", (self, _) => Map(self, static b => b is >= (byte)'a' and <= (byte)'z' ? (byte)(b - 32) : b, forByteArray)),
        PyMethodDef.NoArgs("lower", (self, _) => Map(self, static b => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b, forByteArray)),
        PyMethodDef.NoArgs("isdigit", static (self, _) => Py.Bool(All(self, static b => b is >= (byte)'0' and <= (byte)'9'))),
        PyMethodDef.NoArgs("isalpha", static (self, _) => Py.Bool(All(self, static b => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z'))),
        PyMethodDef.NoArgs("isspace", static (self, _) => Py.Bool(All(self, static b => b is (byte)' ' or (>= 9 and <= 13)))),
        PyMethodDef.NoArgs("__getnewargs__", static (self, _) => PyTupleObject.FromArraySteal([PyBytesObject.FromSpan(PyBytesObject.BytesLikeSpan(self))])),
    ];

    private static bool All(PyObject self, Func<byte, bool> test)
    {
        ReadOnlySpan<byte> data = PyBytesObject.BytesLikeSpan(self);
        if (data.IsEmpty)
        {
            return false;
        }
        foreach (byte b in data)
        {
            if (!test(b))
            {
                return false;
            }
        }
        return true;
    }

    private static PyObject Map(PyObject self, Func<byte, byte> map, bool forByteArray)
    {
        byte[] result = PyBytesObject.BytesLikeSpan(self).ToArray();
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = map(result[i]);
        }
        return Make(result, forByteArray);
    }

    private static readonly string[] s_decodeParams = ["encoding", "errors"];

    #region decode
    /// <summary>b.decode(encoding='utf-8', errors='strict') (C: <c>bytes_decode_impl</c>).</summary>
    private static PyObject? Decode(PyObject self, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames)
    {
        ArgBuffer4 buffer = default;
        Span<PyObject?> a = buffer[..2];
        if (!GetArgs.UnpackKeywords("decode", args, kwnames, s_decodeParams, 0, 2, 0, a))
        {
            return null;
        }
        return PyUnicodeObject.Decode(PyBytesObject.BytesLikeSpan(self), a[0], a[1], self);
    }
    #endregion

    /// <summary>b.hex([sep[, bytes_per_sep]]) (C: <c>_Py_strhex_with_sep</c>).</summary>
    private static PyObject? Hex(PyObject self, ReadOnlySpan<PyObject> args)
    {
        if (!GetArgs.CheckPositional("hex", args.Length, 0, 2))
        {
            return null;
        }
        ReadOnlySpan<byte> data = PyBytesObject.BytesLikeSpan(self);
        string hex = Convert.ToHexStringLower(data);
        if (args.Length == 0)
        {
            return PyUnicodeObject.FromString(hex);
        }
        string? sep = args[0] switch
        {
            PyUnicodeObject s => s.Value,
            PyBytesObject b => Encoding.Latin1.GetString(b.Span),
            _ => null,
        };
        if (sep is null || sep.Length != 1 || sep[0] > 127)
        {
            return PyErr.SetString(sep is null ? PyExc.TypeError : PyExc.ValueError,
                sep is null ? "sep must be str or bytes." : "sep must be length 1.");
        }
        long per = 1;
        if (args.Length > 1 && !GetArgs.ToSsize(args[1], out per))
        {
            return null;
        }
        if (per == 0 || data.Length == 0)
        {
            return PyUnicodeObject.FromString(hex);
        }
        // Groups of |per| bytes, counted from the right when per > 0, from the left when negative.
        long group = Math.Abs(per);
        var sb = new StringBuilder();
        for (int i = 0; i < data.Length; i++)
        {
            long fromStart = i, fromEnd = data.Length - i;
            if (i > 0 && (per > 0 ? fromEnd % group == 0 : fromStart % group == 0))
            {
                sb.Append(sep);
            }
            sb.Append(hex, i * 2, 2);
        }
        return PyUnicodeObject.FromString(sb.ToString());
    }

    #region fromhex
    /// <summary>bytes.fromhex(s): pairs of hex digits, whitespace between pairs ignored (C: <c>_PyBytes_FromHex</c>).</summary>
    private static PyObject? FromHex(PyObject cls, PyObject arg, bool forByteArray)
    {
        if (arg is not PyUnicodeObject s)
        {
            return PyErr.SetString(PyExc.TypeError, $"fromhex() argument must be str, not {arg.ObType.Name}");
        }
        var bytes = new List<byte>();
        string text = s.Value;
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]) && text[i] < 128)
            {
                i++;
                continue;
            }
            if (i + 1 >= text.Length || !IsHex(text[i]) || !IsHex(text[i + 1]))
            {
                int pos = i < text.Length && IsHex(text[i]) ? i + 1 : i;
                return PyErr.SetString(PyExc.ValueError,
                    $"non-hexadecimal number found in fromhex() arg at position {pos}");
            }
            bytes.Add(byte.Parse(text.AsSpan(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            i += 2;
        }
        PyObject made = Make([.. bytes], forByteArray);
        if (cls == PyBytesObject.Type || cls == PyByteArrayObject.Type)
        {
            return made;
        }
        PyObject? result = PyObject.CallOneArg(cls, made);
        made.DecRef();
        return result;
    }
    #endregion

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    /// <summary>sep.join(iterable of bytes-like) (C: <c>bytes_join</c>).</summary>
    private static PyObject? Join(PyObject self, PyObject iterable, bool forByteArray)
    {
        PyObject? seq = PySequence.Fast(iterable, "can only join an iterable");
        if (seq is null)
        {
            return null;
        }
        byte[] sep = PyBytesObject.BytesLikeSpan(self).ToArray();
        var result = new List<byte>();
        ReadOnlySpan<PyObject> items = PySequence.FastItemsBorrowed(seq);
        for (int i = 0; i < items.Length; i++)
        {
            PyBuffer? view = PyBuffer.Check(items[i]) ? PyBuffer.Get(items[i], BufferFlags.Simple) : null;
            if (view is null)
            {
                seq.DecRef();
                PyErr.Clear();
                return PyErr.SetString(PyExc.TypeError,
                    $"sequence item {i}: expected a bytes-like object, {items[i].ObType.Name} found");
            }
            if (i > 0)
            {
                result.AddRange(sep);
            }
            result.AddRange(view.Span);
            view.Release();
        }
        seq.DecRef();
        return Make([.. result], forByteArray);
    }

    /// <summary>b.split(sep=None, maxsplit=-1), positional form.</summary>
    private static PyObject? Split(PyObject self, ReadOnlySpan<PyObject> args, bool forByteArray)
    {
        if (!GetArgs.CheckPositional("split", args.Length, 0, 2))
        {
            return null;
        }
        long maxsplit = -1;
        if (args.Length > 1 && !GetArgs.ToSsize(args[1], out maxsplit))
        {
            return null;
        }
        ReadOnlySpan<byte> data = PyBytesObject.BytesLikeSpan(self);
        PyListObject list = PyListObject.New(0);
        if (args.Length == 0 || args[0] == Py.None)
        {
            int i = 0;
            while (true)
            {
                while (i < data.Length && IsSpace(data[i]))
                {
                    i++;
                }
                if (i >= data.Length)
                {
                    break;
                }
                int j = i;
                if (maxsplit == 0)
                {
                    j = data.Length;
                    while (j > i && IsSpace(data[j - 1]))
                    {
                        j--;
                    }
                    list.AppendSteal(Make(data[i..j].ToArray(), forByteArray));
                    break;
                }
                while (j < data.Length && !IsSpace(data[j]))
                {
                    j++;
                }
                list.AppendSteal(Make(data[i..j].ToArray(), forByteArray));
                maxsplit--;
                i = j;
            }
            return list;
        }
        PyBuffer? sepView = PyBuffer.Get(args[0], BufferFlags.Simple);
        if (sepView is null)
        {
            list.DecRef();
            return null;
        }
        byte[] sep = sepView.Span.ToArray();
        sepView.Release();
        if (sep.Length == 0)
        {
            list.DecRef();
            return PyErr.SetString(PyExc.ValueError, "empty separator");
        }
        int start = 0;
        while (maxsplit != 0)
        {
            int at = data[start..].IndexOf(sep);
            if (at < 0)
            {
                break;
            }
            list.AppendSteal(Make(data.Slice(start, at).ToArray(), forByteArray));
            start += at + sep.Length;
            maxsplit--;
        }
        list.AppendSteal(Make(data[start..].ToArray(), forByteArray));
        return list;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (>= 9 and <= 13);

    /// <summary>startswith/endswith with a bytes-like or a tuple of them, and optional bounds.</summary>
    private static PyObject? Affix(PyObject self, ReadOnlySpan<PyObject> args, string name, bool suffix)
    {
        if (!GetArgs.CheckPositional(name, args.Length, 1, 3))
        {
            return null;
        }
        ReadOnlySpan<byte> data = PyBytesObject.BytesLikeSpan(self);
        if (!PySliceObject.ParseSearchBounds(args[1..], data.Length, out long start, out long end))
        {
            return null;
        }
        start = Math.Min(start, data.Length);
        end = Math.Clamp(end, 0, data.Length);
        ReadOnlySpan<byte> window = start <= end ? data[(int)start..(int)end] : [];
        bool validWindow = start <= end;
        ReadOnlySpan<PyObject> candidates = args[0] is PyTupleObject t ? t.ItemsBorrowed : args[..1];
        foreach (PyObject candidate in candidates)
        {
            PyBuffer? view = PyBuffer.Check(candidate) ? PyBuffer.Get(candidate, BufferFlags.Simple) : null;
            if (view is null)
            {
                PyErr.Clear();
                return PyErr.SetString(PyExc.TypeError,
                    $"{name} first arg must be bytes or a tuple of bytes, not {candidate.ObType.Name}");
            }
            bool match = validWindow && (suffix ? window.EndsWith(view.Span) : window.StartsWith(view.Span));
            view.Release();
            if (match)
            {
                return Py.True;
            }
        }
        return Py.False;
    }

    /// <summary>count/find/index of a byte or subsequence in b[start:end].</summary>
    private static PyObject? Search(PyObject self, ReadOnlySpan<PyObject> args, string name)
    {
        if (!GetArgs.CheckPositional(name, args.Length, 1, 3))
        {
            return null;
        }
        ReadOnlySpan<byte> data = PyBytesObject.BytesLikeSpan(self);
        if (!PySliceObject.ParseSearchBounds(args[1..], data.Length, out long start, out long end))
        {
            return null;
        }
        byte[] needle;
        if (args[0].ObType.TpAsNumber?.NbIndex is not null && !PyBuffer.Check(args[0]))
        {
            long v = PyNumber.AsSsize(args[0], PyExc.OverflowError);
            if (v == -1 && PyErr.Occurred())
            {
                return null;
            }
            if (v < 0 || v > 255)
            {
                return PyErr.SetString(PyExc.ValueError, "byte must be in range(0, 256)");
            }
            needle = [(byte)v];
        }
        else
        {
            PyBuffer? view = PyBuffer.Get(args[0], BufferFlags.Simple);
            if (view is null)
            {
                PyErr.Clear();
                return PyErr.SetString(PyExc.TypeError,
                    $"argument should be integer or bytes-like object, not '{args[0].ObType.Name}'");
            }
            needle = view.Span.ToArray();
            view.Release();
        }
        end = Math.Min(end, data.Length);
        if (start > end)
        {
            return name == "count" ? PyLongObject.FromLong(0)
                : name == "find" ? PyLongObject.FromLong(-1)
                : PyErr.SetString(PyExc.ValueError, "subsection not found");
        }
        ReadOnlySpan<byte> window = data[(int)start..(int)end];
        if (name == "count")
        {
            if (needle.Length == 0)
            {
                return PyLongObject.FromLong(window.Length + 1);
            }
            long count = 0;
            int at;
            while ((at = window.IndexOf(needle)) >= 0)
            {
                count++;
                window = window[(at + needle.Length)..];
            }
            return PyLongObject.FromLong(count);
        }
        int pos = window.IndexOf(needle);
        if (pos >= 0)
        {
            return PyLongObject.FromLong(start + pos);
        }
        return name == "find" ? PyLongObject.FromLong(-1) : PyErr.SetString(PyExc.ValueError, "subsection not found");
    }
}
