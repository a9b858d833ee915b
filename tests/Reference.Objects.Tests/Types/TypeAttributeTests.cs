// OBJ-TYPE-5, OBJ-ATTR-3: the attributes every type has, and which of them can change.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Types;

[TestFixture]
public sealed class TypeAttributeTests : ObjectModelTest
{
    [Test]
    public void HeapTypeAttributes()
    {
        // spec: OBJ-TYPE-5
        PyTypeObject c = Class("C", ("__module__", S("__main__")));
        Assert.That(Str(Attr(c, "__name__")) + " " + Str(Attr(c, "__qualname__")) + " " + Str(Attr(c, "__module__")), Is.EqualTo("C C __main__"));
        Assert.That(Repr(Attr(c, "__bases__")), Is.EqualTo("(<class 'object'>,)"));
        Assert.That(Repr(Attr(c, "__mro__")), Is.EqualTo("(<class '__main__.C'>, <class 'object'>)"));
        Assert.That(Attr(c, "__doc__"), Is.SameAs(None));
        Assert.That(Repr(c), Is.EqualTo("<class '__main__.C'>"));
    }

    [Test]
    public void StaticTypeAttributes()
    {
        // spec: OBJ-TYPE-5
        PyTypeObject i = PyLongObject.Type;
        Assert.That(Str(Attr(i, "__name__")) + " " + Str(Attr(i, "__qualname__")) + " " + Str(Attr(i, "__module__")), Is.EqualTo("int int builtins"));
        Assert.That(Repr(Attr(i, "__bases__")) + " " + Repr(Attr(i, "__mro__")), Is.EqualTo("(<class 'object'>,) (<class 'int'>, <class 'object'>)"));
        Assert.That(Repr(Attr(PyBoolObject.Type, "__base__")), Is.EqualTo("<class 'int'>"));
        Assert.That(Attr(ObjectType, "__base__"), Is.SameAs(None));
        Assert.That(Repr(Attr(ObjectType, "__bases__")), Is.EqualTo("()"));
        Assert.That(Repr(i), Is.EqualTo("<class 'int'>"));
        Assert.That(Str(Attr(TypeType, "__doc__")), Is.EqualTo("type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type"));
        Assert.That(Str(Attr(PyWeakReference.Type, "__module__")) + " " + Str(Attr(PyWeakReference.Type, "__name__")), Is.EqualTo("weakref ReferenceType"));
    }

    [Test]
    public void TheClassDictIsAReadOnlyMappingProxy()
    {
        // spec: OBJ-TYPE-5, OBJ-ATTR-3
        PyTypeObject c = Class("C", ("x", Int(1)));
        PyObject proxy = Attr(c, "__dict__");
        Assert.That(proxy.ObType.Name, Is.EqualTo("mappingproxy"));
        Assert.That(AsLong(Ok(PyObject.GetItem(proxy, S("x")))), Is.EqualTo(1));
        Assert.That(Raises(PyObject.GetItem(proxy, S("y"))), Is.EqualTo("KeyError: 'y'"));
        Assert.That(Raises(PyObject.SetItem(proxy, S("x"), Int(2))), Is.EqualTo("TypeError: 'mappingproxy' object does not support item assignment"));
        Assert.That(AttrRaises(proxy, "__setitem__"), Is.EqualTo("AttributeError: 'mappingproxy' object has no attribute '__setitem__'"));
    }

    [Test]
    public void NameAndQualnameCanBeAssignedOnHeapTypes()
    {
        // spec: OBJ-TYPE-5
        PyTypeObject c = Class("C");
        SetAttr(c, "__name__", S("D"));
        SetAttr(c, "__qualname__", S("Outer.D"));
        Assert.That(c.Name + " " + Str(Attr(c, "__qualname__")) + " " + Repr(c), Is.EqualTo("D Outer.D <class 'Outer.D'>"));
        Assert.That(SetAttrRaises(c, "__name__", Int(1)), Is.EqualTo("TypeError: can only assign string to Outer.D.__name__, not 'int'"));
        Assert.That(SetAttrRaises(c, "__qualname__", Int(1)), Is.EqualTo("TypeError: can only assign string to Outer.D.__qualname__, not 'int'"));
        Assert.That(SetAttrRaises(c, "__name__", S("a\0b")), Is.EqualTo("ValueError: type name must not contain null characters"));
        Assert.That(SetAttrRaises(c, "__name__", null), Is.EqualTo("TypeError: cannot delete '__name__' attribute of immutable type 'D'"));
        Assert.That(SetAttrRaises(c, "__qualname__", null), Is.EqualTo("TypeError: cannot delete '__qualname__' attribute of immutable type 'D'"));
        SetAttr(c, "__module__", S("m"));
        SetAttr(c, "__doc__", S("docs"));
        Assert.That(Repr(c) + " " + Str(Attr(c, "__doc__")), Is.EqualTo("<class 'm.Outer.D'> docs"));
    }

    [Test]
    public void StructuralAttributesAreReadOnly()
    {
        // spec: OBJ-TYPE-5
        PyTypeObject c = Class("C");
        Assert.That(SetAttrRaises(c, "__mro__", Tuple()), Is.EqualTo("AttributeError: attribute '__mro__' of 'type' objects is not writable"));
        Assert.That(SetAttrRaises(c, "__mro__", null), Is.EqualTo("AttributeError: attribute '__mro__' of 'type' objects is not writable"));
        Assert.That(SetAttrRaises(c, "__base__", ObjectType), Is.EqualTo("AttributeError: readonly attribute"));
        Assert.That(SetAttrRaises(c, "__dict__", Dict()), Is.EqualTo("AttributeError: attribute '__dict__' of 'type' objects is not writable"));
        Assert.That(SetAttrRaises(c, "__doc__", null), Is.EqualTo("TypeError: cannot delete '__doc__' attribute of immutable type 'C'"));
        Assert.That(SetAttrRaises(c, "__module__", null), Is.EqualTo("TypeError: cannot delete '__module__' attribute of immutable type 'C'"));
        SetAttr(c, "__module__", Int(5));
        Assert.That(AsLong(Attr(c, "__module__")), Is.EqualTo(5));
        Assert.That(SetAttrRaises(TypeType, "x", Int(1)), Is.EqualTo("TypeError: cannot set 'x' attribute of immutable type 'type'"));
    }

    [Test]
    public void BuiltinTypesAreImmutable()
    {
        // spec: OBJ-TYPE-5
        PyTypeObject i = PyLongObject.Type;
        Assert.That(SetAttrRaises(i, "__name__", S("x")), Is.EqualTo("TypeError: cannot set '__name__' attribute of immutable type 'int'"));
        Assert.That(SetAttrRaises(i, "x", Int(1)), Is.EqualTo("TypeError: cannot set 'x' attribute of immutable type 'int'"));
        Assert.That(SetAttrRaises(i, "x", null), Is.EqualTo("TypeError: cannot set 'x' attribute of immutable type 'int'"));
        Assert.That(SetAttrRaises(i, "__name__", null), Is.EqualTo("TypeError: cannot set '__name__' attribute of immutable type 'int'"));
        Assert.That(SetAttrRaises(i, "__doc__", S("x")), Is.EqualTo("TypeError: cannot set '__doc__' attribute of immutable type 'int'"));
        Assert.That(SetAttrRaises(i, "__module__", S("x")), Is.EqualTo("TypeError: cannot set '__module__' attribute of immutable type 'int'"));
        Assert.That(SetAttrRaises(i, "__qualname__", S("x")), Is.EqualTo("TypeError: cannot set '__qualname__' attribute of immutable type 'int'"));
    }

    [Test]
    public void MissingClassAttributes()
    {
        // spec: OBJ-TYPE-5, OBJ-ATTR-1
        PyTypeObject c = Class("C");
        Assert.That(AttrRaises(c, "nope"), Is.EqualTo("AttributeError: type object 'C' has no attribute 'nope'"));
        Assert.That(AttrRaises(PyLongObject.Type, "nope"), Is.EqualTo("AttributeError: type object 'int' has no attribute 'nope'"));
        Assert.That(SetAttrRaises(c, "nope", null), Is.EqualTo("AttributeError: type object 'C' has no attribute 'nope'"));
        Assert.That(AttrRaises(c, "__abstractmethods__"), Is.EqualTo("AttributeError: __abstractmethods__"));
        Assert.That(AttrRaises(TypeType, "__abstractmethods__"), Is.EqualTo("AttributeError: __abstractmethods__"));
    }

    [Test]
    public void ClassAttributesCanBeSetAndDeleted()
    {
        // spec: OBJ-TYPE-5
        PyTypeObject c = Class("C");
        PyTypeObject sub = Class("Sub", [c]);
        SetAttr(c, "x", Int(1));
        Assert.That(AsLong(Attr(sub, "x")), Is.EqualTo(1), "subclasses see the new attribute at once");
        Assert.That(AsLong(Attr(Call(sub), "x")), Is.EqualTo(1));
        DelAttr(c, "x");
        Assert.That(AttrRaises(sub, "x"), Is.EqualTo("AttributeError: type object 'Sub' has no attribute 'x'"));
    }

    [Test]
    public void SubclassesAreListedWhileAlive()
    {
        // spec: OBJ-TYPE-5
        PyTypeObject c = Class("C");
        Class("Sub", [c]);
        PyTypeObject sub2 = Class("Sub2", [c]);
        Assert.That(Names(Method(c, "__subclasses__")), Is.EqualTo("Sub Sub2"));
        PyObject doomed = PyTypeObject.New(TypeType, (PyUnicodeObject)S("Doomed"), (PyTupleObject)Tuple(c), Dict())!;
        PyObject listed = PyObject.CallMethod(c, "__subclasses__")!;
        Assert.That(Names(listed), Is.EqualTo("Sub Sub2 Doomed"));
        listed.DecRef();
        doomed.DecRef();
        Interp.Gc.Collect();
        Assert.That(Names(Method(c, "__subclasses__")), Is.EqualTo("Sub Sub2"));
        Assert.That(Names(Method(sub2, "__subclasses__")), Is.Empty);
    }

    [Test]
    public void TypeDirListsTheMro()
    {
        // spec: OBJ-TYPE-5
        PyTypeObject c = Class("C", ("zeta", Int(1)));
        Assert.That(MethodRaises(c, "__dir__"), Is.EqualTo("TypeError: unbound method object.__dir__() needs an argument"));
        PyObject dir = Method(TypeType, "__dir__", c);
        Assert.That(PySequence.Contains(dir, S("zeta")), Is.EqualTo(1));
        Assert.That(PySequence.Contains(dir, S("__init__")), Is.EqualTo(1));
        PyObject inst = Call(c);
        SetAttr(inst, "own", Int(2));
        PyObject idir = Method(inst, "__dir__");
        Assert.That(PySequence.Contains(idir, S("own")) + PySequence.Contains(idir, S("zeta")), Is.EqualTo(2));
    }

    [Test]
    public void ObjectMethods()
    {
        // spec: OBJ-TYPE-5
        PyObject o = Call(ObjectType);
        Assert.That(MethodRaises(o, "__format__", S("x")), Is.EqualTo("TypeError: unsupported format string passed to object.__format__"));
        Assert.That(MethodRaises(o, "__format__", Int(1)), Is.EqualTo("TypeError: __format__() argument must be str, not int"));
        Assert.That(Str(Method(o, "__format__", S(""))), Does.StartWith("<object object at 0x"));
        Assert.That(Method(ObjectType, "__subclasshook__", Int(1)), Is.SameAs(Py.NotImplemented));
        Assert.That(MethodRaises(ObjectType, "__subclasshook__"), Is.EqualTo("TypeError: object.__subclasshook__() takes exactly one argument (0 given)"));
        Assert.That(Method(ObjectType, "__ne__", Int(1), Int(1)), Is.SameAs(False));
        Assert.That(Method(o, "__getstate__"), Is.SameAs(None));
        PyTypeObject p = Class("P");
        PyObject pi = Call(p);
        SetAttr(pi, "x", Int(1));
        Assert.That(Repr(Method(pi, "__getstate__")), Is.EqualTo("{'x': 1}"));
        PyTypeObject sl = Class("S", ("__slots__", Tuple(S("a"), S("b"))));
        PyTypeObject q = Class("Q", [sl]);
        PyObject qi = Call(q);
        SetAttr(qi, "a", Int(1));
        SetAttr(qi, "z", Int(2));
        Assert.That(Repr(Method(qi, "__getstate__")), Is.EqualTo("({'z': 2}, {'a': 1})"));
    }
}
