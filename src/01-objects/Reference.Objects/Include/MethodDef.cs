// Include/methodobject.h and Include/descrobject.h: how built-in types declare their methods and
// attributes.
//
// A built-in type lists its methods as PyMethodDef entries. The calling convention is part of the
// entry (METH_NOARGS, METH_O, METH_FASTCALL, ...), so that `[].append(x)` reaches the C# code with
// no tuple built for its arguments. PyType_Ready turns each entry into a descriptor in the type's
// dictionary: a method descriptor, a class method descriptor or a static method.
namespace Reference.Objects;

/// <summary>C: <c>PyCFunction</c> for METH_NOARGS (arg is null) and METH_O (arg is the one argument).</summary>
public delegate PyObject? PyCFunction(PyObject self, PyObject? arg);

/// <summary>C: <c>PyCFunctionFast</c> for METH_FASTCALL: positional arguments only, borrowed.</summary>
public delegate PyObject? PyCFunctionFast(PyObject self, ReadOnlySpan<PyObject> args);

/// <summary>C: <c>PyCFunctionFastWithKeywords</c> for METH_FASTCALL | METH_KEYWORDS: positional arguments
/// then the keyword values named by <paramref name="kwnames"/>, as in vectorcall.</summary>
public delegate PyObject? PyCFunctionFastWithKeywords(PyObject self, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames);

/// <summary>C: <c>PyCFunctionWithKeywords</c> for METH_VARARGS | METH_KEYWORDS (and METH_VARARGS, kwargs null).</summary>
public delegate PyObject? PyCFunctionWithKeywords(PyObject self, PyTupleObject args, PyDictObject? kwargs);

/// <summary>C: <c>getter</c>.</summary>
public delegate PyObject? Getter(PyObject self);

/// <summary>C: <c>setter</c>; a null value deletes.</summary>
public delegate int Setter(PyObject self, PyObject? value);

/// <summary>Method calling conventions and binding flags (C: <c>METH_*</c>).</summary>
[Flags]
public enum MethFlags
{
    /// <summary>Arguments as a tuple.</summary>
    VarArgs = 0x0001,
    /// <summary>With VarArgs or FastCall: keyword arguments too.</summary>
    Keywords = 0x0002,
    /// <summary>No arguments.</summary>
    NoArgs = 0x0004,
    /// <summary>Exactly one positional argument.</summary>
    O = 0x0008,
    /// <summary>Bound to the type, not the instance (a classmethod).</summary>
    Class = 0x0010,
    /// <summary>Not bound at all (a staticmethod).</summary>
    Static = 0x0020,
    /// <summary>Replaces a slot wrapper of the same name.</summary>
    Coexist = 0x0040,
    /// <summary>Positional arguments as a span.</summary>
    FastCall = 0x0080,
}

/// <summary>One method of a built-in type or module (C: <c>PyMethodDef</c>).</summary>
public sealed class PyMethodDef
{
    private PyMethodDef(string name, MethFlags flags, Delegate meth, string? doc)
    {
        Name = name;
        Flags = flags;
        Meth = meth;
        Doc = doc;
    }

    /// <summary>The method's name.</summary>
    public string Name { get; }

    /// <summary>Its calling convention and binding.</summary>
    public MethFlags Flags { get; }

    /// <summary>The implementation; its delegate type matches the calling convention.</summary>
    public Delegate Meth { get; }

    /// <summary>The docstring, or null.</summary>
    public string? Doc { get; }

    /// <summary>A method taking no arguments (METH_NOARGS).</summary>
    public static PyMethodDef NoArgs(string name, PyCFunction meth, string? doc = null) => new(name, MethFlags.NoArgs, meth, doc);

    /// <summary>A method taking exactly one argument (METH_O).</summary>
    public static PyMethodDef O(string name, PyCFunction meth, string? doc = null) => new(name, MethFlags.O, meth, doc);

    /// <summary>A method taking positional arguments as a span (METH_FASTCALL).</summary>
    public static PyMethodDef Fast(string name, PyCFunctionFast meth, string? doc = null) => new(name, MethFlags.FastCall, meth, doc);

    /// <summary>A method taking positional and keyword arguments as in vectorcall (METH_FASTCALL | METH_KEYWORDS).</summary>
    public static PyMethodDef FastKeywords(string name, PyCFunctionFastWithKeywords meth, string? doc = null) =>
        new(name, MethFlags.FastCall | MethFlags.Keywords, meth, doc);

    /// <summary>A method taking an argument tuple and keyword dict (METH_VARARGS | METH_KEYWORDS).</summary>
    public static PyMethodDef Keywords(string name, PyCFunctionWithKeywords meth, string? doc = null) =>
        new(name, MethFlags.VarArgs | MethFlags.Keywords, meth, doc);

    /// <summary>This method bound to the type (METH_CLASS).</summary>
    public PyMethodDef AsClassMethod() => new(Name, Flags | MethFlags.Class, Meth, Doc);

    /// <summary>This method unbound (METH_STATIC).</summary>
    public PyMethodDef AsStaticMethod() => new(Name, Flags | MethFlags.Static, Meth, Doc);

    /// <summary>This method taking precedence over a slot wrapper of the same name (METH_COEXIST).</summary>
    public PyMethodDef AsCoexist() => new(Name, Flags | MethFlags.Coexist, Meth, Doc);

    /// <summary>Calls the implementation with the calling convention unpacked (C: the dispatch in
    /// <c>methodobject.c</c>'s vectorcall functions). <paramref name="displayName"/> names the callable in
    /// argument-count errors, e.g. <c>list.append</c>.</summary>
    public PyObject? Invoke(PyObject self, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames, string displayName)
    {
        int nkw = kwnames?.Count ?? 0;
        switch (Flags & ~(MethFlags.Class | MethFlags.Static | MethFlags.Coexist))
        {
            case MethFlags.NoArgs:
                if (nkw != 0)
                {
                    return PyErr.SetString(PyExc.TypeError, $"{displayName}() takes no keyword arguments");
                }
                if (args.Length != 0)
                {
                    return PyErr.SetString(PyExc.TypeError, $"{displayName}() takes no arguments ({args.Length} given)");
                }
                return ((PyCFunction)Meth)(self, null);
            case MethFlags.O:
                if (nkw != 0)
                {
                    return PyErr.SetString(PyExc.TypeError, $"{displayName}() takes no keyword arguments");
                }
                if (args.Length != 1)
                {
                    return PyErr.SetString(PyExc.TypeError,
                        $"{displayName}() takes exactly one argument ({args.Length} given)");
                }
                return ((PyCFunction)Meth)(self, args[0]);
            case MethFlags.FastCall:
                if (nkw != 0)
                {
                    return PyErr.SetString(PyExc.TypeError, $"{displayName}() takes no keyword arguments");
                }
                return ((PyCFunctionFast)Meth)(self, args);
            case MethFlags.FastCall | MethFlags.Keywords:
                return ((PyCFunctionFastWithKeywords)Meth)(self, args, kwnames);
            default:
                return InvokeVarargs(self, args, kwnames, displayName);
        }
    }

    private PyObject? InvokeVarargs(PyObject self, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames, string displayName)
    {
        int nkw = kwnames?.Count ?? 0;
        if (nkw != 0 && (Flags & MethFlags.Keywords) == 0)
        {
            return PyErr.SetString(PyExc.TypeError, $"{displayName}() takes no keyword arguments");
        }
        PyTupleObject tuple = PyTupleObject.FromSpan(args[..(args.Length - nkw)]);
        PyDictObject? kwargs = nkw == 0 ? null : PyDictObject.FromKwnames(args[(args.Length - nkw)..], kwnames!);
        PyObject? result = ((PyCFunctionWithKeywords)Meth)(self, tuple, kwargs);
        tuple.DecRef();
        kwargs?.DecRef();
        return result;
    }
}

/// <summary>One computed attribute of a built-in type (C: <c>PyGetSetDef</c>).</summary>
public sealed record PyGetSetDef(string Name, Getter? Get, Setter? Set = null, string? Doc = null);
