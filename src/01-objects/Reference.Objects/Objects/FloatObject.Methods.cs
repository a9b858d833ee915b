// Objects/floatobject.c: float's constructor and methods.
namespace Reference.Objects;

public sealed partial class PyFloatObject
{
    private static PyMethodDef[] Methods() =>
    [
        PyMethodDef.NoArgs("conjugate", static (o, _) => FloatPositive(o)),
        PyMethodDef.NoArgs("is_integer", static (o, _) =>
        {
            double v = ((PyFloatObject)o).Value;
            return Py.Bool(double.IsFinite(v) && v == Math.Floor(v));
        }),
        PyMethodDef.NoArgs("as_integer_ratio", AsIntegerRatio),
        PyMethodDef.NoArgs("hex", static (o, _) => PyUnicodeObject.FromString(FloatHex.ToHex(((PyFloatObject)o).Value))),
        PyMethodDef.O("fromhex", FromHex).AsClassMethod(),
        PyMethodDef.O("from_number", FromNumber).AsClassMethod(),
        PyMethodDef.NoArgs("__trunc__", static (o, _) => FloatInt(o)),
        PyMethodDef.NoArgs("__floor__", static (o, _) => ToInteger(Math.Floor(((PyFloatObject)o).Value))),
        PyMethodDef.NoArgs("__ceil__", static (o, _) => ToInteger(Math.Ceiling(((PyFloatObject)o).Value))),
        PyMethodDef.Fast("__round__", FloatRoundMethod),
        PyMethodDef.NoArgs("__getnewargs__", static (o, _) =>
            PyTupleObject.FromArraySteal([FromDouble(((PyFloatObject)o).Value)])),
        PyMethodDef.O("__getformat__", static (_, arg) => arg switch
        {
            PyUnicodeObject { Value: "double" or "float" } => PyUnicodeObject.FromString("IEEE, little-endian"),
            PyUnicodeObject => PyErr.SetString(PyExc.ValueError, "__getformat__() argument 1 must be 'double' or 'float'"),
            _ => PyErr.SetString(PyExc.TypeError, $"__getformat__() argument must be str, not {arg!.ObType.Name}"),
        }).AsClassMethod(),
        PyMethodDef.O("__format__", FloatFormat),
    ];

    private static PyGetSetDef[] GetSets() =>
    [
        new("real", FloatPositive),
        new("imag", static _ => FromDouble(0.0)),
    ];

    #region float-new
    private static PyObject? FloatNew(PyTypeObject subtype, PyTupleObject args, PyDictObject? kwargs)
    {
        // Keywords are refused unless a subclass brings its own __init__ to take them (C: float_new's clinic).
        if ((subtype == Type || subtype.TpInit == Type.TpInit) && !GetArgs.NoKeywords("float", kwargs))
        {
            return null;
        }
        if (!GetArgs.CheckPositional("float", args.Count, 0, 1))
        {
            return null;
        }
        return FloatNewImpl(subtype, args.Count == 0 ? null : args[0]);
    }

    private static PyObject? FloatVectorcall(PyObject type, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames)
    {
        if (!GetArgs.NoKwnames("float", kwnames) || !GetArgs.CheckPositional("float", args.Length, 0, 1))
        {
            return null;
        }
        return FloatNewImpl((PyTypeObject)type, args.Length == 0 ? null : args[0]);
    }

    private static PyObject? FloatNewImpl(PyTypeObject subtype, PyObject? x)
    {
        PyObject? value = x is null ? FromDouble(0.0)
            : x is PyUnicodeObject s ? FromText(s.Value, s)
            : x is PyBytesObject or PyByteArrayObject ? FromBytesText(PyBytesObject.BytesLikeSpan(x), x)
            : PyNumber.Float(x);
        if (value is null || subtype == Type)
        {
            return value;
        }
        double d = ((PyFloatObject)value).Value;
        value.DecRef();
        return new PyFloatObject(subtype, d);
    }
    #endregion

    /// <summary>float(str) (C: <c>PyFloat_FromString</c>).</summary>
    internal static PyObject? FromText(string text, PyObject original)
    {
        if (FloatParse.TryParse(text, out double value))
        {
            return FromDouble(value);
        }
        string? repr = ReprToString(original);
        return repr is null ? null : PyErr.SetString(PyExc.ValueError, $"could not convert string to float: {repr}");
    }

    /// <summary>float(b"...") for the bytes of a bytes, bytearray or other buffer; the error shows the object's
    /// repr (C: <c>PyFloat_FromString</c>).</summary>
    internal static PyObject? FromBytesText(ReadOnlySpan<byte> text, PyObject original)
    {
        if (FloatParse.TryParse(text, out double value))
        {
            return FromDouble(value);
        }
        string? repr = ReprToString(original);
        return repr is null ? null : PyErr.SetString(PyExc.ValueError, $"could not convert string to float: {repr}");
    }

    private static PyObject? AsIntegerRatio(PyObject self, PyObject? unused)
    {
        double v = ((PyFloatObject)self).Value;
        if (double.IsInfinity(v))
        {
            return PyErr.SetString(PyExc.OverflowError, "cannot convert Infinity to integer ratio");
        }
        if (double.IsNaN(v))
        {
            return PyErr.SetString(PyExc.ValueError, "cannot convert NaN to integer ratio");
        }
        (System.Numerics.BigInteger num, System.Numerics.BigInteger den) = FloatRatio.AsIntegerRatio(v);
        return PyTupleObject.FromArraySteal([PyLongObject.FromBigInteger(num), PyLongObject.FromBigInteger(den)]);
    }

    private static PyObject? FromHex(PyObject cls, PyObject? arg)
    {
        if (arg is not PyUnicodeObject s)
        {
            // C: PyUnicode_AsUTF8AndSize's PyErr_BadArgument.
            return PyErr.SetString(PyExc.TypeError, "bad argument type for built-in operation");
        }
        if (!FloatHex.TryFromHex(s.Value, out double value, out FormatErrorKind kind, out string? error))
        {
            return PyUnicodeObject.FormatError(kind, error!);
        }
        PyFloatObject result = FromDouble(value);
        if (cls == Type)
        {
            return result;
        }
        PyObject? made = CallOneArg(cls, result);
        result.DecRef();
        return made;
    }

    /// <summary>float.from_number(x) (C: <c>float_from_number_impl</c>): a real number only, never text.</summary>
    private static PyObject? FromNumber(PyObject cls, PyObject? number)
    {
        if (number!.ObType == Type && cls == Type)
        {
            return number.NewRef();
        }
        double x = AsDouble(number);
        if (x == -1.0 && PyErr.Occurred())
        {
            return null;
        }
        PyFloatObject value = FromDouble(x);
        if (cls == Type)
        {
            return value;
        }
        PyObject? made = CallOneArg(cls, value);
        value.DecRef();
        return made;
    }

    #region round
    private static PyObject? FloatRoundMethod(PyObject self, ReadOnlySpan<PyObject> args)
    {
        if (!GetArgs.CheckPositional("__round__", args.Length, 0, 1))
        {
            return null;
        }
        double x = ((PyFloatObject)self).Value;
        if (args.Length == 0 || args[0] == Py.None)
        {
            return ToInteger(FloatRound.RoundToInteger(x));
        }
        long ndigits = PyNumber.AsSsize(args[0], null);
        if (ndigits == -1 && PyErr.Occurred())
        {
            return null;
        }
        if (!double.IsFinite(x) || x == 0.0)
        {
            return FromDouble(x);
        }
        if (!FloatRound.Round(x, ndigits, out double rounded))
        {
            return PyErr.SetString(PyExc.OverflowError, "rounded value too large to represent");
        }
        return FromDouble(rounded);
    }
    #endregion

    private static PyObject? FloatFormat(PyObject self, PyObject? spec)
    {
        if (spec is not PyUnicodeObject s)
        {
            return PyErr.SetString(PyExc.TypeError, $"__format__() argument must be str, not {spec!.ObType.Name}");
        }
        if (s.Value.Length == 0)
        {
            return Str(self);
        }
        string typeName = self.ObType.Name; // messages name a subclass as itself
        if (!FormatSpec.TryParse(s.Value, typeName, out FormatSpec parsed, out string? error))
        {
            return PyErr.SetString(PyExc.ValueError, error!);
        }
        string? text = NumberFormat.FormatFloat(((PyFloatObject)self).Value, parsed, typeName, out FormatErrorKind kind, out error);
        return text is null ? PyUnicodeObject.FormatError(kind, error!) : PyUnicodeObject.FromString(text);
    }
}
