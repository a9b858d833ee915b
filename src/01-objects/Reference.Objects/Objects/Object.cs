// Objects/object.c: the generic operations every object supports.
//
// These are the functions the rest of the runtime calls instead of reaching into slots itself:
// PyObject_Repr, PyObject_RichCompare, PyObject_Hash, PyObject_IsTrue, PyObject_GetAttr. Each one
// finds the slot on the object's type, calls it, and turns a missing slot into CPython's error.
// They are static members of PyObject so that `PyObject.Repr(o)` reads as `PyObject_Repr(o)`.
namespace Reference.Objects;

public partial class PyObject
{
    #region repr-str
    /// <summary>repr(o) (C: <c>PyObject_Repr</c>). The result is always an exact or sub-class str.</summary>
    public static PyObject? Repr(PyObject o)
    {
        ReprFunc? repr = o.ObType.TpRepr;
        if (repr is null)
        {
            return PyUnicodeObject.FromString($"<{o.ObType.Name} object at 0x{o.Id:x}>");
        }
        if (PyErr.EnterRecursiveCall(" while getting the repr of an object"))
        {
            return null;
        }
        PyObject? result = repr(o);
        PyErr.LeaveRecursiveCall();
        return CheckStrResult(result, "__repr__");
    }

    /// <summary>str(o) (C: <c>PyObject_Str</c>).</summary>
    public static PyObject? Str(PyObject o)
    {
        if (o.ObType == PyUnicodeObject.Type)
        {
            o.IncRef();
            return o;
        }
        ReprFunc? str = o.ObType.TpStr;
        if (str is null)
        {
            return Repr(o);
        }
        if (PyErr.EnterRecursiveCall(" while getting the str of an object"))
        {
            return null;
        }
        PyObject? result = str(o);
        PyErr.LeaveRecursiveCall();
        return CheckStrResult(result, "__str__");
    }
    #endregion

    private static PyObject? CheckStrResult(PyObject? result, string method)
    {
        if (result is null || result is PyUnicodeObject)
        {
            return result;
        }
        string name = result.ObType.Name;
        result.DecRef();
        return PyErr.SetString(PyExc.TypeError, $"{method} returned non-string (type {name})");
    }

    /// <summary>ascii(o) (C: <c>PyObject_ASCII</c>): repr with non-ASCII characters escaped.</summary>
    public static PyObject? Ascii(PyObject o)
    {
        PyObject? repr = Repr(o);
        if (repr is null)
        {
            return null;
        }
        string text = ((PyUnicodeObject)repr).Value;
        repr.DecRef();
        return PyUnicodeObject.FromString(UnicodeRepr.EscapeNonAscii(text));
    }

    /// <summary>repr(o) as a C# string, or null with an error set.</summary>
    public static string? ReprToString(PyObject o)
    {
        PyObject? repr = Repr(o);
        if (repr is null)
        {
            return null;
        }
        string text = ((PyUnicodeObject)repr).Value;
        repr.DecRef();
        return text;
    }

    /// <summary>str(o) as a C# string, or null with an error set.</summary>
    public static string? StrToString(PyObject o)
    {
        PyObject? str = Str(o);
        if (str is null)
        {
            return null;
        }
        string text = ((PyUnicodeObject)str).Value;
        str.DecRef();
        return text;
    }

    #region hash
    /// <summary>hash(o) (C: <c>PyObject_Hash</c>): -1 with an error set on failure.</summary>
    public static long Hash(PyObject o)
    {
        HashFunc? hash = o.ObType.TpHash;
        if (hash is null)
        {
            o.ObType.EnsureReady();
            hash = o.ObType.TpHash ?? HashNotImplemented;
        }
        return hash(o);
    }

    /// <summary>The hash slot of unhashable types (C: <c>PyObject_HashNotImplemented</c>).</summary>
    public static long HashNotImplemented(PyObject o)
    {
        PyErr.SetString(PyExc.TypeError, $"unhashable type: '{o.ObType.Name}'");
        return -1;
    }
    #endregion

    /// <summary>The identity hash of <c>object.__hash__</c> (C: <c>Py_HashPointer</c>): the id rotated by 4 bits,
    /// as CPython rotates the address.</summary>
    public static long HashPointer(PyObject o)
    {
        ulong y = (ulong)o.Id;
        long h = (long)((y >> 4) | (y << 60));
        return h == -1 ? -2 : h;
    }

    #region rich-compare
    /// <summary>The operator spelled as in messages, indexed by <see cref="CompareOp"/>.</summary>
    private static readonly string[] s_opStrings = ["<", "<=", "==", "!=", ">", ">="];

    /// <summary>The operator with its operands swapped (C: <c>_Py_SwappedOp</c>).</summary>
    public static CompareOp SwappedOp(CompareOp op) => op switch
    {
        CompareOp.Lt => CompareOp.Gt,
        CompareOp.Le => CompareOp.Ge,
        CompareOp.Gt => CompareOp.Lt,
        CompareOp.Ge => CompareOp.Le,
        _ => op,
    };

    /// <summary>v op w (C: <c>PyObject_RichCompare</c>). Tries the reflected operation first when w's type is a
    /// proper subtype of v's that overrides the comparison; == and != fall back to identity.</summary>
    public static PyObject? RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (PyErr.EnterRecursiveCall(" in comparison"))
        {
            return null;
        }
        PyObject? result = DoRichCompare(v, w, op);
        PyErr.LeaveRecursiveCall();
        return result;
    }

    private static PyObject? DoRichCompare(PyObject v, PyObject w, CompareOp op)
    {
        PyTypeObject vt = v.ObType, wt = w.ObType;
        bool checkedReverse = false;
        RichCmpFunc? f;
        if (vt != wt && wt.IsSubtype(vt) && (f = wt.TpRichCompare) is not null)
        {
            checkedReverse = true;
            PyObject? r = f(w, v, SwappedOp(op));
            if (r != Py.NotImplemented)
            {
                return r;
            }
        }
        if ((f = vt.TpRichCompare) is not null)
        {
            PyObject? r = f(v, w, op);
            if (r != Py.NotImplemented)
            {
                return r;
            }
        }
        if (!checkedReverse && (f = wt.TpRichCompare) is not null)
        {
            PyObject? r = f(w, v, SwappedOp(op));
            if (r != Py.NotImplemented)
            {
                return r;
            }
        }
        switch (op)
        {
            case CompareOp.Eq:
                return Py.Bool(v == w);
            case CompareOp.Ne:
                return Py.Bool(v != w);
            default:
                return PyErr.SetString(PyExc.TypeError,
                    $"'{s_opStrings[(int)op]}' not supported between instances of '{vt.Name}' and '{wt.Name}'");
        }
    }
    #endregion

    /// <summary>v op w as a truth value: 1, 0, or -1 with an error (C: <c>PyObject_RichCompareBool</c>). Identity
    /// implies equality here, as in every CPython container.</summary>
    public static int RichCompareBool(PyObject v, PyObject w, CompareOp op)
    {
        if (v == w)
        {
            if (op == CompareOp.Eq)
            {
                return 1;
            }
            if (op == CompareOp.Ne)
            {
                return 0;
            }
        }
        PyObject? res = RichCompare(v, w, op);
        if (res is null)
        {
            return -1;
        }
        int ok = res == PyBoolObject.True ? 1 : res == PyBoolObject.False ? 0 : IsTrue(res);
        res.DecRef();
        return ok;
    }

    #region is-true
    /// <summary>bool(o): 1, 0, or -1 with an error (C: <c>PyObject_IsTrue</c>). Uses <c>__bool__</c>, then
    /// <c>__len__</c>; objects with neither are true.</summary>
    public static int IsTrue(PyObject o)
    {
        if (o == PyBoolObject.True)
        {
            return 1;
        }
        if (o == PyBoolObject.False || o == PyNone.None)
        {
            return 0;
        }
        PyTypeObject t = o.ObType;
        long res;
        if (t.TpAsNumber?.NbBool is { } nbBool)
        {
            res = nbBool(o);
        }
        else if (t.TpAsMapping?.MpLength is { } mpLength)
        {
            res = mpLength(o);
        }
        else if (t.TpAsSequence?.SqLength is { } sqLength)
        {
            res = sqLength(o);
        }
        else
        {
            return 1;
        }
        return res > 0 ? 1 : (int)res;
    }
    #endregion

    /// <summary>not o: 1, 0 or -1 (C: <c>PyObject_Not</c>).</summary>
    public static int Not(PyObject o)
    {
        int r = IsTrue(o);
        return r < 0 ? r : r == 0 ? 1 : 0;
    }

    /// <summary>callable(o) (C: <c>PyCallable_Check</c>).</summary>
    public static bool IsCallable(PyObject o) => o.ObType.TpCall is not null;

    /// <summary>isinstance(o, t) for a type, ignoring <c>__instancecheck__</c> (C: <c>PyObject_TypeCheck</c>).</summary>
    public static bool TypeCheck(PyObject o, PyTypeObject t) => o.ObType == t || o.ObType.IsSubtype(t);

    /// <summary>An iterator's <c>__iter__</c>: returns itself (C: <c>PyObject_SelfIter</c>).</summary>
    public static PyObject? SelfIter(PyObject o)
    {
        o.IncRef();
        return o;
    }
}
