// A tiny evaluator for one-line Python snippets, so that the text-object tests can be written as
// corpora of `code -> CPython's answer` pairs (the answers come from running the same snippets in
// CPython 3.14: see Corpus/expect.py).
//
// Chapter 1 has no compiler, so this file stands in for one, over the smallest useful subset:
// literals (str and bytes with every escape, ints, floats, None/True/False, tuples, lists, dicts,
// sets), names, attribute access, calls with keyword arguments, subscripts and slices, the
// arithmetic and comparison operators, `in`, `is`, `not`/`and`/`or`, and statements separated by
// `;` — assignment, augmented assignment and `del`. Everything is evaluated through the runtime's
// public protocols (PyNumber, RichCompare, GetItem, GetAttr, Vectorcall), so a snippet exercises
// exactly what CPython's bytecode would call.
//
// Ownership follows CPython: every evaluation returns a new reference that the caller releases as
// soon as it is done, so temporaries die when CPython's would (a temporary memoryview releases its
// export at once), and the test's refcount-balance check covers the runtime code a snippet reached.
using Reference.Objects;

namespace Reference.Objects.Tests.TextObjects;

/// <summary>Evaluates `;`-separated Python statements and reports the last expression's repr or the error.</summary>
public sealed partial class MiniPython : IDisposable
{
    private readonly Dictionary<string, PyObject> _names = new(StringComparer.Ordinal);

    /// <summary>Binds a name for the snippets (the evaluator takes a new reference).</summary>
    public void Bind(string name, PyObject value)
    {
        value.IncRef();
        if (_names.Remove(name, out PyObject? old))
        {
            old.DecRef();
        }
        _names[name] = value;
    }

    public void Dispose()
    {
        foreach (PyObject o in _names.Values)
        {
            o.DecRef();
        }
        _names.Clear();
    }

    /// <summary>Runs the statements; returns the value of the last one (None for a non-expression) as a new
    /// reference, or null with the Python error set.</summary>
    public PyObject? Run(string code)
    {
        List<Node> statements = new Parser(code).ParseProgram();
        PyObject? last = Py.None;
        foreach (Node statement in statements)
        {
            last.DecRef();
            last = Exec(statement);
            if (last is null)
            {
                return null;
            }
        }
        return last;
    }

    /// <summary>Runs the statements and describes the outcome as CPython's test driver does: the repr of
    /// the value, or "ExceptionType: message".</summary>
    public string RunToText(string code)
    {
        PyObject? result = Run(code);
        if (result is null)
        {
            PyBaseExceptionObject exc = PyErr.GetRaisedException()!;
            string text = PyBaseExceptionObject.FormatExceptionOnly(exc);
            exc.DecRef();
            return text;
        }
        string? repr = PyObject.ReprToString(result);
        result.DecRef();
        if (repr is null)
        {
            PyBaseExceptionObject exc = PyErr.GetRaisedException()!;
            string text = PyBaseExceptionObject.FormatExceptionOnly(exc);
            exc.DecRef();
            return "repr failed: " + text;
        }
        return repr;
    }

    // ----- statements -----

    private PyObject? Exec(Node statement)
    {
        switch (statement)
        {
            case AssignNode a:
                {
                    PyObject? value = Eval(a.Value);
                    if (value is null)
                    {
                        return null;
                    }
                    int status = Store(a.Target, value);
                    value.DecRef();
                    return status < 0 ? null : Py.None;
                }
            case AugAssignNode aug:
                {
                    PyObject? current = Eval(aug.Target);
                    if (current is null)
                    {
                        return null;
                    }
                    PyObject? operand = Eval(aug.Value);
                    if (operand is null)
                    {
                        current.DecRef();
                        return null;
                    }
                    PyObject? result = InPlace(aug.Op, current, operand);
                    current.DecRef();
                    operand.DecRef();
                    if (result is null)
                    {
                        return null;
                    }
                    int status = Store(aug.Target, result);
                    result.DecRef();
                    return status < 0 ? null : Py.None;
                }
            case DelNode d:
                return Delete(d.Target) < 0 ? null : Py.None;
            default:
                return Eval(statement);
        }
    }

    private int Store(Node target, PyObject value)
    {
        switch (target)
        {
            case NameNode n:
                Bind(n.Name, value);
                return 0;
            case SubscriptNode s:
                return WithContainerAndKey(s, (obj, key) => PyObject.SetItem(obj, key, value));
            case AttributeNode at:
                {
                    PyObject? obj = Eval(at.Target);
                    if (obj is null)
                    {
                        return -1;
                    }
                    int status = PyObject.SetAttr(obj, at.Name, value);
                    obj.DecRef();
                    return status;
                }
            default:
                PyErr.SetString(PyExc.SyntaxError, "cannot assign to expression");
                return -1;
        }
    }

    private int Delete(Node target)
    {
        switch (target)
        {
            case NameNode n:
                if (!_names.Remove(n.Name, out PyObject? old))
                {
                    PyErr.SetString(PyExc.NameError, $"name '{n.Name}' is not defined");
                    return -1;
                }
                old.DecRef();
                return 0;
            case SubscriptNode s:
                return WithContainerAndKey(s, static (obj, key) => PyObject.DelItem(obj, key));
            default:
                PyErr.SetString(PyExc.SyntaxError, "cannot delete expression");
                return -1;
        }
    }

    private int WithContainerAndKey(SubscriptNode s, Func<PyObject, PyObject, int> action)
    {
        PyObject? obj = Eval(s.Target);
        if (obj is null)
        {
            return -1;
        }
        PyObject? key = Eval(s.Key);
        if (key is null)
        {
            obj.DecRef();
            return -1;
        }
        int status = action(obj, key);
        obj.DecRef();
        key.DecRef();
        return status;
    }
}
