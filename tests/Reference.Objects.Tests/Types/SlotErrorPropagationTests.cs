// OBJ-TYPE-4: errors raised by dunder methods come out of the slots that call them.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Types;

[TestFixture]
public sealed class SlotErrorPropagationTests : ObjectModelTest
{
    private PyObject Failing(string dunder) => Call(Class("T", (dunder, RaisesIn(dunder, PyExc.ValueError, dunder))));

    [Test]
    public void RaisingDundersPropagate()
    {
        // spec: OBJ-TYPE-4
        Assert.That(Raises(PyObject.Hash(Failing("__hash__"))), Is.EqualTo("ValueError: __hash__"));
        Assert.That(Raises(PyObject.IsTrue(Failing("__bool__"))), Is.EqualTo("ValueError: __bool__"));
        Assert.That(Raises(PySequence.Contains(Failing("__contains__"), Int(1))), Is.EqualTo("ValueError: __contains__"));
        Assert.That(Raises(PyObject.SetAttr(Failing("__setattr__"), "x", Int(1))), Is.EqualTo("ValueError: __setattr__"));
        Assert.That(Raises(PyObject.CallNoArgs(Class("I", ("__init__", RaisesIn("__init__", PyExc.ValueError, "__init__"))))), Is.EqualTo("ValueError: __init__"));
        Assert.That(Raises(PyObject.Size(Failing("__len__"))), Is.EqualTo("ValueError: __len__"));
        Assert.That(Raises(PyObject.Repr(Failing("__repr__"))), Is.EqualTo("ValueError: __repr__"));
        Assert.That(Raises(PyObject.GetItem(Failing("__getitem__"), Int(0))), Is.EqualTo("ValueError: __getitem__"));
        Assert.That(Raises(PyObject.SetItem(Failing("__setitem__"), Int(0), Int(0))), Is.EqualTo("ValueError: __setitem__"));
        Assert.That(Raises(PyObject.GetIter(Failing("__iter__"))), Is.EqualTo("ValueError: __iter__"));
        Assert.That(Raises(PyNumber.Add(Failing("__add__"), Int(1))), Is.EqualTo("ValueError: __add__"));
        Assert.That(Raises(PyObject.RichCompare(Failing("__eq__"), Int(1), CompareOp.Eq)), Is.EqualTo("ValueError: __eq__"));
    }

    [Test]
    public void ACallableWhoseCallCannotBeFoundFails()
    {
        // spec: OBJ-TYPE-4
        PyTypeObject t = Class("T", ("__call__", Returns("__call__", Int(1))),
            ("__getattribute__", CsMethod("__getattribute__", (_, a) => PyErr.SetObject(PyExc.AttributeError, a[0]))));
        Assert.That(CallRaises(Call(t)), Is.EqualTo("AttributeError: __call__"));
    }

    [Test]
    public void SequenceSlotsOfAHeapTypeCallItemDunders()
    {
        // spec: OBJ-TYPE-4
        var log = new List<string>();
        PyTypeObject t = Class("T",
            ("__getitem__", CsMethod("__getitem__", (_, a) => PyUnicodeObject.FromString("item " + Repr(a[0])))),
            ("__setitem__", CsMethod("__setitem__", (_, a) => { log.Add($"set {Repr(a[0])}"); return Py.ReturnNone; })),
            ("__delitem__", CsMethod("__delitem__", (_, a) => { log.Add($"del {Repr(a[0])}"); return Py.ReturnNone; })));
        PyObject x = Call(t);
        Assert.That(Str(Ok(PySequence.GetItem(x, 4))), Is.EqualTo("item 4"));
        Ok(PySequence.SetItem(x, 5, Int(1)));
        Ok(PySequence.SetItem(x, 6, null));
        Assert.That(string.Join(", ", log), Is.EqualTo("set 5, del 6"));
    }

    [Test]
    public void AHeapIteratorsNextIsCalled()
    {
        // spec: OBJ-TYPE-4, OBJ-ITER-1
        int n = 0;
        PyTypeObject it = Class("It", ("__next__", CsMethod("__next__", (_, _) => n < 2 ? PyLongObject.FromLong(n++) : PyErr.SetNone(PyExc.StopIteration))),
            ("__iter__", CsMethod("__iter__", (self, _) => self.NewRef())));
        PyObject x = Call(it);
        Assert.That(Repr(Ok(PySequence.List(x))), Is.EqualTo("[0, 1]"));
        Assert.That(MethodRaises(x, "__next__"), Is.EqualTo("StopIteration"));
    }

    [Test]
    public void ThreeArgumentPowOnlyAsksTheLeftOperand()
    {
        // spec: OBJ-TYPE-4, OBJ-NUM-1
        PyTypeObject t = Class("T", ("__pow__", CsMethod("__pow__", (_, a) => PyUnicodeObject.FromString($"pow {Repr(a[0])} {(a.Length > 1 ? Repr(a[1]) : "-")}"))));
        Assert.That(Str(Ok(PyNumber.Power(Call(t), Int(2), Int(5)))), Is.EqualTo("pow 2 5"));
        Assert.That(Str(Ok(PyNumber.Power(Call(t), Int(2), None))), Is.EqualTo("pow 2 -"));
        Assert.That(Raises(PyNumber.Power(Int(1), Call(t), Int(5))), Is.EqualTo("TypeError: unsupported operand type(s) for ** or pow(): 'int', 'T', 'int'"));
        Assert.That(Raises(PyNumber.Power(Int(2), Call(t), None)), Is.EqualTo("TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'T'"));
    }

    [Test]
    public void ASubclassWithoutTheReflectedMethodIsNotPreferred()
    {
        // spec: OBJ-TYPE-4, OBJ-NUM-1
        PyTypeObject b = Class("Base", ("__add__", ReturnsStr("__add__", "Base.add")));
        PyTypeObject d = Class("Derived", [b], ("__add__", ReturnsStr("__add__", "Derived.add")));
        Assert.That(Str(Ok(PyNumber.Add(Call(b), Call(d)))), Is.EqualTo("Base.add"));
        Assert.That(Str(Ok(PyNumber.Add(Call(d), Call(b)))), Is.EqualTo("Derived.add"));
    }
}
