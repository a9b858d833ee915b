// OBJ-TYPE-1: slot families, and slots a type leaves empty inherited from its bases.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Types;

[TestFixture]
public sealed class SlotInheritanceTests : ObjectModelTest
{
    [Test]
    public void StaticSubtypesInheritTheSlotsTheyLeaveEmpty()
    {
        // spec: OBJ-TYPE-1
        PyTypeObject b = PyBoolObject.Type, i = PyLongObject.Type;
        Assert.That(b.TpAsNumber!.NbAdd, Is.SameAs(i.TpAsNumber!.NbAdd));
        Assert.That(b.TpAsNumber.NbAnd, Is.Not.SameAs(i.TpAsNumber.NbAnd), "bool defines its own &");
        Assert.That(b.TpHash, Is.SameAs(i.TpHash));
        Assert.That(PyExc.ValueError.TpStr, Is.SameAs(PyExc.BaseException.TpStr));
        Assert.That(PyExc.ModuleNotFoundError.TpStr, Is.SameAs(PyExc.ImportError.TpStr));
    }

    [Test]
    public void InheritedSlotsGetNoSlotWrapperOfTheirOwn()
    {
        // spec: OBJ-TYPE-1, OBJ-TYPE-5
        Assert.That(Truth(PyBoolObject.Type.DictBorrowed.Contains(S("__add__"))), Is.False);
        Assert.That(Truth(PyBoolObject.Type.DictBorrowed.Contains(S("__and__"))), Is.True);
        Assert.That(AttrRepr(PyBoolObject.Type, "__add__"), Is.EqualTo("<slot wrapper '__add__' of 'int' objects>"));
    }

    [Test]
    public void AnEmptyClassInheritsObjectsSlots()
    {
        // spec: OBJ-TYPE-1
        PyTypeObject c = Class("C");
        Assert.That(c.TpHash, Is.SameAs(ObjectType.TpHash));
        Assert.That(c.TpRichCompare, Is.SameAs(ObjectType.TpRichCompare));
        Assert.That(c.TpGetAttro, Is.SameAs(PyObject.GenericGetAttrFunc));
        Assert.That(c.TpRepr, Is.SameAs(ObjectType.TpRepr));
        Assert.That(c.IsGc, Is.True, "instances with a __dict__ take part in collection");
    }

    [Test]
    public void AClassGetsEverySlotFamilyFromItsDunders()
    {
        // spec: OBJ-TYPE-1, OBJ-TYPE-4
        PyTypeObject t = Class("T", ("__len__", Returns("__len__", Int(1))), ("__getitem__", Returns("__getitem__", Int(1))),
            ("__add__", Returns("__add__", Int(1))), ("__call__", Returns("__call__", Int(1))), ("__iter__", Returns("__iter__", Int(1))),
            ("__next__", Returns("__next__", Int(1))), ("__get__", Returns("__get__", Int(1))), ("__set__", Returns("__set__", None)),
            ("__del__", Returns("__del__", None)), ("__contains__", Returns("__contains__", True)), ("__bool__", Returns("__bool__", True)));
        Assert.That(t.TpAsSequence!.SqLength, Is.Not.Null);
        Assert.That(t.TpAsMapping!.MpLength, Is.Not.Null);
        Assert.That(t.TpAsMapping.MpSubscript, Is.Not.Null);
        Assert.That(t.TpAsSequence.SqItem, Is.Not.Null);
        Assert.That(t.TpAsSequence.SqContains, Is.Not.Null);
        Assert.That(t.TpAsNumber!.NbAdd, Is.Not.Null);
        Assert.That(t.TpAsNumber.NbBool, Is.Not.Null);
        Assert.That(t.TpCall, Is.Not.Null);
        Assert.That(t.TpIter, Is.Not.Null);
        Assert.That(t.TpIterNext, Is.Not.Null);
        Assert.That(t.TpDescrGet, Is.Not.Null);
        Assert.That(t.TpDescrSet, Is.Not.Null);
        Assert.That(t.TpFinalize, Is.Not.Null);
        Assert.That(t.TpTraverse ?? PyObject.GenericTraverse, Is.Not.Null);
    }

    [Test]
    public void SlotsComeFromLaterBasesInTheMro()
    {
        // spec: OBJ-TYPE-1
        PyTypeObject a = Class("A"), b = Class("B", ("__len__", Returns("__len__", Int(5))));
        PyTypeObject c = Class("C", [a, b]);
        Assert.That(PyObject.Size(Call(c)), Is.EqualTo(5));
        PyTypeObject d = Class("D", [c]);
        Assert.That(PyObject.Size(Call(d)), Is.EqualTo(5));
    }

    [Test]
    public void AClassDefiningEqDoesNotKeepItsBasesHash()
    {
        // spec: OBJ-TYPE-1
        PyTypeObject withHash = Class("WH", ("__hash__", Returns("__hash__", Int(3))));
        PyTypeObject eqOnly = Class("EQ", [withHash], ("__eq__", Returns("__eq__", True)));
        Assert.That(Raises(PyObject.Hash(Call(eqOnly))), Is.EqualTo("TypeError: unhashable type: 'EQ'"));
        PyTypeObject both = Class("Both", [withHash], ("__eq__", Returns("__eq__", True)), ("__hash__", Returns("__hash__", Int(9))));
        Assert.That(PyObject.Hash(Call(both)), Is.EqualTo(9));
        PyTypeObject plain = Class("Plain", [withHash]);
        Assert.That(PyObject.Hash(Call(plain)), Is.EqualTo(3));
    }

    [Test]
    public void ABuiltinSubclassThatReusesASlotWrapperKeepsTheFunction()
    {
        // spec: OBJ-TYPE-1, OBJ-TYPE-4
        PyTypeObject i = Class("I", [PyLongObject.Type], ("__sub__", Attr(PyLongObject.Type, "__add__")));
        Assert.That(i.TpAsNumber!.NbAdd, Is.SameAs(PyLongObject.Type.TpAsNumber!.NbAdd));
        Assert.That(AsLong(Ok(PyNumber.Subtract(Call(i, Int(5)), Int(2)))), Is.EqualTo(7), "__sub__ is int.__add__ here");
    }
}
