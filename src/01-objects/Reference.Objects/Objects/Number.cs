// Objects/abstract.c: the number protocol (PyNumber_*).
//
// A binary operator asks both operands. `a + b` calls a's nb_add with (a, b); if that returns
// NotImplemented, b's nb_add with (a, b) — the slot of the right operand is the reflected method
// (__radd__). If b's type is a proper subclass of a's that overrides the slot, b goes first, so a
// subclass can take over an operator. `+` and `*` then try sequence concatenation and repetition.
// Only when everyone declines is it "unsupported operand type(s)".
using System.Runtime.CompilerServices;

namespace Reference.Objects;

/// <summary>The number protocol (C: <c>PyNumber_*</c>).</summary>
public static class PyNumber
{
    #region binary-op1
    /// <summary>Tries v's slot, then w's, with the subclass rule (C: <c>binary_op1</c>). Returns NotImplemented
    /// when both decline.</summary>
    private static PyObject? BinaryOp1(PyObject v, PyObject w, Func<PyNumberMethods, BinaryFunc?> slot)
    {
        BinaryFunc? slotv = v.ObType.TpAsNumber is { } nv ? slot(nv) : null;
        BinaryFunc? slotw = null;
        if (w.ObType != v.ObType && w.ObType.TpAsNumber is { } nw)
        {
            slotw = slot(nw);
            if (slotw == slotv)
            {
                slotw = null;
            }
        }
        if (slotv is not null)
        {
            PyObject? x;
            if (slotw is not null && w.ObType.IsSubtype(v.ObType))
            {
                x = slotw(v, w);
                if (x != Py.NotImplemented)
                {
                    return x;
                }
                slotw = null;
            }
            x = slotv(v, w);
            if (x != Py.NotImplemented)
            {
                return x;
            }
        }
        if (slotw is not null)
        {
            return slotw(v, w);
        }
        return Py.NotImplemented;
    }
    #endregion

    private static PyObject? BinaryOp(PyObject v, PyObject w, Func<PyNumberMethods, BinaryFunc?> slot, string opName)
    {
        PyObject? result = BinaryOp1(v, w, slot);
        if (result == Py.NotImplemented)
        {
            return BinopTypeError(v, w, opName);
        }
        return result;
    }

    private static PyObject? BinopTypeError(PyObject v, PyObject w, string opName) =>
        PyErr.SetString(PyExc.TypeError,
            $"unsupported operand type(s) for {opName}: '{v.ObType.Name}' and '{w.ObType.Name}'");

    private static readonly Func<PyNumberMethods, BinaryFunc?> s_add = static n => n.NbAdd;
    private static readonly Func<PyNumberMethods, BinaryFunc?> s_sub = static n => n.NbSubtract;
    private static readonly Func<PyNumberMethods, BinaryFunc?> s_mul = static n => n.NbMultiply;
    private static readonly Func<PyNumberMethods, BinaryFunc?> s_mod = static n => n.NbRemainder;
    private static readonly Func<PyNumberMethods, BinaryFunc?> s_divmod = static n => n.NbDivmod;
    private static readonly Func<PyNumberMethods, BinaryFunc?> s_lshift = static n => n.NbLshift;
    private static readonly Func<PyNumberMethods, BinaryFunc?> s_rshift = static n => n.NbRshift;
    private static readonly Func<PyNumberMethods, BinaryFunc?> s_and = static n => n.NbAnd;
    private static readonly Func<PyNumberMethods, BinaryFunc?> s_xor = static n => n.NbXor;
    private static readonly Func<PyNumberMethods, BinaryFunc?> s_or = static n => n.NbOr;
    private static readonly Func<PyNumberMethods, BinaryFunc?> s_floordiv = static n => n.NbFloorDivide;
    private static readonly Func<PyNumberMethods, BinaryFunc?> s_truediv = static n => n.NbTrueDivide;
    private static readonly Func<PyNumberMethods, BinaryFunc?> s_matmul = static n => n.NbMatrixMultiply;

    /// <summary>v + w (C: <c>PyNumber_Add</c>): numbers, then sequence concatenation.</summary>
    public static PyObject? Add(PyObject v, PyObject w)
    {
        PyObject? result = BinaryOp1(v, w, s_add);
        if (result != Py.NotImplemented)
        {
            return result;
        }
        if (v.ObType.TpAsSequence?.SqConcat is { } concat)
        {
            return concat(v, w);
        }
        return BinopTypeError(v, w, "+");
    }

    /// <summary>v - w.</summary>
    public static PyObject? Subtract(PyObject v, PyObject w) => BinaryOp(v, w, s_sub, "-");

    /// <summary>v * w (C: <c>PyNumber_Multiply</c>): numbers, then sequence repetition on either side.</summary>
    public static PyObject? Multiply(PyObject v, PyObject w)
    {
        PyObject? result = BinaryOp1(v, w, s_mul);
        if (result != Py.NotImplemented)
        {
            return result;
        }
        SsizeArgFunc? mv = v.ObType.TpAsSequence?.SqRepeat, mw = w.ObType.TpAsSequence?.SqRepeat;
        if (mv is not null)
        {
            return SequenceRepeat(mv, v, w);
        }
        if (mw is not null)
        {
            return SequenceRepeat(mw, w, v);
        }
        return BinopTypeError(v, w, "*");
    }

    private static PyObject? SequenceRepeat(SsizeArgFunc repeat, PyObject seq, PyObject n)
    {
        if (n.ObType.TpAsNumber?.NbIndex is null)
        {
            return PyErr.SetString(PyExc.TypeError, $"can't multiply sequence by non-int of type '{n.ObType.Name}'");
        }
        long count = AsSsize(n, PyExc.OverflowError);
        return count == -1 && PyErr.Occurred() ? null : repeat(seq, count);
    }

    /// <summary>v % w.</summary>
    public static PyObject? Remainder(PyObject v, PyObject w) => BinaryOp(v, w, s_mod, "%");

    /// <summary>divmod(v, w).</summary>
    public static PyObject? Divmod(PyObject v, PyObject w) => BinaryOp(v, w, s_divmod, "divmod()");

    /// <summary>v &lt;&lt; w.</summary>
    public static PyObject? Lshift(PyObject v, PyObject w) => BinaryOp(v, w, s_lshift, "<<");

    /// <summary>v &gt;&gt; w.</summary>
    public static PyObject? Rshift(PyObject v, PyObject w) => BinaryOp(v, w, s_rshift, ">>");

    /// <summary>v &amp; w.</summary>
    public static PyObject? And(PyObject v, PyObject w) => BinaryOp(v, w, s_and, "&");

    /// <summary>v ^ w.</summary>
    public static PyObject? Xor(PyObject v, PyObject w) => BinaryOp(v, w, s_xor, "^");

    /// <summary>v | w.</summary>
    public static PyObject? Or(PyObject v, PyObject w) => BinaryOp(v, w, s_or, "|");

    /// <summary>v // w.</summary>
    public static PyObject? FloorDivide(PyObject v, PyObject w) => BinaryOp(v, w, s_floordiv, "//");

    /// <summary>v / w.</summary>
    public static PyObject? TrueDivide(PyObject v, PyObject w) => BinaryOp(v, w, s_truediv, "/");

    /// <summary>v @ w.</summary>
    public static PyObject? MatrixMultiply(PyObject v, PyObject w) => BinaryOp(v, w, s_matmul, "@");

    #region power
    /// <summary>pow(v, w, z), z None for two arguments (C: <c>PyNumber_Power</c>).</summary>
    public static PyObject? Power(PyObject v, PyObject w, PyObject z) => TernaryOp(v, w, z, "** or pow()");

    /// <summary>v's slot, then w's (first when w's type is a proper subtype), then z's (C: <c>ternary_op</c>).
    /// <paramref name="opName"/> only names the operator when all of them decline.</summary>
    private static PyObject? TernaryOp(PyObject v, PyObject w, PyObject z, string opName)
    {
        TernaryFunc? slotv = v.ObType.TpAsNumber?.NbPower;
        TernaryFunc? slotw = w.ObType != v.ObType ? w.ObType.TpAsNumber?.NbPower : null;
        if (slotw == slotv)
        {
            slotw = null;
        }
        PyObject? x;
        if (slotv is not null)
        {
            if (slotw is not null && w.ObType.IsSubtype(v.ObType))
            {
                x = slotw(v, w, z);
                if (x != Py.NotImplemented)
                {
                    return x;
                }
                slotw = null;
            }
            x = slotv(v, w, z);
            if (x != Py.NotImplemented)
            {
                return x;
            }
        }
        if (slotw is not null)
        {
            x = slotw(v, w, z);
            if (x != Py.NotImplemented)
            {
                return x;
            }
        }
        if (z != Py.None && z.ObType.TpAsNumber?.NbPower is { } slotz && slotz != slotv && slotz != slotw)
        {
            x = slotz(v, w, z);
            if (x != Py.NotImplemented)
            {
                return x;
            }
        }
        return z == Py.None
            ? PyErr.SetString(PyExc.TypeError, $"unsupported operand type(s) for {opName}: '{v.ObType.Name}' and '{w.ObType.Name}'")
            : PyErr.SetString(PyExc.TypeError, $"unsupported operand type(s) for {opName}: '{v.ObType.Name}', '{w.ObType.Name}', '{z.ObType.Name}'");
    }
    #endregion

    #region in-place
    /// <summary>v op= w (C: <c>binary_iop1</c>): the in-place slot of v first, then the plain operator.</summary>
    private static PyObject? InplaceOp(PyObject v, PyObject w, Func<PyNumberMethods, BinaryFunc?> islot,
        Func<PyNumberMethods, BinaryFunc?> slot, string opName)
    {
        if (v.ObType.TpAsNumber is { } nv && islot(nv) is { } f)
        {
            PyObject? x = f(v, w);
            if (x != Py.NotImplemented)
            {
                return x;
            }
        }
        PyObject? result = BinaryOp1(v, w, slot);
        return result == Py.NotImplemented ? BinopTypeError(v, w, opName) : result;
    }
    #endregion

    /// <summary>v += w: numbers, then in-place then plain sequence concatenation (C: <c>PyNumber_InPlaceAdd</c>).</summary>
    public static PyObject? InPlaceAdd(PyObject v, PyObject w)
    {
        if (v.ObType.TpAsNumber?.NbInplaceAdd is { } f)
        {
            PyObject? x = f(v, w);
            if (x != Py.NotImplemented)
            {
                return x;
            }
        }
        PyObject? result = BinaryOp1(v, w, s_add);
        if (result != Py.NotImplemented)
        {
            return result;
        }
        PySequenceMethods? sq = v.ObType.TpAsSequence;
        if (sq?.SqInplaceConcat is { } iconcat)
        {
            return iconcat(v, w);
        }
        if (sq?.SqConcat is { } concat)
        {
            return concat(v, w);
        }
        return BinopTypeError(v, w, "+=");
    }

    /// <summary>v *= w (C: <c>PyNumber_InPlaceMultiply</c>).</summary>
    public static PyObject? InPlaceMultiply(PyObject v, PyObject w)
    {
        if (v.ObType.TpAsNumber?.NbInplaceMultiply is { } f)
        {
            PyObject? x = f(v, w);
            if (x != Py.NotImplemented)
            {
                return x;
            }
        }
        PyObject? result = BinaryOp1(v, w, s_mul);
        if (result != Py.NotImplemented)
        {
            return result;
        }
        // As CPython: when the left operand's type has sequence methods at all (every heap type has them there),
        // the right operand is not repeated in its place, so `a *= [1]` is a TypeError for a class instance a.
        PySequenceMethods? sv = v.ObType.TpAsSequence;
        if (sv is not null || v.ObType.IsHeapType)
        {
            if ((sv?.SqInplaceRepeat ?? sv?.SqRepeat) is { } mv)
            {
                return SequenceRepeat(mv, v, w);
            }
        }
        else if (w.ObType.TpAsSequence?.SqRepeat is { } mw)
        {
            return SequenceRepeat(mw, w, v);
        }
        return BinopTypeError(v, w, "*=");
    }

    public static PyObject? InPlaceSubtract(PyObject v, PyObject w) => InplaceOp(v, w, static n => n.NbInplaceSubtract, s_sub, "-=");
    public static PyObject? InPlaceRemainder(PyObject v, PyObject w) => InplaceOp(v, w, static n => n.NbInplaceRemainder, s_mod, "%=");
    public static PyObject? InPlaceLshift(PyObject v, PyObject w) => InplaceOp(v, w, static n => n.NbInplaceLshift, s_lshift, "<<=");
    public static PyObject? InPlaceRshift(PyObject v, PyObject w) => InplaceOp(v, w, static n => n.NbInplaceRshift, s_rshift, ">>=");
    public static PyObject? InPlaceAnd(PyObject v, PyObject w) => InplaceOp(v, w, static n => n.NbInplaceAnd, s_and, "&=");
    public static PyObject? InPlaceXor(PyObject v, PyObject w) => InplaceOp(v, w, static n => n.NbInplaceXor, s_xor, "^=");
    public static PyObject? InPlaceOr(PyObject v, PyObject w) => InplaceOp(v, w, static n => n.NbInplaceOr, s_or, "|=");
    public static PyObject? InPlaceFloorDivide(PyObject v, PyObject w) => InplaceOp(v, w, static n => n.NbInplaceFloorDivide, s_floordiv, "//=");
    public static PyObject? InPlaceTrueDivide(PyObject v, PyObject w) => InplaceOp(v, w, static n => n.NbInplaceTrueDivide, s_truediv, "/=");
    public static PyObject? InPlaceMatrixMultiply(PyObject v, PyObject w) => InplaceOp(v, w, static n => n.NbInplaceMatrixMultiply, s_matmul, "@=");

    /// <summary>v **= w (C: <c>PyNumber_InPlacePower</c>).</summary>
    public static PyObject? InPlacePower(PyObject v, PyObject w, PyObject z)
    {
        if (v.ObType.TpAsNumber?.NbInplacePower is { } f)
        {
            PyObject? x = f(v, w, z);
            if (x != Py.NotImplemented)
            {
                return x;
            }
        }
        // The operator's name travels down so that a TypeError raised by a __pow__ itself is left alone
        // (C: ternary_iop).
        return TernaryOp(v, w, z, "**=");
    }

    #region unary
    private static PyObject? Unary(PyObject o, UnaryFunc? f, string what) =>
        f is not null ? f(o) : PyErr.SetString(PyExc.TypeError, $"bad operand type for {what}: '{o.ObType.Name}'");

    /// <summary>-o.</summary>
    public static PyObject? Negative(PyObject o) => Unary(o, o.ObType.TpAsNumber?.NbNegative, "unary -");

    /// <summary>+o.</summary>
    public static PyObject? Positive(PyObject o) => Unary(o, o.ObType.TpAsNumber?.NbPositive, "unary +");

    /// <summary>~o.</summary>
    public static PyObject? Invert(PyObject o) => Unary(o, o.ObType.TpAsNumber?.NbInvert, "unary ~");

    /// <summary>abs(o).</summary>
    public static PyObject? Absolute(PyObject o) => Unary(o, o.ObType.TpAsNumber?.NbAbsolute, "abs()");
    #endregion

    #region index
    /// <summary>o.__index__() as an exact int (C: <c>PyNumber_Index</c>). An int subclass is already an index: its value
    /// is taken as it is, even if the subclass overrides <c>__index__</c>.</summary>
    public static PyObject? Index(PyObject o)
    {
        if (o.ObType == PyLongObject.Type)
        {
            return o.NewRef();
        }
        if (o is PyLongObject subclassValue)
        {
            return PyLongObject.FromBigInteger(subclassValue.Value);
        }
        UnaryFunc? f = o.ObType.TpAsNumber?.NbIndex;
        if (f is null)
        {
            return PyErr.SetString(PyExc.TypeError, $"'{o.ObType.Name}' object cannot be interpreted as an integer");
        }
        PyObject? result = f(o);
        if (result is null || result.ObType == PyLongObject.Type)
        {
            return result;
        }
        if (result is not PyLongObject sub)
        {
            string name = result.ObType.Name;
            result.DecRef();
            return PyErr.SetString(PyExc.TypeError, $"__index__ returned non-int (type {name})");
        }
        PyLongObject exact = PyLongObject.FromBigInteger(sub.Value);
        result.DecRef();
        return exact;
    }
    #endregion

    /// <summary>o as an index (C: <c>PyNumber_AsSsize_t</c>): with <paramref name="overflow"/> null a too-large value
    /// clamps; otherwise it raises that type. Returns -1 with an error set on failure.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long AsSsize(PyObject o, PyTypeObject? overflow)
    {
        if (o is PyLongObject { IsCompact: true } small)
        {
            return small.CompactValue;
        }
        return AsSsizeSlow(o, overflow);
    }

    private static long AsSsizeSlow(PyObject o, PyTypeObject? overflow)
    {
        PyObject? value = Index(o);
        if (value is null)
        {
            return -1;
        }
        // The message names the object that was converted: "cannot fit 'Big' into an index-sized integer".
        long result = ((PyLongObject)value).AsSsize(overflow, o.ObType.Name);
        value.DecRef();
        return result;
    }

    /// <summary>An index for seq[key] with CPython's message for a bad key type:
    /// "list indices must be integers or slices, not str".</summary>
    public static long AsIndexForSubscript(PyObject key, string typeName)
    {
        if (key is PyLongObject { IsCompact: true } small)
        {
            return small.CompactValue;
        }
        if (key.ObType.TpAsNumber?.NbIndex is null)
        {
            PyErr.SetString(PyExc.TypeError, $"{typeName} indices must be integers or slices, not {key.ObType.Name}");
            return -1;
        }
        return AsSsize(key, PyExc.IndexError);
    }

    #region long-float
    /// <summary>int(o) (C: <c>PyNumber_Long</c>).</summary>
    public static PyObject? Long(PyObject o)
    {
        if (o.ObType == PyLongObject.Type)
        {
            return o.NewRef();
        }
        PyNumberMethods? nb = o.ObType.TpAsNumber;
        if (nb?.NbInt is { } nbInt)
        {
            PyObject? result = nbInt(o);
            if (result is null || result.ObType == PyLongObject.Type)
            {
                return result;
            }
            if (result is not PyLongObject sub)
            {
                string name = result.ObType.Name;
                result.DecRef();
                return PyErr.SetString(PyExc.TypeError, $"__int__ returned non-int (type {name})");
            }
            PyLongObject exact = PyLongObject.FromBigInteger(sub.Value);
            result.DecRef();
            return exact;
        }
        if (nb?.NbIndex is not null)
        {
            return Index(o);
        }
        if (o is PyUnicodeObject s)
        {
            return PyLongObject.FromUnicode(s.Value, 10);
        }
        if (o is PyBytesObject or PyByteArrayObject)
        {
            return PyLongObject.FromBytesText(PyBytesObject.BytesLikeSpan(o), 10);
        }
        if (PyBuffer.Check(o))
        {
            // Any other buffer, a memoryview say, is read as bytes.
            PyBuffer? view = PyBuffer.Get(o, BufferFlags.Simple);
            if (view is null)
            {
                return null;
            }
            PyObject? result = PyLongObject.FromBytesText(view.Span, 10);
            view.Release();
            return result;
        }
        return PyErr.SetString(PyExc.TypeError,
            $"int() argument must be a string, a bytes-like object or a real number, not '{o.ObType.Name}'");
    }

    /// <summary>float(o) (C: <c>PyNumber_Float</c>): <c>__float__</c>, else <c>__index__</c>, else text in a str or
    /// a buffer.</summary>
    public static PyObject? Float(PyObject o)
    {
        if (o.ObType == PyFloatObject.Type)
        {
            return o.NewRef();
        }
        PyNumberMethods? nb = o.ObType.TpAsNumber;
        if (nb?.NbFloat is { } nbFloat)
        {
            PyObject? result = nbFloat(o);
            if (result is null || result.ObType == PyFloatObject.Type)
            {
                return result;
            }
            if (result is not PyFloatObject sub)
            {
                string name = result.ObType.Name;
                result.DecRef();
                return PyErr.SetString(PyExc.TypeError, $"{o.ObType.Name}.__float__ returned non-float (type {name})");
            }
            PyFloatObject exact = PyFloatObject.FromDouble(sub.Value);
            result.DecRef();
            return exact;
        }
        if (nb?.NbIndex is not null)
        {
            PyObject? index = Index(o);
            if (index is null)
            {
                return null;
            }
            bool ok = ((PyLongObject)index).TryToDouble(out double d);
            index.DecRef();
            return ok ? PyFloatObject.FromDouble(d) : null;
        }
        if (o is PyFloatObject f)
        {
            return PyFloatObject.FromDouble(f.Value);
        }
        if (o is PyUnicodeObject s)
        {
            return PyFloatObject.FromText(s.Value, s);
        }
        if (PyBuffer.Check(o))
        {
            // bytes, bytearray, a memoryview or any other buffer is read as text (C: PyFloat_FromString).
            PyBuffer? view = PyBuffer.Get(o, BufferFlags.Simple);
            if (view is null)
            {
                return null;
            }
            PyObject? result = PyFloatObject.FromBytesText(view.Span, o);
            view.Release();
            return result;
        }
        return PyErr.SetString(PyExc.TypeError,
            $"float() argument must be a string or a real number, not '{o.ObType.Name}'");
    }
    #endregion

    /// <summary>Whether the object supports the number protocol (C: <c>PyNumber_Check</c>).</summary>
    public static bool Check(PyObject o) =>
        o.ObType.TpAsNumber is { } nb && (nb.NbIndex is not null || nb.NbInt is not null || nb.NbFloat is not null);
}
