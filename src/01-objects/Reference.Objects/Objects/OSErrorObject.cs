// Objects/exceptions.c: OSError — errno, strerror, filename, and the subclass chosen by errno.
//
// OSError(errno, strerror) with a known errno creates the matching subclass: OSError(2, ...) is a
// FileNotFoundError. With 2 to 5 arguments the args tuple keeps only (errno, strerror).
namespace Reference.Objects;

/// <summary>An OSError instance (C: <c>PyOSErrorObject</c>).</summary>
public sealed class PyOSErrorObject : PyBaseExceptionObject
{
    internal PyObject? Errno, StrError, Filename, Filename2, WinError;

    /// <summary>BlockingIOError's characters_written, or -1 when unset (C: <c>written</c>).</summary>
    internal long Written = -1;

    internal PyOSErrorObject(PyTypeObject type)
        : base(type)
    {
    }

    /// <summary>errno → subclass, with Linux's errno numbers (C: <c>errnomap</c>).</summary>
    private static PyTypeObject? SubclassForErrno(long errno) => errno switch
    {
        1 or 13 => PyExc.PermissionError,
        2 => PyExc.FileNotFoundError,
        3 => PyExc.ProcessLookupError,
        4 => PyExc.InterruptedError,
        10 => PyExc.ChildProcessError,
        11 or 114 or 115 => PyExc.BlockingIOError,
        17 => PyExc.FileExistsError,
        20 => PyExc.NotADirectoryError,
        21 => PyExc.IsADirectoryError,
        32 or 108 => PyExc.BrokenPipeError,
        103 => PyExc.ConnectionAbortedError,
        104 => PyExc.ConnectionResetError,
        110 => PyExc.TimeoutError,
        111 => PyExc.ConnectionRefusedError,
        _ => null,
    };

    internal static PyObject? New(PyTypeObject type, PyTupleObject args, PyDictObject? kwargs)
    {
        if (!UseInit(type) && !GetArgs.NoKeywords(type.Name, kwargs))
        {
            return null; // named after the type asked for, before errno picks a subclass
        }
        if (type == PyExc.OSError && args.Count >= 2 && args[0] is PyLongObject errno && errno.IsCompact
            && SubclassForErrno(errno.CompactValue) is { } sub)
        {
            type = sub;
        }
        PyObject self = type.TpAlloc!(type);
        var exc = (PyOSErrorObject)self;
        exc.SetArgs(args.ItemsBorrowed);
        if (!UseInit(type) && exc.ParseArgs(args) < 0)
        {
            self.DecRef();
            return null;
        }
        return self;
    }

    /// <summary>Whether __init__ rather than __new__ parses the arguments: only when a subclass overrides __init__
    /// but not __new__ (C: <c>oserror_use_init</c>).</summary>
    private static bool UseInit(PyTypeObject type) =>
        type.TpInit != (InitProc)Init && type.TpNew == (NewFunc)New;

    internal static int Init(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        if (!UseInit(self.ObType))
        {
            return 0; // __new__ did the work
        }
        if (!GetArgs.NoKeywords(self.ObType.Name, kwargs))
        {
            return -1;
        }
        var exc = (PyOSErrorObject)self;
        exc.SetArgs(args.ItemsBorrowed);
        return exc.ParseArgs(args);
    }

    /// <summary>errno, strerror, filename, winerror, filename2 from 2 to 5 arguments (C: <c>oserror_parse_args</c>
    /// and <c>oserror_init</c>): a filename drops out of args; BlockingIOError's third argument is the number of
    /// characters written.</summary>
    private int ParseArgs(PyTupleObject args)
    {
        if (args.Count < 2 || args.Count > 5)
        {
            return 0;
        }
        Py.SetRef(ref Errno, args[0].NewRef());
        Py.SetRef(ref StrError, args[1].NewRef());
        if (args.Count >= 4)
        {
            Py.SetRef(ref WinError, args[3].NewRef());
        }
        PyObject? filename = args.Count >= 3 ? args[2] : null;
        if (filename is null || filename == Py.None)
        {
            return 0;
        }
        if (ObType == PyExc.BlockingIOError && PyNumber.Check(filename))
        {
            Written = PyNumber.AsSsize(filename, PyExc.ValueError);
            return Written == -1 && PyErr.Occurred() ? -1 : 0;
        }
        Py.SetRef(ref Filename, filename.NewRef());
        if (args.Count == 5 && args[4] != Py.None)
        {
            Py.SetRef(ref Filename2, args[4].NewRef());
        }
        SetArgs(args.ItemsBorrowed[..2]);
        return 0;
    }

    private static PyObject? GetWritten(PyObject o)
    {
        var exc = (PyOSErrorObject)o;
        return exc.Written == -1
            ? PyErr.SetObject(PyExc.AttributeError, PyUnicodeObject.InternStatic("characters_written"))
            : PyLongObject.FromLong(exc.Written);
    }

    private static int SetWritten(PyObject o, PyObject? value)
    {
        var exc = (PyOSErrorObject)o;
        if (value is null)
        {
            if (exc.Written == -1)
            {
                PyErr.SetObject(PyExc.AttributeError, PyUnicodeObject.InternStatic("characters_written"));
                return -1;
            }
            exc.Written = -1;
            return 0;
        }
        long n = PyNumber.AsSsize(value, PyExc.ValueError);
        if (n == -1 && PyErr.Occurred())
        {
            return -1;
        }
        exc.Written = n;
        return 0;
    }

    /// <summary>"[Errno 2] No such file or directory: 'x'" (C: <c>OSError_str</c>).</summary>
    internal static PyObject? StrSlot(PyObject self)
    {
        var exc = (PyOSErrorObject)self;
        if (exc.Filename is not null && exc.Filename != Py.None)
        {
            string? errno = StrToString(exc.Errno ?? Py.None), strerror = StrToString(exc.StrError ?? Py.None);
            string? file = ReprToString(exc.Filename);
            if (errno is null || strerror is null || file is null)
            {
                return null;
            }
            if (exc.Filename2 is not null && exc.Filename2 != Py.None)
            {
                string? file2 = ReprToString(exc.Filename2);
                return file2 is null ? null : PyUnicodeObject.FromString($"[Errno {errno}] {strerror}: {file} -> {file2}");
            }
            return PyUnicodeObject.FromString($"[Errno {errno}] {strerror}: {file}");
        }
        if (exc.Errno is not null && exc.StrError is not null)
        {
            string? errno = StrToString(exc.Errno), strerror = StrToString(exc.StrError);
            return errno is null || strerror is null ? null : PyUnicodeObject.FromString($"[Errno {errno}] {strerror}");
        }
        return BaseExceptionStr(self);
    }

    internal static readonly PyGetSetDef[] GetSets =
    [
        new("errno", static o => Py.NewRef(((PyOSErrorObject)o).Errno ?? Py.None), static (o, v) => Member.Set(ref ((PyOSErrorObject)o).Errno, v)),
        new("strerror", static o => Py.NewRef(((PyOSErrorObject)o).StrError ?? Py.None), static (o, v) => Member.Set(ref ((PyOSErrorObject)o).StrError, v)),
        new("filename", static o => Py.NewRef(((PyOSErrorObject)o).Filename ?? Py.None), static (o, v) => Member.Set(ref ((PyOSErrorObject)o).Filename, v)),
        new("filename2", static o => Py.NewRef(((PyOSErrorObject)o).Filename2 ?? Py.None), static (o, v) => Member.Set(ref ((PyOSErrorObject)o).Filename2, v)),
        new("characters_written", GetWritten, SetWritten),
    ];

    protected internal override void DeallocContents()
    {
        Py.Clear(ref Errno);
        Py.Clear(ref StrError);
        Py.Clear(ref Filename);
        Py.Clear(ref Filename2);
        Py.Clear(ref WinError);
        base.DeallocContents();
    }
}
