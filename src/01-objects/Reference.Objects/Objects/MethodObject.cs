// Objects/methodobject.c: built-in functions and methods (builtin_function_or_method).
//
// A built-in function is a PyMethodDef plus the object it is bound to: `[].append` binds append's
// definition to that list; a module function binds to its module; a class method to its class.
namespace Reference.Objects;

/// <summary>A built-in function or bound built-in method (C: <c>PyCFunctionObject</c>).</summary>
public sealed class PyCFunctionObject : PyObject
{
    /// <summary>The fast call, declared before the type that uses it (static fields initialize in order).</summary>
    private static readonly VectorcallFunc s_vectorcall = static (f, args, kwnames) => ((PyCFunctionObject)f).Vectorcall(args, kwnames);

    /// <summary>builtin_function_or_method.</summary>
    public static readonly PyTypeObject Type = new("builtin_function_or_method", null, TypeFlags.HaveGc | TypeFlags.DisallowInstantiation)
    {
        TpCall = static (f, args, kwargs) => CallViaVectorcall(f, s_vectorcall, args.ItemsBorrowed, kwargs),
        TpInstanceVectorcall = s_vectorcall,
        TpRepr = CFunctionRepr,
        TpRichCompare = CFunctionRichCompare,
        TpHash = static f =>
        {
            var fn = (PyCFunctionObject)f;
            long h = fn._self is null ? 0 : HashPointer(fn._self);
            h ^= fn.Def.Name.GetHashCode(StringComparison.Ordinal);
            return h == -1 ? -2 : h;
        },
        TpGetAttro = GenericGetAttrFunc,
        TpGetSet =
        [
            new("__name__", static f => PyUnicodeObject.FromString(((PyCFunctionObject)f).Def.Name)),
            new("__qualname__", static f => PyUnicodeObject.FromString(((PyCFunctionObject)f).QualName)),
            new("__self__", static f => Py.NewRef(((PyCFunctionObject)f)._self ?? Py.None)),
            new("__doc__", static f => ((PyCFunctionObject)f).Def.Doc is { } d ? PyUnicodeObject.FromString(d) : Py.ReturnNone),
            new("__module__", static f => Py.NewRef(((PyCFunctionObject)f)._module ?? Py.None), static (f, v) =>
            {
                Py.SetRef(ref ((PyCFunctionObject)f)._module, Py.XNewRef(v));
                return 0;
            }),
            new("__text_signature__", static _ => Py.ReturnNone),
        ],
    };

    private PyObject? _self;
    private PyObject? _module;
    private readonly PyTypeObject? _owner;

    private PyCFunctionObject(PyMethodDef def, PyObject? self, PyTypeObject? owner)
        : base(Type)
    {
        Def = def;
        _self = Py.XNewRef(self);
        _owner = owner;
    }

    private PyCFunctionObject(PyMethodDef def, PyObject? self, PyTypeObject? owner, ImmortalTag tag)
        : base(Type, tag)
    {
        Def = def;
        _self = self;
        _owner = owner;
    }

    /// <summary>The definition being called.</summary>
    public PyMethodDef Def { get; }

    /// <summary>The bound object, borrowed (C: <c>m_self</c>).</summary>
    public PyObject? SelfBorrowed => _self;

    /// <summary>A built-in method bound to <paramref name="self"/> (C: <c>PyCMethod_New</c>).</summary>
    public static PyCFunctionObject New(PyMethodDef def, PyObject? self, PyTypeObject? owner = null) => new(def, self, owner);

    /// <summary>A module-level built-in function (C: <c>PyCFunction_NewEx</c> with a module).</summary>
    public static PyCFunctionObject NewForModule(PyMethodDef def, PyObject module, PyObject? moduleName)
    {
        var f = new PyCFunctionObject(def, module, null);
        f._module = Py.XNewRef(moduleName);
        return f;
    }

    /// <summary>An immortal built-in function for a static type's dict (its static methods).</summary>
    internal static PyCFunctionObject NewImmortal(PyMethodDef def, PyObject? self, PyTypeObject? owner) =>
        new(def, self, owner, default(ImmortalTag));

    /// <summary>The <c>__new__</c> of a static type (C: <c>tp_new_wrapper</c>): <c>int.__new__(int, 5)</c>.</summary>
    internal static PyCFunctionObject TpNewWrapper(PyTypeObject type) =>
        NewImmortal(PyMethodDef.Keywords("__new__", TpNewWrapperImpl), type, null);

    /// <summary>Whether this is a static type's <c>__new__</c> (C: <c>PyCFunction_GET_FUNCTION(f) == tp_new_wrapper</c>).</summary>
    internal bool IsTpNewWrapper => Def.Meth is PyCFunctionWithKeywords k && k == (PyCFunctionWithKeywords)TpNewWrapperImpl;

    /// <summary>Calls a type's tp_new after CPython's checks on the subtype argument.</summary>
    private static PyObject? TpNewWrapperImpl(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        var type = (PyTypeObject)self;
        if (args.Count < 1)
        {
            return PyErr.SetString(PyExc.TypeError, $"{type.Name}.__new__(): not enough arguments");
        }
        if (args[0] is not PyTypeObject subtype)
        {
            return PyErr.SetString(PyExc.TypeError,
                $"{type.Name}.__new__(X): X is not a type object ({args[0].ObType.Name})");
        }
        if (!subtype.IsSubtype(type))
        {
            return PyErr.SetString(PyExc.TypeError,
                $"{type.Name}.__new__({subtype.Name}): {subtype.Name} is not a subtype of {type.Name}");
        }
        // The most derived static base must be this type, or object.__new__ could build a list.
        PyTypeObject staticBase = subtype;
        while (staticBase.TpNew == (NewFunc)SlotFunctions.SlotTpNew)
        {
            staticBase = staticBase.TpBase!;
        }
        if (staticBase.TpNew != type.TpNew)
        {
            return PyErr.SetString(PyExc.TypeError,
                $"{type.Name}.__new__({subtype.Name}) is not safe, use {staticBase.Name}.__new__()");
        }
        PyTupleObject rest = PyTupleObject.FromSpan(args.ItemsBorrowed[1..]);
        PyObject? result = type.TpNew!(subtype, rest, kwargs);
        rest.DecRef();
        return result;
    }

    /// <summary>"list.append", "int.__new__", or just the name for a module function.</summary>
    internal string QualName => _self switch
    {
        PyTypeObject t when (Def.Flags & MethFlags.Class) != 0 || Def.Name == "__new__" => $"{t.QualNameString}.{Def.Name}",
        null or PyModuleObjectBase => Def.Name,
        _ => _owner is not null ? $"{_owner.QualNameString}.{Def.Name}" : $"{_self.ObType.QualNameString}.{Def.Name}",
    };

    private PyObject? Vectorcall(ReadOnlySpan<PyObject> args, PyTupleObject? kwnames) =>
        Def.Invoke(_self ?? Py.None, args, kwnames, QualName);

    private static PyObject? CFunctionRepr(PyObject f)
    {
        var fn = (PyCFunctionObject)f;
        if (fn._self is null or PyModuleObjectBase)
        {
            return PyUnicodeObject.FromString($"<built-in function {fn.Def.Name}>");
        }
        return PyUnicodeObject.FromString(
            $"<built-in method {fn.Def.Name} of {fn._self.ObType.Name} object at 0x{fn._self.Id:x}>");
    }

    private static PyObject? CFunctionRichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyCFunctionObject x || b is not PyCFunctionObject y || (op != CompareOp.Eq && op != CompareOp.Ne))
        {
            return Py.ReturnNotImplemented;
        }
        bool eq = x.Def == y.Def && x._self == y._self;
        return Py.Bool(op == CompareOp.Eq ? eq : !eq);
    }

    protected internal override void DeallocContents()
    {
        Py.Clear(ref _self);
        Py.Clear(ref _module);
    }

    protected internal override int TraverseContents(VisitProc visit, object? arg)
    {
        int r = _self is null ? 0 : visit(_self, arg);
        return r != 0 || _module is null ? r : visit(_module, arg);
    }
}

/// <summary>The seam for module objects, which stage 2 defines: a built-in function bound to a module prints as a
/// function, not a method.</summary>
public abstract class PyModuleObjectBase : PyObject
{
    /// <summary>Creates a module object of a (module) type.</summary>
    protected PyModuleObjectBase(PyTypeObject type)
        : base(type)
    {
    }
}
