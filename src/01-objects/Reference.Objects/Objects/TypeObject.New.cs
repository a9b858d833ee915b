// Objects/typeobject.c: type_new — creating a class at run time.
//
// `class C(A, B): body` ends in type.__new__(type, 'C', (A, B), namespace). In order:
//   1. pick the metaclass: the most derived of the given one and the bases' (or fail with
//      "metaclass conflict");
//   2. pick the best base, whose instance layout C's instances will have; bases whose layouts
//      cannot be merged fail with "multiple bases have instance lay-out conflict";
//   3. read __slots__ (the instance gets fixed attribute slots instead of a __dict__);
//   4. build the type, ready it (MRO, inheritance), point its slots at its dunder methods;
//   5. call __set_name__ on the attributes and __init_subclass__ on the parent.
namespace Reference.Objects;

public sealed partial class PyTypeObject
{
    #region type-new
    /// <summary>type.__new__(metatype, name, bases, namespace, **kwds) (C: <c>type_new</c>).</summary>
    private static PyObject? TypeNew(PyTypeObject metatype, PyTupleObject args, PyDictObject? kwargs)
    {
        if (args.Count != 1 && args.Count != 3)
        {
            return PyErr.SetString(PyExc.TypeError, "type() takes 1 or 3 arguments");
        }
        if (args.Count == 1)
        {
            return args[0].ObType.NewRef();
        }
        if (args[0] is not PyUnicodeObject name)
        {
            return PyErr.SetString(PyExc.TypeError, $"type.__new__() argument 1 must be str, not {args[0].ObType.Name}");
        }
        if (args[1] is not PyTupleObject bases)
        {
            return PyErr.SetString(PyExc.TypeError, $"type.__new__() argument 2 must be tuple, not {args[1].ObType.Name}");
        }
        if (args[2] is not PyDictObject ns)
        {
            return PyErr.SetString(PyExc.TypeError, $"type.__new__() argument 3 must be dict, not {args[2].ObType.Name}");
        }
        PyTypeObject? winner = CalculateMetaclass(metatype, bases);
        if (winner is null)
        {
            return null;
        }
        if (winner != metatype && winner.TpNew != (NewFunc)TypeNew && winner.TpNew is { } otherNew)
        {
            return otherNew(winner, args, kwargs);
        }
        return New(winner, name, bases, ns, kwargs);
    }
    #endregion

    /// <summary>Creates a heap type; the entry point for C# code and for the class statement's metaclass call.</summary>
    public static PyObject? New(PyTypeObject metatype, PyUnicodeObject name, PyTupleObject bases, PyDictObject ns, PyDictObject? kwargs = null)
    {
        bool ownBases = false;
        if (bases.Count == 0)
        {
            bases = PyTupleObject.Pack(ObjectType);
            ownBases = true;
        }
        PyObject? result = NewWithBases(metatype, name, bases, ns, kwargs);
        if (ownBases)
        {
            bases.DecRef();
        }
        return result;
    }

    private static PyObject? NewWithBases(PyTypeObject metatype, PyUnicodeObject name, PyTupleObject bases, PyDictObject ns, PyDictObject? kwargs)
    {
        PyTypeObject? best = BestBase(bases);
        if (best is null)
        {
            return null;
        }
        if (name.Value.Contains('\0', StringComparison.Ordinal))
        {
            return PyErr.SetString(PyExc.ValueError, "type name must not contain null characters");
        }
        PyDictObject dict = ns.Copy();
        if (!ReadSlots(dict, best, name, out List<string>? slotNames, out bool addDict, out bool addWeak))
        {
            dict.DecRef();
            return null;
        }
        var type = (PyTypeObject)metatype.TpAlloc!(metatype);
        type.TpName = name.Value;
        type.HtName = Py.NewRef(name);
        type.TpDict = dict;
        type.TpBase = best;
        best.IncRef();
        type.TpBases = Py.NewRef(bases);
        type.TpFlags = TypeFlags.HeapType | TypeFlags.BaseType;
        type.TpAsNumber = new PyNumberMethods();
        type.TpAsSequence = new PySequenceMethods();
        type.TpAsMapping = new PyMappingMethods();
        type.InstancesHaveDict = best.InstancesHaveDict || addDict;
        type.InstancesHaveWeakrefs = best.InstancesHaveWeakrefs || addWeak;
        type.SlotCount = best.SlotCount;
        if (best.IsGc || type.InstancesHaveDict || slotNames is { Count: > 0 } || best == ObjectType)
        {
            type.TpFlags |= TypeFlags.HaveGc;
        }
        if (SetNamespaceAttributes(type, name, dict) < 0 || type.Ready() < 0)
        {
            type.DecRef();
            return null;
        }
        AddSlotDescriptors(type, slotNames, addDict, addWeak);
        SlotDefs.FixupSlotDispatchers(type);
        foreach (PyObject b in bases.ItemsBorrowed)
        {
            Subclasses.Add((PyTypeObject)b, type);
        }
        if (SetNames(type) < 0 || InitSubclass(type, kwargs) < 0)
        {
            type.DecRef();
            return null;
        }
        return type;
    }

    #region metaclass
    /// <summary>The most derived metaclass (C: <c>_PyType_CalculateMetaclass</c>).</summary>
    private static PyTypeObject? CalculateMetaclass(PyTypeObject metatype, PyTupleObject bases)
    {
        PyTypeObject winner = metatype;
        foreach (PyObject b in bases.ItemsBorrowed)
        {
            PyTypeObject tmp = b.ObType;
            if (winner.IsSubtype(tmp))
            {
                continue;
            }
            if (tmp.IsSubtype(winner))
            {
                winner = tmp;
                continue;
            }
            return (PyTypeObject?)PyErr.SetString(PyExc.TypeError,
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }
    #endregion

    /// <summary>The base whose layout instances will have (C: <c>best_base</c>).</summary>
    private static PyTypeObject? BestBase(PyTupleObject bases)
    {
        PyTypeObject? winner = null, best = null;
        for (int i = 0; i < bases.Count; i++)
        {
            if (bases[i] is not PyTypeObject b)
            {
                return (PyTypeObject?)PyErr.SetString(PyExc.TypeError, "bases must be types");
            }
            for (int j = 0; j < i; j++)
            {
                if (bases[j] == b)
                {
                    return (PyTypeObject?)PyErr.SetString(PyExc.TypeError, $"duplicate base class {b.ShortName}");
                }
            }
            if ((b.TpFlags & TypeFlags.BaseType) == 0)
            {
                return (PyTypeObject?)PyErr.SetString(PyExc.TypeError, $"type '{b.QualifiedNameForTraceback()}' is not an acceptable base type");
            }
            b.EnsureReady();
            PyTypeObject candidate = b.SolidBase();
            if (winner is null)
            {
                winner = candidate;
                best = b;
            }
            else if (winner.IsSubtype(candidate))
            {
                // winner's layout already contains candidate's
            }
            else if (candidate.IsSubtype(winner))
            {
                winner = candidate;
                best = b;
            }
            else
            {
                return (PyTypeObject?)PyErr.SetString(PyExc.TypeError, "multiple bases have instance lay-out conflict");
            }
        }
        return best;
    }

    /// <summary>The nearest base that defines the instance layout (C: <c>solid_base</c>, which compares basic sizes):
    /// a type that allocates its own C# class (its own <c>TpAlloc</c>), or a heap type that added <c>__slots__</c>.
    /// ValueError and TypeError share BaseException's layout, so a class may derive from both.</summary>
    internal PyTypeObject SolidBase()
    {
        PyTypeObject t = this;
        while (t.TpBase is { } b && t.SlotCount == b.SlotCount && Equals(t.TpAlloc, b.TpAlloc))
        {
            t = b;
        }
        return t;
    }

    #region slots
    /// <summary>Reads <c>__slots__</c> (C: <c>type_new_slots</c>): names must be identifiers and must not clash with
    /// class attributes; "__dict__" and "__weakref__" ask for those features instead of a slot.</summary>
    private static bool ReadSlots(PyDictObject dict, PyTypeObject best, PyUnicodeObject className,
        out List<string>? slotNames, out bool addDict, out bool addWeak)
    {
        slotNames = null;
        PyObject? slots = dict.GetItemStrBorrowed(PyIds.__slots__);
        if (slots is null)
        {
            addDict = !best.InstancesHaveDict;
            addWeak = !best.InstancesHaveWeakrefs;
            return true;
        }
        addDict = addWeak = false;
        PyTupleObject? items = slots is PyUnicodeObject ? PyTupleObject.Pack(slots) : PySequence.Tuple(slots);
        if (items is null)
        {
            return false;
        }
        slotNames = [];
        foreach (PyObject item in items.ItemsBorrowed)
        {
            if (item is not PyUnicodeObject s)
            {
                items.DecRef();
                PyErr.SetString(PyExc.TypeError, $"__slots__ items must be strings, not '{item.ObType.Name}'");
                return false;
            }
            if (!UnicodeCtype.IsIdentifier(s.Value))
            {
                items.DecRef();
                PyErr.SetString(PyExc.TypeError, "__slots__ must be identifiers");
                return false;
            }
            if (s.Value == "__dict__")
            {
                if (best.InstancesHaveDict || addDict)
                {
                    items.DecRef();
                    PyErr.SetString(PyExc.TypeError, "__dict__ slot disallowed: we already got one");
                    return false;
                }
                addDict = true;
                continue;
            }
            if (s.Value == "__weakref__")
            {
                if (best.InstancesHaveWeakrefs || addWeak)
                {
                    items.DecRef();
                    PyErr.SetString(PyExc.TypeError, "__weakref__ slot disallowed: we already got one");
                    return false;
                }
                addWeak = true;
                continue;
            }
            string mangled = Mangle(className.Value, s.Value);
            if (dict.GetItemStrBorrowed(PyUnicodeObject.Intern(mangled)) is not null)
            {
                items.DecRef();
                PyErr.SetString(PyExc.ValueError, $"'{s.Value}' in __slots__ conflicts with class variable");
                return false;
            }
            slotNames.Add(mangled);
        }
        items.DecRef();
        if (slotNames.Count > 0 && best.IsVarSized)
        {
            PyErr.SetString(PyExc.TypeError, $"nonempty __slots__ not supported for subtype of '{best.Name}'");
            return false;
        }
        return true;
    }
    #endregion

    /// <summary>Private name mangling: __x in class C becomes _C__x (C: <c>_Py_Mangle</c>).</summary>
    internal static string Mangle(string className, string name)
    {
        if (!name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.', StringComparison.Ordinal))
        {
            return name;
        }
        string stripped = className.TrimStart('_');
        return stripped.Length == 0 ? name : $"_{stripped}{name}";
    }

    /// <summary>Whether instances vary in size, so that <c>__slots__</c> cannot be appended (int, tuple, bytes).</summary>
    private bool IsVarSized =>
        (TpFlags & (TypeFlags.LongSubclass | TypeFlags.TupleSubclass | TypeFlags.BytesSubclass)) != 0;

    /// <summary>Puts member descriptors for the slots and getsets for __dict__/__weakref__ in the new type's dict.</summary>
    private static void AddSlotDescriptors(PyTypeObject type, List<string>? slotNames, bool addDict, bool addWeak)
    {
        if (slotNames is { Count: > 0 })
        {
            var names = new PyObject[slotNames.Count];
            for (int i = 0; i < slotNames.Count; i++)
            {
                PyUnicodeObject key = PyUnicodeObject.Intern(slotNames[i]);
                names[i] = key;
                var member = new PyMemberDescrObject(type, slotNames[i], type.SlotCount++);
                type.TpDict!.SetItem(key, member);
                member.DecRef();
            }
            type.HtSlots = PyTupleObject.FromSpan(names);
        }
        if (addDict)
        {
            AddGetSet(type, new PyGetSetDef("__dict__", GetInstanceDict, SetInstanceDict));
        }
        if (addWeak)
        {
            AddGetSet(type, new PyGetSetDef("__weakref__", static o =>
                Py.NewRef((PyObject?)o.Managed?.WeakRefList ?? Py.None)));
        }
        type.Modified();
    }

    private static void AddGetSet(PyTypeObject type, PyGetSetDef def)
    {
        PyUnicodeObject key = PyUnicodeObject.InternStatic(def.Name);
        if (type.TpDict!.GetItemStrBorrowed(key) is null)
        {
            var descr = new PyGetSetDescrObject(type, def);
            type.TpDict.SetItem(key, descr);
            descr.DecRef();
        }
    }

    private static PyObject? GetInstanceDict(PyObject obj)
    {
        PyDictObject? dict = obj.GetOrCreateInstanceDict();
        return dict is null ? PyErr.SetString(PyExc.AttributeError, "This object has no __dict__") : dict.NewRef();
    }

    private static int SetInstanceDict(PyObject obj, PyObject? value)
    {
        if (value is not null and not PyDictObject)
        {
            PyErr.SetString(PyExc.TypeError, $"__dict__ must be set to a dictionary, not a '{value.ObType.Name}'");
            return -1;
        }
        PyManagedData managed = obj.Managed ??= new PyManagedData();
        Py.SetRef(ref managed.Dict, (PyDictObject?)Py.XNewRef(value));
        return 0;
    }

    #region namespace
    /// <summary>Reads __qualname__, __module__, __doc__ and __classcell__ from the namespace and wraps __new__,
    /// __init_subclass__ and __class_getitem__ as CPython does (C: <c>type_new_set_attrs</c>).</summary>
    private static int SetNamespaceAttributes(PyTypeObject type, PyUnicodeObject name, PyDictObject dict)
    {
        if (dict.GetItemStrBorrowed(PyIds.__qualname__) is { } qualname)
        {
            if (qualname is not PyUnicodeObject q)
            {
                PyErr.SetString(PyExc.TypeError, $"type __qualname__ must be a str, not {qualname.ObType.Name}");
                return -1;
            }
            type.HtQualname = Py.NewRef(q);
            if (dict.DelItem(PyIds.__qualname__) < 0)
            {
                return -1;
            }
        }
        else
        {
            type.HtQualname = Py.NewRef(name);
        }
        if (dict.GetItemStrBorrowed(PyIds.__module__) is null
            && PyThreadState.Get().GetCurrentGlobals() is { } globals
            && globals.GetItemStrBorrowed(PyIds.__name__) is { } moduleName
            && dict.SetItem(PyIds.__module__, moduleName) < 0)
        {
            return -1;
        }
        if (dict.GetItemStrBorrowed(PyIds.__doc__) is null && dict.SetItem(PyIds.__doc__, Py.None) < 0)
        {
            return -1;
        }
        if (WrapFunction(dict, PyIds.__new__, asClassMethod: false) < 0
            || WrapFunction(dict, PyIds.__init_subclass__, asClassMethod: true) < 0
            || WrapFunction(dict, PyIds.__class_getitem__, asClassMethod: true) < 0)
        {
            return -1;
        }
        if (dict.GetItemStrBorrowed(PyIds.__classcell__) is { } cell)
        {
            if (cell is not PyCellObject c)
            {
                string? repr = ReprToString(cell.ObType);
                PyErr.SetString(PyExc.TypeError, $"__classcell__ must be a nonlocal cell, not {repr}");
                return -1;
            }
            c.Set(type);
            if (dict.DelItem(PyIds.__classcell__) < 0)
            {
                return -1;
            }
        }
        return 0;
    }
    #endregion

    /// <summary>A plain function under these names becomes a staticmethod or classmethod.</summary>
    private static int WrapFunction(PyDictObject dict, PyUnicodeObject name, bool asClassMethod)
    {
        if (dict.GetItemStrBorrowed(name) is not IPyFunction function)
        {
            return 0;
        }
        PyObject wrapped = asClassMethod ? PyClassMethodObject.New((PyObject)function) : PyStaticMethodObject.New((PyObject)function);
        int r = dict.SetItem(name, wrapped);
        wrapped.DecRef();
        return r;
    }

    /// <summary>Calls __set_name__(owner, name) on every attribute that has it (C: <c>type_new_set_names</c>).</summary>
    private static int SetNames(PyTypeObject type)
    {
        PyDictObject names = type.TpDict!.Copy();
        long pos = 0;
        int result = 0;
        while (result == 0 && names.Next(ref pos, out PyObject? key, out PyObject? value))
        {
            PyObject? setName = value!.ObType.Lookup(PyIds.__set_name__);
            if (setName is null)
            {
                continue;
            }
            PyObject? r = CallMethodDescriptor(setName, value, type, key!);
            if (r is null)
            {
                // C: _PyErr_FormatNote — the note is added with the exception fetched, then it is restored.
                PyBaseExceptionObject? err = PyErr.GetRaisedException();
                if (err is not null)
                {
                    string? keyRepr = ReprToString(key!);
                    PyErr.Clear();
                    PyNotes.Add(err, $"Error calling __set_name__ on '{value.ObType.Name}' instance {keyRepr ?? "?"} in '{type.ShortName}'");
                    PyErr.SetRaisedException(err);
                }
                result = -1;
            }
            else
            {
                r.DecRef();
            }
        }
        names.DecRef();
        return result;
    }

    /// <summary>super(type, type).__init_subclass__(**kwds) (C: <c>type_new_init_subclass</c>).</summary>
    private static int InitSubclass(PyTypeObject type, PyDictObject? kwargs)
    {
        ReadOnlySpan<PyObject> mro = type.TpMro!.ItemsBorrowed;
        PyObject? func = null;
        for (int i = 1; i < mro.Length && func is null; i++)
        {
            func = ((PyTypeObject)mro[i]).TpDict!.GetItemStrBorrowed(PyIds.__init_subclass__);
        }
        if (func is null)
        {
            return 0;
        }
        PyObject? bound = func.ObType.TpDescrGet is { } get ? get(func, null, type) : func.NewRef();
        if (bound is null)
        {
            return -1;
        }
        PyObject? r = Call(bound, PyTupleObject.EmptyTuple, kwargs);
        bound.DecRef();
        if (r is null)
        {
            return -1;
        }
        r.DecRef();
        return 0;
    }

    #region names
    /// <summary><c>__name__</c>: the part of tp_name after the last dot for a static type.</summary>
    internal string ShortName => IsHeapType ? HtName?.Value ?? TpName : TpName[(TpName.LastIndexOf('.') + 1)..];

    /// <summary><c>__qualname__</c>.</summary>
    internal string QualNameString => IsHeapType ? HtQualname?.Value ?? ShortName : ShortName;

    /// <summary><c>__module__</c> as a C# string, or null when a heap type has none.</summary>
    internal string? ModuleName()
    {
        if (IsHeapType)
        {
            return TpDict?.GetItemStrBorrowed(PyIds.__module__) is PyUnicodeObject m ? m.Value : null;
        }
        int dot = TpName.LastIndexOf('.');
        return dot < 0 ? "builtins" : TpName[..dot];
    }

    /// <summary>The name tracebacks print: module.qualname, without builtins or __main__.</summary>
    internal string QualifiedNameForTraceback()
    {
        string? module = ModuleName();
        return module is null or "builtins" or "__main__" ? QualNameString : $"{module}.{QualNameString}";
    }

    /// <summary>The short name an exception's repr uses (C: <c>_PyType_Name</c>).</summary>
    internal string HeapTypeOrTpName => ShortName;
    #endregion

    protected internal override void DeallocContents()
    {
        if (TpBases is { } bases)
        {
            foreach (PyObject b in bases.ItemsBorrowed)
            {
                Subclasses.Remove((PyTypeObject)b, this);
            }
        }
        Py.Clear(ref TpDict);
        Py.Clear(ref TpMro);
        Py.Clear(ref TpBases);
        PyTypeObject? b0 = TpBase;
        TpBase = null;
        b0?.DecRef();
        Py.Clear(ref HtName);
        Py.Clear(ref HtQualname);
        Py.Clear(ref HtSlots);
        _cache = null;
    }

    private static int TypeTraverse(PyObject self, VisitProc visit, object? arg)
    {
        var type = (PyTypeObject)self;
        if (!type.IsHeapType)
        {
            return 0;
        }
        int r = GenericTraverse(self, visit, arg);
        if (r == 0 && type.TpDict is not null)
        {
            r = visit(type.TpDict, arg);
        }
        if (r == 0 && type.TpMro is not null)
        {
            r = visit(type.TpMro, arg);
        }
        if (r == 0 && type.TpBases is not null)
        {
            r = visit(type.TpBases, arg);
        }
        if (r == 0 && type.TpBase is not null)
        {
            r = visit(type.TpBase, arg);
        }
        return r;
    }

    /// <summary>Breaks cycles through a class by clearing its dict and MRO (C: <c>type_clear</c>).</summary>
    private static int TypeClear(PyObject self)
    {
        var type = (PyTypeObject)self;
        type.TpDict?.Clear();
        type.Modified();
        Py.Clear(ref type.TpMro);
        GenericClear(self);
        return 0;
    }
}

/// <summary>The stage-2 function type implements this, so that type_new can wrap <c>__new__</c> and
/// <c>__init_subclass__</c> without this stage knowing functions (C: <c>PyFunction_Check</c>).</summary>
public interface IPyFunction;

/// <summary>Adds a note to an exception, as add_note does (C: <c>_PyException_AddNote</c>).</summary>
internal static class PyNotes
{
    public static void Add(PyBaseExceptionObject exc, string note)
    {
        // Must not run with an exception set: the caller fetches it first, as _PyErr_FormatNote does.
        PyBaseExceptionObject? pending = PyErr.GetRaisedException();
        PyObject text = PyUnicodeObject.FromString(note);
        PyObject? r = PyObject.CallMethod(exc, "add_note", text);
        text.DecRef();
        if (r is null)
        {
            PyErr.Clear();
        }
        else
        {
            r.DecRef();
        }
        if (pending is not null)
        {
            PyErr.SetRaisedException(pending);
        }
    }
}
