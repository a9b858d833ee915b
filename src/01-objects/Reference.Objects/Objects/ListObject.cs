// Objects/listobject.c: list — a growable array of owned references.
//
// The array over-allocates as CPython's does (new capacity ≈ size + size/8 + 6, rounded), so that
// append is amortized O(1). Items past Count are always null. Every method that can run Python code
// while it works (comparisons in remove/index/sort, releasing items on clear) is written so that
// the list is consistent whenever that code runs: items are released only after the list no longer
// refers to them.
using System.Runtime.CompilerServices;

namespace Reference.Objects;

/// <summary>A list (C: <c>PyListObject</c>).</summary>
public sealed partial class PyListObject : PyObject
{
    /// <summary>The items (C: <c>ob_item</c>); [0, Count) are owned references, the rest null.</summary>
    internal PyObject?[] Items;

    /// <summary>The number of items (C: <c>ob_size</c>).</summary>
    internal int Count;

    private PyListObject(int capacity)
        : base(Type) => Items = capacity == 0 ? [] : new PyObject?[capacity];

    private PyListObject(PyTypeObject subtype)
        : base(subtype) => Items = [];

    /// <summary>A new empty list with room for <paramref name="capacity"/> items (C: <c>PyList_New</c> with no
    /// items yet).</summary>
    public static PyListObject New(int capacity) => new(capacity);

    /// <summary>A list of new references to the items of a span.</summary>
    public static PyListObject FromSpan(ReadOnlySpan<PyObject> items)
    {
        var list = new PyListObject(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            list.Items[i] = items[i].NewRef();
        }
        list.Count = items.Length;
        return list;
    }

    /// <summary>The items, borrowed; valid until the list changes.</summary>
    public ReadOnlySpan<PyObject> ItemsBorrowed => Items.AsSpan(0, Count)!;

    /// <summary>The i-th item, borrowed (C: <c>PyList_GET_ITEM</c>).</summary>
    public PyObject this[int index] => Items[index]!;

    #region list-resize
    /// <summary>Makes room for <paramref name="newSize"/> items (C: <c>list_resize</c>): grows by about 1/8 beyond
    /// what is needed, shrinks when less than half is used.</summary>
    private void Resize(int newSize)
    {
        int allocated = Items.Length;
        if (allocated >= newSize && newSize >= (allocated >> 1))
        {
            return;
        }
        long newAllocated = ((long)newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize - Count > newAllocated - newSize)
        {
            newAllocated = (newSize + 3) & ~3;
        }
        if (newSize == 0)
        {
            newAllocated = 0;
        }
        var items = new PyObject?[Math.Min(newAllocated, Array.MaxLength)];
        Array.Copy(Items, items, Math.Min(Count, newSize));
        Items = items;
    }
    #endregion

    #region append
    /// <summary>list.append(item), borrowing item (C: <c>PyList_Append</c>): 0, or -1 with MemoryError.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Append(PyObject item)
    {
        int n = Count;
        if (n < Items.Length)
        {
            Items[n] = item.NewRef();
            Count = n + 1;
            return 0;
        }
        return AppendSlow(item);
    }
    #endregion

    private int AppendSlow(PyObject item)
    {
        if (Count == Array.MaxLength)
        {
            PyErr.NoMemory();
            return -1;
        }
        Resize(Count + 1);
        Items[Count++] = item.NewRef();
        return 0;
    }

    /// <summary>Appends, taking over the caller's reference.</summary>
    public int AppendSteal(PyObject stolenItem)
    {
        int r = Append(stolenItem);
        stolenItem.DecRef();
        return r;
    }

    /// <summary>list.insert(where, item) with CPython's clamping of the index (C: <c>ins1</c>).</summary>
    public int Insert(long where, PyObject item)
    {
        int n = Count;
        if (where < 0)
        {
            where = Math.Max(0, where + n);
        }
        where = Math.Min(where, n);
        Resize(n + 1);
        Array.Copy(Items, (int)where, Items, (int)where + 1, n - (int)where);
        Items[where] = item.NewRef();
        Count = n + 1;
        return 0;
    }

    #region extend
    /// <summary>list.extend(iterable) (C: <c>list_extend</c>): lists and tuples are copied directly, anything else
    /// is iterated, with room reserved from its length hint.</summary>
    public int Extend(PyObject iterable)
    {
        if (iterable is PyListObject or PyTupleObject)
        {
            // Copy first: extending a list with itself must see its items once.
            ReadOnlySpan<PyObject> src = iterable is PyListObject l ? l.ItemsBorrowed : ((PyTupleObject)iterable).ItemsBorrowed;
            int m = src.Length;
            if (m == 0)
            {
                return 0;
            }
            PyObject[] copy = src.ToArray();
            Resize(Count + m);
            for (int i = 0; i < m; i++)
            {
                Items[Count + i] = copy[i].NewRef();
            }
            Count += m;
            return 0;
        }
        PyObject? iter = GetIter(iterable);
        if (iter is null)
        {
            return -1;
        }
        long hint = LengthHint(iterable, 8);
        if (hint < 0)
        {
            iter.DecRef();
            return -1;
        }
        if (hint > 0 && Count + hint < Array.MaxLength / 2)
        {
            int saved = Count;
            Resize(Count + (int)Math.Min(hint, 1 << 20));
            Count = saved;
        }
        IterNextFunc next = iter.ObType.TpIterNext!;
        while (true)
        {
            PyObject? item = next(iter);
            if (item is null)
            {
                iter.DecRef();
                if (PyErr.Occurred())
                {
                    if (!PyErr.ExceptionMatches(PyExc.StopIteration))
                    {
                        return -1;
                    }
                    PyErr.Clear();
                }
                return 0;
            }
            if (Count < Items.Length)
            {
                Items[Count++] = item; // the iterator's reference becomes the list's
            }
            else if (AppendSteal(item) < 0)
            {
                iter.DecRef();
                return -1;
            }
        }
    }
    #endregion

    /// <summary>A tuple of the items (C: <c>PyList_AsTuple</c>).</summary>
    public PyTupleObject ToTuple() => PyTupleObject.FromSpan(ItemsBorrowed);

    /// <summary>Removes all items; releases them afterwards (C: <c>list_clear</c>).</summary>
    public void Clear()
    {
        PyObject?[] items = Items;
        int n = Count;
        if (items.Length == 0)
        {
            return; // nothing to release; and a list being sorted keeps its marker (C: ob_item == NULL)
        }
        Items = [];
        Count = 0;
        for (int i = n - 1; i >= 0; i--)
        {
            items[i]?.DecRef();
        }
    }

    protected internal override void DeallocContents() => Clear();

    protected internal override int TraverseContents(VisitProc visit, object? arg)
    {
        PyObject?[] items = Items;
        for (int i = Count - 1; i >= 0; i--)
        {
            if (items[i] is { } item)
            {
                int r = visit(item, arg);
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
