// OBJ-ATTR-3: property — a data descriptor built from getter, setter and deleter.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Types;

[TestFixture]
public sealed class PropertyTests : ObjectModelTest
{
    [Test]
    public void AnEmptyPropertyHasNoAccessors()
    {
        // spec: OBJ-ATTR-3
        PyTypeObject pc = Class("PC", ("p", Call(PyPropertyObject.Type)));
        PyObject x = Call(pc);
        Assert.That(AttrRaises(x, "p"), Is.EqualTo("AttributeError: property 'p' of 'PC' object has no getter"));
        Assert.That(SetAttrRaises(x, "p", Int(1)), Is.EqualTo("AttributeError: property 'p' of 'PC' object has no setter"));
        Assert.That(SetAttrRaises(x, "p", null), Is.EqualTo("AttributeError: property 'p' of 'PC' object has no deleter"));
    }

    [Test]
    public void AGetterOnlyPropertyIsReadOnly()
    {
        // spec: OBJ-ATTR-3
        PyTypeObject pn = Class("PN", ("x", Call(PyPropertyObject.Type, Returns("x", Int(1)))));
        PyObject inst = Call(pn);
        Assert.That(AsLong(Attr(inst, "x")), Is.EqualTo(1));
        Assert.That(SetAttrRaises(inst, "x", Int(2)), Is.EqualTo("AttributeError: property 'x' of 'PN' object has no setter"));
        Assert.That(SetAttrRaises(inst, "x", null), Is.EqualTo("AttributeError: property 'x' of 'PN' object has no deleter"));
        Assert.That(Attr(pn, "x").ObType, Is.SameAs(PyPropertyObject.Type), "through the class, the property itself");
    }

    [Test]
    public void AnUnnamedPropertyOutsideAClassSaysSo()
    {
        // spec: OBJ-ATTR-3
        PyObject p = Call(PyPropertyObject.Type);
        Assert.That(MethodRaises(p, "__get__", Int(1)), Is.EqualTo("AttributeError: property of 'int' object has no getter"));
        Assert.That(MethodRaises(p, "__set__", Int(1), Int(2)), Is.EqualTo("AttributeError: property of 'int' object has no setter"));
        Assert.That(MethodRaises(p, "__delete__", Int(1)), Is.EqualTo("AttributeError: property of 'int' object has no deleter"));
        Assert.That(Method(p, "__get__", None, PyLongObject.Type), Is.SameAs(p));
        Assert.That(MethodRaises(p, "__set_name__", Int(1)), Is.EqualTo("TypeError: __set_name__() takes 2 positional arguments but 1 were given"));
    }

    [Test]
    public void SetterAndDeleterAreCalled()
    {
        // spec: OBJ-ATTR-3
        var log = new List<string>();
        PyObject getter = CsMethod("get", (self, _) => PyUnicodeObject.FromString("got"));
        PyObject setter = CsMethod("set", (self, a) => { log.Add("set " + Repr(a[0])); return Py.ReturnNone; });
        PyObject deleter = CsMethod("del", (self, _) => { log.Add("del"); return Py.ReturnNone; });
        PyObject prop = Call(PyPropertyObject.Type, getter, setter, deleter, S("the doc"));
        PyTypeObject c = Class("C", ("v", prop));
        PyObject x = Call(c);
        Assert.That(Str(Attr(x, "v")), Is.EqualTo("got"));
        SetAttr(x, "v", Int(5));
        DelAttr(x, "v");
        Assert.That(string.Join(", ", log), Is.EqualTo("set 5, del"));
        Assert.That(Attr(prop, "fget"), Is.SameAs(getter));
        Assert.That(Attr(prop, "fset"), Is.SameAs(setter));
        Assert.That(Attr(prop, "fdel"), Is.SameAs(deleter));
        Assert.That(Str(Attr(prop, "__doc__")), Is.EqualTo("the doc"));
        SetAttr(prop, "__doc__", S("changed"));
        Assert.That(Str(Attr(prop, "__doc__")), Is.EqualTo("changed"));
    }

    [Test]
    public void GetterSetterDeleterCopyTheProperty()
    {
        // spec: OBJ-ATTR-3
        PyObject p = Call(PyPropertyObject.Type, Returns("g", Int(1)));
        PyObject withSetter = Method(p, "setter", Returns("s", None));
        Assert.That(withSetter, Is.Not.SameAs(p));
        Assert.That(Attr(p, "fset"), Is.SameAs(None));
        Assert.That(Attr(withSetter, "fget"), Is.SameAs(Attr(p, "fget")));
        PyObject withDeleter = Method(withSetter, "deleter", Returns("d", None));
        Assert.That(Attr(withDeleter, "fset"), Is.SameAs(Attr(withSetter, "fset")));
        PyObject newGetter = Method(withDeleter, "getter", Returns("g2", Int(2)));
        Assert.That(Attr(newGetter, "fdel"), Is.SameAs(Attr(withDeleter, "fdel")));
        PyTypeObject c = Class("C", ("q", newGetter));
        Assert.That(AsLong(Attr(Call(c), "q")), Is.EqualTo(2));
    }

    [Test]
    public void TheGetterDocBecomesThePropertyDoc()
    {
        // spec: OBJ-ATTR-3
        PyTypeObject documented = Class("G", ("__doc__", S("getter doc")), ("__call__", Returns("__call__", None)));
        PyObject p = Call(PyPropertyObject.Type, Call(documented));
        Assert.That(Str(Attr(p, "__doc__")), Is.EqualTo("getter doc"));
        Assert.That(Str(Attr(Call(PyPropertyObject.Type, None, None, None, S("doc")), "__doc__")), Is.EqualTo("doc"));
        Assert.That(Attr(Call(PyPropertyObject.Type), "__doc__"), Is.SameAs(None));
    }

    [Test]
    public void PropertyArgumentErrors()
    {
        // spec: OBJ-ATTR-3, OBJ-ERR-1
        Assert.That(CallRaises(PyPropertyObject.Type, Int(1), Int(2), Int(3), Int(4), Int(5)), Is.EqualTo("TypeError: property() takes at most 4 arguments (5 given)"));
        PyTupleObject kw = (PyTupleObject)Tuple(S("bad"));
        Assert.That(Raises(PyObject.Vectorcall(PyPropertyObject.Type, [Int(1)], kw)), Is.EqualTo("TypeError: property() got an unexpected keyword argument 'bad'"));
        PyTupleObject fgetKw = (PyTupleObject)Tuple(S("fget"));
        PyObject byName = Ok(PyObject.Vectorcall(PyPropertyObject.Type, [Returns("g", Int(7))], fgetKw));
        PyTypeObject c = Class("C", ("v", byName));
        Assert.That(AsLong(Attr(Call(c), "v")), Is.EqualTo(7));
    }

    [Test]
    public void AbstractnessComesFromTheAccessors()
    {
        // spec: OBJ-ATTR-3
        Assert.That(Attr(Call(PyPropertyObject.Type), "__isabstractmethod__"), Is.SameAs(False));
        PyTypeObject abstractFn = Class("AF", ("__isabstractmethod__", True), ("__call__", Returns("__call__", None)));
        Assert.That(Attr(Call(PyPropertyObject.Type, Call(abstractFn)), "__isabstractmethod__"), Is.SameAs(True));
        Assert.That(Attr(Call(PyPropertyObject.Type, None, Call(abstractFn)), "__isabstractmethod__"), Is.SameAs(True));
        Assert.That(Attr(StaticMethod(Call(abstractFn)), "__isabstractmethod__"), Is.SameAs(True));
        Assert.That(Attr(StaticMethod(Int(1)), "__isabstractmethod__"), Is.SameAs(False));
    }

    [Test]
    public void NameComesFromTheGetterOrIsSet()
    {
        // spec: OBJ-ATTR-3
        Assert.That(Str(Attr(Call(PyPropertyObject.Type, Attr(PyListObject.Type, "append")), "__name__")), Is.EqualTo("append"));
        PyObject p = Call(PyPropertyObject.Type);
        Assert.That(AttrRaises(p, "__name__"), Is.EqualTo("AttributeError: 'property' object has no attribute '__name__'"));
        SetAttr(p, "__name__", S("zz"));
        Assert.That(Str(Attr(p, "__name__")), Is.EqualTo("zz"));
    }

    [Test]
    public void SetNameGivesAnUnnamedPropertyItsName()
    {
        // spec: OBJ-ATTR-3
        PyObject p = Call(PyPropertyObject.Type);
        PyTypeObject c = Class("C", ("zz", p));
        Assert.That(AttrRaises(Call(c), "zz"), Is.EqualTo("AttributeError: property 'zz' of 'C' object has no getter"));
    }

    [Test]
    public void APropertyInACycleIsCollected()
    {
        // spec: OBJ-GC-1, OBJ-ATTR-3
        PyObject p = PyObject.CallNoArgs(PyPropertyObject.Type)!;
        Ok(PyObject.SetAttr(p, "__doc__", p));
        p.DecRef();
        Assert.That(p.IsDead, Is.False);
        Interp.Gc.Collect();
        Assert.That(p.IsDead, Is.True);
    }
}
