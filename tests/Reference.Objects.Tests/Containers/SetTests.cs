// OBJ-SET-2: set and frozenset — construction, add, discard, remove, pop, clear, copy, the algebra
// as methods (any iterable) and operators (sets only), in-place forms, subset tests, comparisons,
// unhashable elements, sets inside sets, repr and iteration, as CPython 3.14 (orders and frozenset
// hashes from 64-bit CPython 3.13).
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Containers;

[TestFixture]
public sealed class SetTests : ContainerTest
{
    private static PyObject SetType => PySetObject.Type;

    private static PyObject FrozenType => PySetObject.FrozenSetType;

    [Test]
    public void ConstructionErrorsUseCPythonsMessages()
    {
        // spec: OBJ-SET-2, OBJ-ERR-1
        Assert.That(CallRaises(SetType, Int(1), Int(2)), Is.EqualTo("TypeError: set expected at most 1 argument, got 2"));
        Assert.That(CallRaises(FrozenType, Int(1), Int(2)), Is.EqualTo("TypeError: frozenset expected at most 1 argument, got 2"));
        Assert.That(Raises(MethodKw(SetType, "__call__", [], ("x", Int(1)))), Is.EqualTo("TypeError: set() takes no keyword arguments"));
        Assert.That(Raises(MethodKw(FrozenType, "__call__", [], ("x", Int(1)))), Is.EqualTo("TypeError: frozenset() takes no keyword arguments"));
        Assert.That(CallRaises(SetType, Int(1)), Is.EqualTo("TypeError: 'int' object is not iterable"));
    }

    [Test]
    public void SubclassesNameThemselvesInCountErrorsButStillRefuseKeywords()
    {
        // spec: OBJ-SET-2, OBJ-ERR-1
        PyTypeObject s = Class("S", [PySetObject.Type]);
        PyTypeObject f = Class("F", [PySetObject.FrozenSetType]);
        PyTypeObject f2 = Class("F2", [PySetObject.FrozenSetType], ("__init__", CsMethod("__init__", (_, _) => Py.ReturnNone)));
        Assert.That(CallRaises(s, Int(1), Int(2)), Is.EqualTo("TypeError: S expected at most 1 argument, got 2"));
        Assert.That(CallRaises(f, Int(1), Int(2)), Is.EqualTo("TypeError: F expected at most 1 argument, got 2"));
        Assert.That(Raises(MethodKw(s, "__call__", [], ("x", Int(1)))), Is.EqualTo("TypeError: set() takes no keyword arguments"));
        Assert.That(Raises(MethodKw(f, "__call__", [], ("x", Int(1)))), Is.EqualTo("TypeError: frozenset() takes no keyword arguments"));
        Assert.That(Repr(MethodKwOk(f2, "__call__", [IntList(1)], ("x", Int(1)))), Is.EqualTo("F2({1})"));
    }

    [Test]
    public void ReprNamesFrozenSetsAndSubclasses()
    {
        // spec: OBJ-SET-2, OBJ-REPR-1
        PyTypeObject s = Class("S", [PySetObject.Type]);
        PyTypeObject f = Class("F", [PySetObject.FrozenSetType]);
        Assert.That(Repr(IntSet()), Is.EqualTo("set()"));
        Assert.That(Repr(IntSet(1)), Is.EqualTo("{1}"));
        Assert.That(Repr(Call(FrozenType)), Is.EqualTo("frozenset()"));
        Assert.That(Repr(IntFrozenSet(1, 2)), Is.EqualTo("frozenset({1, 2})"));
        Assert.That(Repr(New(s)), Is.EqualTo("S()"));
        Assert.That(Repr(New(s, IntList(1))), Is.EqualTo("S({1})"));
        Assert.That(Repr(New(f, IntList(1))), Is.EqualTo("F({1})"));
    }

    [Test]
    public void ASetInsideItselfThroughAnObjectPrintsDots()
    {
        // spec: OBJ-SET-2, OBJ-REPR-1
        PySetObject s = IntSet();
        PyTypeObject holder = Class("H", [],
            ("__repr__", CsMethod("__repr__", (_, _) => PyObject.Repr(s))),
            ("__hash__", CsMethod("__hash__", (_, _) => PyLongObject.FromLong(1))));
        Ok(s.Add(New(holder)));
        Assert.That(Repr(s), Is.EqualTo("{set(...)}"));
        s.Clear();
    }

    [Test]
    public void AddDiscardRemoveAndPop()
    {
        // spec: OBJ-SET-2
        // s = set(); for x in (5, 1, 9, 17, 33): s.add(x)  -- then pop() five times, as CPython 3.13 does
        PySetObject s = IntSet(5, 1, 9, 17, 33);
        Method(s, "add", Int(1));
        Method(s, "discard", Int(100));
        Assert.That(Len(s), Is.EqualTo(5));
        var popped = new List<string>();
        for (int i = 0; i < 5; i++)
        {
            popped.Add(Repr(Method(s, "pop")));
        }
        Assert.That(string.Join(" ", popped), Is.EqualTo("1 33 5 9 17"));
        Assert.That(MethodRaises(s, "pop"), Is.EqualTo("KeyError: 'pop from an empty set'"));
        Assert.That(MethodRaises(s, "remove", Int(1)), Is.EqualTo("KeyError: 1"));
        Assert.That(MethodRaises(s, "remove", IntTuple(1, 2)), Is.EqualTo("KeyError: (1, 2)"));
        Method(s, "add", Int(3));
        Method(s, "remove", Int(3));
        Assert.That(Repr(s), Is.EqualTo("set()"));
    }

    [Test]
    public void UnhashableElementsFailWithTheSetElementMessage()
    {
        // spec: OBJ-SET-2, OBJ-HASH-2
        const string Msg = "TypeError: cannot use 'list' as a set element (unhashable type: 'list')";
        PyObject key = IntList(1);
        PySetObject s = IntSet(1);
        Assert.That(MethodRaises(s, "add", key), Is.EqualTo(Msg));
        Assert.That(InRaises(key, s), Is.EqualTo(Msg));
        Assert.That(MethodRaises(s, "__contains__", key), Is.EqualTo(Msg));
        Assert.That(MethodRaises(s, "remove", key), Is.EqualTo(Msg));
        Assert.That(MethodRaises(s, "discard", key), Is.EqualTo(Msg));
        Assert.That(MethodRaises(s, "issuperset", List(key)), Is.EqualTo(Msg));
        Assert.That(MethodRaises(s, "isdisjoint", List(key)), Is.EqualTo(Msg));
        Assert.That(MethodRaises(s, "union", List(key)), Is.EqualTo(Msg));
        Assert.That(MethodRaises(s, "difference", List(key)), Is.EqualTo(Msg));
        Assert.That(MethodRaises(s, "symmetric_difference", List(key)), Is.EqualTo(Msg));
        Assert.That(CallRaises(SetType, List(key)), Is.EqualTo(Msg));
        Assert.That(Raises(IntSet().Add(Dict())), Is.EqualTo("TypeError: cannot use 'dict' as a set element (unhashable type: 'dict')"));
        Assert.That(Raises(IntSet().Add(Tuple(Int(1), IntList()))), Is.EqualTo("TypeError: cannot use 'tuple' as a set element (unhashable type: 'list')"));
    }

    [Test]
    public void IntersectionAndIsSubsetHashAnIterablesItemsPlainlyAndStopEarly()
    {
        // spec: OBJ-SET-2, OBJ-HASH-2
        PySetObject s = IntSet(1);
        Assert.That(MethodRaises(s, "intersection", List(IntList(1))), Is.EqualTo("TypeError: unhashable type: 'list'"));
        Assert.That(MethodRaises(s, "issubset", List(IntList(1))), Is.EqualTo("TypeError: unhashable type: 'list'"));
        // Once every item of the set was found, the rest of the iterable is not looked at.
        Assert.That(Repr(Method(s, "intersection", List(Int(1), IntList(1)))), Is.EqualTo("{1}"));
        Assert.That(Method(s, "issubset", List(Int(1), IntList(1))), Is.SameAs(True));
    }

    [Test]
    public void ASetIsLookedUpAsTheEquivalentFrozenSet()
    {
        // spec: OBJ-SET-2, OBJ-HASH-2
        PySetObject s = Set(IntFrozenSet(1), Int(2));
        Assert.That(In(IntSet(1), s), Is.True);
        Assert.That(In(IntFrozenSet(1), s), Is.True);
        Assert.That(Method(s, "__contains__", IntSet(1)), Is.SameAs(True));
        PyTypeObject sub = Class("S", [PySetObject.Type]);
        Assert.That(In(New(sub, IntList(1)), s), Is.True);
        Method(s, "discard", IntSet(1));
        Assert.That(Repr(s), Is.EqualTo("{2}"));
        PySetObject t = Set(IntFrozenSet(1), Int(2));
        Method(t, "remove", IntSet(1));
        Assert.That(Repr(t), Is.EqualTo("{2}"));
        Assert.That(MethodRaises(t, "remove", IntSet(1)), Is.EqualTo("KeyError: {1}"));
    }

    [Test]
    public void ASetCannotBeAnElementButAFrozenSetCan()
    {
        // spec: OBJ-SET-2, OBJ-HASH-2
        Assert.That(MethodRaises(IntSet(), "add", IntSet(1)), Is.EqualTo("TypeError: cannot use 'set' as a set element (unhashable type: 'set')"));
        Assert.That(CallRaises(SetType, List(IntSet(1))), Is.EqualTo("TypeError: cannot use 'set' as a set element (unhashable type: 'set')"));
        PySetObject nested = Set(IntFrozenSet(1, 2), IntFrozenSet(3));
        Assert.That(Repr(nested), Is.EqualTo("{frozenset({3}), frozenset({1, 2})}"));
        Assert.That(Repr(Call(FrozenType, List(IntFrozenSet(1)))), Is.EqualTo("frozenset({frozenset({1})})"));
        Assert.That(HashRaises(IntSet()), Is.EqualTo("TypeError: unhashable type: 'set'"));
        Assert.That(HashRaises(New(Class("S", [PySetObject.Type]))), Is.EqualTo("TypeError: unhashable type: 'S'"));
    }

    [Test]
    public void OperatorsNeedSetsOnBothSides()
    {
        // spec: OBJ-SET-2, OBJ-NUM-1
        PySetObject s = IntSet(1);
        PyObject l = IntList(2);
        Assert.That(Raises(PyNumber.Or(s, l)), Is.EqualTo("TypeError: unsupported operand type(s) for |: 'set' and 'list'"));
        Assert.That(Raises(PyNumber.And(s, l)), Is.EqualTo("TypeError: unsupported operand type(s) for &: 'set' and 'list'"));
        Assert.That(Raises(PyNumber.Subtract(s, l)), Is.EqualTo("TypeError: unsupported operand type(s) for -: 'set' and 'list'"));
        Assert.That(Raises(PyNumber.Xor(s, l)), Is.EqualTo("TypeError: unsupported operand type(s) for ^: 'set' and 'list'"));
        Assert.That(Raises(PyNumber.InPlaceOr(s, l)), Is.EqualTo("TypeError: unsupported operand type(s) for |=: 'set' and 'list'"));
        Assert.That(Method(s, "__ior__", l), Is.SameAs(Py.NotImplemented));
        Assert.That(CompareRaises(s, IntList(1), CompareOp.Le), Is.EqualTo("TypeError: '<=' not supported between instances of 'set' and 'list'"));
        Assert.That(Eq(s, IntList(1)), Is.False);
    }

    [Test]
    public void OperatorResultsTakeTheLeftOperandsBaseType()
    {
        // spec: OBJ-SET-2
        PyObject s = IntSet(1), f = IntFrozenSet(2);
        Assert.That(Ok(PyNumber.Or(s, f)).ObType, Is.SameAs(PySetObject.Type));
        Assert.That(Ok(PyNumber.Or(f, s)).ObType, Is.SameAs(PySetObject.FrozenSetType));
        Assert.That(Ok(PyNumber.Subtract(IntFrozenSet(1), IntSet(1))).ObType, Is.SameAs(PySetObject.FrozenSetType));
        PyTypeObject sub = Class("S", [PySetObject.Type]);
        PyTypeObject fsub = Class("F", [PySetObject.FrozenSetType]);
        Assert.That(Ok(PyNumber.Or(New(sub, IntList(1)), s)).ObType, Is.SameAs(PySetObject.Type));
        Assert.That(Ok(PyNumber.And(New(fsub, IntList(1)), s)).ObType, Is.SameAs(PySetObject.FrozenSetType));
        Assert.That(Method(New(sub, IntList(1)), "copy").ObType, Is.SameAs(PySetObject.Type));
        Assert.That(Method(New(fsub, IntList(1)), "copy").ObType, Is.SameAs(PySetObject.FrozenSetType));
    }

    [Test]
    public void AFrozenSetOfAFrozenSetIsTheSameObject()
    {
        // spec: OBJ-SET-2
        PyObject f = IntFrozenSet(1);
        Assert.That(Call(FrozenType, f), Is.SameAs(f));
        Assert.That(Method(f, "copy"), Is.SameAs(f));
        PyTypeObject fsub = Class("F", [PySetObject.FrozenSetType]);
        Assert.That(Call(fsub, f), Is.Not.SameAs(f));
    }

    [Test]
    public void FrozenSetsHaveNoMutatingMethods()
    {
        // spec: OBJ-SET-2
        Assert.That(MethodRaises(IntFrozenSet(), "add", Int(1)), Is.EqualTo("AttributeError: 'frozenset' object has no attribute 'add'"));
        Assert.That(MethodRaises(IntFrozenSet(), "clear"), Is.EqualTo("AttributeError: 'frozenset' object has no attribute 'clear'"));
    }

    [Test]
    public void MethodsAcceptAnyIterablesAndSeveralOfThem()
    {
        // spec: OBJ-SET-2
        Assert.That(Repr(Method(IntSet(1), "union", IntList(2), IntTuple(3), IntDict((4, 0)), S("a"))), Is.EqualTo("{1, 2, 3, 4, 'a'}"));
        Assert.That(Repr(Method(IntSet(1, 2, 3), "intersection", IntList(1, 2), IntTuple(2, 3))), Is.EqualTo("{2}"));
        Assert.That(Repr(Method(IntSet(1, 2, 3, 4), "difference", IntList(1), IntDict((2, 0)), IntSet(3))), Is.EqualTo("{4}"));
        Assert.That(Repr(Method(IntSet(1, 2), "symmetric_difference", IntList(2, 3))), Is.EqualTo("{1, 3}"));
        PySetObject du = IntSet(1, 2, 3);
        Method(du, "difference_update", IntList(1), IntSet(2));
        Assert.That(Repr(du), Is.EqualTo("{3}"));
        PySetObject iu = IntSet(1, 2, 3);
        Method(iu, "intersection_update", IntList(1, 2), IntSet(2, 3));
        Assert.That(Repr(iu), Is.EqualTo("{2}"));
        PySetObject sdu = IntSet(1, 2, 3);
        Method(sdu, "symmetric_difference_update", IntDict((2, 0), (5, 0)));
        Assert.That(Repr(sdu), Is.EqualTo("{1, 3, 5}"));
        PySetObject up = IntSet(1);
        Method(up, "update");
        Method(up, "update", IntList(2), Range(3, 5));
        Assert.That(Repr(up), Is.EqualTo("{1, 2, 3, 4}"));
    }

    [Test]
    public void MethodsWithoutOthersCopy()
    {
        // spec: OBJ-SET-2
        PySetObject s = IntSet(1);
        foreach (string name in (string[])["union", "intersection", "difference"])
        {
            PyObject copy = Method(s, name);
            Assert.That(copy, Is.Not.SameAs(s), name);
            Assert.That(Repr(copy), Is.EqualTo("{1}"), name);
        }
        Assert.That(MethodRaises(s, "symmetric_difference"), Is.EqualTo("TypeError: set.symmetric_difference() takes exactly one argument (0 given)"));
        Assert.That(MethodRaises(s, "issubset"), Is.EqualTo("TypeError: set.issubset() takes exactly one argument (0 given)"));
        Assert.That(MethodRaises(s, "add"), Is.EqualTo("TypeError: set.add() takes exactly one argument (0 given)"));
        Assert.That(MethodRaises(s, "update", Int(1)), Is.EqualTo("TypeError: 'int' object is not iterable"));
    }

    [Test]
    public void InPlaceOperatorsWithThemselves()
    {
        // spec: OBJ-SET-2, OBJ-NUM-2
        PySetObject a = IntSet(1, 2), b = IntSet(1, 2), c = IntSet(1, 2), d = IntSet(1, 2);
        Assert.That(Ok(PyNumber.InPlaceOr(a, a)), Is.SameAs(a));
        Assert.That(Repr(a), Is.EqualTo("{1, 2}"));
        Ok(PyNumber.InPlaceSubtract(b, b));
        Assert.That(Repr(b), Is.EqualTo("set()"));
        Ok(PyNumber.InPlaceXor(c, c));
        Assert.That(Repr(c), Is.EqualTo("set()"));
        Ok(PyNumber.InPlaceAnd(d, d));
        Assert.That(Repr(d), Is.EqualTo("{1, 2}"));
        PySetObject e = IntSet(1, 2), f = IntSet(1, 2);
        Method(e, "symmetric_difference_update", e);
        Method(f, "difference_update", f);
        Assert.That(Repr(e) + Repr(f), Is.EqualTo("set()set()"));
        Assert.That(Repr(Ok(PyNumber.Or(IntSet(1, 2), IntSet(1, 2)))), Is.EqualTo("{1, 2}"));
    }

    [Test]
    public void SubsetSupersetAndDisjointWorkWithIterables()
    {
        // spec: OBJ-SET-2
        Assert.That(Method(IntSet(1, 2), "issubset", IntList(1, 2, 3)), Is.SameAs(True));
        Assert.That(Method(IntSet(1, 4), "issubset", IntList(1, 2, 3)), Is.SameAs(False));
        Assert.That(Method(IntSet(1, 2), "issuperset", IntList(1)), Is.SameAs(True));
        Assert.That(Method(IntSet(1), "issuperset", IntList(1, 2)), Is.SameAs(False));
        Assert.That(Method(IntSet(1), "isdisjoint", IntList(2)), Is.SameAs(True));
        Assert.That(Method(IntSet(1), "isdisjoint", IntTuple(1)), Is.SameAs(False));
        Assert.That(Method(IntSet(1, 2), "isdisjoint", IntSet(3, 4, 5)), Is.SameAs(True));
        Assert.That(Method(IntSet(1, 2, 3), "isdisjoint", IntFrozenSet(3)), Is.SameAs(False));
        PySetObject s = IntSet(1);
        Assert.That(Method(s, "isdisjoint", s), Is.SameAs(False));
        PySetObject empty = IntSet();
        Assert.That(Method(empty, "isdisjoint", empty), Is.SameAs(True));
        Assert.That(MethodRaises(s, "isdisjoint", Int(1)), Is.EqualTo("TypeError: 'int' object is not iterable"));
        Assert.That(MethodRaises(s, "issuperset", Int(1)), Is.EqualTo("TypeError: 'int' object is not iterable"));
        Assert.That(MethodRaises(s, "issubset", Int(1)), Is.EqualTo("TypeError: 'int' object is not iterable"));
    }

    [Test]
    public void SetsCompareAsSets()
    {
        // spec: OBJ-SET-2, OBJ-CMP-2
        Assert.That(Eq(IntSet(1, 2), IntFrozenSet(1, 2)), Is.True);
        Assert.That(Compare(IntSet(1), IntSet(1), CompareOp.Ne), Is.False);
        Assert.That(Compare(IntSet(1, 2), IntSet(1, 2, 3), CompareOp.Le), Is.True);
        Assert.That(Compare(IntSet(1, 2), IntSet(1, 2), CompareOp.Lt), Is.False);
        Assert.That(Compare(IntSet(1, 2, 3), IntSet(1), CompareOp.Ge), Is.True);
        Assert.That(Compare(IntSet(1, 2), IntSet(1, 2), CompareOp.Gt), Is.False);
        Assert.That(Compare(IntSet(1, 3), IntSet(1, 2), CompareOp.Gt), Is.False);
        Assert.That(Compare(IntFrozenSet(1), IntSet(1, 2), CompareOp.Lt), Is.True);
        Assert.That(Eq(IntSet(1, 2), IntSet(1, 3)), Is.False);
        PyObject a = IntFrozenSet(1, 2), b = IntFrozenSet(1, 3);
        HashOf(a);
        HashOf(b);
        Assert.That(Eq(a, b), Is.False, "cached hashes differ");
    }

    [Test]
    public void AComparisonErrorPropagatesFromLookups()
    {
        // spec: OBJ-SET-2, OBJ-ERR-1
        PyTypeObject bad = HashedClass("Bad", 1, (_, _) => PyErr.SetString(PyExc.RuntimeError, "no eq"));
        PySetObject s = Set(New(bad));
        Assert.That(InRaises(New(bad), s), Is.EqualTo("RuntimeError: no eq"));
        Assert.That(MethodRaises(s, "add", New(bad)), Is.EqualTo("RuntimeError: no eq"));
        Assert.That(MethodRaises(s, "discard", New(bad)), Is.EqualTo("RuntimeError: no eq"));
        Assert.That(CompareRaises(s, Set(New(bad)), CompareOp.Eq), Is.EqualTo("RuntimeError: no eq"));
        Assert.That(Raises(PyNumber.And(s, Set(New(bad)))), Is.EqualTo("RuntimeError: no eq"));
        Assert.That(Raises(PyNumber.Subtract(s, Set(New(bad)))), Is.EqualTo("RuntimeError: no eq"));
        Assert.That(Raises(PyNumber.Xor(s, Set(New(bad)))), Is.EqualTo("RuntimeError: no eq"));
        Assert.That(MethodRaises(s, "isdisjoint", Set(New(bad))), Is.EqualTo("RuntimeError: no eq"));
    }

    [Test]
    public void AnAddWhoseEqClearsTheSetRestarts()
    {
        // spec: OBJ-SET-2, OBJ-DICT-3
        PySetObject s = IntSet();
        bool cleared = false;
        PyTypeObject k = HashedClass("K", 7, (_, _) =>
        {
            if (!cleared)
            {
                cleared = true;
                s.Clear();
            }
            return Py.NewRef(Py.False);
        });
        Ok(s.Add(New(k)));
        Ok(s.Add(New(k)));
        Assert.That(Len(s), Is.EqualTo(1));
        cleared = false;
        Ok(s.Add(New(k)));
        Assert.That(In(New(k), s), Is.False);
    }

    [Test]
    public void IteratorsDetectSizeChangesAndStayBroken()
    {
        // spec: OBJ-SET-2, OBJ-ITER-1
        PySetObject s = IntSet(1, 2);
        PyObject it = Iter(s);
        Assert.That(Repr(Method(it, "__length_hint__")), Is.EqualTo("2"));
        Next(it);
        Assert.That(Repr(Method(it, "__length_hint__")), Is.EqualTo("1"));
        Ok(s.Add(Int(3)));
        Assert.That(Repr(Method(it, "__length_hint__")), Is.EqualTo("0"));
        Assert.That(Raises(PyIter.Next(it)), Is.EqualTo("RuntimeError: Set changed size during iteration"));
        Ok(s.Discard(Int(3)));
        Assert.That(Raises(PyIter.Next(it)), Is.EqualTo("RuntimeError: Set changed size during iteration"));
        Assert.That(Iter(s).ObType.Name, Is.EqualTo("set_iterator"));
        PyObject done = Iter(IntSet(1));
        Assert.That(Items(done), Is.EqualTo("[1]"));
        Assert.That(PyIter.Next(done), Is.Null);
        Assert.That(Repr(Method(done, "__length_hint__")), Is.EqualTo("0"));
    }

    [Test]
    public void ReduceGivesTypeItemsAndState()
    {
        // spec: OBJ-SET-2
        Assert.That(Repr(Method(IntSet(1), "__reduce__")), Is.EqualTo("(<class 'set'>, ([1],), None)"));
        Assert.That(Repr(Method(IntFrozenSet(1), "__reduce__")), Is.EqualTo("(<class 'frozenset'>, ([1],), None)"));
        PyObject sub = New(Class("S", [PySetObject.Type]), IntList(1));
        Assert.That(Repr(Item(Method(sub, "__reduce__"), Slice(1, null))), Is.EqualTo("(([1],), None)"));
        Ok(PyObject.SetAttr(sub, "a", Int(1)));
        Assert.That(Repr(Item(Method(sub, "__reduce__"), Slice(1, null))), Is.EqualTo("(([1],), {'a': 1})"));
    }

    [Test]
    public void InitReplacesTheContents()
    {
        // spec: OBJ-SET-2
        PySetObject s = IntSet(1, 2);
        Method(s, "__init__", IntList(7));
        Assert.That(Repr(s), Is.EqualTo("{7}"));
        Method(s, "__init__");
        Assert.That(Repr(s), Is.EqualTo("set()"));
    }

    [TestCase(new long[] { }, 133146708735736L)]
    [TestCase(new long[] { 1 }, -558064481276695278L)]
    [TestCase(new long[] { 1, 2 }, -1826646154956904602L)]
    [TestCase(new long[] { 3, 1, 2 }, -272375401224217160L)]
    [TestCase(new long[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, 3895031357313128696L)]
    [TestCase(new long[] { -1 }, 6776983852052281967L)]
    [TestCase(new long[] { 2305843009213693951 }, -2704248722033767810L)]
    public void FrozenSetHashesAreCPythons(long[] items, long expected)
    {
        // spec: OBJ-SET-2, OBJ-HASH-1
        Assert.That(HashOf(IntFrozenSet(items)), Is.EqualTo(expected));
    }

    [Test]
    public void FrozenSetHashesOfOtherItemsAreCPythons()
    {
        // spec: OBJ-SET-2, OBJ-HASH-1
        Assert.That(HashOf(Call(PySetObject.FrozenSetType, List(None))), Is.EqualTo(6611776082492875612L));
        Assert.That(HashOf(Call(PySetObject.FrozenSetType, List(IntTuple(1, 2)))), Is.EqualTo(3819360209092968377L));
        Assert.That(HashOf(Call(PySetObject.FrozenSetType, List(IntFrozenSet(1)))), Is.EqualTo(5515263749738256364L));
        Assert.That(HashOf(Call(PySetObject.FrozenSetType, List(Big("1267650600228229401496703205376")))), Is.EqualTo(-1913093538913465730L));
    }

    [Test]
    public void AFrozenSetHashDependsOnlyOnItsItems()
    {
        // spec: OBJ-SET-2, OBJ-HASH-3
        PySetObject s = IntSet(1, 2, 3);
        Method(s, "discard", Int(2));
        Assert.That(HashOf(Call(PySetObject.FrozenSetType, s)), Is.EqualTo(HashOf(IntFrozenSet(1, 3))));
        Assert.That(HashOf(IntFrozenSet(3, 1, 2)), Is.EqualTo(HashOf(IntFrozenSet(1, 2, 3))));
        PyTypeObject fsub = Class("F", [PySetObject.FrozenSetType]);
        Assert.That(HashOf(New(fsub, IntList(1, 2))), Is.EqualTo(HashOf(IntFrozenSet(1, 2))));
        long first = HashOf(Call(PySetObject.FrozenSetType, List(S("a"))));
        Assert.That(HashOf(Call(PySetObject.FrozenSetType, List(S("a")))), Is.EqualTo(first));
    }
}
