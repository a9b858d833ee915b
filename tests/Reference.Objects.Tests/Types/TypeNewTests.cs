// OBJ-TYPE-3: type(name, bases, ns) — metaclass selection, layout checks, the namespace's special
// entries, __set_name__ and __init_subclass__.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Types;

[TestFixture]
public sealed class TypeNewTests : ObjectModelTest
{
    [Test]
    public void ConflictingMetaclassesAreRejected()
    {
        // spec: OBJ-TYPE-3
        PyTypeObject m1 = Meta("M1"), m2 = Meta("M2");
        PyObject p1 = Ok(ClassCall(m1, "P1", [], [])), p2 = Ok(ClassCall(m2, "P2", [], []));
        Assert.That(TypeNewRaises("Q", [p1, p2]), Is.EqualTo(
            "TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
    }

    [Test]
    public void TheMostDerivedMetaclassWins()
    {
        // spec: OBJ-TYPE-3
        PyTypeObject m1 = Meta("M1");
        PyObject p1 = Ok(ClassCall(m1, "P1", [], []));
        Assert.That(p1.ObType, Is.SameAs(m1));
        PyObject q = Ok(ClassCall(TypeType, "Q", [p1], []));
        Assert.That(q.ObType, Is.SameAs(m1), "type() picks the bases' metaclass");
        PyTypeObject m2 = Class("M2", [m1]);
        PyObject r = Ok(ClassCall(m1, "R", [Ok(ClassCall(m2, "P2", [], []))], []));
        Assert.That(r.ObType, Is.SameAs(m2));
    }

    [Test]
    public void AMetaclassCallReplacesInstanceCreation()
    {
        // spec: OBJ-TYPE-3, OBJ-TYPE-6
        PyTypeObject m = Meta("M", ("__call__", CsMethod("__call__", (cls, a) =>
            PyUnicodeObject.FromString($"called {((PyTypeObject)cls).Name} {a.Length}"))));
        PyObject p = Ok(ClassCall(m, "P", [], []));
        Assert.That(Str(Call(p, Int(1), Int(2))), Is.EqualTo("called P 2"));
    }

    [Test]
    public void TypePrepareGivesAnEmptyDict()
    {
        // spec: OBJ-TYPE-3
        Assert.That(Repr(Method(TypeType, "__prepare__", S("x"), Tuple())), Is.EqualTo("{}"));
    }

    [Test]
    public void ANonTypeBaseIsAMetaclassConflict()
    {
        // spec: OBJ-TYPE-3
        Assert.That(TypeNewRaises("Q", [Int(1)]), Does.StartWith("TypeError: metaclass conflict:"));
    }

    [Test]
    public void BasesWithDifferentLayoutsConflict()
    {
        // spec: OBJ-TYPE-3
        Assert.That(TypeNewRaises("Q", [PyLongObject.Type, PyUnicodeObject.Type]),
            Is.EqualTo("TypeError: multiple bases have instance lay-out conflict"));
        Assert.That(TypeNewRaises("Q", [PyListObject.Type, PyDictObject.Type]),
            Is.EqualTo("TypeError: multiple bases have instance lay-out conflict"));
        PyTypeObject s1 = Class("S1", ("__slots__", Tuple(S("a")))), s2 = Class("S2", ("__slots__", Tuple(S("b"))));
        Assert.That(TypeNewRaises("Q", [s1, s2]), Is.EqualTo("TypeError: multiple bases have instance lay-out conflict"));
    }

    [Test]
    public void ALayoutCompatibleMixinIsAccepted()
    {
        // spec: OBJ-TYPE-3
        PyTypeObject mixin = Class("Mixin");
        PyTypeObject q = Class("Q", [mixin, PyListObject.Type]);
        Assert.That(q.TpBase, Is.SameAs(PyListObject.Type), "the solid base is list");
        PyObject inst = Call(q);
        Assert.That(inst, Is.InstanceOf<PyListObject>());
    }

    [Test]
    public void BasesSharingALayoutCombine()
    {
        // spec: OBJ-TYPE-3
        PyTypeObject x = Class("X", [PyExc.ValueError, PyExc.TypeError]);
        Assert.That(Names(Attr(x, "__mro__")), Is.EqualTo("X ValueError TypeError Exception BaseException object"));
        Assert.That(Str(Call(x, S("m"))), Is.EqualTo("m"));
        Assert.That(TypeNewRaises("Y", [PyExc.StopIteration, PyExc.OSError]), Is.EqualTo("TypeError: multiple bases have instance lay-out conflict"));
    }

    [Test]
    public void ADuplicateBaseIsRejected()
    {
        // spec: OBJ-TYPE-3
        PyTypeObject a = Class("A");
        Assert.That(TypeNewRaises("Q", [a, a]), Is.EqualTo("TypeError: duplicate base class A"));
    }

    [Test]
    public void BoolIsNotAnAcceptableBase()
    {
        // spec: OBJ-TYPE-3
        Assert.That(TypeNewRaises("Q", [PyBoolObject.Type]), Is.EqualTo("TypeError: type 'bool' is not an acceptable base type"));
        Assert.That(TypeNewRaises("Q", [PyNone.NoneType]), Is.EqualTo("TypeError: type 'NoneType' is not an acceptable base type"));
    }

    [Test]
    public void TypeChecksItsArgumentTypes()
    {
        // spec: OBJ-TYPE-3
        Assert.That(CallRaises(TypeType, Int(1), Tuple(), Dict()), Is.EqualTo("TypeError: type.__new__() argument 1 must be str, not int"));
        Assert.That(CallRaises(TypeType, S("Q"), List(), Dict()), Is.EqualTo("TypeError: type.__new__() argument 2 must be tuple, not list"));
        Assert.That(CallRaises(TypeType, S("Q"), Tuple(), List()), Is.EqualTo("TypeError: type.__new__() argument 3 must be dict, not list"));
        Assert.That(CallRaises(TypeType), Is.EqualTo("TypeError: type() takes 1 or 3 arguments"));
        Assert.That(CallRaises(TypeType, S("a"), S("b")), Is.EqualTo("TypeError: type() takes 1 or 3 arguments"));
        Assert.That(CallRaises(TypeType, S("Q\0"), Tuple(), Dict()), Is.EqualTo("ValueError: type name must not contain null characters"));
    }

    [Test]
    public void TypeOfOneArgumentIsItsType()
    {
        // spec: OBJ-TYPE-3
        Assert.That(Call(TypeType, Int(1)), Is.SameAs(PyLongObject.Type));
        PyTypeObject c = Class("C");
        Assert.That(Call(TypeType, Call(c)), Is.SameAs(c));
        Assert.That(Call(TypeType, TypeType), Is.SameAs(TypeType));
    }

    [Test]
    public void EmptyBasesMeanObject()
    {
        // spec: OBJ-TYPE-3
        PyTypeObject c = Class("C");
        Assert.That(Names(Attr(c, "__bases__")), Is.EqualTo("object"));
        Assert.That(Attr(c, "__base__"), Is.SameAs(ObjectType));
    }

    [Test]
    public void QualnameComesFromTheNamespaceAndLeavesIt()
    {
        // spec: OBJ-TYPE-3
        PyTypeObject r = Class("R", ("__qualname__", S("Outer.R")), ("__module__", S("m")));
        Assert.That(Str(Attr(r, "__qualname__")), Is.EqualTo("Outer.R"));
        Assert.That(Str(Attr(r, "__name__")), Is.EqualTo("R"));
        Assert.That(Repr(r), Is.EqualTo("<class 'm.Outer.R'>"));
        Assert.That(Truth(r.DictBorrowed.Contains(S("__qualname__"))), Is.False);
        Assert.That(TypeNewRaises("Q", [], ("__qualname__", Int(1))), Is.EqualTo("TypeError: type __qualname__ must be a str, not int"));
    }

    [Test]
    public void ModuleAndDocDefaults()
    {
        // spec: OBJ-TYPE-3
        PyTypeObject r = Class("R", ("__module__", S("m")));
        Assert.That(Repr(r), Is.EqualTo("<class 'm.R'>"));
        Assert.That(Attr(r, "__doc__"), Is.SameAs(None));
        PyTypeObject d = Class("D", ("__doc__", S("hello")));
        Assert.That(Str(Attr(d, "__doc__")), Is.EqualTo("hello"));
        Assert.That(Repr(Class("N")), Is.EqualTo("<class 'N'>"), "with no running module there is no __module__");
    }

    [Test]
    public void ClassCellReceivesTheNewClass()
    {
        // spec: OBJ-TYPE-3, OBJ-CELL-1
        PyCellObject cell = Keep(new PyCellObject(null));
        PyTypeObject c = Class("C", ("__classcell__", cell));
        Assert.That(cell.GetBorrowed(), Is.SameAs(c));
        Assert.That(Truth(c.DictBorrowed.Contains(S("__classcell__"))), Is.False);
        Assert.That(TypeNewRaises("Q", [], ("__classcell__", Int(1))),
            Is.EqualTo("TypeError: __classcell__ must be a nonlocal cell, not <class 'int'>"));
    }

    [Test]
    public void SetNameIsCalledWithOwnerAndName()
    {
        // spec: OBJ-TYPE-3
        var calls = new List<string>();
        PyTypeObject d = Class("D", ("__set_name__", CsMethod("__set_name__", (self, args) =>
        {
            calls.Add($"{((PyTypeObject)args[0]).Name} {((PyUnicodeObject)args[1]).Value}");
            return Py.ReturnNone;
        })));
        PyTypeObject w = Class("W", ("d", Call(d)), ("e", Call(d)), ("plain", Int(5)));
        Assert.That(string.Join("; ", calls), Is.EqualTo("W d; W e"));
        Assert.That(w.Name, Is.EqualTo("W"));
    }

    [Test]
    public void AnErrorInSetNameGetsANote()
    {
        // spec: OBJ-TYPE-3
        PyTypeObject bad = Class("BadSN", ("__set_name__", RaisesIn("__set_name__", PyExc.ValueError, "boom")));
        Assert.That(ClassCall(TypeType, "W4", [], [("b", Call(bad))]), Is.Null);
        PyBaseExceptionObject? exc = PyErr.GetRaisedException();
        Assert.That(exc, Is.Not.Null);
        Keep(exc!);
        Assert.That(PyBaseExceptionObject.FormatExceptionOnly(exc!), Is.EqualTo("ValueError: boom"));
        Assert.That(Repr(Attr(exc!, "__notes__")), Is.EqualTo("[\"Error calling __set_name__ on 'BadSN' instance 'b' in 'W4'\"]"));
    }

    [Test]
    public void InitSubclassReceivesTheClassAndKeywords()
    {
        // spec: OBJ-TYPE-3
        var calls = new List<string>();
        PyObject hook = ClassMethod(CsMethod("__init_subclass__", (cls, args) =>
        {
            calls.Add(((PyTypeObject)cls).Name + " " + Repr(args.Length == 0 ? None : args[0]));
            return Py.ReturnNone;
        }));
        PyTypeObject base2 = Class("Base2", ("__init_subclass__", hook));
        Assert.That(calls, Is.Empty, "a class's own __init_subclass__ is not called for itself");
        Ok(ClassCall(TypeType, "W2", [base2], [], ("x", Int(1))));
        Assert.That(calls, Has.Count.EqualTo(1));
        Assert.That(calls[0], Does.StartWith("W2"));
    }

    [Test]
    public void InitSubclassKeywordsReachAKwargsHook()
    {
        // spec: OBJ-TYPE-3
        string? seen = null;
        PyTypeObject kwBase = Class("KwBase", ("__init_subclass__", ClassMethod(CsMethodKw("__init_subclass__", (cls, args, kwargs) =>
        {
            seen = ((PyTypeObject)cls).Name + " " + (kwargs is null ? "{}" : Repr(kwargs));
            return Py.ReturnNone;
        }))));
        Ok(ClassCall(TypeType, "Child", [kwBase], [], ("x", Int(1)), ("y", S("z"))));
        Assert.That(seen, Is.EqualTo("Child {'x': 1, 'y': 'z'}"));
    }

    [Test]
    public void ObjectsInitSubclassRejectsKeywords()
    {
        // spec: OBJ-TYPE-3
        Assert.That(Raises(ClassCall(TypeType, "W3", [], [], ("x", Int(1)))),
            Is.EqualTo("TypeError: W3.__init_subclass__() takes no keyword arguments"));
        Assert.That(Raises(PyObject.CallMethod(ObjectType, "__init_subclass__", Int(1))),
            Is.EqualTo("TypeError: object.__init_subclass__() takes no arguments (1 given)"));
        PyTypeObject w = Class("W");
        Assert.That(Raises(MethodKw(w, "__init_subclass__", [], ("x", Int(1)))),
            Is.EqualTo("TypeError: W.__init_subclass__() takes no keyword arguments"));
    }

    [Test]
    public void AClassIsCallableAndMakesInstances()
    {
        // spec: OBJ-TYPE-3
        PyTypeObject c = Class("C");
        PyObject inst = Call(c);
        Assert.That(inst.ObType, Is.SameAs(c));
        Assert.That(c.IsHeapType, Is.True);
        Assert.That(c.RefCnt, Is.GreaterThan(1), "instances hold a reference to their class");
    }
}
