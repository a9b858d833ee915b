// Objects/typeobject.c: the type `type` — calling a class, and attributes of classes.
//
// Calling a class is type.__call__: tp_new makes the object, then tp_init initializes it if the
// object is an instance of the class. Looking up an attribute on a class (type_getattro) is the
// descriptor protocol played twice: the metatype's data descriptors win, then the class's own MRO
// (where a descriptor is bound with no instance: a function stays a function, a classmethod binds
// to the class), then the metatype's other attributes.
namespace Reference.Objects;

public sealed partial class PyTypeObject
{
    private static void ConfigureTypeType(PyTypeObject t)
    {
        t.TpDoc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";
        t.TpAlloc = static meta => new PyTypeObject(meta, "");
        t.TpCall = TypeCall;
        t.TpInstanceVectorcall = TypeInstanceVectorcall;
        t.TpVectorcall = null;
        t.TpNew = TypeNew;
        t.TpInit = TypeInit;
        t.TpRepr = TypeRepr;
        t.TpGetAttro = TypeGetAttro;
        t.TpSetAttro = TypeSetAttro;
        t.TpTraverse = TypeTraverse;
        t.TpClear = TypeClear;
        t.InstancesHaveWeakrefs = true;
        t.TpMethods =
        [
            PyMethodDef.NoArgs("mro", static (self, _) =>
            {
                var type = (PyTypeObject)self;
                PyTupleObject? mro = type.ComputeMro();
                if (mro is null)
                {
                    return null;
                }
                PyListObject? list = PySequence.List(mro);
                mro.DecRef();
                return list;
            }),
            PyMethodDef.NoArgs("__subclasses__", static (self, _) =>
            {
                PyListObject list = PyListObject.New(0);
                foreach (PyTypeObject sub in Subclasses.LiveOf((PyTypeObject)self))
                {
                    list.Append(sub);
                }
                return list;
            }),
            PyMethodDef.O("__instancecheck__", static (self, inst) =>
                Py.Bool(TypeCheck(inst!, (PyTypeObject)self) || (GetOptionalAttr(inst!, PyIds.__class__, out PyObject? c) > 0
                    && ReleaseAndTest(c!, c is PyTypeObject ct && ct.IsSubtype((PyTypeObject)self))))),
            PyMethodDef.O("__subclasscheck__", static (self, sub) =>
            {
                int r = IsSubclass(sub!, self);
                return r < 0 ? null : Py.Bool(r > 0);
            }),
            PyMethodDef.Keywords("__prepare__", static (_, _, _) => PyDictObject.New()).AsClassMethod(),
            PyMethodDef.NoArgs("__sizeof__", static (_, _) => PyLongObject.FromLong(920)),
            PyMethodDef.NoArgs("__dir__", TypeDir),
        ];
        t.TpGetSet =
        [
            new("__name__", static self => PyUnicodeObject.FromString(((PyTypeObject)self).ShortName), SetName),
            new("__qualname__", static self => PyUnicodeObject.FromString(((PyTypeObject)self).QualNameString), SetQualName),
            new("__bases__", static self => ((PyTypeObject)self).TpBases!.NewRef()),
            new("__mro__", static self => ((PyTypeObject)self).MroBorrowed.NewRef()),
            new("__base__", static self => Py.NewRef((PyObject?)((PyTypeObject)self).TpBase ?? Py.None), static (_, _) =>
            {
                // C: a READONLY member (PyMember_SetOne), not a getset.
                PyErr.SetString(PyExc.AttributeError, "readonly attribute");
                return -1;
            }),
            new("__module__", GetModule, SetModule),
            new("__abstractmethods__", GetAbstractMethods, SetAbstractMethods),
            new("__dict__", static self => PyMappingProxyObject.New(((PyTypeObject)self).DictBorrowed)),
            new("__doc__", GetDoc, static (self, value) => SetSpecial((PyTypeObject)self, PyIds.__doc__, value)),
            new("__text_signature__", static _ => Py.ReturnNone),
            new("__type_params__", static self =>
                Py.NewRef(((PyTypeObject)self).DictBorrowed.GetItemStrBorrowed(PyIds.__type_params__) ?? PyTupleObject.EmptyTuple)),
        ];
    }

    private static bool ReleaseAndTest(PyObject o, bool value)
    {
        o.DecRef();
        return value;
    }

    #region type-call
    /// <summary>cls(*args, **kwargs) (C: <c>type_call</c>).</summary>
    private static PyObject? TypeCall(PyObject callable, PyTupleObject args, PyDictObject? kwargs)
    {
        var type = (PyTypeObject)callable;
        if (type == Type && args.Count == 1 && (kwargs is null || kwargs.Count == 0))
        {
            return args[0].ObType.NewRef(); // type(x)
        }
        if (type.TpNew is null || (type.TpFlags & TypeFlags.DisallowInstantiation) != 0)
        {
            return PyErr.SetString(PyExc.TypeError, $"cannot create '{type.QualifiedNameForTraceback()}' instances");
        }
        PyObject? obj = type.TpNew(type, args, kwargs);
        if (obj is null || !obj.ObType.IsSubtype(type))
        {
            return obj; // __new__ returned something else: it is not initialized
        }
        if (obj.ObType.TpInit is { } init && init(obj, args, kwargs) < 0)
        {
            obj.DecRef();
            return null;
        }
        return obj;
    }
    #endregion

    /// <summary>Calling a type object goes to its own fast constructor when it has one (list(x), int(x)), else
    /// to type_call (C: the per-type <c>tp_vectorcall</c> read through <c>tp_vectorcall_offset</c>).</summary>
    private static PyObject? TypeInstanceVectorcall(PyObject callable, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames)
    {
        var type = (PyTypeObject)callable;
        if (type.TpVectorcall is { } vc && (type.TpFlags & TypeFlags.DisallowInstantiation) == 0)
        {
            return vc(type, args, kwnames);
        }
        return MakeTpCallForType(type, args, kwnames);
    }

    private static PyObject? MakeTpCallForType(PyTypeObject type, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        PyTupleObject tuple = PyTupleObject.FromSpan(args[..(args.Length - nkw)]);
        PyDictObject? kwargs = nkw == 0 ? null : PyDictObject.FromKwnames(args[(args.Length - nkw)..], kwnames!);
        PyObject? result = (type.ObType.TpCall ?? TypeCall)(type, tuple, kwargs);
        tuple.DecRef();
        kwargs?.DecRef();
        return result;
    }

    private static int TypeInit(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        if (args.Count != 1 && args.Count != 3)
        {
            PyErr.SetString(PyExc.TypeError, "type.__init__() takes 1 or 3 arguments");
            return -1;
        }
        return 0;
    }

    #region type-repr
    /// <summary>"&lt;class 'module.QualName'&gt;", without the module for builtins (C: <c>type_repr</c>).</summary>
    private static PyObject? TypeRepr(PyObject self)
    {
        var type = (PyTypeObject)self;
        string? module = type.ModuleName();
        return PyUnicodeObject.FromString(module is null or "builtins"
            ? $"<class '{type.QualNameString}'>"
            : $"<class '{module}.{type.QualNameString}'>");
    }
    #endregion

    #region type-getattro
    /// <summary>Attribute lookup on a class (C: <c>_Py_type_getattro_impl</c>).</summary>
    private static PyObject? TypeGetAttro(PyObject self, PyUnicodeObject name)
    {
        var type = (PyTypeObject)self;
        PyTypeObject metatype = type.ObType;
        PyObject? metaAttribute = metatype.Lookup(name);
        DescrGetFunc? metaGet = null;
        if (metaAttribute is not null)
        {
            metaAttribute.IncRef();
            metaGet = metaAttribute.ObType.TpDescrGet;
            if (metaGet is not null && metaAttribute.ObType.TpDescrSet is not null)
            {
                PyObject? r = metaGet(metaAttribute, type, metatype);
                metaAttribute.DecRef();
                return r;
            }
        }
        PyObject? attribute = type.Lookup(name);
        if (attribute is not null)
        {
            attribute.IncRef();
            metaAttribute?.DecRef();
            if (attribute.ObType.TpDescrGet is { } localGet)
            {
                PyObject? r = localGet(attribute, null, type);
                attribute.DecRef();
                return r;
            }
            return attribute;
        }
        if (metaGet is not null)
        {
            PyObject? r = metaGet(metaAttribute!, type, metatype);
            metaAttribute!.DecRef();
            return r;
        }
        if (metaAttribute is not null)
        {
            return metaAttribute;
        }
        return SetAttributeError(type, name, $"type object '{type.QualNameString}' has no attribute '{name.Value}'");
    }
    #endregion

    #region type-setattro
    /// <summary>Setting an attribute on a class (C: <c>type_setattro</c>): refused on immutable (built-in) types;
    /// otherwise stored in the class dict, the lookup caches are invalidated and, for a dunder, the slots
    /// of this class and its subclasses are updated.</summary>
    private static int TypeSetAttro(PyObject self, PyUnicodeObject name, PyObject? value)
    {
        var type = (PyTypeObject)self;
        if ((type.TpFlags & TypeFlags.ImmutableType) != 0)
        {
            PyErr.SetString(PyExc.TypeError, $"cannot set '{name.Value}' attribute of immutable type '{type.Name}'");
            return -1;
        }
        PyUnicodeObject interned = PyUnicodeObject.Intern(name);
        PyObject? descr = type.ObType.Lookup(interned);
        if (descr?.ObType.TpDescrSet is { } set)
        {
            return set(descr, type, value);
        }
        PyDictObject dict = type.TpDict!;
        int r;
        if (value is not null)
        {
            r = dict.SetItem(interned, value);
        }
        else
        {
            r = dict.DelItemIfPresent(interned);
            if (r == 0)
            {
                SetAttributeError(type, interned, $"type object '{type.QualNameString}' has no attribute '{interned.Value}'");
                return -1;
            }
            r = r < 0 ? -1 : 0;
        }
        type.Modified();
        if (r == 0 && interned.Value.StartsWith("__", StringComparison.Ordinal) && interned.Value.EndsWith("__", StringComparison.Ordinal))
        {
            SlotDefs.UpdateSlot(type, interned);
        }
        return r;
    }
    #endregion

    /// <summary>Special type attributes cannot be set or deleted on built-in types
    /// (C: <c>check_set_special_type_attr</c>).</summary>
    private static bool CheckSetSpecial(PyTypeObject type, PyObject? value, string name)
    {
        if ((type.TpFlags & TypeFlags.ImmutableType) != 0)
        {
            PyErr.SetString(PyExc.TypeError, $"cannot set '{name}' attribute of immutable type '{type.Name}'");
            return false;
        }
        if (value is null)
        {
            PyErr.SetString(PyExc.TypeError, $"cannot delete '{name}' attribute of immutable type '{type.Name}'");
            return false;
        }
        return true;
    }

    private static int SetSpecial(PyTypeObject type, PyUnicodeObject key, PyObject? value)
    {
        if (!CheckSetSpecial(type, value, key.Value))
        {
            return -1;
        }
        type.Modified();
        return type.TpDict!.SetItem(key, value!);
    }

    private static int SetName(PyObject self, PyObject? value)
    {
        var type = (PyTypeObject)self;
        if (!CheckSetSpecial(type, value, "__name__"))
        {
            return -1;
        }
        if (value is not PyUnicodeObject s)
        {
            PyErr.SetString(PyExc.TypeError, $"can only assign string to {type.QualNameString}.__name__, not '{value!.ObType.Name}'");
            return -1;
        }
        if (s.Value.Contains('\0', StringComparison.Ordinal))
        {
            PyErr.SetString(PyExc.ValueError, "type name must not contain null characters");
            return -1;
        }
        Py.SetRef(ref type.HtName, Py.NewRef(s));
        type.TpName = s.Value;
        return 0;
    }

    private static int SetQualName(PyObject self, PyObject? value)
    {
        var type = (PyTypeObject)self;
        if (!CheckSetSpecial(type, value, "__qualname__"))
        {
            return -1;
        }
        if (value is not PyUnicodeObject s)
        {
            PyErr.SetString(PyExc.TypeError, $"can only assign string to {type.QualNameString}.__qualname__, not '{value!.ObType.Name}'");
            return -1;
        }
        Py.SetRef(ref type.HtQualname, Py.NewRef(s));
        return 0;
    }

    private static PyObject? GetModule(PyObject self)
    {
        var type = (PyTypeObject)self;
        if (type.IsHeapType)
        {
            PyObject? mod = type.TpDict!.GetItemStrBorrowed(PyIds.__module__);
            return mod is null ? PyErr.SetString(PyExc.AttributeError, "__module__") : mod.NewRef();
        }
        return PyUnicodeObject.FromString(type.ModuleName() ?? "builtins");
    }

    private static int SetModule(PyObject self, PyObject? value) =>
        SetSpecial((PyTypeObject)self, PyIds.__module__, value);

    private static PyObject? GetDoc(PyObject self)
    {
        var type = (PyTypeObject)self;
        if (!type.IsHeapType)
        {
            return type.TpDoc is null ? Py.ReturnNone : PyUnicodeObject.FromString(type.TpDoc);
        }
        PyObject? doc = type.TpDict!.GetItemStrBorrowed(PyIds.__doc__);
        if (doc is null)
        {
            return Py.ReturnNone;
        }
        return doc.ObType.TpDescrGet is { } get ? get(doc, null, type) : doc.NewRef();
    }

    private static PyObject? GetAbstractMethods(PyObject self)
    {
        var type = (PyTypeObject)self;
        PyObject? value = type != Type ? type.TpDict!.GetItemStrBorrowed(PyIds.__abstractmethods__) : null;
        return value is null ? SetAttributeError(type, PyIds.__abstractmethods__, "__abstractmethods__") : value.NewRef();
    }

    private static int SetAbstractMethods(PyObject self, PyObject? value)
    {
        var type = (PyTypeObject)self;
        int abstractFlag = 0;
        if (value is not null)
        {
            abstractFlag = IsTrue(value);
            if (abstractFlag < 0)
            {
                return -1;
            }
            if (type.TpDict!.SetItem(PyIds.__abstractmethods__, value) < 0)
            {
                return -1;
            }
        }
        else if (type.TpDict!.DelItemIfPresent(PyIds.__abstractmethods__) <= 0)
        {
            if (!PyErr.Occurred())
            {
                SetAttributeError(type, PyIds.__abstractmethods__, "__abstractmethods__");
            }
            return -1;
        }
        type.Modified();
        type.TpFlags = abstractFlag > 0 ? type.TpFlags | TypeFlags.IsAbstract : type.TpFlags & ~TypeFlags.IsAbstract;
        return 0;
    }

    /// <summary>type.__dir__(): every attribute in the MRO (C: <c>type___dir___impl</c>).</summary>
    private static PyObject? TypeDir(PyObject self, PyObject? unused)
    {
        PyDictObject names = PyDictObject.New();
        ReadOnlySpan<PyObject> mro = ((PyTypeObject)self).MroBorrowed.ItemsBorrowed;
        for (int i = mro.Length - 1; i >= 0; i--)
        {
            names.Update(((PyTypeObject)mro[i]).DictBorrowed);
        }
        PyListObject? keys = PyMapping.Keys(names);
        names.DecRef();
        return keys;
    }
}
