// Objects/unicodeobject.c: str's padding methods — center, ljust, rjust, zfill and expandtabs.
//
// The algorithms are StringLib's; here the arguments are checked with CPython's messages, and the size
// of the result is checked before it is built: one that no .NET string can hold is a MemoryError.
namespace Reference.Objects;

public sealed partial class PyUnicodeObject
{
    private static readonly string[] s_expandParams = ["tabsize"];

    private static PyObject? ExpandTabs(PyObject self, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames)
    {
        ArgBuffer4 buffer = default;
        Span<PyObject?> a = buffer[..1];
        if (!GetArgs.UnpackKeywords("expandtabs", args, kwnames, s_expandParams, 0, 1, 0, a))
        {
            return null;
        }
        int tabsize = 8;
        if (a[0] is not null && !ToCInt(a[0]!, out tabsize))
        {
            return null;
        }
        string s = ((PyUnicodeObject)self).Value;
        if (TooLong(ExpandedLength(s, tabsize)))
        {
            return PyErr.NoMemory();
        }
        string result = StringLib.ExpandTabs(s, tabsize);
        return ReferenceEquals(result, s) && self.ObType == Type ? self.NewRef() : FromString(result);
    }

    /// <summary>An argument for a C int parameter (C: the <c>int</c> converter, <c>PyLong_AsInt</c>).</summary>
    internal static bool ToCInt(PyObject arg, out int value)
    {
        value = 0;
        if (!GetArgs.ToSsize(arg, out long v))
        {
            if (!PyErr.ExceptionMatches(PyExc.OverflowError))
            {
                return false;
            }
            PyErr.Clear();
            v = long.MaxValue;
        }
        if (v is < int.MinValue or > int.MaxValue)
        {
            PyErr.SetString(PyExc.OverflowError, "Python int too large to convert to C int");
            return false;
        }
        value = (int)v;
        return true;
    }

    /// <summary>The length in UTF-16 units that expandtabs would produce, computed without building it.</summary>
    internal static long ExpandedLength(ReadOnlySpan<char> s, int tabsize)
    {
        long length = 0, column = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\t')
            {
                if (tabsize > 0)
                {
                    long spaces = tabsize - (column % tabsize);
                    length += spaces;
                    column += spaces;
                }
                continue;
            }
            length++;
            if (c is '\n' or '\r')
            {
                column = 0;
            }
            else if (!char.IsLowSurrogate(c) || i == 0 || !char.IsHighSurrogate(s[i - 1]))
            {
                column++;
            }
        }
        return length;
    }

    private static PyObject? Pad(PyObject self, ReadOnlySpan<PyObject> args, string name, Func<string, int, int, string> pad)
    {
        if (!GetArgs.CheckPositional(name, args.Length, 1, 2) || !GetArgs.ToSsize(args[0], out long width))
        {
            return null;
        }
        int fill = ' ';
        if (args.Length > 1)
        {
            if (args[1] is not PyUnicodeObject f || f.Length != 1)
            {
                return PyErr.SetString(PyExc.TypeError, args[1] is PyUnicodeObject
                    ? "The fill character must be exactly one character long"
                    : $"The fill character must be a unicode character, not {args[1].ObType.Name}");
            }
            fill = f.CodePointAt(0);
        }
        var s = (PyUnicodeObject)self;
        if (width <= s.Length)
        {
            return self.ObType == Type ? self.NewRef() : FromString(s.Value);
        }
        if (TooLong(s.Value.Length + ((width - s.Length) * (fill > 0xFFFF ? 2 : 1))))
        {
            return PyErr.NoMemory();
        }
        return FromString(pad(s.Value, (int)width, fill));
    }

    private static PyObject? Zfill(PyObject self, PyObject arg)
    {
        if (!GetArgs.ToSsize(arg, out long width))
        {
            return null;
        }
        var s = (PyUnicodeObject)self;
        if (width <= s.Length)
        {
            return self.ObType == Type ? self.NewRef() : FromString(s.Value);
        }
        if (TooLong(s.Value.Length + (width - s.Length)))
        {
            return PyErr.NoMemory();
        }
        return FromString(StringLib.Zfill(s.Value, (int)width));
    }
}
