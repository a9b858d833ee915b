// Objects/floatobject.c: float arithmetic.
using System.Numerics;

namespace Reference.Objects;

public sealed partial class PyFloatObject
{
    private static PyNumberMethods NumberMethods() => new()
    {
        NbAdd = static (a, b) => Binary(a, b, static (x, y) => x + y),
        NbSubtract = static (a, b) => Binary(a, b, static (x, y) => x - y),
        NbMultiply = static (a, b) => Binary(a, b, static (x, y) => x * y),
        NbTrueDivide = FloatDiv,
        NbFloorDivide = FloatFloorDiv,
        NbRemainder = FloatMod,
        NbDivmod = FloatDivmod,
        NbPower = FloatPow,
        NbNegative = static o => FromDouble(-((PyFloatObject)o).Value),
        NbPositive = FloatPositive,
        NbAbsolute = static o => FromDouble(Math.Abs(((PyFloatObject)o).Value)),
        NbBool = static o => ((PyFloatObject)o).Value != 0.0 ? 1 : 0,
        NbInt = FloatInt,
        NbFloat = FloatPositive,
    };

    private static PyObject? FloatPositive(PyObject o) =>
        o.ObType == Type ? o.NewRef() : FromDouble(((PyFloatObject)o).Value);

    private static PyObject? Binary(PyObject a, PyObject b, Func<double, double, double> op)
    {
        int ra = ConvertToDouble(a, out double x);
        if (ra <= 0)
        {
            return ra < 0 ? null : Py.ReturnNotImplemented;
        }
        int rb = ConvertToDouble(b, out double y);
        if (rb <= 0)
        {
            return rb < 0 ? null : Py.ReturnNotImplemented;
        }
        return FromDouble(op(x, y));
    }

    private static bool Operands(PyObject a, PyObject b, out double x, out double y, out PyObject? fail)
    {
        y = 0;
        int r = ConvertToDouble(a, out x);
        if (r > 0)
        {
            r = ConvertToDouble(b, out y);
        }
        fail = r == 0 ? Py.ReturnNotImplemented : null;
        return r > 0;
    }

    private static PyObject? FloatDiv(PyObject a, PyObject b)
    {
        if (!Operands(a, b, out double x, out double y, out PyObject? fail))
        {
            return fail;
        }
        if (y == 0.0)
        {
            return PyErr.SetString(PyExc.ZeroDivisionError, "division by zero");
        }
        return FromDouble(x / y);
    }

    #region divmod
    /// <summary>Floored division and modulo of doubles (C: <c>_float_div_mod</c>): the modulo has the divisor's
    /// sign, a zero modulo takes the divisor's sign too, and the quotient is rounded to an exact integer.</summary>
    private static void DivMod(double vx, double wx, out double floordiv, out double mod)
    {
        mod = vx % wx; // C fmod: the sign of vx
        double div = (vx - mod) / wx;
        if (mod != 0.0)
        {
            if ((wx < 0) != (mod < 0))
            {
                mod += wx;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, wx);
        }
        if (div != 0.0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5)
            {
                floordiv += 1.0;
            }
        }
        else
        {
            floordiv = Math.CopySign(0.0, vx / wx);
        }
    }
    #endregion

    private static PyObject? FloatFloorDiv(PyObject a, PyObject b)
    {
        if (!Operands(a, b, out double x, out double y, out PyObject? fail))
        {
            return fail;
        }
        if (y == 0.0)
        {
            return PyErr.SetString(PyExc.ZeroDivisionError, "division by zero");
        }
        DivMod(x, y, out double div, out _);
        return FromDouble(div);
    }

    private static PyObject? FloatMod(PyObject a, PyObject b)
    {
        if (!Operands(a, b, out double x, out double y, out PyObject? fail))
        {
            return fail;
        }
        if (y == 0.0)
        {
            return PyErr.SetString(PyExc.ZeroDivisionError, "division by zero");
        }
        DivMod(x, y, out _, out double mod);
        return FromDouble(mod);
    }

    private static PyObject? FloatDivmod(PyObject a, PyObject b)
    {
        if (!Operands(a, b, out double x, out double y, out PyObject? fail))
        {
            return fail;
        }
        if (y == 0.0)
        {
            return PyErr.SetString(PyExc.ZeroDivisionError, "division by zero");
        }
        DivMod(x, y, out double div, out double mod);
        return PyTupleObject.FromArraySteal([FromDouble(div), FromDouble(mod)]);
    }

    private static PyObject? FloatPow(PyObject a, PyObject b, PyObject c)
    {
        if (c != Py.None)
        {
            return PyErr.SetString(PyExc.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        }
        if (!Operands(a, b, out double x, out double y, out PyObject? fail))
        {
            return fail;
        }
        return Pow(x, y);
    }

    #region float-pow
    /// <summary>x ** y with CPython's special cases (C: <c>float_pow</c>).</summary>
    internal static PyObject? Pow(double x, double y)
    {
        if (y == 0.0)
        {
            return FromDouble(1.0); // x**0 is 1, even for nan
        }
        if (double.IsNaN(x))
        {
            return FromDouble(y == 0.0 ? 1.0 : x);
        }
        if (double.IsNaN(y))
        {
            return FromDouble(x == 1.0 ? 1.0 : y);
        }
        if (x == 0.0)
        {
            if (y < 0.0 && !double.IsInfinity(y))
            {
                return PyErr.SetString(PyExc.ZeroDivisionError, "zero to a negative power");
            }
        }
        else if (x < 0.0 && !double.IsInfinity(x) && !double.IsInfinity(y) && y != Math.Floor(y))
        {
            // CPython returns a complex here; this runtime has no complex type (see spec/objects.md).
            return PyErr.SetString(PyExc.ValueError, "negative number cannot be raised to a fractional power");
        }
        double result = Math.Pow(x, y);
        if (double.IsInfinity(result) && !double.IsInfinity(x) && !double.IsInfinity(y) && x != 0.0)
        {
            return RaiseRangeError();
        }
        return FromDouble(result);
    }
    #endregion

    /// <summary>Raises OverflowError with CPython's arguments for ERANGE, (34, 'Numerical result out of range')
    /// (C: <c>PyErr_SetFromErrno</c> after <c>pow</c>); returns null.</summary>
    internal static PyObject? RaiseRangeError()
    {
        PyTupleObject args = PyTupleObject.FromArraySteal(
            [PyLongObject.FromLong(34), PyUnicodeObject.FromString("Numerical result out of range")]);
        PyErr.SetObject(PyExc.OverflowError, args); // SetObject borrows its value
        args.DecRef();
        return null;
    }

    /// <summary>int(x): truncation towards zero (C: <c>float___trunc___impl</c>).</summary>
    private static PyObject? FloatInt(PyObject o) => ToInteger(Math.Truncate(((PyFloatObject)o).Value));

    /// <summary>An integral double as an int, with CPython's errors for inf and nan.</summary>
    internal static PyObject? ToInteger(double integral)
    {
        if (double.IsNaN(integral))
        {
            return PyErr.SetString(PyExc.ValueError, "cannot convert float NaN to integer");
        }
        if (double.IsInfinity(integral))
        {
            return PyErr.SetString(PyExc.OverflowError, "cannot convert float infinity to integer");
        }
        if (Math.Abs(integral) < 9.2e18)
        {
            return PyLongObject.FromLong((long)integral);
        }
        (BigInteger m, int e) = Decompose(integral);
        return PyLongObject.FromBigInteger(e >= 0 ? m << e : m >> -e);
    }
}
