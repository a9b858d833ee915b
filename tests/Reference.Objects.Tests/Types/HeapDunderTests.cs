// OBJ-TYPE-4: the slots of a class defined at run time call its dunder methods.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Types;

[TestFixture]
public sealed class HeapDunderTests : ObjectModelTest
{
    [Test]
    public void ReprAndStrCallTheDunders()
    {
        // spec: OBJ-TYPE-4
        PyTypeObject r = Class("R", ("__repr__", ReturnsStr("__repr__", "R-repr")));
        PyObject inst = Call(r);
        Assert.That(Repr(inst), Is.EqualTo("R-repr"));
        Assert.That(Str(inst), Is.EqualTo("R-repr"), "object.__str__ falls back to repr");
        PyTypeObject s = Class("St", ("__str__", ReturnsStr("__str__", "S-str")));
        Assert.That(Str(Call(s)), Does.Match("^S-str$"));
        Assert.That(Repr(Call(s)), Does.StartWith("<St object at 0x"));
    }

    [Test]
    public void ReprAndStrMustReturnStrings()
    {
        // spec: OBJ-TYPE-4
        PyTypeObject r = Class("R", ("__repr__", Returns("__repr__", Int(5))), ("__str__", Returns("__str__", Int(5))));
        PyObject inst = Call(r);
        Assert.That(Raises(PyObject.Repr(inst)), Is.EqualTo("TypeError: __repr__ returned non-string (type int)"));
        Assert.That(Raises(PyObject.Str(inst)), Is.EqualTo("TypeError: __str__ returned non-string (type int)"));
    }

    [Test]
    public void HashNoneMakesInstancesUnhashable()
    {
        // spec: OBJ-TYPE-4, OBJ-HASH-2
        PyTypeObject h = Class("H", ("__hash__", None));
        Assert.That(Raises(PyObject.Hash(Call(h))), Is.EqualTo("TypeError: unhashable type: 'H'"));
    }

    [Test]
    public void DefiningOnlyEqMakesAClassAndItsSubclassesUnhashable()
    {
        // spec: OBJ-TYPE-4, OBJ-TYPE-1
        PyTypeObject q = Class("Q", ("__eq__", Returns("__eq__", True)));
        Assert.That(Raises(PyObject.Hash(Call(q))), Is.EqualTo("TypeError: unhashable type: 'Q'"));
        Assert.That(Attr(q, "__hash__"), Is.SameAs(None));
        PyTypeObject q2 = Class("Q2", [q]);
        Assert.That(Raises(PyObject.Hash(Call(q2))), Is.EqualTo("TypeError: unhashable type: 'Q2'"));
        Assert.That(Truth(PyObject.RichCompareBool(Call(q), Int(3), CompareOp.Eq)), Is.True);
    }

    [Test]
    public void HashMustReturnAnInt()
    {
        // spec: OBJ-TYPE-4, OBJ-HASH-1
        PyTypeObject bad = Class("Bad", ("__hash__", ReturnsStr("__hash__", "x")));
        Assert.That(Raises(PyObject.Hash(Call(bad))), Is.EqualTo("TypeError: __hash__ method should return an integer"));
        PyTypeObject big = Class("Big", ("__hash__", Returns("__hash__", Int(System.Numerics.BigInteger.Pow(2, 70)))));
        Assert.That(PyObject.Hash(Call(big)), Is.EqualTo(512), "2**70 mod (2**61 - 1), as 64-bit CPython");
        PyTypeObject m1 = Class("M1", ("__hash__", Returns("__hash__", Int(-1))));
        Assert.That(PyObject.Hash(Call(m1)), Is.EqualTo(-2));
        PyTypeObject seven = Class("Seven", ("__hash__", Returns("__hash__", Int(7))));
        Assert.That(PyObject.Hash(Call(seven)), Is.EqualTo(7));
    }

    [Test]
    public void BoolAndLenAreChecked()
    {
        // spec: OBJ-TYPE-4, OBJ-TRUTH-1
        PyTypeObject bo = Class("Bo", ("__bool__", Returns("__bool__", Int(1))));
        Assert.That(Raises(PyObject.IsTrue(Call(bo))), Is.EqualTo("TypeError: __bool__ should return bool, returned int"));
        PyTypeObject le = Class("Le", ("__len__", Returns("__len__", Int(-1))));
        Assert.That(Raises(PyObject.Size(Call(le))), Is.EqualTo("ValueError: __len__() should return >= 0"));
        Assert.That(Raises(PyObject.IsTrue(Call(le))), Is.EqualTo("ValueError: __len__() should return >= 0"));
        PyTypeObject le2 = Class("Le2", ("__len__", ReturnsStr("__len__", "a")));
        Assert.That(Raises(PyObject.Size(Call(le2))), Is.EqualTo("TypeError: 'str' object cannot be interpreted as an integer"));
        PyTypeObject le3 = Class("Le3", ("__len__", Returns("__len__", Int(-System.Numerics.BigInteger.Pow(2, 70)))));
        Assert.That(Raises(PyObject.Size(Call(le3))), Is.EqualTo("ValueError: __len__() should return >= 0"));
        PyTypeObject zero = Class("Zero", ("__len__", Returns("__len__", Int(0))));
        Assert.That(PyObject.IsTrue(Call(zero)), Is.EqualTo(0));
        PyTypeObject f = Class("F", ("__bool__", Returns("__bool__", False)), ("__len__", Returns("__len__", Int(3))));
        Assert.That(PyObject.IsTrue(Call(f)), Is.EqualTo(0), "__bool__ wins over __len__");
    }

    [Test]
    public void InitMustReturnNone()
    {
        // spec: OBJ-TYPE-4, OBJ-TYPE-6
        PyTypeObject i = Class("In", ("__init__", Returns("__init__", Int(1))));
        Assert.That(CallRaises(i), Is.EqualTo("TypeError: __init__() should return None, not 'int'"));
    }

    [Test]
    public void NoneDundersDisableTheProtocol()
    {
        // spec: OBJ-TYPE-4, OBJ-ITER-1
        PyTypeObject noIter = Class("NoIter", ("__iter__", None));
        Assert.That(Raises(PyObject.GetIter(Call(noIter))), Is.EqualTo("TypeError: 'NoIter' object is not iterable"));
        PyTypeObject noCont = Class("NoCont", ("__contains__", None));
        Assert.That(Raises(PySequence.Contains(Call(noCont), Int(1))), Is.EqualTo("TypeError: 'NoCont' object is not a container"));
    }

    [Test]
    public void ReflectedAddOfASubclassIsTriedFirst()
    {
        // spec: OBJ-TYPE-4, OBJ-NUM-1
        PyTypeObject b = Class("Base", ("__add__", ReturnsStr("__add__", "Base.add")), ("__radd__", ReturnsStr("__radd__", "Base.radd")));
        PyTypeObject d = Class("Derived", [b], ("__radd__", ReturnsStr("__radd__", "Derived.radd")));
        PyTypeObject noR = Class("NoR", [b]);
        Assert.That(Str(Ok(PyNumber.Add(Call(b), Call(d)))), Is.EqualTo("Derived.radd"));
        Assert.That(Str(Ok(PyNumber.Add(Call(d), Call(b)))), Is.EqualTo("Base.add"));
        Assert.That(Str(Ok(PyNumber.Add(Int(1), Call(b)))), Is.EqualTo("Base.radd"));
        Assert.That(Str(Ok(PyNumber.Add(Call(b), Int(1)))), Is.EqualTo("Base.add"));
        Assert.That(Str(Ok(PyNumber.Add(Call(b), Call(noR)))), Is.EqualTo("Base.add"), "a subclass that does not override __radd__ is not preferred");
        Assert.That(Str(Ok(PyNumber.Add(Call(noR), Call(noR)))), Is.EqualTo("Base.add"));
    }

    [Test]
    public void AReflectedMethodThatDeclinesFallsBackToTheLeftOperand()
    {
        // spec: OBJ-TYPE-4, OBJ-NUM-1
        PyTypeObject b = Class("Base", ("__add__", ReturnsStr("__add__", "Base.add")));
        PyTypeObject d = Class("Derived", [b], ("__radd__", Returns("__radd__", Py.NotImplemented)));
        Assert.That(Str(Ok(PyNumber.Add(Call(b), Call(d)))), Is.EqualTo("Base.add"));
    }

    [Test]
    public void DecliningOperatorsGiveCPythonsMessages()
    {
        // spec: OBJ-TYPE-4, OBJ-NUM-1, OBJ-NUM-2
        PyTypeObject other = Class("Other", ("__add__", Returns("__add__", Py.NotImplemented)));
        Assert.That(Raises(PyNumber.Add(Call(other), Call(other))), Is.EqualTo("TypeError: unsupported operand type(s) for +: 'Other' and 'Other'"));
        Assert.That(Raises(PyNumber.Add(Call(other), Int(1))), Is.EqualTo("TypeError: unsupported operand type(s) for +: 'Other' and 'int'"));
        Assert.That(Raises(PyNumber.Negative(Call(other))), Is.EqualTo("TypeError: bad operand type for unary -: 'Other'"));
    }

    [Test]
    public void EveryBinaryOperatorDispatchesToItsDunder()
    {
        // spec: OBJ-TYPE-4
        string[] names = ["sub", "mul", "mod", "divmod", "lshift", "rshift", "and", "xor", "or", "floordiv", "truediv", "matmul", "pow"];
        var members = new List<(string, PyObject)>();
        foreach (string n in names)
        {
            members.Add(($"__{n}__", ReturnsStr($"__{n}__", n)));
            members.Add(($"__r{n}__", ReturnsStr($"__r{n}__", "r" + n)));
        }
        PyTypeObject t = Class("T", [.. members]);
        PyObject x = Call(t), one = Int(1);
        Func<PyObject, PyObject, PyObject?>[] ops =
        [
            PyNumber.Subtract, PyNumber.Multiply, PyNumber.Remainder, PyNumber.Divmod, PyNumber.Lshift, PyNumber.Rshift,
            PyNumber.And, PyNumber.Xor, PyNumber.Or, PyNumber.FloorDivide, PyNumber.TrueDivide, PyNumber.MatrixMultiply,
            (a, b) => PyNumber.Power(a, b, None),
        ];
        for (int i = 0; i < names.Length; i++)
        {
            Assert.That(Str(Ok(ops[i](x, one))), Is.EqualTo(names[i]));
            Assert.That(Str(Ok(ops[i](one, x))), Is.EqualTo("r" + names[i]));
        }
    }

    [Test]
    public void UnaryAndConversionDundersDispatch()
    {
        // spec: OBJ-TYPE-4, OBJ-NUM-3
        PyTypeObject t = Class("T", ("__neg__", ReturnsStr("__neg__", "neg")), ("__pos__", ReturnsStr("__pos__", "pos")),
            ("__abs__", ReturnsStr("__abs__", "abs")), ("__invert__", ReturnsStr("__invert__", "inv")),
            ("__index__", Returns("__index__", Int(3))), ("__int__", Returns("__int__", Int(4))), ("__float__", Returns("__float__", Float(2.5))));
        PyObject x = Call(t);
        Assert.That(Str(Ok(PyNumber.Negative(x))) + Str(Ok(PyNumber.Positive(x))) + Str(Ok(PyNumber.Absolute(x))) + Str(Ok(PyNumber.Invert(x))),
            Is.EqualTo("negposabsinv"));
        Assert.That(AsLong(Ok(PyNumber.Index(x))), Is.EqualTo(3));
        Assert.That(Repr(Ok(PyObject.GetItem(List(Int(1), Int(2), Int(3), Int(4)), x))), Is.EqualTo("4"));
        Assert.That(Repr(Ok(PyNumber.Float(x))), Is.EqualTo("2.5"));
    }

    [Test]
    public void InPlaceDundersAreUsedFirst()
    {
        // spec: OBJ-TYPE-4, OBJ-NUM-2
        PyTypeObject t = Class("T", ("__iadd__", ReturnsStr("__iadd__", "iadd")), ("__add__", ReturnsStr("__add__", "add")),
            ("__isub__", ReturnsStr("__isub__", "isub")), ("__ipow__", ReturnsStr("__ipow__", "ipow")));
        PyObject x = Call(t);
        Assert.That(Str(Ok(PyNumber.InPlaceAdd(x, Int(1)))), Is.EqualTo("iadd"));
        Assert.That(Str(Ok(PyNumber.InPlaceSubtract(x, Int(1)))), Is.EqualTo("isub"));
        Assert.That(Str(Ok(PyNumber.InPlacePower(x, Int(1), None))), Is.EqualTo("ipow"));
        PyTypeObject onlyAdd = Class("OnlyAdd", ("__add__", ReturnsStr("__add__", "add")));
        Assert.That(Str(Ok(PyNumber.InPlaceAdd(Call(onlyAdd), Int(1)))), Is.EqualTo("add"));
    }

    [Test]
    public void ComparisonsUseTheReflectedDunder()
    {
        // spec: OBJ-TYPE-4, OBJ-CMP-1
        PyTypeObject cmp = Class("Cmp", ("__lt__", ReturnsStr("__lt__", "lt")));
        Assert.That(Str(Ok(PyObject.RichCompare(Call(cmp), Int(1), CompareOp.Lt))), Is.EqualTo("lt"));
        Assert.That(Str(Ok(PyObject.RichCompare(Int(1), Call(cmp), CompareOp.Gt))), Is.EqualTo("lt"));
        Assert.That(Raises(PyObject.RichCompare(Call(cmp), Int(1), CompareOp.Gt)),
            Is.EqualTo("TypeError: '>' not supported between instances of 'Cmp' and 'int'"));
    }

    [Test]
    public void GetattrIsTheFallbackOfAFailingGetattribute()
    {
        // spec: OBJ-TYPE-4, OBJ-ATTR-1
        PyTypeObject g = Class("G", ("__getattr__", CsMethod("__getattr__", (_, a) => PyUnicodeObject.FromString("ga:" + Str(a[0])))));
        Assert.That(Str(Attr(Call(g), "xyz")), Is.EqualTo("ga:xyz"));
        PyObject inst = Call(g);
        SetAttr(inst, "real", Int(1));
        Assert.That(AsLong(Attr(inst, "real")), Is.EqualTo(1), "found normally, no fallback");
        PyTypeObject ga = Class("GA",
            ("__getattribute__", CsMethod("__getattribute__", (_, a) => PyErr.SetObject(PyExc.AttributeError, a[0]))),
            ("__getattr__", CsMethod("__getattr__", (_, a) => PyUnicodeObject.FromString("fallback:" + Str(a[0])))));
        Assert.That(Str(Attr(Call(ga), "q")), Is.EqualTo("fallback:q"));
        PyTypeObject only = Class("Only", ("__getattribute__", ReturnsStr("__getattribute__", "always")));
        Assert.That(Str(Attr(Call(only), "anything")), Is.EqualTo("always"));
    }

    [Test]
    public void SetattrAndDelattrDunders()
    {
        // spec: OBJ-TYPE-4, OBJ-ATTR-2
        var log = new List<string>();
        PyTypeObject t = Class("T",
            ("__setattr__", CsMethod("__setattr__", (_, a) => { log.Add("set " + Str(a[0])); return Py.ReturnNone; })),
            ("__delattr__", CsMethod("__delattr__", (_, a) => { log.Add("del " + Str(a[0])); return Py.ReturnNone; })));
        PyObject x = Call(t);
        SetAttr(x, "a", Int(1));
        DelAttr(x, "b");
        Assert.That(string.Join(", ", log), Is.EqualTo("set a, del b"));
    }

    [Test]
    public void CallIndexIterAndGetitemDispatch()
    {
        // spec: OBJ-TYPE-4, OBJ-ITER-1
        PyTypeObject cl = Class("Cl", ("__call__", CsMethodKw("__call__", (_, a, k) =>
            PyUnicodeObject.FromString($"{a.Length} {(k is null ? "{}" : Repr(k))}"))));
        PyObject c = Call(cl);
        Assert.That(PyObject.IsCallable(c), Is.True);
        PyTupleObject kwnames = (PyTupleObject)Tuple(S("x"));
        Assert.That(Str(Ok(PyObject.Vectorcall(c, [Int(1), Int(2)], kwnames))), Is.EqualTo("1 {'x': 2}"));
        PyTypeObject it = Class("It", ("__iter__", CsMethod("__iter__", (_, _) => PyObject.GetIter(List(Int(1), Int(2))))));
        Assert.That(Repr(Ok(PySequence.List(Call(it)))), Is.EqualTo("[1, 2]"));
        PyTypeObject gi = Class("GI", ("__getitem__", CsMethod("__getitem__", (_, a) =>
            AsLong(a[0]) < 3 ? a[0].NewRef() : PyErr.SetNone(PyExc.IndexError))));
        Assert.That(Repr(Ok(PySequence.List(Call(gi)))), Is.EqualTo("[0, 1, 2]"));
        Assert.That(PySequence.Contains(Call(gi), Int(2)), Is.EqualTo(1));
        Assert.That(PySequence.Contains(Call(gi), Int(7)), Is.EqualTo(0));
    }

    [Test]
    public void ItemDundersDispatch()
    {
        // spec: OBJ-TYPE-4
        var log = new List<string>();
        PyTypeObject m = Class("M",
            ("__getitem__", CsMethod("__getitem__", (_, a) => PyUnicodeObject.FromString("get " + Repr(a[0])))),
            ("__setitem__", CsMethod("__setitem__", (_, a) => { log.Add($"set {Repr(a[0])}={Repr(a[1])}"); return Py.ReturnNone; })),
            ("__delitem__", CsMethod("__delitem__", (_, a) => { log.Add($"del {Repr(a[0])}"); return Py.ReturnNone; })),
            ("__len__", Returns("__len__", Int(2))),
            ("__contains__", Returns("__contains__", True)));
        PyObject x = Call(m);
        Assert.That(Str(Ok(PyObject.GetItem(x, S("k")))), Is.EqualTo("get 'k'"));
        Ok(PyObject.SetItem(x, Int(1), Int(2)));
        Ok(PyObject.DelItem(x, Int(3)));
        Assert.That(string.Join(", ", log), Is.EqualTo("set 1=2, del 3"));
        Assert.That(PyObject.Size(x), Is.EqualTo(2));
        Assert.That(PySequence.Contains(x, Int(99)), Is.EqualTo(1));
    }

    [Test]
    public void AMissingPartnerDunderRaisesAttributeErrorWithItsName()
    {
        // spec: OBJ-TYPE-4
        PyTypeObject ds = Class("DS", ("__setitem__", Returns("__setitem__", None)));
        Assert.That(Raises(PyObject.DelItem(Call(ds), Int(1))), Is.EqualTo("AttributeError: __delitem__"));
        PyTypeObject dd = Class("DD", ("__get__", ReturnsStr("__get__", "dd")), ("__set__", Returns("__set__", None)));
        PyTypeObject u = Class("U", ("dd", Call(dd)));
        Assert.That(SetAttrRaises(Call(u), "dd", null), Is.EqualTo("AttributeError: __delete__"));
    }

    [Test]
    public void DescriptorDundersMakeDataAndNonDataDescriptors()
    {
        // spec: OBJ-TYPE-4, OBJ-ATTR-1
        var sets = new List<string>();
        PyTypeObject nd = Class("ND", ("__get__", ReturnsStr("__get__", "nd")));
        PyTypeObject dd = Class("DD", ("__get__", ReturnsStr("__get__", "dd")),
            ("__set__", CsMethod("__set__", (_, a) => { sets.Add(Repr(a[1])); return Py.ReturnNone; })));
        PyTypeObject u = Class("U", ("nd", Call(nd)), ("dd", Call(dd)), ("plain", S("plain")));
        PyObject x = Call(u);
        PyObject dict = Attr(x, "__dict__");
        foreach (string n in new[] { "nd", "dd", "plain" })
        {
            Ok(PyObject.SetItem(dict, S(n), S("inst")));
        }
        Assert.That(Str(Attr(x, "nd")) + " " + Str(Attr(x, "dd")) + " " + Str(Attr(x, "plain")), Is.EqualTo("inst dd inst"));
        Assert.That(Str(Attr(u, "nd")) + " " + Str(Attr(u, "dd")), Is.EqualTo("nd dd"));
        SetAttr(x, "dd", Int(5));
        Assert.That(string.Join(",", sets), Is.EqualTo("5"));
    }

    [Test]
    public void SettingADunderOnAClassUpdatesInstancesAndSubclasses()
    {
        // spec: OBJ-TYPE-4
        PyTypeObject k = Class("K");
        PyTypeObject ks = Class("KS", [k]);
        PyObject a = Call(k), b = Call(ks);
        SetAttr(k, "__repr__", ReturnsStr("__repr__", "K-repr"));
        Assert.That(Repr(a) + " " + Repr(b), Is.EqualTo("K-repr K-repr"));
        SetAttr(k, "__len__", Returns("__len__", Int(7)));
        Assert.That(PyObject.Size(a) + PyObject.Size(b), Is.EqualTo(14));
        DelAttr(k, "__len__");
        Assert.That(Raises(PyObject.Size(a)), Is.EqualTo("TypeError: object of type 'K' has no len()"));
        Assert.That(Raises(PyObject.Size(b)), Is.EqualTo("TypeError: object of type 'KS' has no len()"));
        DelAttr(k, "__repr__");
        Assert.That(Repr(a), Does.StartWith("<K object at 0x"));
    }

    [Test]
    public void SettingEqAfterCreationKeepsTheHash()
    {
        // spec: OBJ-TYPE-4
        PyTypeObject k = Class("K");
        PyObject a = Call(k);
        SetAttr(k, "__eq__", Returns("__eq__", True));
        Assert.That(PyObject.Hash(a), Is.Not.EqualTo(-1));
        Assert.That(AttrRepr(k, "__hash__"), Is.EqualTo("<slot wrapper '__hash__' of 'object' objects>"));
        SetAttr(k, "__hash__", None);
        Assert.That(Raises(PyObject.Hash(a)), Is.EqualTo("TypeError: unhashable type: 'K'"));
    }

    [Test]
    public void NewAndInitAreCalledWithTheArguments()
    {
        // spec: OBJ-TYPE-4, OBJ-TYPE-6
        var log = new List<string>();
        PyTypeObject w2 = Class("W2", ("__init__", CsMethodKw("__init__", (_, a, k) =>
        {
            log.Add($"init {a.Length} {(k is null ? "{}" : Repr(k))}");
            return Py.ReturnNone;
        })));
        PyTupleObject kwnames = (PyTupleObject)Tuple(S("b"));
        Ok(PyObject.Vectorcall(w2, [Int(1), Int(2)], kwnames));
        Assert.That(log, Has.Count.EqualTo(1));
        Assert.That(log[0], Is.EqualTo("init 1 {'b': 2}"));
    }

    [Test]
    public void AStaticmethodNewReplacesTheInstance()
    {
        // spec: OBJ-TYPE-4, OBJ-TYPE-6
        bool initCalled = false;
        PyTypeObject w = Class("W", ("__new__", StaticMethod(Returns("__new__", Int(5)))),
            ("__init__", CsMethod("__init__", (_, _) => { initCalled = true; return Py.ReturnNone; })));
        Assert.That(AsLong(Call(w)), Is.EqualTo(5));
        Assert.That(initCalled, Is.False, "__init__ is skipped when __new__ returns a non-instance");
    }

    [Test]
    public void AStaticmethodNewCanBuildTheInstanceThroughObjectNew()
    {
        // spec: OBJ-TYPE-4, OBJ-TYPE-6
        PyObject objectNew = Attr(ObjectType, "__new__");
        PyTypeObject n = Class("N", ("__new__", StaticMethod(CsMethod("__new__", (cls, _) => PyObject.CallOneArg(objectNew, cls)))));
        PyObject inst = Call(n, Int(1), Int(2));
        Assert.That(inst.ObType, Is.SameAs(n));
        Assert.That(Ok(PyObject.CallMethod(ObjectType, "__init__", inst, Int(1))), Is.SameAs(None));
    }

    [Test]
    public void DelIsCalledWhenTheLastReferenceGoes()
    {
        // spec: OBJ-TYPE-4, OBJ-RC-4
        int calls = 0;
        PyTypeObject d = Class("D", ("__del__", CsMethod("__del__", (_, _) => { calls++; return Py.ReturnNone; })));
        PyObject inst = PyObject.CallNoArgs(d)!;
        inst.DecRef();
        Assert.That(calls, Is.EqualTo(1));
        Assert.That(inst.IsDead, Is.True);
    }
}
