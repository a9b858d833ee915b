// Objects/stringlib/unicode_format.h: str.format and str.format_map.
//
// A format string is literal text with replacement fields `{name!conv:spec}`. The name is an
// argument (auto-numbered when empty, positional when digits, keyword otherwise) followed by any
// number of `.attribute` and `[index]` lookups. The spec may itself contain fields, expanded first
// (two levels at most). Each value is then converted (!r, !s, !a) and passed to format(value, spec).
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

        /// <summary>-1 unknown, 0 manual, 1 automatic (C: <c>AutoNumber</c>).</summary>
        public int Mode { get; set; } = -1;
        public int Next { get; set; }
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
            char c = format[i];
            if (c == '}')
            {
                if (i + 1 < format.Length && format[i + 1] == '}')
                {
                    sb.Append('}');
                    i += 2;
                    continue;
                }
                PyErr.SetString(PyExc.ValueError, "Single '}' encountered in format string");
                return null;
            }
            if (c != '{')
            {
                sb.Append(c);
                i++;
                continue;
            }
            if (i + 1 < format.Length && format[i + 1] == '{')
            {
                sb.Append('{');
                i += 2;
                continue;
            }
            // Find the matching '}', counting nested braces in the spec.
            int depth = 1, start = ++i;
            while (i < format.Length && depth > 0)
            {
                depth += format[i] == '{' ? 1 : format[i] == '}' ? -1 : 0;
                i++;
            }
            if (depth > 0)
            {
                PyErr.SetString(PyExc.ValueError, start == format.Length ? "Single '{' encountered in format string" : "expected '}' before end of string");
                return null;
            }
            if (!Field(format[start..(i - 1)], args, recursionDepth, sb))
            {
                return null;
            }
        }
        return sb.ToString();
    }
    #endregion

    /// <summary>One replacement field (C: <c>output_markup</c>).</summary>
    private static bool Field(string field, Args args, int recursionDepth, StringBuilder sb)
    {
        // Split name!conversion:spec. The name ends at the first '!' or ':' outside brackets.
        int end = 0;
        while (end < field.Length && field[end] is not ('!' or ':'))
        {
            if (field[end] == '[')
            {
                while (end < field.Length && field[end] != ']')
                {
                    end++;
                }
            }
            if (end < field.Length)
            {
                end++;
            }
        }
        string name = field[..Math.Min(end, field.Length)];
        char conversion = '\0';
        string spec = "";
        if (end < field.Length && field[end] == '!')
        {
            if (end + 1 >= field.Length)
            {
                PyErr.SetString(PyExc.ValueError, "end of string while looking for conversion specifier");
                return false;
            }
            conversion = field[end + 1];
            end += 2;
            if (end < field.Length && field[end] != ':')
            {
                PyErr.SetString(PyExc.ValueError, "expected ':' after conversion specifier");
                return false;
            }
        }
        if (end < field.Length && field[end] == ':')
        {
            spec = field[(end + 1)..];
        }
        PyObject? value = GetField(name, args);
        if (value is null)
        {
            return false;
        }
        if (conversion != '\0')
        {
            PyObject? converted = conversion switch
            {
                'r' => PyObject.Repr(value),
                's' => PyObject.Str(value),
                'a' => PyObject.Ascii(value),
                _ => PyErr.SetString(PyExc.ValueError, $"Unknown conversion specifier {PyUnicodeObject.CodePointToString(conversion)}"),
            };
            value.DecRef();
            if (converted is null)
            {
                return false;
            }
            value = converted;
        }
        if (spec.Contains('{', StringComparison.Ordinal))
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
    /// <summary>Resolves `arg.attr[index]...` (C: <c>get_field_object</c>).</summary>
    private static PyObject? GetField(string name, Args args)
    {
        int i = 0;
        while (i < name.Length && name[i] is not ('.' or '['))
        {
            i++;
        }
        string first = name[..i];
        PyObject? obj;
        if (first.Length == 0 || IsDigits(first))
        {
            int index;
            if (first.Length == 0)
            {
                if (args.Mode == 0)
                {
                    return PyErr.SetString(PyExc.ValueError, "cannot switch from manual field specification to automatic field numbering");
                }
                args.Mode = 1;
                index = args.Next++;
            }
            else
            {
                if (args.Mode == 1)
                {
                    return PyErr.SetString(PyExc.ValueError, "cannot switch from automatic field numbering to manual field specification");
                }
                args.Mode = 0;
                if (!int.TryParse(first, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out index))
                {
                    return PyErr.SetString(PyExc.ValueError, "Too many decimal digits in format string");
                }
            }
            if (args.MapOnly)
            {
                return PyErr.SetString(PyExc.ValueError, "Format string contains positional fields");
            }
            if (index >= args.Positional.Length)
            {
                return PyErr.SetString(PyExc.IndexError, $"Replacement index {index} out of range for positional args tuple");
            }
            obj = args.Positional.Span[index].NewRef();
        }
        else
        {
            PyObject key = PyUnicodeObject.FromString(first);
            obj = args.Keywords is null ? PyErr.SetKeyError(key) : PyObject.GetItem(args.Keywords, key);
            key.DecRef();
            if (obj is null)
            {
                return null;
            }
        }
        return FollowAccessors(obj, name, i);
    }
    #endregion

    private static PyObject? FollowAccessors(PyObject obj, string name, int i)
    {
        while (i < name.Length)
        {
            PyObject? next;
            if (name[i] == '.')
            {
                int start = ++i;
                while (i < name.Length && name[i] is not ('.' or '['))
                {
                    i++;
                }
                if (i == start)
                {
                    obj.DecRef();
                    return PyErr.SetString(PyExc.ValueError, "Empty attribute in format string");
                }
                PyObject attr = PyUnicodeObject.FromString(name[start..i]);
                next = PyObject.GetAttr(obj, attr);
                attr.DecRef();
            }
            else if (name[i] == '[')
            {
                int start = ++i;
                while (i < name.Length && name[i] != ']')
                {
                    i++;
                }
                if (i >= name.Length)
                {
                    obj.DecRef();
                    return PyErr.SetString(PyExc.ValueError, "Missing ']' in format string");
                }
                string key = name[start..i];
                i++;
                if (key.Length == 0)
                {
                    obj.DecRef();
                    return PyErr.SetString(PyExc.ValueError, "Empty attribute in format string");
                }
                PyObject keyObj = IsDigits(key) ? PyLongObject.FromUnicode(key, 10)! : PyUnicodeObject.FromString(key);
                next = PyObject.GetItem(obj, keyObj);
                keyObj.DecRef();
                if (i < name.Length && name[i] is not ('.' or '['))
                {
                    obj.DecRef();
                    next?.DecRef();
                    return PyErr.SetString(PyExc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
                }
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

    private static bool IsDigits(string s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return s.Length > 0;
    }
}
