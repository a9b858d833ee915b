// Objects/setobject.c: set and frozenset — types, operators and methods.
//
// The operators (| & - ^ and the comparisons) require both operands to be sets; the methods
// (union, intersection, issubset ...) accept any iterable. frozenset is hashable (its hash mixes the
// element hashes so that order cannot matter) and has no mutating methods.
using System.Text;

namespace Reference.Objects;

public sealed partial class PySetObject
{
    /// <summary>set (C: <c>PySet_Type</c>).</summary>
    public static readonly PyTypeObject Type = MakeType("set", frozen: false);

    /// <summary>frozenset (C: <c>PyFrozenSet_Type</c>).</summary>
    public static readonly PyTypeObject FrozenSetType = MakeType("frozenset", frozen: true);

    private static PyTypeObject MakeType(string name, bool frozen)
    {
        var type = new PyTypeObject(name, null, TypeFlags.BaseType | TypeFlags.HaveGc)
        {
            TpDoc = frozen
                ? "Build an immutable unordered collection of unique elements."
                : "Build an unordered collection of unique elements.",
            TpAlloc = static t => new PySetObject(t),
            TpNew = frozen ? FrozenSetNew : static (t, args, kwargs) =>
                t == Type && !GetArgs.NoKeywords("set", kwargs) ? null : new PySetObject(t),
            TpInit = frozen ? null : SetInit,
            TpRepr = SetRepr,
            TpHash = frozen ? FrozenSetHash : HashNotImplemented,
            TpRichCompare = SetRichCompare,
            TpIter = static o => new PySetIterObject((PySetObject)o),
            TpGetAttro = GenericGetAttrFunc,
            InstancesHaveWeakrefs = true,
            TpAsSequence = new PySequenceMethods
            {
                SqLength = static o => ((PySetObject)o).Used,
                SqContains = static (o, k) => ((PySetObject)o).ContainsForIn(k),
            },
            TpAsNumber = new PyNumberMethods
            {
                NbSubtract = static (a, b) => Operator(a, b, static (x, y) => x.Difference(y)),
                NbAnd = static (a, b) => Operator(a, b, static (x, y) => x.Intersection(y)),
                NbXor = static (a, b) => Operator(a, b, static (x, y) => x.SymmetricDifference(y)),
                NbOr = static (a, b) => Operator(a, b, static (x, y) => x.UnionMulti([y])),
            },
            TpMethods = Methods(frozen),
        };
        if (!frozen)
        {
            type.TpAsNumber.NbInplaceSubtract = static (a, b) => InplaceOperator(a, b, static (x, y) => x.DifferenceUpdate(y));
            type.TpAsNumber.NbInplaceAnd = static (a, b) => InplaceOperator(a, b, static (x, y) => x.IntersectionUpdate(y));
            type.TpAsNumber.NbInplaceXor = static (a, b) => InplaceOperator(a, b, static (x, y) => x.SymmetricDifferenceUpdate(y));
            type.TpAsNumber.NbInplaceOr = static (a, b) => InplaceOperator(a, b, static (x, y) => x.UpdateInternal(y));
        }
        return type;
    }

    private static PyMethodDef[] Methods(bool frozen)
    {
        var list = new List<PyMethodDef>
        {
            PyMethodDef.O("__contains__", static (o, k) => ToBool(((PySetObject)o).ContainsForIn(k!))).AsCoexist(),
            PyMethodDef.NoArgs("copy", static (o, _) => o.ObType == FrozenSetType ? o.NewRef() : ((PySetObject)o).Copy()),
            PyMethodDef.Fast("difference", static (o, args) => ((PySetObject)o).DifferenceMulti(args)),
            PyMethodDef.Fast("intersection", static (o, args) => ((PySetObject)o).IntersectionMulti(args)),
            PyMethodDef.O("isdisjoint", static (o, other) => ((PySetObject)o).IsDisjoint(other!)),
            PyMethodDef.O("issubset", static (o, other) => ((PySetObject)o).IsSubset(other!)),
            PyMethodDef.O("issuperset", static (o, other) => ((PySetObject)o).IsSuperset(other!)),
            PyMethodDef.NoArgs("__reduce__", Reduce),
            PyMethodDef.NoArgs("__sizeof__", static (o, _) => PyLongObject.FromLong(((PySetObject)o).Table.Length <= MinSize ? 200 : 200 + 16L * ((PySetObject)o).Table.Length)),
            PyMethodDef.O("symmetric_difference", static (o, other) => ((PySetObject)o).SymmetricDifference(other!)),
            PyMethodDef.Fast("union", static (o, args) => ((PySetObject)o).UnionMulti(args)),
        };
        if (!frozen)
        {
            list.AddRange(
            [
                PyMethodDef.O("add", static (o, k) => ((PySetObject)o).Add(k!) < 0 ? null : Py.ReturnNone),
                PyMethodDef.NoArgs("clear", static (o, _) =>
                {
                    ((PySetObject)o).Clear();
                    return Py.ReturnNone;
                }),
                PyMethodDef.O("discard", static (o, k) => ((PySetObject)o).DiscardForUser(k!) < 0 ? null : Py.ReturnNone),
                PyMethodDef.Fast("difference_update", static (o, args) => ((PySetObject)o).MultiUpdate(args, static (x, y) => x.DifferenceUpdate(y))),
                PyMethodDef.Fast("intersection_update", static (o, args) => ((PySetObject)o).IntersectionUpdateMany(args)),
                PyMethodDef.NoArgs("pop", static (o, _) => ((PySetObject)o).Pop()),
                PyMethodDef.O("remove", static (o, k) => ((PySetObject)o).Remove(k!)),
                PyMethodDef.O("symmetric_difference_update", static (o, other) => ((PySetObject)o).SymmetricDifferenceUpdate(other!) < 0 ? null : Py.ReturnNone),
                PyMethodDef.Fast("update", static (o, args) => ((PySetObject)o).MultiUpdate(args, static (x, y) => x.UpdateInternal(y))),
            ]);
        }
        list.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return [.. list];
    }

    private static PyObject? ToBool(int r) => r < 0 ? null : Py.Bool(r > 0);

    /// <summary>Whether a failed hash of <paramref name="key"/> should be retried as a frozenset's: the key is a set
    /// (not a frozenset) and hashing it raised TypeError (C: the <c>PySet_Check</c> fallbacks).</summary>
    private static bool RetryAsFrozenSet(PyObject key)
    {
        if (!key.ObType.IsSubtype(Type) || !PyErr.ExceptionMatches(PyExc.TypeError))
        {
            return false;
        }
        PyErr.Clear();
        return true;
    }

    /// <summary>The hash the frozenset with this set's items would have (C: <c>frozenset_hash_impl</c>).</summary>
    private long FrozenHash()
    {
        var hashes = new long[Used];
        int pos = 0, n = 0;
        while (Next(ref pos, out _, out long hash))
        {
            hashes[n++] = hash;
        }
        return PyHash.FrozenSet(hashes);
    }

    /// <summary>key in set; a set key is looked up as the equivalent frozenset (C: <c>set_contains_lock_held</c>).</summary>
    private int ContainsForIn(PyObject key)
    {
        int r = Contains(key);
        if (r < 0 && RetryAsFrozenSet(key))
        {
            r = ContainsEntry(key, ((PySetObject)key).FrozenHash());
        }
        return r;
    }

    /// <summary>set.discard(key), with the frozenset fallback for a set key (C: <c>set_discard_impl</c>).</summary>
    private int DiscardForUser(PyObject key)
    {
        int r = Discard(key);
        if (r < 0 && RetryAsFrozenSet(key))
        {
            r = DiscardEntry(key, ((PySetObject)key).FrozenHash());
        }
        return r;
    }

    #region new-init
    /// <summary>set.__init__ (C: <c>set_init</c>): no keywords even for a subclass; the count error names the type.</summary>
    private static int SetInit(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        if (!GetArgs.NoKeywords("set", kwargs))
        {
            return -1;
        }
        if (!GetArgs.CheckPositional(self.ObType.Name, args.Count, 0, 1))
        {
            return -1;
        }
        var set = (PySetObject)self;
        set.Clear();
        return args.Count == 1 ? set.UpdateInternal(args[0]) : 0;
    }

    /// <summary>frozenset.__new__ (C: <c>frozenset_new</c>): keywords are refused unless a subclass defines its own
    /// __init__; frozenset(fs) is fs itself.</summary>
    private static PyObject? FrozenSetNew(PyTypeObject type, PyTupleObject args, PyDictObject? kwargs)
    {
        if ((type == FrozenSetType || type.TpInit == FrozenSetType.TpInit) && !GetArgs.NoKeywords("frozenset", kwargs))
        {
            return null;
        }
        if (!GetArgs.CheckPositional(type.Name, args.Count, 0, 1))
        {
            return null;
        }
        if (args.Count == 1 && type == FrozenSetType && args[0].ObType == FrozenSetType)
        {
            return args[0].NewRef(); // frozenset(fs) is fs
        }
        var set = new PySetObject(type);
        if (args.Count == 1 && set.UpdateInternal(args[0]) < 0)
        {
            set.DecRef();
            return null;
        }
        return set;
    }
    #endregion

    #region set-update
    /// <summary>Adds every item of an iterable (C: <c>set_update_internal</c>): sets and dicts by their stored
    /// hashes, anything else by iteration.</summary>
    internal int UpdateInternal(PyObject other)
    {
        if (other is PySetObject os)
        {
            return Merge(os);
        }
        if (other.ObType == PyDictObject.Type)
        {
            var d = (PyDictObject)other;
            if ((_fill + (long)d.Count) * 5 >= (long)_mask * 3 && Resize((Used + (long)d.Count) * 2) < 0)
            {
                return -1;
            }
            for (int k = 0; k < d.EntryCount; k++)
            {
                PyDictObject.Entry e = d.Entries[k];
                if (e.Key is not null && AddEntrySteal(e.Key.NewRef(), e.Hash) < 0)
                {
                    return -1;
                }
            }
            return 0;
        }
        PyObject? iter = GetIter(other);
        if (iter is null)
        {
            return -1;
        }
        PyObject? key;
        while ((key = PyIter.Next(iter)) is not null)
        {
            int r = Add(key);
            key.DecRef();
            if (r < 0)
            {
                iter.DecRef();
                return -1;
            }
        }
        iter.DecRef();
        return PyErr.Occurred() ? -1 : 0;
    }
    #endregion

    /// <summary>Merges another set (C: <c>set_merge_lock_held</c>), with CPython's three paths so that the table
    /// layout — and so the iteration order — is the same as CPython's.</summary>
    private int Merge(PySetObject other)
    {
        if (other == this || other.Used == 0)
        {
            return 0;
        }
        if ((_fill + (long)other.Used) * 5 >= (long)_mask * 3 && Resize((Used + (long)other.Used) * 2) < 0)
        {
            return -1;
        }
        if (_fill == 0 && _mask == other._mask && other._fill == other.Used)
        {
            for (int i = 0; i <= other._mask; i++)
            {
                PyObject? key = other.Table[i].Key;
                if (key is not null)
                {
                    Table[i] = new Entry { Key = key.NewRef(), Hash = other.Table[i].Hash };
                }
            }
            _fill = other._fill;
            Used = other.Used;
            return 0;
        }
        if (_fill == 0)
        {
            _fill = other.Used;
            Used = other.Used;
            foreach (Entry e in other.Table)
            {
                if (e.Key is not null && e.Key != s_dummy)
                {
                    InsertClean(Table, _mask, e.Key.NewRef(), e.Hash);
                }
            }
            return 0;
        }
        Entry[] snapshot = (Entry[])other.Table.Clone();
        foreach (Entry e in snapshot)
        {
            if (e.Key is not null && e.Key != s_dummy && AddEntrySteal(e.Key.NewRef(), e.Hash) < 0)
            {
                return -1;
            }
        }
        return 0;
    }

    /// <summary>A copy as the given set type (C: <c>make_new_set_basetype</c> + merge).</summary>
    internal PySetObject CopyAs(PyTypeObject type)
    {
        var copy = new PySetObject(type);
        copy.Merge(this);
        return copy;
    }

    /// <summary>The type of a result: set for sets and set subclasses, frozenset for the frozen ones
    /// (C: <c>make_new_set_basetype</c>).</summary>
    private PyTypeObject ResultType() => ObType.IsSubtype(FrozenSetType) ? FrozenSetType : Type;

    /// <summary>A copy of the base type (C: <c>set_copy_impl</c>).</summary>
    private PySetObject Copy() => CopyAs(ResultType());

    #region algebra
    /// <summary>set.union(*others) (C: <c>set_union_impl</c>): one copy, then each other merged in (the set itself
    /// is skipped).</summary>
    private PyObject? UnionMulti(ReadOnlySpan<PyObject> others)
    {
        PySetObject result = Copy();
        foreach (PyObject other in others)
        {
            if (other != this && result.UpdateInternal(other) < 0)
            {
                result.DecRef();
                return null;
            }
        }
        return result;
    }

    /// <summary>The intersection (C: <c>set_intersection</c>): with a set, iterate the smaller and keep what the
    /// larger has; with any other iterable, keep its items that this set has, stopping once every item of
    /// this set was found. Those items are hashed plainly: an unhashable one raises "unhashable type".</summary>
    private PyObject? Intersection(PyObject other)
    {
        if (other == this)
        {
            return Copy();
        }
        var result = new PySetObject(ResultType());
        if (other is PySetObject os)
        {
            PySetObject small = os, big = this;
            if (os.Used > Used)
            {
                small = this;
                big = os;
            }
            int pos = 0;
            while (small.Next(ref pos, out PyObject? key, out long hash))
            {
                key!.IncRef();
                int rv = big.ContainsEntry(key, hash);
                if (rv < 0 || (rv > 0 && result.AddEntrySteal(key.NewRef(), hash) < 0))
                {
                    key.DecRef();
                    result.DecRef();
                    return null;
                }
                key.DecRef();
            }
            return result;
        }
        PyObject? iter = GetIter(other);
        if (iter is null)
        {
            result.DecRef();
            return null;
        }
        PyObject? item;
        while ((item = PyIter.Next(iter)) is not null)
        {
            long hash = Hash(item);
            int rv = hash == -1 ? -1 : ContainsEntry(item, hash);
            if (rv < 0 || (rv > 0 && result.AddEntrySteal(item.NewRef(), hash) < 0))
            {
                item.DecRef();
                iter.DecRef();
                result.DecRef();
                return null;
            }
            item.DecRef();
            if (rv > 0 && result.Used >= Used)
            {
                break;
            }
        }
        iter.DecRef();
        if (PyErr.Occurred())
        {
            result.DecRef();
            return null;
        }
        return result;
    }

    /// <summary>set.intersection(*others) (C: <c>set_intersection_multi_impl</c>): a copy when there are no
    /// others, else the running intersection starting from this set itself.</summary>
    private PyObject? IntersectionMulti(ReadOnlySpan<PyObject> others)
    {
        if (others.Length == 0)
        {
            return Copy();
        }
        PyObject result = NewRef();
        foreach (PyObject other in others)
        {
            PyObject? next = ((PySetObject)result).Intersection(other);
            result.DecRef();
            if (next is null)
            {
                return null;
            }
            result = next;
        }
        return result;
    }

    /// <summary>The difference (C: <c>set_difference</c>): a copy with the other's items removed when the other is
    /// not a set or dict or is much smaller than this set; else a new set of the items the other lacks.</summary>
    private PyObject? Difference(PyObject other)
    {
        long otherSize = other is PySetObject os ? os.Used : other.ObType == PyDictObject.Type ? ((PyDictObject)other).Count : -1;
        if (otherSize < 0 || (Used >> 2) > otherSize)
        {
            PySetObject copy = Copy();
            if (copy.DifferenceUpdate(other) < 0)
            {
                copy.DecRef();
                return null;
            }
            return copy;
        }
        var result = new PySetObject(ResultType());
        int pos = 0;
        while (Next(ref pos, out PyObject? key, out long hash))
        {
            key!.IncRef();
            int rv = other is PySetObject set ? set.ContainsEntry(key, hash) : ((PyDictObject)other).Contains(key);
            if (rv < 0 || (rv == 0 && result.AddEntrySteal(key.NewRef(), hash) < 0))
            {
                key.DecRef();
                result.DecRef();
                return null;
            }
            key.DecRef();
        }
        return result;
    }

    /// <summary>set.difference(*others) (C: <c>set_difference_multi_impl</c>): the difference with the first,
    /// then the others removed from it in place.</summary>
    private PyObject? DifferenceMulti(ReadOnlySpan<PyObject> others)
    {
        if (others.Length == 0)
        {
            return Copy();
        }
        PyObject? result = Difference(others[0]);
        for (int i = 1; result is not null && i < others.Length; i++)
        {
            if (((PySetObject)result).DifferenceUpdate(others[i]) < 0)
            {
                result.DecRef();
                result = null;
            }
        }
        return result;
    }

    /// <summary>The symmetric difference (C: <c>set_symmetric_difference_impl</c>): a new set of the other's items,
    /// then this set's items toggled in.</summary>
    private PyObject? SymmetricDifference(PyObject other)
    {
        var result = new PySetObject(ResultType());
        if (result.UpdateInternal(other) < 0 || result.SymmetricDifferenceUpdateSet(this) < 0)
        {
            result.DecRef();
            return null;
        }
        return result;
    }
    #endregion

    /// <summary>Removes the other's items (C: <c>set_difference_update_internal</c>); a set more than 8 times larger
    /// is first cut down to the intersection. If more than a quarter of the table is then dummies, the table
    /// is rebuilt.</summary>
    private int DifferenceUpdate(PyObject other)
    {
        if (other == this)
        {
            Clear();
            return 0;
        }
        if (other is PySetObject os)
        {
            PyObject? cut = (os.Used >> 3) > Used ? Intersection(os) : os.NewRef();
            if (cut is null)
            {
                return -1;
            }
            var from = (PySetObject)cut;
            int pos = 0;
            while (from.Next(ref pos, out PyObject? key, out long hash))
            {
                key!.IncRef();
                int r = DiscardEntry(key, hash);
                key.DecRef();
                if (r < 0)
                {
                    cut.DecRef();
                    return -1;
                }
            }
            cut.DecRef();
        }
        else
        {
            PyObject? iter = GetIter(other);
            if (iter is null)
            {
                return -1;
            }
            PyObject? item;
            while ((item = PyIter.Next(iter)) is not null)
            {
                int r = Discard(item);
                item.DecRef();
                if (r < 0)
                {
                    iter.DecRef();
                    return -1;
                }
            }
            iter.DecRef();
            if (PyErr.Occurred())
            {
                return -1;
            }
        }
        return _fill - Used <= _mask / 4 ? 0 : Resize(Used > 50000 ? Used * 2 : Used * 4);
    }

    private int IntersectionUpdate(PyObject other)
    {
        PyObject? result = Intersection(other);
        if (result is null)
        {
            return -1;
        }
        SwapBodies((PySetObject)result);
        result.DecRef();
        return 0;
    }

    /// <summary>Takes over another set's table (C: <c>set_swap_bodies</c>); the other gets ours and releases it.</summary>
    private void SwapBodies(PySetObject other)
    {
        (Table, other.Table) = (other.Table, Table);
        (_fill, other._fill) = (other._fill, _fill);
        (Used, other.Used) = (other.Used, Used);
        (_mask, other._mask) = (other._mask, _mask);
        _hash = -1;
    }

    /// <summary>set.symmetric_difference_update(other) (C: <c>set_symmetric_difference_update_impl</c>): a dict's keys
    /// in its order, a set's in its table order, anything else through a set made of it.</summary>
    private int SymmetricDifferenceUpdate(PyObject other)
    {
        if (other == this)
        {
            Clear();
            return 0;
        }
        if (other is PySetObject os)
        {
            return SymmetricDifferenceUpdateSet(os);
        }
        if (other.ObType == PyDictObject.Type)
        {
            var d = (PyDictObject)other;
            long pos = 0;
            while (d.Next(ref pos, out PyObject? key, out _))
            {
                key!.IncRef();
                int r = ToggleEntry(key, PyDictObject.HashKey(key));
                key.DecRef();
                if (r < 0)
                {
                    return -1;
                }
            }
            return 0;
        }
        PySetObject otherSet = new(ResultType());
        int result = otherSet.UpdateInternal(other) < 0 ? -1 : SymmetricDifferenceUpdateSet(otherSet);
        otherSet.DecRef();
        return result;
    }

    /// <summary>Toggles every item of a set in this one (C: <c>set_symmetric_difference_update_set</c>).</summary>
    private int SymmetricDifferenceUpdateSet(PySetObject other)
    {
        int pos = 0;
        while (other.Next(ref pos, out PyObject? key, out long hash))
        {
            key!.IncRef();
            int r = ToggleEntry(key, hash);
            key.DecRef();
            if (r < 0)
            {
                return -1;
            }
        }
        return 0;
    }

    /// <summary>Removes the key if present, else adds it: 0 or -1.</summary>
    private int ToggleEntry(PyObject key, long hash)
    {
        int rv = DiscardEntry(key, hash);
        return rv < 0 ? -1 : rv > 0 ? 0 : AddEntrySteal(key.NewRef(), hash);
    }

    private PyObject? MultiUpdate(ReadOnlySpan<PyObject> args, Func<PySetObject, PyObject, int> update)
    {
        foreach (PyObject other in args)
        {
            if (update(this, other) < 0)
            {
                return null;
            }
        }
        return Py.ReturnNone;
    }

    private PyObject? IntersectionUpdateMany(ReadOnlySpan<PyObject> args)
    {
        PyObject? r = IntersectionMulti(args);
        if (r is null)
        {
            return null;
        }
        SwapBodies((PySetObject)r);
        r.DecRef();
        return Py.ReturnNone;
    }

    /// <summary>A binary operator: both operands must be sets or frozensets (C: <c>set_or</c> and friends).</summary>
    private static PyObject? Operator(PyObject a, PyObject b, Func<PySetObject, PyObject, PyObject?> op)
    {
        if (a is not PySetObject x || b is not PySetObject)
        {
            return Py.ReturnNotImplemented;
        }
        return op(x, b);
    }

    private static PyObject? InplaceOperator(PyObject a, PyObject b, Func<PySetObject, PyObject, int> op)
    {
        if (b is not PySetObject)
        {
            return Py.ReturnNotImplemented;
        }
        return op((PySetObject)a, b) < 0 ? null : a.NewRef();
    }

    private PyObject? Pop()
    {
        if (Used == 0)
        {
            return PyErr.SetString(PyExc.KeyError, "pop from an empty set");
        }
        int i = _finger & _mask;
        while (Table[i].Key is null || Table[i].Key == s_dummy)
        {
            i++;
            if (i > _mask)
            {
                i = 0;
            }
        }
        PyObject key = Table[i].Key!;
        Table[i] = new Entry { Key = s_dummy, Hash = -1 };
        Used--;
        _finger = i + 1;
        return key;
    }

    /// <summary>set.remove(key) (C: <c>set_remove_impl</c>): KeyError when absent; a set key is looked up as the
    /// equivalent frozenset.</summary>
    private PyObject? Remove(PyObject key)
    {
        int r = DiscardForUser(key);
        if (r < 0)
        {
            return null;
        }
        return r == 0 ? PyErr.SetKeyError(key) : Py.ReturnNone;
    }

    #region subset
    /// <summary>set.issubset(other) (C: <c>set_issubset_impl</c>): for a non-set, whether the intersection with it
    /// is the whole set; for a set, whether it has every item.</summary>
    private PyObject? IsSubset(PyObject other)
    {
        if (other is not PySetObject os)
        {
            PyObject? common = Intersection(other);
            if (common is null)
            {
                return null;
            }
            bool whole = ((PySetObject)common).Used == Used;
            common.DecRef();
            return Py.Bool(whole);
        }
        if (Used > os.Used)
        {
            return Py.False;
        }
        int pos = 0;
        while (Next(ref pos, out PyObject? key, out long hash))
        {
            key!.IncRef();
            int rv = os.ContainsEntry(key, hash);
            key.DecRef();
            if (rv <= 0)
            {
                return rv < 0 ? null : Py.False;
            }
        }
        return Py.True;
    }
    #endregion

    private PyObject? IsSuperset(PyObject other)
    {
        if (other is PySetObject os)
        {
            return os.IsSubset(this);
        }
        PyObject? iter = GetIter(other);
        if (iter is null)
        {
            return null;
        }
        PyObject? item;
        while ((item = PyIter.Next(iter)) is not null)
        {
            int rv = Contains(item);
            item.DecRef();
            if (rv <= 0)
            {
                iter.DecRef();
                return rv < 0 ? null : Py.False;
            }
        }
        iter.DecRef();
        return PyErr.Occurred() ? null : Py.True;
    }

    /// <summary>set.isdisjoint(other) (C: <c>set_isdisjoint_impl</c>): with an exact set or frozenset the smaller
    /// one is walked by its stored hashes; anything else is iterated and looked up here.</summary>
    private PyObject? IsDisjoint(PyObject other)
    {
        if (other == this)
        {
            return Py.Bool(Used == 0);
        }
        if (other.ObType == Type || other.ObType == FrozenSetType)
        {
            PySetObject small = (PySetObject)other, big = this;
            if (small.Used > Used)
            {
                (small, big) = (big, small);
            }
            int pos = 0;
            while (small.Next(ref pos, out PyObject? key, out long hash))
            {
                key!.IncRef();
                int rv = big.ContainsEntry(key, hash);
                key.DecRef();
                if (rv != 0)
                {
                    return rv < 0 ? null : Py.False;
                }
            }
            return Py.True;
        }
        PyObject? iter = GetIter(other);
        if (iter is null)
        {
            return null;
        }
        PyObject? item;
        while ((item = PyIter.Next(iter)) is not null)
        {
            int rv = Contains(item);
            item.DecRef();
            if (rv != 0)
            {
                iter.DecRef();
                return rv < 0 ? null : Py.False;
            }
        }
        iter.DecRef();
        return PyErr.Occurred() ? null : Py.True;
    }

    private static PyObject? SetRichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PySetObject a || w is not PySetObject b)
        {
            return Py.ReturnNotImplemented;
        }
        switch (op)
        {
            case CompareOp.Eq:
            case CompareOp.Ne:
                if (a.Used != b.Used || (a.ObType.IsSubtype(FrozenSetType) && b.ObType.IsSubtype(FrozenSetType)
                    && a._hash != -1 && b._hash != -1 && a._hash != b._hash))
                {
                    return Py.Bool(op == CompareOp.Ne);
                }
                PyObject? sub = a.IsSubset(b);
                if (sub is null || op == CompareOp.Eq)
                {
                    return sub;
                }
                return Py.Bool(sub == Py.False);
            case CompareOp.Le:
                return a.IsSubset(b);
            case CompareOp.Ge:
                return b.IsSubset(a);
            case CompareOp.Lt:
                return a.Used >= b.Used ? Py.False : a.IsSubset(b);
            default:
                return b.Used >= a.Used ? Py.False : b.IsSubset(a);
        }
    }

    private static PyObject? SetRepr(PyObject self)
    {
        var set = (PySetObject)self;
        string name = self.ObType.ShortName;
        int rec = ReprEnter(self);
        if (rec != 0)
        {
            return rec > 0 ? PyUnicodeObject.FromString($"{name}(...)") : null;
        }
        if (set.Used == 0)
        {
            ReprLeave(self);
            return PyUnicodeObject.FromString($"{name}()");
        }
        var keys = new List<PyObject>(set.Used);
        int pos = 0;
        while (set.Next(ref pos, out PyObject? key, out _))
        {
            keys.Add(key!.NewRef());
        }
        var sb = new StringBuilder();
        string? error = null;
        foreach (PyObject key in keys)
        {
            if (error is null)
            {
                string? text = ReprToString(key);
                if (text is null)
                {
                    error = "";
                }
                else
                {
                    sb.Append(sb.Length == 0 ? "" : ", ").Append(text);
                }
            }
            key.DecRef();
        }
        ReprLeave(self);
        if (error is not null)
        {
            return null;
        }
        return PyUnicodeObject.FromString(self.ObType == Type ? $"{{{sb}}}" : $"{name}({{{sb}}})");
    }

    /// <summary>frozenset's hash, cached (C: <c>frozenset_hash</c>).</summary>
    private static long FrozenSetHash(PyObject self)
    {
        var set = (PySetObject)self;
        if (set._hash != -1)
        {
            return set._hash;
        }
        var hashes = new long[set.Used];
        int pos = 0, n = 0;
        while (set.Next(ref pos, out _, out long hash))
        {
            hashes[n++] = hash;
        }
        set._hash = PyHash.FrozenSet(hashes);
        return set._hash;
    }

    private static PyObject? Reduce(PyObject self, PyObject? unused)
    {
        PyListObject? keys = PySequence.List(self);
        if (keys is null)
        {
            return null;
        }
        PyObject state = self.Managed?.Dict is { Count: > 0 } d ? d.NewRef() : Py.None;
        return PyTupleObject.FromArraySteal([self.ObType.NewRef(), PyTupleObject.FromArraySteal([keys]), state]);
    }
}

/// <summary>The set iterator (C: <c>setiterobject</c>, type <c>set_iterator</c>).</summary>
public sealed class PySetIterObject : PyObject
{
    private static readonly PyTypeObject s_type = new("set_iterator", null, TypeFlags.HaveGc | TypeFlags.DisallowInstantiation)
    {
        TpIter = SelfIter,
        TpIterNext = static o => ((PySetIterObject)o).Next(),
        TpGetAttro = GenericGetAttrFunc,
        TpMethods =
        [
            PyMethodDef.NoArgs("__length_hint__", static (o, _) =>
            {
                var it = (PySetIterObject)o;
                return PyLongObject.FromLong(it._set is not null && it._used == it._set.Used ? it._remaining : 0);
            }),
        ],
    };

    private PySetObject? _set;
    private int _used;
    private int _pos;
    private long _remaining;

    internal PySetIterObject(PySetObject set)
        : base(s_type)
    {
        _set = Py.NewRef(set);
        _used = set.Used;
        _remaining = set.Used;
    }

    private PyObject? Next()
    {
        PySetObject? set = _set;
        if (set is null)
        {
            return null;
        }
        if (_used != set.Used)
        {
            PyErr.SetString(PyExc.RuntimeError, "Set changed size during iteration");
            _used = -1; // stay broken, even if the size comes back
            return null;
        }
        if (set.Next(ref _pos, out PyObject? key, out _))
        {
            _remaining--;
            return key!.NewRef();
        }
        _set = null;
        set.DecRef();
        return null;
    }

    protected internal override void DeallocContents() => Py.Clear(ref _set);

    protected internal override int TraverseContents(VisitProc visit, object? arg) => _set is null ? 0 : visit(_set, arg);
}
