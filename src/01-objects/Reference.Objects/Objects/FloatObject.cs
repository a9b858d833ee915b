// Objects/floatobject.c: float — an IEEE 754 double.
//
// Arithmetic is the machine's; what CPython adds is its rules at the edges: division by zero raises
// instead of giving inf, `%` and `//` floor like int's do, a result that overflows raises
// OverflowError, and comparisons with ints are exact — 2**53 + 1 != float(2**53 + 1) even though
// converting the int to a double would round it to equal.
using System.Numerics;

namespace Reference.Objects;

/// <summary>A float (C: <c>PyFloatObject</c>).</summary>
public sealed partial class PyFloatObject : PyObject
{
    /// <summary>The type (C: <c>PyFloat_Type</c>).</summary>
    public static readonly PyTypeObject Type = new("float", null, TypeFlags.BaseType)
    {
        TpDoc = "Convert a string or number to a floating-point number, if possible.",
        TpAlloc = static t => new PyFloatObject(t, 0.0),
        TpNew = FloatNew,
        TpVectorcall = FloatVectorcall,
        TpRepr = static o => PyUnicodeObject.FromString(FloatRepr.Repr(((PyFloatObject)o).Value)),
        TpHash = static o => PyHash.Double(((PyFloatObject)o).Value, o.Id),
        TpRichCompare = FloatRichCompare,
        TpGetAttro = GenericGetAttrFunc,
        TpAsNumber = NumberMethods(),
        TpMethods = Methods(),
        TpGetSet = GetSets(),
    };

    /// <summary>The value.</summary>
    public readonly double Value;

    private PyFloatObject(double value)
        : base(Type) => Value = value;

    private PyFloatObject(PyTypeObject subtype, double value)
        : base(subtype) => Value = value;

    /// <summary>A new float (C: <c>PyFloat_FromDouble</c>).</summary>
    public static PyFloatObject FromDouble(double value) => new(value);

    /// <summary>Whether <paramref name="op"/> is a float or a subclass (C: <c>PyFloat_Check</c>).</summary>
    public static bool Check(PyObject op) => op is PyFloatObject;

    #region convert-to-double
    /// <summary>The operand of a mixed float/int operation as a double (C: <c>CONVERT_TO_DOUBLE</c>): returns 1,
    /// 0 for "not a number this slot handles" (the slot returns NotImplemented), or -1 with OverflowError.</summary>
    private static int ConvertToDouble(PyObject obj, out double value)
    {
        switch (obj)
        {
            case PyFloatObject f:
                value = f.Value;
                return 1;
            case PyLongObject i:
                return i.TryToDouble(out value) ? 1 : -1;
            default:
                value = 0;
                return 0;
        }
    }
    #endregion

    /// <summary>The double value of a float or of an object with <c>__float__</c> or <c>__index__</c>
    /// (C: <c>PyFloat_AsDouble</c>): -1.0 with an error set on failure. Unlike float(), it reads no text:
    /// anything else is "must be real number, not str".</summary>
    public static double AsDouble(PyObject op)
    {
        if (op is PyFloatObject f)
        {
            return f.Value;
        }
        PyNumberMethods? nb = op.ObType.TpAsNumber;
        if (nb?.NbFloat is null && nb?.NbIndex is null)
        {
            PyErr.SetString(PyExc.TypeError, $"must be real number, not {op.ObType.Name}");
            return -1.0;
        }
        PyObject? result = PyNumber.Float(op);
        if (result is null)
        {
            return -1.0;
        }
        double d = ((PyFloatObject)result).Value;
        result.DecRef();
        return d;
    }

    #region float-richcompare
    /// <summary>Exact comparison of a float with a float or an int (C: <c>float_richcompare</c>).</summary>
    private static PyObject? FloatRichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyFloatObject fv)
        {
            return Py.ReturnNotImplemented;
        }
        double a = fv.Value;
        int cmp;
        switch (w)
        {
            case PyFloatObject fw:
                return CompareOps.Return(a, fw.Value, op);
            case PyLongObject iw:
                if (double.IsNaN(a))
                {
                    return Py.Bool(op == CompareOp.Ne);
                }
                if (iw.IsCompact && PyLongObject.IsExactDouble(iw.CompactValue))
                {
                    return CompareOps.Return(a, (double)iw.CompactValue, op);
                }
                cmp = double.IsInfinity(a) ? Math.Sign(a) : CompareExact(a, iw.Value);
                return CompareOps.Return(cmp, 0, op);
            default:
                return Py.ReturnNotImplemented;
        }
    }
    #endregion

    /// <summary>Compares a finite double with an int exactly: the double is m * 2**e with integer m.</summary>
    internal static int CompareExact(double a, BigInteger b)
    {
        (BigInteger m, int e) = Decompose(a);
        return e >= 0 ? (m << e).CompareTo(b) : m.CompareTo(b << -e);
    }

    /// <summary>A finite double as m * 2**e exactly.</summary>
    internal static (BigInteger Mantissa, int Exponent) Decompose(double a)
    {
        FloatBits.Decompose(a, out ulong m, out int e);
        return (a < 0 ? -(BigInteger)m : m, e);
    }
}
