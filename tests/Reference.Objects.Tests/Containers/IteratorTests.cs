// OBJ-ITER-1: iter() uses __iter__, else the __getitem__ sequence protocol; the iterators of the
// built-in containers report __length_hint__, see appended items, release their container when
// exhausted and stay exhausted, as CPython 3.14.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Containers;

[TestFixture]
public sealed class IteratorTests : ContainerTest
{
    /// <summary>A class with only __getitem__ (and optionally __len__): items 0, 10, 20, then IndexError.</summary>
    private PyTypeObject GetItemOnly(bool withLen)
    {
        var members = new List<(string, PyObject)>
        {
            ("__getitem__", CsMethod("__getitem__", (_, args) =>
            {
                long i = ((PyLongObject)args[0]).CompactValue;
                return i >= 3 ? PyErr.SetNone(PyExc.IndexError) : PyLongObject.FromLong(i * 10);
            })),
        };
        if (withLen)
        {
            members.Add(("__len__", CsMethod("__len__", (_, _) => PyLongObject.FromLong(5))));
        }
        return Class(withLen ? "GL" : "G", [], [.. members]);
    }

    [Test]
    public void GetItemAloneMakesAnObjectIterable()
    {
        // spec: OBJ-ITER-1
        PyObject g = New(GetItemOnly(false));
        PyObject it = Iter(g);
        Assert.That(it.ObType.Name, Is.EqualTo("iterator"));
        Assert.That(Items(it), Is.EqualTo("[0, 10, 20]"));
        Assert.That(Repr(Call(PyListObject.Type, g)), Is.EqualTo("[0, 10, 20]"));
    }

    [Test]
    public void ASequenceIteratorsLengthHintNeedsALength()
    {
        // spec: OBJ-ITER-1
        PyObject noLen = Iter(New(GetItemOnly(false)));
        Assert.That(Method(noLen, "__length_hint__"), Is.SameAs(Py.NotImplemented));
        Assert.That(PyObject.LengthHint(noLen, 7), Is.EqualTo(7));
        PyObject withLen = Iter(New(GetItemOnly(true)));
        Assert.That(Repr(Method(withLen, "__length_hint__")), Is.EqualTo("5"));
        Next(withLen);
        Assert.That(Repr(Method(withLen, "__length_hint__")), Is.EqualTo("4"));
        Assert.That(Items(withLen), Is.EqualTo("[10, 20]"));
        Assert.That(Items(withLen), Is.EqualTo("[]"));
        Assert.That(Repr(Method(withLen, "__length_hint__")), Is.EqualTo("0"));
    }

    [Test]
    public void StopIterationFromGetItemEndsIterationAndOtherErrorsPropagate()
    {
        // spec: OBJ-ITER-1
        PyTypeObject stops = Class("GS", [], ("__getitem__", CsMethod("__getitem__", (_, args) =>
            ((PyLongObject)args[0]).CompactValue >= 2 ? PyErr.SetNone(PyExc.StopIteration) : args[0].NewRef())));
        Assert.That(Items(New(stops)), Is.EqualTo("[0, 1]"));
        PyTypeObject fails = Class("GE", [], ("__getitem__", CsMethod("__getitem__", (_, _) => PyErr.SetString(PyExc.ValueError, "boom"))));
        Assert.That(Raises(PyIter.Next(Iter(New(fails)))), Is.EqualTo("ValueError: boom"));
        Assert.That(CallRaises(PyListObject.Type, New(fails)), Is.EqualTo("ValueError: boom"));
    }

    [Test]
    public void NonIterablesAndBadIterMethodsRaise()
    {
        // spec: OBJ-ITER-1, OBJ-ERR-1
        Assert.That(Raises(PyObject.GetIter(Int(5))), Is.EqualTo("TypeError: 'int' object is not iterable"));
        PyTypeObject bad = Class("B", [], ("__iter__", CsMethod("__iter__", (_, _) => PyLongObject.FromLong(5))));
        Assert.That(Raises(PyObject.GetIter(New(bad))), Is.EqualTo("TypeError: iter() returned non-iterator of type 'int'"));
    }

    [Test]
    public void AListIteratorSeesAppendedItemsUntilItIsExhausted()
    {
        // spec: OBJ-ITER-1, OBJ-LIST-1
        PyListObject l = IntList(1, 2);
        PyObject it = Iter(l);
        Assert.That(Repr(Next(it)!), Is.EqualTo("1"));
        Ok(l.Append(Int(9)));
        Assert.That(Items(it), Is.EqualTo("[2, 9]"));
        Ok(l.Append(Int(10)));
        Assert.That(Items(it), Is.EqualTo("[]"), "an exhausted iterator stays exhausted");
        Assert.That(Repr(Method(it, "__length_hint__")), Is.EqualTo("0"));
    }

    [Test]
    public void AListIteratorHintNeverGoesNegative()
    {
        // spec: OBJ-ITER-1
        PyListObject l = IntList(1, 2, 3);
        PyObject it = Iter(l);
        Next(it);
        Next(it);
        l.Clear();
        Assert.That(Repr(Method(it, "__length_hint__")), Is.EqualTo("0"));
        Assert.That(Items(it), Is.EqualTo("[]"));
    }

    [Test]
    public void AReversedListIteratorStopsWhenTheListShrinksBelowItsPosition()
    {
        // spec: OBJ-ITER-1
        PyListObject l = IntList(1, 2, 3);
        PyObject r = Method(l, "__reversed__");
        Assert.That(r.ObType.Name, Is.EqualTo("list_reverseiterator"));
        Assert.That(Repr(Method(r, "__length_hint__")), Is.EqualTo("3"));
        Method(l, "pop");
        Assert.That(Repr(Method(r, "__length_hint__")), Is.EqualTo("0"));
        Assert.That(Items(r), Is.EqualTo("[]"));
        PyListObject m = IntList(1, 2, 3);
        PyObject s = Method(m, "__reversed__");
        Assert.That(Repr(Next(s)!), Is.EqualTo("3"));
        Assert.That(Repr(Method(s, "__length_hint__")), Is.EqualTo("2"));
        Assert.That(Items(s), Is.EqualTo("[2, 1]"));
        Assert.That(Repr(Method(s, "__length_hint__")), Is.EqualTo("0"));
    }

    [Test]
    public void TupleIteratorsCountDownAndReleaseTheTuple()
    {
        // spec: OBJ-ITER-1, OBJ-TUPLE-1
        PyObject t = IntTuple(1, 2, 3);
        PyObject it = Iter(t);
        Assert.That(it.ObType.Name, Is.EqualTo("tuple_iterator"));
        Assert.That(Repr(Method(it, "__length_hint__")), Is.EqualTo("3"));
        Next(it);
        Assert.That(Repr(Method(it, "__length_hint__")), Is.EqualTo("2"));
        long before = t.RefCnt;
        Assert.That(Items(it), Is.EqualTo("[2, 3]"));
        Assert.That(t.RefCnt, Is.EqualTo(before - 1), "the exhausted iterator let go of its tuple");
        Assert.That(Repr(Method(it, "__length_hint__")), Is.EqualTo("0"));
    }

    [Test]
    public void IteratorsAreTheirOwnIteratorsAndCannotBeCreatedDirectly()
    {
        // spec: OBJ-ITER-1
        foreach (PyObject container in new[] { IntList(), IntTuple(), (PyObject)IntSet(), Dict(), Range(1) })
        {
            PyObject it = Iter(container);
            Assert.That(Ok(PyObject.GetIter(it)), Is.SameAs(it), it.ObType.Name);
            Assert.That(CallRaises(it.ObType), Is.EqualTo($"TypeError: cannot create '{it.ObType.Name}' instances"));
        }
    }

    [Test]
    public void LengthHintPrefersLenThenTheHintMethodThenTheDefault()
    {
        // spec: OBJ-ITER-1
        Assert.That(PyObject.LengthHint(IntList(1, 2), 9), Is.EqualTo(2));
        Assert.That(PyObject.LengthHint(Iter(IntSet(1, 2, 3)), 9), Is.EqualTo(3));
        Assert.That(PyObject.LengthHint(Int(1), 9), Is.EqualTo(9));
    }
}
