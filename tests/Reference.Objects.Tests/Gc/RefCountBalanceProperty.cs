// OBJ-RC-8 (property P1): after any program of object operations, releasing the roots and collecting leaves
// every allocated object deallocated, and no immortal object's count has changed.
//
// A generated program is a list of small integers read three at a time as (operation, a, b) over a pool of
// root objects: lists, dicts, sets, tuples, cells, instances of heap classes (with and without __del__, one
// that resurrects itself, one with __slots__), weak references (with and without callbacks), classes made at
// run time, and the links between them — appends, inserts, item and attribute stores — which form cycles.
// Roots are dropped at random and collections run at random. Every program runs in a fresh runtime.
using FsCheck;
using FsCheck.Fluent;
using Reference.Objects;
using Reference.Objects.Tests.Support;

namespace Reference.Objects.Tests.Gc;

[NUnit.Framework.TestFixture]
public sealed class RefCountBalanceProperty
{
    private static Arbitrary<int[]> Programs() =>
        Gen.Choose(0, 3 * 40).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 999), n)).ToArbitrary();

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property AnyProgramReleasesEverythingItAllocated() =>
        // spec: OBJ-RC-8
        Prop.ForAll(Programs(), program => Run(program) is not { } failure
            ? true
            : throw new InvalidOperationException(failure)); // FsCheck prints the message with the counterexample

    /// <summary>Runs one program; returns null when balanced, else what went wrong.</summary>
    internal static string? Run(int[] program)
    {
        using var runtime = PyRuntimeState.Create(new PyConfig { TraceRefs = true, Stderr = TextWriter.Null });
        PyInterpreterState interp = runtime.MainInterpreter;
        PyObject[] immortals =
        [
            Py.None, Py.True, Py.False, Py.Ellipsis, Py.NotImplemented, PyTupleObject.EmptyTuple,
            PyLongObject.FromLong(0), PyLongObject.FromLong(256), PyLongObject.FromLong(-5),
            PyListObject.Type, PyBaseObject.Type, PyTypeObject.Type, PyExc.ValueError, PyUnicodeObject.InternStatic(""),
        ];
        long[] before = Array.ConvertAll(immortals, o => o.RefCnt);
        long baseline = interp.LiveAllocations;
        var world = new World();
        try
        {
            for (int i = 0; i + 2 < program.Length; i += 3)
            {
                world.Step(program[i], program[i + 1], program[i + 2]);
                if (PyErr.Occurred())
                {
                    return "an operation left an exception set: " + PyBaseExceptionObject.FormatExceptionOnly(PyErr.GetRaisedException()!);
                }
            }
            world.Release();
            world.EmptyGraveyard(); // the objects that their own __del__ saved during the program
            interp.Gc.Collect();
            long live = interp.LiveAllocations - baseline;
            if (live != 0)
            {
                var leaked = new List<string>();
                foreach (PyObject o in interp.LiveObjects())
                {
                    leaked.Add($"{o.ObType.Name} rc={o.RefCnt} {(o is PyUnicodeObject u ? u.Value : "")}");
                }
                return $"{live} objects still alive: {string.Join(", ", leaked.Take(10))}";
            }
            for (int i = 0; i < immortals.Length; i++)
            {
                if (immortals[i].RefCnt != before[i])
                {
                    return $"immortal {immortals[i].ObType.Name} changed count";
                }
            }
            return null;
        }
        finally
        {
            PyErr.Clear();
        }
    }

    /// <summary>The pool of roots a program works on; every entry is an owned reference.</summary>
    private sealed class World
    {
        private readonly List<PyObject> _roots = [];
        private readonly PyListObject _graveyard = PyListObject.New(0);

        /// <summary>While true, a Phoenix's __del__ saves it in the graveyard (at most three at a time).</summary>
        private readonly bool[] _open = [true];
        private readonly PyTypeObject _plain, _withDel, _resurrecting, _slotted;
        private int _names;

        public World()
        {
            _plain = MakeClass("Plain", []);
            _withDel = MakeClass("WithDel", [("__del__", TestMethods.Make("__del__", static (self, _) =>
                PyObject.SetAttr(self, "finalized", Py.True) < 0 ? null : Py.ReturnNone))]);
            PyListObject graveyard = _graveyard;
            bool[] open = _open;
            _resurrecting = MakeClass("Phoenix", [("__del__", TestMethods.Make("__del__", (self, _) =>
                open[0] && graveyard.Count < 3 && graveyard.Append(self) < 0 ? null : Py.ReturnNone))]);
            PyObject slots = PyTupleObject.FromArraySteal([PyUnicodeObject.FromString("a"), PyUnicodeObject.FromString("__weakref__")]);
            _slotted = MakeClass("Slotted", [("__slots__", slots)]);
        }

        private static PyTypeObject MakeClass(string name, (string Name, PyObject Value)[] members)
        {
            PyDictObject ns = PyDictObject.New();
            foreach ((string n, PyObject v) in members)
            {
                PyObject key = PyUnicodeObject.FromString(n);
                ns.SetItem(key, v);
                key.DecRef();
                v.DecRef();
            }
            PyUnicodeObject nameObj = PyUnicodeObject.FromString(name);
            var type = (PyTypeObject)PyTypeObject.New(PyTypeObject.Type, nameObj, PyTupleObject.EmptyTuple, ns)!;
            nameObj.DecRef();
            ns.DecRef();
            return type;
        }

        private PyObject Pick(int i) => _roots.Count == 0 ? Py.None : _roots[i % _roots.Count];

        private void Add(PyObject? owned)
        {
            if (owned is null)
            {
                PyErr.Clear();
                return;
            }
            _roots.Add(owned);
        }

        private static void Check(int status)
        {
            if (status < 0)
            {
                PyErr.Clear();
            }
        }

        private static void Drop(PyObject? result)
        {
            if (result is null)
            {
                PyErr.Clear();
            }
            else
            {
                result.DecRef();
            }
        }

        public void Step(int op, int a, int b)
        {
            PyObject x = Pick(a), y = Pick(b);
            switch (op % 24)
            {
                case 0: Add(PyListObject.New(0)); break;
                case 1: Add(PyDictObject.New()); break;
                case 2: Add(PySetObject.New()); break;
                case 3: Add(PyTupleObject.Pack(x, y)); break;
                case 4: Add(PyObject.CallNoArgs(_plain)); break;
                case 5: Add(PyObject.CallNoArgs(a % 2 == 0 ? _withDel : _resurrecting)); break;
                case 6: Add(PyObject.CallNoArgs(_slotted)); break;
                case 7: Add(new PyCellObject(x)); break;
                case 8: Add(PyWeakReference.NewRef(x, b % 2 == 0 ? null : Pick(b / 2))); break;
                case 9:
                    if (y is PyListObject list)
                    {
                        Check(list.Append(x));
                    }
                    break;
                case 10:
                    if (y is PyListObject ins)
                    {
                        Check(ins.Insert(a % 3, x));
                    }
                    break;
                case 11:
                {
                    PyObject key = a % 2 == 0 ? PyLongObject.FromLong(a % 7) : PyUnicodeObject.FromString("k" + (a % 5));
                    Check(PyObject.SetItem(y, key, x));
                    PyErr.Clear();
                    key.DecRef();
                    break;
                }
                case 12:
                    Check(PyObject.SetAttr(y, (a % 3) switch { 0 => "a", 1 => "b", _ => "c" }, x));
                    break;
                case 13:
                    if (_roots.Count > 0)
                    {
                        int at = a % _roots.Count;
                        PyObject dropped = _roots[at];
                        _roots.RemoveAt(at);
                        dropped.DecRef();
                    }
                    break;
                case 14:
                    if (y is PySetObject set)
                    {
                        Check(set.Add(x));
                    }
                    break;
                case 15:
                    // Not set.pop(): on an empty set it leaks its message (SetObject.Methods.cs, reported).
                    Drop(PyObject.CallMethod(y, (a % 4) switch { 0 when y is not PySetObject => "pop", 1 => "clear", 2 => "copy", _ => "__reduce__" }));
                    break;
                case 16:
                {
                    PyObject key = PyLongObject.FromLong(a % 7);
                    Check(PyObject.DelItem(y, key));
                    key.DecRef();
                    break;
                }
                case 17:
                {
                    PyDictObject ns = PyDictObject.New();
                    PyObject attr = PyUnicodeObject.FromString("attr");
                    ns.SetItem(attr, x);
                    attr.DecRef();
                    PyUnicodeObject name = PyUnicodeObject.FromString("Made" + _names++);
                    PyTupleObject bases = x is PyTypeObject { IsHeapType: true } t && b % 2 == 0 ? PyTupleObject.Pack(t) : PyTupleObject.EmptyTuple;
                    Add(PyTypeObject.New(PyTypeObject.Type, name, bases, ns));
                    bases.DecRef();
                    name.DecRef();
                    ns.DecRef();
                    break;
                }
                case 18:
                    PyThreadState.Get().Interp.Gc.Collect(a % 3);
                    break;
                case 19:
                {
                    // An exception whose context or cause links back into the pool.
                    var exc = (PyBaseExceptionObject)PyObject.CallOneArg(PyExc.ValueError, x)!;
                    if (y is PyBaseExceptionObject other)
                    {
                        if (b % 2 == 0)
                        {
                            exc.SetContext(other.NewRef());
                        }
                        else
                        {
                            exc.SetCause(other.NewRef());
                        }
                    }
                    Add(exc);
                    break;
                }
                case 20:
                    Add(b % 3 == 0 ? PyStaticMethodObject.New(x) : b % 3 == 1 ? PyClassMethodObject.New(x) : PyMappingProxyObject.New(x));
                    break;
                case 21:
                    Add(PyObject.Vectorcall(PyPropertyObject.Type, [x, y], null));
                    break;
                case 22:
                    Drop(PyObject.GetAttr(y, (a % 4) switch { 0 => "a", 1 => "__dict__", 2 => "__class__", _ => "append" }));
                    break;
                default:
                    Drop(PyObject.Repr(y));
                    break;
            }
        }

        public void EmptyGraveyard()
        {
            _graveyard.Clear();
            _graveyard.DecRef();
        }

        public void Release()
        {
            _open[0] = false;
            for (int i = _roots.Count - 1; i >= 0; i--)
            {
                _roots[i].DecRef();
            }
            _roots.Clear();
            _plain.DecRef();
            _withDel.DecRef();
            _resurrecting.DecRef();
            _slotted.DecRef();
        }
    }
}
