// OBJ-ATTR-3: staticmethod and classmethod — how a callable binds in a class.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Types;

[TestFixture]
public sealed class StaticAndClassMethodTests : ObjectModelTest
{
    [Test]
    public void ReprsShowTheWrappedCallable()
    {
        // spec: OBJ-ATTR-3
        Assert.That(Repr(StaticMethod(Int(1))), Is.EqualTo("<staticmethod(1)>"));
        Assert.That(Repr(ClassMethod(S("f"))), Is.EqualTo("<classmethod('f')>"));
        PyObject append = Attr(PyListObject.Type, "append");
        Assert.That(Repr(StaticMethod(append)), Is.EqualTo("<staticmethod(<method 'append' of 'list' objects>)>"));
    }

    [Test]
    public void AStaticmethodDoesNotBind()
    {
        // spec: OBJ-ATTR-3
        PyObject f = ReturnsStr("f", "called");
        PyTypeObject sc = Class("SC", ("s", StaticMethod(f)));
        Assert.That(Attr(sc, "s"), Is.SameAs(f));
        Assert.That(Attr(Call(sc), "s"), Is.SameAs(f));
        PyObject upper = Attr(PyUnicodeObject.Type, "upper");
        PyTypeObject sc2 = Class("SC2", ("u", StaticMethod(upper)));
        Assert.That(Str(Method(Call(sc2), "u", S("x"))), Is.EqualTo("X"));
        Assert.That(Str(Call(StaticMethod(upper), S("y"))), Is.EqualTo("Y"), "staticmethod objects are callable");
    }

    [Test]
    public void AClassmethodBindsTheClass()
    {
        // spec: OBJ-ATTR-3
        PyObject f = CsMethod("f", (cls, _) => PyUnicodeObject.FromString(((PyTypeObject)cls).Name));
        PyTypeObject sc = Class("SC", ("c", ClassMethod(f)));
        PyTypeObject sub = Class("Sub", [sc]);
        Assert.That(Str(Method(sc, "c")), Is.EqualTo("SC"));
        Assert.That(Str(Method(Call(sc), "c")), Is.EqualTo("SC"));
        Assert.That(Str(Method(Call(sub), "c")), Is.EqualTo("Sub"));
        Assert.That(CallRaises(ClassMethod(f)), Is.EqualTo("TypeError: 'classmethod' object is not callable"));
    }

    [Test]
    public void WrappersExposeTheirCallable()
    {
        // spec: OBJ-ATTR-3
        PyObject append = Attr(PyListObject.Type, "append");
        PyObject sm = StaticMethod(append), cm = ClassMethod(append);
        Assert.That(Attr(sm, "__func__"), Is.SameAs(append));
        Assert.That(Attr(sm, "__wrapped__"), Is.SameAs(append));
        Assert.That(Attr(cm, "__func__"), Is.SameAs(append));
        Assert.That(Str(Attr(sm, "__name__")), Is.EqualTo("append"));
        Assert.That(Str(Attr(sm, "__qualname__")), Is.EqualTo("list.append"));
        Assert.That(Str(Attr(cm, "__doc__")), Is.EqualTo(Str(Attr(append, "__doc__"))));
        Assert.That(Attr(cm, "__isabstractmethod__"), Is.SameAs(False));
        SetAttr(sm, "extra", Int(1));
        Assert.That(Repr(Ok(PyObject.GetItem(Attr(sm, "__dict__"), S("extra")))), Is.EqualTo("1"));
    }

    [Test]
    public void ConstructorArgumentErrors()
    {
        // spec: OBJ-ATTR-3, OBJ-ERR-1
        Assert.That(CallRaises(PyStaticMethodObject.Type), Is.EqualTo("TypeError: staticmethod expected 1 argument, got 0"));
        Assert.That(CallRaises(PyStaticMethodObject.Type, Int(1), Int(2)), Is.EqualTo("TypeError: staticmethod expected 1 argument, got 2"));
        PyTupleObject kw = (PyTupleObject)Tuple(S("f"));
        Assert.That(Raises(PyObject.Vectorcall(PyStaticMethodObject.Type, [Int(1)], kw)), Is.EqualTo("TypeError: staticmethod() takes no keyword arguments"));
        Assert.That(CallRaises(PyClassMethodObject.Type), Is.EqualTo("TypeError: classmethod expected 1 argument, got 0"));
    }

    [Test]
    public void WrappersInACycleAreCollected()
    {
        // spec: OBJ-GC-1, OBJ-ATTR-3
        PyListObject l = PyListObject.New(0);
        PyObject sm = PyStaticMethodObject.New(l), cm = PyClassMethodObject.New(l);
        l.Append(sm);
        l.Append(cm);
        sm.DecRef();
        cm.DecRef();
        l.DecRef();
        Assert.That(Interp.Gc.Collect(), Is.GreaterThanOrEqualTo(3));
        Assert.That(l.IsDead && sm.IsDead && cm.IsDead, Is.True);
    }
}
