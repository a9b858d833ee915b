// Objects/boolobject.c: bool — a subclass of int with exactly two instances.
//
// True and False are immortal and are also ints 1 and 0: True + True == 2 and hash(True) == hash(1).
// &, | and ^ of two bools give a bool; with any other int they give an int.
namespace Reference.Objects;

/// <summary>bool (C: <c>PyBool_Type</c>); its two instances are <see cref="True"/> and <see cref="False"/>.</summary>
public sealed class PyBoolObject : PyLongObject
{
    /// <summary>The type; it cannot be subclassed.</summary>
    public static new readonly PyTypeObject Type = new("bool", PyLongObject.Type, TypeFlags.LongSubclass)
    {
        TpDoc = "Returns True when the argument is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.",
        TpRepr = static o => PyUnicodeObject.InternStatic(o == True ? "True" : "False"),
        TpNew = BoolNew,
        TpVectorcall = BoolVectorcall,
        TpAsNumber = new PyNumberMethods
        {
            NbAnd = static (a, b) => Logical(a, b, static (x, y) => x & y, PyLongObject.Type.TpAsNumber!.NbAnd!),
            NbOr = static (a, b) => Logical(a, b, static (x, y) => x | y, PyLongObject.Type.TpAsNumber!.NbOr!),
            NbXor = static (a, b) => Logical(a, b, static (x, y) => x ^ y, PyLongObject.Type.TpAsNumber!.NbXor!),
            // ~True is -2, int's inversion. CPython 3.12+ gives bool its own slot to warn that this is deprecated;
            // chapter 1 has no warnings machinery, so the slot only gives bool its own __invert__ as CPython does.
            NbInvert = static o => PyLongObject.Type.TpAsNumber!.NbInvert!(o),
        },
    };

    /// <summary>The singleton True (C: <c>Py_True</c>).</summary>
    public static readonly PyBoolObject True = new(1);

    /// <summary>The singleton False (C: <c>Py_False</c>).</summary>
    public static readonly PyBoolObject False = new(0);

    private PyBoolObject(long value)
        : base(Type, value, default(ImmortalTag))
    {
    }

    private static PyObject? Logical(PyObject a, PyObject b, Func<bool, bool, bool> op, BinaryFunc intOp)
    {
        if (a is PyBoolObject x && b is PyBoolObject y)
        {
            return Py.Bool(op(x == True, y == True));
        }
        return intOp(a, b);
    }

    private static PyObject? BoolNew(PyTypeObject type, PyTupleObject args, PyDictObject? kwargs)
    {
        if (!GetArgs.NoKeywords("bool", kwargs))
        {
            return null;
        }
        return BoolVectorcall(type, args.ItemsBorrowed, null);
    }

    private static PyObject? BoolVectorcall(PyObject type, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames)
    {
        if (!GetArgs.NoKwnames("bool", kwnames) || !GetArgs.CheckPositional("bool", args.Length, 0, 1))
        {
            return null;
        }
        if (args.Length == 0)
        {
            return False;
        }
        int ok = IsTrue(args[0]);
        return ok < 0 ? null : Py.Bool(ok > 0);
    }
}
