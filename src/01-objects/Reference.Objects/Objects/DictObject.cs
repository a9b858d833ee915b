// Objects/dictobject.c: dict — the compact, insertion-ordered hash table.
//
// Since CPython 3.6 a dict is two arrays: a dense array of entries (hash, key, value) in insertion
// order, and a sparse index table that maps hash slots to positions in the entry array. The index
// table is probed with CPython's recurrence `i = (5*i + 1 + perturb) mod size`, `perturb >>= 5`, so
// every slot is eventually visited. Deleting leaves a dummy in the index table and a hole in the
// entries; iteration walks the entries in order and skips holes. The table grows when the entry
// array fills, to the next power of two at least 3 x the live count (C: GROWTH_RATE).
//
// Every operation that hashes a key reports an unhashable one as CPython 3.14 does: "cannot use
// 'list' as a dict key (unhashable type: 'list')".
//
// Comparing keys may run Python code (__eq__), which may mutate this very dict. After every such
// comparison the lookup checks that the table and the entry are unchanged, and starts over if not,
// exactly as CPython does; so a lookup never reads a stale slot.
using System.Runtime.CompilerServices;

namespace Reference.Objects;

/// <summary>A dict (C: <c>PyDictObject</c>).</summary>
public sealed partial class PyDictObject : PyObject
{
    private const int Empty = -1;
    private const int Dummy = -2;
    private const int MinSize = 8;

    /// <summary>One key/value pair (C: <c>PyDictKeyEntry</c>). A deleted entry has a null key.</summary>
    internal struct Entry
    {
        public long Hash;
        public PyObject? Key;
        public PyObject? Value;
    }

    private int[] _indices;
    internal Entry[] Entries;
    private int _nentries;

    /// <summary>How many more entries may be added before the tables must grow (C: <c>dk_usable</c>). Deleting an
    /// entry does not give its room back — its index slot stays a dummy — so the index table always keeps
    /// empty slots that end every probe sequence.</summary>
    private int _usable = MinSize * 2 / 3;
    private int _used;

    /// <summary>Bumped by every change of size or of which keys are present, so that iterators can tell.</summary>
    internal ulong Version;

    private PyDictObject()
        : base(Type) => (_indices, Entries) = NewTables(MinSize);

    private PyDictObject(PyTypeObject subtype)
        : base(subtype) => (_indices, Entries) = NewTables(MinSize);

    private PyDictObject(ImmortalTag tag)
        : base(Type, tag) => (_indices, Entries) = NewTables(MinSize);

    /// <summary>A new empty dict (C: <c>PyDict_New</c>).</summary>
    public static PyDictObject New() => new();

    /// <summary>A new empty dict of a subtype (its <c>tp_alloc</c>).</summary>
    internal static PyDictObject NewOfSubtype(PyTypeObject subtype) => new(subtype);

    /// <summary>An immortal dict for a static type's attributes; it holds only immortal objects.</summary>
    internal static PyDictObject NewImmortal() => new(default(ImmortalTag));

    /// <summary>The number of items (C: <c>PyDict_GET_SIZE</c>).</summary>
    public int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _used;
    }

    private static (int[], Entry[]) NewTables(int size)
    {
        var indices = new int[size];
        indices.AsSpan().Fill(Empty);
        return (indices, new Entry[size * 2 / 3]);
    }

    /// <summary>hash(key) for a dict operation (C: <c>_PyObject_HashFast</c> then <c>dict_unhashable_type</c>): an
    /// exact str uses its cached hash, anything else its type's hash, and an unhashable key fails with 3.14's
    /// "cannot use 'list' as a dict key (unhashable type: 'list')".</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long HashKey(PyObject key)
    {
        if (key.ObType == PyUnicodeObject.Type)
        {
            return ((PyUnicodeObject)key).HashValue;
        }
        long hash = PyObject.Hash(key);
        if (hash == -1)
        {
            UnhashableKey(key, "dict key");
        }
        return hash;
    }

    #region dict-lookup
    /// <summary>Finds a key (C: <c>_Py_dict_lookup</c>). Returns the entry index, -1 if absent, or -2 with an
    /// error set when a comparison failed. <paramref name="slot"/> receives the index-table slot where the
    /// key is or where it would be inserted.</summary>
    private int Lookup(PyObject key, long hash, out int slot)
    {
    Restart:
        int[] indices = _indices;
        Entry[] entries = Entries;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        int freeSlot = -1;
        while (true)
        {
            int ix = indices[i];
            if (ix == Empty)
            {
                slot = freeSlot >= 0 ? freeSlot : i;
                return -1;
            }
            if (ix == Dummy)
            {
                if (freeSlot < 0)
                {
                    freeSlot = i;
                }
            }
            else
            {
                ref Entry e = ref entries[ix];
                PyObject? startKey = e.Key;
                if (startKey == key)
                {
                    slot = i;
                    return ix;
                }
                if (startKey is not null && e.Hash == hash)
                {
                    if (startKey is PyUnicodeObject sk && key is PyUnicodeObject kk && sk.ObType == PyUnicodeObject.Type
                        && kk.ObType == PyUnicodeObject.Type)
                    {
                        // Exact str keys compare by value: no Python code can run.
                        if (string.Equals(sk.Value, kk.Value, StringComparison.Ordinal))
                        {
                            slot = i;
                            return ix;
                        }
                    }
                    else
                    {
                        startKey.IncRef();
                        int cmp = RichCompareBool(startKey, key, CompareOp.Eq);
                        startKey.DecRef();
                        if (cmp < 0)
                        {
                            slot = -1;
                            return -2;
                        }
                        if (indices != _indices || entries != Entries || entries[ix].Key != startKey)
                        {
                            goto Restart; // __eq__ mutated the dict
                        }
                        if (cmp > 0)
                        {
                            slot = i;
                            return ix;
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }
    #endregion

    /// <summary>The value for a key, borrowed; null with no error if absent; null with an error if hashing or
    /// comparing failed (C: <c>PyDict_GetItemWithError</c>).</summary>
    public PyObject? GetItemWithErrorBorrowed(PyObject key)
    {
        long hash = HashKey(key);
        if (hash == -1)
        {
            return null;
        }
        int ix = Lookup(key, hash, out _);
        return ix >= 0 ? Entries[ix].Value : null;
    }

    /// <summary>The value for an exact-str key, borrowed, or null; never fails (C: <c>_PyDict_GetItem_KnownHash</c>
    /// for identifiers).</summary>
    public PyObject? GetItemStrBorrowed(PyUnicodeObject key)
    {
        int ix = Lookup(key, key.HashValue, out _);
        return ix >= 0 ? Entries[ix].Value : null;
    }

    /// <summary>The value for a key as a new reference: 1 found, 0 absent, -1 error (C: <c>PyDict_GetItemRef</c>).</summary>
    public int GetItemRef(PyObject key, out PyObject? value)
    {
        value = GetItemWithErrorBorrowed(key);
        if (value is not null)
        {
            value.IncRef();
            return 1;
        }
        return PyErr.Occurred() ? -1 : 0;
    }

    /// <summary>Whether the dict has a key: 1, 0 or -1 (C: <c>PyDict_Contains</c>).</summary>
    public int Contains(PyObject key)
    {
        long hash = HashKey(key);
        if (hash == -1)
        {
            return -1;
        }
        int ix = Lookup(key, hash, out _);
        return ix >= 0 ? 1 : ix == -1 ? 0 : -1;
    }

    #region insert
    /// <summary>d[key] = value, borrowing both (C: <c>PyDict_SetItem</c>): 0 or -1.</summary>
    public int SetItem(PyObject key, PyObject value)
    {
        long hash = HashKey(key);
        if (hash == -1)
        {
            return -1;
        }
        key.IncRef();
        value.IncRef();
        return InsertSteal(key, hash, value);
    }

    /// <summary>Inserts, taking over the references to key and value (C: <c>insertdict</c>).</summary>
    internal int InsertSteal(PyObject key, long hash, PyObject value)
    {
        int ix = Lookup(key, hash, out int slot);
        if (ix == -2)
        {
            key.DecRef();
            value.DecRef();
            return -1;
        }
        if (ix >= 0)
        {
            // Replace the value; the old key stays (CPython keeps the first key object).
            ref Entry e = ref Entries[ix];
            PyObject? old = e.Value;
            e.Value = value;
            key.DecRef();
            old?.DecRef();
            return 0;
        }
        if (_usable <= 0)
        {
            Resize(GrowthTarget());
            Lookup(key, hash, out slot); // cannot fail: only new slots now
        }
        _indices[slot] = _nentries;
        Entries[_nentries++] = new Entry { Hash = hash, Key = key, Value = value };
        _usable--;
        _used++;
        Version++;
        return 0;
    }
    #endregion

    private int GrowthTarget() => _used * 3;

    /// <summary>Rebuilds the tables with room for <paramref name="minUsed"/> entries, compacting holes
    /// (C: <c>dictresize</c>).</summary>
    private void Resize(int minUsed)
    {
        int size = MinSize;
        while (size * 2 / 3 <= minUsed && size < (1 << 30))
        {
            size <<= 1;
        }
        (int[] indices, Entry[] entries) = NewTables(size);
        int mask = size - 1;
        int n = 0;
        for (int k = 0; k < _nentries; k++)
        {
            ref Entry old = ref Entries[k];
            if (old.Key is null)
            {
                continue;
            }
            entries[n] = old;
            ulong perturb = (ulong)old.Hash;
            int i = (int)((ulong)old.Hash & (ulong)mask);
            while (indices[i] != Empty)
            {
                perturb >>= 5;
                i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
            }
            indices[i] = n++;
        }
        _indices = indices;
        Entries = entries;
        _nentries = n;
        _usable = entries.Length - n;
    }

    #region delete
    /// <summary>del d[key] (C: <c>PyDict_DelItem</c>): 0, or -1 with KeyError or another error.</summary>
    public int DelItem(PyObject key)
    {
        int r = DelItemIfPresent(key);
        if (r == 0)
        {
            PyErr.SetKeyError(key);
            return -1;
        }
        return r < 0 ? -1 : 0;
    }

    /// <summary>Deletes a key if present: 1 deleted, 0 absent, -1 error.</summary>
    public int DelItemIfPresent(PyObject key)
    {
        long hash = HashKey(key);
        if (hash == -1)
        {
            return -1;
        }
        int ix = Lookup(key, hash, out int slot);
        if (ix < 0)
        {
            return ix == -1 ? 0 : -1;
        }
        RemoveAt(ix, slot, out PyObject oldKey, out PyObject oldValue);
        oldKey.DecRef();
        oldValue.DecRef();
        return 1;
    }
    #endregion

    /// <summary>Unlinks an entry, handing its references to the caller.</summary>
    private void RemoveAt(int ix, int slot, out PyObject oldKey, out PyObject oldValue)
    {
        ref Entry e = ref Entries[ix];
        oldKey = e.Key!;
        oldValue = e.Value!;
        e = default;
        _indices[slot] = Dummy;
        _used--;
        Version++;
        // The hole stays, as in CPython: an iterator that then meets a new key at a later position knows the
        // keys changed. The next resize compacts the holes away.
    }

    /// <summary>Removes a key and returns its value as the caller's reference: 1, 0 (absent) or -1
    /// (C: <c>PyDict_Pop</c>).</summary>
    public int Pop(PyObject key, out PyObject? value)
    {
        value = null;
        long hash = HashKey(key);
        if (hash == -1)
        {
            return -1;
        }
        int ix = Lookup(key, hash, out int slot);
        if (ix < 0)
        {
            return ix == -1 ? 0 : -1;
        }
        RemoveAt(ix, slot, out PyObject oldKey, out value);
        oldKey.DecRef();
        return 1;
    }

    /// <summary>Removes every item (C: <c>PyDict_Clear</c>). Items are released after the dict is already empty,
    /// because releasing them may run code that looks at the dict.</summary>
    public void Clear()
    {
        if (_used == 0)
        {
            return;
        }
        Entry[] old = Entries;
        int n = _nentries;
        (_indices, Entries) = NewTables(MinSize);
        _nentries = 0;
        _usable = Entries.Length;
        _used = 0;
        Version++;
        for (int k = 0; k < n; k++)
        {
            old[k].Key?.DecRef();
            old[k].Value?.DecRef();
        }
    }

    #region dict-next
    /// <summary>Iterates the items in order (C: <c>PyDict_Next</c>): start with pos = 0; returns false when done.
    /// Key and value are borrowed. The dict must not change size during the loop.</summary>
    public bool Next(ref long pos, out PyObject? key, out PyObject? value)
    {
        long i = pos;
        while (i < _nentries)
        {
            ref Entry e = ref Entries[i++];
            if (e.Key is not null)
            {
                pos = i;
                key = e.Key;
                value = e.Value;
                return true;
            }
        }
        pos = i;
        key = value = null;
        return false;
    }
    #endregion

    /// <summary>The number of entry slots used so far, holes included (for iterators).</summary>
    internal int EntryCount => _nentries;

    /// <summary>Builds the kwargs dict of a vectorcall's keyword arguments.</summary>
    public static PyDictObject FromKwnames(ReadOnlySpan<PyObject> values, PyTupleObject kwnames)
    {
        var d = New();
        for (int i = 0; i < kwnames.Count; i++)
        {
            d.SetItem(kwnames[i], values[i]);
        }
        return d;
    }

    /// <summary>The keys as a tuple (for turning a kwargs dict into vectorcall keyword names).</summary>
    internal PyTupleObject KeysTuple()
    {
        var keys = new PyObject[_used];
        int n = 0;
        for (int k = 0; k < _nentries; k++)
        {
            if (Entries[k].Key is { } key)
            {
                keys[n++] = key.NewRef();
            }
        }
        return PyTupleObject.FromArraySteal(keys);
    }

    /// <summary>The values in order, borrowed.</summary>
    internal PyObject[] ValuesArray()
    {
        var values = new PyObject[_used];
        int n = 0;
        for (int k = 0; k < _nentries; k++)
        {
            if (Entries[k].Key is not null)
            {
                values[n++] = Entries[k].Value!;
            }
        }
        return values;
    }

    protected internal override void DeallocContents()
    {
        Entry[] entries = Entries;
        int n = _nentries;
        Entries = [];
        _nentries = 0;
        _used = 0;
        for (int k = 0; k < n; k++)
        {
            entries[k].Key?.DecRef();
            entries[k].Value?.DecRef();
        }
    }

    protected internal override int TraverseContents(VisitProc visit, object? arg)
    {
        Entry[] entries = Entries;
        for (int k = 0; k < _nentries; k++)
        {
            ref Entry e = ref entries[k];
            if (e.Key is not null)
            {
                int r = visit(e.Key, arg);
                if (r == 0 && e.Value is not null)
                {
                    r = visit(e.Value, arg);
                }
                if (r != 0)
                {
                    return r;
                }
            }
        }
        return 0;
    }

    protected internal override void ClearContents() => Clear();
}
