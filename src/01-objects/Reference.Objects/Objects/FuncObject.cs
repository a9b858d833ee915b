// Objects/funcobject.c: staticmethod and classmethod — descriptors that change how a function binds.
//
// A function in a class binds to the instance (it becomes a method). staticmethod(f) binds to
// nothing: C.f and C().f are both f. classmethod(f) binds to the class: C().f() calls f(C).
// (Functions themselves belong to the evaluator, chapter 2; these wrappers work for any callable.)
namespace Reference.Objects;

/// <summary>staticmethod (C: <c>staticmethod</c> in funcobject.c).</summary>
public sealed class PyStaticMethodObject : PyObject
{
    /// <summary>The type (C: <c>PyStaticMethod_Type</c>).</summary>
    public static readonly PyTypeObject Type = new("staticmethod", null, TypeFlags.BaseType | TypeFlags.HaveGc)
    {
        TpDoc = "Convert a function to be a static method.\n\nA static method does not receive an implicit first argument.\nTo declare a static method, use this idiom:\n\n     class C:\n         @staticmethod\n         def f(arg1, arg2, argN):\n             ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()). Both the class and the instance are ignored, and\nneither is passed implicitly as the first argument to the method.\n\nStatic methods in Python are similar to those found in Java or C++.\nFor a more advanced concept, see the classmethod builtin.",
        TpAlloc = static t => new PyStaticMethodObject(t),
        TpNew = static (t, _, _) => t.TpAlloc!(t),
        TpInit = static (self, args, kwargs) => WrapperInit((PyStaticMethodObject)self, args, kwargs, "staticmethod"),
        TpDescrGet = static (self, _, _) => Py.NewRef(((PyStaticMethodObject)self).Callable!),
        TpCall = static (self, args, kwargs) => Call(((PyStaticMethodObject)self).Callable!, args, kwargs),
        TpRepr = static self => WrapperRepr("staticmethod", ((PyStaticMethodObject)self).Callable),
        TpGetAttro = GenericGetAttrFunc,
        TpSetAttro = GenericSetAttrFunc,
        TpGetSet = WrapperGetSets(static o => ((PyStaticMethodObject)o).Callable),
        InstancesHaveDict = true,
    };

    /// <summary>The wrapped callable (C: <c>sm_callable</c>).</summary>
    internal PyObject? Callable;

    private PyStaticMethodObject(PyTypeObject type)
        : base(type)
    {
    }

    private PyStaticMethodObject(PyObject callable, ImmortalTag tag)
        : base(Type, tag) => Callable = callable;

    /// <summary>staticmethod(callable) (C: <c>PyStaticMethod_New</c>).</summary>
    public static PyObject New(PyObject callable)
    {
        var sm = new PyStaticMethodObject(Type);
        sm.Callable = callable.NewRef();
        return sm;
    }

    /// <summary>An immortal staticmethod around an immortal callable, for a static type's dict.</summary>
    internal static PyObject NewImmortal(PyObject callable) => new PyStaticMethodObject(callable, default(ImmortalTag));

    internal static int WrapperInit(PyObject self, PyTupleObject args, PyDictObject? kwargs, string name)
    {
        if (!GetArgs.NoKeywords(name, kwargs) || !GetArgs.CheckPositional(name, args.Count, 1, 1))
        {
            return -1;
        }
        ref PyObject? field = ref self is PyStaticMethodObject s ? ref s.Callable : ref ((PyClassMethodObject)self).Callable;
        Py.SetRef(ref field, args[0].NewRef());
        // Copy __name__, __doc__ ... from the wrapped function, as functools.update_wrapper does (3.10+).
        foreach (string attr in (ReadOnlySpan<string>)["__module__", "__name__", "__qualname__", "__doc__"])
        {
            int found = GetOptionalAttr(args[0], PyUnicodeObject.InternStatic(attr), out PyObject? value);
            if (found < 0)
            {
                return -1;
            }
            if (value is not null)
            {
                int r = self.GetOrCreateInstanceDict()!.SetItem(PyUnicodeObject.InternStatic(attr), value);
                value.DecRef();
                if (r < 0)
                {
                    return -1;
                }
            }
        }
        return 0;
    }

    internal static PyObject? WrapperRepr(string name, PyObject? callable)
    {
        string? inner = callable is null ? "None" : ReprToString(callable);
        return inner is null ? null : PyUnicodeObject.FromString($"<{name}({inner})>");
    }

    internal static PyGetSetDef[] WrapperGetSets(Func<PyObject, PyObject?> callable) =>
    [
        new("__func__", o => Py.NewRef(callable(o) ?? Py.None)),
        new("__wrapped__", o => Py.NewRef(callable(o) ?? Py.None)),
        new("__isabstractmethod__", o =>
        {
            PyObject? f = callable(o);
            if (f is null)
            {
                return Py.False;
            }
            int found = GetOptionalAttr(f, PyIds.__isabstractmethod__, out PyObject? v);
            if (found <= 0)
            {
                return found < 0 ? null : Py.False;
            }
            int t = IsTrue(v!);
            v!.DecRef();
            return t < 0 ? null : Py.Bool(t > 0);
        }),
        new("__dict__", o => Py.NewRef(o.GetOrCreateInstanceDict()!)),
    ];

    protected internal override void DeallocContents() => Py.Clear(ref Callable);

    protected internal override int TraverseContents(VisitProc visit, object? arg) => Callable is null ? 0 : visit(Callable, arg);

    protected internal override void ClearContents() => Py.Clear(ref Callable);
}

/// <summary>classmethod (C: <c>classmethod</c> in funcobject.c).</summary>
public sealed class PyClassMethodObject : PyObject
{
    /// <summary>The type (C: <c>PyClassMethod_Type</c>).</summary>
    public static readonly PyTypeObject Type = new("classmethod", null, TypeFlags.BaseType | TypeFlags.HaveGc)
    {
        TpDoc = "Convert a function to be a class method.\n\nA class method receives the class as implicit first argument,\njust like an instance method receives the instance.\nTo declare a class method, use this idiom:\n\n  class C:\n      @classmethod\n      def f(cls, arg1, arg2, argN):\n          ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()).  The instance is ignored except for its class.\nIf a class method is called for a derived class, the derived class\nobject is passed as the implied first argument.\n\nClass methods are different than C++ or Java static methods.\nIf you want those, see the staticmethod builtin.",
        TpAlloc = static t => new PyClassMethodObject(t),
        TpNew = static (t, _, _) => t.TpAlloc!(t),
        TpInit = static (self, args, kwargs) => PyStaticMethodObject.WrapperInit(self, args, kwargs, "classmethod"),
        TpDescrGet = ClassMethodGet,
        TpRepr = static self => PyStaticMethodObject.WrapperRepr("classmethod", ((PyClassMethodObject)self).Callable),
        TpGetAttro = GenericGetAttrFunc,
        TpSetAttro = GenericSetAttrFunc,
        TpGetSet = PyStaticMethodObject.WrapperGetSets(static o => ((PyClassMethodObject)o).Callable),
        InstancesHaveDict = true,
    };

    /// <summary>The wrapped callable (C: <c>cm_callable</c>).</summary>
    internal PyObject? Callable;

    private PyClassMethodObject(PyTypeObject type)
        : base(type)
    {
    }

    /// <summary>classmethod(callable) (C: <c>PyClassMethod_New</c>).</summary>
    public static PyObject New(PyObject callable)
    {
        var cm = new PyClassMethodObject(Type);
        cm.Callable = callable.NewRef();
        return cm;
    }

    /// <summary>Binds the callable to the class (the instance's type when accessed through an instance).</summary>
    private static PyObject? ClassMethodGet(PyObject self, PyObject? obj, PyObject? type)
    {
        PyObject callable = ((PyClassMethodObject)self).Callable!;
        type ??= obj!.ObType;
        return PyBoundMethods.Bind(callable, type);
    }

    protected internal override void DeallocContents() => Py.Clear(ref Callable);

    protected internal override int TraverseContents(VisitProc visit, object? arg) => Callable is null ? 0 : visit(Callable, arg);

    protected internal override void ClearContents() => Py.Clear(ref Callable);
}

/// <summary>The seam for bound methods (C: <c>PyMethod_New</c>, classobject.c), which chapter 2 defines with
/// functions. Until then a callable bound to an object is a built-in partial application.</summary>
public static class PyBoundMethods
{
    /// <summary>Binds <paramref name="callable"/> to <paramref name="self"/>: calling the result calls
    /// callable(self, *args).</summary>
    public static PyObject? Bind(PyObject callable, PyObject self)
    {
        PyThreadState tstate = PyThreadState.Get();
        if (tstate.Interp.MethodFactory is { } factory)
        {
            return factory(callable, self);
        }
        PyTupleObject pair = PyTupleObject.Pack(callable, self);
        PyCFunctionObject bound = PyCFunctionObject.New(s_bindDef, pair);
        pair.DecRef();
        return bound;
    }

    private static readonly PyMethodDef s_bindDef = PyMethodDef.FastKeywords("method", static (pair, args, kwnames) =>
    {
        var t = (PyTupleObject)pair;
        var all = new PyObject[args.Length + 1];
        all[0] = t[1];
        args.CopyTo(all.AsSpan(1));
        return PyObject.Vectorcall(t[0], all, kwnames);
    });
}
