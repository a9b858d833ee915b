// OBJ-TYPE-2: the method resolution order is the C3 linearization of the bases.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Types;

[TestFixture]
public sealed class MroTests : ObjectModelTest
{
    [Test]
    public void ADiamondPutsBothSidesBeforeTheSharedBase()
    {
        // spec: OBJ-TYPE-2
        PyTypeObject o = Class("O");
        PyTypeObject a = Class("A", [o]), b = Class("B", [o]);
        PyTypeObject c = Class("C", [a, b]);
        Assert.That(Names(Attr(c, "__mro__")), Is.EqualTo("C A B O object"));
    }

    [Test]
    public void TheClassicC3ExampleLinearizesAsCPython()
    {
        // spec: OBJ-TYPE-2
        PyTypeObject o = Class("O");
        PyTypeObject a = Class("A", [o]), b = Class("B", [o]), c = Class("C", [o]), d = Class("D", [o]), e = Class("E", [o]);
        PyTypeObject k1 = Class("K1", [a, b, c]), k2 = Class("K2", [d, b, e]), k3 = Class("K3", [d, a]);
        PyTypeObject z = Class("Z", [k1, k2, k3]);
        Assert.That(Names(Attr(z, "__mro__")), Is.EqualTo("Z K1 K2 K3 D A B C E O object"));
    }

    [Test]
    public void ANestedDiamondKeepsLocalPrecedenceOrder()
    {
        // spec: OBJ-TYPE-2
        PyTypeObject f = Class("F"), e = Class("E2"), d = Class("D2");
        PyTypeObject c = Class("C2", [d, f]), b = Class("B2", [d, e]);
        PyTypeObject a = Class("A2", [b, c]);
        Assert.That(Names(Attr(a, "__mro__")), Is.EqualTo("A2 B2 C2 D2 E2 F object"));
    }

    [Test]
    public void BasesListedInOppositeOrdersCannotBeMerged()
    {
        // spec: OBJ-TYPE-2
        PyTypeObject x = Class("X"), y = Class("Y");
        PyTypeObject aa = Class("AA", [x, y]), bb = Class("BB", [y, x]);
        Assert.That(TypeNewRaises("Z", [aa, bb]),
            Is.EqualTo("TypeError: Cannot create a consistent method resolution order (MRO) for bases X, Y"));
    }

    [Test]
    public void ABaseBeforeItsOwnSubclassIsInconsistent()
    {
        // spec: OBJ-TYPE-2
        PyTypeObject o = Class("O");
        PyTypeObject a = Class("A", [o]);
        Assert.That(TypeNewRaises("Q", [o, a]),
            Is.EqualTo("TypeError: Cannot create a consistent method resolution order (MRO) for bases O, A"));
        PyTypeObject k1 = Class("K1", [a]);
        Assert.That(TypeNewRaises("Q", [a, k1]),
            Is.EqualTo("TypeError: Cannot create a consistent method resolution order (MRO) for bases A, K1"));
    }

    [Test]
    public void ASubclassBeforeItsBaseIsFine()
    {
        // spec: OBJ-TYPE-2
        PyTypeObject o = Class("O");
        PyTypeObject a = Class("A", [o]);
        PyTypeObject q = Class("Q", [a, o]);
        Assert.That(Names(Attr(q, "__mro__")), Is.EqualTo("Q A O object"));
    }

    [Test]
    public void MroMethodReturnsAFreshList()
    {
        // spec: OBJ-TYPE-2
        PyTypeObject a = Class("A");
        PyTypeObject b = Class("B", [a]);
        PyObject mro = Method(b, "mro");
        Assert.That(mro, Is.InstanceOf<PyListObject>());
        Assert.That(Names(mro), Is.EqualTo("B A object"));
        Assert.That(Names(Method(PyBoolObject.Type, "mro")), Is.EqualTo("bool int object"));
    }

    [Test]
    public void BuiltinTypesHaveCPythonsMro()
    {
        // spec: OBJ-TYPE-2
        Assert.That(Names(Attr(PyBoolObject.Type, "__mro__")), Is.EqualTo("bool int object"));
        Assert.That(Names(Attr(ObjectType, "__mro__")), Is.EqualTo("object"));
        Assert.That(Names(Attr(PyExc.TabError, "__mro__")), Is.EqualTo("TabError IndentationError SyntaxError Exception BaseException object"));
    }

    [Test]
    public void AttributeLookupFollowsTheMro()
    {
        // spec: OBJ-TYPE-2
        PyTypeObject o = Class("O", ("who", S("O")));
        PyTypeObject a = Class("A", [o]), b = Class("B", [o], ("who", S("B")));
        PyTypeObject c = Class("C", [a, b]);
        Assert.That(Str(Attr(c, "who")), Is.EqualTo("B"));
        Assert.That(Str(Attr(Call(c), "who")), Is.EqualTo("B"));
    }
}
