// Objects/bytesobject.c, Objects/bytearrayobject.c and Objects/bytes_methods.c: the method table bytes
// and bytearray share, and the argument conversions their methods use.
//
// Each method is declared with CPython's calling convention, so that argument errors read as
// CPython's: `find` is positional ("find expected at least 1 argument, got 0"), `split` takes
// keywords ("split() takes at most 2 arguments (3 given)"), `zfill` and `partition` take exactly one
// argument. A bytearray's methods return bytearrays; bytes methods that change nothing return the
// exact bytes object itself, as CPython's do.
namespace Reference.Objects;

internal static partial class BytesMethods
{
    /// <summary>The method table; bytearray's mutating methods are added by bytearray itself.</summary>
    public static PyMethodDef[] Methods(bool forByteArray) =>
    [
        PyMethodDef.FastKeywords("decode", Decode),
        PyMethodDef.FastKeywords("hex", Hex),
        PyMethodDef.O("fromhex", (cls, s) => FromHex(cls, s!, forByteArray)).AsClassMethod(),
        PyMethodDef.Fast("maketrans", static (_, args) => MakeTrans(args)).AsStaticMethod(),
        PyMethodDef.O("join", (self, it) => Join(self, it!, forByteArray)),
        PyMethodDef.FastKeywords("split", (self, args, kw) => Split(self, args, kw, forByteArray, reverse: false)),
        PyMethodDef.FastKeywords("rsplit", (self, args, kw) => Split(self, args, kw, forByteArray, reverse: true)),
        PyMethodDef.O("partition", (self, sep) => Partition(self, sep!, forByteArray, reverse: false)),
        PyMethodDef.O("rpartition", (self, sep) => Partition(self, sep!, forByteArray, reverse: true)),
        PyMethodDef.FastKeywords("splitlines", (self, args, kw) => SplitLines(self, args, kw, forByteArray)),
        PyMethodDef.Fast("startswith", static (self, args) => Affix(self, args, "startswith", suffix: false)),
        PyMethodDef.Fast("endswith", static (self, args) => Affix(self, args, "endswith", suffix: true)),
        PyMethodDef.O("removeprefix", (self, p) => RemoveAffix(self, p!, forByteArray, suffix: false)),
        PyMethodDef.O("removesuffix", (self, p) => RemoveAffix(self, p!, forByteArray, suffix: true)),
        PyMethodDef.Fast("count", static (self, args) => Search(self, args, "count")),
        PyMethodDef.Fast("find", static (self, args) => Search(self, args, "find")),
        PyMethodDef.Fast("index", static (self, args) => Search(self, args, "index")),
        PyMethodDef.Fast("rfind", static (self, args) => Search(self, args, "rfind")),
        PyMethodDef.Fast("rindex", static (self, args) => Search(self, args, "rindex")),
        PyMethodDef.Fast("strip", (self, args) => Strip(self, args, "strip", forByteArray, left: true, right: true)),
        PyMethodDef.Fast("lstrip", (self, args) => Strip(self, args, "lstrip", forByteArray, left: true, right: false)),
        PyMethodDef.Fast("rstrip", (self, args) => Strip(self, args, "rstrip", forByteArray, left: false, right: true)),
        PyMethodDef.Fast("center", (self, args) => Pad(self, args, "center", forByteArray)),
        PyMethodDef.Fast("ljust", (self, args) => Pad(self, args, "ljust", forByteArray)),
        PyMethodDef.Fast("rjust", (self, args) => Pad(self, args, "rjust", forByteArray)),
        PyMethodDef.O("zfill", (self, width) => Zfill(self, width!, forByteArray)),
        PyMethodDef.FastKeywords("expandtabs", (self, args, kw) => ExpandTabs(self, args, kw, forByteArray)),
        PyMethodDef.Fast("replace", (self, args) => Replace(self, args, forByteArray)),
        PyMethodDef.FastKeywords("translate", (self, args, kw) => Translate(self, args, kw, forByteArray)),
        PyMethodDef.NoArgs("upper", (self, _) => Map(self, AsciiCase.Upper, forByteArray)),
        PyMethodDef.NoArgs("lower", (self, _) => Map(self, AsciiCase.Lower, forByteArray)),
        PyMethodDef.NoArgs("swapcase", (self, _) => Map(self, AsciiCase.Swap, forByteArray)),
        PyMethodDef.NoArgs("title", (self, _) => Make(AsciiCase.Title(Data(self)), forByteArray)),
        PyMethodDef.NoArgs("capitalize", (self, _) => Make(AsciiCase.Capitalize(Data(self)), forByteArray)),
        PyMethodDef.NoArgs("isdigit", static (self, _) => Py.Bool(AsciiCase.All(Data(self), AsciiCase.IsDigit))),
        PyMethodDef.NoArgs("isalpha", static (self, _) => Py.Bool(AsciiCase.All(Data(self), AsciiCase.IsAlpha))),
        PyMethodDef.NoArgs("isalnum", static (self, _) => Py.Bool(AsciiCase.All(Data(self), AsciiCase.IsAlnum))),
        PyMethodDef.NoArgs("isspace", static (self, _) => Py.Bool(AsciiCase.All(Data(self), IsSpace))),
        PyMethodDef.NoArgs("islower", static (self, _) => Py.Bool(AsciiCase.IsLower(Data(self)))),
        PyMethodDef.NoArgs("isupper", static (self, _) => Py.Bool(AsciiCase.IsUpper(Data(self)))),
        PyMethodDef.NoArgs("istitle", static (self, _) => Py.Bool(AsciiCase.IsTitle(Data(self)))),
        PyMethodDef.NoArgs("isascii", static (self, _) => Py.Bool(System.Text.Ascii.IsValid(Data(self)))),
        PyMethodDef.NoArgs("__getnewargs__", static (self, _) => PyTupleObject.FromArraySteal([PyBytesObject.FromSpan(Data(self))])),
    ];

    /// <summary>The bytes of the receiver, bytes or bytearray (valid until the next call that may run Python code).</summary>
    private static ReadOnlySpan<byte> Data(PyObject self) => PyBytesObject.BytesLikeSpan(self);

    /// <summary>The receiver unchanged: the exact bytes object itself, else a copy of the right kind
    /// (C: <c>return_self</c>).</summary>
    private static PyObject Unchanged(PyObject self, bool forByteArray) =>
        !forByteArray && self.ObType == PyBytesObject.Type ? self.NewRef() : Make(Data(self).ToArray(), forByteArray);

    /// <summary>A copy of a bytes-like argument (C: the <c>Py_buffer</c> converter): null with
    /// "a bytes-like object is required, not 'str'" for anything without a contiguous buffer.</summary>
    internal static byte[]? BufferArg(PyObject arg)
    {
        PyBuffer? view = PyBuffer.Get(arg, BufferFlags.Simple);
        if (view is null)
        {
            return null;
        }
        byte[] copy = view.Span.ToArray();
        view.Release();
        return copy;
    }

    /// <summary>An int in range(256) (C: <c>_getbytevalue</c>): any __index__ value out of range, however large,
    /// is "byte must be in range(0, 256)".</summary>
    internal static bool ByteValue(PyObject arg, out byte value)
    {
        value = 0;
        long v = PyNumber.AsSsize(arg, null);
        if (v == -1 && PyErr.Occurred())
        {
            return false;
        }
        if (v is < 0 or > 255)
        {
            PyErr.SetString(PyExc.ValueError, "byte must be in range(0, 256)");
            return false;
        }
        value = (byte)v;
        return true;
    }

    /// <summary>A start or end argument (C: <c>_PyEval_SliceIndex</c>): None keeps the default, large values
    /// clamp.</summary>
    private static bool SliceIndex(PyObject arg, ref long value)
    {
        if (arg == Py.None)
        {
            return true;
        }
        if (arg.ObType.TpAsNumber?.NbIndex is null)
        {
            PyErr.SetString(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        long v = PyNumber.AsSsize(arg, null);
        if (v == -1 && PyErr.Occurred())
        {
            return false;
        }
        value = v;
        return true;
    }

    /// <summary>Optional start and end after the first argument, adjusted to the length (C: <c>ADJUST_INDICES</c>).</summary>
    private static bool Bounds(ReadOnlySpan<PyObject> args, int length, out long start, out long end)
    {
        start = 0;
        end = long.MaxValue;
        if ((args.Length > 1 && !SliceIndex(args[1], ref start)) || (args.Length > 2 && !SliceIndex(args[2], ref end)))
        {
            return false;
        }
        StringLib.AdjustIndices(ref start, ref end, length);
        return true;
    }

    /// <summary>An argument for a Py_ssize_t parameter, with CPython's errors.</summary>
    private static bool Ssize(PyObject arg, out long value) => GetArgs.ToSsize(arg, out value);

    /// <summary>ASCII whitespace as bytes methods see it (C: <c>Py_ISSPACE</c>).</summary>
    internal static bool IsSpace(byte b) => b is (byte)' ' or (>= 9 and <= 13);
}
