// OBJ-TUPLE-1: tuple construction, indexing, slicing, concatenation, repetition, comparison,
// hashing, index, count and repr, as CPython 3.14 (hash values from 64-bit CPython 3.13).
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Containers;

[TestFixture]
public sealed class TupleTests : ContainerTest
{
    [Test]
    public void ReprOfAOneTupleHasATrailingComma()
    {
        // spec: OBJ-TUPLE-1
        Assert.That(Repr(IntTuple(1)), Is.EqualTo("(1,)"));
        Assert.That(Repr(IntTuple()), Is.EqualTo("()"));
        Assert.That(Repr(Tuple(Int(1), S("a"), IntTuple(2), IntList(3))), Is.EqualTo("(1, 'a', (2,), [3])"));
    }

    [Test]
    public void ReprOfATupleThatContainsItselfThroughAListShowsDots()
    {
        // spec: OBJ-TUPLE-1, OBJ-REPR-1
        PyListObject list = IntList(1);
        PyObject tuple = Tuple(list);
        Ok(list.Append(tuple));
        Assert.That(Repr(tuple), Is.EqualTo("([1, (...)],)"));
        Assert.That(Repr(list), Is.EqualTo("[1, ([...],)]"));
        list.Clear();
    }

    [Test]
    public void TheEmptyTupleIsASharedImmortalSingleton()
    {
        // spec: OBJ-TUPLE-1, OBJ-RC-3
        PyObject a = Call(PyTupleObject.Type);
        PyObject b = Call(PyTupleObject.Type, IntList());
        Assert.That(a, Is.SameAs(PyTupleObject.EmptyTuple));
        Assert.That(b, Is.SameAs(PyTupleObject.EmptyTuple));
        Assert.That(a.IsImmortal, Is.True);
    }

    [Test]
    public void TupleOfATupleIsTheSameObjectAndOfAnIterableIsANewTuple()
    {
        // spec: OBJ-TUPLE-1
        PyObject t = IntTuple(1, 2);
        Assert.That(Call(PyTupleObject.Type, t), Is.SameAs(t));
        Assert.That(Repr(Call(PyTupleObject.Type, IntList(1, 2))), Is.EqualTo("(1, 2)"));
        Assert.That(Repr(Call(PyTupleObject.Type, S("ab"))), Is.EqualTo("('a', 'b')"));
        Assert.That(Repr(Call(PyTupleObject.Type, Range(3))), Is.EqualTo("(0, 1, 2)"));
    }

    [Test]
    public void ConstructorArgumentErrorsUseCPythonsMessages()
    {
        // spec: OBJ-TUPLE-1, OBJ-ERR-1
        Assert.That(CallRaises(PyTupleObject.Type, Int(1), Int(2)), Is.EqualTo("TypeError: tuple expected at most 1 argument, got 2"));
        Assert.That(CallRaises(PyTupleObject.Type, Int(1)), Is.EqualTo("TypeError: 'int' object is not iterable"));
        PyObject? kw = MethodKw(PyTupleObject.Type, "__call__", [], ("x", Int(1)));
        Assert.That(Raises(kw), Is.EqualTo("TypeError: tuple() takes no keyword arguments"));
    }

    [Test]
    public void IndexingCountsFromTheEndForNegativeIndexes()
    {
        // spec: OBJ-TUPLE-1
        PyObject t = IntTuple(10, 20, 30);
        Assert.That(Repr(Item(t, 0)), Is.EqualTo("10"));
        Assert.That(Repr(Item(t, -1)), Is.EqualTo("30"));
        Assert.That(Repr(Item(t, -3)), Is.EqualTo("10"));
    }

    [Test]
    public void IndexingErrorsUseCPythonsMessages()
    {
        // spec: OBJ-TUPLE-1, OBJ-ERR-1
        PyObject t = IntTuple(1);
        Assert.That(ItemRaises(t, Int(1)), Is.EqualTo("IndexError: tuple index out of range"));
        Assert.That(ItemRaises(t, Int(-2)), Is.EqualTo("IndexError: tuple index out of range"));
        Assert.That(ItemRaises(t, S("a")), Is.EqualTo("TypeError: tuple indices must be integers or slices, not str"));
        Assert.That(ItemRaises(t, Big("1180591620717411303424")), Is.EqualTo("IndexError: cannot fit 'int' into an index-sized integer"));
        Assert.That(SetItemRaises(t, Int(0), Int(1)), Is.EqualTo("TypeError: 'tuple' object does not support item assignment"));
    }

    [TestCase(4, 1, -2, "(4, 2)")]
    [TestCase(null, null, -1, "(5, 4, 3, 2, 1, 0)")]
    [TestCase(1, 4, null, "(1, 2, 3)")]
    [TestCase(-2, null, null, "(4, 5)")]
    [TestCase(-100, 100, 2, "(0, 2, 4)")]
    [TestCase(5, 0, 1, "()")]
    public void SlicingFollowsTheSliceIndices(int? start, int? stop, int? step, string expected)
    {
        // spec: OBJ-TUPLE-1, OBJ-SLICE-1
        PyObject t = IntTuple(0, 1, 2, 3, 4, 5);
        Assert.That(Repr(Item(t, Slice(start, stop, step))), Is.EqualTo(expected));
    }

    [Test]
    public void AFullSliceOfATupleIsTheTupleItself()
    {
        // spec: OBJ-TUPLE-1
        PyObject t = IntTuple(0, 1, 2);
        Assert.That(Item(t, Slice(null, null)), Is.SameAs(t));
        Assert.That(ItemRaises(t, Slice(null, null, 0)), Is.EqualTo("ValueError: slice step cannot be zero"));
    }

    [Test]
    public void ConcatenationNeedsATuple()
    {
        // spec: OBJ-TUPLE-1
        PyObject t = IntTuple(1, 2);
        Assert.That(ReprSteal(PyNumber.Add(t, IntTuple(3))), Is.EqualTo("(1, 2, 3)"));
        Assert.That(Raises(PyNumber.Add(t, IntList(3))), Is.EqualTo("TypeError: can only concatenate tuple (not \"list\") to tuple"));
        PyObject same = Ok(PyNumber.Add(t, IntTuple()));
        Assert.That(same, Is.SameAs(t));
        Assert.That(Ok(PyNumber.Add(IntTuple(), t)), Is.SameAs(t));
    }

    [Test]
    public void RepetitionRepeatsTheItemsAndNonPositiveCountsGiveTheEmptyTuple()
    {
        // spec: OBJ-TUPLE-1
        PyObject t = IntTuple(1, 2);
        Assert.That(ReprSteal(PyNumber.Multiply(t, Int(3))), Is.EqualTo("(1, 2, 1, 2, 1, 2)"));
        Assert.That(ReprSteal(PyNumber.Multiply(Int(2), t)), Is.EqualTo("(1, 2, 1, 2)"));
        Assert.That(Ok(PyNumber.Multiply(t, Int(0))), Is.SameAs(PyTupleObject.EmptyTuple));
        Assert.That(Ok(PyNumber.Multiply(t, Int(-5))), Is.SameAs(PyTupleObject.EmptyTuple));
        Assert.That(Ok(PyNumber.Multiply(t, Int(1))), Is.SameAs(t));
        Assert.That(Raises(PyNumber.Multiply(t, S("a"))), Is.EqualTo("TypeError: can't multiply sequence by non-int of type 'str'"));
    }

    [Test]
    public void RepeatingBeyondMemoryRaisesMemoryError()
    {
        // spec: OBJ-TUPLE-1, OBJ-ERR-2
        Assert.That(Raises(PyNumber.Multiply(IntTuple(1, 2), Int(1L << 62))), Is.EqualTo("MemoryError"));
    }

    [TestCase(new long[] { 1, 2 }, new long[] { 1, 3 }, CompareOp.Lt, true)]
    [TestCase(new long[] { 1, 2 }, new long[] { 1, 2, 0 }, CompareOp.Lt, true)]
    [TestCase(new long[] { 1, 2 }, new long[] { 1, 2 }, CompareOp.Le, true)]
    [TestCase(new long[] { 1, 2 }, new long[] { 1, 2 }, CompareOp.Lt, false)]
    [TestCase(new long[] { 2 }, new long[] { 1, 5 }, CompareOp.Gt, true)]
    [TestCase(new long[] { }, new long[] { }, CompareOp.Ge, true)]
    [TestCase(new long[] { 1, 2 }, new long[] { 1, 2 }, CompareOp.Eq, true)]
    [TestCase(new long[] { 1, 2 }, new long[] { 1, 3 }, CompareOp.Ne, true)]
    [TestCase(new long[] { 1 }, new long[] { 1, 3 }, CompareOp.Eq, false)]
    public void TuplesCompareLexicographically(long[] a, long[] b, CompareOp op, bool expected)
    {
        // spec: OBJ-TUPLE-1, OBJ-CMP-2
        Assert.That(Compare(IntTuple(a), IntTuple(b), op), Is.EqualTo(expected));
    }

    [Test]
    public void OrderingComparesTheFirstDifferingItemsAndMayFailThere()
    {
        // spec: OBJ-TUPLE-1, OBJ-CMP-2
        PyObject a = Tuple(Int(1), S("a")), b = IntTuple(1, 2);
        Assert.That(CompareRaises(a, b, CompareOp.Lt), Is.EqualTo("TypeError: '<' not supported between instances of 'str' and 'int'"));
        Assert.That(Eq(a, b), Is.False);
        Assert.That(CompareRaises(IntTuple(1), IntList(1), CompareOp.Lt), Is.EqualTo("TypeError: '<' not supported between instances of 'tuple' and 'list'"));
        Assert.That(Eq(IntTuple(1), IntList(1)), Is.False);
    }

    [Test]
    public void AnItemIsEqualToItselfEvenWhenItIsNaN()
    {
        // spec: OBJ-TUPLE-1, OBJ-CMP-2
        PyObject nan = Float(double.NaN);
        Assert.That(Eq(Tuple(nan), Tuple(nan)), Is.True);
        Assert.That(Eq(Tuple(Float(double.NaN)), Tuple(Float(double.NaN))), Is.False);
    }

    [TestCase(new long[] { }, 5740354900026072187L)]
    [TestCase(new long[] { 1 }, -6644214454873602895L)]
    [TestCase(new long[] { 1, 2 }, -3550055125485641917L)]
    [TestCase(new long[] { -1, -2 }, 960947337673586213L)]
    public void HashesOfIntTuplesAreCPythons(long[] items, long expected)
    {
        // spec: OBJ-TUPLE-1, OBJ-HASH-1
        Assert.That(HashOf(IntTuple(items)), Is.EqualTo(expected));
    }

    [Test]
    public void HashesOfNestedAndMixedTuplesAreCPythons()
    {
        // spec: OBJ-TUPLE-1, OBJ-HASH-1
        Assert.That(HashOf(Tuple(IntTuple(1, 2), IntTuple(3))), Is.EqualTo(-8303551883679707139L));
        Assert.That(HashOf(Tuple(Float(1.5), Float(2.0), True)), Is.EqualTo(-5358398088981256363L));
        Assert.That(HashOf(Tuple(None)), Is.EqualTo(9181102132670838864L));
        Assert.That(HashOf(Tuple(Float(1.0), Float(2.0))), Is.EqualTo(HashOf(IntTuple(1, 2))));
    }

    [Test]
    public void ATupleWithAnUnhashableItemIsUnhashable()
    {
        // spec: OBJ-TUPLE-1, OBJ-HASH-2
        Assert.That(HashRaises(Tuple(Int(1), IntList(2))), Is.EqualTo("TypeError: unhashable type: 'list'"));
        Assert.That(HashRaises(Tuple(Int(1), Dict())), Is.EqualTo("TypeError: unhashable type: 'dict'"));
    }

    [Test]
    public void IndexFindsTheFirstMatchWithinTheBounds()
    {
        // spec: OBJ-TUPLE-1
        PyObject t = IntTuple(1, 2, 3, 2);
        Assert.That(Repr(Method(t, "index", Int(2))), Is.EqualTo("1"));
        Assert.That(Repr(Method(t, "index", Int(2), Int(2))), Is.EqualTo("3"));
        Assert.That(Repr(Method(t, "index", Int(2), Int(-1))), Is.EqualTo("3"));
        Assert.That(Repr(Method(t, "index", Float(3.0), Big("-1267650600228229401496703205376"), Big("1267650600228229401496703205376"))), Is.EqualTo("2"));
        Assert.That(MethodRaises(t, "index", Int(2), Int(2), Int(3)), Is.EqualTo("ValueError: tuple.index(x): x not in tuple"));
        Assert.That(MethodRaises(t, "index", Int(7)), Is.EqualTo("ValueError: tuple.index(x): x not in tuple"));
    }

    [Test]
    public void IndexArgumentErrorsUseCPythonsMessages()
    {
        // spec: OBJ-TUPLE-1, OBJ-ERR-1
        PyObject t = IntTuple(1);
        Assert.That(MethodRaises(t, "index"), Is.EqualTo("TypeError: index expected at least 1 argument, got 0"));
        Assert.That(MethodRaises(t, "index", Int(1), Int(0), Int(1), Int(1)), Is.EqualTo("TypeError: index expected at most 3 arguments, got 4"));
        Assert.That(MethodRaises(t, "index", Int(1), None), Is.EqualTo("TypeError: slice indices must be integers or have an __index__ method"));
    }

    [Test]
    public void CountCountsEqualItems()
    {
        // spec: OBJ-TUPLE-1
        PyObject t = Tuple(Int(1), Int(2), Int(1), Float(1.0), True);
        Assert.That(Repr(Method(t, "count", Int(1))), Is.EqualTo("4"));
        Assert.That(MethodRaises(t, "count"), Is.EqualTo("TypeError: tuple.count() takes exactly one argument (0 given)"));
    }

    [Test]
    public void ContainsComparesByEquality()
    {
        // spec: OBJ-TUPLE-1
        PyObject t = IntTuple(1, 2);
        Assert.That(In(Float(2.0), t), Is.True);
        Assert.That(In(Int(3), t), Is.False);
    }

    [Test]
    public void GetNewArgsReturnsTheItemsInATuple()
    {
        // spec: OBJ-TUPLE-1
        PyObject t = IntTuple(1, 2);
        PyObject args = Method(t, "__getnewargs__");
        Assert.That(Repr(args), Is.EqualTo("((1, 2),)"));
        Assert.That(((PyTupleObject)args)[0], Is.SameAs(t));
    }

    [Test]
    public void ASubclassOfTupleKeepsItsTypeAndItems()
    {
        // spec: OBJ-TUPLE-1
        PyTypeObject sub = Class("T", [PyTupleObject.Type]);
        PyObject t = New(sub, IntList(1, 2));
        Assert.That(t.ObType, Is.SameAs(sub));
        Assert.That(Repr(t), Is.EqualTo("(1, 2)"));
        PyObject whole = Item(t, Slice(null, null));
        Assert.That(whole.ObType, Is.SameAs(PyTupleObject.Type));
        Assert.That(Ok(PyNumber.Multiply(t, Int(1))).ObType, Is.SameAs(PyTupleObject.Type));
        Assert.That(Ok(PyNumber.Add(t, IntTuple())).ObType, Is.SameAs(PyTupleObject.Type));
    }
}
