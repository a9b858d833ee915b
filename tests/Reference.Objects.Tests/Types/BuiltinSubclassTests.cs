// OBJ-TYPE-1, OBJ-TYPE-4: subclasses of built-in types keep the built-in slots and still work.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Types;

[TestFixture]
public sealed class BuiltinSubclassTests : ObjectModelTest
{
    [Test]
    public void AListSubclassKeepsListsFastSlots()
    {
        // spec: OBJ-TYPE-1, OBJ-TYPE-4
        PyTypeObject l = Class("L", [PyListObject.Type]);
        Assert.That(l.TpAsSequence!.SqLength!.Method.DeclaringType!.FullName, Does.Not.Contain("SlotFunctions"),
            "len(L()) calls list's own function, not a slot that looks __len__ up");
        Assert.That(l.TpRepr, Is.SameAs(PyListObject.Type.TpRepr));
        Assert.That(l.TpAsSequence.SqContains, Is.SameAs(PyListObject.Type.TpAsSequence!.SqContains));
        PyObject x = Call(l, List(Int(1), Int(2)));
        SetAttr(x, "x", Int(1));
        Assert.That(PyObject.Size(x) + " " + Repr(x) + " " + Repr(Attr(x, "x")), Is.EqualTo("2 [1, 2] 1"));
        Assert.That(Ok(PyNumber.Add(x, List(Int(3)))).ObType, Is.SameAs(PyListObject.Type));
        Assert.That(Truth(PyObject.RichCompareBool(x, List(Int(1), Int(2)), CompareOp.Eq)), Is.True);
        Method(x, "append", Int(9));
        Assert.That(Repr(x), Is.EqualTo("[1, 2, 9]"));
    }

    [Test]
    public void AnIntSubclassArithmeticGivesInts()
    {
        // spec: OBJ-TYPE-4
        PyTypeObject i = Class("I", [PyLongObject.Type]);
        PyObject five = Call(i, Int(5));
        Assert.That(Repr(five), Is.EqualTo("5"));
        PyObject six = Ok(PyNumber.Add(five, Int(1)));
        Assert.That(six.ObType, Is.SameAs(PyLongObject.Type));
        Assert.That(AsLong(six), Is.EqualTo(6));
        Assert.That(PyObject.Hash(five), Is.EqualTo(5));
        Assert.That(Truth(PyObject.IsInstance(five, PyLongObject.Type)), Is.True);
    }

    [Test]
    public void AStrSubclassMethodsGiveStrs()
    {
        // spec: OBJ-TYPE-4
        PyTypeObject s = Class("S", [PyUnicodeObject.Type]);
        PyObject a = Call(s, S("abc"));
        Assert.That(Repr(a), Is.EqualTo("'abc'"));
        Assert.That(Method(a, "upper").ObType, Is.SameAs(PyUnicodeObject.Type));
        Assert.That(PyObject.Size(a), Is.EqualTo(3));
        Assert.That(Truth(PyObject.RichCompareBool(a, S("abc"), CompareOp.Eq)), Is.True);
        Assert.That(PyObject.Hash(a), Is.EqualTo(PyObject.Hash(S("abc"))));
    }

    [Test]
    public void ATupleSubclassSlicesToTuples()
    {
        // spec: OBJ-TYPE-4
        PyTypeObject t = Class("T", [PyTupleObject.Type]);
        PyObject x = Call(t, Tuple(Int(1), Int(2)));
        Assert.That(Repr(x), Is.EqualTo("(1, 2)"));
        Assert.That(AsLong(Ok(PySequence.GetItem(x, 1))), Is.EqualTo(2));
        PyObject slice = Ok(PyObject.GetItem(x, Call(PySliceObject.Type, Int(0), Int(1))));
        Assert.That(slice.ObType, Is.SameAs(PyTupleObject.Type));
    }

    [Test]
    public void ADictSubclassWithMissing()
    {
        // spec: OBJ-TYPE-4
        PyTypeObject d = Class("Dd", [PyDictObject.Type], ("__missing__", CsMethod("__missing__", (_, a) => PyNumber.Multiply(a[0], Int(2)))));
        PyObject x = Call(d);
        Assert.That(AsLong(Ok(PyObject.GetItem(x, Int(3)))), Is.EqualTo(6));
        Ok(PyObject.SetItem(x, S("a"), Int(1)));
        Assert.That(Repr(x), Is.EqualTo("{'a': 1}"));
        Assert.That(Method(x, "copy").ObType, Is.SameAs(PyDictObject.Type));
    }

    [Test]
    public void OverridingADunderReplacesOnlyThatSlot()
    {
        // spec: OBJ-TYPE-4
        PyTypeObject l3 = Class("L3", [PyListObject.Type], ("__len__", Returns("__len__", Int(42))));
        PyObject x = Call(l3, List(Int(1)));
        Assert.That(PyObject.Size(x), Is.EqualTo(42));
        Assert.That(PyObject.IsTrue(Call(l3)), Is.EqualTo(1));
        Assert.That(l3.TpRepr, Is.SameAs(PyListObject.Type.TpRepr));
        Assert.That(Repr(x), Is.EqualTo("[1]"));
    }

    [Test]
    public void AnExceptionSubclassKeepsArgsAndStr()
    {
        // spec: OBJ-TYPE-4, OBJ-EXC-1
        PyTypeObject e = Class("MyError", [PyExc.ValueError]);
        PyObject x = Call(e, S("bad"));
        Assert.That(Str(x) + " " + Repr(x), Is.EqualTo("bad MyError('bad')"));
        Assert.That(Truth(PyObject.IsInstance(x, PyExc.Exception)), Is.True);
    }
}
