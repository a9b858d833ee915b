// OBJ-NONE-1: None, NotImplemented and Ellipsis are immortal singletons; calling their types
// returns them and rejects arguments; NotImplemented refuses to be a truth value.
// Expected values: CPython 3.14 (the hash of None from 64-bit 3.13).
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Numbers;

[TestFixture]
public sealed class SingletonTests : NumberTest
{
    private static IEnumerable<TestCaseData> Singletons()
    {
        yield return new TestCaseData(Py.None, "None", "<class 'NoneType'>", "NoneType").SetArgDisplayNames("None");
        yield return new TestCaseData(Py.NotImplemented, "NotImplemented", "<class 'NotImplementedType'>", "NotImplementedType").SetArgDisplayNames("NotImplemented");
        yield return new TestCaseData(Py.Ellipsis, "Ellipsis", "<class 'ellipsis'>", "EllipsisType").SetArgDisplayNames("Ellipsis");
    }

    [TestCaseSource(nameof(Singletons))]
    public void ReprAndStrAreTheName(PyObject singleton, string name, string typeRepr, string typeName)
    {
        // spec: OBJ-NONE-1
        Assert.That(Outcome(PyObject.Repr(singleton)), Is.EqualTo($"'{name}'"));
        Assert.That(Outcome(PyObject.Str(singleton)), Is.EqualTo($"'{name}'"));
        Assert.That(Repr(singleton.ObType), Is.EqualTo(typeRepr));
    }

    [TestCaseSource(nameof(Singletons))]
    public void CallingTheTypeReturnsTheSingleton(PyObject singleton, string name, string typeRepr, string typeName)
    {
        // spec: OBJ-NONE-1
        Assert.That(Call(singleton.ObType), Is.SameAs(singleton));
        Assert.That(Ok(PyObject.Call(singleton.ObType, PyTupleObject.EmptyTuple, null)), Is.SameAs(singleton));
        Assert.That(Ok(PyObject.CallMethod(singleton.ObType, "__new__", singleton.ObType)), Is.SameAs(singleton));
    }

    [TestCaseSource(nameof(Singletons))]
    public void CallingTheTypeWithArgumentsIsRefused(PyObject singleton, string name, string typeRepr, string typeName)
    {
        // spec: OBJ-NONE-1
        string expected = $"TypeError: {typeName} takes no arguments";
        Assert.That(CallOutcome(singleton.ObType, "1"), Is.EqualTo(expected));
        Assert.That(CallOutcome(singleton.ObType, "a=1"), Is.EqualTo(expected));
        Assert.That(Outcome(PyObject.Call(singleton.ObType, PyTupleObject.EmptyTuple, Dict((S("a"), Lit("1"))))), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(Singletons))]
    public void SingletonsAreImmortal(PyObject singleton, string name, string typeRepr, string typeName)
    {
        // spec: OBJ-NONE-1, OBJ-RC-3
        Assert.That(singleton.IsImmortal, Is.True);
        Assert.That(singleton.RefCnt, Is.EqualTo(PyObject.ImmortalRefCnt));
    }

    [Test]
    public void NotImplementedAndEllipsisReduceToTheirNames()
    {
        // spec: OBJ-NONE-1
        Assert.That(CallMethodOutcome(Py.NotImplemented, "__reduce__"), Is.EqualTo("'NotImplemented'"));
        Assert.That(CallMethodOutcome(Py.Ellipsis, "__reduce__"), Is.EqualTo("'Ellipsis'"));
        Assert.That(PyNone.NoneType.Lookup(PyUnicodeObject.InternStatic("__reduce__")), Is.Null, "NoneType has no __reduce__ of its own");
    }

    [Test]
    public void NoneIsFalseAndEllipsisIsTrue()
    {
        // spec: OBJ-NONE-1, OBJ-TRUTH-1
        Assert.That(Outcome(PyObject.IsTrue(Py.None)), Is.EqualTo("False"));
        Assert.That(Outcome(PyObject.IsTrue(Py.Ellipsis)), Is.EqualTo("True"));
        Assert.That(Outcome(PyObject.CallMethod(Py.None, "__bool__")), Is.EqualTo("False"));
    }

    [Test]
    public void NotImplementedIsNotATruthValue()
    {
        // spec: OBJ-NONE-1, OBJ-TRUTH-1
        string expected = "TypeError: NotImplemented should not be used in a boolean context";
        Assert.That(Outcome(PyObject.IsTrue(Py.NotImplemented)), Is.EqualTo(expected));
        Assert.That(Outcome(PyObject.Not(Py.NotImplemented)), Is.EqualTo(expected));
        Assert.That(CallOutcome(PyBoolObject.Type, "NotImplemented"), Is.EqualTo(expected));
    }

    [Test]
    public void NoneHashesToAConstant()
    {
        // spec: OBJ-NONE-1, OBJ-HASH-1
        Assert.That(PyObject.Hash(Py.None), Is.EqualTo(4238894112L));
    }

    [Test]
    public void EllipsisAndNotImplementedHashByIdentity()
    {
        // spec: OBJ-NONE-1
        Assert.That(PyObject.Hash(Py.Ellipsis), Is.EqualTo(PyObject.HashPointer(Py.Ellipsis)));
        Assert.That(PyObject.Hash(Py.NotImplemented), Is.EqualTo(PyObject.HashPointer(Py.NotImplemented)));
    }

    [TestCaseSource(nameof(Singletons))]
    public void SingletonsTakeNoNewAttributes(PyObject singleton, string name, string typeRepr, string typeName)
    {
        // spec: OBJ-NONE-1
        Assert.That(Outcome(PyObject.SetAttr(singleton, "x", Lit("1"))),
            Is.EqualTo($"AttributeError: '{singleton.ObType.Name}' object has no attribute 'x' and no __dict__ for setting new attributes"));
        Assert.That(Outcome(PyObject.GetAttr(singleton, "x")), Is.EqualTo($"AttributeError: '{singleton.ObType.Name}' object has no attribute 'x'"));
    }
}
