// Objects/weakrefobject.c: weak references.
//
// A weak reference points at an object without counting. The referent keeps a list of the weak
// references to it; when the referent is deallocated, each is cleared (calling it then returns
// None) and its callback, if any, is called with the weak reference. The most recently created
// weak reference is called back first. A weak reference with no callback to the same object is
// shared: weakref.ref(o) is weakref.ref(o).
//
// Immortal referents never die, so their weak references are never linked into a list.
namespace Reference.Objects;

/// <summary>A weak reference (C: <c>PyWeakReference</c>, type <c>weakref.ReferenceType</c>).</summary>
public class PyWeakReference : PyObject
{
    /// <summary>The type (C: <c>_PyWeakref_RefType</c>).</summary>
    public static readonly PyTypeObject Type = new("weakref.ReferenceType", null, TypeFlags.BaseType | TypeFlags.HaveGc)
    {
        TpAlloc = static t => new PyWeakReference(t),
        TpNew = WeakrefNew,
        TpInit = static (_, _, _) => 0,
        TpCall = WeakrefCall,
        TpHash = WeakrefHash,
        TpRepr = WeakrefRepr,
        TpRichCompare = WeakrefRichCompare,
        TpGetSet = [new("__callback__", static o => Py.NewRef(((PyWeakReference)o).Callback ?? Py.None))],
    };

    /// <summary>The referent, not counted; None once it has died (C: <c>wr_object</c>).</summary>
    internal PyObject Referent = PyNone.None;

    /// <summary>The callback, owned; null when there is none (C: <c>wr_callback</c>).</summary>
    internal PyObject? Callback;

    private long _hash = -1;
    internal PyWeakReference? Prev, Next;

    /// <summary>Creates an unattached weak reference of a (sub)type.</summary>
    protected PyWeakReference(PyTypeObject type)
        : base(type)
    {
    }

    /// <summary>The live referent as a new reference, or None (C: <c>PyWeakref_GetRef</c>'s object).</summary>
    public PyObject GetObject() => Py.NewRef(Referent);

    #region new-ref
    /// <summary>weakref.ref(obj, callback=None) (C: <c>PyWeakref_NewRef</c>). Reuses an existing plain weak
    /// reference when no callback is given.</summary>
    public static PyObject? NewRef(PyObject obj, PyObject? callback) => NewOfType(Type, obj, callback);

    private static PyObject? NewOfType(PyTypeObject type, PyObject obj, PyObject? callback)
    {
        if (!obj.ObType.InstancesHaveWeakrefs)
        {
            return PyErr.SetString(PyExc.TypeError, $"cannot create weak reference to '{obj.ObType.Name}' object");
        }
        if (callback == Py.None)
        {
            callback = null;
        }
        PyManagedData? managed = obj.IsImmortal ? null : (obj.Managed ??= new PyManagedData());
        if (callback is null && type == Type && managed?.WeakRefList is { } head
            && head.Callback is null && head.ObType == Type)
        {
            head.IncRef();
            return head; // the shared plain reference is always first in the list
        }
        var wr = (PyWeakReference)type.TpAlloc!(type);
        wr.Referent = obj;
        wr.Callback = Py.XNewRef(callback);
        if (managed is not null)
        {
            wr.Link(managed, plainFirst: callback is null && type == Type);
        }
        return wr;
    }
    #endregion

    private void Link(PyManagedData managed, bool plainFirst)
    {
        PyWeakReference? head = managed.WeakRefList;
        if (plainFirst || head is null || head.Callback is not null || head.ObType != Type)
        {
            Next = head;
            if (head is not null)
            {
                head.Prev = this;
            }
            managed.WeakRefList = this;
            return;
        }
        // Keep the shared plain reference first; newer references go right after it.
        Next = head.Next;
        Prev = head;
        if (head.Next is not null)
        {
            head.Next.Prev = this;
        }
        head.Next = this;
    }

    private void Unlink()
    {
        if (Referent.Managed is { } managed && managed.WeakRefList == this)
        {
            managed.WeakRefList = Next;
        }
        if (Prev is not null)
        {
            Prev.Next = Next;
        }
        if (Next is not null)
        {
            Next.Prev = Prev;
        }
        Prev = Next = null;
    }

    /// <summary>Detaches from the referent (C: <c>clear_weakref</c>).</summary>
    internal void ClearReferent()
    {
        if (Referent != PyNone.None)
        {
            Unlink();
            Referent = PyNone.None;
        }
    }

    /// <summary>Number of weak references to an object (C: <c>_PyWeakref_GetWeakrefCount</c>).</summary>
    public static int GetWeakrefCount(PyObject obj)
    {
        int n = 0;
        for (PyWeakReference? wr = obj.Managed?.WeakRefList; wr is not null; wr = wr.Next)
        {
            n++;
        }
        return n;
    }

    #region clear-weakrefs
    /// <summary>Clears every weak reference to a dying object and calls their callbacks, newest first
    /// (C: <c>PyObject_ClearWeakRefs</c>).</summary>
    internal static void ClearWeakRefs(PyObject obj)
    {
        var pending = new List<PyWeakReference>();
        while (obj.Managed?.WeakRefList is { } wr)
        {
            wr.ClearReferent();
            if (wr.Callback is not null && wr.ObRefCnt > 0)
            {
                wr.IncRef();
                pending.Add(wr);
            }
        }
        CallCallbacks(pending);
    }
    #endregion

    /// <summary>Calls each callback with its weak reference, reporting errors as unraisable, and releases the
    /// references taken for the call. Returns how many weak references that freed.</summary>
    internal static int CallCallbacks(List<PyWeakReference> pending)
    {
        int freed = 0;
        PyBaseExceptionObject? saved = pending.Count > 0 ? PyErr.GetRaisedException() : null;
        foreach (PyWeakReference wr in pending)
        {
            PyObject callback = wr.Callback!;
            callback.IncRef();
            PyObject? result = PyObject.CallOneArg(callback, wr);
            if (result is null)
            {
                PyErr.WriteUnraisable("Exception ignored while calling weakref callback", callback);
            }
            else
            {
                result.DecRef();
            }
            callback.DecRef();
            if (wr.ObRefCnt == 1)
            {
                freed++;
            }
            wr.DecRef();
        }
        if (saved is not null)
        {
            PyErr.SetRaisedException(saved);
        }
        return freed;
    }

    protected internal override void DeallocContents()
    {
        ClearReferent();
        Py.Clear(ref Callback);
    }

    protected internal override int TraverseContents(VisitProc visit, object? arg) =>
        Callback is not null ? visit(Callback, arg) : 0;

    protected internal override void ClearContents() => Py.Clear(ref Callback);

    private static PyObject? WeakrefNew(PyTypeObject type, PyTupleObject args, PyDictObject? kwargs)
    {
        if (!GetArgs.CheckPositional("__new__", args.Count, 1, 2))
        {
            return null;
        }
        return NewOfType(type, args[0], args.Count > 1 ? args[1] : null);
    }

    private static PyObject? WeakrefCall(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        if (!GetArgs.NoKeywords("weakref", kwargs) || !GetArgs.CheckPositional("weakref", args.Count, 0, 0))
        {
            return null;
        }
        return ((PyWeakReference)self).GetObject();
    }

    private static long WeakrefHash(PyObject self)
    {
        var wr = (PyWeakReference)self;
        if (wr._hash != -1)
        {
            return wr._hash;
        }
        if (wr.Referent == PyNone.None)
        {
            PyErr.SetString(PyExc.TypeError, "weak object has gone away");
            return -1;
        }
        wr._hash = Hash(wr.Referent);
        return wr._hash;
    }

    private static PyObject? WeakrefRepr(PyObject self)
    {
        var wr = (PyWeakReference)self;
        if (wr.Referent == PyNone.None)
        {
            return PyUnicodeObject.FromString($"<weakref at 0x{wr.Id:x}; dead>");
        }
        PyObject obj = wr.Referent;
        int found = GetOptionalAttr(obj, PyIds.__name__, out PyObject? name);
        if (found < 0)
        {
            return null;
        }
        string suffix = "";
        if (name is PyUnicodeObject nameStr)
        {
            suffix = $" ({nameStr.Value})";
        }
        else if (name is not null)
        {
            string? text = ReprToString(name);
            if (text is null)
            {
                name.DecRef();
                return null;
            }
            suffix = $" ({text})";
        }
        name?.DecRef();
        return PyUnicodeObject.FromString($"<weakref at 0x{wr.Id:x}; to '{obj.ObType.Name}' at 0x{obj.Id:x}{suffix}>");
    }

    private static PyObject? WeakrefRichCompare(PyObject self, PyObject other, CompareOp op)
    {
        if ((op != CompareOp.Eq && op != CompareOp.Ne) || !TypeCheck(self, Type) || !TypeCheck(other, Type))
        {
            return Py.ReturnNotImplemented;
        }
        PyObject a = ((PyWeakReference)self).Referent, b = ((PyWeakReference)other).Referent;
        if (a == PyNone.None || b == PyNone.None)
        {
            bool same = self == other;
            return Py.Bool(op == CompareOp.Eq ? same : !same);
        }
        return RichCompare(a, b, op);
    }
}

/// <summary>The weakref part of a collection (C: <c>handle_weakrefs</c> in gc.c).</summary>
internal static class GcWeakrefs
{
    /// <summary>Clears every weak reference to an unreachable object, so that no finalizer or callback can
    /// reach garbage through one; calls the callbacks of weak references that are themselves reachable.
    /// Returns the number of weak references freed by the callbacks.</summary>
    public static long Handle(List<PyObject> unreachable)
    {
        var pending = new List<PyWeakReference>();
        foreach (PyObject op in unreachable)
        {
            while (op.Managed?.WeakRefList is { } wr)
            {
                wr.ClearReferent();
                bool wrIsGarbage = (wr.GcBits & GcFlags.Unreachable) != 0;
                if (wr.Callback is not null && !wrIsGarbage)
                {
                    wr.IncRef();
                    pending.Add(wr);
                }
            }
        }
        return PyWeakReference.CallCallbacks(pending);
    }
}
