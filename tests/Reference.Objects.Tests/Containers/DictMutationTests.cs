// OBJ-DICT-2 and OBJ-DICT-3: iterators detect a change of size ("dictionary changed size during
// iteration") or of keys at the same size ("dictionary keys changed during iteration"); a lookup
// whose __eq__ mutates the dict restarts and never reads a stale entry; a merge whose source
// changes size fails. Outcomes as CPython 3.14.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Containers;

[TestFixture]
public sealed class DictMutationTests : ContainerTest
{
    [Test]
    public void AddingDuringIterationRaisesChangedSizeAndStaysBroken()
    {
        // spec: OBJ-DICT-2, OBJ-ITER-1
        PyDictObject d = IntDict((0, 0), (1, 1));
        PyObject it = Iter(d);
        Assert.That(Repr(Next(it)!), Is.EqualTo("0"));
        SetItem(d, Int(5), Int(5));
        Assert.That(Raises(PyIter.Next(it)), Is.EqualTo("RuntimeError: dictionary changed size during iteration"));
        Assert.That(Raises(PyIter.Next(it)), Is.EqualTo("RuntimeError: dictionary changed size during iteration"));
        Assert.That(Repr(Method(it, "__length_hint__")), Is.EqualTo("0"));
    }

    [Test]
    public void DeletingAndAddingAKeyDuringIterationRaisesKeysChangedThenStops()
    {
        // spec: OBJ-DICT-2, OBJ-ITER-1
        // for k in d: del d[k]; d[k + 1] = 0
        PyDictObject d = IntDict((0, 0));
        PyObject it = Iter(d);
        Assert.That(Repr(Next(it)!), Is.EqualTo("0"));
        DelItem(d, Int(0));
        SetItem(d, Int(1), Int(0));
        Assert.That(Raises(PyIter.Next(it)), Is.EqualTo("RuntimeError: dictionary keys changed during iteration"));
        Assert.That(PyIter.Next(it), Is.Null);
        Assert.That(PyErr.Occurred(), Is.False);
    }

    [Test]
    public void ReplacingAValueDuringIterationIsAllowed()
    {
        // spec: OBJ-DICT-2
        PyDictObject d = IntDict((0, 0), (1, 1));
        PyObject it = Iter(Method(d, "items"));
        Assert.That(Repr(Next(it)!), Is.EqualTo("(0, 0)"));
        SetItem(d, Int(0), S("x"));
        Assert.That(Items(it), Is.EqualTo("[(1, 1)]"));
        Assert.That(Repr(d), Is.EqualTo("{0: 'x', 1: 1}"));
    }

    [Test]
    public void AKeyDeletedAndAddedBackIsSeenAgainAtTheEnd()
    {
        // spec: OBJ-DICT-2
        PyDictObject d = IntDict((0, 0), (1, 1));
        PyObject it = Iter(Method(d, "values"));
        Assert.That(Repr(Next(it)!), Is.EqualTo("0"));
        Assert.That(Repr(Method(d, "pop", Int(1))), Is.EqualTo("1"));
        SetItem(d, Int(1), S("z"));
        Assert.That(Items(it), Is.EqualTo("['z']"));
    }

    [Test]
    public void ReversedIterationDetectsSizeChangesButNotKeyChanges()
    {
        // spec: OBJ-DICT-2, OBJ-ITER-1
        PyDictObject d = IntDict((0, 0), (1, 1), (2, 2));
        PyObject r = Method(d, "__reversed__");
        Assert.That(Repr(Next(r)!), Is.EqualTo("2"));
        DelItem(d, Int(2));
        SetItem(d, Int(3), Int(3));
        Assert.That(Items(r), Is.EqualTo("[1, 0]"));
        PyDictObject e = IntDict((0, 0), (1, 1), (2, 2));
        PyObject s = Method(e, "__reversed__");
        Assert.That(Next(s), Is.Not.Null);
        SetItem(e, Int(3), Int(3));
        Assert.That(Raises(PyIter.Next(s)), Is.EqualTo("RuntimeError: dictionary changed size during iteration"));
    }

    [Test]
    public void IteratorsReportTheirRemainingLength()
    {
        // spec: OBJ-DICT-2, OBJ-ITER-1
        PyDictObject d = IntDict((0, 0), (1, 1), (2, 2));
        PyObject it = Iter(d);
        Assert.That(Repr(Method(it, "__length_hint__")), Is.EqualTo("3"));
        Next(it);
        Assert.That(Repr(Method(it, "__length_hint__")), Is.EqualTo("2"));
        Assert.That(Items(it), Is.EqualTo("[1, 2]"));
        Assert.That(Repr(Method(it, "__length_hint__")), Is.EqualTo("0"));
        Assert.That(PyIter.Next(it), Is.Null);
    }

    [Test]
    public void IteratingAnEmptiedAndRefilledDictStillDetectsTheChange()
    {
        // spec: OBJ-DICT-2
        // Emptying a dict by deletion leaves its holes, as CPython's does, so the refilled key sits at a new
        // position and the iterator that had used up its count notices it.
        PyDictObject d = IntDict((0, 0), (1, 1));
        PyObject it = Iter(d);
        Next(it);
        Next(it);
        DelItem(d, Int(0));
        DelItem(d, Int(1));
        SetItem(d, Int(2), Int(2));
        SetItem(d, Int(3), Int(3));
        Assert.That(Raises(PyIter.Next(it)), Is.EqualTo("RuntimeError: dictionary keys changed during iteration"));
    }

    /// <summary>A key class whose instances all hash to 7 and compare equal by their "v" attribute; the first
    /// comparison an instance makes runs <paramref name="onFirstEq"/>.</summary>
    private PyTypeObject MutatingKey(Action onFirstEq)
    {
        bool done = false;
        return Class("K", [],
            ("__hash__", CsMethod("__hash__", (_, _) => PyLongObject.FromLong(7))),
            ("__eq__", CsMethod("__eq__", (self, args) =>
            {
                if (!done)
                {
                    done = true;
                    onFirstEq();
                    if (PyErr.Occurred())
                    {
                        return null;
                    }
                }
                if (args[0].ObType != self.ObType)
                {
                    return Py.False;
                }
                return PyObject.RichCompare(Attr(self, "v"), Attr(args[0], "v"), CompareOp.Eq);
            })));
    }

    private PyObject Key(PyTypeObject type, long v)
    {
        PyObject k = New(type);
        Ok(PyObject.SetAttr(k, "v", Int(v)));
        return k;
    }

    [Test]
    public void ALookupWhoseEqClearsTheDictRestartsAndFindsNothing()
    {
        // spec: OBJ-DICT-3
        PyDictObject d = Dict();
        PyTypeObject k = MutatingKey(() => d.Clear());
        SetItem(d, Key(k, 1), S("one"));
        Assert.That(Method(d, "get", Key(k, 1)), Is.SameAs(None));
        Assert.That(Len(d), Is.EqualTo(0));
    }

    [Test]
    public void AnInsertWhoseEqClearsTheDictInsertsIntoTheEmptiedDict()
    {
        // spec: OBJ-DICT-3
        PyDictObject d = Dict();
        PyTypeObject k = MutatingKey(() => d.Clear());
        SetItem(d, Key(k, 1), S("one"));
        SetItem(d, Key(k, 1), S("two"));
        Assert.That(Len(d), Is.EqualTo(1));
        Assert.That(Items(Method(d, "values")), Is.EqualTo("['two']"));
    }

    [Test]
    public void ALookupWhoseEqAddsAKeyRestartsAndComparesAgain()
    {
        // spec: OBJ-DICT-3
        PyDictObject d = Dict();
        PyTypeObject k = null!;
        k = MutatingKey(() => Ok(d.SetItem(Key(k, 99), S("added"))));
        SetItem(d, Key(k, 1), S("one"));
        Assert.That(Method(d, "get", Key(k, 2)), Is.SameAs(None));
        Assert.That(Len(d), Is.EqualTo(2));
        Assert.That(Repr(Method(d, "get", Key(k, 99))), Is.EqualTo("'added'"));
        Assert.That(Repr(Method(d, "get", Key(k, 1))), Is.EqualTo("'one'"));
    }

    [Test]
    public void ALookupWhoseEqDeletesTheComparedEntryNeverReturnsIt()
    {
        // spec: OBJ-DICT-3
        PyDictObject d = Dict();
        PyObject? first = null;
        PyTypeObject k = MutatingKey(() => Ok(d.DelItem(first!)));
        first = Key(k, 1);
        SetItem(d, first, S("one"));
        SetItem(d, Int(5), S("five"));
        Assert.That(In(Key(k, 1), d), Is.False);
        Assert.That(Repr(d), Is.EqualTo("{5: 'five'}"));
    }

    [Test]
    public void AnEqErrorDuringLookupPropagates()
    {
        // spec: OBJ-DICT-3, OBJ-ERR-1
        PyTypeObject k = MutatingKey(() => PyErr.SetString(PyExc.ValueError, "eq failed"));
        PyDictObject d = Dict();
        SetItem(d, Key(k, 1), Int(1));
        Assert.That(ItemRaises(d, Key(k, 1)), Is.EqualTo("ValueError: eq failed"));
        Assert.That(Len(d), Is.EqualTo(1));
    }

    [Test]
    public void AnUpdateWhoseSourceChangesSizeFails()
    {
        // spec: OBJ-DICT-3
        PyDictObject a = Dict(), b = Dict();
        PyTypeObject k = MutatingKey(() => Ok(b.DelItemIfPresent(S("z"))));
        SetItem(b, Key(k, 1), Int(1));
        SetItem(b, S("z"), Int(2));
        SetItem(a, Key(k, 0), Int(0));
        Assert.That(MethodRaises(a, "update", b), Is.EqualTo("RuntimeError: dict mutated during update"));
    }

    [Test]
    public void OrWithASourceThatChangesSizeFails()
    {
        // spec: OBJ-DICT-3
        PyDictObject a = Dict(), b = Dict();
        PyTypeObject k = MutatingKey(() => Ok(b.DelItemIfPresent(S("z"))));
        SetItem(b, Key(k, 1), Int(1));
        SetItem(b, S("z"), Int(2));
        SetItem(a, Key(k, 0), Int(0));
        Assert.That(Raises(PyNumber.Or(a, b)), Is.EqualTo("RuntimeError: dict mutated during update"));
    }

    [Test]
    public void EqualityWhoseEqMutatesADictStaysSafe()
    {
        // spec: OBJ-DICT-3, OBJ-CMP-2
        PyDictObject a = Dict();
        PyTypeObject v = Class("V", [], ("__eq__", CsMethod("__eq__", (_, _) =>
        {
            a.Clear();
            return Py.True;
        })));
        SetItem(a, Int(1), New(v));
        SetItem(a, Int(2), New(v));
        PyDictObject b = Dict((Int(1), New(v)), (Int(2), New(v)));
        Assert.That(Eq(a, b), Is.True);
        Assert.That(Len(a), Is.EqualTo(0));
    }

    [Test]
    public void ReprWhoseItemReprMutatesTheDictStaysSafe()
    {
        // spec: OBJ-DICT-3, OBJ-REPR-1
        PyDictObject d = Dict();
        PyTypeObject v = Class("V", [], ("__repr__", CsMethod("__repr__", (_, _) =>
        {
            d.Clear();
            return PyUnicodeObject.FromString("V");
        })));
        SetItem(d, Int(1), New(v));
        SetItem(d, Int(2), New(v));
        Assert.That(Repr(d), Is.EqualTo("{1: V}"));
    }
}
