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
                NbOr = static (a, b) => Operator(a, b, static (x, y) => x.Union(y)),
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
            PyMethodDef.NoArgs("copy", static (o, _) => o.ObType == FrozenSetType ? o.NewRef() : ((PySetObject)o).CopyAs(o.ObType.IsSubtype(FrozenSetType) ? FrozenSetType : Type)),
            PyMethodDef.Fast("difference", static (o, args) => ((PySetObject)o).MultiOp(args, static (x, y) => x.Difference(y))),
            PyMethodDef.Fast("intersection", static (o, args) => ((PySetObject)o).MultiOp(args, static (x, y) => x.Intersection(y))),
            PyMethodDef.O("isdisjoint", static (o, other) => ((PySetObject)o).IsDisjoint(other!)),
            PyMethodDef.O("issubset", static (o, other) => ((PySetObject)o).IsSubset(other!)),
            PyMethodDef.O("issuperset", static (o, other) => ((PySetObject)o).IsSuperset(other!)),
            PyMethodDef.NoArgs("__reduce__", Reduce),
            PyMethodDef.NoArgs("__sizeof__", static (o, _) => PyLongObject.FromLong(((PySetObject)o).Table.Length <= MinSize ? 200 : 200 + 16L * ((PySetObject)o).Table.Length)),
            PyMethodDef.O("symmetric_difference", static (o, other) => ((PySetObject)o).SymmetricDifference(other!)),
            PyMethodDef.Fast("union", static (o, args) => ((PySetObject)o).MultiOp(args, static (x, y) => x.Union(y))),
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
                PyMethodDef.O("discard", static (o, k) => ((PySetObject)o).Discard(k!) < 0 ? null : Py.ReturnNone),
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

    /// <summary>key in set; an unhashable set key is looked up as the equivalent frozenset (C: <c>set_contains</c>).</summary>
    private int ContainsForIn(PyObject key)
    {
        int r = Contains(key);
        if (r < 0 && key is PySetObject keySet && PyErr.ExceptionMatches(PyExc.TypeError))
        {
            PyErr.Clear();
            PySetObject frozen = keySet.CopyAs(FrozenSetType);
            r = Contains(frozen);
            frozen.DecRef();
        }
        return r;
    }

    #region new-init
    private static int SetInit(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        if (self.ObType == Type && !GetArgs.NoKeywords("set", kwargs))
        {
            return -1;
        }
        if (!GetArgs.CheckPositional("set", args.Count, 0, 1))
        {
            return -1;
        }
        var set = (PySetObject)self;
        set.Clear();
        return args.Count == 1 ? set.UpdateInternal(args[0]) : 0;
    }

    private static PyObject? FrozenSetNew(PyTypeObject type, PyTupleObject args, PyDictObject? kwargs)
    {
        if (type == FrozenSetType && !GetArgs.NoKeywords("frozenset", kwargs))
        {
            return null;
        }
        if (!GetArgs.CheckPositional("frozenset", args.Count, 0, 1))
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

    #region update
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

    private PySetObject NewResult() => new(ObType.IsSubtype(FrozenSetType) ? FrozenSetType : Type);

    #region algebra
    private PyObject? Union(PyObject other)
    {
        PySetObject result = CopyAs(ResultType());
        if (result.UpdateInternal(other) < 0)
        {
            result.DecRef();
            return null;
        }
        return result;
    }

    private PyTypeObject ResultType() => ObType.IsSubtype(FrozenSetType) ? FrozenSetType : Type;

    /// <summary>The intersection (C: <c>set_intersection</c>): iterate the smaller, keep what the larger has.</summary>
    private PyObject? Intersection(PyObject other)
    {
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
            long hash = HashKey(item);
            int rv = hash == -1 ? -1 : ContainsEntry(item, hash);
            if (rv < 0 || (rv > 0 && result.AddEntrySteal(item.NewRef(), hash) < 0))
            {
                item.DecRef();
                iter.DecRef();
                result.DecRef();
                return null;
            }
            item.DecRef();
        }
        iter.DecRef();
        if (PyErr.Occurred())
        {
            result.DecRef();
            return null;
        }
        return result;
    }

    /// <summary>The difference (C: <c>set_difference</c>).</summary>
    private PyObject? Difference(PyObject other)
    {
        if (other is not PySetObject && other is not PyDictObject)
        {
            PySetObject copy = CopyAs(ResultType());
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
            int rv = other is PySetObject os ? os.ContainsEntry(key, hash) : ((PyDictObject)other).Contains(key);
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

    private PyObject? SymmetricDifference(PyObject other)
    {
        PySetObject result = CopyAs(ResultType());
        if (result.SymmetricDifferenceUpdate(other) < 0)
        {
            result.DecRef();
            return null;
        }
        return result;
    }
    #endregion

    private int DifferenceUpdate(PyObject other)
    {
        if (other == this)
        {
            Clear();
            return 0;
        }
        if (other is PySetObject os)
        {
            int pos = 0;
            while (os.Next(ref pos, out PyObject? key, out long hash))
            {
                key!.IncRef();
                int r = DiscardEntry(key, hash);
                key.DecRef();
                if (r < 0)
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
        return PyErr.Occurred() ? -1 : 0;
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

    private int SymmetricDifferenceUpdate(PyObject other)
    {
        if (other == this)
        {
            Clear();
            return 0;
        }
        PySetObject? otherSet = other as PySetObject;
        bool owned = false;
        if (otherSet is null)
        {
            otherSet = FromIterable(other);
            if (otherSet is null)
            {
                return -1;
            }
            owned = true;
        }
        int pos = 0, result = 0;
        while (result == 0 && otherSet.Next(ref pos, out PyObject? key, out long hash))
        {
            key!.IncRef();
            int rv = DiscardEntry(key, hash);
            if (rv < 0 || (rv == 0 && AddEntrySteal(key.NewRef(), hash) < 0))
            {
                result = -1;
            }
            key.DecRef();
        }
        if (owned)
        {
            otherSet.DecRef();
        }
        return result;
    }

    private PyObject? MultiOp(ReadOnlySpan<PyObject> args, Func<PySetObject, PyObject, PyObject?> op)
    {
        PyObject result = CopyAs(ResultType());
        foreach (PyObject other in args)
        {
            PyObject? next = op((PySetObject)result, other);
            result.DecRef();
            if (next is null)
            {
                return null;
            }
            result = next;
        }
        return result;
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
        PyObject? r = MultiOp(args, static (x, y) => x.Intersection(y));
        if (r is null)
        {
            return null;
        }
        SwapBodies((PySetObject)r);
        r.DecRef();
        return Py.ReturnNone;
    }

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

    private PyObject? Remove(PyObject key)
    {
        int r = Discard(key);
        if (r < 0)
        {
            if (key is PySetObject keySet && PyErr.ExceptionMatches(PyExc.TypeError))
            {
                PyErr.Clear();
                PySetObject frozen = keySet.CopyAs(FrozenSetType);
                r = Discard(frozen);
                frozen.DecRef();
            }
            if (r < 0)
            {
                return null;
            }
        }
        return r == 0 ? PyErr.SetKeyError(key) : Py.ReturnNone;
    }

    #region subset
    private PyObject? IsSubset(PyObject other)
    {
        if (other is not PySetObject os)
        {
            PySetObject? tmp = FromIterable(other);
            if (tmp is null)
            {
                return null;
            }
            PyObject? r = IsSubset(tmp);
            tmp.DecRef();
            return r;
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

    private PyObject? IsDisjoint(PyObject other)
    {
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
    private readonly int _used;
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
            _remaining = -1;
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
