// Objects/longobject.c: int arithmetic.
//
// Python's integer division floors (rounds towards negative infinity), and the remainder takes the
// sign of the divisor, so that `a == (a // b) * b + a % b` always holds: -7 // 2 == -4, -7 % 2 == 1,
// 7 % -2 == -1. C# division truncates, so each operation corrects the truncated result.
//
// True division of two ints is correctly rounded even when the operands are far too large for a
// double: the quotient is computed to 55 significant bits plus a sticky bit, then rounded once.
using System.Numerics;

namespace Reference.Objects;

public partial class PyLongObject
{
    private static PyNumberMethods NumberMethods() => new()
    {
        NbAdd = LongAdd,
        NbSubtract = LongSub,
        NbMultiply = LongMul,
        NbRemainder = LongMod,
        NbDivmod = LongDivmod,
        NbPower = LongPow,
        NbNegative = static o => FromBigIntegerOrLong(-((PyLongObject)o).Value, o),
        NbPositive = LongPositive,
        NbAbsolute = static o => ((PyLongObject)o).Sign < 0 ? FromBigIntegerOrLong(-((PyLongObject)o).Value, o) : LongPositive(o),
        NbBool = static o => ((PyLongObject)o).Sign != 0 ? 1 : 0,
        NbInvert = static o => FromBigInteger(-((PyLongObject)o).Value - 1),
        NbLshift = LongLshift,
        NbRshift = LongRshift,
        NbAnd = static (a, b) => Bitwise(a, b, static (x, y) => x & y, static (x, y) => x & y),
        NbXor = static (a, b) => Bitwise(a, b, static (x, y) => x ^ y, static (x, y) => x ^ y),
        NbOr = static (a, b) => Bitwise(a, b, static (x, y) => x | y, static (x, y) => x | y),
        NbInt = LongPositive,
        NbFloat = LongFloat,
        NbFloorDivide = LongFloorDiv,
        NbTrueDivide = LongTrueDivide,
        NbIndex = LongPositive,
    };

    /// <summary>An exact int with the same value (int(), +x, x.__index__() of a subclass instance).</summary>
    private static PyObject? LongPositive(PyObject o)
    {
        if (o.ObType == Type)
        {
            return o.NewRef();
        }
        var v = (PyLongObject)o;
        return v._isBig ? FromBigInteger(v._big) : FromLong(v._small);
    }

    private static PyObject FromBigIntegerOrLong(BigInteger value, PyObject unused) => FromBigInteger(value);

    #region add
    private static PyObject? LongAdd(PyObject a, PyObject b)
    {
        if (a is not PyLongObject x || b is not PyLongObject y)
        {
            return Py.ReturnNotImplemented;
        }
        if (!x._isBig && !y._isBig)
        {
            long r = unchecked(x._small + y._small);
            if (((x._small ^ r) & (y._small ^ r)) >= 0)
            {
                return FromLong(r);
            }
        }
        return FromBigInteger(x.Value + y.Value);
    }
    #endregion

    private static PyObject? LongSub(PyObject a, PyObject b)
    {
        if (a is not PyLongObject x || b is not PyLongObject y)
        {
            return Py.ReturnNotImplemented;
        }
        if (!x._isBig && !y._isBig)
        {
            long r = unchecked(x._small - y._small);
            if (((x._small ^ y._small) & (x._small ^ r)) >= 0)
            {
                return FromLong(r);
            }
        }
        return FromBigInteger(x.Value - y.Value);
    }

    private static PyObject? LongMul(PyObject a, PyObject b)
    {
        if (a is not PyLongObject x || b is not PyLongObject y)
        {
            return Py.ReturnNotImplemented;
        }
        if (!x._isBig && !y._isBig)
        {
            long high = Math.BigMul(x._small, y._small, out long low);
            if (high == (low >> 63))
            {
                return FromLong(low);
            }
        }
        return FromBigInteger(x.Value * y.Value);
    }

    #region floor-division
    /// <summary>Floor division and modulo together (C: <c>l_divmod</c>); false with ZeroDivisionError.</summary>
    internal static bool DivMod(PyLongObject x, PyLongObject y, out BigInteger div, out BigInteger mod)
    {
        if (y.Sign == 0)
        {
            div = mod = default;
            PyErr.SetString(PyExc.ZeroDivisionError, "division by zero");
            return false;
        }
        if (!x._isBig && !y._isBig && !(x._small == long.MinValue && y._small == -1))
        {
            long q = x._small / y._small, r = x._small % y._small;
            if (r != 0 && ((r < 0) != (y._small < 0)))
            {
                q--;
                r += y._small;
            }
            div = q;
            mod = r;
            return true;
        }
        div = BigInteger.DivRem(x.Value, y.Value, out mod);
        if (!mod.IsZero && (mod.Sign < 0) != (y.Sign < 0))
        {
            div -= 1;
            mod += y.Value;
        }
        return true;
    }
    #endregion

    private static PyObject? LongFloorDiv(PyObject a, PyObject b)
    {
        if (a is not PyLongObject x || b is not PyLongObject y)
        {
            return Py.ReturnNotImplemented;
        }
        return DivMod(x, y, out BigInteger div, out _) ? FromBigInteger(div) : null;
    }

    private static PyObject? LongMod(PyObject a, PyObject b)
    {
        if (a is not PyLongObject x || b is not PyLongObject y)
        {
            return Py.ReturnNotImplemented;
        }
        return DivMod(x, y, out _, out BigInteger mod) ? FromBigInteger(mod) : null;
    }

    private static PyObject? LongDivmod(PyObject a, PyObject b)
    {
        if (a is not PyLongObject x || b is not PyLongObject y)
        {
            return Py.ReturnNotImplemented;
        }
        if (!DivMod(x, y, out BigInteger div, out BigInteger mod))
        {
            return null;
        }
        return PyTupleObject.FromArraySteal([FromBigInteger(div), FromBigInteger(mod)]);
    }

    #region true-division
    private static PyObject? LongTrueDivide(PyObject a, PyObject b)
    {
        if (a is not PyLongObject x || b is not PyLongObject y)
        {
            return Py.ReturnNotImplemented;
        }
        if (y.Sign == 0)
        {
            return PyErr.SetString(PyExc.ZeroDivisionError, "division by zero");
        }
        if (!x._isBig && !y._isBig && IsExactDouble(x._small) && IsExactDouble(y._small))
        {
            return PyFloatObject.FromDouble((double)x._small / y._small); // exact operands: one rounding
        }
        double q = TrueDivide(x.Value, y.Value);
        if (double.IsInfinity(q))
        {
            return PyErr.SetString(PyExc.OverflowError, "integer division result too large for a float");
        }
        return PyFloatObject.FromDouble(q);
    }

    /// <summary>Whether a long converts to a double exactly because |v| &lt;= 2**53 (written without Math.Abs,
    /// which throws for long.MinValue).</summary>
    internal static bool IsExactDouble(long v) => v >= -(1L << 53) && v <= 1L << 53;

    /// <summary>a / b rounded once to the nearest double, ties to even, subnormals included.</summary>
    private static double TrueDivide(BigInteger a, BigInteger b)
    {
        bool negative = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        if (a.IsZero)
        {
            return negative ? -0.0 : 0.0;
        }
        long diff = (long)a.GetBitLength() - (long)b.GetBitLength();
        if (diff > 1025)
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }
        // The quotient lies in [2**(diff-1), 2**(diff+1)): keep at least 55 bits of it, then round once.
        long shift = diff - 55;
        BigInteger q = shift > 0 ? BigInteger.DivRem(a, b << (int)shift, out BigInteger r)
            : BigInteger.DivRem(a << (int)-shift, b, out r);
        double result = RoundToDouble(q, !r.IsZero, shift);
        return negative ? -result : result;
    }
    #endregion

    /// <summary>(q + a sticky fraction) * 2**shift rounded once to the nearest double, ties to even: the bits
    /// below the double's last place (2**(e-52), or 2**-1074 for subnormals) decide the rounding.</summary>
    private static double RoundToDouble(BigInteger q, bool sticky, long shift)
    {
        long e = (long)q.GetBitLength() - 1 + shift;
        long extra = Math.Max(e - 52, -1074) - shift;
        if (extra > 0)
        {
            BigInteger low = extra >= q.GetBitLength() + 1 ? q : q & ((BigInteger.One << (int)extra) - 1);
            BigInteger half = BigInteger.One << (int)(extra - 1);
            q >>= (int)Math.Min(extra, int.MaxValue);
            shift += extra;
            if (low > half || (low == half && (sticky || !q.IsEven)))
            {
                q += 1;
            }
        }
        return Math.ScaleB((double)(ulong)q, (int)Math.Clamp(shift, -4000, 4000));
    }

    #region to-double
    /// <summary>The nearest double, ties to even (C: <c>PyLong_AsDouble</c>); false with OverflowError
    /// "int too large to convert to float".</summary>
    internal bool TryToDouble(out double value)
    {
        if (!_isBig)
        {
            value = _small;
            return true;
        }
        if (LongConvert.TryToDouble(_big, out value))
        {
            return true;
        }
        PyErr.SetString(PyExc.OverflowError, LongConvert.OverflowMessage);
        return false;
    }
    #endregion

    private static PyObject? LongFloat(PyObject o) =>
        ((PyLongObject)o).TryToDouble(out double d) ? PyFloatObject.FromDouble(d) : null;

    #region int-pow
    private static PyObject? LongPow(PyObject a, PyObject b, PyObject c)
    {
        if (a is not PyLongObject x || b is not PyLongObject y)
        {
            return Py.ReturnNotImplemented;
        }
        if (c != Py.None)
        {
            if (c is not PyLongObject z)
            {
                return Py.ReturnNotImplemented;
            }
            return ModularPow(x, y, z);
        }
        if (y.Sign < 0)
        {
            // A negative exponent gives a float, as float.__pow__ would.
            if (!x.TryToDouble(out double fx) || !y.TryToDouble(out double fy))
            {
                return null;
            }
            return PyFloatObject.Pow(fx, fy);
        }
        BigInteger bx = x.Value;
        if (bx.IsZero || bx.IsOne || y.Sign == 0)
        {
            return FromLong(y.Sign == 0 ? 1 : (long)bx);
        }
        if (bx == BigInteger.MinusOne)
        {
            return FromLong(y.Value.IsEven ? 1 : -1);
        }
        if (y._isBig || (double)x.Value.GetBitLength() * y._small > MaxResultBits)
        {
            return PyErr.NoMemory();
        }
        if (!x._isBig && y._small < 64)
        {
            long result = 1, bas = x._small;
            bool overflow = false;
            for (long e = y._small; e > 0 && !overflow; e--)
            {
                long high = Math.BigMul(result, bas, out long low);
                overflow = high != (low >> 63);
                result = low;
            }
            if (!overflow)
            {
                return FromLong(result);
            }
        }
        return FromBigInteger(BigInteger.Pow(bx, (int)y._small));
    }
    #endregion

    /// <summary>Results beyond this many bits are refused with MemoryError rather than computed for hours.</summary>
    private const double MaxResultBits = 1L << 32;

    private static PyObject? ModularPow(PyLongObject x, PyLongObject y, PyLongObject z)
    {
        if (z.Sign == 0)
        {
            return PyErr.SetString(PyExc.ValueError, "pow() 3rd argument cannot be 0");
        }
        BigInteger mod = BigInteger.Abs(z.Value);
        BigInteger bas = x.Value, exp = y.Value;
        if (exp.Sign < 0)
        {
            // pow(b, -e, m) is the e-th power of b's inverse modulo m (3.8+).
            if (!TryModInverse(bas, mod, out bas))
            {
                return PyErr.SetString(PyExc.ValueError, "base is not invertible for the given modulus");
            }
            exp = -exp;
        }
        BigInteger result = BigInteger.ModPow(((bas % mod) + mod) % mod, exp, mod);
        if (z.Sign < 0 && !result.IsZero)
        {
            result -= mod; // the result takes the sign of the modulus
        }
        return FromBigInteger(result);
    }

    private static bool TryModInverse(BigInteger a, BigInteger m, out BigInteger inverse)
    {
        BigInteger r0 = ((a % m) + m) % m, r1 = m, s0 = 1, s1 = 0;
        while (!r1.IsZero)
        {
            BigInteger q = BigInteger.Divide(r0, r1);
            (r0, r1) = (r1, r0 - q * r1);
            (s0, s1) = (s1, s0 - q * s1);
        }
        inverse = ((s0 % m) + m) % m;
        return r0.IsOne || m.IsOne;
    }

    #region shifts
    private static PyObject? LongLshift(PyObject a, PyObject b)
    {
        if (a is not PyLongObject x || b is not PyLongObject y)
        {
            return Py.ReturnNotImplemented;
        }
        if (y.Sign < 0)
        {
            return PyErr.SetString(PyExc.ValueError, "negative shift count");
        }
        if (x.Sign == 0)
        {
            return FromLong(0);
        }
        if (y._isBig)
        {
            return PyErr.SetString(PyExc.OverflowError, "too many digits in integer"); // C: the count overflows int64
        }
        if (y._small > MaxResultBits)
        {
            return PyErr.NoMemory(); // C: the allocation of the result fails
        }
        int n = (int)y._small;
        if (!x._isBig && n < 62 && x._small > -(1L << (62 - n)) && x._small < 1L << (62 - n))
        {
            return FromLong(x._small << n);
        }
        return FromBigInteger(x.Value << n);
    }

    private static PyObject? LongRshift(PyObject a, PyObject b)
    {
        if (a is not PyLongObject x || b is not PyLongObject y)
        {
            return Py.ReturnNotImplemented;
        }
        if (y.Sign < 0)
        {
            return PyErr.SetString(PyExc.ValueError, "negative shift count");
        }
        if (y._isBig || y._small >= x.Value.GetBitLength() + 1)
        {
            return FromLong(x.Sign < 0 ? -1 : 0); // shifting everything out leaves the sign
        }
        int n = (int)y._small;
        return x._isBig ? FromBigInteger(x._big >> n) : FromLong(x._small >> Math.Min(n, 63));
    }
    #endregion

    private static PyObject? Bitwise(PyObject a, PyObject b, Func<long, long, long> small, Func<BigInteger, BigInteger, BigInteger> big)
    {
        if (a is not PyLongObject x || b is not PyLongObject y)
        {
            return Py.ReturnNotImplemented;
        }
        if (!x._isBig && !y._isBig)
        {
            return FromLong(small(x._small, y._small));
        }
        return FromBigInteger(big(x.Value, y.Value));
    }
}
