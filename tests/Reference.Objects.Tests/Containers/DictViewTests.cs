// OBJ-DICT-2: keys(), values() and items() are live views; keys and items views are set-like
// (set operations, comparisons, isdisjoint), and every view has `mapping`. As CPython 3.14, with
// the resulting set orders from 64-bit CPython 3.13.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Containers;

[TestFixture]
public sealed class DictViewTests : ContainerTest
{
    private PyDictObject Abc() => Dict((Int(1), S("a")), (Int(2), S("b")), (Int(3), S("c")));

    private PyObject Keys(PyObject d) => Method(d, "keys");

    private PyObject Values(PyObject d) => Method(d, "values");

    private PyObject ItemsView(PyObject d) => Method(d, "items");

    [Test]
    public void ViewsPrintTheirTypeAndItems()
    {
        // spec: OBJ-DICT-2
        PyDictObject d = Abc();
        Assert.That(Repr(Keys(d)), Is.EqualTo("dict_keys([1, 2, 3])"));
        Assert.That(Repr(Values(d)), Is.EqualTo("dict_values(['a', 'b', 'c'])"));
        Assert.That(Repr(ItemsView(d)), Is.EqualTo("dict_items([(1, 'a'), (2, 'b'), (3, 'c')])"));
        Assert.That(Repr(Keys(Dict())), Is.EqualTo("dict_keys([])"));
        Assert.That(Keys(d).ObType.Name, Is.EqualTo("dict_keys"));
        Assert.That(CallRaises(Keys(d).ObType), Is.EqualTo("TypeError: cannot create 'dict_keys' instances"));
    }

    [Test]
    public void ViewsFollowTheirDict()
    {
        // spec: OBJ-DICT-2
        PyDictObject d = Abc();
        PyObject k = Keys(d), v = Values(d), i = ItemsView(d);
        SetItem(d, Int(4), S("d"));
        Assert.That(Len(k), Is.EqualTo(4));
        Assert.That(Items(v), Is.EqualTo("['a', 'b', 'c', 'd']"));
        Assert.That(In(Tuple(Int(4), S("d")), i), Is.True);
        DelItem(d, Int(4));
        Assert.That(Len(i), Is.EqualTo(3));
        Assert.That(Len(v), Is.EqualTo(3));
    }

    [Test]
    public void ASelfReferencingViewPrintsDots()
    {
        // spec: OBJ-DICT-2, OBJ-REPR-1
        PyDictObject d = Dict();
        SetItem(d, S("v"), Values(d));
        Assert.That(Repr(d), Is.EqualTo("{'v': dict_values([...])}"));
        PyDictObject e = Dict();
        SetItem(e, S("v"), ItemsView(e));
        Assert.That(Repr(e), Is.EqualTo("{'v': dict_items([('v', ...)])}"));
        d.Clear();
        e.Clear();
    }

    [Test]
    public void ReversedViewsWalkBackwards()
    {
        // spec: OBJ-DICT-2, OBJ-ITER-1
        PyDictObject d = Abc();
        Assert.That(Items(Method(Keys(d), "__reversed__")), Is.EqualTo("[3, 2, 1]"));
        Assert.That(Items(Method(Values(d), "__reversed__")), Is.EqualTo("['c', 'b', 'a']"));
        Assert.That(Items(Method(ItemsView(d), "__reversed__")), Is.EqualTo("[(3, 'c'), (2, 'b'), (1, 'a')]"));
        Assert.That(Items(Method(d, "__reversed__")), Is.EqualTo("[3, 2, 1]"));
        Assert.That(Method(ItemsView(d), "__reversed__").ObType.Name, Is.EqualTo("dict_reverseitemiterator"));
        Assert.That(Iter(Values(d)).ObType.Name, Is.EqualTo("dict_valueiterator"));
    }

    [Test]
    public void KeysViewsCombineWithSetsAndIterables()
    {
        // spec: OBJ-DICT-2, OBJ-SET-2
        PyObject k = Keys(Abc());
        Assert.That(ReprSteal(PyNumber.And(k, IntSet(2, 3, 9))), Is.EqualTo("{2, 3}"));
        Assert.That(ReprSteal(PyNumber.And(IntSet(2, 3, 9), k)), Is.EqualTo("{2, 3}"));
        Assert.That(ReprSteal(PyNumber.Or(k, IntSet(9))), Is.EqualTo("{1, 2, 3, 9}"));
        Assert.That(ReprSteal(PyNumber.Or(IntList(9, 1), k)), Is.EqualTo("{9, 2, 3, 1}"));
        Assert.That(ReprSteal(PyNumber.Xor(k, IntSet(1, 9))), Is.EqualTo("{9, 2, 3}"));
        Assert.That(ReprSteal(PyNumber.Xor(IntSet(1, 9), k)), Is.EqualTo("{2, 3, 9}"));
        Assert.That(ReprSteal(PyNumber.Subtract(k, IntSet(1))), Is.EqualTo("{2, 3}"));
        Assert.That(ReprSteal(PyNumber.Subtract(IntSet(1, 9), k)), Is.EqualTo("{9}"));
        Assert.That(ReprSteal(PyNumber.Subtract(IntList(1, 9), k)), Is.EqualTo("{9}"));
        Assert.That(ReprSteal(PyNumber.And(k, Keys(IntDict((3, 0), (4, 0))))), Is.EqualTo("{3}"));
        Assert.That(ReprSteal(PyNumber.Subtract(k, k)), Is.EqualTo("set()"));
        Assert.That(ReprSteal(PyNumber.And(k, k)), Is.EqualTo("{1, 2, 3}"));
    }

    [Test]
    public void TheLeftOperandDecidesTheInsertionOrderOfTheResult()
    {
        // spec: OBJ-DICT-2, OBJ-SET-1
        // 9 and 1 share a slot in an 8-slot table: whichever is added first comes first.
        PyObject k = Keys(IntDict((1, 0)));
        Assert.That(ReprSteal(PyNumber.Or(IntList(9, 1), k)), Is.EqualTo("{9, 1}"));
        Assert.That(ReprSteal(PyNumber.And(IntList(9, 1), Keys(IntDict((1, 0), (9, 0))))), Is.EqualTo("{9, 1}"));
        Assert.That(ReprSteal(PyNumber.Or(k, IntList(9))), Is.EqualTo("{1, 9}"));
    }

    [Test]
    public void ItemsViewsCombineAsSetsOfPairs()
    {
        // spec: OBJ-DICT-2, OBJ-SET-2
        PyObject i = ItemsView(Abc());
        Assert.That(ReprSteal(PyNumber.And(i, Set(Tuple(Int(1), S("a")), Tuple(Int(2), S("x"))))), Is.EqualTo("{(1, 'a')}"));
        Assert.That(ReprSteal(PyNumber.Subtract(i, Set(Tuple(Int(1), S("a"))))), Does.Contain("(2, 'b')").And.Contain("(3, 'c')"));
        PyObject other = ItemsView(Dict((Int(1), S("a")), (Int(7), S("g"))));
        PyObject xor = Ok(PyNumber.Xor(i, other));
        Assert.That(Len(xor), Is.EqualTo(3));
        Assert.That(In(Tuple(Int(7), S("g")), xor) && In(Tuple(Int(2), S("b")), xor) && In(Tuple(Int(3), S("c")), xor), Is.True);
        Assert.That(In(Tuple(Int(1), S("a")), xor), Is.False);
        PyObject changed = ItemsView(Dict((Int(1), S("z"))));
        Assert.That(Len(Ok(PyNumber.Xor(i, changed))), Is.EqualTo(4));
    }

    [Test]
    public void ItemsXorOfIntPairsHasCPythonsOrder()
    {
        // spec: OBJ-DICT-2, OBJ-SET-1
        PyObject a = ItemsView(IntDict((1, 1), (2, 2), (3, 3)));
        PyObject b = ItemsView(IntDict((1, 1), (7, 7), (3, 4)));
        Assert.That(ReprSteal(PyNumber.Xor(a, b)), Is.EqualTo("{(3, 3), (7, 7), (3, 4), (2, 2)}"));
    }

    [Test]
    public void SetOperationsWithANonIterableOrValuesFail()
    {
        // spec: OBJ-DICT-2, OBJ-ERR-1
        PyObject k = Keys(Abc());
        Assert.That(Raises(PyNumber.And(k, Int(1))), Is.EqualTo("TypeError: 'int' object is not iterable"));
        Assert.That(Raises(PyNumber.Or(k, Int(1))), Is.EqualTo("TypeError: 'int' object is not iterable"));
        Assert.That(Raises(PyNumber.Subtract(k, Int(1))), Is.EqualTo("TypeError: 'int' object is not iterable"));
        Assert.That(Raises(PyNumber.Xor(k, Int(1))), Is.EqualTo("TypeError: 'int' object is not iterable"));
        Assert.That(Raises(PyNumber.And(Values(Abc()), IntSet(1))), Is.EqualTo("TypeError: unsupported operand type(s) for &: 'dict_values' and 'set'"));
        Assert.That(Raises(PyNumber.And(k, List(IntList(1)))), Is.EqualTo("TypeError: cannot use 'list' as a dict key (unhashable type: 'list')"));
        Assert.That(Raises(PyNumber.Or(ItemsView(Abc()), List(Tuple(Int(1), IntList(2))))), Is.EqualTo("TypeError: cannot use 'tuple' as a set element (unhashable type: 'list')"));
        Assert.That(Repr(Ok(PyNumber.And(ItemsView(Abc()), List(Tuple(Int(1), IntList(2)))))), Is.EqualTo("set()"));
    }

    [Test]
    public void ViewsCompareAsSets()
    {
        // spec: OBJ-DICT-2, OBJ-CMP-2
        PyObject k = Keys(Abc());
        Assert.That(Eq(k, IntSet(1, 2, 3)), Is.True);
        Assert.That(Eq(k, IntSet(1, 2)), Is.False);
        Assert.That(Compare(k, IntSet(1, 2, 3), CompareOp.Ne), Is.False);
        Assert.That(Eq(k, IntList(1, 2, 3)), Is.False);
        Assert.That(Eq(k, IntFrozenSet(1, 2, 3)), Is.True);
        Assert.That(Compare(k, IntSet(1, 2, 3, 4), CompareOp.Lt), Is.True);
        Assert.That(Compare(k, IntSet(1, 2, 3), CompareOp.Le), Is.True);
        Assert.That(Compare(k, IntSet(1), CompareOp.Gt), Is.True);
        Assert.That(Compare(k, IntSet(1, 2, 3), CompareOp.Ge), Is.True);
        Assert.That(Compare(k, IntSet(1, 2, 3), CompareOp.Lt), Is.False);
        Assert.That(Compare(k, IntSet(1, 5), CompareOp.Gt), Is.False);
        Assert.That(Eq(k, Keys(IntDict((3, 0), (2, 0), (1, 0)))), Is.True);
        Assert.That(Compare(k, Keys(IntDict((1, 0), (2, 0), (3, 0), (4, 0))), CompareOp.Lt), Is.True);
        Assert.That(Eq(Keys(IntDict((1, 2))), ItemsView(IntDict((1, 2)))), Is.False);
        PyObject i = ItemsView(Abc());
        Assert.That(Eq(i, Set(Tuple(Int(1), S("a")), Tuple(Int(2), S("b")), Tuple(Int(3), S("c")))), Is.True);
        Assert.That(CompareRaises(k, IntList(1), CompareOp.Lt), Is.EqualTo("TypeError: '<' not supported between instances of 'dict_keys' and 'list'"));
    }

    [Test]
    public void ValuesViewsCompareByIdentityOnly()
    {
        // spec: OBJ-DICT-2, OBJ-CMP-1
        PyDictObject d = Abc();
        PyObject v = Values(d);
        Assert.That(Eq(v, v), Is.True);
        Assert.That(Eq(Values(d), Values(d)), Is.False);
    }

    [Test]
    public void ContainsChecksKeysOrPairs()
    {
        // spec: OBJ-DICT-2
        PyDictObject d = Abc();
        PyObject i = ItemsView(d);
        Assert.That(In(Tuple(Int(1), S("a")), i), Is.True);
        Assert.That(In(Tuple(Int(1), S("b")), i), Is.False);
        Assert.That(In(Int(1), i), Is.False);
        Assert.That(In(IntTuple(1), i), Is.False);
        Assert.That(In(Tuple(Int(1), S("a"), Int(3)), i), Is.False);
        Assert.That(InRaises(Tuple(IntList(1), Int(2)), i), Is.EqualTo("TypeError: cannot use 'list' as a dict key (unhashable type: 'list')"));
        Assert.That(InRaises(IntList(1), Keys(d)), Is.EqualTo("TypeError: cannot use 'list' as a dict key (unhashable type: 'list')"));
        Assert.That(In(S("a"), Values(d)), Is.True);
        Assert.That(In(S("z"), Values(d)), Is.False);
    }

    [Test]
    public void IsDisjointIteratesTheSmallerSide()
    {
        // spec: OBJ-DICT-2
        PyDictObject d = Abc();
        PyObject k = Keys(d);
        Assert.That(Method(k, "isdisjoint", IntList(4, 5)), Is.SameAs(True));
        Assert.That(Method(k, "isdisjoint", IntList(3)), Is.SameAs(False));
        Assert.That(Method(ItemsView(d), "isdisjoint", List(Tuple(Int(1), S("a")))), Is.SameAs(False));
        Assert.That(Method(k, "isdisjoint", k), Is.SameAs(False));
        PyObject empty = Keys(Dict());
        Assert.That(Method(empty, "isdisjoint", empty), Is.SameAs(True));
        Assert.That(Method(k, "isdisjoint", IntSet(7, 8, 9, 10)), Is.SameAs(True));
        Assert.That(Method(k, "isdisjoint", Keys(IntDict((3, 0), (4, 0), (5, 0), (6, 0)))), Is.SameAs(False));
        Assert.That(MethodRaises(k, "isdisjoint", Int(1)), Is.EqualTo("TypeError: 'int' object is not iterable"));
        Assert.That(MethodRaises(Values(d), "isdisjoint", IntList()), Is.EqualTo("AttributeError: 'dict_values' object has no attribute 'isdisjoint'"));
        // A larger set is probed with the view's own items, which must then be hashable.
        PyObject withList = ItemsView(Dict((Int(1), IntList(2))));
        Assert.That(MethodRaises(withList, "isdisjoint", Set(IntTuple(1, 2), IntTuple(3, 4))), Is.EqualTo("TypeError: cannot use 'tuple' as a set element (unhashable type: 'list')"));
    }

    [Test]
    public void MappingIsAReadOnlyProxyOfTheDict()
    {
        // spec: OBJ-DICT-2, OBJ-ATTR-3
        PyDictObject d = Abc();
        PyObject mapping = Attr(Keys(d), "mapping");
        Assert.That(Repr(mapping), Is.EqualTo("mappingproxy({1: 'a', 2: 'b', 3: 'c'})"));
        Assert.That(Repr(Item(mapping, 1)), Is.EqualTo("'a'"));
        Assert.That(Eq(Attr(Values(d), "mapping"), d), Is.True);
        Assert.That(Repr(Attr(ItemsView(d), "mapping")), Does.StartWith("mappingproxy("));
        Assert.That(Raises(PyObject.SetAttr(Keys(d), "mapping", Dict())), Is.EqualTo("AttributeError: attribute 'mapping' of 'dict_keys' objects is not writable"));
    }

    [Test]
    public void ViewsAreUnhashable()
    {
        // spec: OBJ-DICT-2, OBJ-HASH-2
        Assert.That(HashRaises(Keys(Abc())), Is.EqualTo("TypeError: unhashable type: 'dict_keys'"));
    }
}
