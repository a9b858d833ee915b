// OBJ-TYPE-3, OBJ-ATTR-2: obj.__class__ = cls is allowed only between heap types with the same layout.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Types;

[TestFixture]
public sealed class ClassAssignmentTests : ObjectModelTest
{
    [Test]
    public void AnInstanceCanMoveToACompatibleClass()
    {
        // spec: OBJ-ATTR-2
        PyTypeObject c = Class("C"), d = Class("D");
        PyObject a = Call(c);
        long dBefore = d.RefCnt, cBefore = c.RefCnt;
        SetAttr(a, "__class__", d);
        Assert.That(a.ObType, Is.SameAs(d));
        Assert.That(d.RefCnt, Is.EqualTo(dBefore + 1), "the instance now holds its new class");
        Assert.That(c.RefCnt, Is.EqualTo(cBefore - 1));
        Assert.That(Attr(a, "__class__"), Is.SameAs(d));
    }

    [Test]
    public void ListSubclassesWithTheSameLayoutCanSwap()
    {
        // spec: OBJ-ATTR-2
        PyTypeObject l = Class("L", [PyListObject.Type]), l2 = Class("L2", [PyListObject.Type]);
        PyObject x = Call(l);
        SetAttr(x, "__class__", l2);
        Assert.That(x.ObType.Name, Is.EqualTo("L2"));
    }

    [Test]
    public void SiblingsWithTheSameSlotsAreCompatible()
    {
        // spec: OBJ-ATTR-2
        PyTypeObject a = Class("A", ("__slots__", Tuple(S("x")))), b = Class("B", ("__slots__", Tuple(S("x"))));
        PyTypeObject y = Class("Y", ("__slots__", Tuple(S("y")))), w = Class("W", ("__slots__", Tuple(S("__weakref__"))));
        PyObject inst = Call(a);
        SetAttr(inst, "__class__", b);
        Assert.That(inst.ObType, Is.SameAs(b));
        Assert.That(SetAttrRaises(inst, "__class__", y), Is.EqualTo("TypeError: __class__ assignment: 'Y' object layout differs from 'B'"));
        Assert.That(SetAttrRaises(Call(a), "__class__", w), Is.EqualTo("TypeError: __class__ assignment: 'W' object layout differs from 'A'"));
    }

    [Test]
    public void SubclassesThatAddNothingShareTheirBasesLayout()
    {
        // spec: OBJ-ATTR-2
        PyTypeObject c = Class("C");
        PyTypeObject d = Class("D", [c]), e = Class("E", [c]);
        PyObject inst = Call(d);
        SetAttr(inst, "__class__", e);
        Assert.That(inst.ObType, Is.SameAs(e));
        SetAttr(inst, "__class__", c);
        Assert.That(inst.ObType, Is.SameAs(c));
    }

    [Test]
    public void AssignmentErrors()
    {
        // spec: OBJ-ATTR-2
        PyTypeObject c = Class("C"), d = Class("D"), sl = Class("Sl", ("__slots__", Tuple(S("x"))));
        PyTypeObject l = Class("L", [PyListObject.Type]);
        PyObject a = Call(c);
        SetAttr(a, "__class__", d);
        Assert.That(SetAttrRaises(a, "__class__", PyLongObject.Type),
            Is.EqualTo("TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses"));
        Assert.That(SetAttrRaises(a, "__class__", Int(1)), Is.EqualTo("TypeError: __class__ must be set to a class, not 'int' object"));
        Assert.That(SetAttrRaises(a, "__class__", null), Is.EqualTo("TypeError: can't delete __class__ attribute"));
        Assert.That(SetAttrRaises(a, "__class__", sl), Is.EqualTo("TypeError: __class__ assignment: 'Sl' object layout differs from 'D'"));
        Assert.That(SetAttrRaises(Int(1000), "__class__", PyBoolObject.Type),
            Is.EqualTo("TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses"));
        Assert.That(SetAttrRaises(List(), "__class__", l),
            Is.EqualTo("TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses"));
        Assert.That(SetAttrRaises(Call(l), "__class__", PyListObject.Type),
            Is.EqualTo("TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses"));
        Assert.That(SetAttrRaises(Call(l), "__class__", c), Is.EqualTo("TypeError: __class__ assignment: 'C' object layout differs from 'L'"));
        PyTypeObject ve = Class("VE", [PyExc.ValueError]), te = Class("TE", [PyExc.TypeError]);
        Assert.That(SetAttrRaises(Call(ve), "__class__", te), Is.EqualTo("TypeError: __class__ assignment: 'TE' object layout differs from 'VE'"));
    }
}
