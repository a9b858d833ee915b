// Objects/typeobject.c: the method resolution order, slot inheritance and the lookup cache.
namespace Reference.Objects;

public sealed partial class PyTypeObject
{
    #region c3-mro
    /// <summary>Computes the MRO by C3 linearization (C: <c>mro_implementation</c>): the type, then a merge of
    /// its bases' MROs and the list of bases, taking at each step the first head that is in no other
    /// list's tail.</summary>
    private PyTupleObject? ComputeMro()
    {
        ReadOnlySpan<PyObject> bases = TpBases!.ItemsBorrowed;
        foreach (PyObject b in bases)
        {
            ((PyTypeObject)b).EnsureReady();
        }
        if (bases.Length == 0)
        {
            return NewTuple([this]);
        }
        if (bases.Length == 1)
        {
            // Single inheritance: the MRO is this type followed by the base's MRO.
            ReadOnlySpan<PyObject> baseMro = ((PyTypeObject)bases[0]).TpMro!.ItemsBorrowed;
            var single = new PyObject[baseMro.Length + 1];
            single[0] = this;
            baseMro.CopyTo(single.AsSpan(1));
            return NewTuple(single);
        }
        var sequences = new List<List<PyTypeObject>>(bases.Length + 1);
        foreach (PyObject b in bases)
        {
            var seq = new List<PyTypeObject>();
            foreach (PyObject m in ((PyTypeObject)b).TpMro!.ItemsBorrowed)
            {
                seq.Add((PyTypeObject)m);
            }
            sequences.Add(seq);
        }
        var baseList = new List<PyTypeObject>(bases.Length);
        foreach (PyObject b in bases)
        {
            baseList.Add((PyTypeObject)b);
        }
        sequences.Add(baseList);

        var result = new List<PyObject> { this };
        while (true)
        {
            sequences.RemoveAll(static s => s.Count == 0);
            if (sequences.Count == 0)
            {
                return NewTuple([.. result]);
            }
            PyTypeObject? next = null;
            foreach (List<PyTypeObject> seq in sequences)
            {
                PyTypeObject head = seq[0];
                if (!InAnyTail(sequences, head))
                {
                    next = head;
                    break;
                }
            }
            if (next is null)
            {
                return (PyTupleObject?)PyErr.SetString(PyExc.TypeError, DescribeConflict(sequences));
            }
            result.Add(next);
            foreach (List<PyTypeObject> seq in sequences)
            {
                if (seq[0] == next)
                {
                    seq.RemoveAt(0);
                }
            }
        }
    }
    #endregion

    private static bool InAnyTail(List<List<PyTypeObject>> sequences, PyTypeObject candidate)
    {
        foreach (List<PyTypeObject> seq in sequences)
        {
            for (int i = 1; i < seq.Count; i++)
            {
                if (seq[i] == candidate)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private PyTupleObject NewTuple(PyObject[] items) =>
        IsHeapType ? PyTupleObject.FromSpan(items) : PyTupleObject.FromSpanImmortal(items);

    /// <summary>CPython's message names, in order and once each, the heads that could not be placed.</summary>
    private static string DescribeConflict(List<List<PyTypeObject>> remaining)
    {
        var names = new List<string>();
        foreach (List<PyTypeObject> seq in remaining)
        {
            string n = seq[0].Name;
            if (!names.Contains(n))
            {
                names.Add(n);
            }
        }
        return "Cannot create a consistent method resolution order (MRO) for bases " + string.Join(", ", names);
    }
}

/// <summary>Slot-family inheritance (C: the COPYNUM/COPYSEQ/COPYMAP parts of <c>inherit_slots</c>).</summary>
internal static class TypeInherit
{
    public static PyNumberMethods Number(PyNumberMethods? own, PyNumberMethods b)
    {
        if (own is null)
        {
            return b.Clone();
        }
        own.NbAdd ??= b.NbAdd; own.NbSubtract ??= b.NbSubtract; own.NbMultiply ??= b.NbMultiply;
        own.NbRemainder ??= b.NbRemainder; own.NbDivmod ??= b.NbDivmod; own.NbPower ??= b.NbPower;
        own.NbNegative ??= b.NbNegative; own.NbPositive ??= b.NbPositive; own.NbAbsolute ??= b.NbAbsolute;
        own.NbBool ??= b.NbBool; own.NbInvert ??= b.NbInvert; own.NbLshift ??= b.NbLshift;
        own.NbRshift ??= b.NbRshift; own.NbAnd ??= b.NbAnd; own.NbXor ??= b.NbXor; own.NbOr ??= b.NbOr;
        own.NbInt ??= b.NbInt; own.NbFloat ??= b.NbFloat;
        own.NbInplaceAdd ??= b.NbInplaceAdd; own.NbInplaceSubtract ??= b.NbInplaceSubtract;
        own.NbInplaceMultiply ??= b.NbInplaceMultiply; own.NbInplaceRemainder ??= b.NbInplaceRemainder;
        own.NbInplacePower ??= b.NbInplacePower; own.NbInplaceLshift ??= b.NbInplaceLshift;
        own.NbInplaceRshift ??= b.NbInplaceRshift; own.NbInplaceAnd ??= b.NbInplaceAnd;
        own.NbInplaceXor ??= b.NbInplaceXor; own.NbInplaceOr ??= b.NbInplaceOr;
        own.NbFloorDivide ??= b.NbFloorDivide; own.NbTrueDivide ??= b.NbTrueDivide;
        own.NbInplaceFloorDivide ??= b.NbInplaceFloorDivide; own.NbInplaceTrueDivide ??= b.NbInplaceTrueDivide;
        own.NbIndex ??= b.NbIndex; own.NbMatrixMultiply ??= b.NbMatrixMultiply;
        own.NbInplaceMatrixMultiply ??= b.NbInplaceMatrixMultiply;
        return own;
    }

    public static PySequenceMethods Sequence(PySequenceMethods? own, PySequenceMethods b)
    {
        if (own is null)
        {
            return b.Clone();
        }
        own.SqLength ??= b.SqLength; own.SqConcat ??= b.SqConcat; own.SqRepeat ??= b.SqRepeat;
        own.SqItem ??= b.SqItem; own.SqAssItem ??= b.SqAssItem; own.SqContains ??= b.SqContains;
        own.SqInplaceConcat ??= b.SqInplaceConcat; own.SqInplaceRepeat ??= b.SqInplaceRepeat;
        return own;
    }

    public static PyMappingMethods Mapping(PyMappingMethods? own, PyMappingMethods b)
    {
        if (own is null)
        {
            return b.Clone();
        }
        own.MpLength ??= b.MpLength; own.MpSubscript ??= b.MpSubscript; own.MpAssSubscript ??= b.MpAssSubscript;
        return own;
    }
}

/// <summary>A type's attribute-lookup cache (C: the type method cache). Static types get a flat table of
/// every name in their MRO, built once; heap types remember hits and misses until the type or a base is
/// modified.</summary>
internal sealed class TypeCache
{
    private const int HeapCacheLimit = 4096;
    private readonly Dictionary<PyUnicodeObject, PyObject?> _map;
    private readonly bool _flat;

    public TypeCache(PyTypeObject type, bool flat)
    {
        _flat = flat;
        _map = new Dictionary<PyUnicodeObject, PyObject?>(NameComparer.Instance);
        if (flat)
        {
            // Walk the MRO from object upwards so that nearer classes overwrite farther ones.
            ReadOnlySpan<PyObject> mro = type.TpMro!.ItemsBorrowed;
            for (int i = mro.Length - 1; i >= 0; i--)
            {
                PyDictObject dict = ((PyTypeObject)mro[i]).TpDict!;
                long pos = 0;
                while (dict.Next(ref pos, out PyObject? key, out PyObject? value))
                {
                    if (key is PyUnicodeObject name)
                    {
                        _map[name] = value;
                    }
                }
            }
        }
    }

    /// <summary>A definitive answer when it returns true (value may be null: "not found").</summary>
    public bool TryGet(PyUnicodeObject name, out PyObject? value)
    {
        if (_map.TryGetValue(name, out value))
        {
            return true;
        }
        value = null;
        return _flat;
    }

    public void Remember(PyUnicodeObject name, PyObject? value)
    {
        if (_flat)
        {
            return;
        }
        if (_map.Count >= HeapCacheLimit)
        {
            _map.Clear();
        }
        _map[name] = value;
    }

    public void Invalidate()
    {
        if (!_flat)
        {
            _map.Clear();
        }
    }
}

/// <summary>Compares attribute names by value, using the string's cached Python hash.</summary>
internal sealed class NameComparer : IEqualityComparer<PyUnicodeObject>
{
    public static readonly NameComparer Instance = new();

    public bool Equals(PyUnicodeObject? x, PyUnicodeObject? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && string.Equals(x.Value, y.Value, StringComparison.Ordinal));

    public int GetHashCode(PyUnicodeObject obj) => (int)obj.HashValue;
}

/// <summary>Which heap types derive from which types, per interpreter (C: <c>tp_subclasses</c>, which CPython
/// also keeps per interpreter for static types). Weakly held: a subclass does not keep itself alive here.</summary>
internal static class Subclasses
{
    public static void Add(PyTypeObject @base, PyTypeObject sub)
    {
        Dictionary<PyTypeObject, List<WeakReference<PyTypeObject>>> map = Registry();
        if (!map.TryGetValue(@base, out List<WeakReference<PyTypeObject>>? list))
        {
            list = [];
            map[@base] = list;
        }
        list.Add(new WeakReference<PyTypeObject>(sub));
    }

    public static void Remove(PyTypeObject @base, PyTypeObject sub)
    {
        if (Registry().TryGetValue(@base, out List<WeakReference<PyTypeObject>>? list))
        {
            list.RemoveAll(w => !w.TryGetTarget(out PyTypeObject? t) || t == sub);
        }
    }

    /// <summary>The live subclasses of a type, in the order they were created.</summary>
    public static List<PyTypeObject> LiveOf(PyTypeObject type)
    {
        var result = new List<PyTypeObject>();
        PyThreadState? tstate = PyThreadState.GetOrNull();
        if (tstate is null || !tstate.Interp.TypeSubclasses.TryGetValue(type, out List<WeakReference<PyTypeObject>>? list))
        {
            return result;
        }
        foreach (WeakReference<PyTypeObject> w in list)
        {
            if (w.TryGetTarget(out PyTypeObject? t) && !t.IsDead)
            {
                result.Add(t);
            }
        }
        return result;
    }

    private static Dictionary<PyTypeObject, List<WeakReference<PyTypeObject>>> Registry() =>
        PyThreadState.Get().Interp.TypeSubclasses;
}
