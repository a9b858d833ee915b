// Python/pystate.c, chapter 2's part: the state an evaluator adds to chapter 1's runtime.
//
// Chapter 1's runtime knows objects; chapter 2's also knows modules, builtins and running code. Each
// interpreter has its own `sys.modules`, its own `sys` and `builtins` namespaces; each thread state will
// carry its frame stack and eval breaker. The runtime subclass makes sure that every interpreter and thread
// state it creates — the main ones included — is of chapter 2's kind (the seam chapter 1 declares).
using Reference.Objects;

namespace Reference.Eval;

/// <summary>A chapter-2 runtime (C: <c>_PyRuntimeState</c>).</summary>
public class EvalRuntime : PyRuntimeState
{
    /// <summary>Creates a runtime, not yet attached to any thread.</summary>
    protected EvalRuntime(PyConfig config)
        : base(config)
    {
    }

    /// <summary>Creates a runtime with its main interpreter and a main thread state attached to the calling
    /// OS thread; the interpreter's namespaces are still empty (the lifecycle fills them in).</summary>
    public static new EvalRuntime Create(PyConfig? config = null)
    {
        EvalTypes.ReadyAll();
        var runtime = new EvalRuntime(config ?? new PyConfig());
        runtime.MainInterpreter = (EvalInterpreterState)runtime.NewInterpreter();
        runtime.MainThread = runtime.MainInterpreter.NewThreadState();
        runtime.MainThread.Attach();
        return runtime;
    }

    /// <summary>The main interpreter, as chapter 2's kind.</summary>
    public new EvalInterpreterState MainInterpreter
    {
        get => (EvalInterpreterState)base.MainInterpreter;
        protected set => base.MainInterpreter = value;
    }

    /// <inheritdoc/>
    protected override PyInterpreterState CreateInterpreter(long id) => new EvalInterpreterState(this, id);
}

/// <summary>A chapter-2 interpreter (C: <c>PyInterpreterState</c>): its modules and namespaces.</summary>
public class EvalInterpreterState : PyInterpreterState
{
    /// <summary>Creates an interpreter; use <see cref="PyRuntimeState.NewInterpreter"/>.</summary>
    protected internal EvalInterpreterState(PyRuntimeState runtime, long id)
        : base(runtime, id)
    {
    }

    // The namespaces below are made by the lifecycle once a thread state is attached (objects can only be
    // allocated by an attached thread), and released by it at finalization. Each holds a reference.

    /// <summary><c>sys.modules</c>, once it exists (C: <c>interp->imports.modules</c>).</summary>
    public PyDictObject? Modules { get; set; }

    /// <summary>The <c>sys</c> module's dict, once it exists (C: <c>interp->sysdict</c>).</summary>
    public PyDictObject? SysDict { get; set; }

    /// <summary>The <c>builtins</c> module's dict, once it exists (C: <c>interp->builtins</c>).</summary>
    public PyDictObject? Builtins { get; set; }

    /// <inheritdoc/>
    protected override PyThreadState CreateThreadState() => new EvalThreadState(this);
}

/// <summary>A chapter-2 thread state (C: <c>PyThreadState</c>).</summary>
public class EvalThreadState : PyThreadState
{
    /// <summary>Creates a thread state; use <see cref="PyInterpreterState.NewThreadState"/>.</summary>
    protected internal EvalThreadState(PyInterpreterState interp)
        : base(interp)
    {
    }

    /// <summary>The interpreter, as chapter 2's kind.</summary>
    public new EvalInterpreterState Interp => (EvalInterpreterState)base.Interp;

    /// <summary>The thread state attached to the calling OS thread, as chapter 2's kind.</summary>
    public static new EvalThreadState Get() => (EvalThreadState)PyThreadState.Get();
}

/// <summary>Reading and writing <c>sys</c> attributes from C# (C: <c>PySys_GetObject</c>, <c>PySys_SetObject</c>).</summary>
public static class PySys
{
    /// <summary>The <c>sys</c> attribute <paramref name="name"/>, borrowed, or null (no error set) when there is
    /// no such attribute or no <c>sys</c> yet.</summary>
    public static PyObject? GetObject(string name) =>
        EvalThreadState.Get().Interp.SysDict?.GetItemWithErrorBorrowed(PyUnicodeObject.InternStatic(name));

    /// <summary>Sets (or, with null, deletes) a <c>sys</c> attribute: 0, or -1 with an error set.</summary>
    public static int SetObject(string name, PyObject? value)
    {
        PyDictObject? sys = EvalThreadState.Get().Interp.SysDict;
        if (sys is null)
        {
            PyErr.SetString(PyExc.RuntimeError, "lost sys module");
            return -1;
        }
        PyUnicodeObject key = PyUnicodeObject.InternStatic(name);
        return value is null ? sys.DelItemIfPresent(key) < 0 ? -1 : 0 : sys.SetItem(key, value);
    }
}
