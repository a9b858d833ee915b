// OBJ-TYPE-3, OBJ-ATTR-3: __slots__ — fixed attribute storage described by member descriptors.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Types;

[TestFixture]
public sealed class SlotsTests : ObjectModelTest
{
    private PyTypeObject Slotted() => Class("S", ("__slots__", Tuple(S("a"), S("b"))));

    [Test]
    public void SlotsAreMemberDescriptorsOnTheClass()
    {
        // spec: OBJ-ATTR-3
        PyTypeObject s = Slotted();
        Assert.That(AttrRepr(s, "a"), Is.EqualTo("<member 'a' of 'S' objects>"));
        Assert.That(Repr(Attr(s, "__slots__")), Is.EqualTo("('a', 'b')"));
        Assert.That(Attr(Attr(s, "a"), "__objclass__"), Is.SameAs(s));
        Assert.That(Str(Attr(Attr(s, "b"), "__name__")), Is.EqualTo("b"));
    }

    [Test]
    public void AnUnsetSlotRaisesAttributeError()
    {
        // spec: OBJ-ATTR-3
        PyObject inst = Call(Slotted());
        Assert.That(AttrRaises(inst, "a"), Is.EqualTo("AttributeError: 'S' object has no attribute 'a'"));
    }

    [Test]
    public void SlotsStoreAndDeleteValues()
    {
        // spec: OBJ-ATTR-3
        PyObject inst = Call(Slotted());
        SetAttr(inst, "a", Int(5));
        Assert.That(AsLong(Attr(inst, "a")), Is.EqualTo(5));
        SetAttr(inst, "a", S("x"));
        Assert.That(Str(Attr(inst, "a")), Is.EqualTo("x"));
        DelAttr(inst, "a");
        Assert.That(AttrRaises(inst, "a"), Is.EqualTo("AttributeError: 'S' object has no attribute 'a'"));
    }

    [Test]
    public void DeletingAnUnsetSlotNamesTheSlot()
    {
        // spec: OBJ-ATTR-3
        PyObject inst = Call(Slotted());
        Assert.That(SetAttrRaises(inst, "b", null), Is.EqualTo("AttributeError: b"));
    }

    [Test]
    public void SlottedInstancesHaveNoDict()
    {
        // spec: OBJ-ATTR-2, OBJ-ATTR-3
        PyObject inst = Call(Slotted());
        Assert.That(SetAttrRaises(inst, "c", Int(1)),
            Is.EqualTo("AttributeError: 'S' object has no attribute 'c' and no __dict__ for setting new attributes"));
        Assert.That(Truth(PyObject.HasAttr(inst, (PyUnicodeObject)S("__dict__"))), Is.False);
    }

    [Test]
    public void AMemberDescriptorChecksItsInstance()
    {
        // spec: OBJ-ATTR-3
        PyObject member = Attr(Slotted(), "a");
        Assert.That(Raises(PyObject.CallMethod(member, "__get__", Int(1))),
            Is.EqualTo("TypeError: descriptor 'a' for 'S' objects doesn't apply to a 'int' object"));
        Assert.That(Raises(PyObject.CallMethod(member, "__set__", Int(1), Int(2))),
            Is.EqualTo("TypeError: descriptor 'a' for 'S' objects doesn't apply to a 'int' object"));
    }

    [Test]
    public void ADictSlotGivesInstancesADict()
    {
        // spec: OBJ-TYPE-3
        PyTypeObject t = Class("T", ("__slots__", Tuple(S("__dict__"))));
        PyObject inst = Call(t);
        SetAttr(inst, "x", Int(1));
        Assert.That(Repr(Attr(inst, "__dict__")), Is.EqualTo("{'x': 1}"));
        Assert.That(Repr(Ok(PyObject.GetItem(Attr(t, "__dict__"), S("__dict__")))), Is.EqualTo("<attribute '__dict__' of 'T' objects>"));
        Assert.That(SetAttrRaises(inst, "__dict__", Int(1)), Is.EqualTo("TypeError: __dict__ must be set to a dictionary, not a 'int'"));
        SetAttr(inst, "__dict__", Dict((S("y"), Int(2))));
        Assert.That(AsLong(Attr(inst, "y")), Is.EqualTo(2));
    }

    [Test]
    public void AWeakrefSlotMakesInstancesWeaklyReferenceable()
    {
        // spec: OBJ-TYPE-3, OBJ-WEAK-1
        PyTypeObject t2 = Class("T2", ("__slots__", Tuple(S("__weakref__"))));
        PyObject inst = Call(t2);
        PyObject wr = Ok(PyWeakReference.NewRef(inst, null));
        Assert.That(Call(wr), Is.SameAs(inst));
        Assert.That(Attr(inst, "__weakref__"), Is.SameAs(wr));
        Assert.That(AttrRepr(t2, "__weakref__"), Is.EqualTo("<attribute '__weakref__' of 'T2' objects>"));
        Assert.That(Attr(Call(t2), "__weakref__"), Is.SameAs(None));
        Assert.That(Raises(PyWeakReference.NewRef(Call(Slotted()), null)), Is.EqualTo("TypeError: cannot create weak reference to 'S' object"));
    }

    [Test]
    public void SlotDeclarationErrors()
    {
        // spec: OBJ-TYPE-3
        Assert.That(TypeNewRaises("Q", [], ("__slots__", Tuple(Int(1)))), Is.EqualTo("TypeError: __slots__ items must be strings, not 'int'"));
        Assert.That(TypeNewRaises("Q", [], ("__slots__", Tuple(S("1a")))), Is.EqualTo("TypeError: __slots__ must be identifiers"));
        Assert.That(TypeNewRaises("Q", [], ("__slots__", Tuple(S("a"))), ("a", Int(1))),
            Is.EqualTo("ValueError: 'a' in __slots__ conflicts with class variable"));
        Assert.That(TypeNewRaises("Q", [], ("__slots__", Tuple(S("__dict__"), S("__dict__")))),
            Is.EqualTo("TypeError: __dict__ slot disallowed: we already got one"));
        Assert.That(TypeNewRaises("Q", [], ("__slots__", Tuple(S("__weakref__"), S("__weakref__")))),
            Is.EqualTo("TypeError: __weakref__ slot disallowed: we already got one"));
        Assert.That(TypeNewRaises("Q", [PyLongObject.Type], ("__slots__", Tuple(S("a")))),
            Is.EqualTo("TypeError: nonempty __slots__ not supported for subtype of 'int'"));
        Assert.That(TypeNewRaises("Q", [PyTupleObject.Type], ("__slots__", Tuple(S("a")))),
            Is.EqualTo("TypeError: nonempty __slots__ not supported for subtype of 'tuple'"));
        Assert.That(TypeNewRaises("Q", [], ("__slots__", Int(3))), Is.EqualTo("TypeError: 'int' object is not iterable"));
    }

    [Test]
    public void ADictSlotOnADictfulBaseIsRejected()
    {
        // spec: OBJ-TYPE-3
        PyTypeObject plain = Class("Plain");
        Assert.That(TypeNewRaises("Q", [plain], ("__slots__", Tuple(S("__dict__")))),
            Is.EqualTo("TypeError: __dict__ slot disallowed: we already got one"));
    }

    [Test]
    public void ASingleStringIsOneSlotAndPrivateNamesAreMangled()
    {
        // spec: OBJ-TYPE-3
        PyTypeObject p = Class("P", ("__slots__", S("__x")));
        Assert.That(Truth(p.DictBorrowed.Contains(S("_P__x"))), Is.True);
        Assert.That(AttrRepr(p, "_P__x"), Is.EqualTo("<member '_P__x' of 'P' objects>"));
        PyTypeObject u = Class("_U", ("__slots__", S("__y")));
        Assert.That(Truth(u.DictBorrowed.Contains(S("_U__y"))), Is.True);
    }

    [Test]
    public void ASubclassWithoutSlotsGetsADictAndKeepsTheSlots()
    {
        // spec: OBJ-TYPE-3
        PyTypeObject s = Slotted();
        PyTypeObject sub = Class("Sub", [s]);
        PyObject inst = Call(sub);
        SetAttr(inst, "a", Int(1));
        SetAttr(inst, "z", Int(2));
        Assert.That(Repr(Attr(inst, "__dict__")), Is.EqualTo("{'z': 2}"));
        Assert.That(AsLong(Attr(inst, "a")), Is.EqualTo(1));
    }

    [Test]
    public void SubclassSlotsExtendTheBaseSlots()
    {
        // spec: OBJ-TYPE-3
        PyTypeObject s = Slotted();
        PyTypeObject sub = Class("Sub", [s], ("__slots__", Tuple(S("c"))));
        PyObject inst = Call(sub);
        SetAttr(inst, "a", Int(1));
        SetAttr(inst, "c", Int(3));
        Assert.That(AsLong(Attr(inst, "a")) + AsLong(Attr(inst, "c")), Is.EqualTo(4));
        Assert.That(Repr(Method(inst, "__getstate__")), Is.EqualTo("(None, {'c': 3, 'a': 1})"));
    }

    [Test]
    public void SlotValuesAreReleasedWithTheInstance()
    {
        // spec: OBJ-RC-4, OBJ-ATTR-3
        PyObject inst = PyObject.CallNoArgs(Slotted())!;
        PyObject value = PyUnicodeObject.FromString("held only by the slot");
        Ok(PyObject.SetAttr(inst, "a", value));
        value.DecRef();
        Assert.That(value.RefCnt, Is.EqualTo(1));
        inst.DecRef();
        Assert.That(value.IsDead, Is.True);
    }

    [Test]
    public void ACycleThroughASlotIsCollected()
    {
        // spec: OBJ-GC-1, OBJ-ATTR-3
        PyTypeObject s = Slotted();
        PyObject inst = PyObject.CallNoArgs(s)!;
        Ok(PyObject.SetAttr(inst, "a", inst));
        inst.DecRef();
        Assert.That(inst.IsDead, Is.False);
        Assert.That(Interp.Gc.Collect(), Is.EqualTo(1));
        Assert.That(inst.IsDead, Is.True);
    }
}
