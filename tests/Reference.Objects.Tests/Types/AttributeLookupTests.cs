// OBJ-ATTR-1, OBJ-ATTR-2, OBJ-ATTR-4: the generic attribute protocol and its errors.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Types;

[TestFixture]
public sealed class AttributeLookupTests : ObjectModelTest
{
    [Test]
    public void AMissingAttributeSetsNameAndObj()
    {
        // spec: OBJ-ATTR-1
        PyTypeObject c = Class("C");
        PyObject x = Call(c);
        Assert.That(PyObject.GetAttr(x, "nope"), Is.Null);
        PyBaseExceptionObject exc = Keep(PyErr.GetRaisedException()!);
        Assert.That(PyBaseExceptionObject.FormatExceptionOnly(exc), Is.EqualTo("AttributeError: 'C' object has no attribute 'nope'"));
        Assert.That(Str(Attr(exc, "name")), Is.EqualTo("nope"));
        Assert.That(Attr(exc, "obj"), Is.SameAs(x));
    }

    [Test]
    public void SettingOnAnObjectWithoutDictSetsNameAndObj()
    {
        // spec: OBJ-ATTR-2
        PyObject o = Call(ObjectType);
        Assert.That(PyObject.SetAttr(o, "x", Int(1)), Is.EqualTo(-1));
        PyBaseExceptionObject exc = Keep(PyErr.GetRaisedException()!);
        Assert.That(PyBaseExceptionObject.FormatExceptionOnly(exc),
            Is.EqualTo("AttributeError: 'object' object has no attribute 'x' and no __dict__ for setting new attributes"));
        Assert.That(Str(Attr(exc, "name")), Is.EqualTo("x"));
        Assert.That(Attr(exc, "obj"), Is.SameAs(o));
    }

    [Test]
    public void ReadOnlyAndMissingAttributesOfBuiltins()
    {
        // spec: OBJ-ATTR-2
        Assert.That(SetAttrRaises(Int(1), "x", Int(2)), Is.EqualTo("AttributeError: 'int' object has no attribute 'x' and no __dict__ for setting new attributes"));
        Assert.That(SetAttrRaises(Int(1), "bit_length", Int(2)), Is.EqualTo("AttributeError: 'int' object attribute 'bit_length' is read-only"));
        Assert.That(AttrRaises(Int(1), "__dict__"), Is.EqualTo("AttributeError: 'int' object has no attribute '__dict__'"));
        PyTypeObject c = Class("C");
        Assert.That(SetAttrRaises(Call(c), "zz", null), Is.EqualTo("AttributeError: 'C' object has no attribute 'zz'"));
    }

    [Test]
    public void AttributeNamesMustBeStrings()
    {
        // spec: OBJ-ATTR-4
        Assert.That(Raises(PyObject.GetAttr(Int(1), Int(2))), Is.EqualTo("TypeError: attribute name must be string, not 'int'"));
        Assert.That(Raises(PyObject.SetAttr(Call(Class("C")), Int(2), Int(1))), Is.EqualTo("TypeError: attribute name must be string, not 'int'"));
        Assert.That(Raises(PyObject.DelAttr(Call(Class("C")), Float(1.5))), Is.EqualTo("TypeError: attribute name must be string, not 'float'"));
        Assert.That(MethodRaises(ObjectType, "__setattr__", Call(Class("C")), Int(1), Int(2)), Is.EqualTo("TypeError: attribute name must be string, not 'int'"));
        Assert.That(MethodRaises(ObjectType, "__delattr__", Call(Class("C")), Int(1)), Is.EqualTo("TypeError: attribute name must be string, not 'int'"));
    }

    [Test]
    public void DataDescriptorsBeatTheInstanceDictWhichBeatsNonData()
    {
        // spec: OBJ-ATTR-1
        PyTypeObject c = Class("C", ("p", Call(PyPropertyObject.Type, ReturnsStr("get", "prop"))),
            ("m", ReturnsStr("m", "method")), ("plain", S("class")));
        PyObject x = Call(c);
        PyObject dict = Attr(x, "__dict__");
        Ok(PyObject.SetItem(dict, S("p"), S("inst")));
        Ok(PyObject.SetItem(dict, S("m"), S("inst")));
        Ok(PyObject.SetItem(dict, S("plain"), S("inst")));
        Assert.That(Str(Attr(x, "p")) + " " + Str(Attr(x, "m")) + " " + Str(Attr(x, "plain")), Is.EqualTo("prop inst inst"));
        Assert.That(Str(Attr(c, "plain")), Is.EqualTo("class"));
    }

    [Test]
    public void InstanceAttributesLiveInTheDict()
    {
        // spec: OBJ-ATTR-1, OBJ-ATTR-2
        PyTypeObject c = Class("C", ("shared", Int(1)));
        PyObject x = Call(c);
        SetAttr(x, "shared", Int(2));
        Assert.That(AsLong(Attr(x, "shared")) * 10 + AsLong(Attr(c, "shared")), Is.EqualTo(21));
        DelAttr(x, "shared");
        Assert.That(AsLong(Attr(x, "shared")), Is.EqualTo(1), "the class attribute shows again");
        Assert.That(Repr(Attr(x, "__dict__")), Is.EqualTo("{}"));
        SetAttr(x, "__dict__", Dict((S("a"), Int(3))));
        Assert.That(AsLong(Attr(x, "a")), Is.EqualTo(3));
        Assert.That(SetAttrRaises(x, "__dict__", List()), Is.EqualTo("TypeError: __dict__ must be set to a dictionary, not a 'list'"));
    }

    [Test]
    public void GetOptionalAttrAndHasAttr()
    {
        // spec: OBJ-ATTR-1
        PyTypeObject c = Class("C", ("x", Int(1)));
        Assert.That(PyObject.HasAttr(Call(c), (PyUnicodeObject)S("x")), Is.EqualTo(1));
        Assert.That(PyObject.HasAttr(Call(c), (PyUnicodeObject)S("y")), Is.EqualTo(0));
        Assert.That(PyErr.Occurred(), Is.False);
        PyTypeObject boom = Class("Boom", ("__getattr__", RaisesIn("__getattr__", PyExc.ValueError, "boom")));
        Assert.That(Raises(PyObject.HasAttr(Call(boom), (PyUnicodeObject)S("y"))), Is.EqualTo("ValueError: boom"));
        PyTypeObject prop = Class("P", ("x", Call(PyPropertyObject.Type, RaisesIn("get", PyExc.AttributeError, "inner"))));
        Assert.That(PyObject.HasAttr(Call(prop), (PyUnicodeObject)S("x")), Is.EqualTo(0), "an AttributeError from a getter means missing");
    }

    [Test]
    public void CallMethodUsesTheTypesMethodUnlessShadowed()
    {
        // spec: OBJ-ATTR-1
        PyTypeObject c = Class("C", ("m", ReturnsStr("m", "from class")));
        PyObject x = Call(c);
        Assert.That(Str(Method(x, "m")), Is.EqualTo("from class"));
        SetAttr(x, "m", Attr(S("shadow"), "upper"));
        Assert.That(Str(Method(x, "m")), Is.EqualTo("SHADOW"));
        Assert.That(MethodRaises(x, "nope"), Is.EqualTo("AttributeError: 'C' object has no attribute 'nope'"));
    }
}
