// OBJ-GC-3: generations, thresholds and counts.
using NUnit.Framework;
using Reference.Objects;
using Reference.Objects.Tests.Types;

namespace Reference.Objects.Tests.Gc;

[TestFixture]
public sealed class GcGenerationTests : ObjectModelTest
{
    [Test]
    public void ThresholdsAreCPythons()
    {
        // spec: OBJ-GC-3
        Assert.That(string.Join(",", Interp.Gc.Thresholds), Is.EqualTo("2000,10,0"));
        Assert.That(GcState.Generations, Is.EqualTo(3));
        Assert.That(Interp.Gc.Enabled, Is.True);
    }

    [Test]
    public void AllocationsOfContainersCountTowardGenerationZero()
    {
        // spec: OBJ-GC-3
        Interp.Gc.Collect();
        Assert.That(Interp.Gc.Counts[0], Is.EqualTo(0));
        List();
        List();
        Assert.That(Interp.Gc.Counts[0], Is.EqualTo(2));
        PyObject temp = PyListObject.New(0);
        temp.DecRef();
        Assert.That(Interp.Gc.Counts[0], Is.EqualTo(2), "a container freed before any collection is uncounted");
        Int(100000);
        Assert.That(Interp.Gc.Counts[0], Is.EqualTo(2), "ints are not containers");
    }

    [Test]
    public void SurvivorsMoveOneGenerationOlder()
    {
        // spec: OBJ-GC-3
        Interp.Gc.Collect();
        PyListObject l = List();
        Assert.That(Interp.Gc.GetObjects(0), Has.Member(l));
        Interp.Gc.Collect(0);
        Assert.That(Interp.Gc.GetObjects(1), Has.Member(l));
        Interp.Gc.Collect(1);
        Assert.That(Interp.Gc.GetObjects(2), Has.Member(l));
        Interp.Gc.Collect(2);
        Assert.That(Interp.Gc.GetObjects(2), Has.Member(l), "the oldest generation keeps its survivors");
        Assert.That(Interp.Gc.TrackedCount(0), Is.EqualTo(0));
    }

    [Test]
    public void CollectingAYoungGenerationCountsTowardTheNext()
    {
        // spec: OBJ-GC-3
        Interp.Gc.Collect();
        Assert.That(string.Join(",", Interp.Gc.Counts), Is.EqualTo("0,0,0"));
        Interp.Gc.Collect(0);
        Interp.Gc.Collect(0);
        Assert.That(Interp.Gc.Counts[1], Is.EqualTo(2));
        Interp.Gc.Collect(1);
        Assert.That(Interp.Gc.Counts[1], Is.EqualTo(0));
        Assert.That(Interp.Gc.Counts[2], Is.EqualTo(1));
        Assert.That(Interp.Gc.Stats[0].Collections, Is.GreaterThanOrEqualTo(2));
    }

    [Test]
    public void AYoungCollectionLeavesOldGarbageAlone()
    {
        // spec: OBJ-GC-3
        Interp.Gc.Collect();
        PyListObject old = PyListObject.New(0);
        old.Append(old);
        Interp.Gc.Collect(0); // old is referenced from here, so it survives into generation 1
        old.DecRef();
        Assert.That(Interp.Gc.Collect(0), Is.EqualTo(0));
        Assert.That(old.IsDead, Is.False);
        Assert.That(Interp.Gc.Collect(1), Is.EqualTo(1));
        Assert.That(old.IsDead, Is.True);
        Assert.That(Interp.Gc.Stats[1].Collected, Is.EqualTo(1));
    }

    [Test]
    public void PassingTheThresholdSchedulesACollection()
    {
        // spec: OBJ-GC-3
        Interp.Gc.Collect();
        Interp.Gc.Thresholds[0] = 5;
        PyListObject garbage = PyListObject.New(0);
        garbage.Append(garbage);
        garbage.DecRef();
        for (int i = 0; i < 5 && !Interp.Gc.CollectionScheduled; i++)
        {
            List();
        }
        Assert.That(Interp.Gc.CollectionScheduled, Is.True);
        Assert.That(Interp.Gc.CollectScheduled(), Is.EqualTo(1));
        Assert.That(Interp.Gc.CollectionScheduled, Is.False);
        Assert.That(garbage.IsDead, Is.True);
    }

    [Test]
    public void TheOldestGenerationDueIsCollected()
    {
        // spec: OBJ-GC-3
        Interp.Gc.Collect();
        Interp.Gc.Thresholds[1] = 1;
        PyListObject old = PyListObject.New(0);
        old.Append(old);
        Interp.Gc.Collect(0);
        old.DecRef();
        Interp.Gc.Collect(0);
        Assert.That(Interp.Gc.Counts[1], Is.EqualTo(2));
        Assert.That(Interp.Gc.CollectScheduled(), Is.EqualTo(1), "generation 1 passed its threshold, so it is collected");
        Assert.That(old.IsDead, Is.True);
    }

    [Test]
    public void ADisabledCollectorDoesNotRunScheduledCollections()
    {
        // spec: OBJ-GC-3
        Interp.Gc.Enabled = false;
        PyListObject garbage = PyListObject.New(0);
        garbage.Append(garbage);
        garbage.DecRef();
        Assert.That(Interp.Gc.CollectScheduled(), Is.EqualTo(0));
        Assert.That(garbage.IsDead, Is.False);
        Interp.Gc.Enabled = true;
        Assert.That(Interp.Gc.Collect(), Is.EqualTo(1), "an explicit collection still runs");
    }
}
