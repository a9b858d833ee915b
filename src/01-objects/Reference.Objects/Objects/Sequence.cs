// Objects/abstract.c: the sequence, mapping and iterator protocols (PySequence_*, PyMapping_*, PyIter_*).
namespace Reference.Objects;

/// <summary>The sequence protocol (C: <c>PySequence_*</c>).</summary>
public static class PySequence
{
    /// <summary>Whether the object is a sequence: it has __getitem__ and is not a dict (C: <c>PySequence_Check</c>).</summary>
    public static bool Check(PyObject o) =>
        o is not PyDictObject && o.ObType.TpAsSequence?.SqItem is not null;

    #region sequence-get-item
    /// <summary>o[i] with a negative i counted from the end (C: <c>PySequence_GetItem</c>).</summary>
    public static PyObject? GetItem(PyObject o, long i)
    {
        PySequenceMethods? sq = o.ObType.TpAsSequence;
        if (sq?.SqItem is not { } item)
        {
            return PyErr.SetString(PyExc.TypeError, $"'{o.ObType.Name}' object does not support indexing");
        }
        if (i < 0 && sq.SqLength is { } len)
        {
            long n = len(o);
            if (n < 0)
            {
                return null;
            }
            i += n;
        }
        return item(o, i);
    }
    #endregion

    /// <summary>o[i] = v, or del o[i] when v is null (C: <c>PySequence_SetItem</c>).</summary>
    public static int SetItem(PyObject o, long i, PyObject? v)
    {
        PySequenceMethods? sq = o.ObType.TpAsSequence;
        if (sq?.SqAssItem is not { } assign)
        {
            PyErr.SetString(PyExc.TypeError, v is null
                ? $"'{o.ObType.Name}' object doesn't support item deletion"
                : $"'{o.ObType.Name}' object does not support item assignment");
            return -1;
        }
        if (i < 0 && sq.SqLength is { } len)
        {
            long n = len(o);
            if (n < 0)
            {
                return -1;
            }
            i += n;
        }
        return assign(o, i, v);
    }

    #region sequence-contains
    /// <summary>value in o: 1, 0 or -1 (C: <c>PySequence_Contains</c>): sq_contains, else iteration.</summary>
    public static int Contains(PyObject o, PyObject value)
    {
        if (o.ObType.TpAsSequence?.SqContains is { } contains)
        {
            return contains(o, value);
        }
        if (o.ObType.TpIter is null && !Check(o))
        {
            PyErr.SetString(PyExc.TypeError, $"argument of type '{o.ObType.Name}' is not a container or iterable");
            return -1;
        }
        return IterSearchContains(o, value);
    }
    #endregion

    /// <summary>Whether iterating o yields an item equal to value: 1, 0 or -1
    /// (C: <c>_PySequence_IterSearch</c> with <c>PY_ITERSEARCH_CONTAINS</c>).</summary>
    internal static int IterSearchContains(PyObject o, PyObject value)
    {
        PyObject? iter = PyObject.GetIter(o);
        if (iter is null)
        {
            return -1;
        }
        PyObject? item;
        while ((item = PyIter.Next(iter)) is not null)
        {
            int cmp = PyObject.RichCompareBool(item, value, CompareOp.Eq);
            item.DecRef();
            if (cmp != 0)
            {
                iter.DecRef();
                return cmp;
            }
        }
        iter.DecRef();
        return PyErr.Occurred() ? -1 : 0;
    }

    /// <summary>tuple(iterable) (C: <c>PySequence_Tuple</c>); a tuple is returned as is.</summary>
    public static PyTupleObject? Tuple(PyObject iterable)
    {
        if (iterable.ObType == PyTupleObject.Type)
        {
            iterable.IncRef();
            return (PyTupleObject)iterable;
        }
        if (iterable is PyListObject list)
        {
            return list.ToTuple();
        }
        PyListObject? items = List(iterable);
        if (items is null)
        {
            return null;
        }
        PyTupleObject result = items.ToTuple();
        items.DecRef();
        return result;
    }

    /// <summary>list(iterable) (C: <c>PySequence_List</c>).</summary>
    public static PyListObject? List(PyObject iterable)
    {
        PyListObject list = PyListObject.New(0);
        if (list.Extend(iterable) < 0)
        {
            list.DecRef();
            return null;
        }
        return list;
    }

    /// <summary>A list or tuple with the items (C: <c>PySequence_Fast</c>): a list or tuple is returned as is, else a
    /// new list; a non-iterable raises TypeError with <paramref name="message"/> (or the usual one if empty).</summary>
    public static PyObject? Fast(PyObject o, string message)
    {
        if (o.ObType == PyListObject.Type || o.ObType == PyTupleObject.Type)
        {
            return o.NewRef();
        }
        PyObject? iter = PyObject.GetIter(o);
        if (iter is null)
        {
            if (message.Length > 0 && PyErr.ExceptionMatches(PyExc.TypeError))
            {
                PyErr.Clear();
                PyErr.SetString(PyExc.TypeError, message);
            }
            return null;
        }
        PyListObject? list = List(iter);
        iter.DecRef();
        return list;
    }

    /// <summary>The items of a <see cref="Fast"/> result, borrowed.</summary>
    public static ReadOnlySpan<PyObject> FastItemsBorrowed(PyObject fast) =>
        fast is PyListObject l ? l.ItemsBorrowed : ((PyTupleObject)fast).ItemsBorrowed;
}

/// <summary>The mapping protocol (C: <c>PyMapping_*</c>).</summary>
public static class PyMapping
{
    /// <summary>Whether the object has __getitem__ through the mapping slot (C: <c>PyMapping_Check</c>).</summary>
    public static bool Check(PyObject o) => o.ObType.TpAsMapping?.MpSubscript is not null;

    /// <summary>list(o.keys()) (C: <c>PyMapping_Keys</c>).</summary>
    public static PyListObject? Keys(PyObject o) => ListOfMethod(o, PyIds.keys);

    /// <summary>list(o.items()).</summary>
    public static PyListObject? Items(PyObject o) => ListOfMethod(o, PyIds.items);

    /// <summary>list(o.values()).</summary>
    public static PyListObject? Values(PyObject o) => ListOfMethod(o, PyIds.values);

    /// <summary>o.name() as a list (C: <c>method_output_as_list</c>): a list result is returned as is, a
    /// non-iterable one fails with "T.keys() returned a non-iterable (type int)".</summary>
    private static PyListObject? ListOfMethod(PyObject o, PyUnicodeObject name)
    {
        PyObject? output = PyObject.CallMethod(o, name);
        if (output is null || output.ObType == PyListObject.Type)
        {
            return (PyListObject?)output;
        }
        PyObject? iter = PyObject.GetIter(output);
        if (iter is null)
        {
            if (PyErr.ExceptionMatches(PyExc.TypeError))
            {
                PyErr.Clear();
                PyErr.SetString(PyExc.TypeError,
                    $"{o.ObType.Name}.{name.Value}() returned a non-iterable (type {output.ObType.Name})");
            }
            output.DecRef();
            return null;
        }
        output.DecRef();
        PyListObject? list = PySequence.List(iter);
        iter.DecRef();
        return list;
    }
}

/// <summary>The iterator protocol (C: <c>PyIter_*</c>).</summary>
public static class PyIter
{
    /// <summary>Whether the object is an iterator (C: <c>PyIter_Check</c>).</summary>
    public static bool Check(PyObject o) => o.ObType.TpIterNext is not null;

    #region sequence-next
    /// <summary>The next item, or null at the end with no error set; null with an error on failure. A
    /// StopIteration raised by a Python-level __next__ means "the end" and is cleared (C: <c>PyIter_Next</c>).</summary>
    public static PyObject? Next(PyObject iter)
    {
        IterNextFunc? next = iter.ObType.TpIterNext;
        if (next is null)
        {
            return PyErr.SetString(PyExc.TypeError, $"'{iter.ObType.Name}' object is not an iterator");
        }
        PyObject? result = next(iter);
        if (result is null && PyErr.ExceptionMatches(PyExc.StopIteration))
        {
            PyErr.Clear();
        }
        return result;
    }
    #endregion
}

/// <summary>The iterator for objects that only have __getitem__ (C: <c>seqiterobject</c>, type <c>iterator</c>):
/// it asks for item 0, 1, 2, ... until IndexError or StopIteration.</summary>
public sealed class PySeqIterObject : PyObject
{
    /// <summary>The type.</summary>
    public static readonly PyTypeObject Type = new("iterator", null, TypeFlags.HaveGc | TypeFlags.DisallowInstantiation)
    {
        TpIter = SelfIter,
        TpIterNext = static o => ((PySeqIterObject)o).Next(),
        TpGetAttro = GenericGetAttrFunc,
        TpMethods = [PyMethodDef.NoArgs("__length_hint__", static (o, _) => ((PySeqIterObject)o).LengthHint())],
    };

    private PyObject? _seq;
    private long _index;

    internal PySeqIterObject(PyObject seq)
        : base(Type) => _seq = seq.NewRef();

    /// <summary>len(seq) minus the items already produced, NotImplemented for a sequence without a length, 0 once
    /// exhausted (C: <c>iter_len</c>).</summary>
    private PyObject? LengthHint()
    {
        if (_seq is null)
        {
            return PyLongObject.FromLong(0);
        }
        PyTypeObject t = _seq.ObType;
        if (t.TpAsSequence?.SqLength is null && t.TpAsMapping?.MpLength is null)
        {
            return Py.ReturnNotImplemented;
        }
        long size = PyObject.Size(_seq);
        return size < 0 ? null : PyLongObject.FromLong(Math.Max(0, size - _index));
    }

    private PyObject? Next()
    {
        PyObject? seq = _seq;
        if (seq is null)
        {
            return null;
        }
        PyObject? item = PySequence.GetItem(seq, _index);
        if (item is not null)
        {
            _index++;
            return item;
        }
        if (PyErr.ExceptionMatches(PyExc.IndexError) || PyErr.ExceptionMatches(PyExc.StopIteration))
        {
            PyErr.Clear();
            _seq = null;
            seq.DecRef();
        }
        return null;
    }

    protected internal override void DeallocContents() => Py.Clear(ref _seq);

    protected internal override int TraverseContents(VisitProc visit, object? arg) => _seq is null ? 0 : visit(_seq, arg);
}
