// Objects/listobject.c: list subscripts and slice assignment, and the list iterators.
namespace Reference.Objects;

public sealed partial class PyListObject
{
    #region list-subscript
    private static PyObject? ListSubscript(PyObject self, PyObject key)
    {
        var list = (PyListObject)self;
        if (key is PySliceObject slice)
        {
            if (slice.GetIndices(list.Count, out long start, out _, out long step, out long length) < 0)
            {
                return null;
            }
            PyListObject result = New((int)length);
            for (long i = 0, cur = start; i < length; i++, cur += step)
            {
                result.Items[i] = list.Items[cur]!.NewRef();
            }
            result.Count = (int)length;
            return result;
        }
        long index = PyNumber.AsIndexForSubscript(key, "list");
        if (index == -1 && PyErr.Occurred())
        {
            return null;
        }
        if (index < 0)
        {
            index += list.Count;
        }
        return ListItem(self, index);
    }
    #endregion

    private static int ListAssSubscript(PyObject self, PyObject key, PyObject? value)
    {
        var list = (PyListObject)self;
        if (key is PySliceObject slice)
        {
            return list.AssignSlice(slice, value);
        }
        long index = PyNumber.AsIndexForSubscript(key, "list");
        if (index == -1 && PyErr.Occurred())
        {
            return -1;
        }
        if (index < 0)
        {
            index += list.Count;
        }
        return ListAssItem(self, index, value);
    }

    #region assign-slice
    /// <summary>l[a:b:c] = value or del l[a:b:c] (C: <c>list_ass_subscript</c>, <c>list_ass_slice</c>). A simple slice
    /// may change the list's length; an extended slice needs exactly as many items as it selects. The value
    /// is turned into a sequence before the bounds are fitted to the list: iterating it may run code that
    /// changes the list's length.</summary>
    private int AssignSlice(PySliceObject slice, PyObject? value)
    {
        if (slice.Unpack(out long start, out long stop, out long step) < 0)
        {
            return -1;
        }
        if (value is null)
        {
            long toDelete = PySliceObject.AdjustIndices(Count, ref start, ref stop, step);
            if (step == 1)
            {
                return ReplaceRange((int)start, (int)Math.Max(start, stop), []);
            }
            return toDelete == 0 ? 0 : DeleteExtended(start, step, toDelete);
        }
        // Snapshot first: l[::-1] = l must read the items before it writes them.
        PyObject? seq = value == this ? FromSpan(ItemsBorrowed) : PySequence.Fast(value, "must assign iterable to extended slice");
        if (seq is null)
        {
            return -1;
        }
        long length = PySliceObject.AdjustIndices(Count, ref start, ref stop, step);
        PyObject[] src = PySequence.FastItemsBorrowed(seq).ToArray();
        int result = step == 1
            ? ReplaceRange((int)start, (int)Math.Max(start, stop), src)
            : AssignExtended(start, step, length, src);
        seq.DecRef();
        return result;
    }
    #endregion

    /// <summary>Replaces the items an extended slice selects, one for one.</summary>
    private int AssignExtended(long start, long step, long length, PyObject[] src)
    {
        if (src.Length != length)
        {
            PyErr.SetString(PyExc.ValueError,
                $"attempt to assign sequence of size {src.Length} to extended slice of size {length}");
            return -1;
        }
        var old = new PyObject[length];
        for (long i = 0, cur = start; i < length; i++, cur += step)
        {
            old[i] = Items[cur]!;
            Items[cur] = src[i].NewRef();
        }
        foreach (PyObject o in old)
        {
            o.DecRef();
        }
        return 0;
    }

    /// <summary>Replaces items [low, high) with <paramref name="replacement"/>, borrowed (C:
    /// <c>list_ass_slice_lock_held</c>). The replaced items are released last, when the list is consistent.</summary>
    private int ReplaceRange(int low, int high, PyObject[] replacement)
    {
        low = Math.Clamp(low, 0, Count);
        high = Math.Clamp(high, low, Count);
        int removed = high - low, added = replacement.Length, delta = added - removed;
        var old = new PyObject[removed];
        Array.Copy(Items, low, old, 0, removed);
        int oldCount = Count;
        if (delta > 0)
        {
            Resize(Count + delta);
        }
        Array.Copy(Items, high, Items, high + delta, oldCount - high);
        for (int i = 0; i < added; i++)
        {
            Items[low + i] = replacement[i].NewRef();
        }
        Count = oldCount + delta;
        if (delta < 0)
        {
            Array.Clear(Items, Count, -delta);
            Resize(Count);
        }
        foreach (PyObject o in old)
        {
            o.DecRef();
        }
        return 0;
    }

    private int DeleteExtended(long start, long step, long length)
    {
        if (step < 0)
        {
            start += step * (length - 1);
            step = -step;
        }
        var old = new List<PyObject>((int)length);
        int write = 0;
        for (int read = 0; read < Count; read++)
        {
            bool selected = read >= start && (read - start) % step == 0 && (read - start) / step < length;
            if (selected)
            {
                old.Add(Items[read]!);
            }
            else
            {
                Items[write++] = Items[read];
            }
        }
        Array.Clear(Items, write, Count - write);
        Count = write;
        Resize(Count);
        foreach (PyObject o in old)
        {
            o.DecRef();
        }
        return 0;
    }
}

/// <summary>The list iterator, forwards or reversed (C: <c>listiterobject</c>, <c>listreviterobject</c>). It reads
/// the list's current size at every step, so items appended during iteration are seen.</summary>
public sealed class PyListIterObject : PyObject
{
    private static readonly PyTypeObject s_forward = MakeType("list_iterator");
    private static readonly PyTypeObject s_reversed = MakeType("list_reverseiterator");

    private PyListObject? _list;
    private long _index;
    private readonly bool _reversed;

    internal PyListIterObject(PyListObject list, bool reversed)
        : base(reversed ? s_reversed : s_forward)
    {
        _list = Py.NewRef(list);
        _reversed = reversed;
        _index = reversed ? list.Count - 1 : 0;
    }

    private static PyTypeObject MakeType(string name) => new(name, null, TypeFlags.HaveGc | TypeFlags.DisallowInstantiation)
    {
        TpIter = SelfIter,
        TpIterNext = static o => ((PyListIterObject)o).Next(),
        TpGetAttro = GenericGetAttrFunc,
        TpMethods =
        [
            PyMethodDef.NoArgs("__length_hint__", static (o, _) => PyLongObject.FromLong(((PyListIterObject)o).Remaining)),
        ],
    };

    private long Remaining
    {
        get
        {
            if (_list is null)
            {
                return 0;
            }
            if (_reversed)
            {
                // C: listreviter_len — nothing is left once the list is shorter than the position.
                return _index + 1 <= _list.Count ? _index + 1 : 0;
            }
            return Math.Max(0, _list.Count - _index);
        }
    }

    private PyObject? Next()
    {
        PyListObject? list = _list;
        if (list is null)
        {
            return null;
        }
        if (_index >= 0 && _index < list.Count)
        {
            PyObject item = list.Items[_index]!;
            _index += _reversed ? -1 : 1;
            return item.NewRef();
        }
        _list = null;
        list.DecRef();
        return null;
    }

    protected internal override void DeallocContents() => Py.Clear(ref _list);

    protected internal override int TraverseContents(VisitProc visit, object? arg) => _list is null ? 0 : visit(_list, arg);
}
