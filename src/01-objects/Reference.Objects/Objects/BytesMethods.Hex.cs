// Python/pystrhex.c and Objects/bytesobject.c: bytes.hex, bytes.fromhex and bytes.decode.
using System.Text;

namespace Reference.Objects;

internal static partial class BytesMethods
{
    private static readonly string[] s_decodeParams = ["encoding", "errors"];
    private static readonly string[] s_hexParams = ["sep", "bytes_per_sep"];

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
        return PyUnicodeObject.Decode(Data(self), a[0], a[1], self, "decode");
    }
    #endregion

    /// <summary>b.hex(sep=None, bytes_per_sep=1) (C: <c>_Py_strhex_with_sep</c>).</summary>
    private static PyObject? Hex(PyObject self, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames)
    {
        ArgBuffer4 buffer = default;
        Span<PyObject?> a = buffer[..2];
        if (!GetArgs.UnpackKeywords("hex", args, kwnames, s_hexParams, 0, 2, 0, a))
        {
            return null;
        }
        int per = 1;
        if (a[1] is not null && !PyUnicodeObject.ToCInt(a[1]!, out per))
        {
            return null;
        }
        return HexString(Data(self), a[0], per);
    }

    /// <summary>The hex digits of <paramref name="data"/>, with <paramref name="sepArg"/> (a str or bytes of one
    /// ASCII character) between groups of |per| bytes counted from the right (per &gt; 0) or the left.</summary>
    internal static PyObject? HexString(ReadOnlySpan<byte> data, PyObject? sepArg, int per)
    {
        string hex = System.Convert.ToHexStringLower(data);
        if (sepArg is null)
        {
            return PyUnicodeObject.FromString(hex);
        }
        long seplen = PyObject.Size(sepArg);
        if (seplen < 0)
        {
            return null;
        }
        if (seplen != 1)
        {
            return PyErr.SetString(PyExc.ValueError, "sep must be length 1.");
        }
        int sep = sepArg switch
        {
            PyUnicodeObject s => s.CodePointAt(0),
            PyBytesObject b => b.Span[0],
            _ => -1,
        };
        if (sep < 0)
        {
            return PyErr.SetString(PyExc.TypeError, "sep must be str or bytes.");
        }
        if (sep > 127)
        {
            return PyErr.SetString(PyExc.ValueError, "sep must be ASCII.");
        }
        if (per == 0 || data.Length == 0)
        {
            return PyUnicodeObject.FromString(hex);
        }
        long group = Math.Abs((long)per);
        var sb = new StringBuilder(hex.Length + (int)(data.Length / group));
        for (int i = 0; i < data.Length; i++)
        {
            if (i > 0 && (per > 0 ? (data.Length - i) % group == 0 : i % group == 0))
            {
                sb.Append((char)sep);
            }
            sb.Append(hex, i * 2, 2);
        }
        return PyUnicodeObject.FromString(sb.ToString());
    }

    #region fromhex
    /// <summary>bytes.fromhex(string): pairs of hex digits, ASCII whitespace between pairs ignored; a str or a
    /// bytes-like object (C: <c>_PyBytes_FromHex</c>).</summary>
    private static PyObject? FromHex(PyObject cls, PyObject arg, bool forByteArray)
    {
        byte[] text;
        if (arg is PyUnicodeObject s)
        {
            int nonAscii = 0;
            while (nonAscii < s.Value.Length && s.Value[nonAscii] < 128)
            {
                nonAscii++;
            }
            if (nonAscii < s.Value.Length)
            {
                return PyErr.SetString(PyExc.ValueError,
                    $"non-hexadecimal number found in fromhex() arg at position {StringLib.CharIndexToCodePointIndex(s.Value, nonAscii)}");
            }
            text = Encoding.ASCII.GetBytes(s.Value);
        }
        else if (PyBuffer.Check(arg))
        {
            byte[]? copy = BufferArg(arg);
            if (copy is null)
            {
                return null;
            }
            text = copy;
        }
        else
        {
            return PyErr.SetString(PyExc.TypeError, $"fromhex() argument must be str or bytes-like, not {arg.ObType.Name}");
        }
        byte[]? data = ParseHex(text);
        if (data is null)
        {
            return null;
        }
        PyObject made = Make(data, forByteArray);
        if (cls == PyBytesObject.Type || cls == PyByteArrayObject.Type)
        {
            return made;
        }
        PyObject? result = PyObject.CallOneArg(cls, made);
        made.DecRef();
        return result;
    }
    #endregion

    private static byte[]? ParseHex(byte[] text)
    {
        var result = new List<byte>(text.Length / 2);
        int i = 0;
        while (i < text.Length)
        {
            if (IsSpace(text[i]))
            {
                i++;
                continue;
            }
            int top = HexValue(text[i]);
            if (top < 0)
            {
                return HexError(i);
            }
            if (i + 1 >= text.Length)
            {
                return HexError(-1);
            }
            int bottom = HexValue(text[i + 1]);
            if (bottom < 0)
            {
                return HexError(i + 1);
            }
            result.Add((byte)((top << 4) + bottom));
            i += 2;
        }
        return [.. result];
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private static byte[]? HexError(int position)
    {
        PyErr.SetString(PyExc.ValueError, position < 0
            ? "fromhex() arg must contain an even number of hexadecimal digits"
            : $"non-hexadecimal number found in fromhex() arg at position {position}");
        return null;
    }
}
