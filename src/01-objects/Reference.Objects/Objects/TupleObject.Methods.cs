// Objects/tupleobject.c: tuple's slots and methods.
using System.Text;

namespace Reference.Objects;

public sealed partial class PyTupleObject
{
    private static PyMethodDef[] Methods() =>
    [
        PyMethodDef.Fast("index", TupleIndex),
        PyMethodDef.O("count", TupleCount),
        PyMethodDef.NoArgs("__getnewargs__", static (self, _) =>
            FromArraySteal([self.ObType == Type ? self.NewRef() : FromSpan(((PyTupleObject)self).Items)])),
    ];

    private static PyObject? TupleNew(PyTypeObject subtype, PyTupleObject args, PyDictObject? kwargs)
    {
        if (subtype == Type && !GetArgs.NoKeywords("tuple", kwargs))
        {
            return null;
        }
        if (!GetArgs.CheckPositional("tuple", args.Count, 0, 1))
        {
            return null;
        }
        return TupleNewImpl(subtype, args.Count == 0 ? null : args[0]);
    }

    private static PyObject? TupleVectorcall(PyObject type, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames)
    {
        if (!GetArgs.NoKwnames("tuple", kwnames) || !GetArgs.CheckPositional("tuple", args.Length, 0, 1))
        {
            return null;
        }
        return TupleNewImpl((PyTypeObject)type, args.Length == 0 ? null : args[0]);
    }

    private static PyObject? TupleNewImpl(PyTypeObject subtype, PyObject? iterable)
    {
        PyTupleObject? items = iterable is null ? EmptyTuple : PySequence.Tuple(iterable);
        if (items is null || subtype == Type)
        {
            return items;
        }
        PyTupleObject result = NewOfSubtype(subtype, items.Items);
        items.DecRef();
        return result;
    }

    #region tuple-repr
    private static PyObject? TupleRepr(PyObject self)
    {
        var t = (PyTupleObject)self;
        if (t.Count == 0)
        {
            return PyUnicodeObject.FromString("()");
        }
        int rec = ReprEnter(self);
        if (rec != 0)
        {
            return rec > 0 ? PyUnicodeObject.FromString("(...)") : null;
        }
        var sb = new StringBuilder("(");
        for (int i = 0; i < t.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }
            string? item = ReprToString(t.Items[i]);
            if (item is null)
            {
                ReprLeave(self);
                return null;
            }
            sb.Append(item);
        }
        sb.Append(t.Count == 1 ? ",)" : ")");
        ReprLeave(self);
        return PyUnicodeObject.FromString(sb.ToString());
    }
    #endregion

    private static long TupleHash(PyObject self)
    {
        var t = (PyTupleObject)self;
        Span<long> hashes = t.Count <= 16 ? stackalloc long[t.Count] : new long[t.Count];
        for (int i = 0; i < t.Count; i++)
        {
            long h = Hash(t.Items[i]);
            if (h == -1)
            {
                return -1;
            }
            hashes[i] = h;
        }
        return PyHash.Tuple(hashes);
    }

    #region tuple-richcompare
    /// <summary>Sequence comparison (C: <c>tuplerichcompare</c>): find the first index where the items differ;
    /// if there is none, compare lengths, else compare those two items with the operator.</summary>
    private static PyObject? TupleRichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyTupleObject vt || w is not PyTupleObject wt)
        {
            return Py.ReturnNotImplemented;
        }
        return SequenceCompare(vt.Items, wt.Items, op);
    }
    #endregion

    /// <summary>The lexicographic comparison of two fixed runs of items (tuples, and slices as the tuples of their
    /// bounds); a list compares itself, reading its items live.</summary>
    internal static PyObject? SequenceCompare(ReadOnlySpan<PyObject> a, ReadOnlySpan<PyObject> b, CompareOp op)
    {
        int i = 0;
        for (; i < a.Length && i < b.Length; i++)
        {
            int k = RichCompareBool(a[i], b[i], CompareOp.Eq);
            if (k < 0)
            {
                return null;
            }
            if (k == 0)
            {
                break;
            }
        }
        if (i >= a.Length || i >= b.Length)
        {
            return CompareOps.Return(a.Length, b.Length, op);
        }
        if (op == CompareOp.Eq)
        {
            return Py.False;
        }
        if (op == CompareOp.Ne)
        {
            return Py.True;
        }
        return RichCompare(a[i], b[i], op);
    }

    private static PyObject? TupleConcat(PyObject a, PyObject b)
    {
        if (b is not PyTupleObject bt)
        {
            return PyErr.SetString(PyExc.TypeError,
                $"can only concatenate tuple (not \"{b.ObType.Name}\") to tuple");
        }
        var at = (PyTupleObject)a;
        if (bt.Count == 0 && a.ObType == Type)
        {
            return a.NewRef();
        }
        if (at.Count == 0 && b.ObType == Type)
        {
            return b.NewRef();
        }
        var items = new PyObject[at.Count + bt.Count];
        at.Items.CopyTo(items, 0);
        bt.Items.CopyTo(items, at.Count);
        foreach (PyObject item in items)
        {
            item.IncRef();
        }
        return FromArraySteal(items);
    }

    private static PyObject? TupleRepeat(PyObject self, long n)
    {
        var t = (PyTupleObject)self;
        if (n <= 0 || t.Count == 0)
        {
            return EmptyTuple;
        }
        if (n == 1 && self.ObType == Type)
        {
            return self.NewRef();
        }
        if (n > (Array.MaxLength - 1) / t.Count)
        {
            return PyErr.NoMemory();
        }
        var items = new PyObject[t.Count * n];
        for (long k = 0; k < n; k++)
        {
            t.Items.CopyTo(items, k * t.Count);
        }
        foreach (PyObject item in items)
        {
            item.IncRef();
        }
        return FromArraySteal(items);
    }

    private static PyObject? TupleItem(PyObject self, long index)
    {
        var t = (PyTupleObject)self;
        if ((ulong)index >= (ulong)t.Count)
        {
            return PyErr.SetString(PyExc.IndexError, "tuple index out of range");
        }
        return t.Items[index].NewRef();
    }

    private static int TupleContains(PyObject self, PyObject value)
    {
        foreach (PyObject item in ((PyTupleObject)self).Items)
        {
            int cmp = RichCompareBool(item, value, CompareOp.Eq);
            if (cmp != 0)
            {
                return cmp;
            }
        }
        return 0;
    }

    private static PyObject? TupleSubscript(PyObject self, PyObject key)
    {
        var t = (PyTupleObject)self;
        if (key is PySliceObject slice)
        {
            if (slice.GetIndices(t.Count, out long start, out long stop, out long step, out long length) < 0)
            {
                return null;
            }
            if (length == t.Count && step == 1 && self.ObType == Type)
            {
                return self.NewRef();
            }
            var items = new PyObject[length];
            for (long i = 0, cur = start; i < length; i++, cur += step)
            {
                items[i] = t.Items[cur].NewRef();
            }
            return FromArraySteal(items);
        }
        long index = PyNumber.AsIndexForSubscript(key, "tuple");
        if (index == -1 && PyErr.Occurred())
        {
            return null;
        }
        if (index < 0)
        {
            index += t.Count;
        }
        return TupleItem(self, index);
    }

    private static PyObject? TupleIndex(PyObject self, ReadOnlySpan<PyObject> args)
    {
        var t = (PyTupleObject)self;
        if (!GetArgs.CheckPositional("index", args.Length, 1, 3))
        {
            return null;
        }
        if (!PySliceObject.ParseSearchBounds(args[1..], t.Count, out long start, out long stop))
        {
            return null;
        }
        for (long i = start; i < stop && i < t.Count; i++)
        {
            int cmp = RichCompareBool(t.Items[i], args[0], CompareOp.Eq);
            if (cmp > 0)
            {
                return PyLongObject.FromLong(i);
            }
            if (cmp < 0)
            {
                return null;
            }
        }
        return PyErr.SetString(PyExc.ValueError, "tuple.index(x): x not in tuple");
    }

    private static PyObject? TupleCount(PyObject self, PyObject? value)
    {
        long count = 0;
        foreach (PyObject item in ((PyTupleObject)self).Items)
        {
            int cmp = RichCompareBool(item, value!, CompareOp.Eq);
            if (cmp < 0)
            {
                return null;
            }
            count += cmp;
        }
        return PyLongObject.FromLong(count);
    }
}

/// <summary>The tuple iterator (C: <c>tupleiterobject</c>, type <c>tuple_iterator</c>).</summary>
public sealed class PyTupleIterObject : PyObject
{
    /// <summary>The type.</summary>
    public static readonly PyTypeObject Type = new("tuple_iterator", null, TypeFlags.HaveGc | TypeFlags.DisallowInstantiation)
    {
        TpIter = SelfIter,
        TpIterNext = static o => ((PyTupleIterObject)o).Next(),
        TpGetAttro = GenericGetAttrFunc,
        TpMethods =
        [
            PyMethodDef.NoArgs("__length_hint__", static (o, _) => PyLongObject.FromLong(((PyTupleIterObject)o).Remaining)),
        ],
    };

    private PyTupleObject? _seq;
    private int _index;

    internal PyTupleIterObject(PyTupleObject seq)
        : base(Type)
    {
        seq.IncRef();
        _seq = seq;
    }

    private long Remaining => _seq is null ? 0 : _seq.Count - _index;

    private PyObject? Next()
    {
        PyTupleObject? seq = _seq;
        if (seq is null)
        {
            return null;
        }
        if (_index < seq.Count)
        {
            return seq.Items[_index++].NewRef();
        }
        _seq = null; // exhausted iterators release their sequence, as CPython's do
        seq.DecRef();
        return null;
    }

    protected internal override void DeallocContents() => Py.Clear(ref _seq);

    protected internal override int TraverseContents(VisitProc visit, object? arg) => _seq is null ? 0 : visit(_seq, arg);
}
