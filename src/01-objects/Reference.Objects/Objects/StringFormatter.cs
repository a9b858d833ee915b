// Objects/stringlib/unicode_format.h: str.format and str.format_map.
//
// A format string is literal text with replacement fields `{name!conv:spec}`. The name is an
// argument (auto-numbered when empty, positional when all decimal digits, keyword otherwise)
// followed by any number of `.attribute` and `[index]` lookups. The spec may itself contain fields,
// expanded first (two levels at most). Each value is then converted (!r, !s, !a) and passed to
// format(value, spec).
//
// The scanner mirrors CPython's MarkupIterator, parse_field and FieldNameIterator step by step,
// because the error a malformed string gets depends on exactly where each stops: '{0!r' is an
// "unmatched '{' in format spec", '{0[}' is "expected '}' before end of string".
using System.Text;

namespace Reference.Objects;

/// <summary>str.format (C: <c>do_string_format</c>).</summary>
internal static class StringFormatter
{
    /// <summary>Where arguments come from, and the auto-numbering state.</summary>
    private sealed class Args(ReadOnlyMemory<PyObject> positional, PyObject? keywords, bool mapOnly)
    {
        public ReadOnlyMemory<PyObject> Positional { get; } = positional;
        public PyObject? Keywords { get; } = keywords;
        public bool MapOnly { get; } = mapOnly;

        /// <summary>-1 unknown, 0 manual, 1 automatic (C: <c>AutoNumberState</c>).</summary>
        public int Mode { get; set; } = -1;
        public long Next { get; set; }
    }

    public static PyObject? Format(PyUnicodeObject self, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        PyDictObject? kwargs = nkw == 0 ? null : PyDictObject.FromKwnames(args[(args.Length - nkw)..], kwnames!);
        var state = new Args(args[..(args.Length - nkw)].ToArray(), kwargs, mapOnly: false);
        string? result = Build(self.Value, state, 2);
        kwargs?.DecRef();
        return result is null ? null : PyUnicodeObject.FromString(result);
    }

    public static PyObject? FormatMap(PyUnicodeObject self, PyObject mapping)
    {
        string? result = Build(self.Value, new Args(ReadOnlyMemory<PyObject>.Empty, mapping, mapOnly: true), 2);
        return result is null ? null : PyUnicodeObject.FromString(result);
    }

    #region build
    /// <summary>Literal text and fields, left to right (C: <c>build_string</c> and <c>MarkupIterator_next</c>).</summary>
    private static string? Build(string format, Args args, int recursionDepth)
    {
        if (recursionDepth <= 0)
        {
            PyErr.SetString(PyExc.ValueError, "Max string recursion exceeded");
            return null;
        }
        var sb = new StringBuilder(format.Length + 16);
        int i = 0;
        while (i < format.Length)
        {
            int literalStart = i;
            char c = '\0';
            while (i < format.Length)
            {
                c = format[i++];
                if (c is '{' or '}')
                {
                    break;
                }
                c = '\0';
            }
            bool atEnd = i >= format.Length;
            int literalEnd = c == '\0' ? i : i - 1;
            if (c == '}' && (atEnd || format[i] != '}'))
            {
                PyErr.SetString(PyExc.ValueError, "Single '}' encountered in format string");
                return null;
            }
            if (c == '{' && atEnd)
            {
                PyErr.SetString(PyExc.ValueError, "Single '{' encountered in format string");
                return null;
            }
            sb.Append(format, literalStart, literalEnd - literalStart);
            if (c == '\0')
            {
                continue;
            }
            if (format[i] == c)
            {
                // "{{" or "}}": the brace itself, no field.
                sb.Append(c);
                i++;
                continue;
            }
            if (!ParseField(format, ref i, out Field field) || !Render(format, field, args, recursionDepth, sb))
            {
                return null;
            }
        }
        return sb.ToString();
    }
    #endregion

    /// <summary>The parts of one replacement field, as ranges of the format string.</summary>
    private readonly record struct Field(int NameStart, int NameEnd, int Conversion, int SpecStart, int SpecEnd, bool SpecHasFields);

    #region parse-field
    /// <summary>Scans `name!c:spec}` after a '{' (C: <c>parse_field</c>).</summary>
    private static bool ParseField(string s, ref int i, out Field field)
    {
        field = default;
        int nameStart = i;
        char c = '\0';
        while (i < s.Length)
        {
            c = s[i++];
            if (c == '{')
            {
                PyErr.SetString(PyExc.ValueError, "unexpected '{' in field name");
                return false;
            }
            if (c == '[')
            {
                while (i < s.Length && s[i] != ']')
                {
                    i++;
                }
                continue;
            }
            if (c is '}' or ':' or '!')
            {
                break;
            }
        }
        int nameEnd = i - 1;
        if (c is not ('!' or ':'))
        {
            if (c != '}')
            {
                PyErr.SetString(PyExc.ValueError, "expected '}' before end of string");
                return false;
            }
            field = new Field(nameStart, nameEnd, 0, 0, 0, false);
            return true;
        }
        int conversion = 0;
        if (c == '!')
        {
            if (i >= s.Length)
            {
                PyErr.SetString(PyExc.ValueError, "end of string while looking for conversion specifier");
                return false;
            }
            conversion = StringLib.CodePointAt(s, i, out i);
            if (i < s.Length)
            {
                char next = s[i++];
                if (next == '}')
                {
                    field = new Field(nameStart, nameEnd, conversion, 0, 0, false);
                    return true;
                }
                if (next != ':')
                {
                    PyErr.SetString(PyExc.ValueError, "expected ':' after conversion specifier");
                    return false;
                }
            }
        }
        int specStart = i;
        int depth = 1;
        bool nested = false;
        while (i < s.Length)
        {
            char d = s[i++];
            if (d == '{')
            {
                nested = true;
                depth++;
            }
            else if (d == '}' && --depth == 0)
            {
                field = new Field(nameStart, nameEnd, conversion, specStart, i - 1, nested);
                return true;
            }
        }
        PyErr.SetString(PyExc.ValueError, "unmatched '{' in format spec");
        return false;
    }
    #endregion

    /// <summary>Looks the value up, converts it and formats it with its spec (C: <c>output_markup</c>).</summary>
    private static bool Render(string format, Field field, Args args, int recursionDepth, StringBuilder sb)
    {
        PyObject? value = GetField(format, field.NameStart, field.NameEnd, args);
        if (value is null)
        {
            return false;
        }
        if (field.Conversion != 0)
        {
            PyObject? converted = field.Conversion switch
            {
                'r' => PyObject.Repr(value),
                's' => PyObject.Str(value),
                'a' => PyObject.Ascii(value),
                > 32 and < 127 => PyErr.SetString(PyExc.ValueError, $"Unknown conversion specifier {(char)field.Conversion}"),
                _ => PyErr.SetString(PyExc.ValueError, $"Unknown conversion specifier \\x{field.Conversion:x}"),
            };
            value.DecRef();
            if (converted is null)
            {
                return false;
            }
            value = converted;
        }
        string spec = format[field.SpecStart..field.SpecEnd];
        if (field.SpecHasFields)
        {
            string? expanded = Build(spec, args, recursionDepth - 1);
            if (expanded is null)
            {
                value.DecRef();
                return false;
            }
            spec = expanded;
        }
        PyObject specObj = PyUnicodeObject.FromString(spec);
        PyObject? formatted = PyObject.Format(value, specObj);
        specObj.DecRef();
        value.DecRef();
        if (formatted is null)
        {
            return false;
        }
        sb.Append(((PyUnicodeObject)formatted).Value);
        formatted.DecRef();
        return true;
    }

    #region get-field
    /// <summary>Resolves `first.attr[index]...` (C: <c>get_field_object</c> and <c>field_name_split</c>).</summary>
    private static PyObject? GetField(string s, int start, int end, Args args)
    {
        int i = start;
        while (i < end && s[i] is not ('.' or '['))
        {
            i++;
        }
        if (!GetInteger(s, start, i, out long index))
        {
            return null;
        }
        bool empty = i == start;
        if (empty || index != -1)
        {
            // Numeric indexing into the positional arguments, automatic or manual.
            if (args.Mode == -1)
            {
                args.Mode = empty ? 1 : 0;
            }
            if (args.Mode == 1 && !empty)
            {
                return PyErr.SetString(PyExc.ValueError, "cannot switch from automatic field numbering to manual field specification");
            }
            if (args.Mode == 0 && empty)
            {
                return PyErr.SetString(PyExc.ValueError, "cannot switch from manual field specification to automatic field numbering");
            }
            if (empty)
            {
                index = args.Next++;
            }
        }
        PyObject? obj;
        if (index == -1)
        {
            PyObject key = PyUnicodeObject.FromString(s[start..i]);
            obj = args.Keywords is null ? PyErr.SetKeyError(key) : PyObject.GetItem(args.Keywords, key);
            key.DecRef();
        }
        else if (args.MapOnly)
        {
            return PyErr.SetString(PyExc.ValueError, "Format string contains positional fields");
        }
        else if (index >= args.Positional.Length)
        {
            return PyErr.SetString(PyExc.IndexError, $"Replacement index {index} out of range for positional args tuple");
        }
        else
        {
            obj = args.Positional.Span[(int)index].NewRef();
        }
        return obj is null ? null : FollowAccessors(obj, s, i, end);
    }
    #endregion

    /// <summary>A field name part made only of decimal digits (any script's, as Py_UNICODE_TODECIMAL) as an
    /// index; -1 when it is empty or not all digits (C: <c>get_integer</c>).</summary>
    private static bool GetInteger(string s, int start, int end, out long value)
    {
        value = -1;
        if (start >= end)
        {
            return true;
        }
        long accumulator = 0;
        for (int i = start; i < end;)
        {
            int digit = UnicodeCtype.DecimalValue(StringLib.CodePointAt(s, i, out i));
            if (digit < 0)
            {
                return true;
            }
            if (accumulator > (long.MaxValue - digit) / 10)
            {
                PyErr.SetString(PyExc.ValueError, "Too many decimal digits in format string");
                return false;
            }
            accumulator = (accumulator * 10) + digit;
        }
        value = accumulator;
        return true;
    }

    /// <summary>Applies `.name` and `[key]` in turn (C: <c>FieldNameIterator_next</c>).</summary>
    private static PyObject? FollowAccessors(PyObject obj, string s, int i, int end)
    {
        while (i < end)
        {
            char kind = s[i++];
            int nameStart = i;
            PyObject? next;
            if (kind == '.')
            {
                while (i < end && s[i] is not ('.' or '['))
                {
                    i++;
                }
                if (i == nameStart)
                {
                    obj.DecRef();
                    return PyErr.SetString(PyExc.ValueError, "Empty attribute in format string");
                }
                PyObject attr = PyUnicodeObject.FromString(s[nameStart..i]);
                next = PyObject.GetAttr(obj, attr);
                attr.DecRef();
            }
            else if (kind == '[')
            {
                while (i < end && s[i] != ']')
                {
                    i++;
                }
                if (i >= end)
                {
                    obj.DecRef();
                    return PyErr.SetString(PyExc.ValueError, "Missing ']' in format string");
                }
                int nameEnd = i++;
                if (nameEnd == nameStart)
                {
                    obj.DecRef();
                    return PyErr.SetString(PyExc.ValueError, "Empty attribute in format string");
                }
                if (!GetInteger(s, nameStart, nameEnd, out long index))
                {
                    obj.DecRef();
                    return null;
                }
                PyObject key = index == -1 ? PyUnicodeObject.FromString(s[nameStart..nameEnd]) : PyLongObject.FromLong(index);
                next = PyObject.GetItem(obj, key);
                key.DecRef();
            }
            else
            {
                obj.DecRef();
                return PyErr.SetString(PyExc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            }
            obj.DecRef();
            if (next is null)
            {
                return null;
            }
            obj = next;
        }
        return obj;
    }
}
