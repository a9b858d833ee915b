// Python/getargs.c: argument checking for built-in functions and methods.
//
// CPython's built-ins check their arguments with code that Argument Clinic generates, and the
// messages differ by calling convention: positional-only functions say "pop expected at most 1
// argument, got 2", functions with keywords say "split() takes at most 2 arguments (3 given)".
// These helpers produce exactly those messages so that every method's errors match CPython's.
using System.Runtime.CompilerServices;

namespace Reference.Objects;

/// <summary>Room for up to four unpacked arguments on the stack, so that parsing allocates nothing.</summary>
[InlineArray(4)]
public struct ArgBuffer4
{
    private PyObject? _element0;
}

/// <summary>Room for up to eight unpacked arguments on the stack.</summary>
[InlineArray(8)]
public struct ArgBuffer8
{
    private PyObject? _element0;
}

/// <summary>Argument checking with CPython's messages (C: <c>_PyArg_CheckPositional</c>,
/// <c>_PyArg_UnpackKeywords</c>, <c>_PyArg_NoKeywords</c>).</summary>
public static class GetArgs
{
    #region check-positional
    /// <summary>Checks a positional count (C: <c>_PyArg_CheckPositional</c>): "NAME expected at most 1 argument,
    /// got 2". Returns false with TypeError set.</summary>
    public static bool CheckPositional(string name, int nargs, int min, int max)
    {
        if (nargs < min)
        {
            PyErr.SetString(PyExc.TypeError,
                $"{name} expected {(min == max ? "" : "at least ")}{min} argument{(min == 1 ? "" : "s")}, got {nargs}");
            return false;
        }
        if (nargs > max)
        {
            PyErr.SetString(PyExc.TypeError,
                $"{name} expected {(min == max ? "" : "at most ")}{max} argument{(max == 1 ? "" : "s")}, got {nargs}");
            return false;
        }
        return true;
    }
    #endregion

    /// <summary>Fails unless no keyword arguments were given (C: <c>_PyArg_NoKeywords</c>).</summary>
    public static bool NoKeywords(string name, PyObject? kwargs)
    {
        if (kwargs is null || (kwargs is PyDictObject d && d.Count == 0) || (kwargs is PyTupleObject t && t.Count == 0))
        {
            return true;
        }
        PyErr.SetString(PyExc.TypeError, $"{name}() takes no keyword arguments");
        return false;
    }

    /// <summary>Fails unless no keyword names were passed to a vectorcall.</summary>
    public static bool NoKwnames(string name, PyTupleObject? kwnames) => NoKeywords(name, kwnames);

    #region unpack-keywords
    /// <summary>Matches positional and keyword arguments to parameters (C: <c>_PyArg_UnpackKeywords</c>).
    /// <paramref name="parameters"/> names every parameter in order; the first <paramref name="posOnly"/> are
    /// positional-only, those after <paramref name="maxPos"/> keyword-only. The first
    /// <paramref name="minRequired"/> are required. On success <paramref name="output"/>[i] holds the i-th
    /// argument (borrowed) or null when omitted.</summary>
    public static bool UnpackKeywords(string fname, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames,
        ReadOnlySpan<string> parameters, int posOnly, int maxPos, int minRequired, Span<PyObject?> output)
    {
        int nkw = kwnames?.Count ?? 0;
        int nargs = args.Length - nkw;
        int maxArgs = parameters.Length;
        output.Clear();
        if (nargs + nkw > maxArgs)
        {
            PyErr.SetString(PyExc.TypeError,
                $"{fname}() takes at most {maxArgs} {(nargs == 0 ? "keyword " : "")}argument{(maxArgs == 1 ? "" : "s")} ({nargs + nkw} given)");
            return false;
        }
        if (nargs > maxPos)
        {
            PyErr.SetString(PyExc.TypeError, maxPos == 0
                ? $"{fname}() takes no positional arguments"
                : $"{fname}() takes {(Math.Min(minRequired, maxPos) < maxPos ? "at most" : "exactly")} {maxPos} positional argument{(maxPos == 1 ? "" : "s")} ({nargs} given)");
            return false;
        }
        int minPosOnly = Math.Min(minRequired, posOnly);
        if (nargs < minPosOnly)
        {
            PyErr.SetString(PyExc.TypeError,
                $"{fname}() takes {(minPosOnly < maxPos ? "at least" : "exactly")} {minPosOnly} positional argument{(minPosOnly == 1 ? "" : "s")} ({nargs} given)");
            return false;
        }
        for (int i = 0; i < nargs; i++)
        {
            output[i] = args[i];
        }
        // Fill the parameters after the positional arguments from the keywords, in parameter order, so that a
        // missing required argument is reported before a misspelt keyword (as CPython).
        int keywordsLeft = nkw;
        for (int i = Math.Max(nargs, posOnly); i < maxArgs; i++)
        {
            PyObject? value = nkw == 0 ? null : FindKeyword(args[nargs..], kwnames!, parameters[i]);
            if (value is not null)
            {
                output[i] = value;
                keywordsLeft--;
            }
            else if (i < minRequired)
            {
                if (kwnames is not null && !AllStrings(kwnames))
                {
                    PyErr.SetString(PyExc.TypeError, "keywords must be strings");
                    return false;
                }
                PyErr.SetString(PyExc.TypeError, $"{fname}() missing required argument '{parameters[i]}' (pos {i + 1})");
                return false;
            }
        }
        if (keywordsLeft > 0)
        {
            for (int i = posOnly; i < nargs; i++)
            {
                if (FindKeyword(args[nargs..], kwnames!, parameters[i]) is not null)
                {
                    PyErr.SetString(PyExc.TypeError,
                        $"argument for {fname}() given by name ('{parameters[i]}') and position ({i + 1})");
                    return false;
                }
            }
            return UnexpectedKeyword(fname, parameters, posOnly, kwnames!);
        }
        return true;
    }
    #endregion

    private static PyObject? FindKeyword(ReadOnlySpan<PyObject> values, PyTupleObject kwnames, string name)
    {
        for (int k = 0; k < kwnames.Count; k++)
        {
            if (kwnames[k] is PyUnicodeObject key && key.Value == name)
            {
                return values[k];
            }
        }
        return null;
    }

    private static bool AllStrings(PyTupleObject kwnames)
    {
        foreach (PyObject key in kwnames.ItemsBorrowed)
        {
            if (key is not PyUnicodeObject)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Names the first keyword that matches no parameter, suggesting the closest one
    /// (C: <c>error_unexpected_keyword_arg</c>, 3.14).</summary>
    private static bool UnexpectedKeyword(string fname, ReadOnlySpan<string> parameters, int posOnly, PyTupleObject kwnames)
    {
        string[] keywordNames = parameters[posOnly..].ToArray();
        foreach (PyObject keyObj in kwnames.ItemsBorrowed)
        {
            if (keyObj is not PyUnicodeObject key)
            {
                PyErr.SetString(PyExc.TypeError, "keywords must be strings");
                return false;
            }
            if (Array.IndexOf(keywordNames, key.Value) >= 0)
            {
                continue;
            }
            string? suggestion = Suggestions.Calculate(keywordNames, key.Value);
            PyErr.SetString(PyExc.TypeError, suggestion is null
                ? $"{fname}() got an unexpected keyword argument '{key.Value}'"
                : $"{fname}() got an unexpected keyword argument '{key.Value}'. Did you mean '{suggestion}'?");
            return false;
        }
        PyErr.SetString(PyExc.TypeError, $"invalid keyword argument for {fname}()");
        return false;
    }

    /// <summary>Converts an argument to a C# index with CPython's errors (C: the <c>Py_ssize_t</c> converter):
    /// objects with <c>__index__</c> are accepted; floats and others raise TypeError.</summary>
    public static bool ToSsize(PyObject arg, out long value)
    {
        if (arg is PyLongObject { IsCompact: true } small)
        {
            value = small.CompactValue;
            return true;
        }
        // The Py_ssize_t converter: __index__, then PyLong_AsSsize_t's own overflow message.
        PyObject? index = PyNumber.Index(arg);
        if (index is null)
        {
            value = -1;
            return false;
        }
        value = ((PyLongObject)index).AsSsizeT();
        index.DecRef();
        return !(value == -1 && PyErr.Occurred());
    }
}
