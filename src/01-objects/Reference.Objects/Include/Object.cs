// Include/object.h and Include/refcount.h: the object header and reference counting.
//
// Every Python object starts with the same header: its type (`ob_type`) and its reference count
// (`ob_refcnt`). The .NET garbage collector owns memory, but the reference count owns *lifetime*:
// when the count reaches zero the object is deallocated at once — it releases what it holds, its
// finalizer runs, weak-reference callbacks fire — and it is marked dead. The .NET GC reclaims the
// bytes later, which is our stand-in for `PyObject_Free`.
//
// The discipline is CPython's. A *new* (strong, owned) reference must be given back with DecRef; a
// *borrowed* reference is valid only while its owner holds one. Methods that return borrowed
// references say so in their name (`...Borrowed`); methods that take over the caller's reference
// say so too (`...Steal`). Everything else returns new references and borrows its arguments.
//
// One word holds all the count states, so the fast paths are a single signed compare:
//
//     0                  dead: deallocated; touching it is a fatal error
//     1 .. 2^31-1        alive and mortal
//     2^31 .. 2^32-1     immortal (the sign bit of the low 32 bits, as CPython's 64-bit build);
//                        never changed, never deallocated (PEP 683)
//
// A count that overflows 2^31-1 saturates into the immortal range, exactly as CPython's does.
using System.Runtime.CompilerServices;

namespace Reference.Objects;

/// <summary>The header every Python object shares: its type and its reference count (C: <c>PyObject</c>).</summary>
public partial class PyObject
{
    #region refcount-states
    /// <summary>The count of a deallocated object.</summary>
    internal const uint DeadRefCnt = 0;

    /// <summary>The count immortal objects are given (C: <c>_Py_IMMORTAL_INITIAL_REFCNT</c>, 3 &lt;&lt; 30).</summary>
    public const uint ImmortalRefCnt = 3u << 30;
    #endregion

    #region object-header
    /// <summary>The reference count word (C: <c>ob_refcnt</c>); see the table at the top of this file.</summary>
    internal uint ObRefCnt;

    /// <summary>The object's type (C: <c>ob_type</c>, <c>Py_TYPE</c>). An instance of a heap type holds a strong
    /// reference to it.</summary>
    public PyTypeObject ObType { get; internal set; }
    #endregion

    /// <summary>Cycle-collector bookkeeping (C: <c>PyGC_Head</c>); see <c>Python/Gc.cs</c>.</summary>
    internal int GcIndex = -1;
    internal byte GcGeneration;
    internal GcFlags GcBits;
    internal int GcRefs;

    /// <summary>The identity <c>id()</c> reports, assigned on first use (see <see cref="ObjectIds"/>).</summary>
    internal long ObId;

    /// <summary>Instance dictionary, weak references and <c>__slots__</c> values, for the types that have them
    /// (C: the "managed dict" and weakref list that live before the object).</summary>
    internal PyManagedData? Managed;

    /// <summary>Creates a new object with one reference, owned by the caller, counts the allocation against the
    /// current thread state, and hands a container to the cycle collector (C: <c>PyObject_Init</c> and
    /// <c>_PyObject_GC_TRACK</c>).</summary>
    protected PyObject(PyTypeObject type)
    {
        ObType = type;
        InitMortal(type);
    }

    /// <summary>Creates an immortal object: a process-wide singleton (None, small ints, the built-in types and
    /// what their dictionaries hold, interned identifiers). It is never counted and never deallocated.</summary>
    private protected PyObject(PyTypeObject? type, ImmortalTag _)
    {
        ObType = type!; // null only while bootstrapping `type` itself; PyTypeObject fixes it at once
        ObRefCnt = ImmortalRefCnt;
    }

    /// <summary>Creates an object that is immortal when it belongs to a static type and counted otherwise
    /// (descriptors, which heap types create at run time too).</summary>
    private protected PyObject(PyTypeObject type, bool immortal)
    {
        ObType = type;
        if (immortal)
        {
            ObRefCnt = ImmortalRefCnt;
        }
        else
        {
            InitMortal(type);
        }
    }

    private void InitMortal(PyTypeObject type)
    {
        ObRefCnt = 1;
        type.IncRef();
        PyThreadState tstate = PyThreadState.Get();
        tstate.NoteAllocation(this);
        if ((type.TpFlags & TypeFlags.HaveGc) != 0)
        {
            tstate.Interp.Gc.Track(this);
        }
    }

    /// <summary>The reference count as CPython reports it (C: <c>Py_REFCNT</c>).</summary>
    public long RefCnt => ObRefCnt;

    /// <summary>Whether the object is immortal (C: <c>_Py_IsImmortal</c>).</summary>
    public bool IsImmortal => (int)ObRefCnt < 0;

    /// <summary>Whether the object has been deallocated.</summary>
    public bool IsDead => ObRefCnt == DeadRefCnt;

    #region incref-decref
    /// <summary>Takes a new reference (C: <c>Py_INCREF</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void IncRef()
    {
        uint count = ObRefCnt;
        if ((int)count > 0)
        {
            ObRefCnt = count + 1; // mortal: count up (overflow saturates into the immortal range)
        }
        else
        {
            IncRefSlow();
        }
    }

    /// <summary>Gives a reference back (C: <c>Py_DECREF</c>). The last one deallocates the object at once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void DecRef()
    {
        uint count = ObRefCnt;
        if ((int)count > 1)
        {
            ObRefCnt = count - 1;
        }
        else
        {
            DecRefSlow();
        }
    }
    #endregion

    /// <summary>Takes a new reference and returns the object (C: <c>Py_NewRef</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject NewRef()
    {
        IncRef();
        return this;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void IncRefSlow()
    {
        if (ObRefCnt == DeadRefCnt)
        {
            FatalError.DeadObject(this, "IncRef");
        }
        // Immortal: nothing to do.
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void DecRefSlow()
    {
        uint count = ObRefCnt;
        if (count == 1)
        {
            ObRefCnt = 0;
            Dealloc.Run(this);
        }
        else if (count == DeadRefCnt)
        {
            FatalError.DeadObject(this, "DecRef");
        }
        // Immortal: nothing to do.
    }

    /// <summary>Makes a live object immortal (C: <c>_Py_SetImmortal</c>): its count never changes again. The
    /// runtime stops accounting for it, so refcount balance still holds.</summary>
    public void SetImmortal()
    {
        if (IsImmortal)
        {
            return;
        }
        if (IsDead)
        {
            FatalError.DeadObject(this, "SetImmortal");
        }
        ObRefCnt = ImmortalRefCnt;
        PyThreadState.Get().NoteImmortalized(this);
    }

    /// <summary>Restores a count on an object that the deallocator resurrected (C: the <c>__del__</c> rescue in
    /// <c>PyObject_CallFinalizerFromDealloc</c>). Only the deallocator calls this.</summary>
    internal void ResurrectForFinalizer() => ObRefCnt = 1;

    /// <summary>The object's own address-like identity, as <c>id()</c> reports it.</summary>
    public long Id => ObjectIds.Of(this);

    /// <summary>.NET's <c>ToString</c> is for debuggers only; Python's repr is <c>PyObject_Repr</c>.</summary>
    public override string ToString() => $"<{ObType?.Name ?? "?"} object at 0x{Id:x}>";
}

/// <summary>Tag type selecting the immortal constructor.</summary>
internal readonly struct ImmortalTag;

/// <summary>Static helpers for nullable references (C: <c>Py_XINCREF</c>, <c>Py_XDECREF</c>, <c>Py_CLEAR</c>,
/// <c>Py_SETREF</c>).</summary>
public static class Py
{
    /// <summary>DecRef unless null (C: <c>Py_XDECREF</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void XDecRef(PyObject? op) => op?.DecRef();

    /// <summary>IncRef unless null (C: <c>Py_XINCREF</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void XIncRef(PyObject? op) => op?.IncRef();

    /// <summary>Returns a new reference, or null for null (C: <c>Py_XNewRef</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T? XNewRef<T>(T? op) where T : PyObject
    {
        op?.IncRef();
        return op;
    }

    /// <summary>Returns a new reference (C: <c>Py_NewRef</c>) keeping the static type.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T NewRef<T>(T op) where T : PyObject
    {
        op.IncRef();
        return op;
    }

    /// <summary>Sets the field to null, then releases the old value (C: <c>Py_CLEAR</c>). The order matters: the
    /// release may run arbitrary code that reads the field.</summary>
    public static void Clear<T>(ref T? field) where T : PyObject
    {
        T? old = field;
        if (old is not null)
        {
            field = null;
            old.DecRef();
        }
    }

    /// <summary>Stores a new value that the field now owns, then releases the old one (C: <c>Py_XSETREF</c>).</summary>
    public static void SetRef<T>(ref T? field, T? stolenValue) where T : PyObject
    {
        T? old = field;
        field = stolenValue;
        old?.DecRef();
    }

    /// <summary>The singleton None (C: <c>Py_None</c>).</summary>
    public static PyObject None => PyNone.None;

    /// <summary>The singleton NotImplemented (C: <c>Py_NotImplemented</c>).</summary>
    public static PyObject NotImplemented => PyNone.NotImplemented;

    /// <summary>The singleton Ellipsis (C: <c>Py_Ellipsis</c>).</summary>
    public static PyObject Ellipsis => PyNone.Ellipsis;

    /// <summary>The singleton True (C: <c>Py_True</c>).</summary>
    public static PyObject True => PyBoolObject.True;

    /// <summary>The singleton False (C: <c>Py_False</c>).</summary>
    public static PyObject False => PyBoolObject.False;

    /// <summary>Returns None, a new reference (C: <c>Py_RETURN_NONE</c>; None is immortal, so nothing is counted).</summary>
    public static PyObject ReturnNone => PyNone.None;

    /// <summary>Returns NotImplemented (C: <c>Py_RETURN_NOTIMPLEMENTED</c>).</summary>
    public static PyObject ReturnNotImplemented => PyNone.NotImplemented;

    /// <summary>True or False for a C# bool (C: <c>PyBool_FromLong</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Bool(bool value) => value ? PyBoolObject.True : PyBoolObject.False;
}
