// OBJ-SLICE-1: slice objects — construction, repr, comparison, hash, indices() with huge and
// negative values, and the index clamping that every sequence's slicing uses.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Containers;

[TestFixture]
public sealed class SliceTests : ContainerTest
{
    private PyObject SliceOf(params PyObject[] args) => Call(PySliceObject.Type, args);

    [Test]
    public void OneArgumentIsTheStopAndMissingBoundsAreNone()
    {
        // spec: OBJ-SLICE-1
        PyObject s = SliceOf(Int(5));
        Assert.That(Repr(s), Is.EqualTo("slice(None, 5, None)"));
        Assert.That(Attr(s, "start"), Is.SameAs(None));
        Assert.That(Repr(Attr(s, "stop")), Is.EqualTo("5"));
        Assert.That(Attr(s, "step"), Is.SameAs(None));
        Assert.That(Repr(SliceOf(Int(1), S("a"), None)), Is.EqualTo("slice(1, 'a', None)"));
    }

    [Test]
    public void ConstructorErrorsUseCPythonsMessages()
    {
        // spec: OBJ-SLICE-1, OBJ-ERR-1
        Assert.That(CallRaises(PySliceObject.Type), Is.EqualTo("TypeError: slice expected at least 1 argument, got 0"));
        Assert.That(CallRaises(PySliceObject.Type, Int(1), Int(2), Int(3), Int(4)), Is.EqualTo("TypeError: slice expected at most 3 arguments, got 4"));
        Assert.That(Raises(MethodKw(PySliceObject.Type, "__call__", [], ("x", Int(1)))), Is.EqualTo("TypeError: slice() takes no keyword arguments"));
    }

    [Test]
    public void BoundsAreReadOnly()
    {
        // spec: OBJ-SLICE-1, OBJ-ATTR-2
        PyObject s = SliceOf(Int(1));
        Assert.That(Raises(PyObject.SetAttr(s, "start", Int(2))), Is.EqualTo("AttributeError: readonly attribute"));
        Assert.That(Raises(PyObject.SetAttr(s, "step", null)), Is.EqualTo("AttributeError: readonly attribute"));
    }

    [Test]
    public void SlicesCompareAsTheTuplesOfTheirBounds()
    {
        // spec: OBJ-SLICE-1, OBJ-CMP-2
        Assert.That(Eq(SliceOf(Int(1), Int(2)), SliceOf(Int(1), Int(2))), Is.True);
        Assert.That(Eq(SliceOf(Int(1), Int(2)), SliceOf(Int(1), Int(2), None)), Is.True);
        Assert.That(Compare(SliceOf(Int(1), Int(2), Int(3)), SliceOf(Int(1), Int(2), Int(4)), CompareOp.Lt), Is.True);
        Assert.That(Eq(SliceOf(Int(1)), Tuple(None, Int(1), None)), Is.False);
        PyObject s = SliceOf(Float(double.NaN));
        Assert.That(Eq(s, s), Is.True);
        Assert.That(Compare(s, s, CompareOp.Ne), Is.False);
        Assert.That(CompareRaises(SliceOf(Int(1), S("a")), SliceOf(Int(1), Int(2)), CompareOp.Lt),
            Is.EqualTo("TypeError: '<' not supported between instances of 'str' and 'int'"));
        Assert.That(CompareRaises(SliceOf(Int(1)), IntTuple(1), CompareOp.Lt),
            Is.EqualTo("TypeError: '<' not supported between instances of 'slice' and 'tuple'"));
    }

    [Test]
    public void SlicesHashByTheirBoundsAsCPythonDoes()
    {
        // spec: OBJ-SLICE-1, OBJ-HASH-1
        Assert.That(HashOf(SliceOf(Int(1), Int(2), Int(3))), Is.EqualTo(-2340833382717974474L));
        Assert.That(HashOf(SliceOf(None)), Is.EqualTo(4032618106351268893L));
        Assert.That(HashOf(SliceOf(Int(1), Int(2), Int(3))), Is.Not.EqualTo(HashOf(IntTuple(1, 2, 3))));
        Assert.That(HashRaises(SliceOf(IntList())), Is.EqualTo("TypeError: unhashable type: 'list'"));
        Assert.That(HashRaises(SliceOf(Int(1), IntList())), Is.EqualTo("TypeError: unhashable type: 'list'"));
        Assert.That(HashRaises(SliceOf(Int(1), Int(2), IntList())), Is.EqualTo("TypeError: unhashable type: 'list'"));
    }

    [TestCase(null, null, null, 10, "(0, 10, 1)")]
    [TestCase(null, null, -1, 10, "(9, -1, -1)")]
    [TestCase(-3, null, null, 10, "(7, 10, 1)")]
    [TestCase(-100, 100, null, 10, "(0, 10, 1)")]
    [TestCase(100, -100, -1, 10, "(9, -1, -1)")]
    [TestCase(-5, -4, -1, 0, "(-1, -1, -1)")]
    [TestCase(1, 2, null, 0, "(0, 0, 1)")]
    [TestCase(3, 1, 2, 10, "(3, 1, 2)")]
    public void IndicesClampsTheBoundsForALength(int? start, int? stop, int? step, int length, string expected)
    {
        // spec: OBJ-SLICE-1
        Assert.That(Repr(Method(Slice(start, stop, step), "indices", Int(length))), Is.EqualTo(expected));
    }

    [Test]
    public void IndicesWorksWithArbitraryPrecision()
    {
        // spec: OBJ-SLICE-1
        PyObject s = SliceOf(Big("1267650600228229401496703205376"), Big("-1267650600228229401496703205376"), Big("-1180591620717411303424"));
        Assert.That(Repr(Method(s, "indices", Big("1208925819614629174706176"))),
            Is.EqualTo("(1208925819614629174706175, -1, -1180591620717411303424)"));
        Assert.That(Repr(Method(SliceOf(None, None, Big("1267650600228229401496703205376")), "indices", Int(5))),
            Is.EqualTo("(0, 5, 1267650600228229401496703205376)"));
        Assert.That(Repr(Method(SliceOf(Big("-1267650600228229401496703205376"), Big("1267650600228229401496703205376")), "indices", Big("18446744073709551616"))),
            Is.EqualTo("(0, 18446744073709551616, 1)"));
        Assert.That(Repr(Method(Slice(null, null, -1), "indices", Big("1267650600228229401496703205376"))),
            Is.EqualTo("(1267650600228229401496703205375, -1, -1)"));
    }

    [Test]
    public void IndicesErrorsUseCPythonsMessages()
    {
        // spec: OBJ-SLICE-1, OBJ-ERR-1
        Assert.That(MethodRaises(Slice(null, 1), "indices", Int(-1)), Is.EqualTo("ValueError: length should not be negative"));
        Assert.That(MethodRaises(Slice(null, null, 0), "indices", Int(5)), Is.EqualTo("ValueError: slice step cannot be zero"));
        Assert.That(MethodRaises(SliceOf(S("a")), "indices", Int(5)),
            Is.EqualTo("TypeError: slice indices must be integers or None or have an __index__ method"));
        Assert.That(MethodRaises(SliceOf(Int(1), Int(2), S("a")), "indices", Int(5)),
            Is.EqualTo("TypeError: slice indices must be integers or None or have an __index__ method"));
        Assert.That(MethodRaises(SliceOf(Float(1.5)), "indices", Int(3)),
            Is.EqualTo("TypeError: slice indices must be integers or None or have an __index__ method"));
        Assert.That(MethodRaises(Slice(null, 1), "indices", S("a")), Is.EqualTo("TypeError: 'str' object cannot be interpreted as an integer"));
        Assert.That(MethodRaises(Slice(null, 1), "indices"), Is.EqualTo("TypeError: slice.indices() takes exactly one argument (0 given)"));
    }

    [Test]
    public void ReduceGivesTheTypeAndTheBounds()
    {
        // spec: OBJ-SLICE-1
        Assert.That(Repr(Method(Slice(1, 2, 3), "__reduce__")), Is.EqualTo("(<class 'slice'>, (1, 2, 3))"));
    }

    [Test]
    public void SequenceSlicingClampsHugeBoundsAndSteps()
    {
        // spec: OBJ-SLICE-1, OBJ-LIST-1
        PyListObject l = IntList(0, 1, 2, 3);
        Assert.That(Repr(Item(l, SliceOf(Big("-1267650600228229401496703205376"), Big("1267650600228229401496703205376"), Big("1180591620717411303424")))), Is.EqualTo("[0]"));
        Assert.That(Repr(Item(l, SliceOf(Big("1267650600228229401496703205376"), Big("-1267650600228229401496703205376"), Big("-1180591620717411303424")))), Is.EqualTo("[3]"));
        Assert.That(Repr(Item(l, SliceOf(None, None, Big("-9223372036854775808")))), Is.EqualTo("[3]"));
        Assert.That(Repr(Item(l, SliceOf(None, None, Big("-9223372036854775807")))), Is.EqualTo("[3]"));
        Assert.That(Repr(Item(IntTuple(0, 1, 2, 3), SliceOf(None, None, Big("-9223372036854775808")))), Is.EqualTo("(3,)"));
    }

    [Test]
    public void BoundsMayBeAnyObjectWithIndex()
    {
        // spec: OBJ-SLICE-1, OBJ-NUM-3
        PyTypeObject two = Class("I", [], ("__index__", CsMethod("__index__", (_, _) => PyLongObject.FromLong(2))));
        Assert.That(Repr(Item(IntList(0, 1, 2, 3), SliceOf(New(two), None))), Is.EqualTo("[2, 3]"));
        Assert.That(Repr(Method(SliceOf(New(two), None), "indices", New(two))), Is.EqualTo("(2, 2, 1)"));
    }
}
