// Objects/call.c: calling objects.
//
// Two protocols, as in CPython. The old one, tp_call, takes a tuple and a dict. The fast one,
// vectorcall, takes the arguments where they already are — a span over the caller's stack, with
// keyword names in a tuple — so that most calls allocate nothing. Every call goes through
// Vectorcall; objects without a fast path fall back to tp_call with a tuple built for them.
namespace Reference.Objects;

public partial class PyObject
{
    #region vectorcall
    /// <summary>callable(*args) (C: <c>PyObject_Vectorcall</c>). <paramref name="args"/> holds the positional
    /// arguments then the values of the keywords named in <paramref name="kwnames"/>; all borrowed.</summary>
    public static PyObject? Vectorcall(PyObject callable, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames)
    {
        VectorcallFunc? vc = callable.ObType.TpInstanceVectorcall;
        if (vc is null)
        {
            return MakeTpCall(callable, args, kwnames);
        }
        return CheckFunctionResult(callable, vc(callable, args, kwnames));
    }
    #endregion

    /// <summary>Calls tp_call with a tuple and dict built from vectorcall arguments (C: <c>_PyObject_MakeTpCall</c>).</summary>
    private static PyObject? MakeTpCall(PyObject callable, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames)
    {
        CallFunc? call = callable.ObType.TpCall;
        if (call is null)
        {
            return PyErr.SetString(PyExc.TypeError, $"'{callable.ObType.Name}' object is not callable");
        }
        int nkw = kwnames?.Count ?? 0;
        PyTupleObject tuple = PyTupleObject.FromSpan(args[..(args.Length - nkw)]);
        PyDictObject? kwargs = nkw == 0 ? null : PyDictObject.FromKwnames(args[(args.Length - nkw)..], kwnames!);
        PyObject? result = null;
        if (!PyErr.EnterRecursiveCall(" while calling a Python object"))
        {
            result = call(callable, tuple, kwargs);
            PyErr.LeaveRecursiveCall();
        }
        tuple.DecRef();
        kwargs?.DecRef();
        return CheckFunctionResult(callable, result);
    }

    /// <summary>Checks the calling convention held (C: <c>_Py_CheckFunctionResult</c>): null must come with an error,
    /// a result must come without one. A broken built-in shows as SystemError, never as silent corruption.</summary>
    private static PyObject? CheckFunctionResult(PyObject callable, PyObject? result)
    {
        PyThreadState tstate = PyThreadState.Get();
        if (result is null)
        {
            if (tstate.CurrentException is null)
            {
                PyErr.SetString(PyExc.SystemError, $"<{callable.ObType.Name} object> returned NULL without setting an exception");
            }
            return null;
        }
        if (tstate.CurrentException is not null)
        {
            result.DecRef();
            PyBaseExceptionObject? cause = PyErr.GetRaisedException();
            PyErr.SetString(PyExc.SystemError, $"<{callable.ObType.Name} object> returned a result with an exception set");
            if (PyErr.OccurredBorrowed() is { } sys)
            {
                sys.SetCause(cause);
            }
            return null;
        }
        return result;
    }

    /// <summary>callable(*args, **kwargs) (C: <c>PyObject_Call</c>).</summary>
    public static PyObject? Call(PyObject callable, PyTupleObject args, PyDictObject? kwargs)
    {
        VectorcallFunc? vc = callable.ObType.TpInstanceVectorcall;
        if (vc is not null && (kwargs is null || kwargs.Count == 0))
        {
            return CheckFunctionResult(callable, vc(callable, args.ItemsBorrowed, null));
        }
        CallFunc? call = callable.ObType.TpCall;
        if (call is null)
        {
            return PyErr.SetString(PyExc.TypeError, $"'{callable.ObType.Name}' object is not callable");
        }
        if (PyErr.EnterRecursiveCall(" while calling a Python object"))
        {
            return null;
        }
        PyObject? result = call(callable, args, kwargs);
        PyErr.LeaveRecursiveCall();
        return CheckFunctionResult(callable, result);
    }

    /// <summary>callable() (C: <c>PyObject_CallNoArgs</c>).</summary>
    public static PyObject? CallNoArgs(PyObject callable) => Vectorcall(callable, [], null);

    /// <summary>callable(arg) (C: <c>PyObject_CallOneArg</c>).</summary>
    public static PyObject? CallOneArg(PyObject callable, PyObject arg) => Vectorcall(callable, [arg], null);

    /// <summary>callable(a, b).</summary>
    public static PyObject? CallTwoArgs(PyObject callable, PyObject a, PyObject b) => Vectorcall(callable, [a, b], null);

    /// <summary>Implements tp_call for a type whose fast path is vectorcall: converts the tuple and dict into a
    /// span and keyword names (C: <c>PyVectorcall_Call</c>).</summary>
    public static PyObject? CallViaVectorcall(PyObject callable, VectorcallFunc vc, ReadOnlySpan<PyObject> positional, PyDictObject? kwargs)
    {
        if (kwargs is null || kwargs.Count == 0)
        {
            return vc(callable, positional, null);
        }
        var all = new PyObject[positional.Length + kwargs.Count];
        positional.CopyTo(all);
        var names = new PyObject[kwargs.Count];
        long pos = 0;
        int i = 0;
        while (kwargs.Next(ref pos, out PyObject? key, out PyObject? value))
        {
            if (key is not PyUnicodeObject)
            {
                return PyErr.SetString(PyExc.TypeError, "keywords must be strings");
            }
            names[i] = key.NewRef();
            all[positional.Length + i] = value!;
            i++;
        }
        PyTupleObject kwnames = PyTupleObject.FromArraySteal(names);
        PyObject? result = vc(callable, all, kwnames);
        kwnames.DecRef();
        return result;
    }

    #region call-method
    /// <summary>obj.name(*args) (C: <c>PyObject_VectorcallMethod</c>). A method found on the type is called with
    /// obj as its first argument, without creating a bound method (C: <c>_PyObject_GetMethod</c>).</summary>
    public static PyObject? CallMethod(PyObject obj, PyUnicodeObject name, params ReadOnlySpan<PyObject> args)
    {
        PyObject? method = GetMethod(obj, name, out bool unbound);
        if (method is null)
        {
            return null;
        }
        PyObject? result;
        if (unbound)
        {
            var all = new PyObject[args.Length + 1];
            all[0] = obj;
            args.CopyTo(all.AsSpan(1));
            result = Vectorcall(method, all, null);
        }
        else
        {
            result = Vectorcall(method, args, null);
        }
        method.DecRef();
        return result;
    }
    #endregion

    /// <summary>obj.name(*args) for a C# name.</summary>
    public static PyObject? CallMethod(PyObject obj, string name, params ReadOnlySpan<PyObject> args) =>
        CallMethod(obj, PyUnicodeObject.InternStatic(name), args);

    /// <summary>Looks up a method for calling (C: <c>_PyObject_GetMethod</c>): when the attribute is a method
    /// descriptor on the type, not shadowed by the instance, it is returned unbound and
    /// <paramref name="unbound"/> is set, so the caller passes obj itself as the first argument.</summary>
    public static PyObject? GetMethod(PyObject obj, PyUnicodeObject name, out bool unbound)
    {
        unbound = false;
        PyTypeObject tp = obj.ObType;
        if (tp.TpGetAttro != GenericGetAttrFunc)
        {
            return GetAttr(obj, name);
        }
        PyObject? descr = tp.Lookup(name);
        if (descr is not null && (descr.ObType.TpFlags & TypeFlags.MethodDescriptor) != 0
            && (obj.Managed?.Dict is not { } dict || dict.GetItemStrBorrowed(name) is null))
        {
            unbound = true;
            return descr.NewRef();
        }
        return GetAttr(obj, name);
    }

    /// <summary>Calls a method found on a type with self prepended, as CPython's <c>vectorcall_unbound</c> does
    /// (used for <c>__missing__</c> and other special-method lookups).</summary>
    public static PyObject? CallMethodDescriptor(PyObject descr, PyObject self, params ReadOnlySpan<PyObject> args)
    {
        var all = new PyObject[args.Length + 1];
        all[0] = self;
        args.CopyTo(all.AsSpan(1));
        if ((descr.ObType.TpFlags & TypeFlags.MethodDescriptor) != 0)
        {
            return Vectorcall(descr, all, null);
        }
        PyObject? bound = BindDescriptor(descr, self);
        if (bound is null)
        {
            return null;
        }
        PyObject? result = Vectorcall(bound, args, null);
        bound.DecRef();
        return result;
    }

    /// <summary>descr.__get__(self, type(self)), or descr itself when it is no descriptor.</summary>
    internal static PyObject? BindDescriptor(PyObject descr, PyObject self)
    {
        DescrGetFunc? get = descr.ObType.TpDescrGet;
        return get is null ? descr.NewRef() : get(descr, self, self.ObType);
    }
}
