// Objects/exceptions.c: OSError — errno, strerror, filename, and the subclass chosen by errno.
//
// OSError(errno, strerror) with a known errno creates the matching subclass: OSError(2, ...) is a
// FileNotFoundError. With 2 to 5 arguments the args tuple keeps only (errno, strerror).
namespace Reference.Objects;

/// <summary>An OSError instance (C: <c>PyOSErrorObject</c>).</summary>
public sealed class PyOSErrorObject : PyBaseExceptionObject
{
    internal PyObject? Errno, StrError, Filename, Filename2, WinError;

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
        if (type == PyExc.OSError && args.Count >= 2 && args[0] is PyLongObject errno && errno.IsCompact
            && SubclassForErrno(errno.CompactValue) is { } sub)
        {
            type = sub;
        }
        PyObject self = type.TpAlloc!(type);
        ((PyBaseExceptionObject)self).SetArgs(args.ItemsBorrowed);
        return self;
    }

    internal static int Init(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        if (!GetArgs.NoKeywords(self.ObType.Name, kwargs))
        {
            return -1;
        }
        var exc = (PyOSErrorObject)self;
        exc.SetArgs(args.ItemsBorrowed);
        if (args.Count >= 2 && args.Count <= 5)
        {
            Py.SetRef(ref exc.Errno, args[0].NewRef());
            Py.SetRef(ref exc.StrError, args[1].NewRef());
            if (args.Count >= 3)
            {
                Py.SetRef(ref exc.Filename, args[2].NewRef());
                if (args.Count >= 4)
                {
                    Py.SetRef(ref exc.WinError, args[3].NewRef());
                }
                if (args.Count == 5)
                {
                    Py.SetRef(ref exc.Filename2, args[4].NewRef());
                }
                exc.SetArgs(args.ItemsBorrowed[..2]);
            }
        }
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
