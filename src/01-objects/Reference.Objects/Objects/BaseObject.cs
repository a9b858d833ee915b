// Objects/typeobject.c: object, the root of every class (PyBaseObject_Type).
//
// object's slots are the defaults every class inherits: identity equality and hashing, a repr with
// the address, generic attribute access, and a __new__/__init__ pair that reject stray arguments —
// but only when the class did not override the other one, so that a class defining __init__(self, x)
// can still be created with an argument.
namespace Reference.Objects;

/// <summary>The <c>object</c> type's behaviour (C: <c>PyBaseObject_Type</c>'s functions).</summary>
public static class PyBaseObject
{
    /// <summary>The type <c>object</c>.</summary>
    public static PyTypeObject Type => PyTypeObject.ObjectType;

    internal static void Configure(PyTypeObject t)
    {
        t.TpDoc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n";
        t.TpAlloc = static type => new PyInstanceObject(type);
        t.TpNew = ObjectNew;
        t.TpInit = ObjectInit;
        t.TpRepr = ObjectRepr;
        t.TpStr = ObjectStr;
        t.TpHash = PyObject.HashPointer;
        t.TpRichCompare = ObjectRichCompare;
        t.TpGetAttro = PyObject.GenericGetAttrFunc;
        t.TpSetAttro = PyObject.GenericSetAttrFunc;
        t.TpDealloc = PyObject.GenericDealloc;
        t.TpMethods =
        [
            PyMethodDef.NoArgs("__getstate__", GetState),
            PyMethodDef.O("__subclasshook__", static (_, _) => Py.ReturnNotImplemented).AsClassMethod(),
            // C: METH_CLASS | METH_NOARGS, so keywords get the calling convention's message.
            PyMethodDef.NoArgs("__init_subclass__", static (_, _) => Py.ReturnNone).AsClassMethod(),
            PyMethodDef.O("__format__", ObjectFormat),
            PyMethodDef.NoArgs("__sizeof__", static (_, _) => PyLongObject.FromLong(16)),
            PyMethodDef.NoArgs("__dir__", ObjectDir),
        ];
        t.TpGetSet = [new("__class__", static o => o.ObType.NewRef(), SetClass)];
    }

    #region excess-args
    private static bool ExcessArgs(PyTupleObject args, PyDictObject? kwargs) =>
        args.Count != 0 || (kwargs is not null && kwargs.Count != 0);

    private static PyObject? ObjectNew(PyTypeObject type, PyTupleObject args, PyDictObject? kwargs)
    {
        if (ExcessArgs(args, kwargs))
        {
            if (type.TpNew != (NewFunc)ObjectNew)
            {
                return PyErr.SetString(PyExc.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (type.TpInit == (InitProc)ObjectInit)
            {
                return PyErr.SetString(PyExc.TypeError, $"{type.Name}() takes no arguments");
            }
        }
        if ((type.TpFlags & TypeFlags.IsAbstract) != 0)
        {
            return AbstractInstantiationError(type);
        }
        return type.TpAlloc!(type);
    }

    private static int ObjectInit(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        PyTypeObject type = self.ObType;
        if (ExcessArgs(args, kwargs))
        {
            if (type.TpInit != (InitProc)ObjectInit)
            {
                PyErr.SetString(PyExc.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
                return -1;
            }
            if (type.TpNew == (NewFunc)ObjectNew)
            {
                PyErr.SetString(PyExc.TypeError, $"{type.Name}.__init__() takes exactly one argument (the instance to initialize)");
                return -1;
            }
        }
        return 0;
    }
    #endregion

    /// <summary>"Can't instantiate abstract class A without an implementation for abstract method 'f'"
    /// (C: the abstract-methods check in <c>object_new</c>).</summary>
    private static PyObject? AbstractInstantiationError(PyTypeObject type)
    {
        PyObject? methods = PyObject.GetAttr(type, PyIds.__abstractmethods__);
        if (methods is null)
        {
            return null;
        }
        PyListObject? sorted = PySequence.List(methods);
        methods.DecRef();
        if (sorted is null || sorted.Sort(null, false) < 0)
        {
            sorted?.DecRef();
            return null;
        }
        var names = new List<string>();
        foreach (PyObject name in sorted.ItemsBorrowed)
        {
            names.Add($"'{PyObject.StrToString(name)}'");
        }
        sorted.DecRef();
        string joined = string.Join(", ", names);
        return PyErr.SetString(PyExc.TypeError,
            $"Can't instantiate abstract class {type.Name} without an implementation for abstract method{(names.Count > 1 ? "s" : "")} {joined}");
    }

    #region object-repr
    /// <summary>"&lt;module.Name object at 0x...&gt;" (C: <c>object_repr</c>).</summary>
    private static PyObject? ObjectRepr(PyObject self)
    {
        PyTypeObject type = self.ObType;
        string? module = type.ModuleName();
        string name = type.QualNameString;
        return PyUnicodeObject.FromString(module is null or "builtins"
            ? $"<{name} object at 0x{self.Id:x}>"
            : $"<{module}.{name} object at 0x{self.Id:x}>");
    }
    #endregion

    private static PyObject? ObjectStr(PyObject self)
    {
        ReprFunc? repr = self.ObType.TpRepr;
        return repr is null ? ObjectRepr(self) : PyObject.Repr(self);
    }

    #region object-richcompare
    /// <summary>Identity for ==; != inverts __eq__ unless that declines (C: <c>object_richcompare</c>).</summary>
    private static PyObject? ObjectRichCompare(PyObject self, PyObject other, CompareOp op)
    {
        switch (op)
        {
            case CompareOp.Eq:
                return self == other ? Py.True : Py.ReturnNotImplemented;
            case CompareOp.Ne:
                RichCmpFunc? eq = self.ObType.TpRichCompare;
                if (eq is null)
                {
                    return Py.ReturnNotImplemented;
                }
                PyObject? res = eq(self, other, CompareOp.Eq);
                if (res is null || res == Py.NotImplemented)
                {
                    return res;
                }
                int ok = PyObject.IsTrue(res);
                res.DecRef();
                return ok < 0 ? null : Py.Bool(ok == 0);
            default:
                return Py.ReturnNotImplemented;
        }
    }
    #endregion

    private static PyObject? ObjectFormat(PyObject self, PyObject? spec)
    {
        if (spec is not PyUnicodeObject s)
        {
            return PyErr.SetString(PyExc.TypeError, $"__format__() argument must be str, not {spec!.ObType.Name}");
        }
        if (s.Value.Length > 0)
        {
            return PyErr.SetString(PyExc.TypeError, $"unsupported format string passed to {self.ObType.Name}.__format__");
        }
        return PyObject.Str(self);
    }

    /// <summary>object.__getstate__(): None without a dict or slots, else a copy of the dict
    /// (C: <c>object_getstate_default</c>).</summary>
    private static PyObject? GetState(PyObject self, PyObject? unused)
    {
        PyDictObject? dict = self.Managed?.Dict;
        if (self.ObType.SlotCount == 0)
        {
            return dict is { Count: > 0 } ? dict.Copy() : Py.ReturnNone;
        }
        PyDictObject slots = PyDictObject.New();
        foreach (PyObject t in self.ObType.MroBorrowed.ItemsBorrowed)
        {
            if (((PyTypeObject)t).HtSlots is { } names)
            {
                foreach (PyObject name in names.ItemsBorrowed)
                {
                    if (self.ObType.Lookup((PyUnicodeObject)name) is PyMemberDescrObject m && self.Managed?.Slots?[m.Index] is { } v)
                    {
                        slots.SetItem(name, v);
                    }
                }
            }
        }
        PyObject first = dict is { Count: > 0 } ? dict.Copy() : Py.None;
        return PyTupleObject.FromArraySteal([first, slots]);
    }

    /// <summary>object.__dir__(): the instance dict's keys and every class attribute in the MRO
    /// (C: <c>object___dir___impl</c>).</summary>
    private static PyObject? ObjectDir(PyObject self, PyObject? unused)
    {
        PyDictObject names = PyDictObject.New();
        if (self.Managed?.Dict is { } d && names.Update(d) < 0)
        {
            names.DecRef();
            return null;
        }
        ReadOnlySpan<PyObject> mro = self.ObType.MroBorrowed.ItemsBorrowed;
        for (int i = mro.Length - 1; i >= 0; i--)
        {
            if (names.Update(((PyTypeObject)mro[i]).DictBorrowed) < 0)
            {
                names.DecRef();
                return null;
            }
        }
        PyListObject? keys = PyMapping.Keys(names);
        names.DecRef();
        return keys;
    }

    #region set-class
    /// <summary>obj.__class__ = cls (C: <c>object_set_class</c>): only between heap types whose instances have the
    /// same layout.</summary>
    private static int SetClass(PyObject self, PyObject? value)
    {
        if (value is null)
        {
            PyErr.SetString(PyExc.TypeError, "can't delete __class__ attribute");
            return -1;
        }
        if (value is not PyTypeObject newType)
        {
            PyErr.SetString(PyExc.TypeError, $"__class__ must be set to a class, not '{value.ObType.Name}' object");
            return -1;
        }
        PyTypeObject oldType = self.ObType;
        if (!newType.IsHeapType || !oldType.IsHeapType)
        {
            PyErr.SetString(PyExc.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
            return -1;
        }
        if (!CompatibleForAssignment(oldType, newType))
        {
            PyErr.SetString(PyExc.TypeError,
                $"__class__ assignment: '{newType.Name}' object layout differs from '{oldType.Name}'");
            return -1;
        }
        newType.IncRef();
        self.ObType = newType;
        oldType.DecRef();
        return 0;
    }
    #endregion

    /// <summary>Whether instances of the two types have the same layout (C: <c>compatible_for_assignment</c>): walk
    /// each type down past the classes that add nothing to their base, then the two must meet, or be siblings that
    /// added the same things.</summary>
    private static bool CompatibleForAssignment(PyTypeObject oldType, PyTypeObject newType)
    {
        PyTypeObject newBase = LayoutBase(newType), oldBase = LayoutBase(oldType);
        return newBase == oldBase || (newBase.TpBase == oldBase.TpBase && SameSlotsAdded(newBase, oldBase));
    }

    private static PyTypeObject LayoutBase(PyTypeObject t)
    {
        while (t.TpBase is { } b && AddsNothing(t, b))
        {
            t = b;
        }
        return t;
    }

    private static bool AddsNothing(PyTypeObject t, PyTypeObject b) =>
        t.InstancesHaveDict == b.InstancesHaveDict && t.InstancesHaveWeakrefs == b.InstancesHaveWeakrefs
        && t.SlotCount == b.SlotCount && Equals(t.TpAlloc, b.TpAlloc) && t.IsGc == b.IsGc;

    private static bool SameSlotsAdded(PyTypeObject a, PyTypeObject b)
    {
        if (a.InstancesHaveDict != b.InstancesHaveDict || a.InstancesHaveWeakrefs != b.InstancesHaveWeakrefs
            || a.SlotCount != b.SlotCount || Equals(a.TpAlloc, b.TpAlloc) is false)
        {
            return false;
        }
        ReadOnlySpan<PyObject> x = a.HtSlots is { } sa ? sa.ItemsBorrowed : [], y = b.HtSlots is { } sb ? sb.ItemsBorrowed : [];
        if (x.Length != y.Length)
        {
            return false;
        }
        for (int i = 0; i < x.Length; i++)
        {
            if (((PyUnicodeObject)x[i]).Value != ((PyUnicodeObject)y[i]).Value)
            {
                return false;
            }
        }
        return true;
    }
}

/// <summary>An instance of a class whose solid base is <c>object</c> (C: a plain <c>PyObject</c> with a managed
/// dict): its state lives in <see cref="PyObject.Managed"/>.</summary>
public sealed class PyInstanceObject : PyObject
{
    internal PyInstanceObject(PyTypeObject type)
        : base(type)
    {
    }
}
