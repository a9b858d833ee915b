// Objects/unicodeobject.c: str's methods. The algorithms live in StringLib, UnicodeCase and
// UnicodeCtype; this file checks arguments with CPython's messages and converts between Python and
// C# values.
using System.Text;

namespace Reference.Objects;

public sealed partial class PyUnicodeObject
{
    private static PyMethodDef[] Methods() =>
    [
        PyMethodDef.FastKeywords("encode", static (self, args, kw) => EncodeMethod(self, args, kw)),
        PyMethodDef.FastKeywords("replace", Replace),
        PyMethodDef.FastKeywords("split", static (self, args, kw) => SplitMethod(self, args, kw, "split", reverse: false)),
        PyMethodDef.FastKeywords("rsplit", static (self, args, kw) => SplitMethod(self, args, kw, "rsplit", reverse: true)),
        PyMethodDef.O("join", static (self, it) => Join((PyUnicodeObject)self, it!)),
        PyMethodDef.NoArgs("capitalize", static (self, _) => Map(self, UnicodeCase.Capitalize)),
        PyMethodDef.NoArgs("casefold", static (self, _) => Map(self, UnicodeCase.Casefold)),
        PyMethodDef.NoArgs("title", static (self, _) => Map(self, UnicodeCase.Title)),
        PyMethodDef.Fast("center", static (self, args) => Pad(self, args, "center", StringLib.Center)),
        PyMethodDef.Fast("count", static (self, args) => Search(self, args, "count")),
        PyMethodDef.FastKeywords("expandtabs", ExpandTabs),
        PyMethodDef.Fast("find", static (self, args) => Search(self, args, "find")),
        PyMethodDef.O("partition", static (self, sep) => Partition(self, sep!, reverse: false)),
        PyMethodDef.Fast("index", static (self, args) => Search(self, args, "index")),
        PyMethodDef.Fast("ljust", static (self, args) => Pad(self, args, "ljust", StringLib.LJust)),
        PyMethodDef.NoArgs("lower", static (self, _) => Map(self, UnicodeCase.Lower)),
        PyMethodDef.Fast("lstrip", static (self, args) => Strip(self, args, "lstrip", StringLib.LStrip)),
        PyMethodDef.Fast("rfind", static (self, args) => Search(self, args, "rfind")),
        PyMethodDef.Fast("rindex", static (self, args) => Search(self, args, "rindex")),
        PyMethodDef.Fast("rjust", static (self, args) => Pad(self, args, "rjust", StringLib.RJust)),
        PyMethodDef.Fast("rstrip", static (self, args) => Strip(self, args, "rstrip", StringLib.RStrip)),
        PyMethodDef.O("rpartition", static (self, sep) => Partition(self, sep!, reverse: true)),
        PyMethodDef.FastKeywords("splitlines", SplitLines),
        PyMethodDef.Fast("strip", static (self, args) => Strip(self, args, "strip", StringLib.Strip)),
        PyMethodDef.NoArgs("swapcase", static (self, _) => Map(self, UnicodeCase.Swapcase)),
        PyMethodDef.O("translate", static (self, table) => Translate((PyUnicodeObject)self, table!)),
        PyMethodDef.NoArgs("upper", static (self, _) => Map(self, UnicodeCase.Upper)),
        PyMethodDef.Fast("startswith", static (self, args) => Affix(self, args, "startswith", suffix: false)),
        PyMethodDef.Fast("endswith", static (self, args) => Affix(self, args, "endswith", suffix: true)),
        PyMethodDef.O("removeprefix", static (self, p) => RemoveAffix(self, p!, "removeprefix", suffix: false)),
        PyMethodDef.O("removesuffix", static (self, p) => RemoveAffix(self, p!, "removesuffix", suffix: true)),
        PyMethodDef.NoArgs("isascii", static (self, _) => Test(self, UnicodeCtype.IsAsciiString)),
        PyMethodDef.NoArgs("islower", static (self, _) => Test(self, UnicodeCase.IsLowerString)),
        PyMethodDef.NoArgs("isupper", static (self, _) => Test(self, UnicodeCase.IsUpperString)),
        PyMethodDef.NoArgs("istitle", static (self, _) => Test(self, UnicodeCase.IsTitleString)),
        PyMethodDef.NoArgs("isspace", static (self, _) => Test(self, UnicodeCtype.IsSpaceString)),
        PyMethodDef.NoArgs("isdecimal", static (self, _) => Test(self, UnicodeCtype.IsDecimalString)),
        PyMethodDef.NoArgs("isdigit", static (self, _) => Test(self, UnicodeCtype.IsDigitString)),
        PyMethodDef.NoArgs("isnumeric", static (self, _) => Test(self, UnicodeCtype.IsNumericString)),
        PyMethodDef.NoArgs("isalpha", static (self, _) => Test(self, UnicodeCtype.IsAlphaString)),
        PyMethodDef.NoArgs("isalnum", static (self, _) => Test(self, UnicodeCtype.IsAlnumString)),
        PyMethodDef.NoArgs("isidentifier", static (self, _) => Test(self, UnicodeCtype.IsIdentifier)),
        PyMethodDef.NoArgs("isprintable", static (self, _) => Test(self, UnicodeCtype.IsPrintableString)),
        PyMethodDef.O("zfill", static (self, arg) => Zfill(self, arg!)),
        PyMethodDef.FastKeywords("format", static (self, args, kw) => StringFormatter.Format((PyUnicodeObject)self, args, kw)),
        PyMethodDef.O("format_map", static (self, mapping) => StringFormatter.FormatMap((PyUnicodeObject)self, mapping!)),
        PyMethodDef.O("__format__", UnicodeFormatMethod),
        PyMethodDef.Fast("maketrans", MakeTrans).AsStaticMethod(),
        PyMethodDef.NoArgs("__sizeof__", static (self, _) => PyLongObject.FromLong(SizeOf((PyUnicodeObject)self))),
        PyMethodDef.NoArgs("__getnewargs__", static (self, _) =>
            PyTupleObject.FromArraySteal([FromString(((PyUnicodeObject)self).Value)])),
    ];

    /// <summary>CPython's size: a compact ASCII, Latin-1, UCS-2 or UCS-4 layout plus a header.</summary>
    private static long SizeOf(PyUnicodeObject s)
    {
        int maxChar = 0;
        foreach (char c in s.Value)
        {
            maxChar = Math.Max(maxChar, c);
        }
        bool astral = !s.IsBmpOnly;
        return maxChar < 128 ? 41 + s.Length : astral ? 60 + 4L * (s.Length + 1) : maxChar < 256 ? 57 + s.Length : 58 + 2L * (s.Length + 1);
    }

    private static PyObject Map(PyObject self, Func<string, string> map) => FromString(map(((PyUnicodeObject)self).Value));

    private static PyObject Test(PyObject self, Func<string, bool> test) => Py.Bool(test(((PyUnicodeObject)self).Value));

    /// <summary>An argument that must be a str: "replace() argument 1 must be str, not int". Argument Clinic's
    /// converters name None as "None" (C: <c>_PyArg_BadArgument</c>); hand-written checks say "NoneType".</summary>
    private static bool StrArg(PyObject arg, string message, out string value, bool clinic = true)
    {
        if (arg is PyUnicodeObject s)
        {
            value = s.Value;
            return true;
        }
        value = "";
        PyErr.SetString(PyExc.TypeError, $"{message}, not {(clinic ? ArgTypeName(arg) : arg.ObType.Name)}");
        return false;
    }

    /// <summary>How Argument Clinic names an argument's type in an error: "None" for None.</summary>
    internal static string ArgTypeName(PyObject arg) => arg == Py.None ? "None" : arg.ObType.Name;

    /// <summary>A result of this many UTF-16 units would not fit in a .NET string: Python's MemoryError.</summary>
    private static bool TooLong(long units) => units > NumberLayout.MaxStringLength;

    private static readonly string[] s_encodeParams = ["encoding", "errors"];

    private static PyObject? EncodeMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames)
    {
        ArgBuffer4 buffer = default;
        Span<PyObject?> a = buffer[..2];
        return GetArgs.UnpackKeywords("encode", args, kwnames, s_encodeParams, 0, 2, 0, a)
            ? Encode((PyUnicodeObject)self, a[0], a[1])
            : null;
    }

    private static readonly string[] s_replaceParams = ["", "", "count"];

    private static PyObject? Replace(PyObject self, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames)
    {
        ArgBuffer4 buffer = default;
        Span<PyObject?> a = buffer[..3];
        if (!GetArgs.UnpackKeywords("replace", args, kwnames, s_replaceParams, 2, 3, 2, a))
        {
            return null;
        }
        if (!StrArg(a[0]!, "replace() argument 1 must be str", out string old) || !StrArg(a[1]!, "replace() argument 2 must be str", out string replacement))
        {
            return null;
        }
        long count = -1;
        if (a[2] is not null && !GetArgs.ToSsize(a[2]!, out count))
        {
            return null;
        }
        string s = ((PyUnicodeObject)self).Value;
        string result = StringLib.Replace(s, old, replacement, (int)Math.Clamp(count, -1, int.MaxValue));
        return ReferenceEquals(result, s) && self.ObType == Type ? self.NewRef() : FromString(result);
    }

    private static readonly string[] s_splitParams = ["sep", "maxsplit"];

    #region str-split
    private static PyObject? SplitMethod(PyObject self, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames, string name, bool reverse)
    {
        ArgBuffer4 buffer = default;
        Span<PyObject?> a = buffer[..2];
        if (!GetArgs.UnpackKeywords(name, args, kwnames, s_splitParams, 0, 2, 0, a))
        {
            return null;
        }
        long maxsplit = -1;
        if (a[1] is not null && !GetArgs.ToSsize(a[1]!, out maxsplit))
        {
            return null;
        }
        int max = (int)Math.Clamp(maxsplit, -1, int.MaxValue);
        string s = ((PyUnicodeObject)self).Value;
        List<string> parts;
        if (a[0] is null || a[0] == Py.None)
        {
            parts = reverse ? StringLib.RSplitWhitespace(s, max) : StringLib.SplitWhitespace(s, max);
        }
        else
        {
            if (!StrArg(a[0]!, "must be str or None", out string sep, clinic: false))
            {
                return null;
            }
            if (sep.Length == 0)
            {
                return PyErr.SetString(PyExc.ValueError, "empty separator");
            }
            parts = reverse ? StringLib.RSplit(s, sep, max) : StringLib.Split(s, sep, max);
        }
        return ListOfStrings(parts);
    }
    #endregion

    private static PyListObject ListOfStrings(List<string> parts)
    {
        PyListObject list = PyListObject.New(parts.Count);
        foreach (string p in parts)
        {
            list.AppendSteal(FromString(p));
        }
        return list;
    }

    private static readonly string[] s_splitLinesParams = ["keepends"];

    private static PyObject? SplitLines(PyObject self, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames)
    {
        ArgBuffer4 buffer = default;
        Span<PyObject?> a = buffer[..1];
        if (!GetArgs.UnpackKeywords("splitlines", args, kwnames, s_splitLinesParams, 0, 1, 0, a))
        {
            return null;
        }
        int keep = a[0] is null ? 0 : IsTrue(a[0]!);
        return keep < 0 ? null : ListOfStrings(StringLib.SplitLines(((PyUnicodeObject)self).Value, keep > 0));
    }

    #region str-join
    /// <summary>sep.join(iterable) (C: <c>PyUnicode_Join</c>): every item must be a str.</summary>
    internal static PyObject? Join(PyUnicodeObject sep, PyObject iterable)
    {
        PyObject? seq = PySequence.Fast(iterable, "can only join an iterable");
        if (seq is null)
        {
            return null;
        }
        ReadOnlySpan<PyObject> items = PySequence.FastItemsBorrowed(seq);
        if (items.Length == 1 && items[0].ObType == Type)
        {
            PyObject only = items[0].NewRef();
            seq.DecRef();
            return only;
        }
        var sb = new StringBuilder();
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyUnicodeObject s)
            {
                string name = items[i].ObType.Name;
                seq.DecRef();
                return PyErr.SetString(PyExc.TypeError, $"sequence item {i}: expected str instance, {name} found");
            }
            if (i > 0)
            {
                sb.Append(sep.Value);
            }
            sb.Append(s.Value);
        }
        seq.DecRef();
        return FromString(sb.ToString());
    }
    #endregion

    private static PyObject? Strip(PyObject self, ReadOnlySpan<PyObject> args, string name, Func<string, string?, string> strip)
    {
        if (!GetArgs.CheckPositional(name, args.Length, 0, 1))
        {
            return null;
        }
        string? chars = null;
        if (args.Length == 1 && args[0] != Py.None)
        {
            if (args[0] is not PyUnicodeObject c)
            {
                return PyErr.SetString(PyExc.TypeError, $"{name} arg must be None or str");
            }
            chars = c.Value;
        }
        string s = ((PyUnicodeObject)self).Value;
        string result = strip(s, chars);
        return result.Length == s.Length && self.ObType == Type ? self.NewRef() : FromString(result);
    }

    #region str-search
    /// <summary>count/find/index/rfind/rindex with code-point start and end (C: <c>any_find_slice</c>).</summary>
    private static PyObject? Search(PyObject self, ReadOnlySpan<PyObject> args, string name)
    {
        if (!GetArgs.CheckPositional(name, args.Length, 1, 3) || !StrArg(args[0], $"{name}() argument 1 must be str", out string sub))
        {
            return null;
        }
        if (!SearchBounds(args[1..], out int start, out int end))
        {
            return null;
        }
        string s = ((PyUnicodeObject)self).Value;
        switch (name)
        {
            case "count":
                return PyLongObject.FromLong(StringLib.Count(s, sub, start, end));
            case "find":
                return PyLongObject.FromLong(StringLib.Find(s, sub, start, end));
            case "rfind":
                return PyLongObject.FromLong(StringLib.RFind(s, sub, start, end));
            default:
                int at = name == "index" ? StringLib.Find(s, sub, start, end) : StringLib.RFind(s, sub, start, end);
                return at < 0 ? PyErr.SetString(PyExc.ValueError, "substring not found") : PyLongObject.FromLong(at);
        }
    }
    #endregion

    /// <summary>Optional start/end arguments, None allowed, clamped to the int range (StringLib adjusts them).</summary>
    private static bool SearchBounds(ReadOnlySpan<PyObject> args, out int start, out int end)
    {
        start = 0;
        end = int.MaxValue;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == Py.None)
            {
                continue;
            }
            if (args[i].ObType.TpAsNumber?.NbIndex is null)
            {
                PyErr.SetString(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
                return false;
            }
            long v = PyNumber.AsSsize(args[i], null);
            if (v == -1 && PyErr.Occurred())
            {
                return false;
            }
            int clamped = (int)Math.Clamp(v, int.MinValue, int.MaxValue);
            if (i == 0)
            {
                start = clamped;
            }
            else
            {
                end = clamped;
            }
        }
        return true;
    }

    private static PyObject? Affix(PyObject self, ReadOnlySpan<PyObject> args, string name, bool suffix)
    {
        if (!GetArgs.CheckPositional(name, args.Length, 1, 3) || !SearchBounds(args[1..], out int start, out int end))
        {
            return null;
        }
        string s = ((PyUnicodeObject)self).Value;
        ReadOnlySpan<PyObject> candidates = args[0] is PyTupleObject t ? t.ItemsBorrowed : args[..1];
        foreach (PyObject c in candidates)
        {
            if (c is not PyUnicodeObject text)
            {
                return PyErr.SetString(PyExc.TypeError, args[0] is PyTupleObject
                    ? $"tuple for {name} must only contain str, not {c.ObType.Name}"
                    : $"{name} first arg must be str or a tuple of str, not {c.ObType.Name}");
            }
            if (suffix ? StringLib.EndsWith(s, text.Value, start, end) : StringLib.StartsWith(s, text.Value, start, end))
            {
                return Py.True;
            }
        }
        return Py.False;
    }

    private static PyObject? RemoveAffix(PyObject self, PyObject arg, string name, bool suffix)
    {
        if (!StrArg(arg, $"{name}() argument must be str", out string affix))
        {
            return null;
        }
        string s = ((PyUnicodeObject)self).Value;
        bool has = affix.Length > 0 && (suffix ? StringLib.EndsWith(s, affix) : StringLib.StartsWith(s, affix));
        if (!has)
        {
            return self.ObType == Type ? self.NewRef() : FromString(s);
        }
        return FromString(suffix ? s[..^affix.Length] : s[affix.Length..]);
    }

    private static PyObject? Partition(PyObject self, PyObject sepArg, bool reverse)
    {
        if (!StrArg(sepArg, "must be str", out string sep, clinic: false))
        {
            return null;
        }
        if (sep.Length == 0)
        {
            return PyErr.SetString(PyExc.ValueError, "empty separator");
        }
        string s = ((PyUnicodeObject)self).Value;
        int at = reverse ? StringLib.RFind(s, sep) : StringLib.Find(s, sep);
        if (at < 0)
        {
            // Not found: the str itself (even a subclass instance) and two empty strs.
            return PyTupleObject.FromArraySteal(reverse
                ? [Empty, Empty, self.NewRef()]
                : [self.NewRef(), Empty, Empty]);
        }
        (string head, string middle, string tail) = reverse ? StringLib.RPartition(s, sep) : StringLib.Partition(s, sep);
        return PyTupleObject.FromArraySteal([FromString(head), FromString(middle), FromString(tail)]);
    }

    private static PyObject? UnicodeFormatMethod(PyObject self, PyObject? spec)
    {
        if (spec is not PyUnicodeObject s)
        {
            return PyErr.SetString(PyExc.TypeError, $"__format__() argument must be str, not {spec!.ObType.Name}");
        }
        var text = (PyUnicodeObject)self;
        if (s.Value.Length == 0)
        {
            return self.ObType == Type ? self.NewRef() : FromString(text.Value);
        }
        if (!FormatSpec.TryParseForString(s.Value, "str", out FormatSpec parsed, out string? error))
        {
            return PyErr.SetString(PyExc.ValueError, error!);
        }
        string? result = NumberFormat.FormatString(text.Value, parsed, "str", out FormatErrorKind kind, out error);
        return result is null ? FormatError(kind, error!) : FromString(result);
    }

    /// <summary>Raises the error a formatting helper reported.</summary>
    internal static PyObject? FormatError(FormatErrorKind kind, string message) => kind switch
    {
        FormatErrorKind.OverflowError => PyErr.SetString(PyExc.OverflowError, message),
        FormatErrorKind.TypeError => PyErr.SetString(PyExc.TypeError, message),
        FormatErrorKind.ValueError => PyErr.SetString(PyExc.ValueError, message),
        _ => PyErr.NoMemory(),
    };
}
