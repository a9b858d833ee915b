// Objects/dictobject.c: dict views (keys(), values(), items()) and dict iterators.
//
// A view is a live window on its dict: its length and contents follow the dict. keys() and items()
// are set-like (they support &, |, ^, - and comparisons as sets); values() is not.
//
// An iterator remembers the dict's size when it started. If the size changes, the next step raises
// "dictionary changed size during iteration"; if the keys changed but not the size, it may see more
// entries than it expected and raises "dictionary keys changed during iteration" — CPython's two
// checks, which make a mutating loop fail instead of running forever.
using System.Text;

namespace Reference.Objects;

/// <summary>What a dict iterator or view yields.</summary>
internal enum DictIterKind
{
    Keys,
    Values,
    Items,
}

/// <summary>A dict view (C: <c>_PyDictViewObject</c>).</summary>
public sealed class PyDictViewObject : PyObject
{
    internal static readonly PyTypeObject KeysType = MakeType("dict_keys", DictIterKind.Keys);
    internal static readonly PyTypeObject ValuesType = MakeType("dict_values", DictIterKind.Values);
    internal static readonly PyTypeObject ItemsType = MakeType("dict_items", DictIterKind.Items);

    private PyDictObject? _dict;

    internal PyDictViewObject(PyTypeObject type, PyDictObject dict)
        : base(type)
    {
        dict.IncRef();
        _dict = dict;
    }

    internal PyDictObject Dict => _dict!;

    private DictIterKind Kind => ObType == KeysType ? DictIterKind.Keys : ObType == ValuesType ? DictIterKind.Values : DictIterKind.Items;

    private static PyTypeObject MakeType(string name, DictIterKind kind)
    {
        bool setLike = kind != DictIterKind.Values;
        var type = new PyTypeObject(name, null, TypeFlags.HaveGc | TypeFlags.DisallowInstantiation)
        {
            TpRepr = ViewRepr,
            TpIter = static o => new PyDictIterObject(((PyDictViewObject)o).Dict, ((PyDictViewObject)o).Kind, reversed: false),
            TpGetAttro = GenericGetAttrFunc,
            TpAsSequence = new PySequenceMethods
            {
                SqLength = static o => ((PyDictViewObject)o).Dict.Count,
                SqContains = setLike ? ViewContains : null,
            },
            TpMethods =
            [
                PyMethodDef.NoArgs("__reversed__", static (o, _) =>
                    new PyDictIterObject(((PyDictViewObject)o).Dict, ((PyDictViewObject)o).Kind, reversed: true)),
                .. setLike ? (PyMethodDef[])[PyMethodDef.O("isdisjoint", IsDisjoint)] : [],
            ],
            TpGetSet = [new("mapping", static o => PyMappingProxyObject.New(((PyDictViewObject)o).Dict))],
        };
        if (setLike)
        {
            type.TpRichCompare = ViewRichCompare;
            type.TpAsNumber = new PyNumberMethods
            {
                NbAnd = Intersect,
                NbOr = static (a, b) => SetOperation(a, b, "update"),
                NbXor = static (a, b) => a is PyDictViewObject { Kind: DictIterKind.Items } x && b is PyDictViewObject { Kind: DictIterKind.Items } y
                    ? ItemsXor(x.Dict, y.Dict)
                    : SetOperation(a, b, "symmetric_difference_update"),
                NbSubtract = static (a, b) => SetOperation(a, b, "difference_update"),
            };
        }
        return type;
    }

    private static PyObject? ViewRepr(PyObject self)
    {
        int rec = ReprEnter(self);
        if (rec != 0)
        {
            return rec > 0 ? PyUnicodeObject.FromString("...") : null;
        }
        PyListObject? list = PySequence.List(self);
        string? inner = list is null ? null : ReprToString(list);
        list?.DecRef();
        ReprLeave(self);
        return inner is null ? null : PyUnicodeObject.FromString($"{self.ObType.Name}({inner})");
    }

    private static int ViewContains(PyObject self, PyObject obj)
    {
        var view = (PyDictViewObject)self;
        if (view.Kind == DictIterKind.Keys)
        {
            return view.Dict.Contains(obj);
        }
        if (obj is not PyTupleObject { Count: 2 } pair)
        {
            return 0;
        }
        int found = view.Dict.GetItemRef(pair[0], out PyObject? value);
        if (found <= 0)
        {
            return found;
        }
        int r = RichCompareBool(value!, pair[1], CompareOp.Eq);
        value!.DecRef();
        return r;
    }

    /// <summary>set(left) — the left operand, which may be any iterable when the view is on the right; a keys view
    /// of an exact dict is read from the dict itself, with its stored hashes (C: <c>dictviews_to_set</c>).</summary>
    private static PySetObject? ToSet(PyObject left)
    {
        if (left is PyDictViewObject { Kind: DictIterKind.Keys } keys && keys.Dict.ObType == PyDictObject.Type)
        {
            left = keys.Dict;
        }
        return PySetObject.FromIterable(left);
    }

    /// <summary>|, ^ and - on keys/items views: set(left), updated in place with the right operand by the set
    /// method (C: <c>dictviews_or</c>, <c>dictviews_xor</c>, <c>dictviews_sub</c>). Either operand may be the
    /// view: <c>[1] | d.keys()</c> is set([1]) updated with the view.</summary>
    private static PyObject? SetOperation(PyObject left, PyObject right, string method)
    {
        PySetObject? result = ToSet(left);
        if (result is null)
        {
            return null;
        }
        PyObject? r = CallMethod(result, PyUnicodeObject.InternStatic(method), right);
        if (r is null)
        {
            result.DecRef();
            return null;
        }
        r.DecRef();
        return result;
    }

    #region intersect
    /// <summary>view &amp; other (C: <c>_PyDictView_Intersect</c>): iterate the smaller side and keep what the view
    /// contains; an exact set at least as large as the view does the work itself.</summary>
    private static PyObject? Intersect(PyObject a, PyObject b)
    {
        (PyObject self, PyObject other) = a is PyDictViewObject ? (a, b) : (b, a);
        long lenSelf = ((PyDictViewObject)self).Dict.Count;
        if (other.ObType == PySetObject.Type && lenSelf <= ((PySetObject)other).Count)
        {
            return CallMethod(other, PyUnicodeObject.InternStatic("intersection"), self);
        }
        if (other is PyDictViewObject { Kind: not DictIterKind.Values } otherView && otherView.Dict.Count > lenSelf)
        {
            (self, other) = (other, self);
        }
        PySetObject result = PySetObject.New();
        PyObject? iter = GetIter(other);
        if (iter is null)
        {
            result.DecRef();
            return null;
        }
        PyObject? item;
        while ((item = PyIter.Next(iter)) is not null)
        {
            int r = ViewContains(self, item);
            if (r > 0)
            {
                r = result.Add(item);
            }
            item.DecRef();
            if (r < 0)
            {
                iter.DecRef();
                result.DecRef();
                return null;
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
    #endregion

    /// <summary>items ^ items (C: <c>dictitems_xor</c>): the pairs of the right dict that the left lacks (or has
    /// with another value), then the left's pairs that were not matched.</summary>
    private static PyObject? ItemsXor(PyDictObject d1, PyDictObject d2)
    {
        PyDictObject remaining = d1.Copy();
        PySetObject result = PySetObject.New();
        int status = 0;
        long pos = 0;
        while (status == 0 && d2.Next(ref pos, out PyObject? key, out PyObject? value2))
        {
            key!.IncRef();
            value2!.IncRef();
            int found = remaining.GetItemRef(key, out PyObject? value1);
            int same = found <= 0 ? found : RichCompareBool(value1!, value2, CompareOp.Eq);
            Py.XDecRef(value1);
            if (same > 0)
            {
                status = remaining.DelItem(key);
            }
            else if (same == 0)
            {
                PyTupleObject pair = PyTupleObject.Pack(key, value2);
                status = result.Add(pair);
                pair.DecRef();
            }
            else
            {
                status = -1;
            }
            key.DecRef();
            value2.DecRef();
        }
        if (status == 0)
        {
            var items = new PyDictViewObject(ItemsType, remaining);
            status = result.UpdateInternal(items);
            items.DecRef();
        }
        remaining.DecRef();
        if (status < 0)
        {
            result.DecRef();
            return null;
        }
        return result;
    }

    /// <summary>Whether the view and an iterable share nothing (C: <c>dictviews_isdisjoint</c>): with a set-like
    /// operand the smaller side is iterated and looked up in the larger.</summary>
    private static PyObject? IsDisjoint(PyObject self, PyObject? other)
    {
        if (self == other)
        {
            return Py.Bool(((PyDictViewObject)self).Dict.Count == 0);
        }
        PyObject container = self, iterated = other!;
        if (IsSetLike(other!) && SetLikeLength(other!) > ((PyDictViewObject)self).Dict.Count)
        {
            (container, iterated) = (other!, self);
        }
        PyObject? iter = GetIter(iterated);
        if (iter is null)
        {
            return null;
        }
        PyObject? item;
        while ((item = PyIter.Next(iter)) is not null)
        {
            int r = PySequence.Contains(container, item);
            item.DecRef();
            if (r != 0)
            {
                iter.DecRef();
                return r < 0 ? null : Py.False;
            }
        }
        iter.DecRef();
        return PyErr.Occurred() ? null : Py.True;
    }

    /// <summary>Views compare as sets with any set-like operand (C: <c>dictview_richcompare</c>).</summary>
    private static PyObject? ViewRichCompare(PyObject self, PyObject other, CompareOp op)
    {
        if (!IsSetLike(other))
        {
            return Py.ReturnNotImplemented;
        }
        long lenSelf = SetLikeLength(self), lenOther = SetLikeLength(other);
        int ok;
        switch (op)
        {
            case CompareOp.Eq:
            case CompareOp.Ne:
                ok = lenSelf == lenOther ? AllContainedIn(self, other) : 0;
                if (ok >= 0 && op == CompareOp.Ne)
                {
                    ok = 1 - ok;
                }
                break;
            case CompareOp.Lt:
                ok = lenSelf < lenOther ? AllContainedIn(self, other) : 0;
                break;
            case CompareOp.Le:
                ok = lenSelf <= lenOther ? AllContainedIn(self, other) : 0;
                break;
            case CompareOp.Gt:
                ok = lenSelf > lenOther ? AllContainedIn(other, self) : 0;
                break;
            default:
                ok = lenSelf >= lenOther ? AllContainedIn(other, self) : 0;
                break;
        }
        return ok < 0 ? null : Py.Bool(ok > 0);
    }

    /// <summary>A set, a frozenset, or a keys or items view.</summary>
    private static bool IsSetLike(PyObject o) => o is PySetObject or PyDictViewObject { Kind: not DictIterKind.Values };

    /// <summary>len() of a set-like operand; it cannot fail.</summary>
    private static long SetLikeLength(PyObject o) => o is PySetObject s ? s.Count : ((PyDictViewObject)o).Dict.Count;

    /// <summary>Whether every item of a set-like operand is in another (C: <c>all_contained_in</c>).</summary>
    private static int AllContainedIn(PyObject inner, PyObject outer)
    {
        PyObject iter = GetIter(inner)!; // sets and views are always iterable
        PyObject? item;
        while ((item = PyIter.Next(iter)) is not null)
        {
            int r = PySequence.Contains(outer, item);
            item.DecRef();
            if (r <= 0)
            {
                iter.DecRef();
                return r;
            }
        }
        iter.DecRef();
        return PyErr.Occurred() ? -1 : 1;
    }

    protected internal override void DeallocContents() => Py.Clear(ref _dict);

    protected internal override int TraverseContents(VisitProc visit, object? arg) => _dict is null ? 0 : visit(_dict, arg);
}

/// <summary>A dict iterator, forwards or reversed (C: <c>dictiterobject</c>).</summary>
public sealed class PyDictIterObject : PyObject
{
    private static readonly PyTypeObject[] s_types =
    [
        MakeType("dict_keyiterator"), MakeType("dict_valueiterator"), MakeType("dict_itemiterator"),
        MakeType("dict_reversekeyiterator"), MakeType("dict_reversevalueiterator"), MakeType("dict_reverseitemiterator"),
    ];

    private readonly DictIterKind _kind;
    private readonly bool _reversed;
    private PyDictObject? _dict;
    private int _used;
    private long _pos;
    private long _len;

    internal PyDictIterObject(PyDictObject dict, DictIterKind kind, bool reversed)
        : base(s_types[(int)kind + (reversed ? 3 : 0)])
    {
        dict.IncRef();
        _dict = dict;
        _kind = kind;
        _reversed = reversed;
        _used = dict.Count;
        _len = dict.Count;
        _pos = reversed ? dict.EntryCount - 1 : 0;
    }

    private static PyTypeObject MakeType(string name) => new(name, null, TypeFlags.HaveGc | TypeFlags.DisallowInstantiation)
    {
        TpIter = SelfIter,
        TpIterNext = static o => ((PyDictIterObject)o).Next(),
        TpGetAttro = GenericGetAttrFunc,
        TpMethods =
        [
            PyMethodDef.NoArgs("__length_hint__", static (o, _) =>
            {
                var it = (PyDictIterObject)o;
                return PyLongObject.FromLong(it._dict is not null && it._used == it._dict.Count ? it._len : 0);
            }),
        ],
    };

    #region dictiter-next
    private PyObject? Next()
    {
        PyDictObject? d = _dict;
        if (d is null)
        {
            return null;
        }
        if (_used != d.Count)
        {
            _used = -1; // stay broken
            return PyErr.SetString(PyExc.RuntimeError, "dictionary changed size during iteration");
        }
        PyDictObject.Entry[] entries = d.Entries;
        long i = _pos;
        if (_reversed)
        {
            while (i >= 0 && (i >= d.EntryCount || entries[i].Key is null))
            {
                i--;
            }
            _pos = i - 1;
        }
        else
        {
            while (i < d.EntryCount && entries[i].Key is null)
            {
                i++;
            }
            _pos = i + 1;
        }
        if (i < 0 || i >= d.EntryCount)
        {
            _dict = null;
            d.DecRef();
            return null;
        }
        if (_len == 0 && !_reversed)
        {
            // More entries than there were keys: keys were deleted and others added (C: dictiter_iternextkey).
            _dict = null;
            d.DecRef();
            return PyErr.SetString(PyExc.RuntimeError, "dictionary keys changed during iteration");
        }
        _len--;
        ref PyDictObject.Entry e = ref entries[i];
        return _kind switch
        {
            DictIterKind.Keys => e.Key!.NewRef(),
            DictIterKind.Values => e.Value!.NewRef(),
            _ => PyTupleObject.Pack(e.Key!, e.Value!),
        };
    }
    #endregion

    protected internal override void DeallocContents() => Py.Clear(ref _dict);

    protected internal override int TraverseContents(VisitProc visit, object? arg) => _dict is null ? 0 : visit(_dict, arg);
}
