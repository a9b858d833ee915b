// OBJ-DICT-1: dict keeps insertion order; subscripts, get, setdefault, pop, popitem, update, copy,
// clear, fromkeys, |, |=, equality and repr behave as CPython 3.14, errors included.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Containers;

[TestFixture]
public sealed class DictTests : ContainerTest
{
    [Test]
    public void ReprShowsItemsInInsertionOrder()
    {
        // spec: OBJ-DICT-1
        PyDictObject d = Dict((Int(1), S("a")), (S("b"), IntList(2)), (IntTuple(3), Dict()));
        Assert.That(Repr(d), Is.EqualTo("{1: 'a', 'b': [2], (3,): {}}"));
        Assert.That(Repr(Dict()), Is.EqualTo("{}"));
    }

    [Test]
    public void ADeletedAndReinsertedKeyMovesToTheEnd()
    {
        // spec: OBJ-DICT-1
        PyDictObject d = IntDict((3, 0), (1, 0));
        DelItem(d, Int(3));
        SetItem(d, Int(3), Int(1));
        Assert.That(Items(d), Is.EqualTo("[1, 3]"));
    }

    [Test]
    public void ReplacingAValueKeepsTheFirstKeyObjectAndItsPosition()
    {
        // spec: OBJ-DICT-1
        PyDictObject d = Dict((Int(1), S("a")), (True, S("b")), (Float(1.0), S("c")));
        Assert.That(Repr(d), Is.EqualTo("{1: 'c'}"));
        PyDictObject e = IntDict((1, 0), (2, 0));
        SetItem(e, Float(1.0), S("x"));
        Assert.That(Repr(e), Is.EqualTo("{1: 'x', 2: 0}"));
    }

    [Test]
    public void OrderSurvivesGrowthAndManyDeletions()
    {
        // spec: OBJ-DICT-1
        PyDictObject d = Dict();
        for (long i = 0; i < 200; i++)
        {
            SetItem(d, Int(i * 7919 % 1000), Int(i));
        }
        for (long i = 0; i < 200; i += 3)
        {
            DelItem(d, Int(i * 7919 % 1000));
        }
        var expected = new List<string>();
        for (long i = 0; i < 200; i++)
        {
            if (i % 3 != 0)
            {
                expected.Add((i * 7919 % 1000).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        Assert.That(Items(d), Is.EqualTo("[" + string.Join(", ", expected) + "]"));
        Assert.That(Len(d), Is.EqualTo(expected.Count));
    }

    [Test]
    public void AMissingKeyRaisesKeyErrorWithTheKeysRepr()
    {
        // spec: OBJ-DICT-1, OBJ-EXC-1
        Assert.That(ItemRaises(Dict(), Int(1)), Is.EqualTo("KeyError: 1"));
        Assert.That(ItemRaises(Dict(), IntTuple(1, 2)), Is.EqualTo("KeyError: (1, 2)"));
        Assert.That(ItemRaises(Dict(), S("k")), Is.EqualTo("KeyError: 'k'"));
        Assert.That(SetItemRaises(Dict(), Int(5), null), Is.EqualTo("KeyError: 5"));
    }

    [Test]
    public void UnhashableKeysFailWithTheDictKeyMessageEverywhere()
    {
        // spec: OBJ-DICT-1, OBJ-HASH-2
        const string Msg = "TypeError: cannot use 'list' as a dict key (unhashable type: 'list')";
        PyObject key = IntList(1);
        Assert.That(ItemRaises(Dict(), key), Is.EqualTo(Msg));
        Assert.That(SetItemRaises(Dict(), key, Int(2)), Is.EqualTo(Msg));
        Assert.That(SetItemRaises(Dict(), key, null), Is.EqualTo(Msg));
        Assert.That(InRaises(key, Dict()), Is.EqualTo(Msg));
        Assert.That(MethodRaises(Dict(), "get", key), Is.EqualTo(Msg));
        Assert.That(MethodRaises(Dict(), "setdefault", key), Is.EqualTo(Msg));
        Assert.That(MethodRaises(IntDict((1, 2)), "pop", key), Is.EqualTo(Msg));
        Assert.That(MethodRaises(Dict(), "__contains__", key), Is.EqualTo(Msg));
        Assert.That(MethodRaises(PyDictObject.Type, "fromkeys", List(key)), Is.EqualTo(Msg));
        Assert.That(MethodRaises(Dict(), "update", List(Tuple(key, Int(2)))), Is.EqualTo(Msg));
        Assert.That(CallRaises(PyDictObject.Type, List(Tuple(key, Int(2)))), Is.EqualTo(Msg));
        Assert.That(Raises(Dict().SetItem(key, Int(2))), Is.EqualTo(Msg));
        Assert.That(Raises(Dict().Contains(key)), Is.EqualTo(Msg));
    }

    [Test]
    public void TheUnhashableMessageNamesTheKeyTypeAndTheHashError()
    {
        // spec: OBJ-DICT-1, OBJ-HASH-2
        Assert.That(ItemRaises(Dict(), Dict()), Is.EqualTo("TypeError: cannot use 'dict' as a dict key (unhashable type: 'dict')"));
        Assert.That(ItemRaises(Dict(), Set()), Is.EqualTo("TypeError: cannot use 'set' as a dict key (unhashable type: 'set')"));
        Assert.That(ItemRaises(Dict(), Tuple(Int(1), IntList(2))), Is.EqualTo("TypeError: cannot use 'tuple' as a dict key (unhashable type: 'list')"));
        PyTypeObject noHash = Class("S", [PyUnicodeObject.Type], ("__hash__", CsMethod("__hash__", (_, _) =>
            PyErr.SetString(PyExc.TypeError, "no hash"))));
        Assert.That(SetItemRaises(Dict(), New(noHash, S("a")), Int(1)), Is.EqualTo("TypeError: cannot use 'S' as a dict key (no hash)"));
        PyTypeObject otherError = Class("H", [], ("__hash__", CsMethod("__hash__", (_, _) =>
            PyErr.SetString(PyExc.ValueError, "bad hash"))));
        Assert.That(SetItemRaises(Dict(), New(otherError), Int(1)), Is.EqualTo("ValueError: bad hash"));
    }

    [Test]
    public void PopOnAnEmptyDictDoesNotHashTheKey()
    {
        // spec: OBJ-DICT-1
        Assert.That(MethodRaises(Dict(), "pop", IntList(1)), Is.EqualTo("KeyError: [1]"));
        Assert.That(Repr(Method(Dict(), "pop", IntList(1), Int(5))), Is.EqualTo("5"));
    }

    [Test]
    public void AStrSubclassKeyUsesItsOwnHash()
    {
        // spec: OBJ-DICT-1, OBJ-TYPE-4
        PyTypeObject s2 = Class("S2", [PyUnicodeObject.Type], ("__hash__", CsMethod("__hash__", (_, _) => PyLongObject.FromLong(42))));
        PyDictObject d = Dict();
        SetItem(d, New(s2, S("a")), Int(1));
        Assert.That(In(S("a"), d), Is.False);
        Assert.That(In(New(s2, S("a")), d), Is.True);
    }

    [Test]
    public void GetReturnsTheValueOrADefault()
    {
        // spec: OBJ-DICT-1
        PyDictObject d = IntDict((1, 2));
        Assert.That(Repr(Method(d, "get", Int(1))), Is.EqualTo("2"));
        Assert.That(Method(d, "get", Int(3)), Is.SameAs(None));
        Assert.That(Repr(Method(d, "get", Int(3), Int(4))), Is.EqualTo("4"));
        Assert.That(MethodRaises(d, "get"), Is.EqualTo("TypeError: get expected at least 1 argument, got 0"));
        Assert.That(MethodRaises(d, "get", Int(1), Int(2), Int(3)), Is.EqualTo("TypeError: get expected at most 2 arguments, got 3"));
    }

    [Test]
    public void SetDefaultInsertsOnlyWhenAbsent()
    {
        // spec: OBJ-DICT-1
        PyDictObject d = Dict();
        Assert.That(Method(d, "setdefault", Int(1)), Is.SameAs(None));
        Assert.That(Repr(Method(d, "setdefault", Int(2), Int(3))), Is.EqualTo("3"));
        Assert.That(Repr(Method(d, "setdefault", Int(2), Int(4))), Is.EqualTo("3"));
        Assert.That(Repr(d), Is.EqualTo("{1: None, 2: 3}"));
        Assert.That(MethodRaises(d, "setdefault"), Is.EqualTo("TypeError: setdefault expected at least 1 argument, got 0"));
    }

    [Test]
    public void PopRemovesAndReturnsTheValue()
    {
        // spec: OBJ-DICT-1
        PyDictObject d = IntDict((1, 2), (3, 4));
        Assert.That(Repr(Method(d, "pop", Int(1))), Is.EqualTo("2"));
        Assert.That(Repr(Method(d, "pop", Int(9), S("x"))), Is.EqualTo("'x'"));
        Assert.That(Repr(d), Is.EqualTo("{3: 4}"));
        Assert.That(MethodRaises(d, "pop", Int(9)), Is.EqualTo("KeyError: 9"));
        Assert.That(MethodRaises(d, "pop"), Is.EqualTo("TypeError: pop expected at least 1 argument, got 0"));
        Assert.That(MethodRaises(d, "pop", Int(1), Int(2), Int(3)), Is.EqualTo("TypeError: pop expected at most 2 arguments, got 3"));
    }

    [Test]
    public void PopItemRemovesTheLastItemAndTheNextInsertTakesItsPlace()
    {
        // spec: OBJ-DICT-1
        PyDictObject d = IntDict((1, 2), (3, 4), (5, 6));
        Assert.That(Repr(Method(d, "popitem")), Is.EqualTo("(5, 6)"));
        Assert.That(Repr(Method(d, "popitem")), Is.EqualTo("(3, 4)"));
        SetItem(d, Int(7), Int(8));
        Assert.That(Repr(d), Is.EqualTo("{1: 2, 7: 8}"));
        Assert.That(Repr(Method(d, "popitem")), Is.EqualTo("(7, 8)"));
        Assert.That(Repr(Method(d, "popitem")), Is.EqualTo("(1, 2)"));
        Assert.That(MethodRaises(d, "popitem"), Is.EqualTo("KeyError: 'popitem(): dictionary is empty'"));
        Assert.That(MethodRaises(d, "popitem", Int(1)), Is.EqualTo("TypeError: dict.popitem() takes no arguments (1 given)"));
    }

    [Test]
    public void PopItemSkipsHolesLeftByDeletions()
    {
        // spec: OBJ-DICT-1
        PyDictObject d = IntDict((1, 1), (2, 2), (3, 3));
        DelItem(d, Int(3));
        DelItem(d, Int(2));
        Assert.That(Repr(Method(d, "popitem")), Is.EqualTo("(1, 1)"));
        SetItem(d, Int(4), Int(4));
        Assert.That(Repr(d), Is.EqualTo("{4: 4}"));
    }

    [Test]
    public void AlternatingInsertsAndPopItemsKeepEmptySlotsInTheTable()
    {
        // spec: OBJ-DICT-1
        // Each popitem leaves a dummy index slot; the room is not reused until the table is rebuilt, so a
        // lookup always reaches an empty slot (found by the dict property: this loop used to never end).
        PyDictObject d = IntDict((-1, -1));
        for (long k = 0; k < 200; k++)
        {
            SetItem(d, Int(k * 37 % 101), Int(k));
            Assert.That(Repr(Method(d, "popitem")), Is.EqualTo($"({k * 37 % 101}, {k})"));
        }
        Assert.That(In(Int(1000), d), Is.False);
        Assert.That(Repr(d), Is.EqualTo("{-1: -1}"));
    }

    [Test]
    public void UpdateAcceptsDictsMappingsPairsAndKeywords()
    {
        // spec: OBJ-DICT-1
        PyDictObject d = Dict();
        Assert.That(MethodKwOk(d, "update", [IntDict((1, 2))], ("a", Int(3))), Is.SameAs(None));
        Method(d, "update", List(IntTuple(4, 5), S("bc")));
        PyTypeObject mapping = Class("M", [],
            ("keys", CsMethod("keys", (_, _) => PyListObject.FromSpan([S("x"), S("y")]))),
            ("__getitem__", CsMethod("__getitem__", (_, args) => PyNumber.Multiply(args[0], Int(2)))));
        Method(d, "update", New(mapping));
        Assert.That(Repr(d), Is.EqualTo("{1: 2, 'a': 3, 4: 5, 'b': 'c', 'x': 'xx', 'y': 'yy'}"));
        Method(d, "update", d);
        Assert.That(Len(d), Is.EqualTo(6));
    }

    [Test]
    public void UpdateErrorsUseCPythonsMessages()
    {
        // spec: OBJ-DICT-1, OBJ-ERR-1
        PyDictObject d = Dict();
        Assert.That(MethodRaises(d, "update", List(IntTuple(1, 2), IntTuple(3))), Is.EqualTo("ValueError: dictionary update sequence element #1 has length 1; 2 is required"));
        Assert.That(MethodRaises(d, "update", List(IntTuple(1, 2, 3))), Is.EqualTo("ValueError: dictionary update sequence element #0 has length 3; 2 is required"));
        Assert.That(MethodRaises(d, "update", Int(1)), Is.EqualTo("TypeError: 'int' object is not iterable"));
        Assert.That(MethodRaises(d, "update", Int(1), Int(2)), Is.EqualTo("TypeError: update expected at most 1 argument, got 2"));
        PyTypeObject badKeys = Class("BadKeys", [], ("keys", CsMethod("keys", (_, _) => PyLongObject.FromLong(5))));
        Assert.That(MethodRaises(d, "update", New(badKeys)), Is.EqualTo("TypeError: BadKeys.keys() returned a non-iterable (type int)"));
        Assert.That(Repr(d), Is.EqualTo("{1: 2}"));
    }

    [Test]
    public void ANonIterablePairFailsWithANoteNamingItsPosition()
    {
        // spec: OBJ-DICT-1, OBJ-EXC-1
        PyDictObject d = Dict();
        Assert.That(PyObject.CallMethod(d, "update", List(IntTuple(1, 2), Int(1))), Is.Null);
        PyBaseExceptionObject exc = Keep(PyErr.GetRaisedException()!);
        Assert.That(PyBaseExceptionObject.FormatExceptionOnly(exc), Is.EqualTo("TypeError: object is not iterable"));
        Assert.That(Repr(Attr(exc, "__notes__")), Is.EqualTo("['Cannot convert dictionary update sequence element #1 to a sequence']"));
        Assert.That(Repr(d), Is.EqualTo("{1: 2}"));
    }

    [Test]
    public void ADictSubclassMergesByItsEntriesUnlessItIteratesItsOwnWay()
    {
        // spec: OBJ-DICT-1
        PyTypeObject ownKeys = Class("DK", [PyDictObject.Type], ("keys", CsMethod("keys", (_, _) => PyListObject.FromSpan([S("zz")]))));
        PyObject dk = New(ownKeys);
        SetItem(dk, S("a"), Int(1));
        PyDictObject d = Dict();
        Method(d, "update", dk);
        Assert.That(Repr(d), Is.EqualTo("{'a': 1}"));
        PyTypeObject ownIter = Class("DI", [PyDictObject.Type],
            ("__iter__", CsMethod("__iter__", (_, _) => PyObject.GetIter(PyListObject.FromSpan([S("x")])))),
            ("keys", CsMethod("keys", (_, _) => PyListObject.FromSpan([S("x")]))),
            ("__getitem__", CsMethod("__getitem__", (_, _) => PyUnicodeObject.FromString("X!"))));
        PyObject di = New(ownIter);
        SetItem(di, S("a"), Int(1));
        PyDictObject e = Dict();
        Method(e, "update", di);
        Assert.That(Repr(e), Is.EqualTo("{'x': 'X!'}"));
    }

    [Test]
    public void ConstructorBuildsFromTheSameSourcesAsUpdate()
    {
        // spec: OBJ-DICT-1
        Assert.That(Repr(MethodKwOk(PyDictObject.Type, "__call__", [], ("a", Int(1)), ("b", Int(2)))), Is.EqualTo("{'a': 1, 'b': 2}"));
        Assert.That(Repr(MethodKwOk(PyDictObject.Type, "__call__", [Dict((S("a"), Int(1)))], ("a", Int(2)), ("c", Int(3)))), Is.EqualTo("{'a': 2, 'c': 3}"));
        Assert.That(Repr(Call(PyDictObject.Type, List(S("ab"), S("cd")))), Is.EqualTo("{'a': 'b', 'c': 'd'}"));
        Assert.That(CallRaises(PyDictObject.Type, Int(1), Int(2)), Is.EqualTo("TypeError: dict expected at most 1 argument, got 2"));
        Assert.That(CallRaises(PyDictObject.Type, Int(1)), Is.EqualTo("TypeError: 'int' object is not iterable"));
        Assert.That(CallRaises(PyDictObject.Type, List(Int(1))), Is.EqualTo("TypeError: object is not iterable"));
        PyDictObject d = IntDict((1, 2));
        MethodKwOk(d, "__init__", [IntDict((5, 6))], ("z", Int(1)));
        Assert.That(Repr(d), Is.EqualTo("{1: 2, 5: 6, 'z': 1}"));
    }

    [Test]
    public void FromKeysBuildsAnInstanceOfTheClass()
    {
        // spec: OBJ-DICT-1
        Assert.That(Repr(Method(PyDictObject.Type, "fromkeys", S("abc"))), Is.EqualTo("{'a': None, 'b': None, 'c': None}"));
        Assert.That(Repr(Method(PyDictObject.Type, "fromkeys", IntList(1, 2), Int(0))), Is.EqualTo("{1: 0, 2: 0}"));
        Assert.That(Repr(Method(IntDict((5, 5)), "fromkeys", IntList(1))), Is.EqualTo("{1: None}"));
        Assert.That(MethodRaises(PyDictObject.Type, "fromkeys"), Is.EqualTo("TypeError: fromkeys expected at least 1 argument, got 0"));
        Assert.That(MethodRaises(PyDictObject.Type, "fromkeys", Int(1), Int(2), Int(3)), Is.EqualTo("TypeError: fromkeys expected at most 2 arguments, got 3"));
        Assert.That(MethodRaises(PyDictObject.Type, "fromkeys", Int(1)), Is.EqualTo("TypeError: 'int' object is not iterable"));
    }

    [Test]
    public void FromKeysOnASubclassUsesItsSetItem()
    {
        // spec: OBJ-DICT-1
        PyTypeObject plain = Class("D", [PyDictObject.Type]);
        PyObject d = Method(plain, "fromkeys", IntList(1, 2));
        Assert.That(d.ObType, Is.SameAs(plain));
        Assert.That(Repr(d), Is.EqualTo("{1: None, 2: None}"));
        PyTypeObject times10 = Class("D2", [PyDictObject.Type], ("__setitem__", CsMethod("__setitem__", (self, args) =>
        {
            PyObject? v = PyNumber.Multiply(args[1], PyLongObject.FromLong(10));
            if (v is null)
            {
                return null;
            }
            int r = ((PyDictObject)self).SetItem(args[0], v);
            v.DecRef();
            return r < 0 ? null : Py.ReturnNone;
        })));
        Assert.That(Repr(Method(times10, "fromkeys", IntList(1, 2), Int(1))), Is.EqualTo("{1: 10, 2: 10}"));
    }

    [Test]
    public void OrMergesIntoANewPlainDict()
    {
        // spec: OBJ-DICT-1
        Assert.That(ReprSteal(PyNumber.Or(IntDict((1, 2), (3, 4)), IntDict((3, 5), (6, 7)))), Is.EqualTo("{1: 2, 3: 5, 6: 7}"));
        PyTypeObject sub = Class("D", [PyDictObject.Type]);
        PyObject d = New(sub, IntDict((1, 2)));
        Assert.That(Ok(PyNumber.Or(d, IntDict((3, 4)))).ObType, Is.SameAs(PyDictObject.Type));
        Assert.That(Ok(PyNumber.Or(IntDict((3, 4)), d)).ObType, Is.SameAs(PyDictObject.Type));
        Assert.That(Raises(PyNumber.Or(IntDict((1, 2)), List(IntTuple(3, 4)))), Is.EqualTo("TypeError: unsupported operand type(s) for |: 'dict' and 'list'"));
        Assert.That(Raises(PyNumber.Or(List(IntTuple(3, 4)), IntDict((1, 2)))), Is.EqualTo("TypeError: unsupported operand type(s) for |: 'list' and 'dict'"));
    }

    [Test]
    public void InPlaceOrUpdatesFromAnyUpdateSource()
    {
        // spec: OBJ-DICT-1, OBJ-NUM-2
        PyDictObject d = IntDict((1, 2));
        Assert.That(Ok(PyNumber.InPlaceOr(d, List(IntTuple(3, 4)))), Is.SameAs(d));
        Assert.That(Repr(d), Is.EqualTo("{1: 2, 3: 4}"));
        Assert.That(Raises(PyNumber.InPlaceOr(d, Int(1))), Is.EqualTo("TypeError: 'int' object is not iterable"));
    }

    [Test]
    public void EqualityComparesItemsRegardlessOfOrder()
    {
        // spec: OBJ-DICT-1, OBJ-CMP-2
        Assert.That(Eq(IntDict((1, 2), (3, 4)), IntDict((3, 4), (1, 2))), Is.True);
        Assert.That(Eq(IntDict((1, 2)), IntDict((1, 3))), Is.False);
        Assert.That(Eq(IntDict((1, 2)), IntDict((2, 2))), Is.False);
        Assert.That(Compare(IntDict((1, 2)), IntDict((1, 2)), CompareOp.Ne), Is.False);
        Assert.That(Eq(IntDict((1, 2)), IntList(1)), Is.False);
        Assert.That(CompareRaises(Dict(), Dict(), CompareOp.Lt), Is.EqualTo("TypeError: '<' not supported between instances of 'dict' and 'dict'"));
        PyObject nan = Float(double.NaN);
        Assert.That(Eq(Dict((Int(1), nan)), Dict((Int(1), nan))), Is.True);
    }

    [Test]
    public void AValueComparisonErrorPropagatesFromEquality()
    {
        // spec: OBJ-DICT-1, OBJ-CMP-2
        PyTypeObject bad = Class("Bad", [], ("__eq__", CsMethod("__eq__", (_, _) => PyErr.SetString(PyExc.RuntimeError, "no eq"))));
        Assert.That(CompareRaises(Dict((Int(1), New(bad))), Dict((Int(1), New(bad))), CompareOp.Eq), Is.EqualTo("RuntimeError: no eq"));
    }

    [Test]
    public void CopyIsShallowAndPlainAndClearEmpties()
    {
        // spec: OBJ-DICT-1
        PyListObject inner = IntList(2);
        PyDictObject d = Dict((Int(1), inner));
        PyObject copy = Method(d, "copy");
        Assert.That(copy, Is.Not.SameAs(d));
        Assert.That(Item(copy, 1), Is.SameAs(inner));
        PyTypeObject sub = Class("D", [PyDictObject.Type]);
        Assert.That(Method(New(sub, d), "copy").ObType, Is.SameAs(PyDictObject.Type));
        Assert.That(Method(d, "clear"), Is.SameAs(None));
        Assert.That(Repr(d), Is.EqualTo("{}"));
        Assert.That(Len(copy), Is.EqualTo(1));
    }

    [Test]
    public void DictsAreUnhashable()
    {
        // spec: OBJ-DICT-1, OBJ-HASH-2
        Assert.That(HashRaises(Dict()), Is.EqualTo("TypeError: unhashable type: 'dict'"));
    }

    [Test]
    public void ReprOfASelfReferencingDictShowsBraces()
    {
        // spec: OBJ-DICT-1, OBJ-REPR-1
        PyDictObject d = IntDict((1, 2));
        SetItem(d, S("self"), d);
        Assert.That(Repr(d), Is.EqualTo("{1: 2, 'self': {...}}"));
        d.Clear();
    }

    [Test]
    public void ReprPropagatesAKeyOrValueReprError()
    {
        // spec: OBJ-DICT-1, OBJ-REPR-1
        PyTypeObject bad = Class("Bad", [],
            ("__repr__", CsMethod("__repr__", (_, _) => PyErr.SetString(PyExc.ValueError, "no repr"))),
            ("__hash__", CsMethod("__hash__", (_, _) => PyLongObject.FromLong(1))));
        Assert.That(Raises(PyObject.Repr(Dict((New(bad), Int(1))))), Is.EqualTo("ValueError: no repr"));
        Assert.That(Raises(PyObject.Repr(Dict((Int(1), New(bad))))), Is.EqualTo("ValueError: no repr"));
    }

    [Test]
    public void MissingIsCalledForAbsentKeysOfASubclass()
    {
        // spec: OBJ-DICT-1
        PyTypeObject m = Class("M", [PyDictObject.Type], ("__missing__", CsMethod("__missing__", (self, args) =>
        {
            PyObject? doubled = PyNumber.Multiply(args[0], PyLongObject.FromLong(2));
            if (doubled is null)
            {
                return null;
            }
            int r = ((PyDictObject)self).SetItem(args[0], doubled);
            doubled.DecRef();
            return r < 0 ? null : PyUnicodeObject.FromString("computed");
        })));
        PyObject d = New(m);
        Assert.That(Repr(Item(d, 3)), Is.EqualTo("'computed'"));
        Assert.That(Repr(Item(d, 3)), Is.EqualTo("6"));
        Assert.That(Method(d, "get", Int(21)), Is.SameAs(None));
        Assert.That(In(Int(21), d), Is.False);
        Assert.That(Repr(Method(d, "pop", Int(5), S("d"))), Is.EqualTo("'d'"));
        Assert.That(Raises(PyObject.GetAttr(Dict(), "__missing__")), Is.EqualTo("AttributeError: 'dict' object has no attribute '__missing__'"));
    }

    [Test]
    public void MissingErrorsPropagate()
    {
        // spec: OBJ-DICT-1
        PyTypeObject raising = Class("M3", [PyDictObject.Type], ("__missing__", CsMethod("__missing__", (_, args) =>
            PyErr.SetKeyError(Keep(PyUnicodeObject.FromString("nope " + Repr(args[0])))))));
        Assert.That(ItemRaises(New(raising), Int(1)), Is.EqualTo("KeyError: 'nope 1'"));
        PyTypeObject none = Class("M2", [PyDictObject.Type], ("__missing__", None));
        Assert.That(ItemRaises(New(none), Int(1)), Is.EqualTo("TypeError: 'NoneType' object is not callable"));
    }
}
