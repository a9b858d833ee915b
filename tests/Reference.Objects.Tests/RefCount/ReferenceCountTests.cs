// OBJ-RC: the object header, reference counts, immortality and deterministic deallocation.
using NUnit.Framework;
using Reference.Objects;
using Reference.Objects.Tests.Support;

namespace Reference.Objects.Tests.RefCount;

[TestFixture]
public sealed class ReferenceCountTests : RuntimeTest
{
    [Test]
    public void ANewObjectHasOneReferenceOwnedByItsCreator()
    {
        // spec: OBJ-RC-1
        PyObject list = List();
        Assert.That(list.RefCnt, Is.EqualTo(1));
    }

    [Test]
    public void IncRefAndDecRefMoveTheCountByOne()
    {
        // spec: OBJ-RC-1
        PyObject list = List();
        list.IncRef();
        list.IncRef();
        Assert.That(list.RefCnt, Is.EqualTo(3));
        list.DecRef();
        list.DecRef();
        Assert.That(list.RefCnt, Is.EqualTo(1));
    }

    [Test]
    public void ContainersHoldAReferenceToEachItem()
    {
        // spec: OBJ-RC-2
        PyObject item = S("a long enough string to not be cached");
        PyListObject list = List();
        Ok(list.Append(item));
        Ok(list.Append(item));
        Assert.That(item.RefCnt, Is.EqualTo(3));
        list.Clear();
        Assert.That(item.RefCnt, Is.EqualTo(1));
    }

    [TestCase(0)]
    [TestCase(-5)]
    [TestCase(256)]
    public void SmallIntsAreImmortalAndNeverChangeCount(long value)
    {
        // spec: OBJ-RC-3
        PyObject small = PyLongObject.FromLong(value);
        Assert.That(small.IsImmortal, Is.True);
        long before = small.RefCnt;
        small.IncRef();
        small.DecRef();
        small.DecRef();
        Assert.That(small.RefCnt, Is.EqualTo(before));
        Assert.That(before, Is.EqualTo(PyObject.ImmortalRefCnt));
    }

    [Test]
    public void IntsOutsideTheSmallRangeAreMortal()
    {
        // spec: OBJ-RC-3
        Assert.That(Int(257).IsImmortal, Is.False);
        Assert.That(Int(-6).IsImmortal, Is.False);
    }

    [Test]
    public void SingletonsAreImmortalAndShared()
    {
        // spec: OBJ-RC-3
        foreach (PyObject o in new[] { Py.None, Py.True, Py.False, Py.Ellipsis, Py.NotImplemented, PyTupleObject.EmptyTuple })
        {
            Assert.That(o.IsImmortal, Is.True, o.ObType.Name);
        }
    }

    [Test]
    public void InterningMakesAStringImmortalAndUnique()
    {
        // spec: OBJ-RC-3
        var a = (PyUnicodeObject)S("interned-" + Guid.NewGuid().ToString("N"));
        var b = (PyUnicodeObject)S(a.Value);
        PyUnicodeObject ia = PyUnicodeObject.Intern(a);
        PyUnicodeObject ib = PyUnicodeObject.Intern(b);
        Assert.That(ia, Is.SameAs(ib));
        Assert.That(ia.IsImmortal, Is.True);
        Assert.That(Interp.Immortalized, Is.EqualTo(1));
    }

    [Test]
    public void TheLastDecRefDeallocatesAtOnce()
    {
        // spec: OBJ-RC-4
        long before = Interp.Deallocations;
        PyListObject list = PyListObject.New(0);
        list.DecRef();
        Assert.That(list.IsDead, Is.True);
        Assert.That(Interp.Deallocations, Is.EqualTo(before + 1));
    }

    [Test]
    public void DeallocatingAContainerReleasesItsItems()
    {
        // spec: OBJ-RC-4
        PyObject item = PyUnicodeObject.FromString("held only by the list, then released with it");
        PyListObject list = PyListObject.New(0);
        list.Append(item);
        item.DecRef();
        Assert.That(item.RefCnt, Is.EqualTo(1));
        list.DecRef();
        Assert.That(item.IsDead, Is.True);
    }

    [Test]
    public void TouchingADeallocatedObjectIsAFatalError()
    {
        // spec: OBJ-RC-5
        PyListObject list = PyListObject.New(0);
        list.DecRef();
        FatalPythonError? error = Assert.Throws<FatalPythonError>(() => list.IncRef());
        Assert.That(error!.Banner, Does.StartWith("Fatal Python error: IncRef: object already deallocated: <list object at 0x"));
        Assert.Throws<FatalPythonError>(() => list.DecRef());
    }

    [Test]
    public void AllocationsAndDeallocationsAreCountedPerRuntime()
    {
        // spec: OBJ-RC-6
        long allocs = Interp.Allocations, deallocs = Interp.Deallocations;
        PyObject a = PyListObject.New(0), b = PyDictObject.New();
        Assert.That(Interp.Allocations, Is.EqualTo(allocs + 2));
        a.DecRef();
        b.DecRef();
        Assert.That(Interp.Deallocations, Is.EqualTo(deallocs + 2));
    }

    [Test]
    public void TotalRefCountSumsTheCountsOfLiveObjects()
    {
        // spec: OBJ-RC-6
        long before = Interp.GetTotalRefCount();
        PyListObject list = PyListObject.New(0);
        list.IncRef();
        Assert.That(Interp.GetTotalRefCount(), Is.EqualTo(before + 2));
        list.DecRef();
        list.DecRef();
        Assert.That(Interp.GetTotalRefCount(), Is.EqualTo(before));
    }

    [Test]
    public void TwoRuntimesKeepSeparateAccounts()
    {
        // spec: OBJ-RC-6
        long mine = Interp.Allocations;
        PyThreadState? outer = PyThreadState.Swap(null);
        using (var other = PyRuntimeState.Create())
        {
            PyListObject.New(0).DecRef();
            Assert.That(other.MainInterpreter.Allocations, Is.GreaterThanOrEqualTo(1));
        }
        PyThreadState.Swap(outer);
        Assert.That(Interp.Allocations, Is.EqualTo(mine));
    }

    [Test]
    public void UsingObjectsWithNoThreadStateIsAFatalError()
    {
        // spec: OBJ-RC-6
        PyThreadState? outer = PyThreadState.Swap(null);
        try
        {
            Assert.Throws<FatalPythonError>(() => PyListObject.New(0));
        }
        finally
        {
            PyThreadState.Swap(outer);
        }
    }

    [Test]
    public void DeeplyNestedContainersDeallocateWithoutOverflowingTheStack()
    {
        // spec: OBJ-RC-7
        PyObject inner = PyListObject.New(0);
        for (int i = 0; i < 200_000; i++)
        {
            PyListObject outer = PyListObject.New(1);
            outer.AppendSteal(inner);
            inner = outer;
        }
        long before = Interp.Deallocations;
        inner.DecRef();
        Assert.That(Interp.Deallocations - before, Is.EqualTo(200_001));
    }
}
