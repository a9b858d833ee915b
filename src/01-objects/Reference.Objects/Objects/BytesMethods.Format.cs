// Objects/bytesobject.c: printf-style formatting of bytes and bytearray, `b'%s=%d' % (name, n)`
// (_PyBytes_FormatEx, PEP 461).
//
// The directive syntax, the argument handling and the numeric conversions are str's (UnicodeFormat):
// the differences are what the text conversions accept. %s and %b take a bytes-like object or one
// with __bytes__ (never a str), %r and %a give the ASCII repr of anything, %c an int in range(256) or
// a single byte, and mapping keys are bytes.
using System.Text;

namespace Reference.Objects;

internal static partial class BytesMethods
{
    /// <summary>format % args for bytes (or bytearray, <paramref name="makeByteArray"/>); null with an error set.</summary>
    public static PyObject? Format(ReadOnlySpan<byte> format, PyObject args, bool makeByteArray)
    {
        bool tuple = args is PyTupleObject;
        PyObject? dict = !tuple && args is not (PyBytesObject or PyByteArrayObject or PyUnicodeObject) && PyMapping.Check(args) ? args : null;
        long argLen = tuple ? ((PyTupleObject)args).Count : -1;
        long argIndex = tuple ? 0 : -2;
        PyObject current = args;
        PyObject? keyed = null;
        var output = new List<byte>(format.Length + 16);
        try
        {
            int i = 0;
            while (i < format.Length)
            {
                int pct = format[i..].IndexOf((byte)'%');
                if (pct < 0)
                {
                    output.AddRange(format[i..]);
                    break;
                }
                output.AddRange(format.Slice(i, pct));
                i += pct + 1;
                if (i < format.Length && format[i] == '%')
                {
                    output.Add((byte)'%');
                    i++;
                    continue;
                }
                if (i < format.Length && format[i] == '(')
                {
                    if (dict is null)
                    {
                        PyErr.SetString(PyExc.TypeError, "format requires a mapping");
                        return null;
                    }
                    int keyStart = ++i, depth = 1;
                    while (depth > 0 && i < format.Length)
                    {
                        depth += format[i] == ')' ? -1 : format[i] == '(' ? 1 : 0;
                        i++;
                    }
                    if (depth > 0)
                    {
                        PyErr.SetString(PyExc.ValueError, "incomplete format key");
                        return null;
                    }
                    PyObject key = PyBytesObject.FromSpan(format[keyStart..(i - 1)]);
                    PyObject? value = PyObject.GetItem(dict, key);
                    key.DecRef();
                    if (value is null)
                    {
                        return null;
                    }
                    Py.SetRef(ref keyed, value);
                    current = value;
                    argLen = -1;
                    argIndex = -2;
                }
                if (!FormatDirective(format, ref i, current, argLen, ref argIndex, output))
                {
                    return null;
                }
            }
            if (argIndex < argLen && dict is null)
            {
                PyErr.SetString(PyExc.TypeError, "not all arguments converted during bytes formatting");
                return null;
            }
            return Make([.. output], makeByteArray);
        }
        catch (OutOfMemoryException)
        {
            return PyErr.NoMemory();
        }
        finally
        {
            Py.XDecRef(keyed);
        }
    }

    private static PyObject? NextArg(PyObject args, long argLen, ref long argIndex)
    {
        long index = argIndex;
        if (index < argLen)
        {
            argIndex++;
            return argLen < 0 ? args : ((PyTupleObject)args).ItemsBorrowed[(int)index];
        }
        return PyErr.SetString(PyExc.TypeError, "not enough arguments for format string");
    }

    #region directive
    /// <summary>Flags, width, precision and conversion of one directive; <paramref name="i"/> is past the `%` and
    /// any mapping key.</summary>
    private static bool FormatDirective(ReadOnlySpan<byte> f, ref int i, PyObject args, long argLen, ref long argIndex, List<byte> output)
    {
        PercentFlags flags = PercentFlags.None;
        long width = -1;
        int precision = -1;
        int c = i < f.Length ? f[i++] : -1;
        for (; c is '-' or '+' or ' ' or '#' or '0'; c = i < f.Length ? f[i++] : -1)
        {
            flags |= c switch
            {
                '-' => PercentFlags.LeftAdjust,
                '+' => PercentFlags.Sign,
                ' ' => PercentFlags.Blank,
                '#' => PercentFlags.Alternate,
                _ => PercentFlags.Zero,
            };
        }
        if (c == '*')
        {
            if (!StarArg(args, argLen, ref argIndex, width: true, out width))
            {
                return false;
            }
            if (width < 0)
            {
                flags |= PercentFlags.LeftAdjust;
                width = -width;
            }
            c = i < f.Length ? f[i++] : -1;
        }
        else if (c is >= '0' and <= '9')
        {
            width = c - '0';
            while ((c = i < f.Length ? f[i++] : -1) is >= '0' and <= '9')
            {
                if (width > (long.MaxValue - (c - '0')) / 10)
                {
                    PyErr.SetString(PyExc.ValueError, "width too big");
                    return false;
                }
                width = (width * 10) + (c - '0');
            }
        }
        if (c == '.')
        {
            precision = 0;
            c = i < f.Length ? f[i++] : -1;
            if (c == '*')
            {
                if (!StarArg(args, argLen, ref argIndex, width: false, out long p))
                {
                    return false;
                }
                precision = (int)Math.Max(p, 0);
                c = i < f.Length ? f[i++] : -1;
            }
            else if (c is >= '0' and <= '9')
            {
                precision = c - '0';
                while ((c = i < f.Length ? f[i++] : -1) is >= '0' and <= '9')
                {
                    if (precision > (int.MaxValue - (c - '0')) / 10)
                    {
                        PyErr.SetString(PyExc.ValueError, "prec too big"); // sic: bytes' message differs from str's
                        return false;
                    }
                    precision = (precision * 10) + (c - '0');
                }
            }
        }
        if (c is 'h' or 'l' or 'L')
        {
            c = i < f.Length ? f[i++] : -1;
        }
        if (c < 0)
        {
            PyErr.SetString(PyExc.ValueError, "incomplete format");
            return false;
        }
        PyObject? value = NextArg(args, argLen, ref argIndex);
        if (value is null)
        {
            return false;
        }
        byte[]? text = ConvertOne(value, c, flags, width, precision, i - 1);
        if (text is null)
        {
            return false;
        }
        if ((long)output.Count + text.Length > Array.MaxLength)
        {
            PyErr.NoMemory();
            return false;
        }
        output.AddRange(text);
        return true;
    }
    #endregion

    private static bool StarArg(PyObject args, long argLen, ref long argIndex, bool width, out long value)
    {
        value = 0;
        PyObject? v = NextArg(args, argLen, ref argIndex);
        if (v is null)
        {
            return false;
        }
        if (v is not PyLongObject l)
        {
            PyErr.SetString(PyExc.TypeError, "* wants int");
            return false;
        }
        System.Numerics.BigInteger big = l.Value;
        if (width ? big < long.MinValue || big > long.MaxValue : big < int.MinValue || big > int.MaxValue)
        {
            PyErr.SetString(PyExc.OverflowError, width ? "Python int too large to convert to C ssize_t" : "Python int too large to convert to C int");
            return false;
        }
        value = (long)big;
        return true;
    }

    /// <summary>One conversion, padded to the width.</summary>
    private static byte[]? ConvertOne(PyObject value, int c, PercentFlags flags, long width, int precision, int index)
    {
        int w = width > int.MaxValue ? int.MaxValue : (int)width;
        byte[]? body;
        switch (c)
        {
            case 'r' or 'a':
                PyObject? ascii = PyObject.Ascii(value);
                if (ascii is null)
                {
                    return null;
                }
                body = Encoding.Latin1.GetBytes(((PyUnicodeObject)ascii).Value);
                ascii.DecRef();
                break;
            case 's' or 'b':
                body = FormatObj(value);
                break;
            case 'c':
                body = ByteConverter(value);
                break;
            case 'd' or 'i' or 'u' or 'o' or 'x' or 'X':
                string? number = UnicodeFormat.Integer(value, (char)c, flags, w, precision);
                return number is null ? null : Encoding.Latin1.GetBytes(number);
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                double d = PyFloatObject.AsDouble(value);
                if (d == -1.0 && PyErr.Occurred())
                {
                    PyErr.Clear();
                    PyErr.SetString(PyExc.TypeError, $"float argument required, not {value.ObType.Name}");
                    return null;
                }
                string? text = PercentFormat.FormatFloat(d, flags, w, precision, (char)c);
                return text is null ? NoMemoryBytes() : Encoding.Latin1.GetBytes(text);
            case >= 128:
                // CPython formats the (signed, so negative) C char with %c, which PyErr_Format rejects.
                PyErr.SetString(PyExc.OverflowError, "character argument not in range(0x110000)");
                return null;
            default:
                PyErr.SetString(PyExc.ValueError, $"unsupported format character '{(char)c}' (0x{c:x}) at index {index}");
                return null;
        }
        if (body is null)
        {
            return null;
        }
        int length = c != 'c' && precision >= 0 ? Math.Min(precision, body.Length) : body.Length;
        if (width <= length)
        {
            return length == body.Length ? body : body[..length];
        }
        if (width > Array.MaxLength)
        {
            return NoMemoryBytes();
        }
        var padded = new byte[width];
        padded.AsSpan().Fill((byte)' ');
        body.AsSpan(0, length).CopyTo(padded.AsSpan((flags & PercentFlags.LeftAdjust) != 0 ? 0 : (int)width - length));
        return padded;
    }

    private static byte[]? NoMemoryBytes()
    {
        PyErr.NoMemory();
        return null;
    }

    /// <summary>The bytes %s and %b insert (C: <c>format_obj</c>).</summary>
    private static byte[]? FormatObj(PyObject v)
    {
        if (v is PyBytesObject or PyByteArrayObject)
        {
            return PyBytesObject.BytesLikeSpan(v).ToArray();
        }
        PyObject? dunder = v.ObType.Lookup(PyIds.__bytes__);
        if (dunder is not null)
        {
            PyObject? r = PyObject.CallMethodDescriptor(dunder, v);
            if (r is null)
            {
                return null;
            }
            if (r is not PyBytesObject b)
            {
                string name = r.ObType.Name;
                r.DecRef();
                PyErr.SetString(PyExc.TypeError, $"__bytes__ returned non-bytes (type {name})");
                return null;
            }
            byte[] data = b.Span.ToArray();
            r.DecRef();
            return data;
        }
        if (PyBuffer.Check(v))
        {
            PyBytesObject? copy = PyBytesObject.FromBufferObject(v);
            byte[]? data = copy?.Span.ToArray();
            copy?.DecRef();
            return data;
        }
        PyErr.SetString(PyExc.TypeError, $"%b requires a bytes-like object, or an object that implements __bytes__, not '{v.ObType.Name}'");
        return null;
    }

    /// <summary>The byte %c inserts (C: <c>byte_converter</c>).</summary>
    private static byte[]? ByteConverter(PyObject v)
    {
        if (v is PyBytesObject or PyByteArrayObject)
        {
            ReadOnlySpan<byte> data = PyBytesObject.BytesLikeSpan(v);
            if (data.Length == 1)
            {
                return [data[0]];
            }
            PyErr.SetString(PyExc.TypeError,
                $"%c requires an integer in range(256) or a single byte, not a {v.ObType.Name} object of length {data.Length}");
            return null;
        }
        if (v.ObType.TpAsNumber?.NbIndex is not null)
        {
            PyObject? index = PyNumber.Index(v);
            if (index is null)
            {
                return null;
            }
            System.Numerics.BigInteger big = ((PyLongObject)index).Value;
            index.DecRef();
            if (big < 0 || big > 255)
            {
                PyErr.SetString(PyExc.OverflowError, "%c arg not in range(256)");
                return null;
            }
            return [(byte)big];
        }
        PyErr.SetString(PyExc.TypeError, $"%c requires an integer in range(256) or a single byte, not {v.ObType.Name}");
        return null;
    }
}
