// OBJ-ATTR-3: mappingproxy — the read-only view a class's __dict__ is shown through.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Types;

[TestFixture]
public sealed class MappingProxyTests : ObjectModelTest
{
    private PyObject Proxy() => Call(PyMappingProxyObject.Type, Dict((S("a"), Int(1))));

    [Test]
    public void ReadsGoThroughToTheMapping()
    {
        // spec: OBJ-ATTR-3
        PyObject mp = Proxy();
        Assert.That(AsLong(Ok(PyObject.GetItem(mp, S("a")))), Is.EqualTo(1));
        Assert.That(Raises(PyObject.GetItem(mp, S("b"))), Is.EqualTo("KeyError: 'b'"));
        Assert.That(AsLong(Method(mp, "get", S("b"), Int(5))), Is.EqualTo(5));
        Assert.That(PyObject.Size(mp), Is.EqualTo(1));
        Assert.That(PySequence.Contains(mp, S("a")), Is.EqualTo(1));
        Assert.That(Repr(Ok(PySequence.List(mp))), Is.EqualTo("['a']"));
        Assert.That(Repr(Ok(PySequence.List(Method(mp, "keys")))), Is.EqualTo("['a']"));
        Assert.That(Repr(Ok(PySequence.List(Method(mp, "values")))), Is.EqualTo("[1]"));
        Assert.That(Repr(Ok(PySequence.List(Method(mp, "items")))), Is.EqualTo("[('a', 1)]"));
        Assert.That(Repr(Ok(PySequence.List(Method(mp, "__reversed__")))), Is.EqualTo("['a']"));
        Assert.That(Repr(Method(mp, "copy")), Is.EqualTo("{'a': 1}"));
    }

    [Test]
    public void ReprStrAndEquality()
    {
        // spec: OBJ-ATTR-3
        PyObject mp = Proxy();
        Assert.That(Repr(mp), Is.EqualTo("mappingproxy({'a': 1})"));
        Assert.That(Str(mp), Is.EqualTo("{'a': 1}"));
        Assert.That(Truth(PyObject.RichCompareBool(mp, Dict((S("a"), Int(1))), CompareOp.Eq)), Is.True);
        Assert.That(Raises(PyObject.Hash(mp)), Is.EqualTo("TypeError: unhashable type: 'dict'"));
    }

    [Test]
    public void UnionMakesADict()
    {
        // spec: OBJ-ATTR-3
        PyObject mp = Proxy();
        Assert.That(Repr(Ok(PyNumber.Or(mp, Dict((S("b"), Int(2)))))), Is.EqualTo("{'a': 1, 'b': 2}"));
        Assert.That(Repr(Ok(PyNumber.Or(Dict((S("b"), Int(2))), mp))), Is.EqualTo("{'b': 2, 'a': 1}"));
        Assert.That(Raises(PyNumber.InPlaceOr(mp, Dict())), Is.EqualTo("TypeError: '|=' is not supported by mappingproxy; use '|' instead"));
        Assert.That(MethodRaises(mp, "__ior__", Dict()), Is.EqualTo("TypeError: '|=' is not supported by mappingproxy; use '|' instead"));
    }

    [Test]
    public void WritesAreRefused()
    {
        // spec: OBJ-ATTR-3
        PyObject mp = Proxy();
        Assert.That(Raises(PyObject.SetItem(mp, S("a"), Int(2))), Is.EqualTo("TypeError: 'mappingproxy' object does not support item assignment"));
        Assert.That(Raises(PyObject.DelItem(mp, S("a"))), Is.EqualTo("TypeError: 'mappingproxy' object does not support item deletion"));
        Assert.That(SetAttrRaises(mp, "x", Int(1)), Is.EqualTo("AttributeError: 'mappingproxy' object has no attribute 'x' and no __dict__ for setting new attributes"));
    }

    [Test]
    public void ConstructorErrors()
    {
        // spec: OBJ-ATTR-3, OBJ-ERR-1
        Assert.That(CallRaises(PyMappingProxyObject.Type, List()), Is.EqualTo("TypeError: mappingproxy() argument must be a mapping, not list"));
        Assert.That(CallRaises(PyMappingProxyObject.Type, Int(1)), Is.EqualTo("TypeError: mappingproxy() argument must be a mapping, not int"));
        Assert.That(CallRaises(PyMappingProxyObject.Type), Is.EqualTo("TypeError: mappingproxy() missing required argument 'mapping' (pos 1)"));
        Assert.That(CallRaises(PyMappingProxyObject.Type, Dict(), Dict()), Is.EqualTo("TypeError: mappingproxy() takes at most 1 argument (2 given)"));
        PyTupleObject kw = (PyTupleObject)Tuple(S("mapping"));
        Assert.That(Repr(Ok(PyObject.Vectorcall(PyMappingProxyObject.Type, [Dict()], kw))), Is.EqualTo("mappingproxy({})"));
    }

    [Test]
    public void AProxyOfItselfIsCollected()
    {
        // spec: OBJ-GC-1
        PyDictObject d = PyDictObject.New();
        PyObject mp = PyMappingProxyObject.New(d);
        PyObject key = PyUnicodeObject.FromString("me");
        d.SetItem(key, mp);
        key.DecRef();
        mp.DecRef();
        d.DecRef();
        Interp.Gc.Collect();
        Assert.That(d.IsDead && mp.IsDead, Is.True);
    }
}
