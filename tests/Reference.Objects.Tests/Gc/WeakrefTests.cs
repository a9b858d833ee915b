// OBJ-WEAK-1: weak references.
using NUnit.Framework;
using Reference.Objects;
using Reference.Objects.Tests.Types;

namespace Reference.Objects.Tests.Gc;

[TestFixture]
public sealed class WeakrefTests : ObjectModelTest
{
    [Test]
    public void AWeakReferenceDoesNotCount()
    {
        // spec: OBJ-WEAK-1
        PyTypeObject v = Class("V");
        PyObject obj = PyObject.CallNoArgs(v)!;
        PyObject wr = Ok(PyWeakReference.NewRef(obj, null));
        Assert.That(obj.RefCnt, Is.EqualTo(1));
        PyObject alive = PyObject.CallNoArgs(wr)!;
        Assert.That(alive, Is.SameAs(obj));
        alive.DecRef();
        obj.DecRef();
        Assert.That(obj.IsDead, Is.True);
        Assert.That(Call(wr), Is.SameAs(None));
    }

    [Test]
    public void APlainReferenceIsShared()
    {
        // spec: OBJ-WEAK-1
        PyObject obj = Call(Class("V"));
        PyObject r1 = Ok(PyWeakReference.NewRef(obj, null));
        PyObject r2 = Ok(PyWeakReference.NewRef(obj, None));
        Assert.That(r2, Is.SameAs(r1));
        PyObject withCb = Ok(PyWeakReference.NewRef(obj, ReturnsStr("cb", "x")));
        Assert.That(withCb, Is.Not.SameAs(r1));
        Assert.That(PyWeakReference.GetWeakrefCount(obj), Is.EqualTo(2));
        Assert.That(Ok(PyWeakReference.NewRef(obj, null)), Is.SameAs(r1), "the plain reference stays first in the list");
        Assert.That(Attr(withCb, "__callback__"), Is.Not.SameAs(None));
        Assert.That(Attr(r1, "__callback__"), Is.SameAs(None));
        Assert.That(Call(PyWeakReference.Type, obj), Is.SameAs(r1));
    }

    [Test]
    public void UnsupportedTypesSaySo()
    {
        // spec: OBJ-WEAK-1
        Assert.That(Raises(PyWeakReference.NewRef(Int(1), null)), Is.EqualTo("TypeError: cannot create weak reference to 'int' object"));
        Assert.That(Raises(PyWeakReference.NewRef(List(), null)), Is.EqualTo("TypeError: cannot create weak reference to 'list' object"));
        Assert.That(Raises(PyWeakReference.NewRef(Call(PyExc.ValueError), null)), Is.EqualTo("TypeError: cannot create weak reference to 'ValueError' object"));
        Assert.That(CallRaises(PyWeakReference.Type), Is.EqualTo("TypeError: __new__ expected at least 1 argument, got 0"));
        Assert.That(CallRaises(PyWeakReference.Type, Call(Class("V")), None, Int(2)), Is.EqualTo("TypeError: __new__ expected at most 2 arguments, got 3"));
    }

    [Test]
    public void CallingAWeakrefTakesNoArguments()
    {
        // spec: OBJ-WEAK-1
        PyObject wr = Ok(PyWeakReference.NewRef(Call(Class("V")), null));
        Assert.That(CallRaises(wr, Int(1)), Is.EqualTo("TypeError: weakref expected 0 arguments, got 1"));
    }

    [Test]
    public void HashAndEqualityFollowTheReferent()
    {
        // spec: OBJ-WEAK-1
        PyTypeObject v = Class("V");
        PyObject obj = Call(v);
        PyObject r1 = Ok(PyWeakReference.NewRef(obj, null)), r2 = Ok(PyWeakReference.NewRef(obj, ReturnsStr("cb", "x")));
        Assert.That(PyObject.Hash(r1), Is.EqualTo(PyObject.Hash(obj)));
        Assert.That(Truth(PyObject.RichCompareBool(r1, r2, CompareOp.Eq)), Is.True);
        Assert.That(Truth(PyObject.RichCompareBool(r1, r2, CompareOp.Ne)), Is.False);
        Assert.That(Ok(PyObject.RichCompare(r1, Int(1), CompareOp.Eq)), Is.SameAs(False));
        PyObject gone = PyObject.CallNoArgs(v)!;
        PyObject dead1 = Ok(PyWeakReference.NewRef(gone, null)), dead2 = Ok(PyWeakReference.NewRef(gone, ReturnsStr("cb", "x")));
        long h = PyObject.Hash(dead1);
        gone.DecRef();
        Assert.That(PyObject.Hash(dead1), Is.EqualTo(h), "a hash taken while alive is kept");
        Assert.That(Raises(PyObject.Hash(dead2)), Is.EqualTo("TypeError: weak object has gone away"));
        Assert.That(Truth(PyObject.RichCompareBool(dead1, dead1, CompareOp.Eq)), Is.True);
        Assert.That(Ok(PyObject.RichCompare(dead1, dead2, CompareOp.Eq)), Is.SameAs(False));
        Assert.That(Ok(PyObject.RichCompare(dead1, dead2, CompareOp.Ne)), Is.SameAs(True));
    }

    [Test]
    public void ReprNamesTheReferent()
    {
        // spec: OBJ-WEAK-1
        PyTypeObject v = Class("V");
        PyObject obj = PyObject.CallNoArgs(v)!;
        PyObject wr = Ok(PyWeakReference.NewRef(obj, null));
        Assert.That(Repr(wr), Is.EqualTo($"<weakref at 0x{wr.Id:x}; to 'V' at 0x{obj.Id:x}>"));
        PyObject typeRef = Ok(PyWeakReference.NewRef(v, null));
        Assert.That(Repr(typeRef), Is.EqualTo($"<weakref at 0x{typeRef.Id:x}; to 'type' at 0x{v.Id:x} (V)>"));
        obj.DecRef();
        Assert.That(Repr(wr), Is.EqualTo($"<weakref at 0x{wr.Id:x}; dead>"));
    }

    [Test]
    public void ImmortalReferentsNeverDie()
    {
        // spec: OBJ-WEAK-1
        PyObject wr = Ok(PyWeakReference.NewRef(PyLongObject.Type, null));
        Assert.That(Call(wr), Is.SameAs(PyLongObject.Type));
        Assert.That(PyWeakReference.GetWeakrefCount(PyLongObject.Type), Is.EqualTo(0));
    }

    [Test]
    public void AWeakrefSubclassIsNeverTheSharedOne()
    {
        // spec: OBJ-WEAK-1
        PyTypeObject myRef = Class("MyRef", [PyWeakReference.Type]);
        PyObject obj = Call(Class("V"));
        PyObject plain = Ok(PyWeakReference.NewRef(obj, null));
        PyObject sub = Call(myRef, obj);
        Assert.That(sub, Is.Not.SameAs(plain));
        Assert.That(sub.ObType, Is.SameAs(myRef));
        Assert.That(Call(sub), Is.SameAs(obj));
        Assert.That(Ok(PyWeakReference.NewRef(obj, null)), Is.SameAs(plain));
    }

    [Test]
    public void ACallbackCycleIsCollected()
    {
        // spec: OBJ-WEAK-1, OBJ-GC-1
        PyTypeObject v = Class("V");
        PyObject target = Call(v);
        PyListObject cbHolder = PyListObject.New(0);
        PyObject append = PyObject.GetAttr(cbHolder, "append")!;
        PyObject wr = PyWeakReference.NewRef(target, append)!;
        append.DecRef();
        cbHolder.Append(wr);
        wr.DecRef();
        cbHolder.DecRef();
        Interp.Gc.Collect();
        Assert.That(wr.IsDead && cbHolder.IsDead, Is.True);
    }
}
