// OBJ-TYPE-6: calling a type runs __new__ then __init__; object() rejects stray arguments.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Types;

[TestFixture]
public sealed class TypeCallTests : ObjectModelTest
{
    [Test]
    public void ObjectTakesNoArguments()
    {
        // spec: OBJ-TYPE-6
        Assert.That(CallRaises(ObjectType, Int(1)), Is.EqualTo("TypeError: object() takes no arguments"));
        PyTypeObject c = Class("C");
        Assert.That(CallRaises(c, Int(1)), Is.EqualTo("TypeError: C() takes no arguments"));
        PyTupleObject kw = (PyTupleObject)Tuple(S("x"));
        Assert.That(Raises(PyObject.Vectorcall(c, [Int(1)], kw)), Is.EqualTo("TypeError: C() takes no arguments"));
        Assert.That(Call(ObjectType).ObType, Is.SameAs(ObjectType));
    }

    [Test]
    public void ObjectNewAndInitCalledDirectly()
    {
        // spec: OBJ-TYPE-6
        PyTypeObject c = Class("C");
        Assert.That(MethodRaises(ObjectType, "__new__", c, Int(1)), Is.EqualTo("TypeError: C() takes no arguments"));
        Assert.That(MethodRaises(ObjectType, "__init__", Call(c), Int(1)),
            Is.EqualTo("TypeError: C.__init__() takes exactly one argument (the instance to initialize)"));
    }

    [Test]
    public void OverridingInitLetsArgumentsThroughNew()
    {
        // spec: OBJ-TYPE-6
        PyTypeObject i = Class("I", ("__init__", Returns("__init__", None)));
        Assert.That(Call(i, Int(1)).ObType, Is.SameAs(i));
        Assert.That(Method(ObjectType, "__new__", i, Int(1)).ObType, Is.SameAs(i));
        Assert.That(MethodRaises(ObjectType, "__init__", Call(i, Int(1)), Int(1)),
            Is.EqualTo("TypeError: object.__init__() takes exactly one argument (the instance to initialize)"));
    }

    [Test]
    public void OverridingNewLetsArgumentsThroughInit()
    {
        // spec: OBJ-TYPE-6
        PyObject objectNew = Attr(ObjectType, "__new__");
        PyTypeObject n = Class("N", ("__new__", StaticMethod(CsMethod("__new__", (cls, _) => PyObject.CallOneArg(objectNew, cls)))));
        PyObject inst = Call(n, Int(1));
        Assert.That(Method(ObjectType, "__init__", inst, Int(1)), Is.SameAs(None));
        Assert.That(MethodRaises(ObjectType, "__new__", n, Int(1)),
            Is.EqualTo("TypeError: object.__new__() takes exactly one argument (the type to instantiate)"));
    }

    [Test]
    public void NewWrappersCheckTheirFirstArgument()
    {
        // spec: OBJ-TYPE-6
        PyTypeObject c = Class("C");
        PyTypeObject l = Class("L", [PyListObject.Type]);
        Assert.That(MethodRaises(ObjectType, "__new__", Int(1)), Is.EqualTo("TypeError: object.__new__(X): X is not a type object (int)"));
        Assert.That(MethodRaises(ObjectType, "__new__", PyLongObject.Type), Is.EqualTo("TypeError: object.__new__(int) is not safe, use int.__new__()"));
        Assert.That(MethodRaises(ObjectType, "__new__"), Is.EqualTo("TypeError: object.__new__(): not enough arguments"));
        Assert.That(MethodRaises(PyLongObject.Type, "__new__", c), Is.EqualTo("TypeError: int.__new__(C): C is not a subtype of int"));
        Assert.That(MethodRaises(PyLongObject.Type, "__new__", Int(1)), Is.EqualTo("TypeError: int.__new__(X): X is not a type object (int)"));
        Assert.That(MethodRaises(PyLongObject.Type, "__new__"), Is.EqualTo("TypeError: int.__new__(): not enough arguments"));
        Assert.That(MethodRaises(ObjectType, "__new__", l), Is.EqualTo("TypeError: object.__new__(L) is not safe, use L.__new__()"));
        Assert.That(MethodRaises(PyListObject.Type, "__new__", c), Is.EqualTo("TypeError: list.__new__(C): C is not a subtype of list"));
        Assert.That(Method(PyListObject.Type, "__new__", l).ObType, Is.SameAs(l));
    }

    [Test]
    public void AbstractClassesCannotBeInstantiated()
    {
        // spec: OBJ-TYPE-6
        PyTypeObject a = Class("A");
        SetAttr(a, "__abstractmethods__", Tuple(S("g"), S("f")));
        Assert.That(CallRaises(a), Is.EqualTo("TypeError: Can't instantiate abstract class A without an implementation for abstract methods 'f', 'g'"));
        SetAttr(a, "__abstractmethods__", Tuple(S("f")));
        Assert.That(CallRaises(a), Is.EqualTo("TypeError: Can't instantiate abstract class A without an implementation for abstract method 'f'"));
        SetAttr(a, "__abstractmethods__", Tuple());
        Assert.That(Call(a).ObType, Is.SameAs(a));
        DelAttr(a, "__abstractmethods__");
        Assert.That(AttrRaises(a, "__abstractmethods__"), Is.EqualTo("AttributeError: __abstractmethods__"));
        Assert.That(SetAttrRaises(a, "__abstractmethods__", null), Is.EqualTo("AttributeError: __abstractmethods__"));
    }

    [Test]
    public void UninstantiableTypesSaySo()
    {
        // spec: OBJ-TYPE-6
        Assert.That(CallRaises(PyMethodDescrObject.Type), Is.EqualTo("TypeError: cannot create 'method_descriptor' instances"));
        Assert.That(CallRaises(PyWrapperDescrObject.Type), Is.EqualTo("TypeError: cannot create 'wrapper_descriptor' instances"));
    }
}
