// OBJ-GC-2: weak references to garbage are cleared first, finalizers run once, resurrected objects survive.
using NUnit.Framework;
using Reference.Objects;
using Reference.Objects.Tests.Types;

namespace Reference.Objects.Tests.Gc;

[TestFixture]
public sealed class GcFinalizerTests : ObjectModelTest
{
    [SetUp]
    public void StartClean() => Interp.Gc.Collect();

    private static PyObject SelfCycle(PyTypeObject t)
    {
        PyObject x = PyObject.CallNoArgs(t)!;
        Ok(PyObject.SetAttr(x, "me", x));
        x.DecRef();
        return x;
    }

    [Test]
    public void AFinalizerInACycleRunsOnce()
    {
        // spec: OBJ-GC-2
        int calls = 0;
        PyTypeObject f = Class("F", ("__del__", CsMethod("__del__", (_, _) => { calls++; return Py.ReturnNone; })));
        PyObject x = SelfCycle(f);
        Assert.That(Interp.Gc.Collect(), Is.EqualTo(1));
        Assert.That(calls, Is.EqualTo(1));
        Assert.That(x.IsDead, Is.True);
        Assert.That(Interp.Gc.Collect(), Is.EqualTo(0));
        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public void AResurrectingFinalizerKeepsTheObjectAndNeverRunsAgain()
    {
        // spec: OBJ-GC-2
        int calls = 0;
        PyListObject saved = List();
        PyTypeObject z = Class("Z", ("__del__", CsMethod("__del__", (self, _) =>
        {
            calls++;
            saved.Append(self);
            return Py.ReturnNone;
        })));
        PyObject x = SelfCycle(z);
        Assert.That(Interp.Gc.Collect(), Is.EqualTo(0), "a resurrected object is not counted");
        Assert.That(x.IsDead, Is.False);
        Assert.That(saved.Count, Is.EqualTo(1));
        saved.Clear();
        Assert.That(x.IsDead, Is.False, "still a cycle");
        Assert.That(Interp.Gc.Collect(), Is.EqualTo(1));
        Assert.That(x.IsDead, Is.True);
        Assert.That(calls, Is.EqualTo(1), "the finalizer ran once in the object's life");
    }

    [Test]
    public void ResurrectionByRefcountDeallocation()
    {
        // spec: OBJ-RC-4, OBJ-GC-2
        int calls = 0;
        PyListObject saved = List();
        PyTypeObject z = Class("Z", ("__del__", CsMethod("__del__", (self, _) =>
        {
            calls++;
            saved.Append(self);
            return Py.ReturnNone;
        })));
        PyObject x = PyObject.CallNoArgs(z)!;
        x.DecRef();
        Assert.That(x.IsDead, Is.False);
        Assert.That(x.RefCnt, Is.EqualTo(1));
        Assert.That(GcState.IsTracked(x), Is.True, "a resurrected container is tracked again");
        saved.Clear();
        Assert.That(x.IsDead, Is.True);
        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public void CallbacksOfWeakrefsThatAreGarbageAreNotCalled()
    {
        // spec: OBJ-GC-2, OBJ-WEAK-1
        int calls = 0;
        PyTypeObject w = Class("W");
        PyObject a = PyObject.CallNoArgs(w)!;
        Ok(PyObject.SetAttr(a, "me", a));
        PyObject wr = PyWeakReference.NewRef(a, CsMethod("cb", (_, _) => { calls++; return Py.ReturnNone; }))!;
        Ok(PyObject.SetAttr(a, "wr", wr));
        wr.DecRef();
        a.DecRef();
        Interp.Gc.Collect();
        Assert.That(a.IsDead && wr.IsDead, Is.True);
        Assert.That(calls, Is.EqualTo(0));
    }

    [Test]
    public void CallbacksOfLiveWeakrefsToGarbageAreCalledAndTheReferenceIsCleared()
    {
        // spec: OBJ-GC-2, OBJ-WEAK-1
        var order = new List<string>();
        PyTypeObject w = Class("W", ("__del__", CsMethod("__del__", (_, _) => { order.Add("del"); return Py.ReturnNone; })));
        PyObject a = SelfCycle(w);
        PyObject wr = Ok(PyWeakReference.NewRef(a, CsMethod("cb", (self, _) =>
        {
            order.Add("cb " + Repr(Ok(PyObject.CallNoArgs(self))));
            return Py.ReturnNone;
        })));
        Interp.Gc.Collect();
        Assert.That(string.Join(", ", order), Is.EqualTo("cb None, del"), "weakrefs are cleared before finalizers run");
        Assert.That(Call(wr), Is.SameAs(None));
    }

    [Test]
    public void AnExceptionInAFinalizerDuringCollectionIsReported()
    {
        // spec: OBJ-GC-2, OBJ-ERR-3
        PyTypeObject f = Class("F", ("__del__", RaisesIn("__del__", PyExc.ValueError, "in gc")));
        PyObject x = SelfCycle(f);
        Interp.Gc.Collect();
        Assert.That(x.IsDead, Is.True);
        Assert.That(Stderr.ToString().Replace("\r\n", "\n", StringComparison.Ordinal),
            Is.EqualTo("Exception ignored while calling deallocator <test method __del__>:\nValueError: in gc\n"));
    }

    [Test]
    public void AFinalizerThatCollectsDoesNotRecurse()
    {
        // spec: OBJ-GC-2
        long inner = -1;
        PyTypeObject f = Class("F", ("__del__", CsMethod("__del__", (_, _) => { inner = Interp.Gc.Collect(); return Py.ReturnNone; })));
        PyObject x = SelfCycle(f);
        Interp.Gc.Collect();
        Assert.That(inner, Is.EqualTo(0));
        Assert.That(x.IsDead, Is.True);
    }
}
