// Objects/unicodeobject.c: printf-style formatting, `'%s: %5.2f' % (name, value)` (PyUnicode_Format).
//
// The format string is walked once: literal text is copied; each `%` directive optionally names a
// mapping key `%(key)s`, then flags, width and precision (either may be `*`, taken from the
// arguments), then a conversion character. The numeric conversions are PercentFormat's.
using System.Numerics;
using System.Text;

namespace Reference.Objects;

/// <summary>The % operator on str (C: <c>PyUnicode_Format</c>).</summary>
internal static class UnicodeFormat
{
    /// <summary>format % args; null with an error set on failure.</summary>
    public static string? Format(string format, PyObject args)
    {
        ReadOnlySpan<PyObject> arglist = args is PyTupleObject t ? t.ItemsBorrowed : [args];
        PyObject? dict = args is not PyTupleObject && args is not PyUnicodeObject && PyMapping.Check(args) ? args : null;
        int argIndex = 0;
        var sb = new StringBuilder(format.Length + 16);
        int i = 0;
        while (i < format.Length)
        {
            int pct = format.IndexOf('%', i);
            if (pct < 0)
            {
                sb.Append(format, i, format.Length - i);
                break;
            }
            sb.Append(format, i, pct - i);
            i = pct + 1;
            if (!Directive(format, ref i, arglist, ref argIndex, dict, sb))
            {
                return null;
            }
        }
        if (argIndex < arglist.Length && dict is null)
        {
            PyErr.SetString(PyExc.TypeError, "not all arguments converted during string formatting");
            return null;
        }
        return sb.ToString();
    }

    #region directive
    /// <summary>One `%...` directive; <paramref name="i"/> is just past the `%`.</summary>
    private static bool Directive(string format, ref int i, ReadOnlySpan<PyObject> arglist, ref int argIndex, PyObject? dict, StringBuilder sb)
    {
        PyObject? keyed = null;
        if (i < format.Length && format[i] == '(')
        {
            if (dict is null)
            {
                PyErr.SetString(PyExc.TypeError, "format requires a mapping");
                return false;
            }
            int depth = 1, start = ++i;
            while (i < format.Length && depth > 0)
            {
                depth += format[i] == '(' ? 1 : format[i] == ')' ? -1 : 0;
                i++;
            }
            if (depth > 0)
            {
                PyErr.SetString(PyExc.ValueError, "incomplete format key");
                return false;
            }
            PyObject key = PyUnicodeObject.FromString(format[start..(i - 1)]);
            keyed = PyObject.GetItem(dict, key);
            key.DecRef();
            if (keyed is null)
            {
                return false;
            }
            argIndex = arglist.Length; // a mapping consumes the argument
        }
        bool ok = ParseAndConvert(format, ref i, arglist, ref argIndex, keyed, dict is not null, sb);
        keyed?.DecRef();
        return ok;
    }
    #endregion

    private static bool ParseAndConvert(string format, ref int i, ReadOnlySpan<PyObject> arglist, ref int argIndex,
        PyObject? keyed, bool haveDict, StringBuilder sb)
    {
        PercentFlags flags = PercentFlags.None;
        for (; i < format.Length; i++)
        {
            PercentFlags f = format[i] switch
            {
                '-' => PercentFlags.LeftAdjust,
                '+' => PercentFlags.Sign,
                ' ' => PercentFlags.Blank,
                '#' => PercentFlags.Alternate,
                '0' => PercentFlags.Zero,
                _ => PercentFlags.None,
            };
            if (f == PercentFlags.None)
            {
                break;
            }
            flags |= f;
        }
        if (!ReadNumber(format, ref i, arglist, ref argIndex, keyed is not null || haveDict, "*", out int width, out bool widthNegative))
        {
            return false;
        }
        if (widthNegative)
        {
            flags |= PercentFlags.LeftAdjust;
        }
        int precision = -1;
        if (i < format.Length && format[i] == '.')
        {
            i++;
            if (!ReadNumber(format, ref i, arglist, ref argIndex, keyed is not null || haveDict, "* wants int", out precision, out _))
            {
                return false;
            }
            precision = Math.Max(precision, 0);
        }
        while (i < format.Length && format[i] is 'h' or 'l' or 'L')
        {
            i++;
        }
        if (i >= format.Length)
        {
            PyErr.SetString(PyExc.ValueError, "incomplete format");
            return false;
        }
        char conversion = format[i];
        int conversionIndex = i++;
        if (conversion == '%')
        {
            sb.Append('%');
            return true;
        }
        PyObject? value = keyed;
        if (value is null)
        {
            if (argIndex >= arglist.Length)
            {
                PyErr.SetString(PyExc.TypeError, "not enough arguments for format string");
                return false;
            }
            value = arglist[argIndex++];
        }
        string? text = Convert(value, conversion, conversionIndex, flags, width, precision);
        if (text is null)
        {
            return false;
        }
        sb.Append(text);
        return true;
    }

    /// <summary>A width or precision: digits, or `*` taking an int argument.</summary>
    private static bool ReadNumber(string format, ref int i, ReadOnlySpan<PyObject> arglist, ref int argIndex, bool mapping,
        string starMessage, out int value, out bool negative)
    {
        value = -1;
        negative = false;
        if (i < format.Length && format[i] == '*')
        {
            i++;
            if (argIndex >= arglist.Length)
            {
                PyErr.SetString(PyExc.TypeError, "not enough arguments for format string");
                return false;
            }
            PyObject arg = arglist[argIndex++];
            if (arg is not PyLongObject l)
            {
                PyErr.SetString(PyExc.TypeError, "* wants int");
                return false;
            }
            long v = l.IsCompact ? l.CompactValue : long.MaxValue;
            if (v < 0)
            {
                negative = true;
                v = -v;
            }
            if (v > int.MaxValue)
            {
                PyErr.SetString(PyExc.ValueError, starMessage == "*" ? "width too big" : "precision too big");
                return false;
            }
            value = (int)v;
            _ = mapping;
            return true;
        }
        int start = i;
        long n = 0;
        while (i < format.Length && char.IsAsciiDigit(format[i]))
        {
            n = n * 10 + (format[i] - '0');
            if (n > int.MaxValue)
            {
                PyErr.SetString(PyExc.ValueError, starMessage == "*" ? "width too big" : "precision too big");
                return false;
            }
            i++;
        }
        if (i > start)
        {
            value = (int)n;
        }
        else if (starMessage != "*")
        {
            value = 0; // "%.f" means precision 0
        }
        return true;
    }

    #region convert
    private static string? Convert(PyObject value, char conversion, int index, PercentFlags flags, int width, int precision)
    {
        switch (conversion)
        {
            case 's' or 'r' or 'a':
                string? text = conversion == 's' ? PyObject.StrToString(value)
                    : conversion == 'r' ? PyObject.ReprToString(value)
                    : AsciiText(value);
                if (text is null)
                {
                    return null;
                }
                if (precision >= 0 && precision < text.Length)
                {
                    text = text[..StringLib.CodePointIndexToCharIndex(text, Math.Min(precision, StringLib.CodePointLength(text)))];
                }
                return PadText(text, flags, width);
            case 'd' or 'i' or 'u' or 'x' or 'X' or 'o':
                return Integer(value, conversion, flags, width, precision);
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                if (value is not PyFloatObject && !PyNumber.Check(value))
                {
                    PyErr.SetString(PyExc.TypeError, $"must be real number, not {value.ObType.Name}");
                    return null;
                }
                double d = PyFloatObject.AsDouble(value);
                if (d == -1.0 && PyErr.Occurred())
                {
                    return null;
                }
                return PercentFormat.FormatFloat(d, flags, width, precision < 0 ? 6 : precision, conversion);
            case 'c':
                return Char(value, flags, width);
            default:
                PyErr.SetString(PyExc.ValueError,
                    $"unsupported format character '{PyUnicodeObject.CodePointToString(conversion)}' (0x{(int)conversion:x}) at index {index}");
                return null;
        }
    }
    #endregion

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

    private static string PadText(string text, PercentFlags flags, int width)
    {
        int len = StringLib.CodePointLength(text);
        if (width <= len)
        {
            return text;
        }
        return (flags & PercentFlags.LeftAdjust) != 0 ? text + new string(' ', width - len) : new string(' ', width - len) + text;
    }

    private static string? Integer(PyObject value, char conversion, PercentFlags flags, int width, int precision)
    {
        PyObject? number;
        if (value is PyLongObject)
        {
            number = value.NewRef();
        }
        else if (conversion is 'd' or 'i' or 'u')
        {
            if (!PyNumber.Check(value))
            {
                PyErr.SetString(PyExc.TypeError, $"%{conversion} format: a real number is required, not {value.ObType.Name}");
                return null;
            }
            number = PyNumber.Long(value);
        }
        else
        {
            if (value.ObType.TpAsNumber?.NbIndex is null)
            {
                PyErr.SetString(PyExc.TypeError, $"%{conversion} format: an integer is required, not {value.ObType.Name}");
                return null;
            }
            number = PyNumber.Index(value);
        }
        if (number is null)
        {
            return null;
        }
        BigInteger v = ((PyLongObject)number).Value;
        number.DecRef();
        string? text = PercentFormat.FormatInteger(v, flags, width, precision, conversion,
            PyThreadState.Get().Interp.IntMaxStrDigits, out FormatErrorKind kind, out string? error);
        if (text is null)
        {
            PyUnicodeObject.FormatError(kind, error!);
        }
        return text;
    }

    private static string? Char(PyObject value, PercentFlags flags, int width)
    {
        int cp;
        if (value is PyUnicodeObject s)
        {
            if (s.Length != 1)
            {
                PyErr.SetString(PyExc.TypeError, $"%c requires an int or a unicode character, not a string of length {s.Length}");
                return null;
            }
            cp = s.CodePointAt(0);
        }
        else if (value.ObType.TpAsNumber?.NbIndex is not null)
        {
            long v = PyNumber.AsSsize(value, PyExc.OverflowError);
            if (v == -1 && PyErr.Occurred())
            {
                return null;
            }
            if (v < 0 || v > 0x10FFFF)
            {
                PyErr.SetString(PyExc.OverflowError, "%c arg not in range(0x110000)");
                return null;
            }
            cp = (int)v;
        }
        else
        {
            PyErr.SetString(PyExc.TypeError, $"%c requires an int or a unicode character, not {value.ObType.Name}");
            return null;
        }
        return PadText(PyUnicodeObject.CodePointToString(cp), flags, width);
    }
}
