// Objects/exceptions.c: the built-in exception hierarchy (C: PyExc_BaseException, PyExc_TypeError, ...).
//
// Every built-in exception type is a static type whose slots come from BaseException; the few with
// extra state (StopIteration, SystemExit, ImportError, OSError, SyntaxError, AttributeError,
// NameError, the Unicode errors and the exception groups) give their own allocator, initializer and
// str. Declaration order matters: a type must be declared after its bases.
namespace Reference.Objects;

/// <summary>The built-in exception types (C: <c>PyExc_*</c>).</summary>
public static partial class PyExc
{
    private const TypeFlags ExcFlags = TypeFlags.BaseType | TypeFlags.HaveGc | TypeFlags.BaseExcSubclass;

    #region base-exception
    /// <summary>BaseException.</summary>
    public static readonly PyTypeObject BaseException = new("BaseException", null, ExcFlags)
    {
        TpDoc = "Common base class for all exceptions",
        TpAlloc = static t => new PyBaseExceptionObject(t),
        TpNew = BaseExceptionNew,
        TpInit = BaseExceptionInit,
        TpRepr = PyBaseExceptionObject.BaseExceptionRepr,
        TpStr = PyBaseExceptionObject.BaseExceptionStr,
        TpGetAttro = PyObject.GenericGetAttrFunc,
        TpSetAttro = PyObject.GenericSetAttrFunc,
        TpMethods = BaseExceptionMethods(),
        TpGetSet = BaseExceptionGetSets(),
        InstancesHaveDict = true,
    };
    #endregion

    public static readonly PyTypeObject Exception = Simple("Exception", BaseException, "Common base class for all non-exit exceptions.");
    public static readonly PyTypeObject GeneratorExit = Simple("GeneratorExit", BaseException, "Request that a generator exit.");
    public static readonly PyTypeObject KeyboardInterrupt = Simple("KeyboardInterrupt", BaseException, "Program interrupted by user.");
    public static readonly PyTypeObject SystemExit = Special("SystemExit", BaseException, "Request to exit from the interpreter.",
        static t => new PySystemExitObject(t), PySystemExitObject.Init, null, PySystemExitObject.GetSets);

    #region exception-groups
    /// <summary>BaseExceptionGroup (PEP 654); its instances are <see cref="PyBaseExceptionGroupObject"/>.</summary>
    public static readonly PyTypeObject BaseExceptionGroup = new("BaseExceptionGroup", BaseException, ExcFlags)
    {
        TpDoc = "A combination of multiple unrelated exceptions.",
        TpAlloc = static t => new PyBaseExceptionGroupObject(t),
        TpNew = PyBaseExceptionGroupObject.New,
        TpInit = PyBaseExceptionGroupObject.Init,
        TpStr = PyBaseExceptionGroupObject.StrSlot,
        TpMethods = PyBaseExceptionGroupObject.Methods(),
        TpGetSet = PyBaseExceptionGroupObject.GetSets(),
    };

    /// <summary>ExceptionGroup: bases (BaseExceptionGroup, Exception), so <c>except Exception</c> catches it. Its
    /// layout is BaseExceptionGroup's; it adds weak reference support, as CPython's heap type does.</summary>
    public static readonly PyTypeObject ExceptionGroup = new("ExceptionGroup", BaseExceptionGroup, ExcFlags)
    {
        TpBases = PyTupleObject.FromSpanImmortal([BaseExceptionGroup, Exception]),
        TpGetSet = PyBaseExceptionGroupObject.WeakrefGetSets(),
        InstancesHaveWeakrefs = true,
    };
    #endregion

    public static readonly PyTypeObject ArithmeticError = Simple("ArithmeticError", Exception, "Base class for arithmetic errors.");
    public static readonly PyTypeObject FloatingPointError = Simple("FloatingPointError", ArithmeticError, "Floating-point operation failed.");
    public static readonly PyTypeObject OverflowError = Simple("OverflowError", ArithmeticError, "Result too large to be represented.");
    public static readonly PyTypeObject ZeroDivisionError = Simple("ZeroDivisionError", ArithmeticError, "Second argument to a division or modulo operation was zero.");
    public static readonly PyTypeObject AssertionError = Simple("AssertionError", Exception, "Assertion failed.");
    public static readonly PyTypeObject AttributeError = Special("AttributeError", Exception, "Attribute not found.",
        static t => new PyAttributeErrorObject(t), PyAttributeErrorObject.Init, null, PyAttributeErrorObject.GetSets);
    public static readonly PyTypeObject BufferError = Simple("BufferError", Exception, "Buffer error.");
    public static readonly PyTypeObject EOFError = Simple("EOFError", Exception, "Read beyond end of file.");
    public static readonly PyTypeObject ImportError = Special("ImportError", Exception, "Import can't find module, or can't find name in module.",
        static t => new PyImportErrorObject(t), PyImportErrorObject.Init, PyImportErrorObject.StrSlot, PyImportErrorObject.GetSets);
    public static readonly PyTypeObject ModuleNotFoundError = Simple("ModuleNotFoundError", ImportError, "Module not found.");
    public static readonly PyTypeObject LookupError = Simple("LookupError", Exception, "Base class for lookup errors.");
    public static readonly PyTypeObject IndexError = Simple("IndexError", LookupError, "Sequence index out of range.");
    public static readonly PyTypeObject KeyError = Special("KeyError", LookupError, "Mapping key not found.",
        null, null, KeyErrorStr, null);
    public static readonly PyTypeObject MemoryError = Simple("MemoryError", Exception, "Out of memory.");
    public static readonly PyTypeObject NameError = Special("NameError", Exception, "Name not found globally.",
        static t => new PyNameErrorObject(t), PyNameErrorObject.Init, null, PyNameErrorObject.GetSets);
    public static readonly PyTypeObject UnboundLocalError = Simple("UnboundLocalError", NameError, "Local name referenced but not bound to a value.");

    #region os-error
    public static readonly PyTypeObject OSError = Special("OSError", Exception, "Base class for I/O related errors.",
        static t => new PyOSErrorObject(t), PyOSErrorObject.Init, PyOSErrorObject.StrSlot, PyOSErrorObject.GetSets, PyOSErrorObject.New);
    public static readonly PyTypeObject BlockingIOError = Simple("BlockingIOError", OSError, "I/O operation would block.");
    public static readonly PyTypeObject ChildProcessError = Simple("ChildProcessError", OSError, "Child process error.");
    public static readonly PyTypeObject ConnectionError = Simple("ConnectionError", OSError, "Connection error.");
    public static readonly PyTypeObject BrokenPipeError = Simple("BrokenPipeError", ConnectionError, "Broken pipe.");
    public static readonly PyTypeObject ConnectionAbortedError = Simple("ConnectionAbortedError", ConnectionError, "Connection aborted.");
    public static readonly PyTypeObject ConnectionRefusedError = Simple("ConnectionRefusedError", ConnectionError, "Connection refused.");
    public static readonly PyTypeObject ConnectionResetError = Simple("ConnectionResetError", ConnectionError, "Connection reset.");
    public static readonly PyTypeObject FileExistsError = Simple("FileExistsError", OSError, "File already exists.");
    public static readonly PyTypeObject FileNotFoundError = Simple("FileNotFoundError", OSError, "File not found.");
    public static readonly PyTypeObject InterruptedError = Simple("InterruptedError", OSError, "Interrupted by signal.");
    public static readonly PyTypeObject IsADirectoryError = Simple("IsADirectoryError", OSError, "Operation doesn't work on directories.");
    public static readonly PyTypeObject NotADirectoryError = Simple("NotADirectoryError", OSError, "Operation only works on directories.");
    public static readonly PyTypeObject PermissionError = Simple("PermissionError", OSError, "Not enough permissions.");
    public static readonly PyTypeObject ProcessLookupError = Simple("ProcessLookupError", OSError, "Process not found.");
    public static readonly PyTypeObject TimeoutError = Simple("TimeoutError", OSError, "Timeout expired.");
    #endregion

    public static readonly PyTypeObject ReferenceError = Simple("ReferenceError", Exception, "Weak ref proxy used after referent went away.");
    public static readonly PyTypeObject RuntimeError = Simple("RuntimeError", Exception, "Unspecified run-time error.");
    public static readonly PyTypeObject NotImplementedError = Simple("NotImplementedError", RuntimeError, "Method or function hasn't been implemented yet.");
    public static readonly PyTypeObject PythonFinalizationError = Simple("PythonFinalizationError", RuntimeError, "Operation blocked during Python finalization.");
    public static readonly PyTypeObject RecursionError = Simple("RecursionError", RuntimeError, "Recursion limit exceeded.");
    public static readonly PyTypeObject StopAsyncIteration = Simple("StopAsyncIteration", Exception, "Signal the end from iterator.__anext__().");
    public static readonly PyTypeObject StopIteration = Special("StopIteration", Exception, "Signal the end from iterator.__next__().",
        static t => new PyStopIterationObject(t), PyStopIterationObject.Init, null, PyStopIterationObject.GetSets);
    public static readonly PyTypeObject SyntaxError = Special("SyntaxError", Exception, "Invalid syntax.",
        static t => new PySyntaxErrorObject(t), PySyntaxErrorObject.Init, PySyntaxErrorObject.StrSlot, PySyntaxErrorObject.GetSets);
    public static readonly PyTypeObject IndentationError = Simple("IndentationError", SyntaxError, "Improper indentation.");
    public static readonly PyTypeObject TabError = Simple("TabError", IndentationError, "Improper mixture of spaces and tabs.");
    public static readonly PyTypeObject SystemError = Simple("SystemError", Exception, "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.");
    public static readonly PyTypeObject TypeError = Simple("TypeError", Exception, "Inappropriate argument type.");
    public static readonly PyTypeObject ValueError = Simple("ValueError", Exception, "Inappropriate argument value (of correct type).");

    #region unicode-errors
    public static readonly PyTypeObject UnicodeError = Simple("UnicodeError", ValueError, "Unicode related error.");
    public static readonly PyTypeObject UnicodeDecodeError = Special("UnicodeDecodeError", UnicodeError, "Unicode decoding error.",
        static t => new PyUnicodeErrorObject(t), PyUnicodeErrorObject.InitDecode, PyUnicodeErrorObject.StrSlot, PyUnicodeErrorObject.GetSets);
    public static readonly PyTypeObject UnicodeEncodeError = Special("UnicodeEncodeError", UnicodeError, "Unicode encoding error.",
        static t => new PyUnicodeErrorObject(t), PyUnicodeErrorObject.InitEncode, PyUnicodeErrorObject.StrSlot, PyUnicodeErrorObject.GetSets);
    public static readonly PyTypeObject UnicodeTranslateError = Special("UnicodeTranslateError", UnicodeError, "Unicode translation error.",
        static t => new PyUnicodeErrorObject(t), PyUnicodeErrorObject.InitTranslate, PyUnicodeErrorObject.StrSlot, PyUnicodeErrorObject.GetSets);
    #endregion

    public static readonly PyTypeObject Warning = Simple("Warning", Exception, "Base class for warning categories.");
    public static readonly PyTypeObject BytesWarning = Simple("BytesWarning", Warning, "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.");
    public static readonly PyTypeObject DeprecationWarning = Simple("DeprecationWarning", Warning, "Base class for warnings about deprecated features.");
    public static readonly PyTypeObject EncodingWarning = Simple("EncodingWarning", Warning, "Base class for warnings about encodings.");
    public static readonly PyTypeObject FutureWarning = Simple("FutureWarning", Warning, "Base class for warnings about constructs that will change semantically\nin the future.");
    public static readonly PyTypeObject ImportWarning = Simple("ImportWarning", Warning, "Base class for warnings about probable mistakes in module imports");
    public static readonly PyTypeObject PendingDeprecationWarning = Simple("PendingDeprecationWarning", Warning, "Base class for warnings about features which will be deprecated\nin the future.");
    public static readonly PyTypeObject ResourceWarning = Simple("ResourceWarning", Warning, "Base class for warnings about resource usage.");
    public static readonly PyTypeObject RuntimeWarning = Simple("RuntimeWarning", Warning, "Base class for warnings about dubious runtime behavior.");
    public static readonly PyTypeObject SyntaxWarning = Simple("SyntaxWarning", Warning, "Base class for warnings about dubious syntax.");
    public static readonly PyTypeObject UnicodeWarning = Simple("UnicodeWarning", Warning, "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.");
    public static readonly PyTypeObject UserWarning = Simple("UserWarning", Warning, "Base class for warnings generated by user code.");

    /// <summary>Every built-in exception type, in declaration order (bases first).</summary>
    public static IReadOnlyList<PyTypeObject> All { get; } =
    [
        BaseException, Exception, GeneratorExit, KeyboardInterrupt, SystemExit, BaseExceptionGroup, ExceptionGroup,
        ArithmeticError, FloatingPointError,
        OverflowError, ZeroDivisionError, AssertionError, AttributeError, BufferError, EOFError, ImportError,
        ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError,
        BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
        ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError,
        IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError, ReferenceError,
        RuntimeError, NotImplementedError, PythonFinalizationError, RecursionError, StopAsyncIteration, StopIteration,
        SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError,
        UnicodeEncodeError, UnicodeTranslateError, Warning, BytesWarning, DeprecationWarning, EncodingWarning,
        FutureWarning, ImportWarning, PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning,
        UnicodeWarning, UserWarning,
    ];

    private static PyTypeObject Simple(string name, PyTypeObject @base, string doc) =>
        new(name, @base, ExcFlags) { TpDoc = doc };

    private static PyTypeObject Special(string name, PyTypeObject @base, string doc, AllocFunc? alloc, InitProc? init,
        ReprFunc? str, PyGetSetDef[]? getsets, NewFunc? @new = null) =>
        new(name, @base, ExcFlags)
        {
            TpDoc = doc,
            TpAlloc = alloc,
            TpInit = init,
            TpStr = str,
            TpGetSet = getsets,
            TpNew = @new,
        };

    /// <summary>KeyError shows the repr of a single key, so that KeyError('') is not an empty message.</summary>
    private static PyObject? KeyErrorStr(PyObject self)
    {
        PyTupleObject args = ((PyBaseExceptionObject)self).Args;
        return args.Count == 1 ? PyObject.Repr(args[0]) : PyBaseExceptionObject.BaseExceptionStr(self);
    }
}
