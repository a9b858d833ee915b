// Objects/setobject.c: set and frozenset — open-addressing hash tables.
//
// Unlike dict, a set keeps no insertion order: items live in the slot their hash leads to, and
// iteration walks the table. So that `print({3, 1, 2})` prints `{1, 2, 3}` exactly as CPython
// does, this is CPython's table to the letter: start at hash & mask, look at up to 9 following
// slots (LINEAR_PROBES, cheap on cache lines), then jump with the perturbed recurrence
// `i = 5*i + 1 + perturb`; a deleted key leaves a dummy; the table grows when 60% full, to 4x the
// live count (2x past 50,000); a small set's first table has 8 slots.
using System.Runtime.CompilerServices;

namespace Reference.Objects;

/// <summary>A set or frozenset (C: <c>PySetObject</c>); which one is its type.</summary>
public sealed partial class PySetObject : PyObject
{
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;
    private const int MinSize = 8;

    /// <summary>A slot (C: <c>setentry</c>): unused (null key, hash 0), a dummy (deleted), or active.</summary>
    internal struct Entry
    {
        public PyObject? Key;
        public long Hash;
    }

    /// <summary>The marker of a deleted slot (C: <c>dummy</c>): never a real key.</summary>
    private static readonly PyObject s_dummy = new DummyKey();

    private sealed class DummyKey() : PyObject(PyBaseObject.Type, default(ImmortalTag));

    internal Entry[] Table = new Entry[MinSize];
    private int _fill;     // active + dummy slots
    internal int Used;     // active slots
    private int _mask = MinSize - 1;
    private int _finger;   // where pop() looks next
    private long _hash = -1;

    private PySetObject(PyTypeObject type)
        : base(type)
    {
    }

    /// <summary>A new empty set (C: <c>PySet_New(NULL)</c>).</summary>
    public static PySetObject New() => new(Type);

    /// <summary>A new set of a given set type.</summary>
    internal static PySetObject NewOfType(PyTypeObject type) => new(type);

    /// <summary>set(iterable) (C: <c>PySet_New</c>).</summary>
    public static PySetObject? FromIterable(PyObject iterable)
    {
        PySetObject set = New();
        if (set.UpdateInternal(iterable) < 0)
        {
            set.DecRef();
            return null;
        }
        return set;
    }

    /// <summary>The number of items.</summary>
    public int Count => Used;

    /// <summary>Whether the object is a set or frozenset, or a subclass (C: <c>PyAnySet_Check</c>).</summary>
    public static bool AnySetCheck(PyObject o) => o is PySetObject;

    private bool IsFrozen => ObType.IsSubtype(FrozenSetType);

    #region add-entry
    /// <summary>Adds a key, taking over the caller's reference (C: <c>set_add_entry_takeref</c>): 0 or -1.</summary>
    private int AddEntrySteal(PyObject key, long hash)
    {
    Restart:
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        int freeslot = -1;
        Entry[] table = Table;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                ref Entry entry = ref table[j];
                if (entry.Hash == 0 && entry.Key is null)
                {
                    goto FoundUnusedOrDummy;
                }
                if (entry.Hash == hash)
                {
                    PyObject startKey = entry.Key!;
                    if (startKey == key || (startKey is PyUnicodeObject s && key is PyUnicodeObject k
                        && s.ObType == PyUnicodeObject.Type && k.ObType == PyUnicodeObject.Type
                        && string.Equals(s.Value, k.Value, StringComparison.Ordinal)))
                    {
                        key.DecRef(); // already present
                        return 0;
                    }
                    startKey.IncRef();
                    int cmp = RichCompareBool(startKey, key, CompareOp.Eq);
                    startKey.DecRef();
                    if (cmp > 0)
                    {
                        key.DecRef();
                        return 0;
                    }
                    if (cmp < 0)
                    {
                        key.DecRef();
                        return -1;
                    }
                    if (table != Table || table[j].Key != startKey)
                    {
                        goto Restart; // __eq__ changed the set
                    }
                    mask = _mask;
                }
                else if (entry.Hash == -1 && entry.Key == s_dummy)
                {
                    freeslot = j;
                }
                j++;
            }
            while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
            continue;

        FoundUnusedOrDummy:
            if (freeslot >= 0)
            {
                Used++;
                table[freeslot] = new Entry { Key = key, Hash = hash };
                return 0;
            }
            _fill++;
            Used++;
            table[j] = new Entry { Key = key, Hash = hash };
            if ((long)_fill * 5 < (long)mask * 3)
            {
                return 0;
            }
            return Resize(Used > 50000 ? Used * 2 : Used * 4);
        }
    }
    #endregion

    #region lookkey
    /// <summary>The slot index holding the key, the index of an unused slot when absent, or -1 with an error
    /// (C: <c>set_lookkey</c>). Absent is reported as a slot whose key is null.</summary>
    private int LookKey(PyObject key, long hash)
    {
    Restart:
        Entry[] table = Table;
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                ref Entry entry = ref table[j];
                if (entry.Key is null)
                {
                    return j;
                }
                if (entry.Hash == hash)
                {
                    PyObject startKey = entry.Key;
                    if (startKey == key || (startKey is PyUnicodeObject s && key is PyUnicodeObject k
                        && s.ObType == PyUnicodeObject.Type && k.ObType == PyUnicodeObject.Type
                        && string.Equals(s.Value, k.Value, StringComparison.Ordinal)))
                    {
                        return j;
                    }
                    startKey.IncRef();
                    int cmp = RichCompareBool(startKey, key, CompareOp.Eq);
                    startKey.DecRef();
                    if (cmp < 0)
                    {
                        return -1;
                    }
                    if (table != Table || table[j].Key != startKey)
                    {
                        goto Restart;
                    }
                    if (cmp > 0)
                    {
                        return j;
                    }
                    mask = _mask;
                }
                j++;
            }
            while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }
    #endregion

    /// <summary>Inserts a key known to be absent into a fresh table (C: <c>set_insert_clean</c>).</summary>
    private static void InsertClean(Entry[] table, int mask, PyObject key, long hash)
    {
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            if (table[i].Key is null)
            {
                table[i] = new Entry { Key = key, Hash = hash };
                return;
            }
            if (i + LinearProbes <= mask)
            {
                for (int j = 1; j <= LinearProbes; j++)
                {
                    if (table[i + j].Key is null)
                    {
                        table[i + j] = new Entry { Key = key, Hash = hash };
                        return;
                    }
                }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    #region set-resize
    /// <summary>Rebuilds the table with the smallest power-of-two size above <paramref name="minUsed"/>, dropping
    /// dummies (C: <c>set_table_resize</c>).</summary>
    private int Resize(long minUsed)
    {
        long newSize = MinSize;
        while (newSize <= minUsed)
        {
            newSize <<= 1;
        }
        if (newSize > Array.MaxLength)
        {
            PyErr.NoMemory();
            return -1;
        }
        Entry[] old = Table;
        if (newSize == MinSize && old.Length == MinSize && _fill == Used)
        {
            return 0; // no dummies, nothing to do
        }
        var table = new Entry[newSize];
        int newMask = (int)newSize - 1;
        foreach (Entry e in old)
        {
            if (e.Key is not null && e.Key != s_dummy)
            {
                InsertClean(table, newMask, e.Key, e.Hash);
            }
        }
        Table = table;
        _mask = newMask;
        _fill = Used;
        return 0;
    }
    #endregion

    /// <summary>Hashes a key for a set operation, with 3.14's unhashable-element message.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long HashKey(PyObject key)
    {
        long hash = key.ObType == PyUnicodeObject.Type ? ((PyUnicodeObject)key).HashValue : Hash(key);
        if (hash == -1)
        {
            PyDictObject.UnhashableKey(key, "set element");
        }
        return hash;
    }

    /// <summary>set.add(key), borrowing the key (C: <c>PySet_Add</c>).</summary>
    public int Add(PyObject key)
    {
        long hash = HashKey(key);
        return hash == -1 ? -1 : AddEntrySteal(key.NewRef(), hash);
    }

    /// <summary>key in set: 1, 0 or -1 (C: <c>PySet_Contains</c>).</summary>
    public int Contains(PyObject key)
    {
        long hash = HashKey(key);
        if (hash == -1)
        {
            return -1;
        }
        int slot = LookKey(key, hash);
        return slot < 0 ? -1 : Table[slot].Key is null ? 0 : 1;
    }

    private int ContainsEntry(PyObject key, long hash)
    {
        int slot = LookKey(key, hash);
        return slot < 0 ? -1 : Table[slot].Key is null ? 0 : 1;
    }

    /// <summary>Removes a key if present: 1, 0 or -1 (C: <c>set_discard_key</c>).</summary>
    public int Discard(PyObject key)
    {
        long hash = HashKey(key);
        return hash == -1 ? -1 : DiscardEntry(key, hash);
    }

    private int DiscardEntry(PyObject key, long hash)
    {
        int slot = LookKey(key, hash);
        if (slot < 0)
        {
            return -1;
        }
        PyObject? old = Table[slot].Key;
        if (old is null)
        {
            return 0;
        }
        Table[slot] = new Entry { Key = s_dummy, Hash = -1 };
        Used--;
        old.DecRef();
        return 1;
    }

    /// <summary>Removes every item; releases them after the set is already empty (C: <c>set_clear_internal</c>).</summary>
    public void Clear()
    {
        Entry[] old = Table;
        int used = Used;
        Table = new Entry[MinSize];
        _mask = MinSize - 1;
        _fill = 0;
        Used = 0;
        _hash = -1;
        for (int i = 0; used > 0 && i < old.Length; i++)
        {
            PyObject? key = old[i].Key;
            if (key is not null && key != s_dummy)
            {
                used--;
                key.DecRef();
            }
        }
    }

    /// <summary>Walks the active entries (C: <c>set_next</c>): start with pos = 0.</summary>
    internal bool Next(ref int pos, out PyObject? key, out long hash)
    {
        Entry[] table = Table;
        int i = pos;
        while (i <= _mask && i < table.Length && (table[i].Key is null || table[i].Key == s_dummy))
        {
            i++;
        }
        pos = i + 1;
        if (i > _mask || i >= table.Length)
        {
            key = null;
            hash = 0;
            return false;
        }
        key = table[i].Key;
        hash = table[i].Hash;
        return true;
    }

    protected internal override void DeallocContents()
    {
        Entry[] table = Table;
        Table = [];
        Used = 0;
        _fill = 0;
        foreach (Entry e in table)
        {
            if (e.Key is not null && e.Key != s_dummy)
            {
                e.Key.DecRef();
            }
        }
    }

    protected internal override int TraverseContents(VisitProc visit, object? arg)
    {
        foreach (Entry e in Table)
        {
            if (e.Key is not null && e.Key != s_dummy)
            {
                int r = visit(e.Key, arg);
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
