// OBJ-LIST-1: list slice reads, assignments and deletions with every step sign, extended-slice
// errors, and values whose iteration mutates the list, as CPython 3.14.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Containers;

[TestFixture]
public sealed class ListSliceTests : ContainerTest
{
    private PyListObject Ten() => IntList(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);

    private string Assign(PyObject slice, PyObject value)
    {
        PyListObject l = Ten();
        SetItem(l, slice, value);
        return Repr(l);
    }

    private string AssignRaises(PyObject slice, PyObject value) => SetItemRaises(Ten(), slice, value);

    private string Delete(PyObject slice)
    {
        PyListObject l = Ten();
        DelItem(l, slice);
        return Repr(l);
    }

    [TestCase(1, 9, 3, "[1, 4, 7]")]
    [TestCase(null, null, -4, "[9, 5, 1]")]
    [TestCase(7, 3, null, "[]")]
    [TestCase(-3, null, null, "[7, 8, 9]")]
    [TestCase(8, 0, -3, "[8, 5, 2]")]
    public void SliceReadsFollowTheIndices(int? start, int? stop, int? step, string expected)
    {
        // spec: OBJ-LIST-1, OBJ-SLICE-1
        Assert.That(Repr(Item(Ten(), Slice(start, stop, step))), Is.EqualTo(expected));
    }

    [Test]
    public void SimpleSliceAssignmentMayGrowOrShrinkTheList()
    {
        // spec: OBJ-LIST-1
        Assert.That(Assign(Slice(2, 4), S("abcde")), Is.EqualTo("[0, 1, 'a', 'b', 'c', 'd', 'e', 4, 5, 6, 7, 8, 9]"));
        Assert.That(Assign(Slice(2, 8), IntList(0)), Is.EqualTo("[0, 1, 0, 8, 9]"));
        Assert.That(Assign(Slice(3, 3), IntTuple(7, 8)), Is.EqualTo("[0, 1, 2, 7, 8, 3, 4, 5, 6, 7, 8, 9]"));
        Assert.That(Assign(Slice(-3, null), IntList()), Is.EqualTo("[0, 1, 2, 3, 4, 5, 6]"));
        Assert.That(Assign(Keep(PySliceObject.New(Big("-1267650600228229401496703205376"), Big("1267650600228229401496703205376"), null)), S("ab")),
            Is.EqualTo("['a', 'b']"));
        Assert.That(Assign(Slice(0, 2), Dict((S("a"), Int(1)), (S("b"), Int(2)))), Is.EqualTo("['a', 'b', 2, 3, 4, 5, 6, 7, 8, 9]"));
    }

    [Test]
    public void AnEmptyRangeWithStopBeforeStartInsertsAtStart()
    {
        // spec: OBJ-LIST-1
        Assert.That(Assign(Slice(5, 2), List(S("x"))), Is.EqualTo("[0, 1, 2, 3, 4, 'x', 5, 6, 7, 8, 9]"));
    }

    [Test]
    public void ExtendedSliceAssignmentReplacesOneForOneWithAnyStepSign()
    {
        // spec: OBJ-LIST-1
        Assert.That(Assign(Slice(1, null, 2), S("abcde")), Is.EqualTo("[0, 'a', 2, 'b', 4, 'c', 6, 'd', 8, 'e']"));
        Assert.That(Assign(Slice(null, null, -2), S("abcde")), Is.EqualTo("[0, 'e', 2, 'd', 4, 'c', 6, 'b', 8, 'a']"));
        Assert.That(Assign(Slice(8, 0, -3), S("xyz")), Is.EqualTo("[0, 1, 'z', 3, 4, 'y', 6, 7, 'x', 9]"));
        Assert.That(Assign(Slice(null, null, -1), Range(10)), Is.EqualTo("[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]"));
        Assert.That(Assign(Slice(5, 2, -1), S("abc")), Is.EqualTo("[0, 1, 2, 'c', 'b', 'a', 6, 7, 8, 9]"));
        Assert.That(Assign(Slice(5, 2, 3), IntList()), Is.EqualTo("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"));
    }

    [Test]
    public void ExtendedSliceAssignmentNeedsTheExactNumberOfItems()
    {
        // spec: OBJ-LIST-1, OBJ-ERR-1
        Assert.That(AssignRaises(Slice(null, null, -1), Range(3)), Is.EqualTo("ValueError: attempt to assign sequence of size 3 to extended slice of size 10"));
        Assert.That(AssignRaises(Slice(0, 4, 2), S("abc")), Is.EqualTo("ValueError: attempt to assign sequence of size 3 to extended slice of size 2"));
        Assert.That(AssignRaises(Slice(null, null, -3), S("ab")), Is.EqualTo("ValueError: attempt to assign sequence of size 2 to extended slice of size 4"));
        Assert.That(AssignRaises(Slice(5, 2, 3), IntList(1)), Is.EqualTo("ValueError: attempt to assign sequence of size 1 to extended slice of size 0"));
    }

    [Test]
    public void AssigningANonIterableToAnySliceFails()
    {
        // spec: OBJ-LIST-1, OBJ-ERR-1
        Assert.That(AssignRaises(Slice(0, 2), Int(5)), Is.EqualTo("TypeError: must assign iterable to extended slice"));
        Assert.That(AssignRaises(Slice(0, 4, 2), Int(5)), Is.EqualTo("TypeError: must assign iterable to extended slice"));
        Assert.That(AssignRaises(Slice(null, null, 0), IntList()), Is.EqualTo("ValueError: slice step cannot be zero"));
        Assert.That(AssignRaises(Keep(PySliceObject.New(S("a"), null, null)), IntList()),
            Is.EqualTo("TypeError: slice indices must be integers or None or have an __index__ method"));
    }

    [Test]
    public void AssigningAListToASliceOfItselfCopiesItFirst()
    {
        // spec: OBJ-LIST-1
        PyListObject l = IntList(1, 2, 3);
        SetItem(l, Slice(1, 2), l);
        Assert.That(Repr(l), Is.EqualTo("[1, 1, 2, 3, 3]"));
        PyListObject m = IntList(1, 2, 3);
        SetItem(m, Slice(null, null, -1), m);
        Assert.That(Repr(m), Is.EqualTo("[3, 2, 1]"));
    }

    [TestCase(2, 5, null, "[0, 1, 5, 6, 7, 8, 9]")]
    [TestCase(1, null, 2, "[0, 2, 4, 6, 8]")]
    [TestCase(null, null, -2, "[0, 2, 4, 6, 8]")]
    [TestCase(8, 0, -3, "[0, 1, 3, 4, 6, 7, 9]")]
    [TestCase(2, 9, 3, "[0, 1, 3, 4, 6, 7, 9]")]
    [TestCase(5, 2, 2, "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]")]
    [TestCase(null, null, -1, "[]")]
    [TestCase(-100, 100, null, "[]")]
    public void SliceDeletionWorksWithEveryStepSign(int? start, int? stop, int? step, string expected)
    {
        // spec: OBJ-LIST-1
        Assert.That(Delete(Slice(start, stop, step)), Is.EqualTo(expected));
    }

    [Test]
    public void SliceDeletionWithHugeStepsRemovesOneEnd()
    {
        // spec: OBJ-LIST-1, OBJ-SLICE-1
        Assert.That(Delete(Keep(PySliceObject.New(null, null, Big("1267650600228229401496703205376")))), Is.EqualTo("[1, 2, 3, 4, 5, 6, 7, 8, 9]"));
        Assert.That(Delete(Keep(PySliceObject.New(null, null, Big("-1267650600228229401496703205376")))), Is.EqualTo("[0, 1, 2, 3, 4, 5, 6, 7, 8]"));
        Assert.That(SetItemRaises(Ten(), Slice(null, null, 0), null), Is.EqualTo("ValueError: slice step cannot be zero"));
    }

    [Test]
    public void TheValueIsIteratedBeforeTheBoundsAreFittedToTheList()
    {
        // spec: OBJ-LIST-1, OBJ-ERR-2
        // A value whose iteration deletes items from the target: CPython fits the bounds to the list's length
        // after reading the value, so an extended slice then selects fewer items.
        PyListObject l = Ten();
        PyObject value = Shrinker(l, 5, S("abcde"));
        Assert.That(SetItemRaises(l, Slice(null, null, 2), value), Is.EqualTo("ValueError: attempt to assign sequence of size 5 to extended slice of size 3"));
        PyListObject m = Ten();
        SetItem(m, Slice(null, null, 2), Shrinker(m, 4, S("abc")));
        Assert.That(Repr(m), Is.EqualTo("['a', 5, 'b', 7, 'c', 9]"));
        PyListObject n = Ten();
        SetItem(n, Slice(2, 6), Shrinker(n, 5, S("ab")));
        Assert.That(Repr(n), Is.EqualTo("[5, 6, 'a', 'b']"));
        PyListObject o = Ten();
        SetItem(o, Slice(7, null), Shrinker(o, 5, S("ab")));
        Assert.That(Repr(o), Is.EqualTo("[5, 6, 7, 8, 9, 'a', 'b']"));
    }

    /// <summary>An iterator over <paramref name="items"/> that deletes the first <paramref name="n"/> items of
    /// <paramref name="target"/> when it is first advanced.</summary>
    private PyObject Shrinker(PyListObject target, int n, PyObject items)
    {
        PyObject inner = Iter(items);
        bool done = false;
        PyTypeObject type = Class("Shrinker", [],
            ("__iter__", CsMethod("__iter__", (self, _) => self.NewRef())),
            ("__next__", CsMethod("__next__", (_, _) =>
            {
                if (!done)
                {
                    done = true;
                    PySliceObject head = PySliceObject.New(null, Int(n), null);
                    int r = PyObject.DelItem(target, head);
                    head.DecRef();
                    if (r < 0)
                    {
                        return null;
                    }
                }
                return PyIter.Next(inner) ?? (PyErr.Occurred() ? null : PyErr.SetNone(PyExc.StopIteration));
            })));
        return New(type);
    }

    [TestCase("slice", "['x', 'y', 3]")]
    [TestCase("extended", "['x', 'y', 3]")]
    [TestCase("delete-slice", "[3]")]
    [TestCase("delete-extended", "[1, 3]")]
    [TestCase("delete-item", "[1, 3]")]
    [TestCase("set-item", "[1, 'x', 3]")]
    public void ReplacedItemsAreReleasedOnlyOnceTheListIsConsistent(string how, string seenByDel)
    {
        // spec: OBJ-LIST-1, OBJ-RC-2, OBJ-RC-4
        PyListObject l = IntList(1, 2, 3);
        string? seen = null;
        PyTypeObject witness = Class("W", [], ("__del__", CsMethod("__del__", (_, _) =>
        {
            seen = Repr(l);
            return Py.ReturnNone;
        })));
        PyObject w = PyObject.CallNoArgs(witness)!;
        Ok(PyObject.SetItem(l, Int(1), w));
        w.DecRef();
        switch (how)
        {
            case "slice":
                SetItem(l, Slice(0, 2), S("xy"));
                break;
            case "extended":
                SetItem(l, Slice(1, null, -1), S("yx"));
                break;
            case "delete-slice":
                DelItem(l, Slice(null, 2));
                break;
            case "delete-extended":
                DelItem(l, Slice(1, 2, 5));
                break;
            case "delete-item":
                DelItem(l, Int(1));
                break;
            default:
                SetItem(l, Int(1), S("x"));
                break;
        }
        Assert.That(seen, Is.EqualTo(seenByDel));
    }

    [Test]
    public void DeletingASliceReleasesTheItems()
    {
        // spec: OBJ-LIST-1, OBJ-RC-2
        PyObject item = PyUnicodeObject.FromString("an item held only by the list");
        PyListObject l = IntList(1);
        Ok(l.AppendSteal(item));
        Ok(l.Append(Int(3)));
        DelItem(l, Slice(1, null, 2));
        Assert.That(item.IsDead, Is.True);
        Assert.That(Repr(l), Is.EqualTo("[1, 3]"));
    }
}
