// OBJ-RANGE-1: range with arbitrary-precision bounds — construction, len, indexing, slicing, `in`,
// index, count, iteration and reversal, equality by content, hash and repr, as CPython 3.14
// (hashes and iterator types from 64-bit CPython 3.13).
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Containers;

[TestFixture]
public sealed class RangeTests : ContainerTest
{
    private const string TwoTo100 = "1267650600228229401496703205376";

    [TestCase(new long[] { 10 }, "range(0, 10)")]
    [TestCase(new long[] { 0, 10, 2 }, "range(0, 10, 2)")]
    [TestCase(new long[] { -3, 10, 1 }, "range(-3, 10)")]
    [TestCase(new long[] { 5, -5, -1 }, "range(5, -5, -1)")]
    public void ReprShowsTheStepOnlyWhenItIsNotOne(long[] args, string expected)
    {
        // spec: OBJ-RANGE-1
        Assert.That(Repr(Range(args)), Is.EqualTo(expected));
    }

    [Test]
    public void ArgumentsGoThroughIndex()
    {
        // spec: OBJ-RANGE-1, OBJ-NUM-3
        PyTypeObject index = Class("I", [], ("__index__", CsMethod("__index__", (self, _) =>
            Attr(self, "v").NewRef())));
        PyObject Make(long v)
        {
            PyObject o = New(index);
            Ok(PyObject.SetAttr(o, "v", Int(v)));
            return o;
        }
        Assert.That(Repr(Call(PyRangeObject.Type, Make(1), Make(10), Make(3))), Is.EqualTo("range(1, 10, 3)"));
        Assert.That(Repr(Item(Range(10), Make(3))), Is.EqualTo("3"));
        Assert.That(Repr(Item(Range(10), True)), Is.EqualTo("1"));
    }

    [Test]
    public void ConstructorErrorsUseCPythonsMessages()
    {
        // spec: OBJ-RANGE-1, OBJ-ERR-1
        PyObject range = PyRangeObject.Type;
        Assert.That(CallRaises(range), Is.EqualTo("TypeError: range expected at least 1 argument, got 0"));
        Assert.That(CallRaises(range, Int(1), Int(2), Int(3), Int(4)), Is.EqualTo("TypeError: range expected at most 3 arguments, got 4"));
        Assert.That(CallRaises(range, Float(1.0)), Is.EqualTo("TypeError: 'float' object cannot be interpreted as an integer"));
        Assert.That(CallRaises(range, Int(1), Float(2.0)), Is.EqualTo("TypeError: 'float' object cannot be interpreted as an integer"));
        Assert.That(CallRaises(range, Int(1), Int(2), Float(1.5)), Is.EqualTo("TypeError: 'float' object cannot be interpreted as an integer"));
        Assert.That(CallRaises(range, S("a")), Is.EqualTo("TypeError: 'str' object cannot be interpreted as an integer"));
        Assert.That(CallRaises(range, Int(1), Int(2), Int(0)), Is.EqualTo("ValueError: range() arg 3 must not be zero"));
        Assert.That(Raises(MethodKw(range, "__call__", [], ("stop", Int(3)))), Is.EqualTo("TypeError: range() takes no keyword arguments"));
    }

    [Test]
    public void NewThroughDunderNewBehavesAsACall()
    {
        // spec: OBJ-RANGE-1
        PyObject range = PyRangeObject.Type;
        Assert.That(Repr(Method(range, "__new__", range, Int(1), Int(5))), Is.EqualTo("range(1, 5)"));
        Assert.That(Raises(MethodKw(range, "__new__", [range], ("stop", Int(3)))), Is.EqualTo("TypeError: range() takes no keyword arguments"));
        Assert.That(MethodRaises(range, "__new__", range), Is.EqualTo("TypeError: range expected at least 1 argument, got 0"));
    }

    [Test]
    public void RangeCannotBeSubclassed()
    {
        // spec: OBJ-RANGE-1, OBJ-TYPE-3
        PyObject? type = PyTypeObject.New(PyTypeObject.Type, (PyUnicodeObject)S("R"), (PyTupleObject)Tuple(PyRangeObject.Type), Dict());
        Assert.That(Raises(type), Is.EqualTo("TypeError: type 'range' is not an acceptable base type"));
    }

    [Test]
    public void LenCountsTheIntegersAndOverflowsBeyondAnIndex()
    {
        // spec: OBJ-RANGE-1
        Assert.That(Len(Range(10, 0, -3)), Is.EqualTo(4));
        Assert.That(Len(Range(5, 2)), Is.EqualTo(0));
        Assert.That(Len(Range(long.MaxValue)), Is.EqualTo(long.MaxValue));
        PyObject huge = Call(PyRangeObject.Type, Big("-4611686018427387904"), Big("4611686018427387904"));
        Assert.That(Raises(PyObject.Size(huge)), Is.EqualTo("OverflowError: Python int too large to convert to C ssize_t"));
        Assert.That(Raises(PyObject.Size(Call(PyRangeObject.Type, Big(TwoTo100)))), Is.EqualTo("OverflowError: Python int too large to convert to C ssize_t"));
    }

    [Test]
    public void TruthIsWhetherTheRangeIsEmptyEvenWhenItsLengthIsHuge()
    {
        // spec: OBJ-RANGE-1, OBJ-TRUTH-1
        Assert.That(Truth(Range(0)), Is.False);
        Assert.That(Truth(Range(3, 1)), Is.False);
        Assert.That(Truth(Call(PyRangeObject.Type, Big(TwoTo100))), Is.True);
    }

    [Test]
    public void IndexingComputesStartPlusIndexTimesStep()
    {
        // spec: OBJ-RANGE-1
        PyObject r = Range(3, 20, 4);
        Assert.That(Repr(Item(r, 0)), Is.EqualTo("3"));
        Assert.That(Repr(Item(r, 3)), Is.EqualTo("15"));
        Assert.That(Repr(Item(r, -1)), Is.EqualTo("19"));
        Assert.That(ReprSteal(PySequence.GetItem(r, -2)), Is.EqualTo("15"));
        PyObject big = Call(PyRangeObject.Type, Big(TwoTo100));
        Assert.That(Repr(Item(big, -1)), Is.EqualTo("1267650600228229401496703205375"));
        Assert.That(Repr(Item(big, Big("-633825300114114700748351602688"))), Is.EqualTo("633825300114114700748351602688"));
    }

    [Test]
    public void IndexingErrorsUseCPythonsMessages()
    {
        // spec: OBJ-RANGE-1, OBJ-ERR-1
        PyObject r = Range(10);
        Assert.That(ItemRaises(r, Int(10)), Is.EqualTo("IndexError: range object index out of range"));
        Assert.That(ItemRaises(r, Int(-11)), Is.EqualTo("IndexError: range object index out of range"));
        Assert.That(ItemRaises(r, Big(TwoTo100)), Is.EqualTo("IndexError: range object index out of range"));
        Assert.That(Raises(PySequence.GetItem(r, 10)), Is.EqualTo("IndexError: range object index out of range"));
        Assert.That(ItemRaises(r, S("a")), Is.EqualTo("TypeError: range indices must be integers or slices, not str"));
        Assert.That(ItemRaises(r, Float(1.0)), Is.EqualTo("TypeError: range indices must be integers or slices, not float"));
        Assert.That(SetItemRaises(r, Int(0), Int(1)), Is.EqualTo("TypeError: 'range' object does not support item assignment"));
    }

    [TestCase(null, null, -1, "range(8, -2, -2)")]
    [TestCase(1, 3, null, "range(2, 6, 2)")]
    [TestCase(-100, 100, 3, "range(0, 10, 6)")]
    [TestCase(5, 0, -2, "range(8, 0, -4)")]
    public void SlicingARangeGivesARange(int? start, int? stop, int? step, string expected)
    {
        // spec: OBJ-RANGE-1, OBJ-SLICE-1
        PyObject slice = Item(Range(0, 10, 2), Slice(start, stop, step));
        Assert.That(slice.ObType, Is.SameAs(PyRangeObject.Type));
        Assert.That(Repr(slice), Is.EqualTo(expected));
    }

    [Test]
    public void SlicingWorksWithHugeBoundsAndSteps()
    {
        // spec: OBJ-RANGE-1, OBJ-SLICE-1
        PyObject r = Call(PyRangeObject.Type, Big("-1180591620717411303424"), Big("1180591620717411303424"), Int(3));
        PyObject s = Keep(PySliceObject.New(Big("1152921504606846976"), Big("-1152921504606846976"), Int(-7)));
        Assert.That(Repr(Item(r, s)), Is.EqualTo("range(-1177132856203590762496, 1177132856203590762497, -21)"));
        PyObject big = Call(PyRangeObject.Type, Big(TwoTo100));
        Assert.That(Repr(Item(big, Keep(PySliceObject.New(Big("633825300114114700748351602688"), null, null)))),
            Is.EqualTo("range(633825300114114700748351602688, 1267650600228229401496703205376)"));
        Assert.That(Repr(Item(Range(10), Keep(PySliceObject.New(null, null, Big(TwoTo100))))), Is.EqualTo("range(0, 10, 1267650600228229401496703205376)"));
        Assert.That(ItemRaises(Range(10), Slice(null, null, 0)), Is.EqualTo("ValueError: slice step cannot be zero"));
        Assert.That(ItemRaises(Range(10), Keep(PySliceObject.New(S("a"), null, null))), Is.EqualTo("TypeError: slice indices must be integers or None or have an __index__ method"));
    }

    [Test]
    public void ContainsIsArithmeticForIntsAndBools()
    {
        // spec: OBJ-RANGE-1
        PyObject down = Range(10, 0, -3);
        foreach (long v in (long[])[10, 7, 4, 1])
        {
            Assert.That(In(Int(v), down), Is.True, v.ToString());
        }
        foreach (long v in (long[])[0, 11, 9])
        {
            Assert.That(In(Int(v), down), Is.False, v.ToString());
        }
        Assert.That(In(True, Range(2)), Is.True);
        Assert.That(In(False, Range(1, 3)), Is.False);
        PyObject big = Call(PyRangeObject.Type, Int(0), Big("2535301200456458802993406410752"), Big("1125899906842624"));
        Assert.That(In(Big(TwoTo100), big), Is.True);
        Assert.That(In(Big("1267650600228229401496703205377"), big), Is.False);
    }

    [Test]
    public void ContainsSearchesByEqualityForOtherObjects()
    {
        // spec: OBJ-RANGE-1
        PyObject r = Range(10);
        Assert.That(In(Float(3.0), r), Is.True);
        Assert.That(In(Float(3.5), r), Is.False);
        Assert.That(In(S("a"), r), Is.False);
        PyTypeObject equalsFour = Class("E", [], ("__eq__", CsMethod("__eq__", (_, args) =>
            PyObject.RichCompare(args[0], Int(4), CompareOp.Eq))));
        Assert.That(In(New(equalsFour), r), Is.True);
        Assert.That(Repr(Method(r, "count", New(equalsFour))), Is.EqualTo("1"));
        Assert.That(Repr(Method(r, "index", New(equalsFour))), Is.EqualTo("4"));
        PyTypeObject subInt = Class("J", [PyLongObject.Type]);
        Assert.That(In(New(subInt, Int(3)), r), Is.True);
        Assert.That(Repr(Method(r, "index", New(subInt, Int(3)))), Is.EqualTo("3"));
    }

    [Test]
    public void IndexAndCountUseArithmeticForInts()
    {
        // spec: OBJ-RANGE-1
        Assert.That(Repr(Method(Range(10, 0, -3), "index", Int(4))), Is.EqualTo("2"));
        Assert.That(Repr(Method(Range(0, 10, 3), "index", Int(6))), Is.EqualTo("2"));
        Assert.That(Repr(Method(Range(5), "index", True)), Is.EqualTo("1"));
        PyObject big = Call(PyRangeObject.Type, Int(0), Big("2535301200456458802993406410752"), Big("1125899906842624"));
        Assert.That(Repr(Method(big, "index", Big(TwoTo100))), Is.EqualTo("1125899906842624"));
        Assert.That(Repr(Method(Range(5), "count", Int(3))), Is.EqualTo("1"));
        Assert.That(Repr(Method(Range(5), "count", Int(7))), Is.EqualTo("0"));
        Assert.That(Repr(Method(Range(5), "count", Float(3.0))), Is.EqualTo("1"));
    }

    [Test]
    public void IndexOfAMissingValueRaisesValueError()
    {
        // spec: OBJ-RANGE-1, OBJ-ERR-1
        Assert.That(MethodRaises(Range(5), "index", Int(7)), Is.EqualTo("ValueError: range.index(x): x not in range"));
        Assert.That(MethodRaises(Range(5), "index", S("a")), Is.EqualTo("ValueError: sequence.index(x): x not in sequence"));
        Assert.That(MethodRaises(Range(5), "index"), Is.EqualTo("TypeError: range.index() takes exactly one argument (0 given)"));
    }

    [Test]
    public void RangesAreEqualWhenTheyProduceTheSameIntegers()
    {
        // spec: OBJ-RANGE-1, OBJ-CMP-2
        Assert.That(Eq(Range(0), Range(2, 2)), Is.True);
        Assert.That(Eq(Range(0, 3, 5), Range(0, 1)), Is.True);
        Assert.That(Eq(Range(0, 10, 2), Range(0, 11, 2)), Is.False);
        Assert.That(Eq(Range(1, 3), Range(1, 3, 2)), Is.False);
        Assert.That(Compare(Range(1, 2), Range(1, 2), CompareOp.Ne), Is.False);
        Assert.That(Eq(Range(0), IntList()), Is.False);
        PyObject r = Range(3);
        Assert.That(Eq(r, r), Is.True);
        Assert.That(CompareRaises(Range(0), Range(1), CompareOp.Lt), Is.EqualTo("TypeError: '<' not supported between instances of 'range' and 'range'"));
    }

    [Test]
    public void HashFollowsEqualityAsInCPython()
    {
        // spec: OBJ-RANGE-1, OBJ-HASH-3
        Assert.That(HashOf(Range(0)), Is.EqualTo(2676694398852732306L));
        Assert.That(HashOf(Range(5, 2)), Is.EqualTo(2676694398852732306L));
        Assert.That(HashOf(Range(3, 4)), Is.EqualTo(3985224588053030672L));
        Assert.That(HashOf(Range(3, 10, 20)), Is.EqualTo(3985224588053030672L));
        Assert.That(HashOf(Range(3, 10, 2)), Is.EqualTo(6780757389018338722L));
        Assert.That(HashOf(Call(PyRangeObject.Type, Big(TwoTo100))), Is.EqualTo(4898468661318417753L));
        Assert.That(HashOf(Range(3, 10, 2)), Is.EqualTo(HashOf(Tuple(Int(4), Int(3), Int(2)))));
    }

    [Test]
    public void IterationAndReversalYieldTheValues()
    {
        // spec: OBJ-RANGE-1, OBJ-ITER-1
        Assert.That(Items(Range(-3, 10, 4)), Is.EqualTo("[-3, 1, 5, 9]"));
        Assert.That(Items(Method(Range(-3, 10, 4), "__reversed__")), Is.EqualTo("[9, 5, 1, -3]"));
        Assert.That(Items(Method(Range(5, 0), "__reversed__")), Is.EqualTo("[]"));
        Assert.That(Items(Range(0)), Is.EqualTo("[]"));
    }

    [Test]
    public void IteratorsCountDownTheirLengthHint()
    {
        // spec: OBJ-RANGE-1, OBJ-ITER-1
        PyObject it = Iter(Range(5));
        Assert.That(Repr(Method(it, "__length_hint__")), Is.EqualTo("5"));
        Assert.That(Repr(Next(it)!), Is.EqualTo("0"));
        Assert.That(Repr(Method(it, "__length_hint__")), Is.EqualTo("4"));
        Assert.That(PyObject.LengthHint(it, -1), Is.EqualTo(4));
        Assert.That(Repr(Method(it, "__iter__")), Is.EqualTo(Repr(it)));
    }

    [Test]
    public void IteratorTypesFollowCPythons64BitBuild()
    {
        // spec: OBJ-RANGE-1, OBJ-ITER-1
        string IterType(PyObject r) => Iter(r).ObType.Name;
        string RevType(PyObject r) => Method(r, "__reversed__").ObType.Name;
        PyObject R(string a, string b, long step) => Call(PyRangeObject.Type, Big(a), Big(b), Int(step));
        Assert.That(IterType(Range(5)), Is.EqualTo("range_iterator"));
        Assert.That(IterType(Call(PyRangeObject.Type, Big(TwoTo100))), Is.EqualTo("longrange_iterator"));
        Assert.That(IterType(R("0", "9223372036854775807", 2)), Is.EqualTo("longrange_iterator"));
        Assert.That(RevType(R("0", "9223372036854775807", 2)), Is.EqualTo("range_iterator"));
        Assert.That(IterType(R("0", "9223372036854775806", 2)), Is.EqualTo("range_iterator"));
        Assert.That(IterType(R("9223372036854775806", "9223372036854775807", 1)), Is.EqualTo("range_iterator"));
        Assert.That(IterType(R("-9223372036854775803", "-9223372036854775808", -2)), Is.EqualTo("longrange_iterator"));
        Assert.That(IterType(R("-9223372036854775803", "-9223372036854775807", -2)), Is.EqualTo("range_iterator"));
        Assert.That(IterType(R("-9223372036854775808", "9223372036854775807", 1)), Is.EqualTo("longrange_iterator"));
        Assert.That(RevType(R("-9223372036854775808", "-9223372036854775803", 1)), Is.EqualTo("longrange_iterator"));
        Assert.That(RevType(R("5", "-9223372036854775808", -1)), Is.EqualTo("longrange_iterator"));
    }

    [Test]
    public void AnIteratorNearTheLimitsOfALongYieldsTheExactValues()
    {
        // spec: OBJ-RANGE-1
        PyObject r = Call(PyRangeObject.Type, Big("9223372036854775805"), Big("9223372036854775807"));
        Assert.That(Items(r), Is.EqualTo("[9223372036854775805, 9223372036854775806]"));
        Assert.That(Items(Method(r, "__reversed__")), Is.EqualTo("[9223372036854775806, 9223372036854775805]"));
        PyObject low = Call(PyRangeObject.Type, Big("-9223372036854775803"), Big("-9223372036854775807"), Int(-2));
        Assert.That(Items(low), Is.EqualTo("[-9223372036854775803, -9223372036854775805]"));
    }

    [Test]
    public void LongRangeIteratorsWorkBeyondALong()
    {
        // spec: OBJ-RANGE-1, OBJ-ITER-1
        PyObject r = Call(PyRangeObject.Type, Big("18446744073709551616"), Big("18446744073709551626"), Int(3));
        PyObject it = Iter(r);
        Assert.That(Repr(Next(it)!), Is.EqualTo("18446744073709551616"));
        Assert.That(Repr(Next(it)!), Is.EqualTo("18446744073709551619"));
        Assert.That(Repr(Method(it, "__length_hint__")), Is.EqualTo("2"));
        PyObject rev = Method(r, "__reversed__");
        Assert.That(Repr(Next(rev)!), Is.EqualTo("18446744073709551625"));
        Assert.That(Repr(Next(rev)!), Is.EqualTo("18446744073709551622"));
        Assert.That(Repr(Method(rev, "__length_hint__")), Is.EqualTo("2"));
        Assert.That(Items(Call(PyRangeObject.Type, Big("18446744073709551616"), Big("18446744073709551619"))),
            Is.EqualTo("[18446744073709551616, 18446744073709551617, 18446744073709551618]"));
        Assert.That(Next(rev), Is.Not.Null);
        Assert.That(Next(rev), Is.Not.Null);
        Assert.That(Next(rev), Is.Null);
        Assert.That(Next(rev), Is.Null);
    }

    [Test]
    public void StartStopAndStepAreReadOnlyAttributes()
    {
        // spec: OBJ-RANGE-1, OBJ-ATTR-2
        PyObject r = Range(5);
        Assert.That(Repr(Attr(r, "start")), Is.EqualTo("0"));
        Assert.That(Repr(Attr(r, "stop")), Is.EqualTo("5"));
        Assert.That(Repr(Attr(r, "step")), Is.EqualTo("1"));
        Assert.That(Repr(Attr(Call(PyRangeObject.Type, Big(TwoTo100), Int(0), Int(-3)), "step")), Is.EqualTo("-3"));
        Assert.That(Raises(PyObject.SetAttr(r, "start", Int(1))), Is.EqualTo("AttributeError: readonly attribute"));
        Assert.That(Raises(PyObject.SetAttr(r, "start", null)), Is.EqualTo("AttributeError: readonly attribute"));
    }

    [Test]
    public void ReduceGivesTheTypeAndItsArguments()
    {
        // spec: OBJ-RANGE-1
        Assert.That(Repr(Method(Range(1, 5, 2), "__reduce__")), Is.EqualTo("(<class 'range'>, (1, 5, 2))"));
    }

    [Test]
    public void RangeIteratorsCannotBeCreatedDirectly()
    {
        // spec: OBJ-RANGE-1
        Assert.That(CallRaises(Iter(Range(3)).ObType), Is.EqualTo("TypeError: cannot create 'range_iterator' instances"));
    }

    [Test]
    public void AListOrTupleCanBeBuiltFromARange()
    {
        // spec: OBJ-RANGE-1, OBJ-LIST-1
        Assert.That(Repr(Call(PyListObject.Type, Range(1, 10, 4))), Is.EqualTo("[1, 5, 9]"));
        Assert.That(Repr(Call(PyTupleObject.Type, Call(PyRangeObject.Type, Big("18446744073709551616"), Big("18446744073709551618")))),
            Is.EqualTo("(18446744073709551616, 18446744073709551617)"));
    }
}
