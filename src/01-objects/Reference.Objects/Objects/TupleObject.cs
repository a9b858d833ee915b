// Objects/tupleobject.c: tuple.
//
// A tuple owns one reference to each item. It is immutable once built, so it has no tp_clear: a
// cycle through a tuple is always broken by clearing a mutable object on the cycle. The empty
// tuple is an immortal singleton. While a tuple is being built (New then InitItemSteal) its slots
// may still be null; nothing else sees it until it is returned.
using System.Runtime.CompilerServices;

namespace Reference.Objects;

/// <summary>A tuple (C: <c>PyTupleObject</c>).</summary>
public sealed partial class PyTupleObject : PyObject
{
    /// <summary>The type (C: <c>PyTuple_Type</c>).</summary>
    public static readonly PyTypeObject Type = new("tuple", null,
        TypeFlags.BaseType | TypeFlags.HaveGc | TypeFlags.TupleSubclass | TypeFlags.Sequence)
    {
        TpDoc = "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.",
        TpAlloc = static t => new PyTupleObject(t, []),
        TpNew = TupleNew,
        TpVectorcall = TupleVectorcall,
        TpRepr = TupleRepr,
        TpHash = TupleHash,
        TpRichCompare = TupleRichCompare,
        TpIter = static o => new PyTupleIterObject((PyTupleObject)o),
        TpGetAttro = GenericGetAttrFunc,
        TpAsSequence = new PySequenceMethods
        {
            SqLength = static o => ((PyTupleObject)o).Items.Length,
            SqConcat = TupleConcat,
            SqRepeat = TupleRepeat,
            SqItem = TupleItem,
            SqContains = TupleContains,
        },
        TpAsMapping = new PyMappingMethods
        {
            MpLength = static o => ((PyTupleObject)o).Items.Length,
            MpSubscript = TupleSubscript,
        },
        TpMethods = Methods(),
    };

    /// <summary>The empty tuple (immortal; C: the <c>()</c> singleton).</summary>
    public static readonly PyTupleObject EmptyTuple = new([], default(ImmortalTag));

    /// <summary>The items, each an owned reference. Replaced only while a subtype instance is built.</summary>
    internal PyObject[] Items;

    private PyTupleObject(PyObject[] items)
        : base(Type) => Items = items;

    private PyTupleObject(PyTypeObject subtype, PyObject[] items)
        : base(subtype) => Items = items;

    private PyTupleObject(PyObject[] items, ImmortalTag tag)
        : base(Type, tag) => Items = items;

    /// <summary>The number of items.</summary>
    public int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Items.Length;
    }

    /// <summary>The i-th item, borrowed (C: <c>PyTuple_GET_ITEM</c>).</summary>
    public PyObject this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Items[index];
    }

    /// <summary>All items, borrowed.</summary>
    public ReadOnlySpan<PyObject> ItemsBorrowed
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Items;
    }

    #region tuple-new
    /// <summary>A tuple of <paramref name="size"/> empty slots that the caller fills with
    /// <see cref="InitItemSteal"/> before anyone else sees it (C: <c>PyTuple_New</c>).</summary>
    public static PyTupleObject New(int size) => size == 0 ? EmptyTuple : new PyTupleObject(new PyObject[size]);

    /// <summary>Fills a slot of a tuple under construction, taking over the caller's reference
    /// (C: <c>PyTuple_SET_ITEM</c>).</summary>
    public void InitItemSteal(int index, PyObject stolenItem) => Items[index] = stolenItem;
    #endregion

    /// <summary>A tuple of the given items, each gaining a reference (C: <c>PyTuple_Pack</c>).</summary>
    public static PyTupleObject Pack(PyObject a)
    {
        a.IncRef();
        return new PyTupleObject([a]);
    }

    /// <summary>A pair (C: <c>PyTuple_Pack(2, a, b)</c>).</summary>
    public static PyTupleObject Pack(PyObject a, PyObject b)
    {
        a.IncRef();
        b.IncRef();
        return new PyTupleObject([a, b]);
    }

    /// <summary>A tuple holding new references to the items of a span (C: <c>_PyTuple_FromArray</c>).</summary>
    public static PyTupleObject FromSpan(ReadOnlySpan<PyObject> items)
    {
        if (items.Length == 0)
        {
            return EmptyTuple;
        }
        var array = items.ToArray();
        foreach (PyObject item in array)
        {
            item.IncRef();
        }
        return new PyTupleObject(array);
    }

    /// <summary>A tuple that takes over the references in an array the caller no longer uses
    /// (C: <c>_PyTuple_FromArraySteal</c>).</summary>
    public static PyTupleObject FromArraySteal(PyObject[] stolenItems) =>
        stolenItems.Length == 0 ? EmptyTuple : new PyTupleObject(stolenItems);

    /// <summary>An immortal tuple of immortal items, for static type data (<c>__mro__</c>, <c>__bases__</c>).</summary>
    internal static PyTupleObject FromSpanImmortal(ReadOnlySpan<PyObject> items) =>
        items.Length == 0 ? EmptyTuple : new PyTupleObject(items.ToArray(), default(ImmortalTag));

    /// <summary>An immortal 1-tuple.</summary>
    internal static PyTupleObject PackImmortal(PyObject a) => new([a], default(ImmortalTag));

    /// <summary>A new instance of a tuple subtype holding new references to the items.</summary>
    internal static PyTupleObject NewOfSubtype(PyTypeObject subtype, ReadOnlySpan<PyObject> items)
    {
        var tuple = new PyTupleObject(subtype, items.ToArray());
        foreach (PyObject item in tuple.Items)
        {
            item.IncRef();
        }
        return tuple;
    }

    protected internal override void DeallocContents()
    {
        PyObject[] items = Items;
        Items = [];
        foreach (PyObject? item in items)
        {
            item?.DecRef();
        }
    }

    protected internal override int TraverseContents(VisitProc visit, object? arg)
    {
        foreach (PyObject? item in Items)
        {
            if (item is not null)
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
}
