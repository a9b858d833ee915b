// OBJ-LIST-1: list construction, indexing, the mutating methods, +, +=, *, *=, comparison and repr,
// errors included, as CPython 3.14.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Containers;

[TestFixture]
public sealed class ListTests : ContainerTest
{
    [Test]
    public void ListOfAnIterableCopiesItsItems()
    {
        // spec: OBJ-LIST-1
        PyListObject l = IntList(1, 2);
        PyObject copy = Call(PyListObject.Type, l);
        Assert.That(copy, Is.Not.SameAs(l));
        Assert.That(Repr(copy), Is.EqualTo("[1, 2]"));
        Assert.That(Repr(Call(PyListObject.Type, Dict((S("a"), Int(1)), (S("b"), Int(2))))), Is.EqualTo("['a', 'b']"));
        Assert.That(Repr(Call(PyListObject.Type, S("ab"))), Is.EqualTo("['a', 'b']"));
        Assert.That(Repr(Call(PyListObject.Type)), Is.EqualTo("[]"));
    }

    [Test]
    public void ConstructorErrorsUseCPythonsMessages()
    {
        // spec: OBJ-LIST-1, OBJ-ERR-1
        Assert.That(CallRaises(PyListObject.Type, Int(1), Int(2)), Is.EqualTo("TypeError: list expected at most 1 argument, got 2"));
        Assert.That(CallRaises(PyListObject.Type, Int(1)), Is.EqualTo("TypeError: 'int' object is not iterable"));
        Assert.That(Raises(MethodKw(PyListObject.Type, "__call__", [], ("x", Int(1)))), Is.EqualTo("TypeError: list() takes no keyword arguments"));
    }

    [Test]
    public void InitReplacesTheContents()
    {
        // spec: OBJ-LIST-1
        PyListObject l = IntList(1, 2);
        Method(l, "__init__", IntList(7, 8));
        Assert.That(Repr(l), Is.EqualTo("[7, 8]"));
        Method(l, "__init__");
        Assert.That(Repr(l), Is.EqualTo("[]"));
        Assert.That(MethodRaises(l, "__init__", Int(1), Int(2)), Is.EqualTo("TypeError: list expected at most 1 argument, got 2"));
        Assert.That(Raises(MethodKw(l, "__init__", [], ("x", Int(1)))), Is.EqualTo("TypeError: list() takes no keyword arguments"));
    }

    [Test]
    public void ASubclassOfListIsBuiltFromAnIterableAndCopiesAsAPlainList()
    {
        // spec: OBJ-LIST-1, OBJ-TYPE-6
        PyTypeObject sub = Class("L", [PyListObject.Type]);
        PyObject l = New(sub, Range(3));
        Assert.That(Repr(l), Is.EqualTo("[0, 1, 2]"));
        Assert.That(Repr(Method(l, "copy")), Is.EqualTo("[0, 1, 2]"));
        Assert.That(Method(l, "copy").ObType, Is.SameAs(PyListObject.Type));
    }

    [Test]
    public void IndexingCountsFromTheEndForNegativeIndexes()
    {
        // spec: OBJ-LIST-1
        PyListObject l = IntList(10, 20, 30);
        Assert.That(Repr(Item(l, 0)), Is.EqualTo("10"));
        Assert.That(Repr(Item(l, -1)), Is.EqualTo("30"));
        SetItem(l, Int(-3), S("x"));
        Assert.That(Repr(l), Is.EqualTo("['x', 20, 30]"));
        DelItem(l, Int(-1));
        Assert.That(Repr(l), Is.EqualTo("['x', 20]"));
        Assert.That(ReprSteal(PySequence.GetItem(l, -2)), Is.EqualTo("'x'"));
    }

    [Test]
    public void IndexingErrorsUseCPythonsMessages()
    {
        // spec: OBJ-LIST-1, OBJ-ERR-1
        PyListObject l = IntList(1);
        Assert.That(ItemRaises(l, Int(1)), Is.EqualTo("IndexError: list index out of range"));
        Assert.That(ItemRaises(l, Int(-2)), Is.EqualTo("IndexError: list index out of range"));
        Assert.That(ItemRaises(l, S("a")), Is.EqualTo("TypeError: list indices must be integers or slices, not str"));
        Assert.That(ItemRaises(l, Float(1.0)), Is.EqualTo("TypeError: list indices must be integers or slices, not float"));
        Assert.That(ItemRaises(l, Big("1267650600228229401496703205376")), Is.EqualTo("IndexError: cannot fit 'int' into an index-sized integer"));
        Assert.That(SetItemRaises(l, Int(1), Int(0)), Is.EqualTo("IndexError: list assignment index out of range"));
        Assert.That(SetItemRaises(l, Int(-2), Int(0)), Is.EqualTo("IndexError: list assignment index out of range"));
        Assert.That(SetItemRaises(l, Int(1), null), Is.EqualTo("IndexError: list assignment index out of range"));
        Assert.That(SetItemRaises(l, S("a"), Int(0)), Is.EqualTo("TypeError: list indices must be integers or slices, not str"));
        Assert.That(SetItemRaises(l, S("a"), null), Is.EqualTo("TypeError: list indices must be integers or slices, not str"));
        Assert.That(Raises(PySequence.SetItem(l, 5, Int(0))), Is.EqualTo("IndexError: list assignment index out of range"));
    }

    [Test]
    public void AppendAndExtendAddAtTheEnd()
    {
        // spec: OBJ-LIST-1
        PyListObject l = IntList(1);
        Method(l, "append", Int(2));
        Method(l, "extend", IntTuple(3, 4));
        Method(l, "extend", S("ab"));
        Method(l, "extend", Dict((S("k"), Int(1))));
        Method(l, "extend", IntSet(5));
        Method(l, "extend", Range(6, 8));
        Assert.That(Repr(l), Is.EqualTo("[1, 2, 3, 4, 'a', 'b', 'k', 5, 6, 7]"));
    }

    [Test]
    public void ExtendingAListWithItselfDoublesItOnce()
    {
        // spec: OBJ-LIST-1
        PyListObject l = IntList(1, 2);
        Method(l, "extend", l);
        Assert.That(Repr(l), Is.EqualTo("[1, 2, 1, 2]"));
        Ok(PyNumber.InPlaceAdd(l, l));
        Assert.That(Repr(l), Is.EqualTo("[1, 2, 1, 2, 1, 2, 1, 2]"));
    }

    [Test]
    public void ExtendWithAnIteratorUsesItsLengthHintAndPropagatesItsErrors()
    {
        // spec: OBJ-LIST-1, OBJ-ITER-1
        PyListObject l = IntList(0);
        Method(l, "extend", Iter(Range(1, 40)));
        Assert.That(Len(l), Is.EqualTo(40));
        PyTypeObject bad = Class("Bad", [],
            ("__iter__", CsMethod("__iter__", (self, _) => self.NewRef())),
            ("__next__", CsMethod("__next__", (_, _) => PyErr.SetString(PyExc.ValueError, "boom"))),
            ("__length_hint__", CsMethod("__length_hint__", (_, _) => PyLongObject.FromLong(3))));
        Assert.That(MethodRaises(l, "extend", New(bad)), Is.EqualTo("ValueError: boom"));
        PyTypeObject badHint = Class("BadHint", [],
            ("__iter__", CsMethod("__iter__", (self, _) => self.NewRef())),
            ("__next__", CsMethod("__next__", (_, _) => PyErr.SetNone(PyExc.StopIteration))),
            ("__length_hint__", CsMethod("__length_hint__", (_, _) => PyErr.SetString(PyExc.KeyError, "hint"))));
        Assert.That(MethodRaises(l, "extend", New(badHint)), Is.EqualTo("KeyError: 'hint'"));
        Assert.That(Len(l), Is.EqualTo(40));
    }

    [Test]
    public void ArgumentCountErrorsUseTheMethodsCallingConvention()
    {
        // spec: OBJ-LIST-1, OBJ-ERR-1
        PyListObject l = IntList(1);
        Assert.That(MethodRaises(l, "append"), Is.EqualTo("TypeError: list.append() takes exactly one argument (0 given)"));
        Assert.That(MethodRaises(l, "append", Int(1), Int(2)), Is.EqualTo("TypeError: list.append() takes exactly one argument (2 given)"));
        Assert.That(MethodRaises(l, "extend", Int(1)), Is.EqualTo("TypeError: 'int' object is not iterable"));
        Assert.That(MethodRaises(l, "insert", Int(1)), Is.EqualTo("TypeError: insert expected 2 arguments, got 1"));
        Assert.That(MethodRaises(l, "insert", S("a"), Int(1)), Is.EqualTo("TypeError: 'str' object cannot be interpreted as an integer"));
        Assert.That(MethodRaises(l, "pop", Int(1), Int(2)), Is.EqualTo("TypeError: pop expected at most 1 argument, got 2"));
        Assert.That(MethodRaises(l, "pop", S("a")), Is.EqualTo("TypeError: 'str' object cannot be interpreted as an integer"));
        Assert.That(MethodRaises(l, "count"), Is.EqualTo("TypeError: list.count() takes exactly one argument (0 given)"));
        Assert.That(MethodRaises(l, "clear", Int(1)), Is.EqualTo("TypeError: list.clear() takes no arguments (1 given)"));
        Assert.That(MethodRaises(l, "copy", Int(1)), Is.EqualTo("TypeError: list.copy() takes no arguments (1 given)"));
        Assert.That(MethodRaises(l, "reverse", Int(1)), Is.EqualTo("TypeError: list.reverse() takes no arguments (1 given)"));
        Assert.That(Raises(MethodKw(l, "append", [], ("x", Int(1)))), Is.EqualTo("TypeError: list.append() takes no keyword arguments"));
    }

    [Test]
    public void InsertClampsItsIndexLikeASlice()
    {
        // spec: OBJ-LIST-1
        PyListObject l = IntList(1, 2, 3);
        foreach (long i in (long[])[0, 100, -1, -100, 2])
        {
            Method(l, "insert", Int(i), S($"x{i}"));
        }
        Assert.That(Repr(l), Is.EqualTo("['x-100', 'x0', 'x2', 1, 2, 3, 'x-1', 'x100']"));
        Assert.That(MethodRaises(l, "insert", Big("1267650600228229401496703205376"), Int(9)), Is.EqualTo("OverflowError: Python int too large to convert to C ssize_t"));
    }

    [Test]
    public void PopRemovesFromTheEndOrAtAnIndex()
    {
        // spec: OBJ-LIST-1
        PyListObject l = IntList(1, 2, 3, 4);
        Assert.That(Repr(Method(l, "pop", Int(0))), Is.EqualTo("1"));
        Assert.That(Repr(Method(l, "pop", Int(-1))), Is.EqualTo("4"));
        Assert.That(Repr(Method(l, "pop")), Is.EqualTo("3"));
        Assert.That(Repr(l), Is.EqualTo("[2]"));
    }

    [Test]
    public void PopErrorsUseCPythonsMessages()
    {
        // spec: OBJ-LIST-1, OBJ-ERR-1
        Assert.That(MethodRaises(IntList(), "pop"), Is.EqualTo("IndexError: pop from empty list"));
        Assert.That(MethodRaises(IntList(), "pop", S("a")), Is.EqualTo("TypeError: 'str' object cannot be interpreted as an integer"));
        Assert.That(MethodRaises(IntList(1), "pop", Int(5)), Is.EqualTo("IndexError: pop index out of range"));
        Assert.That(MethodRaises(IntList(1, 2), "pop", Int(-3)), Is.EqualTo("IndexError: pop index out of range"));
        Assert.That(MethodRaises(IntList(1), "pop", Big("1267650600228229401496703205376")), Is.EqualTo("OverflowError: Python int too large to convert to C ssize_t"));
    }

    [Test]
    public void RemoveDeletesTheFirstEqualItem()
    {
        // spec: OBJ-LIST-1
        PyListObject l = IntList(1, 2, 3, 2);
        Method(l, "remove", Float(2.0));
        Assert.That(Repr(l), Is.EqualTo("[1, 3, 2]"));
        Assert.That(MethodRaises(l, "remove", Int(7)), Is.EqualTo("ValueError: list.remove(x): x not in list"));
    }

    [Test]
    public void IndexFindsTheFirstMatchWithinTheBounds()
    {
        // spec: OBJ-LIST-1
        PyListObject l = IntList(1, 2, 3, 2);
        Assert.That(Repr(Method(l, "index", Int(2))), Is.EqualTo("1"));
        Assert.That(Repr(Method(l, "index", Int(2), Int(2))), Is.EqualTo("3"));
        Assert.That(Repr(Method(l, "index", Int(2), Int(-1))), Is.EqualTo("3"));
        Assert.That(Repr(Method(l, "index", Int(3), Big("-1267650600228229401496703205376"), Big("1267650600228229401496703205376"))), Is.EqualTo("2"));
        Assert.That(MethodRaises(l, "index", Int(3), Int(0), Int(2)), Is.EqualTo("ValueError: list.index(x): x not in list"));
        Assert.That(MethodRaises(l, "index", Int(7)), Is.EqualTo("ValueError: list.index(x): x not in list"));
        Assert.That(MethodRaises(l, "index"), Is.EqualTo("TypeError: index expected at least 1 argument, got 0"));
        Assert.That(MethodRaises(l, "index", Int(1), Int(2), Int(3), Int(4)), Is.EqualTo("TypeError: index expected at most 3 arguments, got 4"));
        Assert.That(MethodRaises(l, "index", Int(3), S("a")), Is.EqualTo("TypeError: slice indices must be integers or have an __index__ method"));
        Assert.That(MethodRaises(l, "index", Int(3), Int(0), Float(1.5)), Is.EqualTo("TypeError: slice indices must be integers or have an __index__ method"));
    }

    [Test]
    public void CountCountsEqualItems()
    {
        // spec: OBJ-LIST-1
        PyListObject l = List(Int(1), Float(1.0), True, Int(2), S("a"));
        Assert.That(Repr(Method(l, "count", Int(1))), Is.EqualTo("3"));
        Assert.That(In(Float(2.0), l), Is.True);
        Assert.That(In(Int(5), l), Is.False);
    }

    [Test]
    public void ComparisonsThatFailPropagateFromRemoveIndexCountAndIn()
    {
        // spec: OBJ-LIST-1, OBJ-ERR-1
        PyTypeObject bad = Class("Bad", [], ("__eq__", CsMethod("__eq__", (_, _) => PyErr.SetString(PyExc.RuntimeError, "no eq"))));
        PyListObject l = List(New(bad));
        Assert.That(MethodRaises(l, "remove", Int(1)), Is.EqualTo("RuntimeError: no eq"));
        Assert.That(MethodRaises(l, "index", Int(1)), Is.EqualTo("RuntimeError: no eq"));
        Assert.That(MethodRaises(l, "count", Int(1)), Is.EqualTo("RuntimeError: no eq"));
        Assert.That(InRaises(Int(1), l), Is.EqualTo("RuntimeError: no eq"));
    }

    [Test]
    public void CopyIsShallowAndReverseWorksInPlace()
    {
        // spec: OBJ-LIST-1
        PyListObject inner = IntList(2);
        PyListObject l = List(Int(1), inner);
        PyObject copy = Method(l, "copy");
        Assert.That(copy, Is.Not.SameAs(l));
        Assert.That(Item(copy, 1), Is.SameAs(inner));
        PyListObject r = IntList(1, 2, 3, 4);
        Method(r, "reverse");
        Assert.That(Repr(r), Is.EqualTo("[4, 3, 2, 1]"));
        Method(r, "clear");
        Assert.That(Repr(r), Is.EqualTo("[]"));
    }

    [Test]
    public void ConcatenationNeedsAList()
    {
        // spec: OBJ-LIST-1
        Assert.That(ReprSteal(PyNumber.Add(IntList(1), IntList(2, 3))), Is.EqualTo("[1, 2, 3]"));
        Assert.That(Raises(PyNumber.Add(IntList(1), IntTuple(2))), Is.EqualTo("TypeError: can only concatenate list (not \"tuple\") to list"));
        Assert.That(Raises(PyNumber.Add(IntList(1), S("a"))), Is.EqualTo("TypeError: can only concatenate list (not \"str\") to list"));
    }

    [Test]
    public void InPlaceAddExtendsWithAnyIterable()
    {
        // spec: OBJ-LIST-1, OBJ-NUM-2
        PyListObject l = IntList(1);
        PyObject result = Ok(PyNumber.InPlaceAdd(l, IntTuple(2)));
        Assert.That(result, Is.SameAs(l));
        Assert.That(Repr(l), Is.EqualTo("[1, 2]"));
        Assert.That(Raises(PyNumber.InPlaceAdd(l, Int(1))), Is.EqualTo("TypeError: 'int' object is not iterable"));
    }

    [Test]
    public void RepetitionRepeatsTheItems()
    {
        // spec: OBJ-LIST-1
        Assert.That(ReprSteal(PyNumber.Multiply(IntList(1, 2), Int(3))), Is.EqualTo("[1, 2, 1, 2, 1, 2]"));
        Assert.That(ReprSteal(PyNumber.Multiply(Int(2), IntList(0))), Is.EqualTo("[0, 0]"));
        Assert.That(ReprSteal(PyNumber.Multiply(IntList(1), Int(-1))), Is.EqualTo("[]"));
        Assert.That(ReprSteal(PyNumber.Multiply(IntList(), Int(5))), Is.EqualTo("[]"));
        Assert.That(Raises(PyNumber.Multiply(IntList(1), S("a"))), Is.EqualTo("TypeError: can't multiply sequence by non-int of type 'str'"));
        Assert.That(Raises(PyNumber.Multiply(IntList(1, 2), Int(1L << 62))), Is.EqualTo("MemoryError"));
    }

    [Test]
    public void InPlaceRepetitionRepeatsOrClears()
    {
        // spec: OBJ-LIST-1, OBJ-NUM-2
        PyListObject l = IntList(1, 2);
        Assert.That(Ok(PyNumber.InPlaceMultiply(l, Int(3))), Is.SameAs(l));
        Assert.That(Repr(l), Is.EqualTo("[1, 2, 1, 2, 1, 2]"));
        Ok(PyNumber.InPlaceMultiply(l, Int(0)));
        Assert.That(Repr(l), Is.EqualTo("[]"));
        PyListObject m = IntList(1, 2);
        Ok(PyNumber.InPlaceMultiply(m, Int(-1)));
        Assert.That(Repr(m), Is.EqualTo("[]"));
        Assert.That(MethodRaises(m, "__imul__", S("a")), Is.EqualTo("TypeError: 'str' object cannot be interpreted as an integer"));
        Assert.That(Raises(PyNumber.InPlaceMultiply(IntList(1, 2), Int(1L << 62))), Is.EqualTo("MemoryError"));
    }

    [TestCase(new long[] { 1, 2 }, new long[] { 1, 2, 3 }, CompareOp.Lt, true)]
    [TestCase(new long[] { 1, 3 }, new long[] { 1, 2, 3 }, CompareOp.Lt, false)]
    [TestCase(new long[] { }, new long[] { 0 }, CompareOp.Lt, true)]
    [TestCase(new long[] { 2 }, new long[] { 1, 9 }, CompareOp.Gt, true)]
    [TestCase(new long[] { 1, 2 }, new long[] { 1, 2 }, CompareOp.Le, true)]
    [TestCase(new long[] { 1, 2 }, new long[] { 1, 3 }, CompareOp.Ge, false)]
    [TestCase(new long[] { 1, 2 }, new long[] { 1, 2, 3 }, CompareOp.Eq, false)]
    [TestCase(new long[] { 1, 2 }, new long[] { 1, 2 }, CompareOp.Ne, false)]
    [TestCase(new long[] { 1, 2 }, new long[] { 2, 1 }, CompareOp.Ne, true)]
    [TestCase(new long[] { 1, 2 }, new long[] { 2, 1 }, CompareOp.Eq, false)]
    public void ListsCompareLexicographically(long[] a, long[] b, CompareOp op, bool expected)
    {
        // spec: OBJ-LIST-1, OBJ-CMP-2
        Assert.That(Compare(IntList(a), IntList(b), op), Is.EqualTo(expected));
    }

    [Test]
    public void OrderingComparesTheFirstDifferingItemsAndMayFailThere()
    {
        // spec: OBJ-LIST-1, OBJ-CMP-2
        Assert.That(CompareRaises(IntList(1), List(S("a")), CompareOp.Lt), Is.EqualTo("TypeError: '<' not supported between instances of 'int' and 'str'"));
        Assert.That(CompareRaises(IntList(1), IntTuple(1), CompareOp.Lt), Is.EqualTo("TypeError: '<' not supported between instances of 'list' and 'tuple'"));
        Assert.That(Eq(IntList(1), IntTuple(1)), Is.False);
        PyObject nan = Float(double.NaN);
        Assert.That(Eq(List(nan), List(nan)), Is.True);
        Assert.That(Eq(List(Float(double.NaN)), List(Float(double.NaN))), Is.False);
    }

    [Test]
    public void AComparisonReadsTheListsLiveWhileEqMutatesThem()
    {
        // spec: OBJ-LIST-1, OBJ-CMP-2
        PyListObject a = IntList();
        PyTypeObject grower = Class("X", [], ("__eq__", CsMethod("__eq__", (_, _) =>
            a.Append(Int(0)) < 0 ? null : Py.True)));
        Ok(a.Append(New(grower)));
        Ok(a.Append(Int(1)));
        PyListObject b = List(New(grower), Int(1));
        Assert.That(Eq(a, b), Is.False);
        Assert.That(Len(a), Is.EqualTo(3));
        a.Clear();
        Ok(a.Append(New(grower)));
        Ok(a.Append(Int(1)));
        Assert.That(Compare(a, b, CompareOp.Lt), Is.False);
        Assert.That(Len(a), Is.EqualTo(3));
        a.Clear();
    }

    [Test]
    public void ListsAreUnhashable()
    {
        // spec: OBJ-LIST-1, OBJ-HASH-2
        Assert.That(HashRaises(IntList()), Is.EqualTo("TypeError: unhashable type: 'list'"));
    }

    [Test]
    public void ReprOfASelfReferencingListShowsDots()
    {
        // spec: OBJ-LIST-1, OBJ-REPR-1
        PyListObject l = IntList(1);
        Ok(l.Append(l));
        Assert.That(Repr(l), Is.EqualTo("[1, [...]]"));
        PyListObject m = IntList(1);
        Ok(m.Append(List(m, Dict((S("k"), m)))));
        Assert.That(Repr(m), Is.EqualTo("[1, [[...], {'k': [...]}]]"));
        l.Clear();
        m.Clear();
    }

    [Test]
    public void ReprPropagatesAnItemsReprError()
    {
        // spec: OBJ-LIST-1, OBJ-REPR-1
        PyTypeObject bad = Class("Bad", [], ("__repr__", CsMethod("__repr__", (_, _) => PyErr.SetString(PyExc.ValueError, "no repr"))));
        PyListObject l = List(Int(1), New(bad));
        Assert.That(Raises(PyObject.Repr(l)), Is.EqualTo("ValueError: no repr"));
        Assert.That(Raises(PyObject.Repr(l)), Is.EqualTo("ValueError: no repr"), "the list left the repr stack");
    }

    [Test]
    public void AContainsTestHoldsTheItemWhileEqRuns()
    {
        // spec: OBJ-LIST-1, OBJ-RC-2
        PyListObject l = IntList();
        PyTypeObject clearer = Class("C", [], ("__eq__", CsMethod("__eq__", (_, _) =>
        {
            l.Clear();
            return Py.False;
        })));
        Ok(l.AppendSteal(PyObject.CallNoArgs(clearer)!));
        Ok(l.Append(Int(1)));
        Assert.That(In(Int(1), l), Is.False);
        Assert.That(Len(l), Is.EqualTo(0));
    }
}
