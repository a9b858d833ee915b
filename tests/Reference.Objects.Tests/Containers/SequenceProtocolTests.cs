// The abstract sequence, mapping and iterator protocols (PySequence_*, PyMapping_*, PyIter_*) and the
// dict's C-level API that the rest of the runtime builds on, with CPython 3.14's errors.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Containers;

[TestFixture]
public sealed class SequenceProtocolTests : ContainerTest
{
    [Test]
    public void SequenceGetItemAndSetItemCountNegativeIndexesFromTheEnd()
    {
        // spec: OBJ-LIST-1, OBJ-TUPLE-1
        PyListObject l = IntList(1, 2, 3);
        Assert.That(ReprSteal(PySequence.GetItem(l, -1)), Is.EqualTo("3"));
        Ok(PySequence.SetItem(l, -1, Int(9)));
        Ok(PySequence.SetItem(l, 0, null));
        Assert.That(Repr(l), Is.EqualTo("[2, 9]"));
        Assert.That(ReprSteal(PySequence.GetItem(IntTuple(4, 5), -2)), Is.EqualTo("4"));
    }

    [Test]
    public void SequenceAccessToNonSequencesFails()
    {
        // spec: OBJ-ERR-1
        Assert.That(Raises(PySequence.GetItem(Int(5), 0)), Is.EqualTo("TypeError: 'int' object does not support indexing"));
        Assert.That(Raises(PySequence.SetItem(IntTuple(1), 0, Int(1))), Is.EqualTo("TypeError: 'tuple' object does not support item assignment"));
        Assert.That(Raises(PySequence.SetItem(IntTuple(1), 0, null)), Is.EqualTo("TypeError: 'tuple' object doesn't support item deletion"));
        Assert.That(PySequence.Check(IntList()), Is.True);
        Assert.That(PySequence.Check(Dict()), Is.False);
        Assert.That(PySequence.Check(Int(1)), Is.False);
    }

    [Test]
    public void ContainsFallsBackToIteration()
    {
        // spec: OBJ-ITER-1
        PyTypeObject iterable = Class("It", [], ("__iter__", CsMethod("__iter__", (_, _) => PyObject.GetIter(Keep(PyListObject.FromSpan([Int(1), Int(2)]))))));
        Assert.That(In(Int(2), New(iterable)), Is.True);
        Assert.That(In(Int(3), New(iterable)), Is.False);
        Assert.That(InRaises(Int(1), Int(5)), Is.EqualTo("TypeError: argument of type 'int' is not a container or iterable"));
        PyTypeObject failing = Class("F", [], ("__iter__", CsMethod("__iter__", (_, _) => PyErr.SetString(PyExc.ValueError, "no iter"))));
        Assert.That(InRaises(Int(1), New(failing)), Is.EqualTo("ValueError: no iter"));
        PyTypeObject badNext = Class("B", [],
            ("__iter__", CsMethod("__iter__", (self, _) => self.NewRef())),
            ("__next__", CsMethod("__next__", (_, _) => PyErr.SetString(PyExc.ValueError, "no next"))));
        Assert.That(InRaises(Int(1), New(badNext)), Is.EqualTo("ValueError: no next"));
    }

    [Test]
    public void TupleListAndFastConvertIterables()
    {
        // spec: OBJ-TUPLE-1, OBJ-LIST-1
        PyObject t = IntTuple(1);
        PyTupleObject? same = PySequence.Tuple(t);
        Assert.That(same, Is.SameAs(t));
        same!.DecRef();
        Assert.That(ReprSteal(PySequence.Tuple(IntList(1, 2))), Is.EqualTo("(1, 2)"));
        Assert.That(ReprSteal(PySequence.Tuple(Range(3))), Is.EqualTo("(0, 1, 2)"));
        Assert.That(Raises(PySequence.Tuple(Int(1))), Is.EqualTo("TypeError: 'int' object is not iterable"));
        Assert.That(ReprSteal(PySequence.List(S("ab"))), Is.EqualTo("['a', 'b']"));
        PyListObject l = IntList(1);
        PyObject? fast = PySequence.Fast(l, "x");
        Assert.That(fast, Is.SameAs(l));
        fast!.DecRef();
        Assert.That(ReprSteal(PySequence.Fast(Range(2), "x")), Is.EqualTo("[0, 1]"));
        Assert.That(Raises(PySequence.Fast(Int(1), "custom message")), Is.EqualTo("TypeError: custom message"));
        Assert.That(Raises(PySequence.Fast(Int(1), "")), Is.EqualTo("TypeError: 'int' object is not iterable"));
    }

    [Test]
    public void MappingKeysItemsAndValuesAreLists()
    {
        // spec: OBJ-DICT-2
        PyDictObject d = IntDict((1, 10), (2, 20));
        Assert.That(PyMapping.Check(d), Is.True);
        Assert.That(PyMapping.Check(Int(1)), Is.False);
        Assert.That(ReprSteal(PyMapping.Keys(d)), Is.EqualTo("[1, 2]"));
        Assert.That(ReprSteal(PyMapping.Items(d)), Is.EqualTo("[(1, 10), (2, 20)]"));
        Assert.That(ReprSteal(PyMapping.Values(d)), Is.EqualTo("[10, 20]"));
        PyListObject keys = IntList(7);
        PyTypeObject listKeys = Class("L", [], ("keys", CsMethod("keys", (_, _) => keys.NewRef())));
        PyListObject? got = PyMapping.Keys(New(listKeys));
        Assert.That(got, Is.SameAs(keys), "a list result is returned as is");
        got!.DecRef();
        PyTypeObject failing = Class("F", [], ("keys", CsMethod("keys", (_, _) => PyErr.SetString(PyExc.ValueError, "no keys"))));
        Assert.That(Raises(PyMapping.Keys(New(failing))), Is.EqualTo("ValueError: no keys"));
    }

    [Test]
    public void IterNextNeedsAnIterator()
    {
        // spec: OBJ-ITER-1
        Assert.That(PyIter.Check(Iter(IntList())), Is.True);
        Assert.That(PyIter.Check(IntList()), Is.False);
        Assert.That(Raises(PyIter.Next(Int(5))), Is.EqualTo("TypeError: 'int' object is not an iterator"));
    }

    [Test]
    public void DictApiDeletesPopsAndLooksUp()
    {
        // spec: OBJ-DICT-1
        PyDictObject d = IntDict((1, 10), (2, 20), (3, 30));
        Assert.That(Raises(d.DelItem(Int(9))), Is.EqualTo("KeyError: 9"));
        Ok(d.DelItem(Int(2)));
        Assert.That(d.DelItemIfPresent(Int(2)), Is.EqualTo(0));
        Assert.That(Raises(d.DelItemIfPresent(IntList())), Is.EqualTo("TypeError: cannot use 'list' as a dict key (unhashable type: 'list')"));
        Assert.That(d.Pop(Int(1), out PyObject? value), Is.EqualTo(1));
        Assert.That(ReprSteal(value), Is.EqualTo("10"));
        Assert.That(d.Pop(Int(1), out value), Is.EqualTo(0));
        Assert.That(value, Is.Null);
        Assert.That(Raises(d.Pop(IntList(), out _)), Is.EqualTo("TypeError: cannot use 'list' as a dict key (unhashable type: 'list')"));
        Assert.That(d.GetItemRef(Int(3), out PyObject? three), Is.EqualTo(1));
        Assert.That(ReprSteal(three), Is.EqualTo("30"));
        Assert.That(d.GetItemRef(Int(4), out PyObject? none), Is.EqualTo(0));
        Assert.That(none, Is.Null);
        Assert.That(Raises(d.GetItemRef(IntList(), out _)), Is.EqualTo("TypeError: cannot use 'list' as a dict key (unhashable type: 'list')"));
        Assert.That(d.GetItemStrBorrowed((PyUnicodeObject)S("x")), Is.Null);
    }

    [Test]
    public void DictApiWalksItsItemsInOrderSkippingHoles()
    {
        // spec: OBJ-DICT-1
        PyDictObject d = IntDict((1, 10), (2, 20), (3, 30));
        DelItem(d, Int(2));
        long pos = 0;
        var seen = new List<string>();
        while (d.Next(ref pos, out PyObject? key, out PyObject? value))
        {
            seen.Add($"{Repr(key!)}={Repr(value!)}");
        }
        Assert.That(string.Join(" ", seen), Is.EqualTo("1=10 3=30"));
        PyTupleObject keys = Keep(d.KeysTuple());
        Assert.That(Repr(keys), Is.EqualTo("(1, 3)"));
        PyObject[] values = d.ValuesArray();
        Assert.That(values.Length, Is.EqualTo(2));
        Assert.That(Repr(values[1]), Is.EqualTo("30"));
        PyDictObject kw = Keep(PyDictObject.FromKwnames([Int(1), Int(2)], (PyTupleObject)Tuple(S("a"), S("b"))));
        Assert.That(Repr(kw), Is.EqualTo("{'a': 1, 'b': 2}"));
    }

    [Test]
    public void CallingWithAKeywordDictPassesItsItems()
    {
        // spec: OBJ-DICT-1
        PyDictObject kwargs = Dict((S("a"), Int(1)), (S("b"), Int(2)));
        Method(kwargs, "__delitem__", S("a"));
        PyObject? d = PyObject.Call(PyDictObject.Type, PyTupleObject.EmptyTuple, kwargs);
        Assert.That(ReprSteal(d), Is.EqualTo("{'b': 2}"));
    }
}
