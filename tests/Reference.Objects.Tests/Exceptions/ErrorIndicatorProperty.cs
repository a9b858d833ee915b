// OBJ-ERR-2 (property P2): random operations on random objects of every built-in type never throw a .NET
// exception, and always keep the error indicator consistent with the result: null (or -1) exactly when an
// exception is set.
//
// A program is a list of integers read four at a time as (operation, receiver, name-or-argument, arity). The
// operations are the abstract API — binary, in-place and unary operators, comparisons, hash, repr, str, len,
// item get/set/delete, containment, iteration, attribute get/set/delete — plus calls of the receiver type's
// own methods (every name in its MRO's dicts) with random arguments, wrong types and wrong counts included,
// and calls of types with random arguments. Ints stay small so that no operation builds a huge object.
using FsCheck;
using FsCheck.Fluent;
using Reference.Objects;

namespace Reference.Objects.Tests.Exceptions;

[NUnit.Framework.TestFixture]
public sealed class ErrorIndicatorProperty
{
    private static Arbitrary<int[]> Programs() =>
        Gen.Choose(0, 4 * 30).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 9999), n)).ToArbitrary();

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property RandomOperationsRaisePythonErrorsOnly() =>
        // spec: OBJ-ERR-2
        Prop.ForAll(Programs(), program => Run(program) is not { } failure
            ? true
            : throw new InvalidOperationException(failure)); // FsCheck prints the message with the counterexample

    internal static string? Run(int[] program)
    {
        using var runtime = PyRuntimeState.Create(new PyConfig { TraceRefs = true, Stderr = TextWriter.Null });
        var pool = new Pool();
        string? step = null;
        try
        {
            for (int i = 0; i + 3 < program.Length; i += 4)
            {
                step = pool.Describe(program[i], program[i + 1], program[i + 2], program[i + 3]);
                string? broken = pool.Step(program[i], program[i + 1], program[i + 2], program[i + 3]);
                if (broken is not null)
                {
                    return $"{step}: {broken}";
                }
                pool.Trim();
            }
            return null;
        }
        catch (Exception e)
        {
            return $"{step}: .NET exception {e.GetType().Name}: {e.Message}";
        }
        finally
        {
            if (PyThreadState.GetOrNull() is not null)
            {
                PyErr.Clear();
                try
                {
                    pool.Release();
                }
                catch (FatalPythonError)
                {
                    // already reported through the step that broke
                }
            }
        }
    }

    private sealed class Pool
    {
        private readonly List<PyObject> _objects = [];
        private readonly PyTypeObject _plain, _slotted, _listSub, _errSub;

        public Pool()
        {
            _plain = MakeClass("Plain", PyBaseObject.Type, null);
            _slotted = MakeClass("Slotted", PyBaseObject.Type, "a");
            _listSub = MakeClass("LSub", PyListObject.Type, null);
            _errSub = MakeClass("MyError", PyExc.ValueError, null);
            PyObject big = PyLongObject.FromBigInteger(System.Numerics.BigInteger.Pow(2, 64));
            PyObject text = PyUnicodeObject.FromString("h\u00e9llo \U0001F600");
            PyObject bytes = PyBytesObject.FromSpan("ab\xff"u8);
            PyObject list = PyListObject.FromSpan([PyLongObject.FromLong(1), text, Py.None]);
            PyDictObject dict = PyDictObject.New();
            dict.SetItem(text, PyLongObject.FromLong(3));
            PySetObject set = PySetObject.New();
            set.Add(PyLongObject.FromLong(4));
            _objects.AddRange(
            [
                PyLongObject.FromLong(0), PyLongObject.FromLong(7), PyLongObject.FromLong(-3), big,
                PyFloatObject.FromDouble(2.5), PyFloatObject.FromDouble(double.NaN), PyFloatObject.FromDouble(double.PositiveInfinity),
                Py.True, Py.None, Py.NotImplemented, Py.Ellipsis, PyUnicodeObject.FromString(""), text, bytes,
                Call(PyByteArrayObject.Type, bytes), PyTupleObject.Pack(text, PyLongObject.FromLong(2)), PyTupleObject.EmptyTuple,
                list, dict, set, Call(PySetObject.FrozenSetType, list), PySliceObject.New(PyLongObject.FromLong(1), Py.None, PyLongObject.FromLong(2)),
                Call(PyMemoryViewObject.Type, bytes), new PyCellObject(text), new PyCellObject(null),
                Call(PyPropertyObject.Type), PyStaticMethodObject.New(list), PyClassMethodObject.New(text),
                PyMappingProxyObject.New(dict), Call(PyExc.ValueError, text), Call(PyExc.OSError, PyLongObject.FromLong(2), text),
                Call(PyExc.KeyError, text), Call(PyExc.StopIteration, text), Call(PyExc.SyntaxError, text),
                Call(PyExc.UnicodeDecodeError, PyUnicodeObject.FromString("utf-8"), bytes, PyLongObject.FromLong(0), PyLongObject.FromLong(1), text),
                PyLongObject.Type, PyListObject.Type, PyTypeObject.Type, PyBaseObject.Type, PyUnicodeObject.Type, PyDictObject.Type,
                PyExc.OSError, PyWeakReference.Type, PyMappingProxyObject.Type,
                Attr(PyListObject.Type, "append"), Attr(list, "append"), Attr(PyLongObject.Type, "__add__"), Attr(PyLongObject.FromLong(7), "__add__"),
                Attr(PyDictObject.Type, "fromkeys"), Attr(PyLongObject.Type, "real"),
                Call(_plain), Call(_slotted), Call(_listSub, list), Call(_errSub, text), Py.NewRef(_plain),
                IterOver(list), PyObject.GetIter(text)!,
            ]);
            _objects.Add(PyWeakReference.NewRef(_objects[^7], null)!);
        }

        /// <summary>An iterator over a copy: one over a pool list itself would make list += it grow forever (as in
        /// CPython).</summary>
        private static PyObject IterOver(PyObject list)
        {
            PyTupleObject copy = PySequence.Tuple(list)!;
            PyObject it = PyObject.GetIter(copy)!;
            copy.DecRef();
            return it;
        }

        private static PyObject Call(PyObject callable, params PyObject[] args) => PyObject.Vectorcall(callable, args, null)!;

        private static PyObject Attr(PyObject o, string name) => PyObject.GetAttr(o, name)!;

        private static PyTypeObject MakeClass(string name, PyTypeObject @base, string? slot)
        {
            PyDictObject ns = PyDictObject.New();
            if (slot is not null)
            {
                PyObject slots = PyTupleObject.FromArraySteal([PyUnicodeObject.FromString(slot)]);
                PyObject key = PyUnicodeObject.FromString("__slots__");
                ns.SetItem(key, slots);
                key.DecRef();
                slots.DecRef();
            }
            PyUnicodeObject n = PyUnicodeObject.FromString(name);
            PyTupleObject bases = PyTupleObject.Pack(@base);
            var type = (PyTypeObject)PyTypeObject.New(PyTypeObject.Type, n, bases, ns)!;
            bases.DecRef();
            n.DecRef();
            ns.DecRef();
            return type;
        }

        private PyObject At(int i) => _objects[i % _objects.Count];

        /// <summary>Names to look up on a receiver: its type's MRO dict keys, then a few that exist nowhere.</summary>
        private static string NameFor(PyObject receiver, int i)
        {
            var names = new List<string>();
            foreach (PyObject t in receiver.ObType.MroBorrowed.ItemsBorrowed)
            {
                long pos = 0;
                while (((PyTypeObject)t).DictBorrowed.Next(ref pos, out PyObject? key, out _))
                {
                    if (key is PyUnicodeObject s)
                    {
                        names.Add(s.Value);
                    }
                }
            }
            names.AddRange(["nope", "x", "__dict__", "__class__", "__weakref__"]);
            return names[i % names.Count];
        }

        public string Describe(int op, int r, int n, int arity) =>
            $"op {op % 16} on {At(r).ObType.Name} ({NameFor(At(r), n)}, {arity % 4} args)";

        private PyObject[] Args(int seed, int count)
        {
            var args = new PyObject[count];
            for (int i = 0; i < count; i++)
            {
                args[i] = At(seed / (i + 1) + i * 7);
            }
            return args;
        }

        /// <summary>Performs one operation; returns a description when the error-indicator contract broke.</summary>
        public string? Step(int op, int r, int n, int arity)
        {
            PyObject x = At(r), y = At(n);
            string name = NameFor(x, n);
            PyObject[] args = Args(n, arity % 4);
            switch (op % 16)
            {
                case 0: return Result(BinaryOps[n % BinaryOps.Length](x, y));
                case 1: return Result(InPlaceOps[n % InPlaceOps.Length](x, y));
                case 2: return Result(UnaryOps[n % UnaryOps.Length](x));
                case 3: return Result(PyObject.RichCompare(x, y, (CompareOp)(n % 6)));
                case 4: return Status(PyObject.Hash(x), allowNegative: true);
                case 5: return Result(n % 3 == 0 ? PyObject.Repr(x) : n % 3 == 1 ? PyObject.Str(x) : PyObject.Ascii(x));
                case 6: return Status(PyObject.Size(x), allowNegative: false);
                case 7: return Result(PyObject.GetItem(x, y));
                case 8: return Status(n % 2 == 0 ? PyObject.SetItem(x, y, At(arity)) : PyObject.DelItem(x, y), allowNegative: false);
                case 9: return Status(PySequence.Contains(x, y), allowNegative: false);
                case 10: return Iterate(x);
                case 11: return Result(PyObject.GetAttr(x, name));
                case 12: return Status(PyObject.SetAttr(x, name, arity % 2 == 0 ? null : y), allowNegative: false);
                case 13: return Result(PyObject.CallMethod(x, name, args));
                case 14: return Result(PyObject.Vectorcall(y is PyTypeObject ? y : y.ObType, args, null));
                default: return Status(n % 2 == 0 ? PyObject.IsInstance(x, y) : PyObject.IsTrue(x), allowNegative: false);
            }
        }

        private static readonly Func<PyObject, PyObject, PyObject?>[] BinaryOps =
        [
            PyNumber.Add, PyNumber.Subtract, PyNumber.Multiply, PyNumber.Remainder, PyNumber.Divmod, PyNumber.And, PyNumber.Or,
            PyNumber.Xor, PyNumber.FloorDivide, PyNumber.TrueDivide, PyNumber.MatrixMultiply, PyNumber.Rshift,
            (a, b) => SmallInt(b) ? PyNumber.Lshift(a, b) : PyNumber.Rshift(a, b),
            (a, b) => SmallInt(b) ? PyNumber.Power(a, b, Py.None) : PyNumber.Add(a, b),
            (a, b) => PyObject.Format(a, b),
        ];

        private static readonly Func<PyObject, PyObject, PyObject?>[] InPlaceOps =
        [
            PyNumber.InPlaceAdd, PyNumber.InPlaceSubtract, PyNumber.InPlaceMultiply, PyNumber.InPlaceOr, PyNumber.InPlaceAnd,
            PyNumber.InPlaceXor, PyNumber.InPlaceRemainder, PyNumber.InPlaceFloorDivide, PyNumber.InPlaceTrueDivide,
        ];

        private static readonly Func<PyObject, PyObject?>[] UnaryOps =
        [
            PyNumber.Negative, PyNumber.Positive, PyNumber.Invert, PyNumber.Absolute, PyNumber.Index, PyNumber.Long, PyNumber.Float,
            PyObject.GetIter,
        ];

        private static bool SmallInt(PyObject o) => o is PyLongObject { IsCompact: true } l && Math.Abs(l.CompactValue) <= 64;

        private static string? Result(PyObject? result)
        {
            bool error = PyErr.Occurred();
            PyErr.Clear();
            if (result is null)
            {
                return error ? null : "null result without an exception";
            }
            result.DecRef();
            return error ? "a result with an exception set" : null;
        }

        private static string? Status(long status, bool allowNegative)
        {
            bool error = PyErr.Occurred();
            PyErr.Clear();
            if (status == -1)
            {
                return error ? null : "-1 without an exception";
            }
            if (error)
            {
                return $"status {status} with an exception set";
            }
            return !allowNegative && status < 0 ? $"status {status}" : null;
        }

        private static string? Iterate(PyObject x)
        {
            PyObject? it = PyObject.GetIter(x);
            if (it is null)
            {
                return Result(null);
            }
            for (int i = 0; i < 5; i++)
            {
                PyObject? item = PyIter.Next(it);
                if (item is null)
                {
                    break;
                }
                item.DecRef();
            }
            it.DecRef();
            return Result(Py.None);
        }

        /// <summary>Keeps mutable containers small so that repeated growth cannot blow up.</summary>
        public void Trim()
        {
            foreach (PyObject o in _objects)
            {
                if (o is PyListObject l && l.Count > 1000)
                {
                    l.Clear();
                }
                else if (o is PyByteArrayObject or PyDictObject or PySetObject && PyObject.Size(o) > 1000)
                {
                    PyObject.CallMethod(o, "clear")?.DecRef();
                    PyErr.Clear();
                }
            }
        }

        public void Release()
        {
            foreach (PyObject o in _objects)
            {
                o.DecRef();
            }
            _objects.Clear();
            _plain.DecRef();
            _slotted.DecRef();
            _listSub.DecRef();
            _errSub.DecRef();
        }
    }
}
