// Objects/exceptions.c: the exceptions that carry state beyond their args.
using System.Text;

namespace Reference.Objects;

/// <summary>StopIteration: <c>value</c> is the first argument, the return value of a generator.</summary>
public sealed class PyStopIterationObject : PyBaseExceptionObject
{
    internal PyObject? Value;

    internal PyStopIterationObject(PyTypeObject type)
        : base(type)
    {
    }

    internal static int Init(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        if (!GetArgs.NoKeywords(self.ObType.Name, kwargs))
        {
            return -1;
        }
        var exc = (PyStopIterationObject)self;
        exc.SetArgs(args.ItemsBorrowed);
        Py.SetRef(ref exc.Value, args.Count > 0 ? args[0].NewRef() : null);
        return 0;
    }

    internal static readonly PyGetSetDef[] GetSets =
    [
        new("value", static o => Py.NewRef(((PyStopIterationObject)o).Value ?? Py.None),
            static (o, v) => Member.Set(ref ((PyStopIterationObject)o).Value, v)),
    ];

    protected internal override void DeallocContents()
    {
        Py.Clear(ref Value);
        base.DeallocContents();
    }

    protected internal override int TraverseContents(VisitProc visit, object? arg) =>
        Member.Visit(Value, visit, arg) is var r and not 0 ? r : base.TraverseContents(visit, arg);

    protected internal override void ClearContents()
    {
        Py.Clear(ref Value);
        base.ClearContents();
    }
}

/// <summary>SystemExit: <c>code</c> is None, the one argument, or the args tuple.</summary>
public sealed class PySystemExitObject : PyBaseExceptionObject
{
    internal PyObject? Code;

    internal PySystemExitObject(PyTypeObject type)
        : base(type)
    {
    }

    internal static int Init(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        if (!GetArgs.NoKeywords(self.ObType.Name, kwargs))
        {
            return -1;
        }
        var exc = (PySystemExitObject)self;
        exc.SetArgs(args.ItemsBorrowed);
        Py.SetRef(ref exc.Code, args.Count switch
        {
            0 => null,
            1 => args[0].NewRef(),
            _ => args.NewRef(),
        });
        return 0;
    }

    internal static readonly PyGetSetDef[] GetSets =
    [
        new("code", static o => Py.NewRef(((PySystemExitObject)o).Code ?? Py.None),
            static (o, v) => Member.Set(ref ((PySystemExitObject)o).Code, v)),
    ];

    protected internal override void DeallocContents()
    {
        Py.Clear(ref Code);
        base.DeallocContents();
    }

    protected internal override int TraverseContents(VisitProc visit, object? arg) =>
        Member.Visit(Code, visit, arg) is var r and not 0 ? r : base.TraverseContents(visit, arg);

    protected internal override void ClearContents()
    {
        Py.Clear(ref Code);
        base.ClearContents();
    }
}

/// <summary>AttributeError: <c>name</c> and <c>obj</c>, which tracebacks use to suggest a near name.</summary>
public sealed class PyAttributeErrorObject : PyBaseExceptionObject
{
    internal PyObject? Name;
    internal PyObject? Obj;

    internal PyAttributeErrorObject(PyTypeObject type)
        : base(type)
    {
    }

    internal void SetNameAndObj(PyObject name, PyObject obj)
    {
        Py.SetRef(ref Name, name.NewRef());
        Py.SetRef(ref Obj, obj.NewRef());
    }

    private static readonly string[] s_keywords = ["name", "obj"];

    internal static int Init(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        if (!Member.ParseKeywordOnly(self.ObType.Name, kwargs, s_keywords, out PyObject?[] values))
        {
            return -1;
        }
        var exc = (PyAttributeErrorObject)self;
        exc.SetArgs(args.ItemsBorrowed);
        Py.SetRef(ref exc.Name, Py.XNewRef(values[0]));
        Py.SetRef(ref exc.Obj, Py.XNewRef(values[1]));
        return 0;
    }

    internal static readonly PyGetSetDef[] GetSets =
    [
        new("name", static o => Py.NewRef(((PyAttributeErrorObject)o).Name ?? Py.None),
            static (o, v) => Member.Set(ref ((PyAttributeErrorObject)o).Name, v)),
        new("obj", static o => Py.NewRef(((PyAttributeErrorObject)o).Obj ?? Py.None),
            static (o, v) => Member.Set(ref ((PyAttributeErrorObject)o).Obj, v)),
    ];

    protected internal override void DeallocContents()
    {
        Py.Clear(ref Name);
        Py.Clear(ref Obj);
        base.DeallocContents();
    }

    protected internal override int TraverseContents(VisitProc visit, object? arg)
    {
        int r = Member.Visit(Name, visit, arg);
        r = r != 0 ? r : Member.Visit(Obj, visit, arg);
        return r != 0 ? r : base.TraverseContents(visit, arg);
    }

    protected internal override void ClearContents()
    {
        Py.Clear(ref Name);
        Py.Clear(ref Obj);
        base.ClearContents();
    }
}

/// <summary>NameError: <c>name</c>.</summary>
public sealed class PyNameErrorObject : PyBaseExceptionObject
{
    internal PyObject? Name;

    internal PyNameErrorObject(PyTypeObject type)
        : base(type)
    {
    }

    private static readonly string[] s_keywords = ["name"];

    internal static int Init(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        if (!Member.ParseKeywordOnly(self.ObType.Name, kwargs, s_keywords, out PyObject?[] values))
        {
            return -1;
        }
        var exc = (PyNameErrorObject)self;
        exc.SetArgs(args.ItemsBorrowed);
        Py.SetRef(ref exc.Name, Py.XNewRef(values[0]));
        return 0;
    }

    internal static readonly PyGetSetDef[] GetSets =
    [
        new("name", static o => Py.NewRef(((PyNameErrorObject)o).Name ?? Py.None),
            static (o, v) => Member.Set(ref ((PyNameErrorObject)o).Name, v)),
    ];

    protected internal override void DeallocContents()
    {
        Py.Clear(ref Name);
        base.DeallocContents();
    }
}

/// <summary>ImportError: <c>msg</c>, <c>name</c>, <c>path</c>, <c>name_from</c>.</summary>
public sealed class PyImportErrorObject : PyBaseExceptionObject
{
    internal PyObject? Msg, Name, Path, NameFrom;

    internal PyImportErrorObject(PyTypeObject type)
        : base(type)
    {
    }

    private static readonly string[] s_keywords = ["name", "path", "name_from"];

    internal static int Init(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        if (!Member.ParseKeywordOnly(self.ObType.Name, kwargs, s_keywords, out PyObject?[] values))
        {
            return -1;
        }
        var exc = (PyImportErrorObject)self;
        exc.SetArgs(args.ItemsBorrowed);
        Py.SetRef(ref exc.Name, Py.XNewRef(values[0]));
        Py.SetRef(ref exc.Path, Py.XNewRef(values[1]));
        Py.SetRef(ref exc.NameFrom, Py.XNewRef(values[2]));
        Py.SetRef(ref exc.Msg, args.Count == 1 ? args[0].NewRef() : null);
        return 0;
    }

    internal static PyObject? StrSlot(PyObject self)
    {
        var exc = (PyImportErrorObject)self;
        return exc.Msg is not null && exc.Msg != Py.None ? Str(exc.Msg) : BaseExceptionStr(self);
    }

    internal static readonly PyGetSetDef[] GetSets =
    [
        new("msg", static o => Py.NewRef(((PyImportErrorObject)o).Msg ?? Py.None), static (o, v) => Member.Set(ref ((PyImportErrorObject)o).Msg, v)),
        new("name", static o => Py.NewRef(((PyImportErrorObject)o).Name ?? Py.None), static (o, v) => Member.Set(ref ((PyImportErrorObject)o).Name, v)),
        new("path", static o => Py.NewRef(((PyImportErrorObject)o).Path ?? Py.None), static (o, v) => Member.Set(ref ((PyImportErrorObject)o).Path, v)),
        new("name_from", static o => Py.NewRef(((PyImportErrorObject)o).NameFrom ?? Py.None), static (o, v) => Member.Set(ref ((PyImportErrorObject)o).NameFrom, v)),
    ];

    protected internal override void DeallocContents()
    {
        Py.Clear(ref Msg);
        Py.Clear(ref Name);
        Py.Clear(ref Path);
        Py.Clear(ref NameFrom);
        base.DeallocContents();
    }
}

/// <summary>SyntaxError: <c>msg</c> and the location tuple (filename, lineno, offset, text, end_lineno, end_offset).</summary>
public sealed class PySyntaxErrorObject : PyBaseExceptionObject
{
    internal PyObject? Msg, Filename, Lineno, Offset, Text, EndLineno, EndOffset, PrintFileAndLine;

    internal PySyntaxErrorObject(PyTypeObject type)
        : base(type)
    {
    }

    internal static int Init(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        if (!GetArgs.NoKeywords(self.ObType.Name, kwargs))
        {
            return -1;
        }
        var exc = (PySyntaxErrorObject)self;
        exc.SetArgs(args.ItemsBorrowed);
        if (args.Count >= 1)
        {
            Py.SetRef(ref exc.Msg, args[0].NewRef());
        }
        if (args.Count == 2)
        {
            PyTupleObject? info = PySequence.Tuple(args[1]);
            if (info is null)
            {
                return -1;
            }
            if (info.Count < 4 || info.Count > 6)
            {
                // C: PyArg_ParseTuple(info, "OOOO|OO", ...).
                PyErr.SetString(PyExc.TypeError, info.Count < 4
                    ? $"function takes at least 4 arguments ({info.Count} given)"
                    : $"function takes at most 6 arguments ({info.Count} given)");
                info.DecRef();
                return -1;
            }
            Py.SetRef(ref exc.Filename, info[0].NewRef());
            Py.SetRef(ref exc.Lineno, info[1].NewRef());
            Py.SetRef(ref exc.Offset, info[2].NewRef());
            Py.SetRef(ref exc.Text, info[3].NewRef());
            Py.SetRef(ref exc.EndLineno, info.Count > 4 ? info[4].NewRef() : null);
            Py.SetRef(ref exc.EndOffset, info.Count > 5 ? info[5].NewRef() : null);
            info.DecRef();
        }
        return 0;
    }

    /// <summary>"msg (file.py, line 3)", with the file's base name (C: <c>SyntaxError_str</c>).</summary>
    internal static PyObject? StrSlot(PyObject self)
    {
        var exc = (PySyntaxErrorObject)self;
        string? msg = StrToString(exc.Msg ?? Py.None);
        if (msg is null)
        {
            return null;
        }
        string? file = exc.Filename is PyUnicodeObject f ? f.Value[(f.Value.LastIndexOf('/') + 1)..] : null;
        bool haveLine = exc.Lineno is PyLongObject;
        string? line = haveLine ? StrToString(exc.Lineno!) : null;
        return PyUnicodeObject.FromString((file, line) switch
        {
            (not null, not null) => $"{msg} ({file}, line {line})",
            (not null, null) => $"{msg} ({file})",
            (null, not null) => $"{msg} (line {line})",
            _ => msg,
        });
    }

    internal static readonly PyGetSetDef[] GetSets =
    [
        new("msg", static o => Py.NewRef(((PySyntaxErrorObject)o).Msg ?? Py.None), static (o, v) => Member.Set(ref ((PySyntaxErrorObject)o).Msg, v)),
        new("filename", static o => Py.NewRef(((PySyntaxErrorObject)o).Filename ?? Py.None), static (o, v) => Member.Set(ref ((PySyntaxErrorObject)o).Filename, v)),
        new("lineno", static o => Py.NewRef(((PySyntaxErrorObject)o).Lineno ?? Py.None), static (o, v) => Member.Set(ref ((PySyntaxErrorObject)o).Lineno, v)),
        new("offset", static o => Py.NewRef(((PySyntaxErrorObject)o).Offset ?? Py.None), static (o, v) => Member.Set(ref ((PySyntaxErrorObject)o).Offset, v)),
        new("text", static o => Py.NewRef(((PySyntaxErrorObject)o).Text ?? Py.None), static (o, v) => Member.Set(ref ((PySyntaxErrorObject)o).Text, v)),
        new("end_lineno", static o => Py.NewRef(((PySyntaxErrorObject)o).EndLineno ?? Py.None), static (o, v) => Member.Set(ref ((PySyntaxErrorObject)o).EndLineno, v)),
        new("end_offset", static o => Py.NewRef(((PySyntaxErrorObject)o).EndOffset ?? Py.None), static (o, v) => Member.Set(ref ((PySyntaxErrorObject)o).EndOffset, v)),
        new("print_file_and_line", static o => Py.NewRef(((PySyntaxErrorObject)o).PrintFileAndLine ?? Py.None), static (o, v) => Member.Set(ref ((PySyntaxErrorObject)o).PrintFileAndLine, v)),
    ];

    protected internal override void DeallocContents()
    {
        Py.Clear(ref Msg);
        Py.Clear(ref Filename);
        Py.Clear(ref Lineno);
        Py.Clear(ref Offset);
        Py.Clear(ref Text);
        Py.Clear(ref EndLineno);
        Py.Clear(ref EndOffset);
        Py.Clear(ref PrintFileAndLine);
        base.DeallocContents();
    }
}

/// <summary>Helpers for exception attributes stored in C# fields (C: the <c>PyMemberDef</c> entries).</summary>
internal static class Member
{
    /// <summary>Stores or deletes (null value) an attribute field; deleting leaves None visible.</summary>
    public static int Set(ref PyObject? field, PyObject? value)
    {
        Py.SetRef(ref field, Py.XNewRef(value));
        return 0;
    }

    public static int Visit(PyObject? value, VisitProc visit, object? arg) => value is null ? 0 : visit(value, arg);

    /// <summary>Accepts only the given keyword names (C: the keyword parsing of ImportError/NameError/AttributeError).</summary>
    public static bool ParseKeywordOnly(string typeName, PyDictObject? kwargs, string[] names, out PyObject?[] values)
    {
        values = new PyObject?[names.Length];
        if (kwargs is null)
        {
            return true;
        }
        long pos = 0;
        while (kwargs.Next(ref pos, out PyObject? key, out PyObject? value))
        {
            int index = key is PyUnicodeObject k ? Array.IndexOf(names, k.Value) : -1;
            if (index < 0)
            {
                string? keyText = key is PyUnicodeObject ks ? ks.Value : PyObject.ReprToString(key!);
                PyErr.SetString(PyExc.TypeError, $"{typeName}() got an unexpected keyword argument '{keyText}'");
                return false;
            }
            values[index] = value;
        }
        return true;
    }
}

/// <summary>The Unicode errors: <c>encoding</c>, <c>object</c>, <c>start</c>, <c>end</c>, <c>reason</c>.</summary>
public sealed class PyUnicodeErrorObject : PyBaseExceptionObject
{
    internal PyObject? Encoding, Object, Reason;
    internal long Start, End;

    internal PyUnicodeErrorObject(PyTypeObject type)
        : base(type)
    {
    }

    internal static int InitEncode(PyObject self, PyTupleObject args, PyDictObject? kwargs) =>
        InitCommon(self, args, kwargs, withEncoding: true, objectIsBytes: false);

    internal static int InitDecode(PyObject self, PyTupleObject args, PyDictObject? kwargs) =>
        InitCommon(self, args, kwargs, withEncoding: true, objectIsBytes: true);

    internal static int InitTranslate(PyObject self, PyTupleObject args, PyDictObject? kwargs) =>
        InitCommon(self, args, kwargs, withEncoding: false, objectIsBytes: false);

    private static int InitCommon(PyObject self, PyTupleObject args, PyDictObject? kwargs, bool withEncoding, bool objectIsBytes)
    {
        if (!GetArgs.NoKeywords(self.ObType.Name, kwargs))
        {
            return -1;
        }
        int expected = withEncoding ? 5 : 4;
        if (args.Count != expected)
        {
            PyErr.SetString(PyExc.TypeError,
                $"function takes exactly {expected} arguments ({args.Count} given)");
            return -1;
        }
        var exc = (PyUnicodeErrorObject)self;
        exc.SetArgs(args.ItemsBorrowed);
        int i = 0;
        if (withEncoding)
        {
            if (args[0] is not PyUnicodeObject)
            {
                PyErr.SetString(PyExc.TypeError, $"argument 1 must be str, not {args[0].ObType.Name}");
                return -1;
            }
            Py.SetRef(ref exc.Encoding, args[i++].NewRef());
        }
        PyObject obj = args[i];
        if (objectIsBytes ? obj is not (PyBytesObject or PyByteArrayObject) : obj is not PyUnicodeObject)
        {
            PyErr.SetString(PyExc.TypeError, objectIsBytes
                ? $"a bytes-like object is required, not '{obj.ObType.Name}'"
                : $"argument {i + 1} must be str, not {obj.ObType.Name}");
            return -1;
        }
        Py.SetRef(ref exc.Object, objectIsBytes && obj is PyByteArrayObject ? PyBytesObject.FromObject(obj) : obj.NewRef());
        i++;
        if (!GetArgs.ToSsize(args[i++], out exc.Start) || !GetArgs.ToSsize(args[i++], out exc.End))
        {
            return -1;
        }
        if (args[i] is not PyUnicodeObject)
        {
            PyErr.SetString(PyExc.TypeError, $"argument {i + 1} must be str, not {args[i].ObType.Name}");
            return -1;
        }
        Py.SetRef(ref exc.Reason, args[i].NewRef());
        return 0;
    }

    /// <summary>"'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)" and its
    /// relatives (C: <c>UnicodeEncodeError_str</c> and friends).</summary>
    internal static PyObject? StrSlot(PyObject self)
    {
        var exc = (PyUnicodeErrorObject)self;
        if (exc.Object is null || exc.Object == Py.None)
        {
            return PyUnicodeObject.Empty;
        }
        // The attributes may have been replaced since construction: reason and encoding go through str().
        string? reason = exc.Reason is null ? "<NULL>" : StrToString(exc.Reason);
        string? encoding = exc.Encoding is null ? "<NULL>" : StrToString(exc.Encoding);
        if (reason is null || encoding is null)
        {
            return null;
        }
        long start = exc.Start, end = exc.End;
        var sb = new StringBuilder();
        if (exc.ObType.IsSubtype(PyExc.UnicodeDecodeError))
        {
            if (exc.Object is not PyBytesObject bytesObject)
            {
                return PyErr.SetString(PyExc.TypeError, "UnicodeError 'object' attribute must be a bytes");
            }
            ReadOnlySpan<byte> bytes = bytesObject.Span;
            sb.Append($"'{encoding}' codec can't decode ");
            sb.Append(end == start + 1 && start < bytes.Length
                ? $"byte 0x{bytes[(int)start]:x2} in position {start}: {reason}"
                : $"bytes in position {start}-{end - 1}: {reason}");
            return PyUnicodeObject.FromString(sb.ToString());
        }
        if (exc.Object is not PyUnicodeObject text)
        {
            return PyErr.SetString(PyExc.TypeError, "UnicodeError 'object' attribute must be a string");
        }
        string verb = exc.ObType.IsSubtype(PyExc.UnicodeEncodeError) ? $"'{encoding}' codec can't encode" : "can't translate";
        if (end == start + 1 && start < text.Length)
        {
            int cp = text.CodePointAt((int)start);
            string shown = cp <= 0xff ? $"\\x{cp:x2}" : cp <= 0xffff ? $"\\u{cp:x4}" : $"\\U{cp:x8}";
            return PyUnicodeObject.FromString($"{verb} character '{shown}' in position {start}: {reason}");
        }
        return PyUnicodeObject.FromString($"{verb} characters in position {start}-{end - 1}: {reason}");
    }

    internal static readonly PyGetSetDef[] GetSets =
    [
        new("encoding", static o => Py.NewRef(((PyUnicodeErrorObject)o).Encoding ?? Py.None), static (o, v) => Member.Set(ref ((PyUnicodeErrorObject)o).Encoding, v)),
        new("object", static o => Py.NewRef(((PyUnicodeErrorObject)o).Object ?? Py.None), static (o, v) => Member.Set(ref ((PyUnicodeErrorObject)o).Object, v)),
        new("reason", static o => Py.NewRef(((PyUnicodeErrorObject)o).Reason ?? Py.None), static (o, v) => Member.Set(ref ((PyUnicodeErrorObject)o).Reason, v)),
        new("start", static o => PyLongObject.FromLong(((PyUnicodeErrorObject)o).Start), static (o, v) =>
            SetSsizeMember(ref ((PyUnicodeErrorObject)o).Start, v)),
        new("end", static o => PyLongObject.FromLong(((PyUnicodeErrorObject)o).End), static (o, v) =>
            SetSsizeMember(ref ((PyUnicodeErrorObject)o).End, v)),
    ];

    /// <summary>A T_PYSSIZET member (C: <c>PyMember_SetOne</c>): ints only, never deleted.</summary>
    private static int SetSsizeMember(ref long field, PyObject? value)
    {
        if (value is null)
        {
            PyErr.SetString(PyExc.TypeError, "can't delete numeric/char attribute");
            return -1;
        }
        if (value is not PyLongObject)
        {
            PyErr.SetString(PyExc.TypeError, "an integer is required");
            return -1;
        }
        long n = ((PyLongObject)value).AsSsizeT();
        if (n == -1 && PyErr.Occurred())
        {
            return -1;
        }
        field = n;
        return 0;
    }

    protected internal override void DeallocContents()
    {
        Py.Clear(ref Encoding);
        Py.Clear(ref Object);
        Py.Clear(ref Reason);
        base.DeallocContents();
    }
}
