// OBJ-RC-4, OBJ-RC-7: deallocation order — finalizer, weak references, contents — and the trashcan.
using NUnit.Framework;
using Reference.Objects;
using Reference.Objects.Tests.Types;

namespace Reference.Objects.Tests.Gc;

[TestFixture]
public sealed class DeallocationTests : ObjectModelTest
{
    [Test]
    public void FinalizerThenWeakrefCallbacksThenContents()
    {
        // spec: OBJ-RC-4
        var events = new List<string>();
        PyTypeObject dw = Class("DW", ("__del__", CsMethod("__del__", (self, _) =>
        {
            PyObject x = PyObject.GetAttr(self, "x")!;
            events.Add("del sees x=" + Repr(x));
            x.DecRef();
            return Py.ReturnNone;
        })));
        PyObject obj = PyObject.CallNoArgs(dw)!;
        PyObject payload = PyUnicodeObject.FromString("payload");
        Ok(PyObject.SetAttr(obj, "x", payload));
        PyObject wr = Ok(PyWeakReference.NewRef(obj, CsMethod("cb", (_, _) =>
        {
            events.Add("cb, payload alive=" + !payload.IsDead);
            return Py.ReturnNone;
        })));
        payload.DecRef();
        obj.DecRef();
        Assert.That(string.Join("; ", events), Is.EqualTo("del sees x='payload'; cb, payload alive=True"));
        Assert.That(payload.IsDead && obj.IsDead, Is.True);
        Assert.That(Call(wr), Is.SameAs(None));
    }

    [Test]
    public void CallbacksRunNewestFirst()
    {
        // spec: OBJ-RC-4, OBJ-WEAK-1
        var order = new List<int>();
        PyTypeObject v = Class("V");
        PyObject obj = PyObject.CallNoArgs(v)!;
        Ok(PyWeakReference.NewRef(obj, CsMethod("cb1", (_, _) => { order.Add(1); return Py.ReturnNone; })));
        Ok(PyWeakReference.NewRef(obj, CsMethod("cb2", (_, _) => { order.Add(2); return Py.ReturnNone; })));
        PyObject plain = Ok(PyWeakReference.NewRef(obj, null));
        Ok(PyWeakReference.NewRef(obj, CsMethod("cb3", (_, _) => { order.Add(3); return Py.ReturnNone; })));
        obj.DecRef();
        Assert.That(string.Join(",", order), Is.EqualTo("3,2,1"));
        Assert.That(Call(plain), Is.SameAs(None));
    }

    [Test]
    public void AFinalizerRunsOnceEvenAfterResurrection()
    {
        // spec: OBJ-RC-4
        int calls = 0;
        PyListObject keep = List();
        PyTypeObject z = Class("Z", ("__del__", CsMethod("__del__", (self, _) =>
        {
            calls++;
            if (calls == 1)
            {
                keep.Append(self);
            }
            return Py.ReturnNone;
        })));
        PyObject x = PyObject.CallNoArgs(z)!;
        x.DecRef();
        Assert.That(x.IsDead, Is.False);
        keep.Clear();
        Assert.That(x.IsDead, Is.True);
        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public void ACallbackThatDropsItsWeakrefIsFine()
    {
        // spec: OBJ-RC-4, OBJ-WEAK-1
        PyTypeObject v = Class("V");
        PyObject obj = PyObject.CallNoArgs(v)!;
        PyListObject holder = List();
        PyObject wr = PyWeakReference.NewRef(obj, CsMethod("cb", (_, _) =>
        {
            holder.Clear();
            return Py.ReturnNone;
        }))!;
        holder.Append(wr);
        wr.DecRef();
        obj.DecRef();
        Assert.That(wr.IsDead, Is.True, "freed after its own callback returned");
    }

    [Test]
    public void DeepInstanceChainsDeallocateWithoutOverflow()
    {
        // spec: OBJ-RC-7
        PyTypeObject node = Class("Node");
        PyObject head = PyObject.CallNoArgs(node)!;
        PyObject cur = head;
        for (int i = 0; i < 100_000; i++)
        {
            PyObject next = PyObject.CallNoArgs(node)!;
            Ok(PyObject.SetAttr(cur, "next", next));
            next.DecRef();
            cur = next;
        }
        long before = Interp.Deallocations;
        head.DecRef();
        Assert.That(Interp.Deallocations - before, Is.EqualTo(200_001), "every node, and the __dict__ of all but the last");
    }

    [Test]
    public void DeepDictChainsDeallocateWithoutOverflow()
    {
        // spec: OBJ-RC-7
        PyObject key = S("k");
        PyObject inner = PyDictObject.New();
        for (int i = 0; i < 100_000; i++)
        {
            PyDictObject outer = PyDictObject.New();
            outer.SetItem(key, inner);
            inner.DecRef();
            inner = outer;
        }
        long before = Interp.Deallocations;
        inner.DecRef();
        Assert.That(Interp.Deallocations - before, Is.EqualTo(100_001));
    }

    [Test]
    public void AnInstanceReleasesItsClass()
    {
        // spec: OBJ-RC-4
        PyTypeObject c = Class("C");
        long before = c.RefCnt;
        PyObject x = PyObject.CallNoArgs(c)!;
        Assert.That(c.RefCnt, Is.EqualTo(before + 1));
        x.DecRef();
        Assert.That(c.RefCnt, Is.EqualTo(before));
    }
}
