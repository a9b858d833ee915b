// Objects/longobject.c: int's constructor, comparison and methods.
using System.Numerics;

namespace Reference.Objects;

public partial class PyLongObject
{
    private static PyMethodDef[] Methods() =>
    [
        PyMethodDef.NoArgs("conjugate", static (o, _) => LongPositive(o)),
        PyMethodDef.NoArgs("bit_length", static (o, _) => FromLong((long)BigInteger.Abs(((PyLongObject)o).Value).GetBitLength())),
        PyMethodDef.NoArgs("bit_count", static (o, _) => FromLong(PopCount(BigInteger.Abs(((PyLongObject)o).Value)))),
        PyMethodDef.FastKeywords("to_bytes", ToBytes),
        PyMethodDef.FastKeywords("from_bytes", FromBytes).AsClassMethod(),
        PyMethodDef.NoArgs("as_integer_ratio", static (o, _) =>
        {
            PyObject? n = LongPositive(o);
            return n is null ? null : PyTupleObject.FromArraySteal([n, FromLong(1)]);
        }),
        PyMethodDef.NoArgs("is_integer", static (_, _) => Py.True),
        PyMethodDef.NoArgs("__trunc__", static (o, _) => LongPositive(o)),
        PyMethodDef.NoArgs("__floor__", static (o, _) => LongPositive(o)),
        PyMethodDef.NoArgs("__ceil__", static (o, _) => LongPositive(o)),
        PyMethodDef.Fast("__round__", LongRound),
        PyMethodDef.NoArgs("__getnewargs__", static (o, _) =>
        {
            PyObject? n = LongPositive(o);
            return n is null ? null : PyTupleObject.FromArraySteal([n]);
        }),
        PyMethodDef.O("__format__", LongFormat),
        PyMethodDef.NoArgs("__sizeof__", static (o, _) =>
            FromLong(24 + 4 * Math.Max(1, ((long)BigInteger.Abs(((PyLongObject)o).Value).GetBitLength() + 29) / 30))),
    ];

    private static PyGetSetDef[] GetSets() =>
    [
        new("real", LongPositive),
        new("imag", static _ => FromLong(0)),
        new("numerator", LongPositive),
        new("denominator", static _ => FromLong(1)),
    ];

    private static long PopCount(BigInteger v)
    {
        long count = 0;
        foreach (byte b in v.ToByteArray(isUnsigned: true))
        {
            count += BitOperations.PopCount(b);
        }
        return count;
    }

    #region int-new
    private static readonly string[] s_newParams = ["", "base"];

    private static PyObject? LongNew(PyTypeObject subtype, PyTupleObject args, PyDictObject? kwargs)
    {
        PyTupleObject? kwnames = kwargs is null ? null : kwargs.KeysTuple();
        PyObject[] all = kwargs is null ? args.Items : [.. args.Items, .. kwargs.ValuesArray()];
        PyObject? result = LongNewImpl(subtype, all, kwnames);
        kwnames?.DecRef();
        return result;
    }

    private static PyObject? LongVectorcall(PyObject type, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames) =>
        LongNewImpl((PyTypeObject)type, args, kwnames);

    /// <summary>int(x=0, /, base=10) (C: <c>long_new_impl</c>).</summary>
    private static PyObject? LongNewImpl(PyTypeObject subtype, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames)
    {
        ArgBuffer4 buffer = default;
        Span<PyObject?> slots = buffer[..2];
        if (!GetArgs.UnpackKeywords("int", args, kwnames, s_newParams, posOnly: 1, maxPos: 2, minRequired: 0, slots))
        {
            if (PyErr.ExceptionMatches(PyExc.TypeError) && kwnames is null && args.Length > 2)
            {
                PyErr.Clear();
                GetArgs.CheckPositional("int", args.Length, 0, 2);
            }
            return null;
        }
        PyObject? x = slots[0], baseArg = slots[1];
        PyObject? value;
        if (baseArg is null)
        {
            value = x is null ? FromLong(0) : PyNumber.Long(x);
        }
        else
        {
            value = LongFromStringWithBase(x, baseArg);
        }
        if (value is null || subtype == Type)
        {
            return value;
        }
        PyLongObject sub = NewOfSubtype(subtype, (PyLongObject)value);
        value.DecRef();
        return sub;
    }
    #endregion

    private static PyObject? LongFromStringWithBase(PyObject? x, PyObject baseArg)
    {
        long b = PyNumber.AsSsize(baseArg, null);
        if (b == -1 && PyErr.Occurred())
        {
            return null;
        }
        if ((b != 0 && b < 2) || b > 36)
        {
            return PyErr.SetString(PyExc.ValueError, "int() base must be >= 2 and <= 36, or 0");
        }
        if (x is null)
        {
            return PyErr.SetString(PyExc.TypeError, "int() missing string argument");
        }
        if (x is PyUnicodeObject s)
        {
            return FromUnicode(s.Value, (int)b);
        }
        if (x is PyBytesObject or PyByteArrayObject)
        {
            return FromBytesText(PyBytesObject.BytesLikeSpan(x), (int)b);
        }
        return PyErr.SetString(PyExc.TypeError, "int() can't convert non-string with explicit base");
    }

    /// <summary>int(text, base) for str text (C: <c>PyLong_FromUnicodeObject</c>).</summary>
    internal static PyObject? FromUnicode(string text, int @base)
    {
        int limit = PyThreadState.Get().Interp.IntMaxStrDigits;
        if (!LongText.TryParse(text, @base, limit, out BigInteger value, out string? error))
        {
            if (error is not null)
            {
                return PyErr.SetString(PyExc.ValueError, error);
            }
            return PyErr.SetString(PyExc.ValueError, LongText.InvalidLiteralMessage(@base, UnicodeRepr.Repr(text)));
        }
        return FromBigInteger(value);
    }

    /// <summary>int(b"...", base) (C: <c>_PyLong_FromBytes</c>): the bytes of a bytes, bytearray or other buffer are
    /// parsed as ASCII text; the error shows them as a bytes repr whatever the object was.</summary>
    internal static PyObject? FromBytesText(ReadOnlySpan<byte> text, int @base)
    {
        int limit = PyThreadState.Get().Interp.IntMaxStrDigits;
        if (!LongText.TryParse(text, @base, limit, out BigInteger value, out string? error))
        {
            if (error is not null)
            {
                return PyErr.SetString(PyExc.ValueError, error);
            }
            PyBytesObject shown = PyBytesObject.FromSpan(text[..Math.Min(text.Length, 200)]);
            string? repr = ReprToString(shown);
            shown.DecRef();
            return repr is null ? null : PyErr.SetString(PyExc.ValueError, LongText.InvalidLiteralMessage(@base, repr));
        }
        return FromBigInteger(value);
    }

    private static PyObject? LongRepr(PyObject self)
    {
        string? text = ((PyLongObject)self).ToDecimalString();
        return text is null ? null : PyUnicodeObject.FromString(text);
    }

    #region int-richcompare
    private static PyObject? LongRichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyLongObject a || w is not PyLongObject b)
        {
            return Py.ReturnNotImplemented;
        }
        int c = Compare(a, b);
        return CompareOps.Return(c, 0, op);
    }
    #endregion

    private static PyObject? LongRound(PyObject self, ReadOnlySpan<PyObject> args)
    {
        if (!GetArgs.CheckPositional("__round__", args.Length, 0, 1))
        {
            return null;
        }
        if (args.Length == 0 || args[0] == Py.None)
        {
            return LongPositive(self);
        }
        PyObject? nd = PyNumber.Index(args[0]);
        if (nd is null)
        {
            return null;
        }
        var ndigits = (PyLongObject)nd;
        BigInteger n = ndigits.Value;
        nd.DecRef();
        if (n.Sign >= 0)
        {
            return LongPositive(self);
        }
        BigInteger x = ((PyLongObject)self).Value;
        // When 10**-ndigits is more than twice |x| the result is 0; knowing that from the bit length spares computing
        // a huge power (CPython computes it, and for ndigits = -2**70 never finishes). log2(10) > 3.32.
        if (-n > (BigInteger.Abs(x).GetBitLength() + 2) / 3)
        {
            return FromLong(0);
        }
        // Round half to even at 10**-ndigits.
        BigInteger pow10 = BigInteger.Pow(10, (int)-n);
        BigInteger q = BigInteger.DivRem(x, pow10, out BigInteger r);
        if (r.Sign < 0)
        {
            q -= 1;
            r += pow10;
        }
        BigInteger twice = r * 2;
        if (twice > pow10 || (twice == pow10 && !q.IsEven))
        {
            q += 1;
        }
        return FromBigInteger(q * pow10);
    }

    private static PyObject? LongFormat(PyObject self, PyObject? spec)
    {
        if (spec is not PyUnicodeObject s)
        {
            return PyErr.SetString(PyExc.TypeError,
                $"__format__() argument must be str, not {spec!.ObType.Name}");
        }
        if (s.Value.Length == 0)
        {
            return Str(self);
        }
        // Messages name the object's own type: "Unknown format code 's' for object of type 'bool'".
        string typeName = self.ObType.Name;
        if (!FormatSpec.TryParseForInt(s.Value, typeName, out FormatSpec parsed, out string? error))
        {
            return PyErr.SetString(PyExc.ValueError, error!);
        }
        string? text = NumberFormat.FormatInt(((PyLongObject)self).Value, parsed, typeName,
            PyThreadState.Get().Interp.IntMaxStrDigits, out FormatErrorKind kind, out error);
        return text is null ? PyUnicodeObject.FormatError(kind, error!) : PyUnicodeObject.FromString(text);
    }

    #region to-bytes
    private static readonly string[] s_toBytesParams = ["length", "byteorder", "signed"];

    private static PyObject? ToBytes(PyObject self, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames)
    {
        ArgBuffer4 buffer = default;
        Span<PyObject?> a = buffer[..3];
        if (!GetArgs.UnpackKeywords("to_bytes", args, kwnames, s_toBytesParams, 0, 2, 0, a))
        {
            return null;
        }
        long length = 1;
        if (a[0] is not null && !GetArgs.ToSsize(a[0]!, out length))
        {
            return null;
        }
        // As CPython's argument clinic then int_to_bytes_impl: byteorder's type, signed's truth, byteorder's value,
        // and only then the length's sign.
        if (!CheckByteOrderType(a[1]))
        {
            return null;
        }
        int signed = a[2] is null ? 0 : IsTrue(a[2]!);
        if (signed < 0 || !ParseByteOrder(a[1], out bool little))
        {
            return null;
        }
        if (length < 0)
        {
            return PyErr.SetString(PyExc.ValueError, "length argument must be non-negative");
        }
        BigInteger v = ((PyLongObject)self).Value;
        if (v.Sign < 0 && signed == 0)
        {
            return PyErr.SetString(PyExc.OverflowError, "can't convert negative int to unsigned");
        }
        // The fewest bytes that hold the value: its bits, plus a sign bit when signed (GetBitLength leaves the sign
        // bit out, and counts -1 as 0 bits, -128 as 7). Zero needs no bytes at all.
        long bits = (long)v.GetBitLength() + (signed != 0 ? 1 : 0);
        long needed = v.IsZero ? 0 : (bits + 7) / 8;
        if (needed > length)
        {
            return PyErr.SetString(PyExc.OverflowError, "int too big to convert");
        }
        if (length > Array.MaxLength)
        {
            return PyErr.NoMemory();
        }
        byte[] raw = v.ToByteArray(isUnsigned: signed == 0, isBigEndian: false);
        var result = new byte[length];
        byte fill = v.Sign < 0 ? (byte)0xFF : (byte)0;
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = i < raw.Length ? raw[i] : fill;
        }
        if (!little)
        {
            Array.Reverse(result);
        }
        return PyBytesObject.FromArraySteal(result);
    }
    #endregion

    /// <summary>The argument clinic's check that byteorder, when given, is a str.</summary>
    private static bool CheckByteOrderType(PyObject? arg, string function = "to_bytes")
    {
        if (arg is null or PyUnicodeObject)
        {
            return true;
        }
        PyErr.SetString(PyExc.TypeError, $"{function}() argument 'byteorder' must be str, not {arg.ObType.Name}");
        return false;
    }

    /// <summary>byteorder's value: 'big' (the default) or 'little'.</summary>
    private static bool ParseByteOrder(PyObject? arg, out bool little)
    {
        little = false;
        if (arg is not PyUnicodeObject s)
        {
            return true;
        }
        if (s.Value == "little")
        {
            little = true;
            return true;
        }
        if (s.Value == "big")
        {
            return true;
        }
        PyErr.SetString(PyExc.ValueError, "byteorder must be either 'little' or 'big'");
        return false;
    }

    private static readonly string[] s_fromBytesParams = ["bytes", "byteorder", "signed"];

    private static PyObject? FromBytes(PyObject cls, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames)
    {
        ArgBuffer4 buffer = default;
        Span<PyObject?> a = buffer[..3];
        if (!GetArgs.UnpackKeywords("from_bytes", args, kwnames, s_fromBytesParams, 0, 2, 1, a))
        {
            return null;
        }
        if (!CheckByteOrderType(a[1], "from_bytes"))
        {
            return null;
        }
        int signed = a[2] is null ? 0 : IsTrue(a[2]!);
        if (signed < 0 || !ParseByteOrder(a[1], out bool little))
        {
            return null;
        }
        PyBytesObject? bytes = PyBytesObject.FromObject(a[0]!);
        if (bytes is null)
        {
            return null;
        }
        var value = new BigInteger(bytes.Span, isUnsigned: signed == 0, isBigEndian: !little);
        bytes.DecRef();
        PyLongObject result = FromBigInteger(value);
        if (cls == Type)
        {
            return result;
        }
        PyObject? made = CallOneArg(cls, result);
        result.DecRef();
        return made;
    }
}
