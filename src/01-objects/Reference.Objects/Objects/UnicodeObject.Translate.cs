// Objects/unicodeobject.c: str.translate and str.maketrans.
using System.Text;

namespace Reference.Objects;

public sealed partial class PyUnicodeObject
{
    #region translate
    /// <summary>str.translate(table): each code point is looked up in the table; None deletes, an int or str
    /// replaces, LookupError leaves it (C: <c>_PyUnicode_TranslateCharmap</c>).</summary>
    private static PyObject? Translate(PyUnicodeObject self, PyObject table)
    {
        var sb = new StringBuilder(self.Value.Length);
        string s = self.Value;
        for (int i = 0; i < s.Length;)
        {
            int cp = StringLib.CodePointAt(s, i, out int next);
            PyLongObject key = PyLongObject.FromLong(cp);
            PyObject? value = GetItem(table, key);
            key.DecRef();
            if (value is null)
            {
                if (!PyErr.ExceptionMatches(PyExc.LookupError))
                {
                    return null;
                }
                PyErr.Clear();
                sb.Append(s, i, next - i);
            }
            else
            {
                bool ok = AppendTranslation(sb, value);
                value.DecRef();
                if (!ok)
                {
                    return null;
                }
            }
            i = next;
        }
        return FromString(sb.ToString());
    }
    #endregion

    private static bool AppendTranslation(StringBuilder sb, PyObject value)
    {
        switch (value)
        {
            case PyNone:
                return true;
            case PyUnicodeObject s:
                sb.Append(s.Value);
                return true;
            case PyLongObject l:
                long v = l.IsCompact ? l.CompactValue : -1;
                if (v < 0 || v > 0x10FFFF)
                {
                    PyErr.SetString(PyExc.ValueError, "character mapping must be in range(0x110000)");
                    return false;
                }
                sb.Append(CodePointToString((int)v));
                return true;
            default:
                PyErr.SetString(PyExc.TypeError, "character mapping must return integer, None or str");
                return false;
        }
    }

    #region maketrans
    /// <summary>str.maketrans(x[, y[, z]]) (C: <c>unicode_maketrans_impl</c>).</summary>
    private static PyObject? MakeTrans(PyObject unused, ReadOnlySpan<PyObject> args)
    {
        if (!GetArgs.CheckPositional("maketrans", args.Length, 1, 3))
        {
            return null;
        }
        PyDictObject result = PyDictObject.New();
        if (args.Length == 1)
        {
            if (args[0] is not PyDictObject d)
            {
                result.DecRef();
                return PyErr.SetString(PyExc.TypeError, "if you give only one argument to maketrans it must be a dict");
            }
            long pos = 0;
            while (d.Next(ref pos, out PyObject? key, out PyObject? value))
            {
                PyObject? k = key;
                if (key is PyUnicodeObject ks)
                {
                    if (ks.Length != 1)
                    {
                        result.DecRef();
                        return PyErr.SetString(PyExc.ValueError, "string keys in translate table must be of length 1");
                    }
                    k = PyLongObject.FromLong(ks.CodePointAt(0));
                }
                else if (key is not PyLongObject)
                {
                    result.DecRef();
                    return PyErr.SetString(PyExc.TypeError, "keys in translate table must be strings or integers");
                }
                else
                {
                    k!.IncRef();
                }
                int r = result.SetItem(k!, value!);
                k!.DecRef();
                if (r < 0)
                {
                    result.DecRef();
                    return null;
                }
            }
            return result;
        }
        // Argument Clinic converts y and z before the function body checks x.
        if (args[1] is not PyUnicodeObject y || (args.Length == 3 && args[2] is not PyUnicodeObject))
        {
            result.DecRef();
            int bad = args[1] is PyUnicodeObject ? 3 : 2;
            return PyErr.SetString(PyExc.TypeError, $"maketrans() argument {bad} must be str, not {ArgTypeName(args[bad - 1])}");
        }
        if (args[0] is not PyUnicodeObject x)
        {
            result.DecRef();
            return PyErr.SetString(PyExc.TypeError, "first maketrans argument must be a string if there is a second argument");
        }
        if (x.Length != y.Length)
        {
            result.DecRef();
            return PyErr.SetString(PyExc.ValueError, "the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < x.Length; i++)
        {
            PyLongObject k = PyLongObject.FromLong(x.CodePointAt(i)), v = PyLongObject.FromLong(y.CodePointAt(i));
            result.SetItem(k, v);
            k.DecRef();
            v.DecRef();
        }
        if (args.Length == 3)
        {
            var z = (PyUnicodeObject)args[2];
            for (int i = 0; i < z.Length; i++)
            {
                PyLongObject k = PyLongObject.FromLong(z.CodePointAt(i));
                result.SetItem(k, Py.None);
                k.DecRef();
            }
        }
        return result;
    }
    #endregion
}
