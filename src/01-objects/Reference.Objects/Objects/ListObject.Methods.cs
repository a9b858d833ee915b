// Objects/listobject.c: list's type, slots and methods.
using System.Text;

namespace Reference.Objects;

public sealed partial class PyListObject
{
    #region list-type
    /// <summary>The type (C: <c>PyList_Type</c>).</summary>
    public static readonly PyTypeObject Type = new("list", null,
        TypeFlags.BaseType | TypeFlags.HaveGc | TypeFlags.ListSubclass | TypeFlags.Sequence)
    {
        TpDoc = "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified.",
        TpAlloc = static t => new PyListObject(t),
        TpNew = static (t, _, _) => new PyListObject(t),
        TpInit = ListInit,
        TpVectorcall = ListVectorcall,
        TpRepr = ListRepr,
        TpRichCompare = ListRichCompare,
        TpIter = static o => new PyListIterObject((PyListObject)o, reversed: false),
        TpGetAttro = GenericGetAttrFunc,
        TpAsSequence = new PySequenceMethods
        {
            SqLength = static o => ((PyListObject)o).Count,
            SqConcat = ListConcat,
            SqRepeat = ListRepeat,
            SqItem = ListItem,
            SqAssItem = ListAssItem,
            SqContains = ListContains,
            SqInplaceConcat = ListInplaceConcat,
            SqInplaceRepeat = ListInplaceRepeat,
        },
        TpAsMapping = new PyMappingMethods
        {
            MpLength = static o => ((PyListObject)o).Count,
            MpSubscript = ListSubscript,
            MpAssSubscript = ListAssSubscript,
        },
        TpMethods = Methods(),
    };
    #endregion

    private static PyMethodDef[] Methods() =>
    [
        PyMethodDef.O("__getitem__", static (o, k) => ListSubscript(o, k!)).AsCoexist(),
        PyMethodDef.NoArgs("__reversed__", static (o, _) => new PyListIterObject((PyListObject)o, reversed: true)),
        PyMethodDef.NoArgs("__sizeof__", static (o, _) => PyLongObject.FromLong(40 + 8L * ((PyListObject)o).Items.Length)),
        PyMethodDef.NoArgs("clear", static (o, _) =>
        {
            ((PyListObject)o).Clear();
            return Py.ReturnNone;
        }),
        PyMethodDef.NoArgs("copy", static (o, _) => FromSpan(((PyListObject)o).ItemsBorrowed)),
        PyMethodDef.O("append", static (o, item) => ((PyListObject)o).Append(item!) < 0 ? null : Py.ReturnNone),
        PyMethodDef.Fast("insert", ListInsert),
        PyMethodDef.O("extend", static (o, it) => ((PyListObject)o).Extend(it!) < 0 ? null : Py.ReturnNone),
        PyMethodDef.Fast("pop", ListPop),
        PyMethodDef.O("remove", ListRemove),
        PyMethodDef.Fast("index", ListIndex),
        PyMethodDef.O("count", ListCount),
        PyMethodDef.NoArgs("reverse", static (o, _) =>
        {
            var l = (PyListObject)o;
            Array.Reverse(l.Items, 0, l.Count);
            return Py.ReturnNone;
        }),
        PyMethodDef.FastKeywords("sort", ListSort),
    ];

    private static int ListInit(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        if (self.ObType == Type && !GetArgs.NoKeywords("list", kwargs))
        {
            return -1;
        }
        if (!GetArgs.CheckPositional("list", args.Count, 0, 1))
        {
            return -1;
        }
        var list = (PyListObject)self;
        list.Clear();
        return args.Count == 1 ? list.Extend(args[0]) : 0;
    }

    private static PyObject? ListVectorcall(PyObject type, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames)
    {
        if (!GetArgs.NoKwnames("list", kwnames) || !GetArgs.CheckPositional("list", args.Length, 0, 1))
        {
            return null;
        }
        PyListObject list = New(0);
        if (args.Length == 1 && list.Extend(args[0]) < 0)
        {
            list.DecRef();
            return null;
        }
        return list;
    }

    #region list-repr
    private static PyObject? ListRepr(PyObject self)
    {
        var list = (PyListObject)self;
        if (list.Count == 0)
        {
            return PyUnicodeObject.FromString("[]");
        }
        int rec = ReprEnter(self);
        if (rec != 0)
        {
            return rec > 0 ? PyUnicodeObject.FromString("[...]") : null;
        }
        var sb = new StringBuilder("[");
        for (int i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }
            PyObject item = list.Items[i]!;
            item.IncRef(); // repr may run code that removes it from the list
            string? text = ReprToString(item);
            item.DecRef();
            if (text is null)
            {
                ReprLeave(self);
                return null;
            }
            sb.Append(text);
        }
        sb.Append(']');
        ReprLeave(self);
        return PyUnicodeObject.FromString(sb.ToString());
    }
    #endregion

    #region list-richcompare
    /// <summary>Lexicographic comparison (C: <c>list_richcompare</c>): find the first index where the items differ,
    /// then compare the lengths if there is none, else those two items. The lists are read live at every
    /// step, with each pair of items held while it is compared, because __eq__ may mutate either list.</summary>
    private static PyObject? ListRichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyListObject a || w is not PyListObject b)
        {
            return Py.ReturnNotImplemented;
        }
        if (a.Count != b.Count && (op == CompareOp.Eq || op == CompareOp.Ne))
        {
            return Py.Bool(op == CompareOp.Ne);
        }
        int i = 0;
        for (; i < a.Count && i < b.Count; i++)
        {
            PyObject x = a.Items[i]!, y = b.Items[i]!;
            if (x == y)
            {
                continue;
            }
            x.IncRef();
            y.IncRef();
            int k = RichCompareBool(x, y, CompareOp.Eq);
            x.DecRef();
            y.DecRef();
            if (k < 0)
            {
                return null;
            }
            if (k == 0)
            {
                break;
            }
        }
        if (i >= a.Count || i >= b.Count)
        {
            return CompareOps.Return(a.Count, b.Count, op);
        }
        if (op == CompareOp.Eq || op == CompareOp.Ne)
        {
            return Py.Bool(op == CompareOp.Ne);
        }
        PyObject vi = a.Items[i]!, wi = b.Items[i]!;
        vi.IncRef();
        wi.IncRef();
        PyObject? result = RichCompare(vi, wi, op);
        vi.DecRef();
        wi.DecRef();
        return result;
    }
    #endregion

    private static PyObject? ListConcat(PyObject a, PyObject b)
    {
        if (b is not PyListObject lb)
        {
            return PyErr.SetString(PyExc.TypeError, $"can only concatenate list (not \"{b.ObType.Name}\") to list");
        }
        var la = (PyListObject)a;
        PyListObject result = New(la.Count + lb.Count);
        result.Extend(la);
        result.Extend(lb);
        return result;
    }

    private static PyObject? ListRepeat(PyObject self, long n)
    {
        var list = (PyListObject)self;
        if (n <= 0 || list.Count == 0)
        {
            return New(0);
        }
        if (n > Array.MaxLength / list.Count)
        {
            return PyErr.NoMemory();
        }
        int total = (int)(list.Count * n);
        PyListObject result = New(total);
        for (long k = 0; k < n; k++)
        {
            for (int i = 0; i < list.Count; i++)
            {
                result.Items[result.Count++] = list.Items[i]!.NewRef();
            }
        }
        return result;
    }

    private static PyObject? ListInplaceConcat(PyObject self, PyObject other) =>
        ((PyListObject)self).Extend(other) < 0 ? null : self.NewRef();

    private static PyObject? ListInplaceRepeat(PyObject self, long n)
    {
        var list = (PyListObject)self;
        if (n <= 0 || list.Count == 0)
        {
            list.Clear();
            return self.NewRef();
        }
        if (n > Array.MaxLength / list.Count)
        {
            return PyErr.NoMemory();
        }
        int size = list.Count;
        list.Resize((int)(size * n));
        for (long k = 1; k < n; k++)
        {
            for (int i = 0; i < size; i++)
            {
                list.Items[list.Count++] = list.Items[i]!.NewRef();
            }
        }
        return self.NewRef();
    }

    private static PyObject? ListItem(PyObject self, long index)
    {
        var list = (PyListObject)self;
        if ((ulong)index >= (ulong)list.Count)
        {
            return PyErr.SetString(PyExc.IndexError, "list index out of range");
        }
        return list.Items[index]!.NewRef();
    }

    private static int ListAssItem(PyObject self, long index, PyObject? value)
    {
        var list = (PyListObject)self;
        if ((ulong)index >= (ulong)list.Count)
        {
            PyErr.SetString(PyExc.IndexError, "list assignment index out of range");
            return -1;
        }
        if (value is null)
        {
            PyObject old = list.Items[index]!;
            Array.Copy(list.Items, (int)index + 1, list.Items, (int)index, list.Count - (int)index - 1);
            list.Items[--list.Count] = null;
            old.DecRef();
            list.Resize(list.Count);
            return 0;
        }
        PyObject? previous = list.Items[index];
        list.Items[index] = value.NewRef();
        previous?.DecRef();
        return 0;
    }

    private static int ListContains(PyObject self, PyObject value)
    {
        var list = (PyListObject)self;
        for (int i = 0; i < list.Count; i++)
        {
            PyObject item = list.Items[i]!;
            item.IncRef();
            int cmp = RichCompareBool(item, value, CompareOp.Eq);
            item.DecRef();
            if (cmp != 0)
            {
                return cmp;
            }
        }
        return 0;
    }

    private static PyObject? ListInsert(PyObject self, ReadOnlySpan<PyObject> args)
    {
        if (!GetArgs.CheckPositional("insert", args.Length, 2, 2) || !GetArgs.ToSsize(args[0], out long where))
        {
            return null;
        }
        return ((PyListObject)self).Insert(where, args[1]) < 0 ? null : Py.ReturnNone;
    }

    private static PyObject? ListPop(PyObject self, ReadOnlySpan<PyObject> args)
    {
        if (!GetArgs.CheckPositional("pop", args.Length, 0, 1))
        {
            return null;
        }
        var list = (PyListObject)self;
        long index = -1;
        if (args.Length == 1 && !GetArgs.ToSsize(args[0], out index))
        {
            return null;
        }
        if (list.Count == 0)
        {
            return PyErr.SetString(PyExc.IndexError, "pop from empty list");
        }
        if (index < 0)
        {
            index += list.Count;
        }
        if ((ulong)index >= (ulong)list.Count)
        {
            return PyErr.SetString(PyExc.IndexError, "pop index out of range");
        }
        PyObject item = list.Items[index]!;
        Array.Copy(list.Items, (int)index + 1, list.Items, (int)index, list.Count - (int)index - 1);
        list.Items[--list.Count] = null;
        list.Resize(list.Count);
        return item; // the list's reference becomes the caller's
    }

    private static PyObject? ListRemove(PyObject self, PyObject? value)
    {
        var list = (PyListObject)self;
        for (int i = 0; i < list.Count; i++)
        {
            PyObject item = list.Items[i]!;
            item.IncRef();
            int cmp = RichCompareBool(item, value!, CompareOp.Eq);
            item.DecRef();
            if (cmp > 0)
            {
                return ListAssItem(self, i, null) < 0 ? null : Py.ReturnNone;
            }
            if (cmp < 0)
            {
                return null;
            }
        }
        return PyErr.SetString(PyExc.ValueError, "list.remove(x): x not in list");
    }

    private static PyObject? ListIndex(PyObject self, ReadOnlySpan<PyObject> args)
    {
        if (!GetArgs.CheckPositional("index", args.Length, 1, 3))
        {
            return null;
        }
        var list = (PyListObject)self;
        if (!PySliceObject.ParseSearchBounds(args[1..], list.Count, out long start, out long stop))
        {
            return null;
        }
        for (long i = start; i < stop && i < list.Count; i++)
        {
            PyObject item = list.Items[i]!;
            item.IncRef();
            int cmp = RichCompareBool(item, args[0], CompareOp.Eq);
            item.DecRef();
            if (cmp > 0)
            {
                return PyLongObject.FromLong(i);
            }
            if (cmp < 0)
            {
                return null;
            }
        }
        return PyErr.SetString(PyExc.ValueError, "list.index(x): x not in list");
    }

    private static PyObject? ListCount(PyObject self, PyObject? value)
    {
        var list = (PyListObject)self;
        long count = 0;
        for (int i = 0; i < list.Count; i++)
        {
            PyObject item = list.Items[i]!;
            item.IncRef();
            int cmp = RichCompareBool(item, value!, CompareOp.Eq);
            item.DecRef();
            if (cmp < 0)
            {
                return null;
            }
            count += cmp;
        }
        return PyLongObject.FromLong(count);
    }
}
