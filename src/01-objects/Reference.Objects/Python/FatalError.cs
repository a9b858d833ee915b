// Python/pylifecycle.c: Py_FatalError.
//
// A fatal error is a broken invariant of the runtime itself, never a Python-level error: touching a
// deallocated object, running without a thread state. CPython prints "Fatal Python error: ..." and
// aborts the process. We throw FatalPythonError instead, so that a test can observe it and a host
// (the CLI) can print CPython's text and exit with the abort status. It is the only .NET exception
// that may leave the runtime, and it always means a bug in the runtime or in a native extension.
using System.Diagnostics.CodeAnalysis;

namespace Reference.Objects;

/// <summary>A broken runtime invariant (C: <c>Py_FatalError</c>): the process would abort.</summary>
public sealed class FatalPythonError : Exception
{
    /// <summary>Creates the error; <paramref name="message"/> is what follows "Fatal Python error: ".</summary>
    public FatalPythonError(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with no message.</summary>
    public FatalPythonError()
    {
    }

    /// <summary>Creates the error with an inner exception.</summary>
    public FatalPythonError(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The exit status of an aborted process (128 + SIGABRT).</summary>
    public const int ExitStatus = 134;

    /// <summary>The first line CPython prints on stderr.</summary>
    public string Banner => "Fatal Python error: " + Message;
}

/// <summary>Throw helpers for fatal errors.</summary>
internal static class FatalError
{
    /// <summary>A deallocated object was touched: a reference was used after its last DecRef.</summary>
    [DoesNotReturn]
    public static void DeadObject(PyObject op, string where) =>
        throw new FatalPythonError($"{where}: object already deallocated: <{op.ObType.Name} object at 0x{op.Id:x}>");

    /// <summary>Any other broken invariant.</summary>
    [DoesNotReturn]
    public static void Raise(string message) => throw new FatalPythonError(message);
}
