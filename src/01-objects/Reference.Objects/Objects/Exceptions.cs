// Objects/exceptions.c: BaseException and its instances.
//
// An exception is an ordinary object: its args tuple, an instance __dict__ (where add_note keeps
// __notes__), its traceback, and the two links of exception chaining — __context__, the exception
// that was being handled when this one was raised (set implicitly), and __cause__, set by
// `raise ... from ...`, which also sets __suppress_context__.
//
// The hierarchy itself is declared in PyExc (ExceptionTypes.cs); the few exceptions that carry
// extra state (StopIteration.value, OSError.errno, ...) have their own C# class in
// ExceptionSubtypes.cs.
using System.Text;

namespace Reference.Objects;

/// <summary>The stage-2 traceback type implements this so that <c>__traceback__</c> can check its value without
/// this stage knowing frames.</summary>
public interface IPyTraceback;

/// <summary>An exception instance (C: <c>PyBaseExceptionObject</c>).</summary>
public class PyBaseExceptionObject : PyObject
{
    internal PyTupleObject Args = PyTupleObject.EmptyTuple;
    internal PyObject? Traceback;
    internal PyObject? Context;
    internal PyObject? Cause;
    internal bool SuppressContext;

    /// <summary>Creates an instance of an exception type with empty args.</summary>
    protected internal PyBaseExceptionObject(PyTypeObject type)
        : base(type)
    {
    }

    /// <summary>The args tuple, borrowed.</summary>
    public PyTupleObject ArgsBorrowed => Args;

    /// <summary>The traceback, borrowed, or null.</summary>
    public PyObject? TracebackBorrowed => Traceback;

    /// <summary>The implicit context, borrowed, or null (C: <c>PyException_GetContext</c> without the reference).</summary>
    public PyObject? ContextBorrowed => Context;

    /// <summary>The explicit cause, borrowed, or null.</summary>
    public PyObject? CauseBorrowed => Cause;

    /// <summary>Whether <c>__suppress_context__</c> is set.</summary>
    public bool IsContextSuppressed => SuppressContext;

    /// <summary>Sets the context, taking over the caller's reference (C: <c>PyException_SetContext</c>).</summary>
    public void SetContext(PyObject? stolenContext) => Py.SetRef(ref Context, stolenContext);

    /// <summary>Sets the cause, taking over the caller's reference, and suppresses the context
    /// (C: <c>PyException_SetCause</c>).</summary>
    public void SetCause(PyObject? stolenCause)
    {
        SuppressContext = true;
        Py.SetRef(ref Cause, stolenCause);
    }

    /// <summary>Sets the traceback, taking over the caller's reference (C: <c>PyException_SetTraceback</c>).</summary>
    public void SetTraceback(PyObject? stolenTraceback) =>
        Py.SetRef(ref Traceback, stolenTraceback == PyNone.None ? null : stolenTraceback);

    /// <summary>Replaces the args (used by <c>__new__</c>/<c>__init__</c>).</summary>
    internal void SetArgs(ReadOnlySpan<PyObject> args)
    {
        PyTupleObject old = Args;
        Args = PyTupleObject.FromSpan(args);
        old.DecRef();
    }

    #region str-repr
    /// <summary>str(exc) (C: <c>BaseException_str</c>): '' with no args, str of the one arg, else str(args).</summary>
    internal static PyObject? BaseExceptionStr(PyObject self)
    {
        PyTupleObject args = ((PyBaseExceptionObject)self).Args;
        return args.Count switch
        {
            0 => PyUnicodeObject.Empty,
            1 => Str(args[0]),
            _ => Str(args),
        };
    }

    /// <summary>repr(exc) (C: <c>BaseException_repr</c>): the type name and the args, without the 1-tuple comma.</summary>
    internal static PyObject? BaseExceptionRepr(PyObject self)
    {
        PyTupleObject args = ((PyBaseExceptionObject)self).Args;
        string name = self.ObType.HeapTypeOrTpName;
        if (args.Count == 1)
        {
            string? arg = ReprToString(args[0]);
            return arg is null ? null : PyUnicodeObject.FromString($"{name}({arg})");
        }
        string? tuple = ReprToString(args);
        return tuple is null ? null : PyUnicodeObject.FromString(name + tuple);
    }
    #endregion

    /// <summary>The last line of a traceback for <paramref name="exc"/> — "TypeName: message", or just the type
    /// name when the message is empty (C: <c>traceback.format_exception_only</c>'s last line).</summary>
    public static string FormatExceptionOnly(PyBaseExceptionObject exc)
    {
        string typeName = exc.ObType.QualifiedNameForTraceback();
        string? text = StrToString(exc);
        if (text is null)
        {
            PyErr.Clear();
            return $"{typeName}: <exception str() failed>";
        }
        var sb = new StringBuilder(typeName);
        if (text.Length > 0)
        {
            sb.Append(": ").Append(text);
        }
        return sb.ToString();
    }

    protected internal override void DeallocContents() => ClearContents();

    protected internal override int TraverseContents(VisitProc visit, object? arg)
    {
        int r = visit(Args, arg);
        if (r == 0 && Traceback is not null)
        {
            r = visit(Traceback, arg);
        }
        if (r == 0 && Context is not null)
        {
            r = visit(Context, arg);
        }
        if (r == 0 && Cause is not null)
        {
            r = visit(Cause, arg);
        }
        return r;
    }

    protected internal override void ClearContents()
    {
        PyTupleObject args = Args;
        Args = PyTupleObject.EmptyTuple;
        args.DecRef();
        Py.Clear(ref Traceback);
        Py.Clear(ref Context);
        Py.Clear(ref Cause);
    }
}
