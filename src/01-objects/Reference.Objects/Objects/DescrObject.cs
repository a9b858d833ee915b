// Objects/descrobject.c: the descriptors that built-in types put in their dicts.
//
// A descriptor is an object in a class dict whose type has __get__ (and maybe __set__). Attribute
// lookup hands it the instance, and it decides what `obj.name` means:
//
//   method_descriptor      list.append       binds to the instance → built-in method
//   classmethod_descriptor dict.fromkeys     binds to the class
//   getset_descriptor      int.real          computes the value (a data descriptor if settable)
//   member_descriptor      a __slots__ entry reads/writes a slot of the instance
//   wrapper_descriptor     int.__add__       a slot exposed as a method → method-wrapper when bound
namespace Reference.Objects;

/// <summary>What every descriptor here shares: its name and the type that defines it (C: <c>PyDescr_COMMON</c>).</summary>
public abstract class PyDescrObject : PyObject
{
    /// <summary>Static types' descriptors are immortal; heap types create theirs at run time, and those are
    /// counted, own a reference to their type, and take part in cycle collection (type → dict → descriptor →
    /// type is a cycle).</summary>
    private protected PyDescrObject(PyTypeObject descrType, PyTypeObject owner, string name, bool immortal)
        : base(descrType, immortal)
    {
        Owner = owner;
        Name = name;
        if (!immortal)
        {
            owner.IncRef();
        }
    }

    /// <summary>The type that defines the attribute (C: <c>d_type</c>, Python <c>__objclass__</c>).</summary>
    public PyTypeObject Owner { get; }

    /// <summary>The attribute name (C: <c>d_name</c>).</summary>
    public string Name { get; }

    /// <summary>"list.append" (C: <c>descr_get_qualname</c>).</summary>
    internal string QualName => $"{Owner.QualNameString}.{Name}";

    /// <summary>Fails unless <paramref name="obj"/> is an instance of the owner (C: <c>descr_check</c>).</summary>
    private protected bool Check(PyObject obj)
    {
        if (TypeCheck(obj, Owner))
        {
            return true;
        }
        PyErr.SetString(PyExc.TypeError,
            $"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{obj.ObType.Name}' object");
        return false;
    }

    protected internal override void DeallocContents()
    {
        if (!IsImmortal)
        {
            Owner.DecRef();
        }
    }

    protected internal override int TraverseContents(VisitProc visit, object? arg) => visit(Owner, arg);

    /// <summary>The attributes every descriptor shows.</summary>
    private protected static PyGetSetDef[] CommonGetSets(string? doc = null) =>
    [
        new("__name__", static o => PyUnicodeObject.FromString(((PyDescrObject)o).Name)),
        new("__qualname__", static o => PyUnicodeObject.FromString(((PyDescrObject)o).QualName)),
        new("__objclass__", static o => ((PyDescrObject)o).Owner.NewRef()),
        new("__doc__", static o => ((PyDescrObject)o).DocObject()),
        new("__text_signature__", static o => ((PyDescrObject)o).TextSignatureObject()),
    ];

    private protected virtual PyObject DocObject() => Py.None;

    private protected virtual PyObject TextSignatureObject() => Py.None;

    /// <summary>An internal docstring "name(sig)\n--\n\nbody" split into its body and its signature
    /// (C: <c>_PyType_GetDocFromInternalDoc</c>, <c>_PyType_GetTextSignatureFromInternalDoc</c>).</summary>
    internal static (string? Doc, string? Signature) SplitInternalDoc(string name, string? doc)
    {
        if (doc is null)
        {
            return (null, null);
        }
        const string end = "\n--\n\n";
        int marker = doc.IndexOf(end, StringComparison.Ordinal);
        if (!doc.StartsWith(name + "(", StringComparison.Ordinal) || marker < 0)
        {
            return (doc, null);
        }
        return (doc[(marker + end.Length)..], doc[name.Length..marker]);
    }
}

/// <summary>A method of a built-in type (C: <c>PyMethodDescrObject</c>, types <c>method_descriptor</c> and
/// <c>classmethod_descriptor</c>).</summary>
public sealed class PyMethodDescrObject : PyDescrObject
{
    /// <summary>The fast call, declared before the type that uses it (static fields initialize in order).</summary>
    private static readonly VectorcallFunc s_vectorcall = static (d, args, kwnames) => ((PyMethodDescrObject)d).Vectorcall(args, kwnames);

    /// <summary>method_descriptor.</summary>
    public static readonly PyTypeObject Type = new("method_descriptor", null, TypeFlags.MethodDescriptor | TypeFlags.DisallowInstantiation | TypeFlags.HaveGc)
    {
        TpDescrGet = static (d, obj, type) => ((PyMethodDescrObject)d).Get(obj),
        TpCall = static (d, args, kwargs) => CallViaVectorcall(d, s_vectorcall, args.ItemsBorrowed, kwargs),
        TpInstanceVectorcall = s_vectorcall,
        TpRepr = static d => PyUnicodeObject.FromString($"<method '{((PyDescrObject)d).Name}' of '{((PyDescrObject)d).Owner.Name}' objects>"),
        TpGetAttro = GenericGetAttrFunc,
        TpGetSet = CommonGetSets(),
    };

    /// <summary>classmethod_descriptor.</summary>
    public static readonly PyTypeObject ClassMethodType = new("classmethod_descriptor", null, TypeFlags.DisallowInstantiation | TypeFlags.HaveGc)
    {
        TpDescrGet = static (d, obj, type) => ((PyMethodDescrObject)d).GetClass(obj, type),
        TpCall = static (d, args, kwargs) => ((PyMethodDescrObject)d).CallClass(args, kwargs),
        TpRepr = static d => PyUnicodeObject.FromString($"<method '{((PyDescrObject)d).Name}' of '{((PyDescrObject)d).Owner.Name}' objects>"),
        TpGetAttro = GenericGetAttrFunc,
        TpGetSet = CommonGetSets(),
    };

    private PyMethodDescrObject(PyTypeObject descrType, PyTypeObject owner, PyMethodDef def, bool immortal)
        : base(descrType, owner, def.Name, immortal) => Def = def;

    /// <summary>The method definition.</summary>
    public PyMethodDef Def { get; }

    /// <summary>The dict entry for a method definition (C: <c>PyDescr_NewMethod</c>, <c>PyDescr_NewClassMethod</c>, or a
    /// staticmethod around a built-in function for METH_STATIC).</summary>
    internal static PyObject ForDef(PyTypeObject owner, PyMethodDef def)
    {
        bool immortal = !owner.IsHeapType;
        if ((def.Flags & MethFlags.Class) != 0)
        {
            return new PyMethodDescrObject(ClassMethodType, owner, def, immortal);
        }
        if ((def.Flags & MethFlags.Static) != 0)
        {
            return PyStaticMethodObject.NewImmortal(PyCFunctionObject.NewImmortal(def, null, owner));
        }
        return new PyMethodDescrObject(Type, owner, def, immortal);
    }

    private protected override PyObject DocObject() => Def.Doc is null ? Py.None : PyUnicodeObject.FromString(Def.Doc);

    private PyObject? Get(PyObject? obj)
    {
        if (obj is null)
        {
            return NewRef();
        }
        return Check(obj) ? PyCFunctionObject.New(Def, obj, Owner) : null;
    }

    private PyObject? GetClass(PyObject? obj, PyObject? type)
    {
        type ??= obj?.ObType;
        if (type is not PyTypeObject t)
        {
            return PyErr.SetString(PyExc.TypeError,
                $"descriptor '{Name}' for type '{Owner.Name}' needs a type, not a '{(type ?? Py.None).ObType.Name}' as arg 2");
        }
        if (!t.IsSubtype(Owner))
        {
            return PyErr.SetString(PyExc.TypeError,
                $"descriptor '{Name}' requires a subtype of '{Owner.Name}' but received '{t.Name}'");
        }
        return PyCFunctionObject.New(Def, t, Owner);
    }

    /// <summary>list.append(lst, x): the first argument is the instance (C: <c>method_vectorcall_*</c>).</summary>
    private PyObject? Vectorcall(ReadOnlySpan<PyObject> args, PyTupleObject? kwnames)
    {
        int nargs = args.Length - (kwnames?.Count ?? 0);
        if (nargs < 1)
        {
            return PyErr.SetString(PyExc.TypeError, $"unbound method {QualName}() needs an argument");
        }
        if (!Check(args[0]))
        {
            return null;
        }
        return Def.Invoke(args[0], args[1..], kwnames, QualName);
    }

    private PyObject? CallClass(PyTupleObject args, PyDictObject? kwargs)
    {
        if (args.Count < 1)
        {
            return PyErr.SetString(PyExc.TypeError,
                $"descriptor '{Name}' of '{Owner.Name}' object needs an argument");
        }
        // Bind to the class as __get__(None, cls) would, then call the bound method with the rest.
        PyObject? bound = GetClass(null, args[0]);
        if (bound is null)
        {
            return null;
        }
        PyTupleObject rest = PyTupleObject.FromSpan(args.ItemsBorrowed[1..]);
        PyObject? result = PyObject.Call(bound, rest, kwargs);
        rest.DecRef();
        bound.DecRef();
        return result;
    }
}

/// <summary>A computed attribute of a built-in type (C: <c>PyGetSetDescrObject</c>, type <c>getset_descriptor</c>).</summary>
public sealed class PyGetSetDescrObject : PyDescrObject
{
    /// <summary>getset_descriptor.</summary>
    public static readonly PyTypeObject Type = new("getset_descriptor", null, TypeFlags.DisallowInstantiation | TypeFlags.HaveGc)
    {
        TpDescrGet = static (d, obj, type) => ((PyGetSetDescrObject)d).Get(obj),
        TpDescrSet = static (d, obj, value) => ((PyGetSetDescrObject)d).Set(obj, value),
        TpRepr = static d => PyUnicodeObject.FromString($"<attribute '{((PyDescrObject)d).Name}' of '{((PyDescrObject)d).Owner.Name}' objects>"),
        TpGetAttro = GenericGetAttrFunc,
        TpGetSet = CommonGetSets(),
    };

    internal PyGetSetDescrObject(PyTypeObject owner, PyGetSetDef def)
        : base(Type, owner, def.Name, immortal: !owner.IsHeapType) => Def = def;

    /// <summary>The definition.</summary>
    public PyGetSetDef Def { get; }

    private protected override PyObject DocObject() => Def.Doc is null ? Py.None : PyUnicodeObject.FromString(Def.Doc);

    private PyObject? Get(PyObject? obj)
    {
        if (obj is null)
        {
            return NewRef();
        }
        if (!Check(obj))
        {
            return null;
        }
        if (Def.Get is null)
        {
            return PyErr.SetString(PyExc.AttributeError, $"attribute '{Name}' of '{Owner.Name}' objects is not readable");
        }
        return Def.Get(obj);
    }

    private int Set(PyObject obj, PyObject? value)
    {
        if (!Check(obj))
        {
            return -1;
        }
        if (Def.Set is null)
        {
            PyErr.SetString(PyExc.AttributeError, $"attribute '{Name}' of '{Owner.Name}' objects is not writable");
            return -1;
        }
        return Def.Set(obj, value);
    }
}

/// <summary>A <c>__slots__</c> entry (C: <c>PyMemberDescrObject</c>, type <c>member_descriptor</c>): reads and
/// writes slot <see cref="Index"/> of the instance's managed slot array.</summary>
public sealed class PyMemberDescrObject : PyDescrObject
{
    /// <summary>member_descriptor.</summary>
    public static readonly PyTypeObject Type = new("member_descriptor", null, TypeFlags.DisallowInstantiation | TypeFlags.HaveGc)
    {
        TpDescrGet = static (d, obj, type) => ((PyMemberDescrObject)d).Get(obj),
        TpDescrSet = static (d, obj, value) => ((PyMemberDescrObject)d).Set(obj, value),
        TpRepr = static d => PyUnicodeObject.FromString($"<member '{((PyDescrObject)d).Name}' of '{((PyDescrObject)d).Owner.Name}' objects>"),
        TpGetAttro = GenericGetAttrFunc,
        TpGetSet = CommonGetSets(),
    };

    internal PyMemberDescrObject(PyTypeObject owner, string name, int index)
        : base(Type, owner, name, immortal: false) => Index = index;

    /// <summary>The slot's index in <see cref="PyManagedData.Slots"/>.</summary>
    public int Index { get; }

    private PyObject? Get(PyObject? obj)
    {
        if (obj is null)
        {
            return NewRef();
        }
        if (!Check(obj))
        {
            return null;
        }
        PyObject? value = obj.Managed?.Slots?[Index];
        if (value is null)
        {
            return SetAttributeError(obj, PyUnicodeObject.Intern(Name), $"'{obj.ObType.Name}' object has no attribute '{Name}'");
        }
        return value.NewRef();
    }

    private int Set(PyObject obj, PyObject? value)
    {
        if (!Check(obj))
        {
            return -1;
        }
        PyObject?[] slots = (obj.Managed ??= new PyManagedData()).Slots ??= new PyObject?[obj.ObType.SlotCount];
        if (value is null && slots[Index] is null)
        {
            // C: member_set reports just the member's name (PyErr_SetString(PyExc_AttributeError, l->name)).
            PyErr.SetString(PyExc.AttributeError, Name);
            return -1;
        }
        Py.SetRef(ref slots[Index], Py.XNewRef(value));
        return 0;
    }
}
