// OBJ-TRUTH-1: truth uses __bool__ (which must return a bool), then __len__ (which must be >= 0),
// and is true for objects with neither; numbers are false exactly when zero.
// Expected values: CPython 3.14.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Numbers;

[TestFixture]
public sealed class TruthTests : NumberTest
{
    [TestCase("0", "False")]
    [TestCase("1", "True")]
    [TestCase("-1", "True")]
    [TestCase("2**100", "True")]
    [TestCase("-2**100", "True")]
    [TestCase("0.0", "False")]
    [TestCase("-0.0", "False")]
    [TestCase("5e-324", "True")]
    [TestCase("nan", "True")]
    [TestCase("inf", "True")]
    [TestCase("True", "True")]
    [TestCase("False", "False")]
    public void NumbersAreFalseExactlyWhenZero(string value, string expected)
    {
        // spec: OBJ-TRUTH-1
        Assert.That(Outcome(PyObject.IsTrue(Lit(value))), Is.EqualTo(expected));
        Assert.That(Outcome(PyObject.Not(Lit(value))), Is.EqualTo(expected == "True" ? "False" : "True"));
        Assert.That(CallMethodOutcome(Lit(value), "__bool__"), Is.EqualTo(expected));
    }

    [Test]
    public void ASubclassOfIntIsTrueByItsValue()
    {
        // spec: OBJ-TRUTH-1
        PyTypeObject sub = Class("IntSub", [PyLongObject.Type]);
        Assert.That(Outcome(PyObject.IsTrue(New(sub, "0"))), Is.EqualTo("False"));
        Assert.That(Outcome(PyObject.IsTrue(New(sub, "3"))), Is.EqualTo("True"));
    }

    [Test]
    public void DunderBoolDecidesAndMustReturnABool()
    {
        // spec: OBJ-TRUTH-1
        PyTypeObject no = Class("No", [], ("__bool__", Returns("__bool__", False)));
        PyTypeObject one = Class("B", [], ("__bool__", Returns("__bool__", Int(1))));
        Assert.That(Outcome(PyObject.IsTrue(New(no))), Is.EqualTo("False"));
        Assert.That(Outcome(PyObject.IsTrue(New(one))), Is.EqualTo("TypeError: __bool__ should return bool, returned int"));
    }

    [Test]
    public void DunderBoolWinsOverDunderLen()
    {
        // spec: OBJ-TRUTH-1
        PyTypeObject both = Class("BL", [], ("__bool__", Returns("__bool__", False)), ("__len__", Returns("__len__", Int(5))));
        Assert.That(Outcome(PyObject.IsTrue(New(both))), Is.EqualTo("False"));
    }

    [Test]
    public void DunderLenDecidesWithoutDunderBool()
    {
        // spec: OBJ-TRUTH-1
        PyTypeObject empty = Class("L", [], ("__len__", Returns("__len__", Int(0))));
        PyTypeObject three = Class("L3", [], ("__len__", Returns("__len__", Int(3))));
        PyTypeObject negative = Class("LN", [], ("__len__", Returns("__len__", Int(-1))));
        Assert.That(Outcome(PyObject.IsTrue(New(empty))), Is.EqualTo("False"));
        Assert.That(Outcome(PyObject.IsTrue(New(three))), Is.EqualTo("True"));
        Assert.That(Outcome(PyObject.IsTrue(New(negative))), Is.EqualTo("ValueError: __len__() should return >= 0"));
    }

    [Test]
    public void ObjectsWithNeitherAreTrue()
    {
        // spec: OBJ-TRUTH-1
        PyTypeObject plain = Class("Plain", []);
        Assert.That(Outcome(PyObject.IsTrue(New(plain))), Is.EqualTo("True"));
    }
}
