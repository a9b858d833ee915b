// Objects/unicodeobject.c: str's slots — construction, comparison, indexing, concatenation.
using System.Text;

namespace Reference.Objects;

public sealed partial class PyUnicodeObject
{
    private static readonly string[] s_newParams = ["object", "encoding", "errors"];

    #region str-new
    /// <summary>str(object='') or str(bytes, encoding, errors) (C: <c>unicode_vectorcall</c> and
    /// <c>unicode_new_impl</c>).</summary>
    private static PyObject? UnicodeNew(PyTypeObject subtype, PyTupleObject args, PyDictObject? kwargs)
    {
        // str(...) without keywords takes CPython's vectorcall path, whose checks word their errors differently.
        bool vectorcall = subtype == Type && (kwargs is null || kwargs.Count == 0);
        if (vectorcall && !GetArgs.CheckPositional("str", args.Count, 0, 3))
        {
            return null;
        }
        PyTupleObject? kwnames = kwargs?.KeysTuple();
        PyObject[] all = kwargs is null ? args.Items : [.. args.Items, .. kwargs.ValuesArray()];
        ArgBuffer4 buffer = default;
        Span<PyObject?> a = buffer[..3];
        bool ok = GetArgs.UnpackKeywords("str", all, kwnames, s_newParams, 0, 3, 0, a);
        kwnames?.DecRef();
        if (!ok || !CodecArg(a[1], "str", "encoding", "utf-8", out _, clinic: !vectorcall)
            || !CodecArg(a[2], "str", "errors", "strict", out _, clinic: !vectorcall))
        {
            return null;
        }
        PyObject? value;
        if (a[0] is null)
        {
            value = Empty;
        }
        else if (a[1] is null && a[2] is null)
        {
            value = Str(a[0]!);
        }
        else
        {
            value = DecodeObject(a[0]!, a[1], a[2]);
        }
        if (value is null || subtype == Type)
        {
            return value;
        }
        PyUnicodeObject sub = NewOfSubtype(subtype, ((PyUnicodeObject)value).Value);
        value.DecRef();
        return sub;
    }
    #endregion

    /// <summary>str(bytes-like, encoding, errors) (C: <c>PyUnicode_FromEncodedObject</c>).</summary>
    private static PyObject? DecodeObject(PyObject obj, PyObject? encoding, PyObject? errors)
    {
        if (obj is PyUnicodeObject)
        {
            return PyErr.SetString(PyExc.TypeError, "decoding str is not supported");
        }
        PyBuffer? view = PyBuffer.Check(obj) ? PyBuffer.Get(obj, BufferFlags.Simple) : null;
        if (view is null)
        {
            PyErr.Clear();
            return PyErr.SetString(PyExc.TypeError, $"decoding to str: need a bytes-like object, {obj.ObType.Name} found");
        }
        PyObject? result = Decode(view.Span, encoding, errors, obj, "str");
        view.Release();
        return result;
    }

    #region codecs
    /// <summary>Decodes bytes with a codec, raising CPython's exceptions (C: <c>PyUnicode_Decode</c>).
    /// <paramref name="func"/> names the caller in argument errors ("decode() argument 'encoding' must be str").</summary>
    internal static PyObject? Decode(ReadOnlySpan<byte> data, PyObject? encoding, PyObject? errors, PyObject source, string func = "decode")
    {
        if (!CodecArg(encoding, func, "encoding", "utf-8", out string enc) || !CodecArg(errors, func, "errors", "strict", out string err))
        {
            return null;
        }
        CodecResult<string> r = Codecs.Decode(data, enc, err);
        return r.IsSuccess ? FromString(r.Value!) : RaiseCodecError(r.Error!, source);
    }

    /// <summary>str.encode and bytes(str, encoding, errors) (C: <c>PyUnicode_AsEncodedString</c>).</summary>
    internal static PyObject? Encode(PyUnicodeObject text, PyObject? encoding, PyObject? errors, string func = "encode")
    {
        if (!CodecArg(encoding, func, "encoding", "utf-8", out string enc) || !CodecArg(errors, func, "errors", "strict", out string err))
        {
            return null;
        }
        CodecResult<byte[]> r = Codecs.Encode(text.Value, enc, err);
        return r.IsSuccess ? PyBytesObject.FromArraySteal(r.Value!) : RaiseCodecError(r.Error!, text);
    }
    #endregion

    /// <summary>An encoding or errors argument, which must be a str: "decode() argument 'encoding' must be str,
    /// not int". Argument Clinic (<paramref name="clinic"/>) names None "None", the str() fast path "NoneType".</summary>
    internal static bool CodecArg(PyObject? arg, string func, string name, string dflt, out string value, bool clinic = true)
    {
        value = dflt;
        if (arg is null)
        {
            return true;
        }
        if (arg is PyUnicodeObject s)
        {
            value = s.Value;
            return true;
        }
        PyErr.SetString(PyExc.TypeError, $"{func}() argument '{name}' must be str, not {(clinic ? ArgTypeName(arg) : arg.ObType.Name)}");
        return false;
    }

    /// <summary>Turns a codec failure into the exception CPython raises.</summary>
    private static PyObject? RaiseCodecError(CodecError error, PyObject source)
    {
        PyTypeObject type = error.Kind switch
        {
            CodecErrorKind.UnicodeEncodeError => PyExc.UnicodeEncodeError,
            CodecErrorKind.UnicodeDecodeError => PyExc.UnicodeDecodeError,
            CodecErrorKind.LookupError => PyExc.LookupError,
            CodecErrorKind.TypeError => PyExc.TypeError,
            _ => PyExc.ValueError,
        };
        if (type != PyExc.UnicodeEncodeError && type != PyExc.UnicodeDecodeError)
        {
            return PyErr.SetString(type, error.Message);
        }
        PyObject obj = type == PyExc.UnicodeDecodeError && source is not PyBytesObject
            ? PyBytesObject.FromSpan(PyBytesObject.BytesLikeSpan(source))
            : source.NewRef();
        PyTupleObject args = PyTupleObject.FromArraySteal(
        [
            FromString(error.Encoding ?? ""), obj, PyLongObject.FromLong(error.Start), PyLongObject.FromLong(error.End),
            FromString(error.Reason ?? ""),
        ]);
        PyErr.SetObject(type, args);
        args.DecRef();
        return null;
    }

    #region compare
    /// <summary>Comparison by code point (C: <c>PyUnicode_RichCompare</c>).</summary>
    private static PyObject? UnicodeRichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyUnicodeObject a || w is not PyUnicodeObject b)
        {
            return Py.ReturnNotImplemented;
        }
        if (op is CompareOp.Eq or CompareOp.Ne)
        {
            bool eq = a == b || string.Equals(a.Value, b.Value, StringComparison.Ordinal);
            return Py.Bool(eq == (op == CompareOp.Eq));
        }
        return CompareOps.Return(StringLib.CompareCodePoints(a.Value, b.Value), 0, op);
    }
    #endregion

    private static PyObject? UnicodeIter(PyObject self) => new PyUnicodeIterObject((PyUnicodeObject)self);

    /// <summary>a + b for strs (C: <c>PyUnicode_Concat</c>).</summary>
    private static PyObject? UnicodeConcat(PyObject a, PyObject b)
    {
        if (b is not PyUnicodeObject right)
        {
            return PyErr.SetString(PyExc.TypeError, $"can only concatenate str (not \"{b.ObType.Name}\") to str");
        }
        var left = (PyUnicodeObject)a;
        if (right.Value.Length == 0 && a.ObType == Type)
        {
            return a.NewRef();
        }
        if (left.Value.Length == 0 && b.ObType == Type)
        {
            return b.NewRef();
        }
        if ((long)left.Value.Length + right.Value.Length > NumberLayout.MaxStringLength)
        {
            return PyErr.NoMemory(); // CPython's limit, PY_SSIZE_T_MAX, is beyond any .NET string
        }
        return FromString(string.Concat(left.Value, right.Value));
    }

    private static PyObject? UnicodeRepeat(PyObject self, long n)
    {
        var s = (PyUnicodeObject)self;
        if (n <= 0 || s.Value.Length == 0)
        {
            return Empty;
        }
        if (n == 1 && self.ObType == Type)
        {
            return self.NewRef();
        }
        if (n > long.MaxValue / s.Value.Length)
        {
            return PyErr.SetString(PyExc.OverflowError, "repeated string is too long");
        }
        if (n > NumberLayout.MaxStringLength / s.Value.Length)
        {
            return PyErr.NoMemory();
        }
        if (s.Value.Length == 1)
        {
            return FromString(new string(s.Value[0], (int)n));
        }
        var sb = new StringBuilder(s.Value.Length * (int)n);
        for (long i = 0; i < n; i++)
        {
            sb.Append(s.Value);
        }
        return FromString(sb.ToString());
    }

    /// <summary>The code point at a code-point index, which must be in range.</summary>
    internal int CodePointAt(int index)
    {
        if (IsBmpOnly)
        {
            return Value[index];
        }
        return StringLib.CodePointAt(Value, StringLib.CodePointIndexToCharIndex(Value, index), out _);
    }

    private static PyObject? UnicodeItem(PyObject self, long index)
    {
        var s = (PyUnicodeObject)self;
        if ((ulong)index >= (ulong)s.Length)
        {
            return PyErr.SetString(PyExc.IndexError, "string index out of range");
        }
        return FromCodePoint(s.CodePointAt((int)index));
    }

    #region str-subscript
    private static PyObject? UnicodeSubscript(PyObject self, PyObject key)
    {
        var s = (PyUnicodeObject)self;
        if (key is PySliceObject slice)
        {
            if (slice.GetIndices(s.Length, out long start, out _, out long step, out long length) < 0)
            {
                return null;
            }
            if (length == s.Length && step == 1 && self.ObType == Type)
            {
                return self.NewRef();
            }
            if (step == 1 && s.IsBmpOnly)
            {
                return FromString(s.Value.Substring((int)start, (int)length));
            }
            var sb = new StringBuilder((int)length);
            for (long i = 0, cur = start; i < length; i++, cur += step)
            {
                int cp = s.CodePointAt((int)cur);
                sb.Append(CodePointToString(cp));
            }
            return FromString(sb.ToString());
        }
        if (key.ObType.TpAsNumber?.NbIndex is null)
        {
            return PyErr.SetString(PyExc.TypeError, $"string indices must be integers, not '{key.ObType.Name}'");
        }
        long index = PyNumber.AsSsize(key, PyExc.IndexError);
        if (index == -1 && PyErr.Occurred())
        {
            return null;
        }
        return UnicodeItem(self, index < 0 ? index + s.Length : index);
    }
    #endregion

    private static int UnicodeContains(PyObject self, PyObject value)
    {
        if (value is not PyUnicodeObject sub)
        {
            PyErr.SetString(PyExc.TypeError, $"'in <string>' requires string as left operand, not {value.ObType.Name}");
            return -1;
        }
        return StringLib.Find(((PyUnicodeObject)self).Value, sub.Value) >= 0 ? 1 : 0;
    }

    private static PyObject? UnicodeMod(PyObject format, PyObject args)
    {
        if (format is not PyUnicodeObject f)
        {
            return Py.ReturnNotImplemented;
        }
        string? result = UnicodeFormat.Format(f.Value, args);
        return result is null ? null : FromString(result);
    }
}

/// <summary>The str iterator (C: <c>unicodeiterobject</c>, type <c>str_ascii_iterator</c> / <c>str_iterator</c>).</summary>
public sealed class PyUnicodeIterObject : PyObject
{
    private static readonly PyTypeObject s_ascii = MakeType("str_ascii_iterator");
    private static readonly PyTypeObject s_general = MakeType("str_iterator");

    private PyUnicodeObject? _seq;
    private int _charIndex;

    internal PyUnicodeIterObject(PyUnicodeObject seq)
        : base(System.Text.Ascii.IsValid(seq.Value) ? s_ascii : s_general) => _seq = Py.NewRef(seq);

    private static PyTypeObject MakeType(string name) => new(name, null, TypeFlags.HaveGc | TypeFlags.DisallowInstantiation)
    {
        TpIter = SelfIter,
        TpIterNext = static o => ((PyUnicodeIterObject)o).Next(),
        TpGetAttro = GenericGetAttrFunc,
        TpMethods =
        [
            PyMethodDef.NoArgs("__length_hint__", static (o, _) =>
            {
                var it = (PyUnicodeIterObject)o;
                return PyLongObject.FromLong(it._seq is null ? 0
                    : it._seq.Length - StringLib.CharIndexToCodePointIndex(it._seq.Value, it._charIndex));
            }),
        ],
    };

    private PyObject? Next()
    {
        PyUnicodeObject? seq = _seq;
        if (seq is null)
        {
            return null;
        }
        if (_charIndex < seq.Value.Length)
        {
            int cp = StringLib.CodePointAt(seq.Value, _charIndex, out _charIndex);
            return PyUnicodeObject.FromCodePoint(cp);
        }
        _seq = null;
        seq.DecRef();
        return null;
    }

    protected internal override void DeallocContents() => Py.Clear(ref _seq);

    protected internal override int TraverseContents(VisitProc visit, object? arg) => _seq is null ? 0 : visit(_seq, arg);
}
