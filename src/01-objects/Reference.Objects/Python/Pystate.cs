// Python/pystate.c: the runtime, its interpreters and their thread states.
//
// All mutable state hangs off three objects, as in CPython: one PyRuntimeState per runtime, one
// PyInterpreterState per interpreter, one PyThreadState per thread that runs Python. Two runtimes —
// even of different builds — can live side by side in one process, because nothing here is static.
//
// The one piece of per-OS-thread state is the binding of the OS thread to the thread state it is
// running (C: `_Py_tss_tstate`). A thread *attaches* its thread state before it touches objects and
// detaches it after. Everything that allocates, raises or counts finds its runtime through it.
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Reference.Objects;

/// <summary>How a runtime is configured when it is created (C: <c>PyConfig</c>).</summary>
public sealed record PyConfig
{
    /// <summary>Keep a registry of every live object (C: <c>Py_TRACE_REFS</c>). Enables
    /// <see cref="PyInterpreterState.GetTotalRefCount"/> and <see cref="PyInterpreterState.LiveObjects"/>.</summary>
    public bool TraceRefs { get; init; }

    /// <summary>The recursion limit Python code sees in <c>sys.getrecursionlimit()</c> (default 1000).</summary>
    public int RecursionLimit { get; init; } = 1000;

    /// <summary>Where unraisable exceptions are reported until a <c>sys</c> module exists.</summary>
    public TextWriter? Stderr { get; init; }
}

/// <summary>The whole runtime (C: <c>_PyRuntimeState</c>): its interpreters and configuration.</summary>
public class PyRuntimeState : IDisposable
{
    private readonly List<PyInterpreterState> _interpreters = [];
    private long _nextInterpreterId;

    /// <summary>Creates a runtime with its main interpreter and attaches a main thread state to the calling
    /// OS thread. Dispose the runtime on the same thread to detach it again.</summary>
    public static PyRuntimeState Create(PyConfig? config = null)
    {
        PyTypes.ReadyAll();
        var runtime = new PyRuntimeState(config ?? new PyConfig());
        PyInterpreterState main = runtime.NewInterpreter();
        runtime.MainInterpreter = main;
        PyThreadState tstate = main.NewThreadState();
        runtime.MainThread = tstate;
        tstate.Attach();
        return runtime;
    }

    /// <summary>Creates a runtime without attaching it; later stages choose the thread.</summary>
    protected PyRuntimeState(PyConfig config)
    {
        Config = config;
        MainInterpreter = null!;
        MainThread = null!;
    }

    /// <summary>The configuration this runtime was created with.</summary>
    public PyConfig Config { get; }

    /// <summary>The first interpreter (C: <c>_PyRuntime.interpreters.main</c>).</summary>
    public PyInterpreterState MainInterpreter { get; protected set; }

    /// <summary>The thread state attached by <see cref="Create"/>.</summary>
    public PyThreadState MainThread { get; protected set; }

    /// <summary>The live interpreters.</summary>
    public IReadOnlyList<PyInterpreterState> Interpreters => _interpreters;

    /// <summary>Creates an interpreter with the next id (C: <c>PyInterpreterState_New</c>).</summary>
    public PyInterpreterState NewInterpreter()
    {
        PyInterpreterState interp = CreateInterpreter(_nextInterpreterId++);
        _interpreters.Add(interp);
        return interp;
    }

    /// <summary>Makes the interpreter object. A later stage's runtime overrides it to add the state its chapter
    /// needs (modules, builtins, a GIL), so that one runtime holds one kind of interpreter throughout.</summary>
    protected virtual PyInterpreterState CreateInterpreter(long id) => new(this, id);

    /// <summary>Detaches the main thread state if it is attached here.</summary>
    public void Dispose()
    {
        if (PyThreadState.GetOrNull() == MainThread)
        {
            MainThread.Detach();
        }
        GC.SuppressFinalize(this);
    }
}

/// <summary>One interpreter (C: <c>PyInterpreterState</c>): its objects, its collector, its interned strings.</summary>
public class PyInterpreterState
{
    private readonly HashSet<PyObject>? _liveObjects;
    private readonly List<PyThreadState> _threads = [];

    /// <summary>Creates an interpreter; use <see cref="PyRuntimeState.NewInterpreter"/>.</summary>
    protected internal PyInterpreterState(PyRuntimeState runtime, long id)
    {
        Runtime = runtime;
        Id = id;
        RecursionLimit = runtime.Config.RecursionLimit;
        Stderr = runtime.Config.Stderr ?? Console.Error;
        Gc = new GcState(this);
        Interned = new Dictionary<string, PyUnicodeObject>(StringComparer.Ordinal);
        if (runtime.Config.TraceRefs)
        {
            _liveObjects = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        }
    }

    /// <summary>The runtime this interpreter belongs to.</summary>
    public PyRuntimeState Runtime { get; }

    /// <summary>The interpreter id (0 for the main interpreter).</summary>
    public long Id { get; }

    /// <summary>The recursion limit (C: <c>interp->ceval.recursion_limit</c>).</summary>
    public int RecursionLimit { get; set; }

    /// <summary>The limit on decimal digits in int/str conversions (C: <c>sys.get_int_max_str_digits()</c>).</summary>
    public int IntMaxStrDigits { get; set; } = 4300;

    /// <summary>Where unraisable exceptions go until a <c>sys</c> module takes over.</summary>
    public TextWriter Stderr { get; set; }

    /// <summary>The hook that reports exceptions nobody can catch (C: <c>sys.unraisablehook</c>). Null means the
    /// default, which prints to <see cref="Stderr"/>.</summary>
    public Action<PyInterpreterState, string?, PyObject?, PyBaseExceptionObject>? UnraisableHook { get; set; }

    /// <summary>Makes a bound method (C: <c>PyMethod_New</c>); the evaluator installs its method type here. Until then
    /// classmethods bind as a built-in partial application.</summary>
    public Func<PyObject, PyObject, PyObject?>? MethodFactory { get; set; }

    /// <summary>The cycle collector's state (C: <c>interp->gc</c>).</summary>
    public GcState Gc { get; }

    /// <summary>Strings interned by this interpreter (C: the interned dict); they are immortal.</summary>
    internal Dictionary<string, PyUnicodeObject> Interned { get; }

    /// <summary>The heap types derived from each type (C: <c>tp_subclasses</c>, per interpreter).</summary>
    internal Dictionary<PyTypeObject, List<WeakReference<PyTypeObject>>> TypeSubclasses { get; } = [];

    /// <summary>The thread states of this interpreter.</summary>
    public IReadOnlyList<PyThreadState> Threads => _threads;

    /// <summary>Creates a thread state for this interpreter, not yet attached (C: <c>PyThreadState_New</c>).</summary>
    public PyThreadState NewThreadState()
    {
        PyThreadState tstate = CreateThreadState();
        lock (_threads)
        {
            _threads.Add(tstate);
        }
        return tstate;
    }

    /// <summary>Makes the thread state object; a later stage's interpreter overrides it (see
    /// <see cref="PyRuntimeState.CreateInterpreter"/>).</summary>
    protected virtual PyThreadState CreateThreadState() => new(this);

    /// <summary>Removes a finished thread state and folds its counters into the interpreter's.</summary>
    public void DeleteThreadState(PyThreadState tstate)
    {
        ArgumentNullException.ThrowIfNull(tstate);
        lock (_threads)
        {
            if (_threads.Remove(tstate))
            {
                _retiredAllocations += tstate.Allocations;
                _retiredDeallocations += tstate.Deallocations;
                _retiredImmortalized += tstate.Immortalized;
            }
        }
    }

    private long _retiredAllocations, _retiredDeallocations, _retiredImmortalized;

    #region accounting
    /// <summary>Objects allocated by this interpreter's threads, ever.</summary>
    public long Allocations => SumThreads(static t => t.Allocations) + _retiredAllocations;

    /// <summary>Objects deallocated by this interpreter's threads, ever.</summary>
    public long Deallocations => SumThreads(static t => t.Deallocations) + _retiredDeallocations;

    /// <summary>Objects that were allocated here and then made immortal (and so will never be deallocated).</summary>
    public long Immortalized => SumThreads(static t => t.Immortalized) + _retiredImmortalized;

    /// <summary>Objects allocated and not yet deallocated or immortalized: what <c>-X showrefcount</c> calls
    /// "blocks". Zero after a program has released everything is the refcount-balance property.</summary>
    public long LiveAllocations => Allocations - Deallocations - Immortalized;
    #endregion

    /// <summary>Whether the live-object registry is kept (<see cref="PyConfig.TraceRefs"/>).</summary>
    public bool TracesRefs => _liveObjects is not null;

    /// <summary>The sum of the counts of all live objects (C: <c>sys.gettotalrefcount()</c>, a debug-build
    /// feature; here it needs <see cref="PyConfig.TraceRefs"/>).</summary>
    public long GetTotalRefCount()
    {
        if (_liveObjects is null)
        {
            throw new InvalidOperationException("gettotalrefcount needs a runtime created with TraceRefs");
        }
        long total = 0;
        lock (_liveObjects)
        {
            foreach (PyObject op in _liveObjects)
            {
                total += op.ObRefCnt;
            }
        }
        return total;
    }

    /// <summary>A snapshot of the live objects (C: <c>sys.getobjects()</c> in a trace-refs build).</summary>
    public IReadOnlyList<PyObject> LiveObjects()
    {
        if (_liveObjects is null)
        {
            return [];
        }
        lock (_liveObjects)
        {
            return [.. _liveObjects];
        }
    }

    internal void TraceAllocation(PyObject op)
    {
        lock (_liveObjects!)
        {
            _liveObjects.Add(op);
        }
    }

    internal void TraceDeallocation(PyObject op)
    {
        lock (_liveObjects!)
        {
            _liveObjects.Remove(op);
        }
    }

    private long SumThreads(Func<PyThreadState, long> field)
    {
        long sum = 0;
        lock (_threads)
        {
            foreach (PyThreadState t in _threads)
            {
                sum += field(t);
            }
        }
        return sum;
    }
}

/// <summary>One thread's state (C: <c>PyThreadState</c>): the error indicator, recursion depth, counters.</summary>
public class PyThreadState
{
    [ThreadStatic]
    private static PyThreadState? t_current;

    private readonly bool _traceRefs;

    /// <summary>Creates a thread state; use <see cref="PyInterpreterState.NewThreadState"/>.</summary>
    protected internal PyThreadState(PyInterpreterState interp)
    {
        ArgumentNullException.ThrowIfNull(interp);
        Interp = interp;
        _traceRefs = interp.TracesRefs;
    }

    /// <summary>The interpreter this thread runs in.</summary>
    public PyInterpreterState Interp { get; }

    /// <summary>The raised exception, if any (C: <c>tstate->current_exception</c>). A function that fails
    /// sets it and returns null (or -1); its caller either handles it or returns null in turn.</summary>
    internal PyBaseExceptionObject? CurrentException;

    /// <summary>The exception being handled by an <c>except</c> block (C: <c>exc_info->exc_value</c>). A newly
    /// raised exception takes it as its implicit <c>__context__</c>. The eval loop saves and restores it.</summary>
    public PyObject? HandledException { get; set; }

    /// <summary>The containers whose repr is being computed on this thread (C: the <c>Py_Repr</c> list).</summary>
    internal List<PyObject> ReprStack { get; } = [];

    /// <summary>Depth of nested native recursion guarded by <see cref="PyErr.EnterRecursiveCall"/>.</summary>
    internal int CRecursionDepth;

    /// <summary>Deallocation nesting and the objects whose deallocation was deferred (C: the trashcan).</summary>
    internal int DeallocDepth;
    internal List<PyObject>? DeferredDeallocs;

    internal long Allocations;
    internal long Deallocations;
    internal long Immortalized;

    /// <summary>The thread state attached to this OS thread (C: <c>PyThreadState_Get</c>). It is a fatal error to
    /// touch Python objects from a thread with none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyThreadState Get() => t_current ?? NoThreadState();

    /// <summary>The attached thread state, or null (C: <c>PyThreadState_GetUnchecked</c>).</summary>
    public static PyThreadState? GetOrNull() => t_current;

    /// <summary>Binds this thread state to the calling OS thread (C: <c>_PyThreadState_Attach</c>) and returns
    /// the one it replaces, so that callers can restore it.</summary>
    public virtual PyThreadState? Attach()
    {
        PyThreadState? previous = t_current;
        t_current = this;
        return previous;
    }

    /// <summary>Unbinds this thread state from the calling OS thread (C: <c>_PyThreadState_Detach</c>).</summary>
    public virtual void Detach()
    {
        if (t_current == this)
        {
            t_current = null;
        }
    }

    /// <summary>The globals of the running frame, or null when no Python code is running (C: <c>PyEval_GetGlobals</c>).
    /// The evaluator overrides it; type_new reads <c>__name__</c> from it to set a new class's <c>__module__</c>.</summary>
    public virtual PyDictObject? GetCurrentGlobals() => null;

    /// <summary>Swaps the attached thread state (C: <c>PyThreadState_Swap</c>).</summary>
    public static PyThreadState? Swap(PyThreadState? tstate)
    {
        PyThreadState? previous = t_current;
        t_current = tstate;
        return previous;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyThreadState NoThreadState() =>
        throw new FatalPythonError("PyThreadState_Get: the function must be called with a thread state attached");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void NoteAllocation(PyObject op)
    {
        Allocations++;
        if (_traceRefs)
        {
            Interp.TraceAllocation(op);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void NoteDeallocation(PyObject op)
    {
        Deallocations++;
        if (_traceRefs)
        {
            Interp.TraceDeallocation(op);
        }
    }

    internal void NoteImmortalized(PyObject op)
    {
        Immortalized++;
        if (_traceRefs)
        {
            Interp.TraceDeallocation(op);
        }
    }
}
