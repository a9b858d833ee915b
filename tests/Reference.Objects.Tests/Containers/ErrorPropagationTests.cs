// OBJ-ERR-1 for the containers: an exception raised by an item's __eq__, __lt__, __repr__, __hash__ or
// __index__, or by an iterator, comes out of the container operation unchanged, and the container is
// left consistent (every test also checks refcount balance).
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Containers;

[TestFixture]
public sealed class ErrorPropagationTests : ContainerTest
{
    /// <summary>An instance whose <paramref name="method"/> raises ValueError(message); all instances hash to 1.</summary>
    private PyObject Failing(string method, string message)
    {
        var members = new List<(string, PyObject)> { (method, CsMethod(method, (_, _) => PyErr.SetString(PyExc.ValueError, message))) };
        if (method != "__hash__")
        {
            members.Add(("__hash__", CsMethod("__hash__", (_, _) => PyLongObject.FromLong(1))));
        }
        return New(Class("Bad", [], [.. members]));
    }

    /// <summary>An iterator that yields 1, 2, then raises ValueError("iteration failed").</summary>
    private PyObject FailingIterator()
    {
        int calls = 0;
        PyTypeObject type = Class("FailingIter", [],
            ("__iter__", CsMethod("__iter__", (self, _) => self.NewRef())),
            ("__next__", CsMethod("__next__", (_, _) => ++calls <= 2
                ? PyLongObject.FromLong(calls)
                : PyErr.SetString(PyExc.ValueError, "iteration failed"))));
        return New(type);
    }

    [Test]
    public void TupleOperationsPropagateItemErrors()
    {
        // spec: OBJ-TUPLE-1, OBJ-ERR-1
        PyObject bad = Failing("__eq__", "eq failed");
        PyObject t = Tuple(bad);
        Assert.That(CompareRaises(t, Tuple(Int(1)), CompareOp.Eq), Is.EqualTo("ValueError: eq failed"));
        Assert.That(MethodRaises(t, "index", Int(1)), Is.EqualTo("ValueError: eq failed"));
        Assert.That(MethodRaises(t, "count", Int(1)), Is.EqualTo("ValueError: eq failed"));
        Assert.That(InRaises(Int(1), t), Is.EqualTo("ValueError: eq failed"));
        Assert.That(Raises(PyObject.Repr(Tuple(Int(1), Failing("__repr__", "repr failed")))), Is.EqualTo("ValueError: repr failed"));
        Assert.That(HashRaises(Tuple(Int(1), Failing("__hash__", "hash failed"))), Is.EqualTo("ValueError: hash failed"));
        Assert.That(CallRaises(PyTupleObject.Type, FailingIterator()), Is.EqualTo("ValueError: iteration failed"));
        Assert.That(MethodRaises(PyTupleObject.Type, "__new__", PyTupleObject.Type, Int(1), Int(2)), Is.EqualTo("TypeError: tuple expected at most 1 argument, got 2"));
        Assert.That(Raises(MethodKw(PyTupleObject.Type, "__new__", [PyTupleObject.Type], ("x", Int(1)))), Is.EqualTo("TypeError: tuple() takes no keyword arguments"));
    }

    [Test]
    public void ListOperationsPropagateItemAndIteratorErrors()
    {
        // spec: OBJ-LIST-1, OBJ-ERR-1
        PyListObject l = IntList(1);
        Assert.That(MethodRaises(l, "extend", FailingIterator()), Is.EqualTo("ValueError: iteration failed"));
        Assert.That(Repr(l), Is.EqualTo("[1, 1, 2]"), "the items before the error stay");
        Assert.That(SetItemRaises(l, Slice(0, 1), FailingIterator()), Is.EqualTo("ValueError: iteration failed"));
        Assert.That(ItemRaises(l, Keep(PySliceObject.New(S("a"), null, null))), Is.EqualTo("TypeError: slice indices must be integers or None or have an __index__ method"));
        PyObject badIndex = New(Class("I", [], ("__index__", CsMethod("__index__", (_, _) => PyErr.SetString(PyExc.ValueError, "bad index")))));
        Assert.That(ItemRaises(l, badIndex), Is.EqualTo("ValueError: bad index"));
        Assert.That(SetItemRaises(l, badIndex, Int(0)), Is.EqualTo("ValueError: bad index"));
        Assert.That(Repr(l), Is.EqualTo("[1, 1, 2]"));
    }

    [Test]
    public void ExtendingWithAnIteratorLongerThanItsHintGrowsTheList()
    {
        // spec: OBJ-LIST-1
        int calls = 0;
        PyTypeObject type = Class("Long", [],
            ("__iter__", CsMethod("__iter__", (self, _) => self.NewRef())),
            ("__next__", CsMethod("__next__", (_, _) => ++calls <= 50 ? PyLongObject.FromLong(calls) : PyErr.SetNone(PyExc.StopIteration))),
            ("__length_hint__", CsMethod("__length_hint__", (_, _) => PyLongObject.FromLong(2))));
        PyListObject l = IntList();
        Method(l, "extend", New(type));
        Assert.That(Len(l), Is.EqualTo(50));
        Assert.That(Repr(l[49]), Is.EqualTo("50"));
    }

    [Test]
    public void ASortThatFailsWhileMergingRunsLeavesAllItems()
    {
        // spec: OBJ-LIST-2, OBJ-ERR-1
        // 32 ints (one run of the merge sort) then two strs (a second run): each run sorts, merging fails.
        var items = new List<PyObject>();
        for (int i = 31; i >= 0; i--)
        {
            items.Add(Int(i));
        }
        items.Add(S("b"));
        items.Add(S("a"));
        PyListObject l = List([.. items]);
        Assert.That(MethodRaises(l, "sort"), Is.EqualTo("TypeError: '<' not supported between instances of 'str' and 'int'"));
        Assert.That(Len(l), Is.EqualTo(34));
        Assert.That(In(S("a"), l) && In(Int(0), l) && In(Int(31), l), Is.True, "the list still holds every item");
    }

    [Test]
    public void DictOperationsPropagateKeyErrors()
    {
        // spec: OBJ-DICT-1, OBJ-DICT-3, OBJ-ERR-1
        PyObject a = Failing("__eq__", "eq failed"), b = Failing("__eq__", "eq failed");
        PyDictObject d = Dict((a, Int(1)));
        Assert.That(SetItemRaises(d, b, Int(2)), Is.EqualTo("ValueError: eq failed"));
        Assert.That(SetItemRaises(d, b, null), Is.EqualTo("ValueError: eq failed"));
        Assert.That(MethodRaises(d, "get", b), Is.EqualTo("ValueError: eq failed"));
        Assert.That(MethodRaises(d, "pop", b), Is.EqualTo("ValueError: eq failed"));
        Assert.That(MethodRaises(d, "setdefault", b), Is.EqualTo("ValueError: eq failed"));
        Assert.That(CompareRaises(d, Dict((b, Int(1))), CompareOp.Eq), Is.EqualTo("ValueError: eq failed"));
        Assert.That(MethodRaises(Dict((b, Int(5))), "update", d), Is.EqualTo("ValueError: eq failed"));
        Assert.That(MethodRaises(d, "update", FailingIterator()), Is.EqualTo("TypeError: object is not iterable"));
        Assert.That(MethodRaises(PyDictObject.Type, "fromkeys", FailingIterator()), Is.EqualTo("ValueError: iteration failed"));
        PyTypeObject mapping = Class("M", [],
            ("keys", CsMethod("keys", (_, _) => PyListObject.FromSpan([S("x")]))),
            ("__getitem__", CsMethod("__getitem__", (_, args) => PyErr.SetKeyError(args[0]))));
        Assert.That(CallRaises(PyDictObject.Type, New(mapping)), Is.EqualTo("KeyError: 'x'"));
        PyTypeObject noInit = Class("D", [PyDictObject.Type], ("__init__", CsMethod("__init__", (_, _) => PyErr.SetString(PyExc.ValueError, "no init"))));
        Assert.That(MethodRaises(noInit, "fromkeys", IntList(1)), Is.EqualTo("ValueError: no init"));
        Assert.That(Len(d), Is.EqualTo(1));
    }

    [Test]
    public void DictEqualityAndUpdateSkipDeletedEntries()
    {
        // spec: OBJ-DICT-1, OBJ-CMP-2
        PyDictObject a = IntDict((1, 1), (2, 2), (3, 3));
        DelItem(a, Int(2));
        Assert.That(Eq(a, IntDict((3, 3), (1, 1))), Is.True);
        Assert.That(Eq(a, IntDict((1, 1), (3, 3), (4, 4))), Is.False);
        PyDictObject b = Dict();
        Method(b, "update", a);
        Assert.That(Repr(b), Is.EqualTo("{1: 1, 3: 3}"));
        PyDictObject values = Dict((Int(1), Failing("__eq__", "value eq failed")));
        Assert.That(CompareRaises(values, Dict((Int(1), Int(0))), CompareOp.Ne), Is.EqualTo("ValueError: value eq failed"));
    }

    [Test]
    public void ViewOperationsPropagateErrors()
    {
        // spec: OBJ-DICT-2, OBJ-ERR-1
        PyObject keys = Method(IntDict((1, 0)), "keys");
        Assert.That(Raises(PyNumber.Or(Int(5), keys)), Is.EqualTo("TypeError: 'int' object is not iterable"));
        Assert.That(Raises(PyNumber.And(Int(5), keys)), Is.EqualTo("TypeError: 'int' object is not iterable"));
        Assert.That(Raises(PyNumber.And(keys, FailingIterator())), Is.EqualTo("ValueError: iteration failed"));
        Assert.That(MethodRaises(Method(IntDict((5, 0)), "keys"), "isdisjoint", FailingIterator()), Is.EqualTo("ValueError: iteration failed"));
        PyObject items = Method(Dict((Int(1), Failing("__eq__", "eq failed"))), "items");
        PyObject other = Method(Dict((Int(1), Int(1))), "items");
        Assert.That(Raises(PyNumber.Xor(items, other)), Is.EqualTo("ValueError: eq failed"));
        Assert.That(InRaises(Tuple(Int(1), Int(1)), items), Is.EqualTo("ValueError: eq failed"));
        PyObject bigger = Method(IntDict((1, 0), (2, 0), (3, 0)), "keys");
        Assert.That(ReprSteal(PyNumber.And(keys, bigger)), Is.EqualTo("{1}"));
        Assert.That(Eq(Method(IntDict((1, 0), (2, 0)), "keys"), IntSet(1, 3)), Is.False);
    }

    [Test]
    public void SetOperationsPropagateIteratorAndReprErrors()
    {
        // spec: OBJ-SET-2, OBJ-ERR-1
        foreach (string method in (string[])["update", "intersection", "difference_update", "issuperset", "symmetric_difference_update", "intersection_update"])
        {
            Assert.That(MethodRaises(IntSet(1, 2, 3), method, FailingIterator()), Is.EqualTo("ValueError: iteration failed"), method);
        }
        PySetObject s = IntSet(1, 2, 3);
        Assert.That(MethodRaises(IntSet(7), "isdisjoint", FailingIterator()), Is.EqualTo("ValueError: iteration failed"));
        Assert.That(CallRaises(PySetObject.Type, FailingIterator()), Is.EqualTo("ValueError: iteration failed"));
        Assert.That(CallRaises(PySetObject.FrozenSetType, FailingIterator()), Is.EqualTo("ValueError: iteration failed"));
        Assert.That(MethodRaises(s, "difference", IntList(), FailingIterator()), Is.EqualTo("ValueError: iteration failed"));
        Assert.That(Raises(PyObject.Repr(Set(Failing("__repr__", "repr failed")))), Is.EqualTo("ValueError: repr failed"));
        Assert.That(MethodRaises(IntSet(1), "add", Failing("__hash__", "hash failed")), Is.EqualTo("ValueError: hash failed"));
        Assert.That(Repr(s), Is.EqualTo("{1, 2, 3}"));
    }

    [Test]
    public void RangeErrorsFromIndexAndHugeReprPropagate()
    {
        // spec: OBJ-RANGE-1, OBJ-ERR-1
        PyObject badIndex = New(Class("I", [], ("__index__", CsMethod("__index__", (_, _) => PyErr.SetString(PyExc.ValueError, "bad index")))));
        Assert.That(ItemRaises(Range(5), badIndex), Is.EqualTo("ValueError: bad index"));
        Assert.That(CallRaises(PyRangeObject.Type, Float(1.0), Int(2)), Is.EqualTo("TypeError: 'float' object cannot be interpreted as an integer"));
        PyObject huge = Call(PyRangeObject.Type, Ok(PyNumber.Power(Int(10), Int(5000), None)));
        Assert.That(Raises(PyObject.Repr(huge)), Does.StartWith("ValueError: Exceeds the limit (4300 digits) for integer string conversion"));
        PyObject r = Range(3);
        Assert.That(Ok(PyObject.RichCompare(r, r, CompareOp.Eq)), Is.SameAs(True));
    }
}
