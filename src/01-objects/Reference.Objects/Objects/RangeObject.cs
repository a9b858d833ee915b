// Objects/rangeobject.c: range, range_iterator and longrange_iterator.
//
// A range stores four exact ints — start, stop, step and its length — and computes everything
// else: r[i] is start + i*step, `x in r` is arithmetic for an exact int or bool (any other object
// is searched for by iteration, since it may compare equal to an int in its own way), r[a:b:c] is
// another range. The bounds have arbitrary precision, so range(2**100) is fine; only len() needs
// the length to fit an index ("Python int too large to convert to C ssize_t").
//
// Two ranges are equal when they produce the same integers: range(0) == range(2, 2), and
// range(0, 3, 5) == range(0, 1). The hash follows equality: it is the hash of (len, start, step)
// with start and step replaced by None where they do not matter.
//
// Iteration uses a C-long iterator when start, stop, step and the length fit, and an
// arbitrary-precision one otherwise — the type names (`range_iterator`, `longrange_iterator`) are
// observable, and follow CPython's 64-bit build.
using System.Numerics;

namespace Reference.Objects;

/// <summary>A range (C: <c>rangeobject</c>).</summary>
public sealed class PyRangeObject : PyObject
{
    /// <summary>The type (C: <c>PyRange_Type</c>).</summary>
    public static readonly PyTypeObject Type = new("range", null, TypeFlags.Sequence)
    {
        TpDoc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement).",
        TpNew = static (t, args, kwargs) =>
            GetArgs.NoKeywords("range", kwargs) ? RangeNew(args.ItemsBorrowed) : null,
        TpVectorcall = static (_, args, kwnames) => GetArgs.NoKwnames("range", kwnames) ? RangeNew(args) : null,
        TpRepr = RangeRepr,
        TpHash = RangeHash,
        TpRichCompare = RangeRichCompare,
        TpIter = static o => ((PyRangeObject)o).Iter(reversed: false),
        TpGetAttro = GenericGetAttrFunc,
        TpAsNumber = new PyNumberMethods { NbBool = static o => ((PyRangeObject)o)._length.Sign != 0 ? 1 : 0 },
        TpAsSequence = new PySequenceMethods
        {
            SqLength = static o => ((PyRangeObject)o).Length(),
            SqItem = static (o, i) => ((PyRangeObject)o).Item(i),
            SqContains = static (o, v) => ((PyRangeObject)o).Contains(v),
        },
        TpAsMapping = new PyMappingMethods
        {
            MpLength = static o => ((PyRangeObject)o).Length(),
            MpSubscript = RangeSubscript,
        },
        TpMethods =
        [
            PyMethodDef.NoArgs("__reversed__", static (o, _) => ((PyRangeObject)o).Iter(reversed: true)),
            PyMethodDef.NoArgs("__reduce__", static (o, _) =>
            {
                var r = (PyRangeObject)o;
                return PyTupleObject.FromArraySteal([o.ObType.NewRef(), PyTupleObject.FromSpan([r._start, r._stop, r._step])]);
            }),
            PyMethodDef.O("count", static (o, v) => ((PyRangeObject)o).Count(v!)),
            PyMethodDef.O("index", static (o, v) => ((PyRangeObject)o).Index(v!)),
        ],
        TpGetSet =
        [
            new("start", static o => ((PyRangeObject)o)._start.NewRef(), PySliceObject.ReadOnlyMember),
            new("stop", static o => ((PyRangeObject)o)._stop.NewRef(), PySliceObject.ReadOnlyMember),
            new("step", static o => ((PyRangeObject)o)._step.NewRef(), PySliceObject.ReadOnlyMember),
        ],
    };

    private readonly PyLongObject _start, _stop, _step, _length;

    /// <summary>Takes over the references to the three bounds, which are exact ints, step non-zero.</summary>
    private PyRangeObject(PyLongObject stolenStart, PyLongObject stolenStop, PyLongObject stolenStep)
        : base(Type)
    {
        _start = stolenStart;
        _stop = stolenStop;
        _step = stolenStep;
        _length = PyLongObject.FromBigInteger(LengthOf(stolenStart.Value, stolenStop.Value, stolenStep.Value));
    }

    /// <summary>range(stop) or range(start, stop[, step]) (C: <c>range_vectorcall</c>, <c>range_new</c>): every
    /// argument through <c>__index__</c>, then the step must not be zero.</summary>
    private static PyObject? RangeNew(ReadOnlySpan<PyObject> args)
    {
        if (!GetArgs.CheckPositional("range", args.Length, 1, 3))
        {
            return null;
        }
        if (args.Length == 1)
        {
            PyObject? stop = PyNumber.Index(args[0]);
            return stop is null ? null : new PyRangeObject(PyLongObject.FromLong(0), (PyLongObject)stop, PyLongObject.FromLong(1));
        }
        PyObject? start = PyNumber.Index(args[0]);
        if (start is null)
        {
            return null;
        }
        PyObject? end = PyNumber.Index(args[1]);
        PyObject? step = end is null ? null : args.Length == 3 ? PyNumber.Index(args[2]) : PyLongObject.FromLong(1);
        if (step is PyLongObject { Sign: 0 })
        {
            step.DecRef();
            step = PyErr.SetString(PyExc.ValueError, "range() arg 3 must not be zero");
        }
        if (step is null)
        {
            start.DecRef();
            Py.XDecRef(end);
            return null;
        }
        return new PyRangeObject((PyLongObject)start, (PyLongObject)end!, (PyLongObject)step);
    }

    /// <summary>The number of integers (C: <c>compute_range_length</c>): (hi - lo - 1) // |step| + 1, or 0.</summary>
    private static BigInteger LengthOf(BigInteger start, BigInteger stop, BigInteger step)
    {
        (BigInteger lo, BigInteger hi) = step.Sign > 0 ? (start, stop) : (stop, start);
        return lo >= hi ? BigInteger.Zero : (hi - lo - 1) / BigInteger.Abs(step) + 1;
    }

    /// <summary>len(r), or -1 with OverflowError when the length does not fit an index (C: <c>range_length</c>).</summary>
    private long Length() => _length.AsSsizeT();

    /// <summary>r[i] for any int i (C: <c>compute_range_item</c>).</summary>
    private PyObject? ItemAt(BigInteger i)
    {
        BigInteger length = _length.Value;
        if (i.Sign < 0)
        {
            i += length;
        }
        if (i.Sign < 0 || i >= length)
        {
            return PyErr.SetString(PyExc.IndexError, "range object index out of range");
        }
        return PyLongObject.FromBigInteger(_start.Value + i * _step.Value);
    }

    private PyObject? Item(long i) => ItemAt(i);

    private static PyObject? RangeSubscript(PyObject self, PyObject key)
    {
        var r = (PyRangeObject)self;
        if (key.ObType.TpAsNumber?.NbIndex is not null)
        {
            PyObject? index = PyNumber.Index(key);
            if (index is null)
            {
                return null;
            }
            PyObject? item = r.ItemAt(((PyLongObject)index).Value);
            index.DecRef();
            return item;
        }
        if (key is PySliceObject slice)
        {
            // r[a:b:c] is range(r[a], r[b], r.step * c), with a, b, c adjusted for len(r) (C: compute_slice).
            if (slice.GetLongIndices(r._length.Value, out BigInteger start, out BigInteger stop, out BigInteger step) < 0)
            {
                return null;
            }
            BigInteger first = r._start.Value, by = r._step.Value;
            return new PyRangeObject(PyLongObject.FromBigInteger(first + start * by),
                PyLongObject.FromBigInteger(first + stop * by), PyLongObject.FromBigInteger(by * step));
        }
        return PyErr.SetString(PyExc.TypeError, $"range indices must be integers or slices, not {key.ObType.Name}");
    }

    #region range-contains
    /// <summary>Whether an int is one of the range's values, by arithmetic (C: <c>range_contains_long</c>).</summary>
    private bool ContainsInt(BigInteger value)
    {
        BigInteger start = _start.Value, stop = _stop.Value, step = _step.Value;
        bool inside = step.Sign > 0 ? start <= value && value < stop : stop < value && value <= start;
        return inside && ((value - start) % step).IsZero;
    }

    /// <summary>Exact ints and bools are answered by arithmetic; anything else may equal an int in its own way.</summary>
    private static bool IsExactIntOrBool(PyObject o) => o.ObType == PyLongObject.Type || o.ObType == PyBoolObject.Type;

    private int Contains(PyObject value) =>
        IsExactIntOrBool(value) ? (ContainsInt(((PyLongObject)value).Value) ? 1 : 0) : (int)Search(value, SearchKind.Contains);
    #endregion

    private PyObject? Count(PyObject value)
    {
        long n = IsExactIntOrBool(value) ? (ContainsInt(((PyLongObject)value).Value) ? 1 : 0) : Search(value, SearchKind.Count);
        return n < 0 ? null : PyLongObject.FromLong(n);
    }

    private PyObject? Index(PyObject value)
    {
        if (!IsExactIntOrBool(value))
        {
            long at = Search(value, SearchKind.Index);
            return at < 0 ? null : PyLongObject.FromLong(at);
        }
        BigInteger v = ((PyLongObject)value).Value;
        if (!ContainsInt(v))
        {
            return PyErr.SetString(PyExc.ValueError, "range.index(x): x not in range");
        }
        return PyLongObject.FromBigInteger((v - _start.Value) / _step.Value);
    }

    private enum SearchKind
    {
        Contains,
        Count,
        Index,
    }

    /// <summary>Searches by iteration and ==, for values that are not exact ints (C: <c>_PySequence_IterSearch</c>):
    /// contains gives 0/1, count the number of matches, index the first position; -1 with an error. The
    /// range's own iterator cannot fail; only the comparisons can.</summary>
    private long Search(PyObject value, SearchKind kind)
    {
        PyObject iter = Iter(reversed: false);
        long n = 0, index = 0;
        PyObject? item;
        while ((item = PyIter.Next(iter)) is not null)
        {
            int cmp = RichCompareBool(item, value, CompareOp.Eq);
            item.DecRef();
            if (cmp < 0 || (cmp > 0 && kind != SearchKind.Count))
            {
                iter.DecRef();
                return cmp < 0 ? -1 : kind == SearchKind.Index ? index : 1;
            }
            n += cmp;
            index++;
        }
        iter.DecRef();
        if (kind == SearchKind.Index)
        {
            PyErr.SetString(PyExc.ValueError, "sequence.index(x): x not in sequence");
            return -1;
        }
        return n;
    }

    #region equality-hash
    /// <summary>Equal when they produce the same integers (C: <c>range_equals</c>): same length, and if non-empty the
    /// same start, and if longer than one the same step.</summary>
    private static bool RangeEquals(PyRangeObject a, PyRangeObject b)
    {
        if (a == b)
        {
            return true;
        }
        BigInteger length = a._length.Value;
        return length == b._length.Value
            && (length.IsZero || (a._start.Value == b._start.Value && (length.IsOne || a._step.Value == b._step.Value)));
    }

    private static PyObject? RangeRichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (w is not PyRangeObject b || (op != CompareOp.Eq && op != CompareOp.Ne))
        {
            return Py.ReturnNotImplemented;
        }
        return Py.Bool(RangeEquals((PyRangeObject)v, b) == (op == CompareOp.Eq));
    }

    /// <summary>hash((len, None, None)) when empty, hash((1, start, None)) for one item, else hash((len, start, step))
    /// (C: <c>range_hash</c>).</summary>
    private static long RangeHash(PyObject self)
    {
        var r = (PyRangeObject)self;
        BigInteger length = r._length.Value;
        PyObject start = length.IsZero ? Py.None : r._start;
        PyObject step = length.IsZero || length.IsOne ? Py.None : r._step;
        PyTupleObject key = PyTupleObject.FromSpan([r._length, start, step]);
        long hash = Hash(key);
        key.DecRef();
        return hash;
    }
    #endregion

    /// <summary>range(start, stop) when the step is 1, else range(start, stop, step) (C: <c>range_repr</c>).</summary>
    private static PyObject? RangeRepr(PyObject self)
    {
        var r = (PyRangeObject)self;
        string? start = ReprToString(r._start), stop = start is null ? null : ReprToString(r._stop);
        if (stop is null)
        {
            return null;
        }
        if (r._step.IsCompact && r._step.CompactValue == 1)
        {
            return PyUnicodeObject.FromString($"range({start}, {stop})");
        }
        string? step = ReprToString(r._step);
        return step is null ? null : PyUnicodeObject.FromString($"range({start}, {stop}, {step})");
    }

    #region iter
    /// <summary>iter(r) or reversed(r) (C: <c>range_iter</c>, <c>range_reverse</c>): a C-long iterator when every
    /// value it computes fits a long, else an arbitrary-precision one. reversed(range(a, b, s)) runs from
    /// a + (len-1)*s down by s.</summary>
    private PyObject Iter(bool reversed)
    {
        BigInteger length = _length.Value, step = _step.Value;
        BigInteger first = reversed ? _start.Value + (length - 1) * step : _start.Value;
        BigInteger by = reversed ? -step : step;
        if (FitsLongIterator(reversed, length))
        {
            return new PyRangeIterObject((long)first, (long)by, (long)length);
        }
        return new PyLongRangeIterObject(PyLongObject.FromBigInteger(first), PyLongObject.FromBigInteger(by), Py.NewRef(_length));
    }

    /// <summary>CPython's tests for the C-long iterator: start, stop and step fit a long, so does the length, and
    /// stepping past the last value cannot overflow (forwards), or start - step and -step fit (reversed).</summary>
    private bool FitsLongIterator(bool reversed, BigInteger length)
    {
        if (!_start.IsCompact || !_stop.IsCompact || !_step.IsCompact || length > long.MaxValue)
        {
            return false;
        }
        long start = _start.CompactValue, stop = _stop.CompactValue, step = _step.CompactValue;
        if (reversed)
        {
            BigInteger pastEnd = (BigInteger)start - step;
            return step != long.MinValue && pastEnd >= long.MinValue && pastEnd <= long.MaxValue;
        }
        return length.IsZero || (step > 0 ? stop <= long.MaxValue - (step - 1) : stop >= long.MinValue + (-1 - step));
    }
    #endregion

    protected internal override void DeallocContents()
    {
        _start.DecRef();
        _stop.DecRef();
        _step.DecRef();
        _length.DecRef();
    }
}

/// <summary>The iterator over a range whose values fit a long (C: <c>_PyRangeIterObject</c>, type
/// <c>range_iterator</c>).</summary>
public sealed class PyRangeIterObject : PyObject
{
    /// <summary>The type.</summary>
    public static readonly PyTypeObject Type = new("range_iterator", null, TypeFlags.DisallowInstantiation)
    {
        TpIter = SelfIter,
        TpIterNext = static o => ((PyRangeIterObject)o).Next(),
        TpGetAttro = GenericGetAttrFunc,
        TpMethods = [PyMethodDef.NoArgs("__length_hint__", static (o, _) => PyLongObject.FromLong(((PyRangeIterObject)o)._len))],
    };

    private long _start;
    private readonly long _step;
    private long _len;

    internal PyRangeIterObject(long start, long step, long len)
        : base(Type) => (_start, _step, _len) = (start, step, len);

    private PyObject? Next()
    {
        if (_len <= 0)
        {
            return null;
        }
        long result = _start;
        _start = unchecked(result + _step); // past the last value it may wrap; it is never read then
        _len--;
        return PyLongObject.FromLong(result);
    }
}

/// <summary>The iterator over a range with values beyond a long (C: <c>longrangeiterobject</c>, type
/// <c>longrange_iterator</c>).</summary>
public sealed class PyLongRangeIterObject : PyObject
{
    /// <summary>The type.</summary>
    public static readonly PyTypeObject Type = new("longrange_iterator", null, TypeFlags.DisallowInstantiation)
    {
        TpIter = SelfIter,
        TpIterNext = static o => ((PyLongRangeIterObject)o).Next(),
        TpGetAttro = GenericGetAttrFunc,
        TpMethods = [PyMethodDef.NoArgs("__length_hint__", static (o, _) => ((PyLongRangeIterObject)o)._len.NewRef())],
    };

    private PyLongObject _start, _len;
    private readonly PyLongObject _step;

    /// <summary>Takes over the three references.</summary>
    internal PyLongRangeIterObject(PyLongObject stolenStart, PyLongObject stolenStep, PyLongObject stolenLen)
        : base(Type) => (_start, _step, _len) = (stolenStart, stolenStep, stolenLen);

    private PyObject? Next()
    {
        if (_len.Sign <= 0)
        {
            return null;
        }
        PyLongObject result = _start;
        _start = PyLongObject.FromBigInteger(result.Value + _step.Value);
        PyLongObject len = _len;
        _len = PyLongObject.FromBigInteger(len.Value - 1);
        len.DecRef();
        return result; // the iterator's reference becomes the caller's
    }

    protected internal override void DeallocContents()
    {
        _start.DecRef();
        _step.DecRef();
        _len.DecRef();
    }
}
