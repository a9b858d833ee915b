// Python/errors.c: the error indicator.
//
// Python-level errors never travel as .NET exceptions. As in CPython, a function that fails sets
// the thread's *error indicator* (the raised exception object) and returns a failure value: null
// for functions that return objects, -1 for functions that return counts, hashes or truth values.
// Its caller checks, and either handles the error (Clear, or ExceptionMatches then Clear) or fails
// in turn. The nullable annotations make the compiler insist on the check.
//
// Why not .NET exceptions? A `try: d[k] except KeyError:` loop would cost microseconds per
// iteration instead of nanoseconds, and the book would no longer read like ceval.c.
using System.Runtime.CompilerServices;

namespace Reference.Objects;

/// <summary>Setting, testing and clearing the error indicator (C: <c>PyErr_*</c>).</summary>
public static class PyErr
{
    #region set-string
    /// <summary>Raises <paramref name="type"/> with a message (C: <c>PyErr_SetString</c>). Returns null so that a
    /// failing function can <c>return PyErr.SetString(...)</c>.</summary>
    public static PyObject? SetString(PyTypeObject type, string message)
    {
        PyObject text = PyUnicodeObject.FromString(message);
        SetObject(type, text);
        text.DecRef();
        return null;
    }
    #endregion

    /// <summary>Raises <paramref name="type"/> with no arguments (C: <c>PyErr_SetNone</c>).</summary>
    public static PyObject? SetNone(PyTypeObject type) => SetObject(type, null);

    /// <summary>Raises <paramref name="type"/> with a value (C: <c>PyErr_SetObject</c>): an instance of the type is
    /// raised as is, a tuple becomes the arguments, anything else the single argument. The exception being
    /// handled becomes the new one's <c>__context__</c>.</summary>
    public static PyObject? SetObject(PyTypeObject type, PyObject? value)
    {
        PyThreadState tstate = PyThreadState.Get();
        PyBaseExceptionObject? exc = CreateException(type, value);
        if (exc is null)
        {
            return null; // creating it failed; that error is now set
        }
        ChainContext(tstate, exc);
        SetRaised(tstate, exc);
        return null;
    }

    /// <summary>Raises an existing exception object, taking over the caller's reference
    /// (C: <c>PyErr_SetRaisedException</c>).</summary>
    public static void SetRaisedException(PyBaseExceptionObject stolenExc) => SetRaised(PyThreadState.Get(), stolenExc);

    /// <summary>Raises an exception object as <c>raise</c> does: it gets the exception being handled as its
    /// context. Takes over the caller's reference.</summary>
    public static void Raise(PyBaseExceptionObject stolenExc)
    {
        PyThreadState tstate = PyThreadState.Get();
        ChainContext(tstate, stolenExc);
        SetRaised(tstate, stolenExc);
    }

    /// <summary>Raises KeyError(key), always wrapping the key in a 1-tuple so that a tuple key prints whole
    /// (C: <c>_PyErr_SetKeyError</c>).</summary>
    public static PyObject? SetKeyError(PyObject key)
    {
        PyTupleObject args = PyTupleObject.Pack(key);
        SetObject(PyExc.KeyError, args);
        args.DecRef();
        return null;
    }

    /// <summary>Raises MemoryError (C: <c>PyErr_NoMemory</c>).</summary>
    public static PyObject? NoMemory() => SetNone(PyExc.MemoryError);

    /// <summary>Raises SystemError for a misuse of the API (C: <c>PyErr_BadInternalCall</c>).</summary>
    public static PyObject? BadInternalCall() =>
        SetString(PyExc.SystemError, "bad argument to internal function");

    /// <summary>Raises IndexError "cannot fit 'T' into an index-sized integer", what a sequence index beyond ssize_t gets.</summary>
    public static PyObject? IndexOverflow(PyObject index) =>
        SetString(PyExc.IndexError, $"cannot fit '{index.ObType.Name}' into an index-sized integer");

    /// <summary>Whether an error is set (C: <c>PyErr_Occurred</c>).</summary>
    public static bool Occurred() => PyThreadState.Get().CurrentException is not null;

    /// <summary>The raised exception, borrowed; null when none is set.</summary>
    public static PyBaseExceptionObject? OccurredBorrowed() => PyThreadState.Get().CurrentException;

    /// <summary>Whether the raised exception is an instance of <paramref name="type"/>
    /// (C: <c>PyErr_ExceptionMatches</c>).</summary>
    public static bool ExceptionMatches(PyTypeObject type)
    {
        PyBaseExceptionObject? exc = PyThreadState.Get().CurrentException;
        return exc is not null && exc.ObType.IsSubtype(type);
    }

    /// <summary>Whether <paramref name="err"/> (an exception or exception class) matches <paramref name="exc"/>, an
    /// exception class or a tuple of them, searched depth first (C: <c>PyErr_GivenExceptionMatches</c>). Classes are
    /// compared by their MROs, never through <c>__subclasscheck__</c>; anything else matches only itself.</summary>
    public static bool GivenExceptionMatches(PyObject err, PyObject exc)
    {
        if (exc is PyTupleObject tuple)
        {
            foreach (PyObject item in tuple.ItemsBorrowed)
            {
                if (GivenExceptionMatches(err, item))
                {
                    return true;
                }
            }
            return false;
        }
        PyObject errClass = err is PyBaseExceptionObject ? err.ObType : err;
        if (IsExceptionClass(errClass) && IsExceptionClass(exc))
        {
            return ((PyTypeObject)errClass).IsSubtype((PyTypeObject)exc);
        }
        return errClass == exc;
    }

    /// <summary>Whether <paramref name="o"/> is BaseException or one of its subclasses (C: <c>PyExceptionClass_Check</c>).</summary>
    public static bool IsExceptionClass(PyObject o) =>
        o is PyTypeObject t && (t.TpFlags & TypeFlags.BaseExcSubclass) != 0;

    /// <summary>Removes and returns the raised exception (C: <c>PyErr_GetRaisedException</c>). The caller owns it.</summary>
    public static PyBaseExceptionObject? GetRaisedException()
    {
        PyThreadState tstate = PyThreadState.Get();
        PyBaseExceptionObject? exc = tstate.CurrentException;
        tstate.CurrentException = null;
        return exc;
    }

    /// <summary>Clears the error indicator (C: <c>PyErr_Clear</c>).</summary>
    public static void Clear()
    {
        PyThreadState tstate = PyThreadState.Get();
        PyBaseExceptionObject? exc = tstate.CurrentException;
        if (exc is not null)
        {
            tstate.CurrentException = null;
            exc.DecRef();
        }
    }

    /// <summary>Clears the error if it matches <paramref name="type"/> and reports whether it did.</summary>
    public static bool ClearIfMatches(PyTypeObject type)
    {
        if (!ExceptionMatches(type))
        {
            return false;
        }
        Clear();
        return true;
    }

    #region recursion-guard
    /// <summary>Guards native recursion (C: <c>Py_EnterRecursiveCall</c>): repr, comparison and hashing of nested
    /// data recurse through .NET frames. Returns true, with RecursionError raised, when the .NET stack is
    /// nearly exhausted or the depth passes the interpreter's recursion limit — never a host stack overflow.</summary>
    public static bool EnterRecursiveCall(string where)
    {
        PyThreadState tstate = PyThreadState.Get();
        if (++tstate.CRecursionDepth > tstate.Interp.RecursionLimit + CRecursionHeadroom
            || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            tstate.CRecursionDepth--;
            SetString(PyExc.RecursionError, "maximum recursion depth exceeded" + where);
            return true;
        }
        return false;
    }

    /// <summary>Leaves a guarded call (C: <c>Py_LeaveRecursiveCall</c>).</summary>
    public static void LeaveRecursiveCall() => PyThreadState.Get().CRecursionDepth--;
    #endregion

    /// <summary>Native recursion may go this much deeper than the Python recursion limit, as CPython's C stack
    /// allows deeper native nesting than Python frames.</summary>
    private const int CRecursionHeadroom = 9000;

    /// <summary>Reports an exception that cannot be raised — in a finalizer, a weakref callback, a deallocator
    /// (C: <c>PyErr_FormatUnraisable</c>). Consumes the error indicator.</summary>
    public static void WriteUnraisable(string? message, PyObject? obj)
    {
        PyThreadState tstate = PyThreadState.Get();
        PyBaseExceptionObject? exc = GetRaisedException();
        if (exc is null)
        {
            return;
        }
        PyInterpreterState interp = tstate.Interp;
        if (interp.UnraisableHook is { } hook)
        {
            hook(interp, message, obj, exc);
        }
        else
        {
            DefaultUnraisableHook(interp, message, obj, exc);
        }
        exc.DecRef();
    }

    private static void DefaultUnraisableHook(PyInterpreterState interp, string? message, PyObject? obj, PyBaseExceptionObject exc)
    {
        TextWriter err = interp.Stderr;
        string objRepr = obj is null ? "" : (PyObject.ReprToString(obj) ?? "<object repr() failed>");
        Clear();
        err.WriteLine(message is null ? $"Exception ignored in: {objRepr}" : $"{message}{(obj is null ? "" : " " + objRepr)}:");
        // C: write_unraisable_exc_file — no traceback lines in this stage (no frames), then the type's
        // module-qualified name, ": " and str(exc), even when that is empty.
        string? text = PyObject.StrToString(exc);
        if (text is null)
        {
            Clear();
            text = "<exception str() failed>";
        }
        err.WriteLine($"{UnraisableTypeName(exc.ObType)}: {text}");
        err.Flush();
    }

    /// <summary>The exception type as write_unraisable_exc_file prints it: "module.qualname", without builtins or
    /// __main__, and "&lt;unknown&gt;" in place of a module that is missing or not a str.</summary>
    private static string UnraisableTypeName(PyTypeObject type)
    {
        string qualname = type.QualNameString;
        PyObject? module = PyObject.GetAttr(type, PyIds.__module__);
        if (module is not PyUnicodeObject m)
        {
            module?.DecRef();
            Clear();
            return "<unknown>" + qualname;
        }
        string name = m.Value;
        module.DecRef();
        return name is "builtins" or "__main__" ? qualname : $"{name}.{qualname}";
    }

    /// <summary>Creates the exception instance for <see cref="SetObject"/> (C: <c>_PyErr_CreateException</c>).</summary>
    private static PyBaseExceptionObject? CreateException(PyTypeObject type, PyObject? value)
    {
        if (value is PyBaseExceptionObject given && given.ObType.IsSubtype(type))
        {
            given.IncRef();
            return given;
        }
        PyObject? made;
        if (value is null || value == Py.None)
        {
            made = PyObject.CallNoArgs(type);
        }
        else if (value is PyTupleObject tuple)
        {
            made = PyObject.Call(type, tuple, null);
        }
        else
        {
            made = PyObject.CallOneArg(type, value);
        }
        if (made is null)
        {
            return null;
        }
        if (made is not PyBaseExceptionObject exc)
        {
            string name = made.ObType.Name;
            made.DecRef();
            string typeRepr = PyObject.ReprToString(type) ?? type.Name;
            SetString(PyExc.TypeError,
                $"calling {typeRepr} should have returned an instance of BaseException, not {name}");
            return null;
        }
        return exc;
    }

    /// <summary>Gives a newly raised exception the handled one as its context, breaking any cycle that would
    /// result (C: the context logic in <c>_PyErr_SetObject</c>).</summary>
    private static void ChainContext(PyThreadState tstate, PyBaseExceptionObject exc)
    {
        if (tstate.HandledException is not PyBaseExceptionObject handled || handled == exc)
        {
            return;
        }
        // Cut the chain where it would lead back to exc (Floyd's cycle guard, as CPython).
        PyBaseExceptionObject o = handled, slow = handled;
        bool slowUpdate = false;
        while (o.Context is PyBaseExceptionObject context)
        {
            if (context == exc)
            {
                o.SetContext(null);
                break;
            }
            o = context;
            if (o == slow)
            {
                break; // a pre-existing cycle
            }
            if (slowUpdate)
            {
                slow = (PyBaseExceptionObject)slow.Context!;
            }
            slowUpdate = !slowUpdate;
        }
        handled.IncRef();
        exc.SetContext(handled);
    }

    private static void SetRaised(PyThreadState tstate, PyBaseExceptionObject stolenExc)
    {
        PyBaseExceptionObject? old = tstate.CurrentException;
        tstate.CurrentException = stolenExc;
        old?.DecRef();
    }
}
