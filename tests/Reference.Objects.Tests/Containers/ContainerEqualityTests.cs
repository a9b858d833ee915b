// OBJ-CMP-2 and OBJ-HASH-2 across the containers: identity implies equality inside every container
// (so a NaN is found in a list holding that very NaN), nested containers compare item by item,
// equal hashable keys find each other whatever their type, and the mutable containers and views
// are unhashable, as CPython 3.14.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Containers;

[TestFixture]
public sealed class ContainerEqualityTests : ContainerTest
{
    [Test]
    public void IdentityImpliesEqualityInsideEveryContainer()
    {
        // spec: OBJ-CMP-2
        PyObject nan = Float(double.NaN);
        Assert.That(Ok(PyObject.RichCompare(nan, nan, CompareOp.Eq)), Is.SameAs(False), "nan == nan is False");
        Assert.That(Eq(List(nan), List(nan)), Is.True);
        Assert.That(In(nan, List(nan)), Is.True);
        Assert.That(Repr(Method(List(nan), "count", nan)), Is.EqualTo("1"));
        Assert.That(Repr(Method(List(nan), "index", nan)), Is.EqualTo("0"));
        Assert.That(Eq(Tuple(nan), Tuple(nan)), Is.True);
        Assert.That(In(nan, Set(nan)), Is.True);
        Assert.That(Eq(Dict((Int(1), nan)), Dict((Int(1), nan))), Is.True);
        Assert.That(In(nan, Dict((nan, Int(1)))), Is.True);
        Assert.That(Eq(List(List(nan)), List(List(nan))), Is.True);
        Assert.That(Eq(Set(nan), Set(nan)), Is.True);
    }

    [Test]
    public void NestedContainersCompareItemByItem()
    {
        // spec: OBJ-CMP-2
        Assert.That(Compare(List(IntList(1, 2), IntList(3)), List(IntList(1, 2), IntList(4)), CompareOp.Lt), Is.True);
        Assert.That(Eq(List(Tuple(Int(1), IntList(2))), List(Tuple(Int(1), IntList(2)))), Is.True);
        PyObject a = Dict((Int(1), List(Int(1), Dict((Int(2), IntTuple(3))))));
        PyObject b = Dict((Int(1), List(Int(1), Dict((Int(2), IntTuple(3))))));
        Assert.That(Eq(a, b), Is.True);
        Assert.That(Eq(IntList(1, 2), List(Float(1.0), True)), Is.False);
        Assert.That(Eq(IntList(1, 1), List(Float(1.0), True)), Is.True);
    }

    [Test]
    public void ComparingSelfContainingListsHitsTheRecursionLimit()
    {
        // spec: OBJ-CMP-2, OBJ-ERR-2
        PyListObject a = IntList(), b = IntList();
        Ok(a.Append(a));
        Ok(b.Append(b));
        Assert.That(CompareRaises(a, b, CompareOp.Eq), Is.EqualTo("RecursionError: maximum recursion depth exceeded in comparison"));
        a.Clear();
        b.Clear();
    }

    [Test]
    public void EqualHashableKeysFindEachOtherAcrossTypes()
    {
        // spec: OBJ-HASH-3, OBJ-CMP-2
        Assert.That(Repr(Item(Dict((Int(1), S("a"))), Float(1.0))), Is.EqualTo("'a'"));
        Assert.That(Repr(Item(Dict((Int(1), S("a"))), True)), Is.EqualTo("'a'"));
        Assert.That(Repr(Item(Dict((Tuple(Int(1), IntTuple(2, 3)), S("t"))), Tuple(Float(1.0), Tuple(Int(2), Float(3.0))))), Is.EqualTo("'t'"));
        Assert.That(Repr(Item(Dict((IntFrozenSet(1), S("f"))), Call(PySetObject.FrozenSetType, IntList(1)))), Is.EqualTo("'f'"));
        Assert.That(Repr(Item(Dict((Range(0), S("e"))), Range(2, 2))), Is.EqualTo("'e'"));
        Assert.That(Repr(Item(Dict((Slice(null, 1), Int(2))), Slice(null, 1))), Is.EqualTo("2"));
        Assert.That(In(Float(2.0), IntSet(1, 2)), Is.True);
    }

    [Test]
    public void MutableContainersAndSetLikeViewsAreUnhashable()
    {
        // spec: OBJ-HASH-2
        Assert.That(HashRaises(IntList()), Is.EqualTo("TypeError: unhashable type: 'list'"));
        Assert.That(HashRaises(Dict()), Is.EqualTo("TypeError: unhashable type: 'dict'"));
        Assert.That(HashRaises(IntSet()), Is.EqualTo("TypeError: unhashable type: 'set'"));
        Assert.That(HashRaises(Method(Dict(), "keys")), Is.EqualTo("TypeError: unhashable type: 'dict_keys'"));
        Assert.That(HashRaises(Method(Dict(), "items")), Is.EqualTo("TypeError: unhashable type: 'dict_items'"));
        PyObject values = Method(Dict(), "values");
        Assert.That(HashOf(values), Is.EqualTo(PyObject.HashPointer(values)), "values views hash by identity");
    }

    [Test]
    public void UnhashableKeysNameTheContainerInTheirMessage()
    {
        // spec: OBJ-HASH-2
        Assert.That(SetItemRaises(Dict(), IntList(), Int(1)), Is.EqualTo("TypeError: cannot use 'list' as a dict key (unhashable type: 'list')"));
        Assert.That(Raises(IntSet().Add(IntList())), Is.EqualTo("TypeError: cannot use 'list' as a set element (unhashable type: 'list')"));
        Assert.That(HashRaises(IntList()), Is.EqualTo("TypeError: unhashable type: 'list'"));
    }
}
