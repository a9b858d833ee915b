// OBJ-GC-1 for the containers: every container and container iterator reports what it holds
// (tp_traverse), so a cycle through it that nothing else references is found by a collection and
// freed through tp_clear; an object reachable from outside survives.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Containers;

[TestFixture]
public sealed class ContainerCycleTests : ContainerTest
{
    /// <summary>Drops the caller's reference to <paramref name="root"/>, which is on a cycle, and checks that only a
    /// collection frees it.</summary>
    private void AssertCollected(PyObject root)
    {
        root.DecRef();
        Assert.That(root.IsDead, Is.False, "a cycle keeps itself alive");
        long found = Interp.Gc.Collect();
        Assert.That(found, Is.GreaterThan(0));
        Assert.That(root.IsDead, Is.True, "the collector freed the cycle");
    }

    [Test]
    public void AListContainingItselfIsCollected()
    {
        // spec: OBJ-GC-1
        PyListObject l = PyListObject.New(0);
        Ok(l.Append(l));
        AssertCollected(l);
    }

    [Test]
    public void ADictHoldingItselfAsAValueOrThroughAViewIsCollected()
    {
        // spec: OBJ-GC-1
        PyDictObject d = PyDictObject.New();
        Ok(d.SetItem(S("self"), d));
        AssertCollected(d);
        PyDictObject e = PyDictObject.New();
        PyObject view = PyObject.CallMethod(e, "items")!;
        Ok(e.SetItem(S("view"), view));
        view.DecRef();
        AssertCollected(e);
    }

    [Test]
    public void ATupleInsideAListThatHoldsTheListIsCollected()
    {
        // spec: OBJ-GC-1
        PyListObject l = PyListObject.New(0);
        PyTupleObject t = PyTupleObject.Pack(l, Int(1));
        Ok(l.AppendSteal(t));
        AssertCollected(l);
        Assert.That(t.IsDead, Is.True);
    }

    [Test]
    public void ASetReachingItselfThroughAnElementIsCollected()
    {
        // spec: OBJ-GC-1
        PySetObject s = PySetObject.New();
        PyObject holder = PyObject.CallNoArgs(Class("H", []))!;
        Ok(PyObject.SetAttr(holder, "set", s));
        Ok(s.Add(holder));
        holder.DecRef();
        AssertCollected(s);
    }

    [Test]
    public void IteratorsStoredInTheirOwnContainerAreCollected()
    {
        // spec: OBJ-GC-1, OBJ-ITER-1
        PyListObject l = PyListObject.New(0);
        Ok(l.AppendSteal(PyObject.GetIter(l)!));
        Ok(l.AppendSteal(PyObject.CallMethod(l, "__reversed__")!));
        AssertCollected(l);
        PyDictObject d = PyDictObject.New();
        PyObject it = PyObject.GetIter(d)!, rev = PyObject.CallMethod(d, "__reversed__")!;
        Ok(d.SetItem(S("it"), it));
        Ok(d.SetItem(S("rev"), rev));
        it.DecRef();
        rev.DecRef();
        AssertCollected(d);
        PyListObject box = PyListObject.New(0);
        PyTupleObject t = PyTupleObject.Pack(box);
        Ok(box.AppendSteal(PyObject.GetIter(t)!));
        t.DecRef();
        AssertCollected(box);
    }

    [Test]
    public void ASetIteratorAndASequenceIteratorOnACycleAreCollected()
    {
        // spec: OBJ-GC-1, OBJ-ITER-1
        PySetObject s = PySetObject.New();
        PyObject holder = PyObject.CallNoArgs(Class("H", []))!;
        PyObject setIter = PyObject.GetIter(s)!;
        Ok(PyObject.SetAttr(holder, "it", setIter));
        setIter.DecRef();
        Ok(s.Add(holder));
        holder.DecRef();
        AssertCollected(s);
        PyTypeObject seq = Class("G", [], ("__getitem__", CsMethod("__getitem__", (_, _) => PyErr.SetNone(PyExc.IndexError))));
        PyObject g = PyObject.CallNoArgs(seq)!;
        PyObject seqIter = PyObject.GetIter(g)!;
        Ok(PyObject.SetAttr(g, "it", seqIter));
        seqIter.DecRef();
        AssertCollected(g);
    }

    [Test]
    public void ASliceOfAListHoldingTheSliceIsCollected()
    {
        // spec: OBJ-GC-1, OBJ-SLICE-1
        PyListObject l = PyListObject.New(0);
        PySliceObject s = PySliceObject.New(l, None, None);
        Ok(l.AppendSteal(s));
        AssertCollected(l);
    }

    [Test]
    public void ACycleReachableFromOutsideSurvives()
    {
        // spec: OBJ-GC-1
        PyListObject l = IntList();
        Ok(l.Append(l));
        Interp.Gc.Collect();
        Assert.That(l.IsDead, Is.False);
        Assert.That(Repr(l), Is.EqualTo("[[...]]"));
        l.Clear();
    }
}
