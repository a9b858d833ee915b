// Objects/typeobject.c: the wrap_* functions — how a slot wrapper calls its slot.
//
// `int.__add__(1, 2)` reaches the nb_add slot through wrap_binaryfunc_l; `(2).__radd__(1)` through
// wrap_binaryfunc_r, which swaps the operands. Each wrapper checks the argument count with
// CPython's message ("expected 1 argument, got 0") and converts the slot's C-style result (an int,
// a length, a null that means "exhausted") back into a Python object or exception.
namespace Reference.Objects;

internal static class SlotWrappers
{
    private static bool CheckArgs(ReadOnlySpan<PyObject> args, int n)
    {
        if (args.Length == n)
        {
            return true;
        }
        PyErr.SetString(PyExc.TypeError, $"expected {n} argument{(n == 1 ? "" : "s")}, got {args.Length}");
        return false;
    }

    public static readonly WrapperFunc Unary = static (self, args, _, f, _) =>
        CheckArgs(args, 0) ? ((Delegate)f) switch
        {
            UnaryFunc u => u(self),
            ReprFunc r => r(self),
            GetIterFunc g => g(self),
            _ => null,
        } : null;

    public static readonly WrapperFunc BinaryL = static (self, args, _, f, _) =>
        CheckArgs(args, 1) ? ((BinaryFunc)f)(self, args[0]) : null;

    /// <summary>The sequence form of a binary wrapper (C: <c>wrap_binaryfunc</c>): it behaves as BinaryL but is a
    /// different wrapper, so that a class never takes sq_concat's function for nb_add.</summary>
    public static readonly WrapperFunc Binary = static (self, args, _, f, _) =>
        CheckArgs(args, 1) ? ((BinaryFunc)f)(self, args[0]) : null;

    public static readonly WrapperFunc BinaryR = static (self, args, _, f, _) =>
        CheckArgs(args, 1) ? ((BinaryFunc)f)(args[0], self) : null;

    public static readonly WrapperFunc Ternary = static (self, args, _, f, _) =>
        CheckTernary(args) ? ((TernaryFunc)f)(self, args[0], args.Length > 1 ? args[1] : Py.None) : null;

    public static readonly WrapperFunc TernaryR = static (self, args, _, f, _) =>
        CheckTernary(args) ? ((TernaryFunc)f)(args[0], self, args.Length > 1 ? args[1] : Py.None) : null;

    public static readonly WrapperFunc InplacePower = static (self, args, _, f, _) =>
        CheckTernary(args) ? ((TernaryFunc)f)(self, args[0], args.Length > 1 ? args[1] : Py.None) : null;

    private static bool CheckTernary(ReadOnlySpan<PyObject> args)
    {
        if (args.Length is 1 or 2)
        {
            return true;
        }
        PyErr.SetString(PyExc.TypeError, $"expected 1 or 2 arguments, got {args.Length}");
        return false;
    }

    public static readonly WrapperFunc InquiryPred = static (self, args, _, f, _) =>
    {
        if (!CheckArgs(args, 0))
        {
            return null;
        }
        int r = ((Inquiry)f)(self);
        return r < 0 ? null : Py.Bool(r > 0);
    };

    public static readonly WrapperFunc Len = static (self, args, _, f, _) =>
    {
        if (!CheckArgs(args, 0))
        {
            return null;
        }
        long n = ((LenFunc)f)(self);
        return n < 0 && PyErr.Occurred() ? null : PyLongObject.FromLong(n);
    };

    public static readonly WrapperFunc Hash = static (self, args, _, f, _) =>
    {
        if (!CheckArgs(args, 0))
        {
            return null;
        }
        long h = ((HashFunc)f)(self);
        return h == -1 && PyErr.Occurred() ? null : PyLongObject.FromLong(h);
    };

    public static readonly WrapperFunc Call = static (self, args, kwargs, f, _) =>
    {
        PyTupleObject tuple = PyTupleObject.FromSpan(args);
        PyObject? r = ((CallFunc)f)(self, tuple, kwargs);
        tuple.DecRef();
        return r;
    };

    public static readonly WrapperFunc Init = static (self, args, kwargs, f, _) =>
    {
        PyTupleObject tuple = PyTupleObject.FromSpan(args);
        int r = ((InitProc)f)(self, tuple, kwargs);
        tuple.DecRef();
        return r < 0 ? null : Py.ReturnNone;
    };

    public static readonly WrapperFunc Del = static (self, args, _, f, _) =>
    {
        if (!CheckArgs(args, 0))
        {
            return null;
        }
        ((Destructor)f)(self);
        return PyErr.Occurred() ? null : Py.ReturnNone;
    };

    public static readonly WrapperFunc RichCompare = static (self, args, _, f, def) =>
        CheckArgs(args, 1) ? ((RichCmpFunc)f)(self, args[0], def.Op) : null;

    public static readonly WrapperFunc Next = static (self, args, _, f, _) =>
    {
        if (!CheckArgs(args, 0))
        {
            return null;
        }
        PyObject? r = ((IterNextFunc)f)(self);
        if (r is null && !PyErr.Occurred())
        {
            PyErr.SetNone(PyExc.StopIteration);
        }
        return r;
    };

    public static readonly WrapperFunc DescrGet = static (self, args, _, f, _) =>
    {
        if (!CheckTernary(args))
        {
            return null;
        }
        PyObject? obj = args[0] == Py.None ? null : args[0];
        PyObject? type = args.Length > 1 && args[1] != Py.None ? args[1] : null;
        if (obj is null && type is null)
        {
            return PyErr.SetString(PyExc.TypeError, "__get__(None, None) is invalid");
        }
        return ((DescrGetFunc)f)(self, obj, type);
    };

    public static readonly WrapperFunc DescrSet = static (self, args, _, f, _) =>
        CheckArgs(args, 2) ? ToNone(((DescrSetFunc)f)(self, args[0], args[1])) : null;

    public static readonly WrapperFunc DescrDelete = static (self, args, _, f, _) =>
        CheckArgs(args, 1) ? ToNone(((DescrSetFunc)f)(self, args[0], null)) : null;

    public static readonly WrapperFunc GetAttr = static (self, args, _, f, _) =>
    {
        if (!CheckArgs(args, 1))
        {
            return null;
        }
        if (args[0] is not PyUnicodeObject name)
        {
            return PyErr.SetString(PyExc.TypeError, $"attribute name must be string, not '{args[0].ObType.Name}'");
        }
        return ((GetAttroFunc)f)(self, name);
    };

    public static readonly WrapperFunc SetAttr = static (self, args, _, f, _) =>
    {
        if (!CheckArgs(args, 2) || !HackCheck(self, f, "__setattr__"))
        {
            return null;
        }
        if (args[0] is not PyUnicodeObject name)
        {
            return PyErr.SetString(PyExc.TypeError, $"attribute name must be string, not '{args[0].ObType.Name}'");
        }
        return ToNone(((SetAttroFunc)f)(self, name, args[1]));
    };

    public static readonly WrapperFunc DelAttr = static (self, args, _, f, _) =>
    {
        if (!CheckArgs(args, 1) || !HackCheck(self, f, "__delattr__"))
        {
            return null;
        }
        if (args[0] is not PyUnicodeObject name)
        {
            return PyErr.SetString(PyExc.TypeError, $"attribute name must be string, not '{args[0].ObType.Name}'");
        }
        return ToNone(((SetAttroFunc)f)(self, name, null));
    };

    /// <summary>Refuses object.__setattr__(int_instance, ...) — applying a base's setattr that would bypass the
    /// type's own (C: <c>hackcheck</c>): "can't apply this __setattr__ to int object".</summary>
    private static bool HackCheck(PyObject self, Delegate f, string what)
    {
        PyTypeObject? t = self.ObType;
        while (t is not null && t.IsHeapType)
        {
            t = t.TpBase;
        }
        if (t is not null && t.TpSetAttro is { } own && !Equals(own, f))
        {
            PyErr.SetString(PyExc.TypeError, $"can't apply this {what} to {t.Name} object");
            return false;
        }
        return true;
    }

    public static readonly WrapperFunc ObjObjArg = static (self, args, _, f, _) =>
        CheckArgs(args, 2) ? ToNone(((ObjObjArgProc)f)(self, args[0], args[1])) : null;

    public static readonly WrapperFunc DelItem = static (self, args, _, f, _) =>
        CheckArgs(args, 1) ? ToNone(((ObjObjArgProc)f)(self, args[0], null)) : null;

    public static readonly WrapperFunc ObjObj = static (self, args, _, f, _) =>
    {
        if (!CheckArgs(args, 1))
        {
            return null;
        }
        int r = ((ObjObjProc)f)(self, args[0]);
        return r < 0 ? null : Py.Bool(r > 0);
    };

    public static readonly WrapperFunc IndexArg = static (self, args, _, f, _) =>
    {
        if (!CheckArgs(args, 1))
        {
            return null;
        }
        long n = PyNumber.AsSsize(args[0], PyExc.OverflowError);
        return n == -1 && PyErr.Occurred() ? null : ((SsizeArgFunc)f)(self, n);
    };

    public static readonly WrapperFunc SqItem = static (self, args, _, f, _) =>
    {
        if (!CheckArgs(args, 1))
        {
            return null;
        }
        long i = SequenceIndex(self, args[0]);
        return i == -1 && PyErr.Occurred() ? null : ((SsizeArgFunc)f)(self, i);
    };

    public static readonly WrapperFunc SqSetItem = static (self, args, _, f, _) =>
    {
        if (!CheckArgs(args, 2))
        {
            return null;
        }
        long i = SequenceIndex(self, args[0]);
        return i == -1 && PyErr.Occurred() ? null : ToNone(((SsizeObjArgProc)f)(self, i, args[1]));
    };

    public static readonly WrapperFunc SqDelItem = static (self, args, _, f, _) =>
    {
        if (!CheckArgs(args, 1))
        {
            return null;
        }
        long i = SequenceIndex(self, args[0]);
        return i == -1 && PyErr.Occurred() ? null : ToNone(((SsizeObjArgProc)f)(self, i, null));
    };

    /// <summary>An index argument, adjusted by the length when negative (C: <c>getindex</c>).</summary>
    private static long SequenceIndex(PyObject self, PyObject arg)
    {
        long i = PyNumber.AsSsize(arg, PyExc.OverflowError);
        if (i == -1 && PyErr.Occurred())
        {
            return -1;
        }
        if (i < 0 && self.ObType.TpAsSequence?.SqLength is { } len)
        {
            long n = len(self);
            if (n < 0)
            {
                return -1;
            }
            i += n;
        }
        return i;
    }

    private static PyObject? ToNone(int r) => r < 0 ? null : Py.ReturnNone;
}
