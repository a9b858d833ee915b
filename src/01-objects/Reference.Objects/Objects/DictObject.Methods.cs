// Objects/dictobject.c: dict's type, slots and methods.
using System.Text;

namespace Reference.Objects;

public sealed partial class PyDictObject
{
    /// <summary>The type (C: <c>PyDict_Type</c>).</summary>
    public static readonly PyTypeObject Type = new("dict", null,
        TypeFlags.BaseType | TypeFlags.HaveGc | TypeFlags.DictSubclass | TypeFlags.Mapping)
    {
        TpDoc = "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)",
        TpAlloc = static t => new PyDictObject(t),
        TpNew = static (t, _, _) => new PyDictObject(t),
        TpInit = DictInit,
        TpRepr = DictRepr,
        TpRichCompare = DictRichCompare,
        TpIter = static o => new PyDictIterObject((PyDictObject)o, DictIterKind.Keys, reversed: false),
        TpGetAttro = GenericGetAttrFunc,
        TpAsNumber = new PyNumberMethods { NbOr = DictOr, NbInplaceOr = DictInplaceOr },
        TpAsSequence = new PySequenceMethods { SqContains = static (o, k) => ((PyDictObject)o).Contains(k) },
        TpAsMapping = new PyMappingMethods
        {
            MpLength = static o => ((PyDictObject)o)._used,
            MpSubscript = DictSubscript,
            MpAssSubscript = DictAssSubscript,
        },
        TpMethods = Methods(),
    };

    private static PyMethodDef[] Methods() =>
    [
        PyMethodDef.O("__contains__", static (o, k) => ContainsResult(((PyDictObject)o).Contains(k!))).AsCoexist(),
        PyMethodDef.O("__getitem__", static (o, k) => DictSubscript(o, k!)).AsCoexist(),
        PyMethodDef.NoArgs("__sizeof__", static (o, _) => PyLongObject.FromLong(48 + 8L * ((PyDictObject)o).Entries.Length * 3)),
        PyMethodDef.Fast("get", DictGet),
        PyMethodDef.Fast("setdefault", DictSetDefault),
        PyMethodDef.Fast("pop", DictPop),
        PyMethodDef.NoArgs("popitem", DictPopItem),
        PyMethodDef.NoArgs("keys", static (o, _) => new PyDictViewObject(PyDictViewObject.KeysType, (PyDictObject)o)),
        PyMethodDef.NoArgs("items", static (o, _) => new PyDictViewObject(PyDictViewObject.ItemsType, (PyDictObject)o)),
        PyMethodDef.NoArgs("values", static (o, _) => new PyDictViewObject(PyDictViewObject.ValuesType, (PyDictObject)o)),
        PyMethodDef.Keywords("update", DictUpdateMethod),
        PyMethodDef.Fast("fromkeys", DictFromKeys).AsClassMethod(),
        PyMethodDef.NoArgs("clear", static (o, _) =>
        {
            ((PyDictObject)o).Clear();
            return Py.ReturnNone;
        }),
        PyMethodDef.NoArgs("copy", static (o, _) => ((PyDictObject)o).Copy()),
        PyMethodDef.NoArgs("__reversed__", static (o, _) => new PyDictIterObject((PyDictObject)o, DictIterKind.Keys, reversed: true)),
    ];

    private static PyObject? ContainsResult(int r) => r < 0 ? null : Py.Bool(r > 0);

    /// <summary>Raises CPython 3.14's "cannot use 'list' as a dict key (unhashable type: 'list')", replacing the
    /// plain TypeError that hashing raised (C: <c>dict_unhashable_type</c>).</summary>
    internal static void UnhashableKey(PyObject key, string what)
    {
        if (PyErr.OccurredBorrowed() is not { } exc || exc.ObType != PyExc.TypeError)
        {
            return;
        }
        string? detail = StrToString(exc);
        if (detail is null)
        {
            return;
        }
        PyErr.Clear();
        PyErr.SetString(PyExc.TypeError, $"cannot use '{key.ObType.Name}' as a {what} ({detail})");
    }

    private PyObject? LookupForUser(PyObject key, out bool error)
    {
        error = false;
        long hash = HashKey(key);
        if (hash == -1)
        {
            error = true;
            return null;
        }
        int ix = Lookup(key, hash, out _);
        error = ix == -2;
        return ix >= 0 ? Entries[ix].Value : null;
    }

    #region dict-subscript
    /// <summary>d[key] (C: <c>dict_subscript</c>): a subclass's <c>__missing__</c> is called for absent keys.</summary>
    private static PyObject? DictSubscript(PyObject self, PyObject key)
    {
        var d = (PyDictObject)self;
        PyObject? value = d.LookupForUser(key, out bool error);
        if (value is not null)
        {
            return value.NewRef();
        }
        if (error)
        {
            return null;
        }
        if (self.ObType != Type && self.ObType.Lookup(PyIds.__missing__) is { } missing)
        {
            return PyObject.CallMethodDescriptor(missing, self, key);
        }
        return PyErr.SetKeyError(key);
    }
    #endregion

    private static int DictAssSubscript(PyObject self, PyObject key, PyObject? value)
    {
        var d = (PyDictObject)self;
        if (value is not null)
        {
            return d.SetItem(key, value);
        }
        long hash = HashKey(key);
        if (hash == -1)
        {
            return -1;
        }
        int ix = d.Lookup(key, hash, out int slot);
        if (ix < 0)
        {
            if (ix == -1)
            {
                PyErr.SetKeyError(key);
            }
            return -1;
        }
        d.RemoveAt(ix, slot, out PyObject oldKey, out PyObject oldValue);
        oldKey.DecRef();
        oldValue.DecRef();
        return 0;
    }

    private static PyObject? DictGet(PyObject self, ReadOnlySpan<PyObject> args)
    {
        if (!GetArgs.CheckPositional("get", args.Length, 1, 2))
        {
            return null;
        }
        PyObject? value = ((PyDictObject)self).LookupForUser(args[0], out bool error);
        if (error)
        {
            return null;
        }
        return (value ?? (args.Length > 1 ? args[1] : Py.None)).NewRef();
    }

    private static PyObject? DictSetDefault(PyObject self, ReadOnlySpan<PyObject> args)
    {
        if (!GetArgs.CheckPositional("setdefault", args.Length, 1, 2))
        {
            return null;
        }
        var d = (PyDictObject)self;
        PyObject? value = d.LookupForUser(args[0], out bool error);
        if (error)
        {
            return null;
        }
        if (value is not null)
        {
            return value.NewRef();
        }
        PyObject dflt = args.Length > 1 ? args[1] : Py.None;
        return d.SetItem(args[0], dflt) < 0 ? null : dflt.NewRef();
    }

    private static PyObject? DictPop(PyObject self, ReadOnlySpan<PyObject> args)
    {
        if (!GetArgs.CheckPositional("pop", args.Length, 1, 2))
        {
            return null;
        }
        var d = (PyDictObject)self;
        if (d._used == 0)
        {
            // CPython answers an empty dict without hashing the key.
            return args.Length > 1 ? args[1].NewRef() : PyErr.SetKeyError(args[0]);
        }
        long hash = HashKey(args[0]);
        if (hash == -1)
        {
            return null;
        }
        int ix = d.Lookup(args[0], hash, out int slot);
        if (ix == -2)
        {
            return null;
        }
        if (ix == -1)
        {
            return args.Length > 1 ? args[1].NewRef() : PyErr.SetKeyError(args[0]);
        }
        d.RemoveAt(ix, slot, out PyObject oldKey, out PyObject oldValue);
        oldKey.DecRef();
        return oldValue;
    }

    private static PyObject? DictPopItem(PyObject self, PyObject? unused)
    {
        var d = (PyDictObject)self;
        if (d._used == 0)
        {
            return PyErr.SetString(PyExc.KeyError, "popitem(): dictionary is empty");
        }
        int ix = d._nentries - 1;
        while (d.Entries[ix].Key is null)
        {
            ix--;
        }
        ref Entry e = ref d.Entries[ix];
        int slot = d.FindSlotOfEntry(e.Hash, ix);
        d.RemoveAt(ix, slot, out PyObject key, out PyObject value);
        // The last entry is gone and later appends reuse its position, but its index slot is now a dummy, so
        // the room is not given back to _usable (C: dk_nentries = i, "we can't dk_usable++").
        d._nentries = ix;
        return PyTupleObject.FromArraySteal([key, value]);
    }

    private int FindSlotOfEntry(long hash, int ix)
    {
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (_indices[i] != ix)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        return i;
    }

    /// <summary>A shallow copy (C: <c>PyDict_Copy</c>).</summary>
    public PyDictObject Copy()
    {
        var copy = New();
        for (int k = 0; k < _nentries; k++)
        {
            ref Entry e = ref Entries[k];
            if (e.Key is not null)
            {
                copy.InsertSteal(e.Key.NewRef(), e.Hash, e.Value!.NewRef());
            }
        }
        return copy;
    }

    #region dict-repr
    private static PyObject? DictRepr(PyObject self)
    {
        var d = (PyDictObject)self;
        if (d._used == 0)
        {
            return PyUnicodeObject.FromString("{}");
        }
        int rec = ReprEnter(self);
        if (rec != 0)
        {
            return rec > 0 ? PyUnicodeObject.FromString("{...}") : null;
        }
        var sb = new StringBuilder("{");
        bool first = true;
        for (int k = 0; k < d._nentries; k++)
        {
            PyObject? key = d.Entries[k].Key, value = d.Entries[k].Value;
            if (key is null)
            {
                continue;
            }
            // Hold the pair: repr may run code that mutates the dict.
            key.IncRef();
            value!.IncRef();
            string? kr = ReprToString(key);
            string? vr = kr is null ? null : ReprToString(value);
            key.DecRef();
            value.DecRef();
            if (vr is null)
            {
                ReprLeave(self);
                return null;
            }
            sb.Append(first ? "" : ", ").Append(kr).Append(": ").Append(vr);
            first = false;
        }
        sb.Append('}');
        ReprLeave(self);
        return PyUnicodeObject.FromString(sb.ToString());
    }
    #endregion

    #region dict-richcompare
    private static PyObject? DictRichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyDictObject a || w is not PyDictObject b || (op != CompareOp.Eq && op != CompareOp.Ne))
        {
            return Py.ReturnNotImplemented;
        }
        int eq = DictEqual(a, b);
        if (eq < 0)
        {
            return null;
        }
        return Py.Bool((eq == 1) == (op == CompareOp.Eq));
    }

    /// <summary>Equal sizes and every key of a maps to an equal value in b (C: <c>dict_equal</c>).</summary>
    private static int DictEqual(PyDictObject a, PyDictObject b)
    {
        if (a._used != b._used)
        {
            return 0;
        }
        for (int k = 0; k < a._nentries; k++)
        {
            PyObject? key = a.Entries[k].Key;
            if (key is null)
            {
                continue;
            }
            PyObject aValue = a.Entries[k].Value!;
            key.IncRef();
            aValue.IncRef();
            int ix = b.Lookup(key, a.Entries[k].Hash, out _);
            int result;
            if (ix == -2)
            {
                result = -1;
            }
            else if (ix == -1)
            {
                result = 0;
            }
            else
            {
                PyObject bValue = b.Entries[ix].Value!;
                bValue.IncRef();
                result = RichCompareBool(aValue, bValue, CompareOp.Eq);
                bValue.DecRef();
            }
            key.DecRef();
            aValue.DecRef();
            if (result <= 0)
            {
                return result;
            }
        }
        return 1;
    }
    #endregion

    #region dict-update
    /// <summary>d.update(other) for a mapping or an iterable of pairs (C: <c>dict_update_arg</c>).</summary>
    public int Update(PyObject other)
    {
        // A dict, or a dict subclass that iterates as a dict does, is merged entry by entry; CPython ignores an
        // overridden keys() or __getitem__ then (C: dict_merge's tp_iter == dict_iter test).
        if (other is PyDictObject od && od.ObType.TpIter == Type.TpIter)
        {
            return MergeDict(od);
        }
        int hasKeys = HasAttr(other, PyIds.keys);
        if (hasKeys < 0)
        {
            return -1;
        }
        return hasKeys > 0 ? MergeMapping(other) : MergeFromSeq2(other);
    }
    #endregion

    /// <summary>Inserts every item of another dict, in its order (C: <c>dict_dict_merge</c>). Inserting may run
    /// __eq__, which may mutate either dict: a change of the other dict's size fails the update.</summary>
    private int MergeDict(PyDictObject other)
    {
        if (other == this || other._used == 0)
        {
            return 0;
        }
        int origSize = other._used;
        for (int k = 0; k < other._nentries; k++)
        {
            ref Entry e = ref other.Entries[k];
            if (e.Key is null)
            {
                continue;
            }
            if (InsertSteal(e.Key.NewRef(), e.Hash, e.Value!.NewRef()) < 0)
            {
                return -1;
            }
            if (origSize != other._used)
            {
                PyErr.SetString(PyExc.RuntimeError, "dict mutated during update");
                return -1;
            }
        }
        return 0;
    }

    /// <summary>Inserts other[k] for every k in list(other.keys()) (C: the generic path of <c>dict_merge</c>).</summary>
    private int MergeMapping(PyObject other)
    {
        PyListObject? keys = PyMapping.Keys(other);
        if (keys is null)
        {
            return -1;
        }
        for (int i = 0; i < keys.Count; i++)
        {
            PyObject key = keys[i];
            PyObject? value = PyObject.GetItem(other, key);
            int r = value is null ? -1 : SetItem(key, value);
            value?.DecRef();
            if (r < 0)
            {
                keys.DecRef();
                return -1;
            }
        }
        keys.DecRef();
        return 0;
    }

    /// <summary>Updates from an iterable of 2-item iterables (C: <c>PyDict_MergeFromSeq2</c>).</summary>
    private int MergeFromSeq2(PyObject seq2)
    {
        PyObject? iter = PyObject.GetIter(seq2);
        if (iter is null)
        {
            return -1;
        }
        PyObject? item;
        for (long i = 0; (item = PyIter.Next(iter)) is not null; i++)
        {
            PyObject? pair = PySequence.Fast(item, "object is not iterable");
            item.DecRef();
            if (pair is null)
            {
                iter.DecRef();
                if (PyErr.ExceptionMatches(PyExc.TypeError))
                {
                    PyBaseExceptionObject exc = PyErr.GetRaisedException()!;
                    PyNotes.Add(exc, $"Cannot convert dictionary update sequence element #{i} to a sequence");
                    PyErr.SetRaisedException(exc);
                }
                return -1;
            }
            ReadOnlySpan<PyObject> kv = PySequence.FastItemsBorrowed(pair);
            if (kv.Length != 2)
            {
                int n = kv.Length;
                pair.DecRef();
                iter.DecRef();
                PyErr.SetString(PyExc.ValueError,
                    $"dictionary update sequence element #{i} has length {n}; 2 is required");
                return -1;
            }
            int r = SetItem(kv[0], kv[1]);
            pair.DecRef();
            if (r < 0)
            {
                iter.DecRef();
                return -1;
            }
        }
        iter.DecRef();
        return PyErr.Occurred() ? -1 : 0;
    }

    private static int UpdateCommon(PyDictObject d, PyTupleObject args, PyDictObject? kwargs, string name)
    {
        if (!GetArgs.CheckPositional(name, args.Count, 0, 1))
        {
            return -1;
        }
        if (args.Count == 1 && d.Update(args[0]) < 0)
        {
            return -1;
        }
        return kwargs is not null ? d.MergeDict(kwargs) : 0;
    }

    private static int DictInit(PyObject self, PyTupleObject args, PyDictObject? kwargs) =>
        UpdateCommon((PyDictObject)self, args, kwargs, "dict");

    private static PyObject? DictUpdateMethod(PyObject self, PyTupleObject args, PyDictObject? kwargs) =>
        UpdateCommon((PyDictObject)self, args, kwargs, "update") < 0 ? null : Py.ReturnNone;

    private static PyObject? DictFromKeys(PyObject cls, ReadOnlySpan<PyObject> args)
    {
        if (!GetArgs.CheckPositional("fromkeys", args.Length, 1, 2))
        {
            return null;
        }
        PyObject value = args.Length > 1 ? args[1] : Py.None;
        PyObject? d = CallNoArgs(cls);
        if (d is null)
        {
            return null;
        }
        PyObject? iter = PyObject.GetIter(args[0]);
        if (iter is null)
        {
            d.DecRef();
            return null;
        }
        PyObject? key;
        while ((key = PyIter.Next(iter)) is not null)
        {
            int r = d is PyDictObject dd && d.ObType == Type ? dd.SetItem(key, value) : SetItem(d, key, value);
            key.DecRef();
            if (r < 0)
            {
                iter.DecRef();
                d.DecRef();
                return null;
            }
        }
        iter.DecRef();
        if (PyErr.Occurred())
        {
            d.DecRef();
            return null;
        }
        return d;
    }

    private static PyObject? DictOr(PyObject a, PyObject b)
    {
        if (a is not PyDictObject || b is not PyDictObject)
        {
            return Py.ReturnNotImplemented;
        }
        PyDictObject copy = ((PyDictObject)a).Copy(); // a plain dict, even for subclasses (C: PyDict_Copy)
        if (copy.Update(b) < 0)
        {
            copy.DecRef();
            return null;
        }
        return copy;
    }

    private static PyObject? DictInplaceOr(PyObject a, PyObject b)
    {
        if (((PyDictObject)a).Update(b) < 0)
        {
            return null;
        }
        return a.NewRef();
    }
}
