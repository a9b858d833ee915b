// Objects/unicodeobject.c: printf-style formatting, `'%s: %5.2f' % (name, value)` (PyUnicode_Format).
//
// The format string is walked once: literal text is copied; each `%` directive optionally names a
// mapping key `%(key)s`, then flags, width and precision (either may be `*`, taken from the
// arguments), then a conversion character. "%%" is a percent sign only right after the `%`: with
// flags or a width in between, `%` is a conversion like any other and needs an argument.
//
// The arguments are a tuple, consumed left to right, or any other single value, consumed once. A
// mapping (but not a str) also serves `%(key)` lookups, and is never reported as unconverted. The
// parser mirrors unicode_format_arg_parse statement by statement, since the error a malformed
// directive gets depends on where it stops; the numeric conversions are PercentFormat's.
using System.Numerics;
using System.Text;

namespace Reference.Objects;

/// <summary>The % operator on str (C: <c>PyUnicode_Format</c>).</summary>
internal static class UnicodeFormat
{
    /// <summary>The state of one formatting run (C: <c>struct unicode_formatter_t</c>).</summary>
    private ref struct Formatter
    {
        public string Format;
        public int Pos;
        public PyObject Args;
        public PyObject? Dict;
        public long ArgLen;
        public long ArgIndex;
        public PyObject? Keyed;
    }

    /// <summary>One directive's flags, width, precision and conversion (C: <c>struct unicode_format_arg_t</c>).</summary>
    private struct Directive
    {
        public int Ch;
        public PercentFlags Flags;
        public long Width;
        public int Precision;
    }

    /// <summary>format % args; null with an error set on failure.</summary>
    public static string? Format(string format, PyObject args)
    {
        bool tuple = args is PyTupleObject;
        var ctx = new Formatter
        {
            Format = format,
            Args = args,
            ArgLen = tuple ? ((PyTupleObject)args).Count : -1,
            ArgIndex = tuple ? 0 : -2,
            Dict = !tuple && args is not PyUnicodeObject && PyMapping.Check(args) ? args : null,
        };
        var sb = new StringBuilder(format.Length + 16);
        try
        {
            while (ctx.Pos < format.Length)
            {
                int pct = format.IndexOf('%', ctx.Pos);
                if (pct < 0)
                {
                    sb.Append(format, ctx.Pos, format.Length - ctx.Pos);
                    break;
                }
                sb.Append(format, ctx.Pos, pct - ctx.Pos);
                ctx.Pos = pct + 1;
                if (!FormatArg(ref ctx, sb))
                {
                    return null;
                }
            }
            if (ctx.ArgIndex < ctx.ArgLen && ctx.Dict is null)
            {
                PyErr.SetString(PyExc.TypeError, "not all arguments converted during string formatting");
                return null;
            }
            return sb.ToString();
        }
        catch (OutOfMemoryException)
        {
            PyErr.NoMemory();
            return null;
        }
        finally
        {
            Py.XDecRef(ctx.Keyed);
        }
    }

    /// <summary>The character at <paramref name="i"/>, or NUL past the end (C reads the terminator).</summary>
    private static int CharAt(string s, int i) => i < s.Length ? s[i] : 0;

    /// <summary>The next argument: tuple items in turn, or the single value once (C: <c>unicode_format_getnextarg</c>).</summary>
    private static PyObject? NextArg(ref Formatter ctx)
    {
        long index = ctx.ArgIndex;
        if (index < ctx.ArgLen)
        {
            ctx.ArgIndex++;
            return ctx.ArgLen < 0 ? ctx.Args : ((PyTupleObject)ctx.Args).ItemsBorrowed[(int)index];
        }
        PyErr.SetString(PyExc.TypeError, "not enough arguments for format string");
        return null;
    }

    /// <summary>One directive; <see cref="Formatter.Pos"/> is just past its `%` (C: <c>unicode_format_arg</c>).</summary>
    private static bool FormatArg(ref Formatter ctx, StringBuilder sb)
    {
        if (CharAt(ctx.Format, ctx.Pos) == '%')
        {
            ctx.Pos++;
            sb.Append('%');
            return true;
        }
        var arg = new Directive { Width = -1, Precision = -1 };
        if (!Parse(ref ctx, ref arg))
        {
            return false;
        }
        PyObject? value = NextArg(ref ctx);
        if (value is null)
        {
            return false;
        }
        string? text = Convert(value, ref arg, ctx.Pos - 1);
        if (text is null)
        {
            return false;
        }
        if ((long)sb.Length + text.Length > NumberLayout.MaxStringLength)
        {
            PyErr.NoMemory();
            return false;
        }
        sb.Append(text);
        return true;
    }

    #region parse
    /// <summary>Mapping key, flags, width, precision, length modifier and conversion
    /// (C: <c>unicode_format_arg_parse</c>).</summary>
    private static bool Parse(ref Formatter ctx, ref Directive arg)
    {
        string f = ctx.Format;
        if (CharAt(f, ctx.Pos) == '(')
        {
            if (ctx.Dict is null)
            {
                PyErr.SetString(PyExc.TypeError, "format requires a mapping");
                return false;
            }
            int keyStart = ++ctx.Pos;
            int depth = 1;
            while (depth > 0 && ctx.Pos < f.Length)
            {
                depth += f[ctx.Pos] == ')' ? -1 : f[ctx.Pos] == '(' ? 1 : 0;
                ctx.Pos++;
            }
            if (depth > 0)
            {
                PyErr.SetString(PyExc.ValueError, "incomplete format key");
                return false;
            }
            PyObject key = PyUnicodeObject.FromString(f[keyStart..(ctx.Pos - 1)]);
            PyObject? value = PyObject.GetItem(ctx.Dict, key);
            key.DecRef();
            if (value is null)
            {
                return false;
            }
            Py.SetRef(ref ctx.Keyed, value);
            ctx.Args = value;
            ctx.ArgLen = -1;
            ctx.ArgIndex = -2;
        }
        bool more = Next(ref ctx, ref arg);
        while (more && arg.Ch is '-' or '+' or ' ' or '#' or '0')
        {
            arg.Flags |= arg.Ch switch
            {
                '-' => PercentFlags.LeftAdjust,
                '+' => PercentFlags.Sign,
                ' ' => PercentFlags.Blank,
                '#' => PercentFlags.Alternate,
                _ => PercentFlags.Zero,
            };
            more = Next(ref ctx, ref arg);
        }
        if (arg.Ch == '*')
        {
            if (!StarArgument(ref ctx, width: true, out long width))
            {
                return false;
            }
            if (width < 0)
            {
                arg.Flags |= PercentFlags.LeftAdjust;
                width = -width;
            }
            arg.Width = width;
            more = Next(ref ctx, ref arg);
        }
        else if (arg.Ch is >= '0' and <= '9')
        {
            arg.Width = arg.Ch - '0';
            while ((more = Next(ref ctx, ref arg)) && arg.Ch is >= '0' and <= '9')
            {
                if (arg.Width > (long.MaxValue - (arg.Ch - '0')) / 10)
                {
                    PyErr.SetString(PyExc.ValueError, "width too big");
                    return false;
                }
                arg.Width = (arg.Width * 10) + (arg.Ch - '0');
            }
        }
        if (arg.Ch == '.')
        {
            arg.Precision = 0;
            more = Next(ref ctx, ref arg);
            if (arg.Ch == '*')
            {
                if (!StarArgument(ref ctx, width: false, out long precision))
                {
                    return false;
                }
                arg.Precision = (int)Math.Max(precision, 0);
                more = Next(ref ctx, ref arg);
            }
            else if (arg.Ch is >= '0' and <= '9')
            {
                arg.Precision = arg.Ch - '0';
                while ((more = Next(ref ctx, ref arg)) && arg.Ch is >= '0' and <= '9')
                {
                    if (arg.Precision > (int.MaxValue - (arg.Ch - '0')) / 10)
                    {
                        PyErr.SetString(PyExc.ValueError, "precision too big");
                        return false;
                    }
                    arg.Precision = (arg.Precision * 10) + (arg.Ch - '0');
                }
            }
        }
        if (more && arg.Ch is 'h' or 'l' or 'L')
        {
            more = Next(ref ctx, ref arg);
        }
        if (!more)
        {
            PyErr.SetString(PyExc.ValueError, "incomplete format");
            return false;
        }
        return true;
    }
    #endregion

    /// <summary>Reads the next code point into the directive (C: <c>--fmtcnt &gt;= 0</c> then FORMAT_READ);
    /// false at the end of the format.</summary>
    private static bool Next(ref Formatter ctx, ref Directive arg)
    {
        if (ctx.Pos >= ctx.Format.Length)
        {
            return false;
        }
        arg.Ch = StringLib.CodePointAt(ctx.Format, ctx.Pos, out ctx.Pos);
        return true;
    }

    /// <summary>A `*` width (a Py_ssize_t) or precision (a C int) taken from the arguments.</summary>
    private static bool StarArgument(ref Formatter ctx, bool width, out long value)
    {
        value = 0;
        PyObject? v = NextArg(ref ctx);
        if (v is null)
        {
            return false;
        }
        if (v is not PyLongObject l)
        {
            PyErr.SetString(PyExc.TypeError, "* wants int");
            return false;
        }
        BigInteger big = l.Value;
        if (width ? big < long.MinValue || big > long.MaxValue : big < int.MinValue || big > int.MaxValue)
        {
            PyErr.SetString(PyExc.OverflowError, width ? "Python int too large to convert to C ssize_t" : "Python int too large to convert to C int");
            return false;
        }
        value = (long)big;
        return true;
    }

    #region convert
    /// <summary>The text of one conversion, padded (C: <c>unicode_format_arg_format</c> and <c>_output</c>).</summary>
    private static string? Convert(PyObject value, ref Directive arg, int index)
    {
        int width = arg.Width > int.MaxValue ? int.MaxValue : (int)arg.Width;
        string? text;
        switch (arg.Ch)
        {
            case 's' or 'r' or 'a':
                text = arg.Ch == 's' ? PyObject.StrToString(value)
                    : arg.Ch == 'r' ? PyObject.ReprToString(value)
                    : AsciiText(value);
                return text is null ? null : Padded(text, arg.Flags, width, arg.Precision, (char)arg.Ch);
            case 'd' or 'i' or 'u' or 'x' or 'X' or 'o':
                return Integer(value, (char)arg.Ch, arg.Flags, width, arg.Precision);
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                if (value.ObType.TpAsNumber is not { } nb || (nb.NbFloat is null && nb.NbIndex is null))
                {
                    PyErr.SetString(PyExc.TypeError, $"must be real number, not {value.ObType.Name}"); // C: PyFloat_AsDouble
                    return null;
                }
                double d = PyFloatObject.AsDouble(value);
                if (d == -1.0 && PyErr.Occurred())
                {
                    return null;
                }
                text = PercentFormat.FormatFloat(d, arg.Flags, width, arg.Precision, (char)arg.Ch);
                return text ?? NoMemory();
            case 'c':
                int cp = Char(value);
                return cp < 0 ? null : Padded(PyUnicodeObject.CodePointToString(cp), arg.Flags, width, -1, 'c');
            default:
                char shown = arg.Ch is >= 31 and <= 126 ? (char)arg.Ch : '?';
                PyErr.SetString(PyExc.ValueError, $"unsupported format character '{shown}' (0x{arg.Ch:x}) at index {index}");
                return null;
        }
    }
    #endregion

    private static string? Padded(string text, PercentFlags flags, int width, int precision, char conversion) =>
        PercentFormat.Pad(text, flags, width, precision, conversion) ?? NoMemory();

    private static string? NoMemory()
    {
        PyErr.NoMemory();
        return null;
    }

    private static string? AsciiText(PyObject value)
    {
        PyObject? a = PyObject.Ascii(value);
        if (a is null)
        {
            return null;
        }
        string text = ((PyUnicodeObject)a).Value;
        a.DecRef();
        return text;
    }

    /// <summary>The integer a %d/%x conversion formats, as a new int (C: the conversions of <c>mainformatlong</c>).</summary>
    internal static PyLongObject? IntegerArgument(PyObject value, char conversion)
    {
        if (value is PyLongObject)
        {
            return (PyLongObject)value.NewRef();
        }
        if (PyNumber.Check(value))
        {
            PyObject? number = conversion is 'o' or 'x' or 'X' ? PyNumber.Index(value) : PyNumber.Long(value);
            if (number is not null)
            {
                return (PyLongObject)number;
            }
            if (!PyErr.ExceptionMatches(PyExc.TypeError))
            {
                return null;
            }
            PyErr.Clear();
        }
        string required = conversion is 'o' or 'x' or 'X' ? "an integer" : "a real number";
        PyErr.SetString(PyExc.TypeError, $"%{conversion} format: {required} is required, not {value.ObType.Name}");
        return null;
    }

    /// <summary>%d %i %u %o %x %X as text (C: <c>_PyUnicode_FormatLong</c> and the padding).</summary>
    internal static string? Integer(PyObject value, char conversion, PercentFlags flags, int width, int precision)
    {
        PyLongObject? number = IntegerArgument(value, conversion);
        if (number is null)
        {
            return null;
        }
        BigInteger v = number.Value;
        number.DecRef();
        string? text = PercentFormat.FormatInteger(v, flags, width, precision, conversion,
            PyThreadState.Get().Interp.IntMaxStrDigits, out FormatErrorKind kind, out string? error);
        if (text is null)
        {
            PyUnicodeObject.FormatError(kind, error!);
        }
        return text;
    }

    /// <summary>The code point of %c: a str of length 1 or an int in range(0x110000) (C: <c>formatchar</c>); -1 on error.</summary>
    private static int Char(PyObject value)
    {
        if (value is PyUnicodeObject s)
        {
            if (s.Length == 1)
            {
                return s.CodePointAt(0);
            }
            PyErr.SetString(PyExc.TypeError, $"%c requires an int or a unicode character, not a string of length {s.Length}");
            return -1;
        }
        PyObject? index = value.ObType.TpAsNumber?.NbIndex is null ? null : PyNumber.Index(value);
        if (index is null)
        {
            if (PyErr.Occurred() && !PyErr.ExceptionMatches(PyExc.TypeError))
            {
                return -1;
            }
            PyErr.Clear();
            PyErr.SetString(PyExc.TypeError, $"%c requires an int or a unicode character, not {value.ObType.Name}");
            return -1;
        }
        BigInteger v = ((PyLongObject)index).Value;
        index.DecRef();
        if (v < 0 || v > 0x10FFFF)
        {
            PyErr.SetString(PyExc.OverflowError, "%c arg not in range(0x110000)");
            return -1;
        }
        return (int)v;
    }
}
