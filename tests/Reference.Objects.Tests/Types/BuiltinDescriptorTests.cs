// OBJ-TYPE-5, OBJ-ATTR-3: how built-in types expose slots, methods and computed attributes.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Types;

[TestFixture]
public sealed class BuiltinDescriptorTests : ObjectModelTest
{
    private PyObject ClassDictItem(PyTypeObject t, string name) => Ok(PyObject.GetItem(Attr(t, "__dict__"), S(name)));

    [Test]
    public void ReprsOfTheDescriptorKinds()
    {
        // spec: OBJ-TYPE-5
        Assert.That(AttrRepr(PyLongObject.Type, "__add__"), Is.EqualTo("<slot wrapper '__add__' of 'int' objects>"));
        Assert.That(Repr(ClassDictItem(PyLongObject.Type, "__add__")), Is.EqualTo("<slot wrapper '__add__' of 'int' objects>"));
        Assert.That(AttrRepr(PyListObject.Type, "append"), Is.EqualTo("<method 'append' of 'list' objects>"));
        Assert.That(Repr(ClassDictItem(PyDictObject.Type, "fromkeys")), Is.EqualTo("<method 'fromkeys' of 'dict' objects>"));
        Assert.That(AttrRepr(PyLongObject.Type, "real"), Is.EqualTo("<attribute 'real' of 'int' objects>"));
        Assert.That(Repr(ClassDictItem(TypeType, "__name__")), Is.EqualTo("<attribute '__name__' of 'type' objects>"));
        Assert.That(AttrRepr(Int(1000), "__add__"), Does.Match(@"^<method-wrapper '__add__' of int object at 0x[0-9a-f]+>$"));
        Assert.That(AttrRepr(List(), "append"), Does.Match(@"^<built-in method append of list object at 0x[0-9a-f]+>$"));
        Assert.That(AttrRepr(PyDictObject.Type, "fromkeys"), Does.Match(@"^<built-in method fromkeys of type object at 0x[0-9a-f]+>$"));
    }

    [Test]
    public void DescriptorAttributes()
    {
        // spec: OBJ-TYPE-5
        PyObject add = Attr(PyLongObject.Type, "__add__");
        Assert.That(Str(Attr(add, "__name__")) + " " + Str(Attr(add, "__qualname__")) + " " + Str(Attr(add, "__doc__")),
            Is.EqualTo("__add__ int.__add__ Return self+value."));
        Assert.That(Attr(add, "__objclass__"), Is.SameAs(PyLongObject.Type));
        Assert.That(Str(Attr(add, "__text_signature__")), Is.EqualTo("($self, value, /)"));
        Assert.That(Str(Attr(Attr(Int(1000), "__add__"), "__doc__")), Is.EqualTo("Return self+value."));
        Assert.That(Str(Attr(Attr(Int(1000), "__add__"), "__text_signature__")), Is.EqualTo("($self, value, /)"));
        PyObject append = Attr(PyListObject.Type, "append");
        Assert.That(Str(Attr(append, "__name__")) + " " + Str(Attr(append, "__qualname__")), Is.EqualTo("append list.append"));
        Assert.That(Attr(append, "__objclass__"), Is.SameAs(PyListObject.Type));
        PyObject real = Attr(PyLongObject.Type, "real");
        Assert.That(Str(Attr(real, "__qualname__")), Is.EqualTo("int.real"));
        PyObject lst = List();
        PyObject bound = Attr(lst, "append");
        Assert.That(Attr(bound, "__self__"), Is.SameAs(lst));
        Assert.That(Str(Attr(bound, "__name__")) + " " + Str(Attr(bound, "__qualname__")), Is.EqualTo("append list.append"));
        Assert.That(Str(Attr(Attr(PyDictObject.Type, "fromkeys"), "__qualname__")), Is.EqualTo("dict.fromkeys"));
    }

    [Test]
    public void MethodWrappersBindTheirInstance()
    {
        // spec: OBJ-TYPE-5
        PyObject five = Int(5);
        PyObject mw = Attr(five, "__add__");
        Assert.That(AsLong(Call(mw, Int(2))), Is.EqualTo(7));
        Assert.That(Attr(mw, "__self__"), Is.SameAs(five));
        Assert.That(Str(Attr(mw, "__name__")) + " " + Str(Attr(mw, "__qualname__")), Is.EqualTo("__add__ int.__add__"));
        Assert.That(Attr(mw, "__objclass__"), Is.SameAs(PyLongObject.Type));
        Assert.That(Truth(PyObject.RichCompareBool(mw, Attr(five, "__add__"), CompareOp.Eq)), Is.True);
        Assert.That(Truth(PyObject.RichCompareBool(mw, Attr(Int(6), "__add__"), CompareOp.Eq)), Is.False);
        Assert.That(Truth(PyObject.RichCompareBool(mw, Attr(five, "__sub__"), CompareOp.Ne)), Is.True);
        Assert.That(PyObject.Hash(mw), Is.EqualTo(PyObject.Hash(Attr(five, "__add__"))));
        Assert.That(Raises(PyObject.RichCompare(mw, Int(1), CompareOp.Lt)),
            Is.EqualTo("TypeError: '<' not supported between instances of 'method-wrapper' and 'int'"));
    }

    [Test]
    public void SlotWrappersCheckTheirArguments()
    {
        // spec: OBJ-TYPE-5, OBJ-ERR-1
        PyObject add = Attr(PyLongObject.Type, "__add__");
        Assert.That(AsLong(Call(add, Int(1), Int(2))), Is.EqualTo(3));
        Assert.That(CallRaises(add, Int(1)), Is.EqualTo("TypeError: expected 1 argument, got 0"));
        Assert.That(CallRaises(add, Int(1), Int(2), Int(3)), Is.EqualTo("TypeError: expected 1 argument, got 2"));
        Assert.That(CallRaises(add), Is.EqualTo("TypeError: descriptor '__add__' of 'int' object needs an argument"));
        Assert.That(CallRaises(add, S("a"), Int(1)), Is.EqualTo("TypeError: descriptor '__add__' requires a 'int' object but received a 'str'"));
        Assert.That(Call(add, Int(1), S("a")), Is.SameAs(Py.NotImplemented));
        Assert.That(AsLong(Call(Attr(PyLongObject.Type, "__radd__"), Int(1), Int(2))), Is.EqualTo(3));
        Assert.That(AsLong(Call(add, True, Int(1))), Is.EqualTo(2));
        Assert.That(AsLong(Call(Attr(PyLongObject.Type, "__neg__"), Int(5))), Is.EqualTo(-5));
        Assert.That(CallRaises(Attr(PyLongObject.Type, "__neg__"), Int(5), Int(1)), Is.EqualTo("TypeError: expected 0 arguments, got 1"));
        PyTupleObject kw = (PyTupleObject)Tuple(S("x"));
        Assert.That(Raises(PyObject.Vectorcall(add, [Int(1), Int(2)], kw)), Is.EqualTo("TypeError: wrapper __add__() takes no keyword arguments"));
    }

    [Test]
    public void SlotWrapperGetChecksItsInstance()
    {
        // spec: OBJ-TYPE-5
        PyObject add = Attr(PyLongObject.Type, "__add__");
        Assert.That(Method(add, "__get__", None, PyLongObject.Type), Is.SameAs(add));
        Assert.That(MethodRaises(add, "__get__", S("a")), Is.EqualTo("TypeError: descriptor '__add__' for 'int' objects doesn't apply to a 'str' object"));
        Assert.That(MethodRaises(add, "__get__", None, None), Is.EqualTo("TypeError: __get__(None, None) is invalid"));
        Assert.That(MethodRaises(add, "__get__"), Is.EqualTo("TypeError: expected 1 or 2 arguments, got 0"));
    }

    [Test]
    public void TernaryWrappersTakeOneOrTwoArguments()
    {
        // spec: OBJ-TYPE-5
        PyObject pow = Attr(PyLongObject.Type, "__pow__");
        Assert.That(AsLong(Call(pow, Int(2), Int(3), Int(5))), Is.EqualTo(3));
        Assert.That(AsLong(Call(pow, Int(2), Int(3))), Is.EqualTo(8));
        Assert.That(CallRaises(pow, Int(2)), Is.EqualTo("TypeError: expected 1 or 2 arguments, got 0"));
        Assert.That(CallRaises(pow, Int(2), Int(3), Int(5), Int(6)), Is.EqualTo("TypeError: expected 1 or 2 arguments, got 3"));
        Assert.That(AsLong(Call(Attr(PyLongObject.Type, "__rpow__"), Int(3), Int(2))), Is.EqualTo(8));
    }

    [Test]
    public void EverySlotWrapperKindCallsItsSlot()
    {
        // spec: OBJ-TYPE-5
        PyObject lst = List(Int(1), Int(2));
        Assert.That(AsLong(Method(PyListObject.Type, "__getitem__", lst, Int(-1))), Is.EqualTo(2));
        Assert.That(AsLong(Method(PyListObject.Type, "__len__", lst)), Is.EqualTo(2));
        Assert.That(Method(PyListObject.Type, "__contains__", lst, Int(1)), Is.SameAs(True));
        Assert.That(AsLong(Method(PyLongObject.Type, "__hash__", Int(5))), Is.EqualTo(5));
        Assert.That(Method(PyLongObject.Type, "__bool__", Int(0)), Is.SameAs(False));
        Assert.That(Method(PyLongObject.Type, "__lt__", Int(1), Int(2)), Is.SameAs(True));
        Assert.That(Method(PyLongObject.Type, "__lt__", Int(1), S("a")), Is.SameAs(Py.NotImplemented));
        Method(PyListObject.Type, "__setitem__", lst, Int(-1), Int(7));
        Method(PyListObject.Type, "__delitem__", lst, Int(0));
        Assert.That(Repr(lst), Is.EqualTo("[7]"));
        Method(PyListObject.Type, "__init__", lst, List(Int(2), Int(3)));
        Assert.That(Repr(lst), Is.EqualTo("[2, 3]"));
        Assert.That(Repr(Method(PyListObject.Type, "__mul__", lst, Int(2))), Is.EqualTo("[2, 3, 2, 3]"));
        Assert.That(Repr(Method(PyTupleObject.Type, "__add__", Tuple(Int(1)), Tuple(Int(2)))), Is.EqualTo("(1, 2)"));
        PyObject it = Method(PyListObject.Type, "__iter__", List(Int(1)));
        Assert.That(AsLong(Method(it, "__next__")), Is.EqualTo(1));
        Assert.That(MethodRaises(it, "__next__"), Is.EqualTo("StopIteration"));
        Assert.That(MethodRaises(PyListObject.Type, "__init__", lst, Int(1), Int(2)), Is.EqualTo("TypeError: list expected at most 1 argument, got 2"));
        Assert.That(Repr(Method(ObjectType, "__getattribute__", Int(1), S("real"))), Is.EqualTo("1"));
        Assert.That(MethodRaises(ObjectType, "__getattribute__", Call(ObjectType), S("x"), Int(1)), Is.EqualTo("TypeError: expected 1 argument, got 2"));
        Assert.That(MethodRaises(ObjectType, "__getattribute__", Call(ObjectType), Int(1)), Is.EqualTo("TypeError: attribute name must be string, not 'int'"));
        Assert.That(MethodRaises(ObjectType, "__setattr__", Int(1), S("x"), Int(2)),
            Is.EqualTo("AttributeError: 'int' object has no attribute 'x' and no __dict__ for setting new attributes"));
        Assert.That(MethodRaises(ObjectType, "__delattr__", Int(1), S("x")),
            Is.EqualTo("AttributeError: 'int' object has no attribute 'x' and no __dict__ for setting new attributes"));
    }

    [Test]
    public void ObjectSetattrCannotBypassATypesOwnSetattr()
    {
        // spec: OBJ-ATTR-2
        Assert.That(MethodRaises(ObjectType, "__setattr__", PyLongObject.Type, S("x"), Int(1)), Is.EqualTo("TypeError: can't apply this __setattr__ to type object"));
        Assert.That(MethodRaises(ObjectType, "__delattr__", PyLongObject.Type, S("x")), Is.EqualTo("TypeError: can't apply this __delattr__ to type object"));
        Assert.That(MethodRaises(ObjectType, "__setattr__", Class("C"), S("x"), Int(1)), Is.EqualTo("TypeError: can't apply this __setattr__ to type object"));
        PyObject inst = Call(Class("D"));
        Assert.That(Method(ObjectType, "__setattr__", inst, S("x"), Int(1)), Is.SameAs(None));
        Assert.That(AsLong(Attr(inst, "x")), Is.EqualTo(1));
        Assert.That(Method(ObjectType, "__delattr__", inst, S("x")), Is.SameAs(None));
    }

    [Test]
    public void ClassMethodDescriptors()
    {
        // spec: OBJ-ATTR-3
        PyObject fromkeys = ClassDictItem(PyDictObject.Type, "fromkeys");
        Assert.That(Repr(Call(fromkeys, PyDictObject.Type, List(Int(1)))), Is.EqualTo("{1: None}"));
        Assert.That(CallRaises(fromkeys), Is.EqualTo("TypeError: descriptor 'fromkeys' of 'dict' object needs an argument"));
        Assert.That(CallRaises(fromkeys, Int(1)), Is.EqualTo("TypeError: descriptor 'fromkeys' for type 'dict' needs a type, not a 'int' as arg 2"));
        Assert.That(CallRaises(fromkeys, PyLongObject.Type), Is.EqualTo("TypeError: descriptor 'fromkeys' requires a subtype of 'dict' but received 'int'"));
        Assert.That(MethodRaises(fromkeys, "__get__", None, PyLongObject.Type),
            Is.EqualTo("TypeError: descriptor 'fromkeys' requires a subtype of 'dict' but received 'int'"));
        Assert.That(MethodRaises(fromkeys, "__get__", Int(1)),
            Is.EqualTo("TypeError: descriptor 'fromkeys' requires a subtype of 'dict' but received 'int'"));
        PyTypeObject sub = Class("D", [PyDictObject.Type]);
        Assert.That(Call(Attr(sub, "fromkeys"), List()).ObType, Is.SameAs(sub));
    }

    [Test]
    public void GetSetDescriptorsReadAndRefuseWrites()
    {
        // spec: OBJ-ATTR-2, OBJ-TYPE-5
        Assert.That(SetAttrRaises(Int(1), "real", Int(2)), Is.EqualTo("AttributeError: attribute 'real' of 'int' objects is not writable"));
        Assert.That(SetAttrRaises(Int(1), "real", null), Is.EqualTo("AttributeError: attribute 'real' of 'int' objects is not writable"));
        PyObject real = Attr(PyLongObject.Type, "real");
        Assert.That(AsLong(Method(real, "__get__", Int(4))), Is.EqualTo(4));
        Assert.That(MethodRaises(real, "__get__", S("x")), Is.EqualTo("TypeError: descriptor 'real' for 'int' objects doesn't apply to a 'str' object"));
        Assert.That(MethodRaises(real, "__set__", S("x"), Int(1)), Is.EqualTo("TypeError: descriptor 'real' for 'int' objects doesn't apply to a 'str' object"));
    }
}
