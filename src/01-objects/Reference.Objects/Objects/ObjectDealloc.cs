// Objects/object.c and Objects/typeobject.c: deallocation (_Py_Dealloc, subtype_dealloc) and the
// trashcan.
//
// When the last reference goes, the object is deallocated *at once*, in this order:
//
//   1. it leaves the cycle collector's lists;
//   2. its finalizer (tp_finalize, i.e. __del__) runs, once in its lifetime, with the object briefly
//      alive again; if the finalizer stored a new reference somewhere, the object is resurrected and
//      deallocation stops here;
//   3. weak references to it are cleared and their callbacks called;
//   4. it releases what it holds: its __dict__, its __slots__, and its C# fields (DeallocContents);
//   5. it is counted as deallocated and marked dead; a heap type loses the reference its instance held.
//
// Releasing contents can drop other counts to zero, so deallocation recurses. A long chain of
// nested containers would overflow the .NET stack; past a depth limit the *trashcan* parks objects
// on a per-thread list and deallocates them when the outermost deallocation returns.
using System.Runtime.CompilerServices;

namespace Reference.Objects;

/// <summary>The per-instance storage CPython keeps before the object: <c>__dict__</c>, the weakref list and
/// <c>__slots__</c> values, for types whose instances have them.</summary>
internal sealed class PyManagedData
{
    /// <summary>The instance dict; owned (one reference).</summary>
    public PyDictObject? Dict;

    /// <summary>The head of the list of weak references to the object (C: <c>tp_weaklist</c>); not owned.</summary>
    public PyWeakReference? WeakRefList;

    /// <summary>The values of <c>__slots__</c>, by member index; each owned.</summary>
    public PyObject?[]? Slots;
}

public partial class PyObject
{
    /// <summary>Releases the references this object's C# fields hold (the C struct's part of
    /// <c>tp_dealloc</c>). Overridden by every type that holds references; the base holds none.</summary>
    protected internal virtual void DeallocContents()
    {
    }

    #region generic-dealloc
    /// <summary>The deallocator every type uses (C: <c>subtype_dealloc</c> with the base dealloc it ends in).
    /// Returns with the count above zero if a finalizer resurrected the object.</summary>
    public static void GenericDealloc(PyObject op)
    {
        PyTypeObject type = op.ObType;
        bool wasTracked = op.GcIndex >= 0;
        if (wasTracked)
        {
            PyThreadState.Get().Interp.Gc.Untrack(op);
        }
        if (type.TpFinalize is { } finalize && (op.GcBits & GcFlags.Finalized) == 0)
        {
            if (CallFinalizerFromDealloc(op, finalize))
            {
                if (wasTracked)
                {
                    PyThreadState.Get().Interp.Gc.Track(op);
                }
                return; // resurrected
            }
        }
        if (op.Managed is { } managed)
        {
            if (managed.WeakRefList is not null)
            {
                PyWeakReference.ClearWeakRefs(op);
            }
            op.Managed = null;
            ReleaseManaged(managed);
        }
        op.DeallocContents();
    }
    #endregion

    private static void ReleaseManaged(PyManagedData managed)
    {
        if (managed.Slots is { } slots)
        {
            for (int i = 0; i < slots.Length; i++)
            {
                Py.Clear(ref slots[i]);
            }
        }
        ReleaseInstanceDict(ref managed.Dict);
    }

    /// <summary>Releases an instance's dict; one that outlives its instance becomes an ordinary dict.</summary>
    internal static void ReleaseInstanceDict(ref PyDictObject? dict)
    {
        if (dict is { } d && d.RefCnt > 1)
        {
            d.GcBits &= ~GcFlags.InlineValues;
        }
        Py.Clear(ref dict);
    }

    #region finalizer
    /// <summary>Runs tp_finalize from the deallocator (C: <c>PyObject_CallFinalizerFromDealloc</c>): revives
    /// the object for the call, marks it finalized so the finalizer never runs again, and reports whether
    /// the object came back to life. Errors are unraisable.</summary>
    private static bool CallFinalizerFromDealloc(PyObject op, Destructor finalize)
    {
        op.ResurrectForFinalizer();
        op.GcBits |= GcFlags.Finalized;
        PyBaseExceptionObject? saved = PyErr.GetRaisedException();
        finalize(op);
        if (PyErr.Occurred())
        {
            PyErr.WriteUnraisable("Exception ignored while calling deallocator", op);
        }
        if (saved is not null)
        {
            PyErr.SetRaisedException(saved);
        }
        uint count = op.ObRefCnt - 1;
        op.ObRefCnt = count;
        return count != 0;
    }
    #endregion
}

/// <summary>Runs deallocation with the trashcan (C: <c>_Py_Dealloc</c>, <c>Py_TRASHCAN_BEGIN/END</c>).</summary>
internal static class Dealloc
{
    /// <summary>Deallocations nest this deep before the trashcan defers them.</summary>
    private const int TrashcanDepth = 50;

    #region trashcan
    public static void Run(PyObject op)
    {
        PyThreadState tstate = PyThreadState.Get();
        if (tstate.DeallocDepth > 0
            && (tstate.DeallocDepth >= TrashcanDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            (tstate.DeferredDeallocs ??= []).Add(op);
            return;
        }
        tstate.DeallocDepth++;
        RunOne(tstate, op);
        tstate.DeallocDepth--;
        if (tstate.DeallocDepth == 0 && tstate.DeferredDeallocs is { Count: > 0 } deferred)
        {
            // Unwind what was parked, one object at a time, each starting from depth 1 again.
            tstate.DeallocDepth = 1;
            while (deferred.Count > 0)
            {
                PyObject next = deferred[^1];
                deferred.RemoveAt(deferred.Count - 1);
                RunOne(tstate, next);
            }
            tstate.DeallocDepth = 0;
        }
    }
    #endregion

    private static void RunOne(PyThreadState tstate, PyObject op)
    {
        PyTypeObject type = op.ObType;
        (type.TpDealloc ?? PyObject.GenericDealloc)(op);
        if (op.ObRefCnt != PyObject.DeadRefCnt)
        {
            return; // resurrected by its finalizer
        }
        tstate.NoteDeallocation(op);
        op.ObType.DecRef(); // instances of heap types own a reference to their type
    }
}
