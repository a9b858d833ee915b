// OBJ-TYPE-7: isinstance and issubclass.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Types;

[TestFixture]
public sealed class IsInstanceTests : ObjectModelTest
{
    [Test]
    public void IsInstanceFollowsTheMro()
    {
        // spec: OBJ-TYPE-7
        PyTypeObject a = Class("A"), b = Class("B", [a]), c = Class("C", [b]);
        PyObject x = Call(c);
        Assert.That(Truth(PyObject.IsInstance(x, a)) && Truth(PyObject.IsInstance(x, ObjectType)), Is.True);
        Assert.That(Truth(PyObject.IsInstance(Call(a), c)), Is.False);
        Assert.That(Truth(PyObject.IsInstance(True, PyLongObject.Type)), Is.True);
        Assert.That(Truth(PyObject.IsSubclass(c, a)), Is.True);
        Assert.That(Truth(PyObject.IsSubclass(a, c)), Is.False);
        Assert.That(Truth(PyObject.IsSubclass(PyBoolObject.Type, PyBoolObject.Type)), Is.True);
    }

    [Test]
    public void TuplesOfClassesAreSearched()
    {
        // spec: OBJ-TYPE-7
        Assert.That(Truth(PyObject.IsInstance(Int(1), Tuple(PyUnicodeObject.Type, Tuple(PyBytesObject.Type, PyLongObject.Type)))), Is.True);
        Assert.That(Truth(PyObject.IsInstance(Int(1), Tuple(PyUnicodeObject.Type, PyBytesObject.Type))), Is.False);
        Assert.That(Truth(PyObject.IsInstance(Int(1), Tuple())), Is.False);
        Assert.That(Truth(PyObject.IsSubclass(PyBoolObject.Type, Tuple(PyUnicodeObject.Type, PyLongObject.Type))), Is.True);
        Assert.That(Truth(PyObject.IsSubclass(PyBoolObject.Type, Tuple(PyUnicodeObject.Type))), Is.False);
    }

    [Test]
    public void BadSecondArgumentsAreRejected()
    {
        // spec: OBJ-TYPE-7
        Assert.That(Raises(PyObject.IsInstance(Int(1), Int(1))), Is.EqualTo("TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"));
        Assert.That(Raises(PyObject.IsInstance(Int(1), Tuple(PyUnicodeObject.Type, Int(1)))),
            Is.EqualTo("TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"));
        Assert.That(Raises(PyObject.IsSubclass(Int(1), PyLongObject.Type)), Is.EqualTo("TypeError: issubclass() arg 1 must be a class"));
        Assert.That(Raises(PyObject.IsSubclass(PyLongObject.Type, Int(1))),
            Is.EqualTo("TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union"));
    }

    [Test]
    public void AMetaclassInstancecheckAndSubclasscheckDecide()
    {
        // spec: OBJ-TYPE-7
        PyTypeObject m = Meta("M",
            ("__instancecheck__", CsMethod("__instancecheck__", (_, a) => Py.Bool(a[0] is PyLongObject l && l.CompactValue == 42))),
            ("__subclasscheck__", CsMethod("__subclasscheck__", (_, a) => Py.Bool(a[0] == PyLongObject.Type))));
        PyObject any = Ok(ClassCall(m, "Any", [], []));
        Assert.That(Truth(PyObject.IsInstance(Int(42), any)), Is.True);
        Assert.That(Truth(PyObject.IsInstance(Int(41), any)), Is.False);
        Assert.That(Truth(PyObject.IsInstance(Call(any), any)), Is.True, "an exact type match never asks __instancecheck__");
        Assert.That(Truth(PyObject.IsSubclass(PyLongObject.Type, any)), Is.True);
        Assert.That(Truth(PyObject.IsSubclass(any, any)), Is.False, "issubclass always asks __subclasscheck__");
        Assert.That(Truth(PyObject.IsInstance(Int(42), Tuple(PyUnicodeObject.Type, any))), Is.True);
    }

    [Test]
    public void AFailingInstancecheckPropagates()
    {
        // spec: OBJ-TYPE-7
        PyTypeObject m = Meta("M", ("__instancecheck__", RaisesIn("__instancecheck__", PyExc.ValueError, "no")),
            ("__subclasscheck__", RaisesIn("__subclasscheck__", PyExc.ValueError, "nope")));
        PyObject any = Ok(ClassCall(m, "Any", [], []));
        Assert.That(Raises(PyObject.IsInstance(Int(1), any)), Is.EqualTo("ValueError: no"));
        Assert.That(Raises(PyObject.IsSubclass(PyLongObject.Type, any)), Is.EqualTo("ValueError: nope"));
    }

    [Test]
    public void TypesOwnChecksUseTheMroAndClassAttribute()
    {
        // spec: OBJ-TYPE-7
        PyTypeObject a = Class("A");
        PyTypeObject prop = Class("Prop", ("__class__", Call(PyPropertyObject.Type, CsMethod("cls", (_, _) => a.NewRef()))));
        Assert.That(Method(a, "__instancecheck__", Call(prop)), Is.SameAs(True), "__class__ is consulted");
        Assert.That(Truth(PyObject.IsInstance(Call(prop), a)), Is.True);
        Assert.That(Method(a, "__subclasscheck__", Class("B", [a])), Is.SameAs(True));
        Assert.That(Method(a, "__instancecheck__", Int(1)), Is.SameAs(False));
    }
}
