// Objects/sliceobject.c: slice objects and the index arithmetic every sequence shares.
//
// seq[a:b:c] passes slice(a, b, c) to the sequence, which turns it into concrete indices for its
// length with GetIndices: missing bounds default by the sign of the step, negative bounds count
// from the end, and everything is clamped — so slicing never raises for out-of-range bounds.
using System.Numerics;

namespace Reference.Objects;

/// <summary>A slice (C: <c>PySliceObject</c>).</summary>
public sealed class PySliceObject : PyObject
{
    /// <summary>The type (C: <c>PySlice_Type</c>).</summary>
    public static readonly PyTypeObject Type = new("slice", null, TypeFlags.HaveGc)
    {
        TpDoc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
        TpNew = SliceNew,
        TpRepr = SliceRepr,
        TpHash = SliceHash,
        TpRichCompare = SliceRichCompare,
        TpGetAttro = GenericGetAttrFunc,
        TpMethods =
        [
            PyMethodDef.O("indices", Indices),
            PyMethodDef.NoArgs("__reduce__", static (o, _) =>
            {
                var s = (PySliceObject)o;
                return PyTupleObject.FromArraySteal([o.ObType.NewRef(), PyTupleObject.FromSpan([s.Start, s.Stop, s.Step])]);
            }),
        ],
        TpGetSet =
        [
            new("start", static o => ((PySliceObject)o).Start.NewRef(), ReadOnlyMember),
            new("stop", static o => ((PySliceObject)o).Stop.NewRef(), ReadOnlyMember),
            new("step", static o => ((PySliceObject)o).Step.NewRef(), ReadOnlyMember),
        ],
    };

    /// <summary>The setter of a read-only member (C: a <c>PyMemberDef</c> flagged <c>READONLY</c>): setting or
    /// deleting raises "readonly attribute".</summary>
    internal static int ReadOnlyMember(PyObject self, PyObject? value)
    {
        PyErr.SetString(PyExc.AttributeError, "readonly attribute");
        return -1;
    }

    /// <summary>The bounds as given (owned); None when omitted.</summary>
    public PyObject Start { get; private set; }

    /// <summary>The stop bound.</summary>
    public PyObject Stop { get; private set; }

    /// <summary>The step.</summary>
    public PyObject Step { get; private set; }

    private PySliceObject(PyObject start, PyObject stop, PyObject step)
        : base(Type)
    {
        Start = start.NewRef();
        Stop = stop.NewRef();
        Step = step.NewRef();
    }

    /// <summary>slice(start, stop, step), borrowing the bounds (C: <c>PySlice_New</c>); null means None.</summary>
    public static PySliceObject New(PyObject? start, PyObject? stop, PyObject? step) =>
        new(start ?? Py.None, stop ?? Py.None, step ?? Py.None);

    #region get-indices
    /// <summary>Concrete start, stop, step and slice length for a sequence of <paramref name="length"/> items
    /// (C: <c>PySlice_GetIndicesEx</c>): 0, or -1 with an error.</summary>
    public int GetIndices(long length, out long start, out long stop, out long step, out long sliceLength)
    {
        sliceLength = 0;
        if (Unpack(out start, out stop, out step) < 0)
        {
            return -1;
        }
        sliceLength = AdjustIndices(length, ref start, ref stop, step);
        return 0;
    }
    #endregion

    /// <summary>The bounds as indices, not yet adjusted for a length (C: <c>PySlice_Unpack</c>): huge values are
    /// clamped, a missing start or stop becomes the extreme in the step's direction; 0, or -1 with an error
    /// for a bound without <c>__index__</c> or a zero step. A sequence that runs code before it knows its
    /// length (list slice assignment) unpacks first and adjusts later.</summary>
    public int Unpack(out long start, out long stop, out long step)
    {
        start = stop = 0;
        step = 1;
        if (Step != Py.None)
        {
            if (!ToIndexClamped(Step, out step))
            {
                return -1;
            }
            if (step == 0)
            {
                PyErr.SetString(PyExc.ValueError, "slice step cannot be zero");
                return -1;
            }
            step = Math.Max(step, -long.MaxValue); // so that -step cannot overflow
        }
        if (Start == Py.None)
        {
            start = step < 0 ? long.MaxValue : 0;
        }
        else if (!ToIndexClamped(Start, out start))
        {
            return -1;
        }
        if (Stop == Py.None)
        {
            stop = step < 0 ? long.MinValue : long.MaxValue;
        }
        else if (!ToIndexClamped(Stop, out stop))
        {
            return -1;
        }
        return 0;
    }

    /// <summary>Clamps unpacked bounds to a sequence of <paramref name="length"/> items and returns the slice
    /// length (C: <c>PySlice_AdjustIndices</c>): negative bounds count from the end, and everything out of
    /// range moves to the nearest end in the step's direction.</summary>
    public static long AdjustIndices(long length, ref long start, ref long stop, long step)
    {
        start = Adjust(start, length, step);
        stop = Adjust(stop, length, step);
        if (step < 0)
        {
            return stop < start ? (start - stop - 1) / -step + 1 : 0;
        }
        return start < stop ? (stop - start - 1) / step + 1 : 0;
    }

    private static long Adjust(long index, long length, long step)
    {
        if (index < 0)
        {
            index += length;
            if (index < 0)
            {
                index = step < 0 ? -1 : 0;
            }
        }
        else if (index >= length)
        {
            index = step < 0 ? length - 1 : length;
        }
        return index;
    }

    /// <summary>A slice bound as an index, clamping huge values (C: <c>_PyEval_SliceIndex</c>).</summary>
    private static bool ToIndexClamped(PyObject value, out long result)
    {
        result = 0;
        if (value.ObType.TpAsNumber?.NbIndex is null)
        {
            PyErr.SetString(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        result = PyNumber.AsSsize(value, null);
        return !(result == -1 && PyErr.Occurred());
    }

    /// <summary>The optional start and end arguments of <c>index(x, start, end)</c>, adjusted for a sequence of
    /// <paramref name="length"/> items (C: <c>_PyEval_SliceIndexNotNone</c> and the clamping in list.index).</summary>
    public static bool ParseSearchBounds(ReadOnlySpan<PyObject> args, long length, out long start, out long stop)
    {
        start = 0;
        stop = length;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i].ObType.TpAsNumber?.NbIndex is null)
            {
                PyErr.SetString(PyExc.TypeError, "slice indices must be integers or have an __index__ method");
                return false;
            }
            long v = PyNumber.AsSsize(args[i], null);
            if (v == -1 && PyErr.Occurred())
            {
                return false;
            }
            if (v < 0)
            {
                v = Math.Max(0, v + length);
            }
            if (i == 0)
            {
                start = v;
            }
            else
            {
                stop = v;
            }
        }
        return true;
    }

    private static PyObject? SliceNew(PyTypeObject type, PyTupleObject args, PyDictObject? kwargs)
    {
        if (!GetArgs.NoKeywords("slice", kwargs) || !GetArgs.CheckPositional("slice", args.Count, 1, 3))
        {
            return null;
        }
        return args.Count == 1 ? New(null, args[0], null) : New(args[0], args[1], args.Count > 2 ? args[2] : null);
    }

    private static PyObject? SliceRepr(PyObject self)
    {
        var s = (PySliceObject)self;
        string? a = ReprToString(s.Start), b = a is null ? null : ReprToString(s.Stop), c = b is null ? null : ReprToString(s.Step);
        return c is null ? null : PyUnicodeObject.FromString($"slice({a}, {b}, {c})");
    }

    /// <summary>Slices hash with the tuple hash's lane mixing over their three bounds, but without the tuple's
    /// final length term (C: <c>slice_hash</c>, 3.12+).</summary>
    private static long SliceHash(PyObject self)
    {
        const ulong Prime1 = 11400714785074694791UL;
        const ulong Prime2 = 14029467366897019727UL;
        const ulong Prime5 = 2870177450012600261UL;
        var s = (PySliceObject)self;
        ulong acc = Prime5;
        foreach (PyObject bound in (ReadOnlySpan<PyObject>)[s.Start, s.Stop, s.Step])
        {
            long lane = Hash(bound);
            if (lane == -1)
            {
                return -1;
            }
            acc += (ulong)lane * Prime2;
            acc = BitOperations.RotateLeft(acc, 31);
            acc *= Prime1;
        }
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }

    private static PyObject? SliceRichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PySliceObject a || w is not PySliceObject b)
        {
            return Py.ReturnNotImplemented;
        }
        if (v == w && (op == CompareOp.Eq || op == CompareOp.Ne))
        {
            return Py.Bool(op == CompareOp.Eq);
        }
        return PyTupleObject.SequenceCompare([a.Start, a.Stop, a.Step], [b.Start, b.Stop, b.Step], op);
    }

    #region indices
    /// <summary>slice.indices(length) with arbitrary-precision bounds (C: <c>slice_indices</c>).</summary>
    private static PyObject? Indices(PyObject self, PyObject? lengthArg)
    {
        PyObject? lenObj = PyNumber.Index(lengthArg!);
        if (lenObj is null)
        {
            return null;
        }
        BigInteger length = ((PyLongObject)lenObj).Value;
        lenObj.DecRef();
        if (length.Sign < 0)
        {
            return PyErr.SetString(PyExc.ValueError, "length should not be negative");
        }
        if (((PySliceObject)self).GetLongIndices(length, out BigInteger start, out BigInteger stop, out BigInteger step) < 0)
        {
            return null;
        }
        return PyTupleObject.FromArraySteal([PyLongObject.FromBigInteger(start), PyLongObject.FromBigInteger(stop), PyLongObject.FromBigInteger(step)]);
    }
    #endregion

    /// <summary>Start, stop and step for a sequence of any non-negative <paramref name="length"/>, with
    /// arbitrary-precision bounds (C: <c>_PySlice_GetLongIndices</c>): 0, or -1 with an error.</summary>
    internal int GetLongIndices(BigInteger length, out BigInteger start, out BigInteger stop, out BigInteger step)
    {
        start = stop = default;
        step = 1;
        if (Step != Py.None)
        {
            if (!BigIndex(Step, out step))
            {
                return -1;
            }
            if (step.IsZero)
            {
                PyErr.SetString(PyExc.ValueError, "slice step cannot be zero");
                return -1;
            }
        }
        bool back = step.Sign < 0;
        BigInteger lower = back ? -1 : 0, upper = back ? length - 1 : length;
        return BigBound(Start, length, lower, upper, back ? upper : lower, out start)
            && BigBound(Stop, length, lower, upper, back ? lower : upper, out stop) ? 0 : -1;
    }

    private static bool BigIndex(PyObject value, out BigInteger result)
    {
        result = default;
        if (value.ObType.TpAsNumber?.NbIndex is null)
        {
            PyErr.SetString(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        PyObject? index = PyNumber.Index(value);
        if (index is null)
        {
            return false;
        }
        result = ((PyLongObject)index).Value;
        index.DecRef();
        return true;
    }

    private static bool BigBound(PyObject value, BigInteger length, BigInteger lower, BigInteger upper, BigInteger dflt, out BigInteger result)
    {
        result = dflt;
        if (value == Py.None)
        {
            return true;
        }
        if (!BigIndex(value, out result))
        {
            return false;
        }
        if (result.Sign < 0)
        {
            result += length;
            if (result < lower)
            {
                result = lower;
            }
        }
        else if (result > upper)
        {
            result = upper;
        }
        return true;
    }

    protected internal override void DeallocContents()
    {
        Start.DecRef();
        Stop.DecRef();
        Step.DecRef();
        Start = Stop = Step = PyNone.None;
    }

    protected internal override int TraverseContents(VisitProc visit, object? arg)
    {
        int r = visit(Start, arg);
        r = r != 0 ? r : visit(Stop, arg);
        return r != 0 ? r : visit(Step, arg);
    }
}
