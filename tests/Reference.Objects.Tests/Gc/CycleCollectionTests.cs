// OBJ-GC-1: the collector finds unreachable cycles and frees them through tp_clear.
using NUnit.Framework;
using Reference.Objects;
using Reference.Objects.Tests.Types;

namespace Reference.Objects.Tests.Gc;

[TestFixture]
public sealed class CycleCollectionTests : ObjectModelTest
{
    private long Collect() => Interp.Gc.Collect();

    [SetUp]
    public void StartClean() => Interp.Gc.Collect();

    [Test]
    public void ASelfReferencingListIsOneObject()
    {
        // spec: OBJ-GC-1
        PyListObject l = PyListObject.New(0);
        l.Append(l);
        l.DecRef();
        Assert.That(l.IsDead, Is.False, "reference counting alone cannot free a cycle");
        Assert.That(Collect(), Is.EqualTo(1));
        Assert.That(l.IsDead, Is.True);
    }

    [Test]
    public void ASelfReferencingDictIsOneObject()
    {
        // spec: OBJ-GC-1
        PyDictObject d = PyDictObject.New();
        PyObject key = PyUnicodeObject.FromString("x");
        d.SetItem(key, d);
        key.DecRef();
        d.DecRef();
        Assert.That(Collect(), Is.EqualTo(1));
        Assert.That(d.IsDead, Is.True);
    }

    [Test]
    public void TwoListsReferringToEachOther()
    {
        // spec: OBJ-GC-1
        PyListObject a = PyListObject.New(0), b = PyListObject.New(0);
        a.Append(b);
        b.Append(a);
        a.DecRef();
        b.DecRef();
        Assert.That(Collect(), Is.EqualTo(2));
        Assert.That(a.IsDead && b.IsDead, Is.True);
    }

    [Test]
    public void InstancesInACycleAreFreedWithTheirDicts()
    {
        // spec: OBJ-GC-1
        PyTypeObject c = Class("C");
        PyObject x = PyObject.CallNoArgs(c)!, y = PyObject.CallNoArgs(c)!;
        Ok(PyObject.SetAttr(x, "y", y));
        Ok(PyObject.SetAttr(y, "x", x));
        x.DecRef();
        y.DecRef();
        long found = Collect();
        Assert.That(x.IsDead && y.IsDead, Is.True);
        Assert.That(found, Is.EqualTo(2), "an instance's own __dict__ is not counted, as in CPython 3.14");
    }

    [Test]
    public void AnInstanceReferringToItselfCountsOnceEvenWithItsDictSeen()
    {
        // spec: OBJ-GC-1
        PyTypeObject c = Class("C");
        PyObject a = PyObject.CallNoArgs(c)!;
        Ok(PyObject.SetAttr(a, "self", a));
        PyObject.GetAttr(a, "__dict__")!.DecRef();
        a.DecRef();
        Assert.That(Collect(), Is.EqualTo(1));
        Assert.That(a.IsDead, Is.True);
    }

    [Test]
    public void ADictThatOutlivesItsInstanceCountsAgain()
    {
        // spec: OBJ-GC-1
        PyTypeObject c = Class("C");
        PyObject a = PyObject.CallNoArgs(c)!;
        PyObject d = PyObject.GetAttr(a, "__dict__")!;
        a.DecRef();
        Ok(PyObject.SetItem(d, S("me"), d));
        d.DecRef();
        Assert.That(Collect(), Is.EqualTo(1));
        Assert.That(d.IsDead, Is.True);
    }

    [Test]
    public void ReachableObjectsSurvive()
    {
        // spec: OBJ-GC-1
        PyListObject root = List();
        PyListObject a = PyListObject.New(0);
        a.Append(a);
        root.Append(a);
        a.DecRef();
        Assert.That(Collect(), Is.EqualTo(0));
        Assert.That(a.IsDead, Is.False);
        Assert.That(GcState.IsTracked(a), Is.True);
        root.Clear();
        Assert.That(Collect(), Is.EqualTo(1));
    }

    [Test]
    public void ACycleThroughAHeapTypeAndItsInstance()
    {
        // spec: OBJ-GC-1
        PyTypeObject t = (PyTypeObject)PyTypeObject.New(TypeType, (PyUnicodeObject)S("T"), (PyTupleObject)Tuple(), Dict())!;
        PyObject inst = PyObject.CallNoArgs(t)!;
        Ok(PyObject.SetAttr(t, "inst", inst));
        inst.DecRef();
        t.DecRef();
        Assert.That(t.IsDead, Is.False);
        Assert.That(Collect(), Is.GreaterThan(2));
        Assert.That(t.IsDead && inst.IsDead, Is.True);
    }

    [Test]
    public void AnUnusedHeapTypeIsACycleOfItsOwn()
    {
        // spec: OBJ-GC-1
        var t = (PyTypeObject)PyTypeObject.New(TypeType, (PyUnicodeObject)S("T"), (PyTupleObject)Tuple(), Dict())!;
        t.DecRef();
        Assert.That(t.IsDead, Is.False, "type -> __mro__ -> type");
        Assert.That(Collect(), Is.GreaterThanOrEqualTo(3));
        Assert.That(t.IsDead, Is.True);
    }

    [Test]
    public void ImmutableContainersAreFreedThroughTheirMutableMembers()
    {
        // spec: OBJ-GC-1
        PyListObject l = PyListObject.New(0);
        PyTupleObject t = PyTupleObject.Pack(l);
        l.Append(t);
        t.DecRef();
        l.DecRef();
        Assert.That(Collect(), Is.EqualTo(2));
        Assert.That(t.IsDead && l.IsDead, Is.True);
    }

    [Test]
    public void NonContainersAreNotTracked()
    {
        // spec: OBJ-GC-1
        Assert.That(GcState.IsTracked(Int(1000)), Is.False);
        Assert.That(GcState.IsTracked(S("text")), Is.False);
        Assert.That(GcState.IsTracked(List()), Is.True);
        Assert.That(GcState.IsTracked(Call(Class("C"))), Is.True);
    }

    [Test]
    public void GetReferentsListsWhatTraverseVisits()
    {
        // spec: OBJ-GC-1
        PyObject a = S("a-long-string"), b = Int(12345);
        PyListObject l = List(a, b);
        List<PyObject> refs = GcState.GetReferents(l);
        Assert.That(refs, Has.Count.EqualTo(2));
        Assert.That(refs, Has.Member(a).And.Member(b));
        PyTypeObject c = Class("C");
        PyObject inst = Call(c);
        SetAttr(inst, "x", Int(1));
        List<PyObject> instRefs = GcState.GetReferents(inst);
        Assert.That(instRefs[0], Is.SameAs(c), "an instance refers to its heap type first");
        Assert.That(Interp.Gc.GetObjects(), Has.Member(l));
    }
}
