// OBJ-LIST-2: list.sort is stable, supports key and reverse (which keeps equal items in their
// original order), uses only <, and fails with "list modified during sort" if the list changes.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Containers;

[TestFixture]
public sealed class ListSortTests : ContainerTest
{
    private PyObject? SortKw(PyListObject list, PyObject? key = null, PyObject? reverse = null)
    {
        var kwargs = new List<(string, PyObject)>();
        if (key is not null)
        {
            kwargs.Add(("key", key));
        }
        if (reverse is not null)
        {
            kwargs.Add(("reverse", reverse));
        }
        return MethodKw(list, "sort", [], [.. kwargs]);
    }

    private void SortOk(PyListObject list, PyObject? key = null, PyObject? reverse = null)
    {
        PyObject? result = SortKw(list, key, reverse);
        Assert.That(result, Is.SameAs(None), () => PyErr.Occurred() ? TakeError() : "");
    }

    /// <summary>A key function: the item's first element.</summary>
    private PyObject FirstItem() => MakeKey(pair => PyObject.GetItem(pair, PyLongObject.FromLong(0)));

    private PyObject MakeKey(Func<PyObject, PyObject?> f)
    {
        PyTypeObject type = Class("Key", [], ("__call__", CsMethod("__call__", (_, args) => f(args[0]))));
        return New(type);
    }

    private PyListObject Pairs() => List(
        Tuple(Int(1), S("b")), Tuple(Int(0), S("a")), Tuple(Int(1), S("a")), Tuple(Int(0), S("b")));

    [Test]
    public void SortingIsStableUnderAKey()
    {
        // spec: OBJ-LIST-2
        PyListObject l = Pairs();
        Assert.That(SortKw(l, FirstItem()), Is.SameAs(None));
        Assert.That(Repr(l), Is.EqualTo("[(0, 'a'), (0, 'b'), (1, 'b'), (1, 'a')]"));
    }

    [Test]
    public void ReverseKeepsEqualItemsInTheirOriginalOrder()
    {
        // spec: OBJ-LIST-2
        PyListObject l = Pairs();
        SortOk(l, FirstItem(), True);
        Assert.That(Repr(l), Is.EqualTo("[(1, 'b'), (1, 'a'), (0, 'a'), (0, 'b')]"));
        PyListObject words = List(S("aa"), S("b"), S("ccc"), S("dd"));
        SortOk(words, MakeKey(o => PyLongObject.FromLong(((PyUnicodeObject)o).Value.Length)), True);
        Assert.That(Repr(words), Is.EqualTo("['ccc', 'aa', 'dd', 'b']"));
    }

    [Test]
    public void HomogeneousListsSortByValue()
    {
        // spec: OBJ-LIST-2
        PyListObject ints = List(Big("1267650600228229401496703205376"), Big("-1267650600228229401496703205376"), Int(5), Big("18446744073709551616"));
        Method(ints, "sort");
        Assert.That(Repr(ints), Is.EqualTo("[-1267650600228229401496703205376, 5, 18446744073709551616, 1267650600228229401496703205376]"));
        PyListObject strs = List(S("b"), S("a"), S("B"), S("\u00e9"), S("ab"), S("\U0001F600"), S("\uFFFF"));
        Method(strs, "sort");
        Assert.That(Repr(strs), Is.EqualTo("['B', 'a', 'ab', 'b', 'é', '\\uffff', '😀']"));
        PyListObject floats = List(Float(2.5), Float(-1.0), Float(0.0), Float(double.PositiveInfinity), Float(-0.0));
        Method(floats, "sort");
        Assert.That(Repr(floats), Is.EqualTo("[-1.0, 0.0, -0.0, 2.5, inf]"));
        PyListObject mixed = List(Float(2.5), Int(1), True, Int(-3), Float(0.5));
        Method(mixed, "sort");
        Assert.That(Repr(mixed), Is.EqualTo("[-3, 0.5, 1, True, 2.5]"));
        PyListObject tuples = List(Tuple(Int(1), S("b")), Tuple(Int(1), S("a")), Tuple(Int(0), S("z")));
        Method(tuples, "sort");
        Assert.That(Repr(tuples), Is.EqualTo("[(0, 'z'), (1, 'a'), (1, 'b')]"));
    }

    [Test]
    public void LongListsSortStablyAcrossMergeRuns()
    {
        // spec: OBJ-LIST-2, OBJ-DEV-4
        // 200 pairs (i * 7919 % 50, i): more than one run of the merge sort, many equal keys.
        var items = new PyObject[200];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = Tuple(Int(i * 7919 % 50), Int(i));
        }
        PyListObject l = List(items);
        SortOk(l, FirstItem());
        for (int i = 1; i < items.Length; i++)
        {
            var prev = (PyTupleObject)l[i - 1];
            var cur = (PyTupleObject)l[i];
            long pk = ((PyLongObject)prev[0]).CompactValue, ck = ((PyLongObject)cur[0]).CompactValue;
            Assert.That(pk < ck || (pk == ck && ((PyLongObject)prev[1]).CompactValue < ((PyLongObject)cur[1]).CompactValue), Is.True, $"at {i}");
        }
        SortOk(l, FirstItem(), True);
        Assert.That(Repr(l[0]), Is.EqualTo("(49, 21)"));
        Assert.That(Repr(l[199]), Is.EqualTo("(0, 150)"));
    }

    [Test]
    public void SortUsesOnlyLessThan()
    {
        // spec: OBJ-LIST-2
        PyTypeObject lt = Class("Lt", [],
            ("__lt__", CsMethod("__lt__", (self, args) => PyObject.RichCompare(Attr(self, "v"), Attr(args[0], "v"), CompareOp.Lt))),
            ("__repr__", CsMethod("__repr__", (self, _) => PyUnicodeObject.FromString("L" + Repr(Attr(self, "v"))))));
        PyObject Make(long v)
        {
            PyObject o = New(lt);
            Ok(PyObject.SetAttr(o, "v", Int(v)));
            return o;
        }
        PyListObject l = List(Make(3), Make(1), Make(2));
        Method(l, "sort");
        Assert.That(Repr(l), Is.EqualTo("[L1, L2, L3]"));
    }

    [Test]
    public void UnorderableItemsRaiseAndLeaveAPermutation()
    {
        // spec: OBJ-LIST-2, OBJ-CMP-1
        PyListObject l = List(Int(3), S("a"));
        Assert.That(MethodRaises(l, "sort"), Is.EqualTo("TypeError: '<' not supported between instances of 'str' and 'int'"));
        Assert.That(Len(l), Is.EqualTo(2));
        Assert.That(MethodRaises(List(None, None), "sort"), Is.EqualTo("TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'"));
        Assert.That(MethodRaises(List(Int(1), None), "sort"), Is.EqualTo("TypeError: '<' not supported between instances of 'NoneType' and 'int'"));
    }

    [Test]
    public void AFailingKeyLeavesTheListUnchanged()
    {
        // spec: OBJ-LIST-2
        PyListObject l = IntList(3, 1, 2);
        PyObject key = MakeKey(o => ((PyLongObject)o).CompactValue == 2
            ? PyErr.SetString(PyExc.ZeroDivisionError, "division by zero")
            : o.NewRef());
        Assert.That(Raises(SortKw(l, key)), Is.EqualTo("ZeroDivisionError: division by zero"));
        Assert.That(Repr(l), Is.EqualTo("[3, 1, 2]"));
    }

    [Test]
    public void AppendingDuringSortRaisesListModifiedDuringSort()
    {
        // spec: OBJ-LIST-2
        PyListObject l = IntList(3, 1, 2);
        PyObject key = MakeKey(o => l.Append(o) < 0 ? null : o.NewRef());
        Assert.That(Raises(SortKw(l, key)), Is.EqualTo("ValueError: list modified during sort"));
        Assert.That(Repr(l), Is.EqualTo("[1, 2, 3]"));
    }

    [Test]
    public void TheListLooksEmptyWhileItIsBeingSorted()
    {
        // spec: OBJ-LIST-2
        PyListObject l = IntList(3, 1, 2);
        var lengths = new List<long>();
        PyObject key = MakeKey(o =>
        {
            lengths.Add(PyObject.Size(l));
            return o.NewRef();
        });
        SortOk(l, key);
        Assert.That(lengths, Is.EqualTo(new long[] { 0, 0, 0 }).AsCollection);
        Assert.That(Repr(l), Is.EqualTo("[1, 2, 3]"));
    }

    [Test]
    public void ClearingTheEmptyLookingListDuringSortIsNotAModification()
    {
        // spec: OBJ-LIST-2
        // CPython: list.clear() on the list being sorted finds no items and changes nothing.
        PyListObject l = IntList(3, 1, 2);
        PyObject key = MakeKey(o =>
        {
            l.Clear();
            return o.NewRef();
        });
        SortOk(l, key);
        Assert.That(Repr(l), Is.EqualTo("[1, 2, 3]"));
    }

    [Test]
    public void ReverseAcceptsAnyTruthValueAndKeyNoneMeansNoKey()
    {
        // spec: OBJ-LIST-2
        PyListObject l = IntList(1, 3, 2);
        SortOk(l, reverse: S("x"));
        Assert.That(Repr(l), Is.EqualTo("[3, 2, 1]"));
        SortOk(l, None, Int(0));
        Assert.That(Repr(l), Is.EqualTo("[1, 2, 3]"));
    }

    [Test]
    public void SortArgumentErrorsUseCPythonsMessages()
    {
        // spec: OBJ-LIST-2, OBJ-ERR-1
        PyListObject l = IntList(3, 1);
        Assert.That(MethodRaises(l, "sort", Int(1)), Is.EqualTo("TypeError: sort() takes no positional arguments"));
        Assert.That(Raises(MethodKw(l, "sort", [], ("foo", Int(1)))), Is.EqualTo("TypeError: sort() got an unexpected keyword argument 'foo'"));
        Assert.That(Raises(SortKw(l, Int(1))), Is.EqualTo("TypeError: 'int' object is not callable"));
        PyTypeObject noBool = Class("NoBool", [], ("__bool__", CsMethod("__bool__", (_, _) => PyErr.SetString(PyExc.ValueError, "no bool"))));
        Assert.That(Raises(SortKw(l, reverse: New(noBool))), Is.EqualTo("ValueError: no bool"));
        Assert.That(Repr(l), Is.EqualTo("[3, 1]"));
    }
}
