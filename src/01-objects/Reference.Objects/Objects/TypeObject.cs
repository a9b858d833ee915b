// Objects/typeobject.c: type objects.
//
// A type object is a PyObject whose slots say how its instances behave. There are two kinds:
//
//   * static types — the built-ins (int, list, type, object, ...). They are immortal, process-wide
//     singletons; once ready they never change, so their attribute lookups are precomputed into one
//     flat table and every runtime in the process can share them.
//   * heap types — created by `class` or `type(name, bases, ns)`. They are ordinary refcounted
//     objects of one interpreter; their attributes can change, which invalidates the lookup caches
//     of the type and of all its subclasses.
//
// A static type is declared in its own file with its slots and method table; PyType_Ready (our
// Ready) fills its dictionary, computes its MRO and inherits the slots it leaves empty. Readying
// happens once per process, the first time any runtime is created or the type is first looked into.
//
// The C# class of an instance plays the part of CPython's struct layout: a heap subclass of list
// still has PyListObject instances, with their dict and slots kept in PyManagedData.
using System.Runtime.CompilerServices;

namespace Reference.Objects;

/// <summary>A type object (C: <c>PyTypeObject</c> / <c>PyHeapTypeObject</c>).</summary>
public sealed partial class PyTypeObject : PyObject
{
    #region bootstrap
    /// <summary>The type of all types (C: <c>PyType_Type</c>).</summary>
    public static readonly PyTypeObject Type;

    /// <summary>The root of every hierarchy (C: <c>PyBaseObject_Type</c>); see <see cref="PyBaseObject"/>.</summary>
    internal static readonly PyTypeObject ObjectType;

    static PyTypeObject()
    {
        // `type` is an instance of itself and a subclass of `object`, which is an instance of `type`:
        // the one knot in the hierarchy, tied here before anything else can look.
        Type = new PyTypeObject("type", null, TypeFlags.BaseType | TypeFlags.HaveGc | TypeFlags.TypeSubclass, isTypeType: true);
        ObjectType = new PyTypeObject("object", null, TypeFlags.BaseType, isTypeType: false);
        Type.TpBase = ObjectType;
        PyBaseObject.Configure(ObjectType);
        ConfigureTypeType(Type);
    }
    #endregion

    /// <summary>Creates a static (built-in, immortal) type. Its slots are set by the caller's object
    /// initializer; it is readied later.</summary>
    public PyTypeObject(string name, PyTypeObject? @base, TypeFlags flags)
        : base(Type, default(ImmortalTag))
    {
        TpName = name;
        TpBase = @base ?? ObjectType;
        TpFlags = flags | TypeFlags.ImmutableType;
    }

    private PyTypeObject(string name, PyTypeObject? @base, TypeFlags flags, bool isTypeType)
        : base(isTypeType ? null : Type, default(ImmortalTag))
    {
        ObType ??= this;
        TpName = name;
        TpBase = @base;
        TpFlags = flags | TypeFlags.ImmutableType;
    }

    /// <summary>Creates an empty heap type owned by the caller; <see cref="TypeNew"/> fills it.</summary>
    private PyTypeObject(PyTypeObject metatype, string name)
        : base(metatype)
    {
        TpName = name;
        TpFlags = TypeFlags.HeapType;
    }

    #region fields
    /// <summary>The name errors print (C: <c>tp_name</c>): for static types it may carry a module prefix.</summary>
    internal string TpName;

    /// <summary>The solid base (C: <c>tp_base</c>).</summary>
    public PyTypeObject? TpBase;

    /// <summary>The bases and the method resolution order (C: <c>tp_bases</c>, <c>tp_mro</c>).</summary>
    internal PyTupleObject? TpBases, TpMro;

    /// <summary>The type's own attributes (C: <c>tp_dict</c>).</summary>
    internal PyDictObject? TpDict;

    /// <summary>Flags (C: <c>tp_flags</c>).</summary>
    public TypeFlags TpFlags;

    /// <summary>The docstring of a static type (C: <c>tp_doc</c>).</summary>
    public string? TpDoc;

    /// <summary>The module a static type claims (e.g. "builtins", "weakref"); heap types keep <c>__module__</c>
    /// in their dict.</summary>
    public string? TpModule;

    public ReprFunc? TpRepr, TpStr;
    public HashFunc? TpHash;
    public CallFunc? TpCall;

    /// <summary>How calling this type object creates an instance, fast (C: <c>tp_vectorcall</c>); never inherited.</summary>
    public VectorcallFunc? TpVectorcall;

    /// <summary>How instances are called, fast (C: the function each instance keeps at
    /// <c>tp_vectorcall_offset</c>; here all instances of a type share one, which reads the instance).</summary>
    public VectorcallFunc? TpInstanceVectorcall;
    public GetAttroFunc? TpGetAttro;
    public SetAttroFunc? TpSetAttro;
    public RichCmpFunc? TpRichCompare;
    public GetIterFunc? TpIter;
    public IterNextFunc? TpIterNext;
    public DescrGetFunc? TpDescrGet;
    public DescrSetFunc? TpDescrSet;
    public InitProc? TpInit;
    public NewFunc? TpNew;
    public AllocFunc? TpAlloc;
    public Destructor? TpDealloc, TpFinalize;
    public TraverseProc? TpTraverse;
    public Inquiry? TpClear;
    public PyNumberMethods? TpAsNumber;
    public PySequenceMethods? TpAsSequence;
    public PyMappingMethods? TpAsMapping;
    public PyBufferProcs? TpAsBuffer;
    public PyMethodDef[]? TpMethods;
    public PyGetSetDef[]? TpGetSet;

    /// <summary>Heap types: <c>__name__</c>, <c>__qualname__</c> and <c>__slots__</c> (C: <c>ht_name</c>,
    /// <c>ht_qualname</c>, <c>ht_slots</c>).</summary>
    internal PyUnicodeObject? HtName, HtQualname;
    internal PyTupleObject? HtSlots;

    /// <summary>Number of <c>__slots__</c> values an instance carries, this type's and its bases'.</summary>
    internal int SlotCount;

    /// <summary>Whether instances carry a <c>__dict__</c> / can be weakly referenced.</summary>
    internal bool InstancesHaveDict, InstancesHaveWeakrefs;
    #endregion

    /// <summary>The name used in messages (C: <c>tp_name</c>).</summary>
    public string Name => TpName;

    /// <summary>Whether this is a heap type (created by class or type()).</summary>
    public bool IsHeapType => (TpFlags & TypeFlags.HeapType) != 0;

    /// <summary>Whether instances take part in cycle collection.</summary>
    public bool IsGc => (TpFlags & TypeFlags.HaveGc) != 0;

    /// <summary>The MRO tuple, borrowed (the type must be ready).</summary>
    public PyTupleObject MroBorrowed => TpMro ?? ReadyThenMro();

    /// <summary>The type dictionary, borrowed.</summary>
    public PyDictObject DictBorrowed
    {
        get
        {
            EnsureReady();
            return TpDict!;
        }
    }

    private PyTupleObject ReadyThenMro()
    {
        EnsureReady();
        return TpMro!;
    }

    #region is-subtype
    /// <summary>Whether this type is <paramref name="b"/> or a subtype of it (C: <c>PyType_IsSubtype</c>).
    /// Walks the MRO, so it sees every base, not just the solid base chain.</summary>
    public bool IsSubtype(PyTypeObject b)
    {
        if (this == b)
        {
            return true;
        }
        PyTupleObject? mro = TpMro;
        if (mro is not null)
        {
            ReadOnlySpan<PyObject> items = mro.ItemsBorrowed;
            for (int i = 1; i < items.Length; i++)
            {
                if (items[i] == b)
                {
                    return true;
                }
            }
            return false;
        }
        // Not ready yet: follow tp_base, which is enough for static types.
        for (PyTypeObject? t = TpBase; t is not null; t = t.TpBase)
        {
            if (t == b)
            {
                return true;
            }
        }
        return b == ObjectType;
    }
    #endregion

    /// <summary>Whether <paramref name="op"/>'s type has the fast-subclass flag (C: <c>PyType_FastSubclass</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool FastSubclass(PyObject op, TypeFlags flag) => (op.ObType.TpFlags & flag) != 0;

    #region lookup
    /// <summary>Finds an attribute in the MRO without invoking descriptors (C: <c>_PyType_Lookup</c>). Returns a
    /// borrowed reference, or null with no error set when no class in the MRO has it.</summary>
    public PyObject? Lookup(PyUnicodeObject name)
    {
        TypeCache? cache = _cache;
        if (cache is null)
        {
            EnsureReady();
            cache = _cache!;
        }
        return cache.TryGet(name, out PyObject? value) ? value : LookupSlow(cache, name);
    }

    /// <summary>Looks up an attribute by C# name; the name is interned first.</summary>
    public PyObject? Lookup(string name) => Lookup(PyUnicodeObject.InternStatic(name));

    private PyObject? LookupSlow(TypeCache cache, PyUnicodeObject name)
    {
        PyObject? found = FindInMro(name);
        cache.Remember(name, found);
        return found;
    }

    /// <summary>Walks the MRO dicts (C: <c>find_name_in_mro</c>).</summary>
    internal PyObject? FindInMro(PyUnicodeObject name)
    {
        PyTupleObject? mroTuple = TpMro;
        if (mroTuple is null)
        {
            return null; // cleared by the cycle collector
        }
        ReadOnlySpan<PyObject> mro = mroTuple.ItemsBorrowed;
        for (int i = 0; i < mro.Length; i++)
        {
            PyDictObject dict = ((PyTypeObject)mro[i]).TpDict!;
            PyObject? value = dict.GetItemStrBorrowed(name);
            if (value is not null)
            {
                return value;
            }
        }
        return null;
    }

    /// <summary>Forgets cached lookups of this type and its subclasses after an attribute changed
    /// (C: <c>PyType_Modified</c>).</summary>
    public void Modified()
    {
        if (_cache is null)
        {
            return;
        }
        _cache.Invalidate();
        foreach (PyTypeObject sub in Subclasses.LiveOf(this))
        {
            sub.Modified();
        }
    }

    private TypeCache? _cache;
    #endregion

    #region ready
    private static readonly Lock s_readyLock = new();

    /// <summary>Readies the type if it is not ready (C: <c>PyType_Ready</c>), on first use.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EnsureReady()
    {
        if (_cache is null)
        {
            Ready();
        }
    }

    /// <summary>Fills the dict, computes the MRO and inherits slots (C: <c>type_ready</c>). Static types are
    /// readied under a process-wide lock, once; heap types by <see cref="TypeNew"/>.</summary>
    public int Ready()
    {
        if (IsHeapType)
        {
            return ReadyCore();
        }
        lock (s_readyLock)
        {
            if (_cache is null && (TpFlags & TypeFlags.Readying) == 0 && ReadyCore() < 0)
            {
                FatalError.Raise($"PyType_Ready: static type '{TpName}' failed to become ready");
            }
        }
        return 0;
    }

    private int ReadyCore()
    {
        TpFlags |= TypeFlags.Readying;
        if (TpBase is not null && TpBase._cache is null)
        {
            TpBase.Ready();
        }
        if (TpBases is null)
        {
            TpBases = TpBase is null ? PyTupleObject.EmptyTuple : PyTupleObject.PackImmortal(TpBase);
        }
        TpDict ??= IsHeapType ? PyDictObject.New() : PyDictObject.NewImmortal();
        TpMro ??= ComputeMro();
        if (TpMro is null)
        {
            TpFlags &= ~TypeFlags.Readying;
            return -1;
        }
        if (!IsHeapType)
        {
            FillStaticDict();
        }
        InheritSlots();
        SetHashNotImplementedIfNeeded();
        _cache = IsHeapType ? new TypeCache(this, flat: false) : new TypeCache(this, flat: true);
        TpFlags = (TpFlags & ~TypeFlags.Readying) | TypeFlags.Ready;
        return 0;
    }

    /// <summary>Adds the declared methods, attributes, slot wrappers and docstring to a static type's dict
    /// (C: <c>type_ready_fill_dict</c>). Slot wrappers come first and only for slots the type itself sets.</summary>
    private void FillStaticDict()
    {
        PyDictObject dict = TpDict!;
        SlotDefs.AddOperators(this);
        if (TpMethods is not null)
        {
            foreach (PyMethodDef def in TpMethods)
            {
                PyUnicodeObject key = PyUnicodeObject.InternStatic(def.Name);
                if ((def.Flags & MethFlags.Coexist) == 0 && dict.GetItemStrBorrowed(key) is not null)
                {
                    continue;
                }
                dict.SetItem(key, PyMethodDescrObject.ForDef(this, def));
            }
        }
        if (TpGetSet is not null)
        {
            foreach (PyGetSetDef def in TpGetSet)
            {
                PyUnicodeObject key = PyUnicodeObject.InternStatic(def.Name);
                if (dict.GetItemStrBorrowed(key) is null)
                {
                    dict.SetItem(key, new PyGetSetDescrObject(this, def));
                }
            }
        }
        if (dict.GetItemStrBorrowed(PyIds.__doc__) is null)
        {
            dict.SetItem(PyIds.__doc__, TpDoc is null ? Py.None : PyUnicodeObject.InternStatic(TpDoc));
        }
        if (TpNew is not null && dict.GetItemStrBorrowed(PyIds.__new__) is null)
        {
            dict.SetItem(PyIds.__new__, PyCFunctionObject.TpNewWrapper(this));
        }
    }

    /// <summary>Copies inherited slots from each class of the MRO (C: <c>inherit_special</c>,
    /// <c>inherit_slots</c>).</summary>
    private void InheritSlots()
    {
        if (TpBase is not null)
        {
            // Layout, dict and weakref support come from the solid base.
            TpAlloc ??= TpBase.TpAlloc;
            TpFlags |= TpBase.TpFlags & (TypeFlags.LongSubclass | TypeFlags.ListSubclass | TypeFlags.TupleSubclass
                | TypeFlags.BytesSubclass | TypeFlags.UnicodeSubclass | TypeFlags.DictSubclass
                | TypeFlags.BaseExcSubclass | TypeFlags.TypeSubclass);
            if (TpBase.IsGc)
            {
                TpFlags |= TypeFlags.HaveGc;
            }
            InstancesHaveDict |= TpBase.InstancesHaveDict;
            InstancesHaveWeakrefs |= TpBase.InstancesHaveWeakrefs;
            TpAsBuffer ??= TpBase.TpAsBuffer;
        }
        ReadOnlySpan<PyObject> mro = TpMro!.ItemsBorrowed;
        for (int i = 1; i < mro.Length; i++)
        {
            InheritSlotsFrom((PyTypeObject)mro[i]);
        }
    }

    private void InheritSlotsFrom(PyTypeObject b)
    {
        if (b.TpAsNumber is not null)
        {
            TpAsNumber = TypeInherit.Number(TpAsNumber, b.TpAsNumber);
        }
        if (b.TpAsSequence is not null)
        {
            TpAsSequence = TypeInherit.Sequence(TpAsSequence, b.TpAsSequence);
        }
        if (b.TpAsMapping is not null)
        {
            TpAsMapping = TypeInherit.Mapping(TpAsMapping, b.TpAsMapping);
        }
        TpRepr ??= b.TpRepr;
        TpStr ??= b.TpStr;
        TpCall ??= b.TpCall;
        TpGetAttro ??= b.TpGetAttro;
        TpSetAttro ??= b.TpSetAttro;
        // tp_richcompare and tp_hash are inherited together, and only if the type defines neither
        // (a type that defines __eq__ alone must not keep its base's hash).
        if (TpRichCompare is null && TpHash is null && !DictHasOwn(PyIds.__eq__) && !DictHasOwn(PyIds.__hash__))
        {
            TpRichCompare = b.TpRichCompare;
            TpHash = b.TpHash;
        }
        TpIter ??= b.TpIter;
        TpIterNext ??= b.TpIterNext;
        TpDescrGet ??= b.TpDescrGet;
        TpDescrSet ??= b.TpDescrSet;
        TpInit ??= b.TpInit;
        TpNew ??= b.TpNew;
        // Instances keep the base's fast call only while __call__ is the base's (tp_vectorcall, which
        // calls the type itself, is never inherited).
        if (TpInstanceVectorcall is null && TpCall == b.TpCall)
        {
            TpInstanceVectorcall = b.TpInstanceVectorcall;
        }
        TpDealloc ??= b.TpDealloc;
        TpFinalize ??= b.TpFinalize;
        if (IsGc && b.IsGc)
        {
            TpTraverse ??= b.TpTraverse;
            TpClear ??= b.TpClear;
        }
    }

    private bool DictHasOwn(PyUnicodeObject name) => TpDict!.GetItemStrBorrowed(name) is not null;

    /// <summary>A type whose comparison is its own but whose hash is not gets <c>__hash__ = None</c>
    /// (C: <c>type_ready_set_hash</c>).</summary>
    private void SetHashNotImplementedIfNeeded()
    {
        if (TpHash is not null)
        {
            return;
        }
        if (TpDict!.GetItemStrBorrowed(PyIds.__hash__) is null)
        {
            if (IsHeapType)
            {
                TpDict.SetItem(PyIds.__hash__, Py.None);
            }
            else
            {
                TpDict.SetItem(PyIds.__hash__, Py.None);
            }
        }
        TpHash = PyObject.HashNotImplemented;
    }
    #endregion
}
