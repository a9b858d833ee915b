// OBJ-TYPE-5 for numbers, OBJ-NUM-1: int, float and bool expose their number slots as slot
// wrappers — int.__add__(1, 2), int.__radd__, float.__rpow__ — that return NotImplemented for
// operands they decline and check self's type and the argument count as CPython does.
// Expected values: CPython 3.14.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Numbers;

[TestFixture]
public sealed class NumberSlotWrapperTests : NumberTest
{
    private string Wrapper(PyTypeObject type, string name, params string[] args) =>
        CallOutcome(Attr(type, name), args);

    [TestCase("__add__", "1", "2", "3")]
    [TestCase("__add__", "1", "2.0", "NotImplemented")]
    [TestCase("__radd__", "1", "2", "3")]
    [TestCase("__sub__", "5", "3", "2")]
    [TestCase("__rsub__", "5", "3", "-2")]
    [TestCase("__truediv__", "1", "2", "0.5")]
    [TestCase("__rtruediv__", "1", "2", "2.0")]
    [TestCase("__floordiv__", "7", "2", "3")]
    [TestCase("__rfloordiv__", "7", "2", "0")]
    [TestCase("__mod__", "7", "2", "1")]
    [TestCase("__rmod__", "7", "2", "2")]
    [TestCase("__divmod__", "7", "2", "(3, 1)")]
    [TestCase("__rdivmod__", "7", "2", "(0, 2)")]
    [TestCase("__lshift__", "1", "4", "16")]
    [TestCase("__rlshift__", "1", "4", "8")]
    [TestCase("__and__", "6", "3", "2")]
    [TestCase("__pow__", "2", "10", "1024")]
    [TestCase("__rpow__", "2", "10", "100")]
    [TestCase("__eq__", "1", "1.0", "NotImplemented")]
    [TestCase("__eq__", "1", "1", "True")]
    [TestCase("__lt__", "1", "2", "True")]
    [TestCase("__lt__", "1", "'a'", "NotImplemented")]
    [TestCase("__ge__", "2", "True", "True")]
    [TestCase("__add__", "'a'", "1", "TypeError: descriptor '__add__' requires a 'int' object but received a 'str'")]
    [TestCase("__add__", "1", "2**100", "1267650600228229401496703205377")]
    public void IntBinarySlotWrappers(string name, string self, string other, string expected)
    {
        // spec: OBJ-TYPE-5, OBJ-NUM-1
        Assert.That(Wrapper(PyLongObject.Type, name, self, other), Is.EqualTo(expected));
    }

    [TestCase("__neg__", "5", "-5")]
    [TestCase("__invert__", "5", "-6")]
    [TestCase("__abs__", "-5", "5")]
    [TestCase("__pos__", "-5", "-5")]
    [TestCase("__bool__", "0", "False")]
    [TestCase("__bool__", "7", "True")]
    [TestCase("__int__", "True", "1")]
    [TestCase("__float__", "3", "3.0")]
    [TestCase("__float__", "2**1024", "OverflowError: int too large to convert to float")]
    [TestCase("__index__", "3", "3")]
    [TestCase("__hash__", "-1", "-2")]
    [TestCase("__repr__", "5", "'5'")]
    [TestCase("__index__", "1.5", "TypeError: descriptor '__index__' requires a 'int' object but received a 'float'")]
    public void IntUnarySlotWrappers(string name, string self, string expected)
    {
        // spec: OBJ-TYPE-5
        Assert.That(Wrapper(PyLongObject.Type, name, self), Is.EqualTo(expected));
    }

    [Test]
    public void IntPowerWrappersTakeAnOptionalModulus()
    {
        // spec: OBJ-TYPE-5, OBJ-INT-1
        Assert.That(Wrapper(PyLongObject.Type, "__pow__", "2", "10", "1000"), Is.EqualTo("24"));
        Assert.That(Wrapper(PyLongObject.Type, "__rpow__", "2", "10", "7"), Is.EqualTo("2"));
    }

    [Test]
    public void PowerWrappersReportTheirArgumentCountAsCPython()
    {
        // spec: OBJ-TYPE-5, OBJ-ERR-1
        Assert.That(Wrapper(PyLongObject.Type, "__pow__", "2", "10", "1000", "1"), Is.EqualTo("TypeError: expected 1 or 2 arguments, got 3"));
    }

    [Test]
    public void SlotWrappersCheckTheirArgumentCount()
    {
        // spec: OBJ-TYPE-5, OBJ-ERR-1
        Assert.That(Wrapper(PyLongObject.Type, "__add__", "1"), Is.EqualTo("TypeError: expected 1 argument, got 0"));
        Assert.That(Wrapper(PyLongObject.Type, "__add__", "1", "2", "3"), Is.EqualTo("TypeError: expected 1 argument, got 2"));
        Assert.That(Wrapper(PyLongObject.Type, "__add__"), Is.EqualTo("TypeError: descriptor '__add__' of 'int' object needs an argument"));
        Assert.That(Wrapper(PyLongObject.Type, "__neg__", "5", "1"), Is.EqualTo("TypeError: expected 0 arguments, got 1"));
    }

    [TestCase("__add__", "1.5", "1", "2.5")]
    [TestCase("__radd__", "1.5", "1", "2.5")]
    [TestCase("__add__", "1.5", "'a'", "NotImplemented")]
    [TestCase("__add__", "1", "1.5", "TypeError: descriptor '__add__' requires a 'float' object but received a 'int'")]
    [TestCase("__truediv__", "1.0", "0", "ZeroDivisionError: division by zero")]
    [TestCase("__rtruediv__", "2.0", "1", "0.5")]
    [TestCase("__pow__", "2.0", "3", "8.0")]
    [TestCase("__rpow__", "2.0", "3", "9.0")]
    [TestCase("__divmod__", "7.5", "2", "(3.0, 1.5)")]
    [TestCase("__rdivmod__", "2.0", "7.5", "(3.0, 1.5)")]
    [TestCase("__eq__", "1.0", "1", "True")]
    [TestCase("__lt__", "1.0", "'a'", "NotImplemented")]
    public void FloatBinarySlotWrappers(string name, string self, string other, string expected)
    {
        // spec: OBJ-TYPE-5, OBJ-NUM-1
        Assert.That(Wrapper(PyFloatObject.Type, name, self, other), Is.EqualTo(expected));
    }

    [TestCase("__neg__", "1.5", "-1.5")]
    [TestCase("__int__", "2.7", "2")]
    [TestCase("__float__", "2.5", "2.5")]
    [TestCase("__bool__", "0.0", "False")]
    [TestCase("__hash__", "1.5", "1152921504606846977")]
    [TestCase("__repr__", "0.1", "'0.1'")]
    [TestCase("__abs__", "-0.0", "0.0")]
    public void FloatUnarySlotWrappers(string name, string self, string expected)
    {
        // spec: OBJ-TYPE-5
        Assert.That(Wrapper(PyFloatObject.Type, name, self), Is.EqualTo(expected));
    }

    [Test]
    public void FloatPowerWrapperRefusesAModulus()
    {
        // spec: OBJ-TYPE-5, OBJ-FLOAT-2
        Assert.That(Wrapper(PyFloatObject.Type, "__pow__", "2.0", "3", "5"),
            Is.EqualTo("TypeError: pow() 3rd argument not allowed unless all arguments are integers"));
    }

    [TestCase("__and__", "True", "False", "False")]
    [TestCase("__and__", "True", "3", "1")]
    [TestCase("__rand__", "True", "3", "1")]
    [TestCase("__or__", "False", "False", "False")]
    [TestCase("__xor__", "True", "True", "False")]
    [TestCase("__ror__", "False", "True", "True")]
    [TestCase("__and__", "1", "True", "TypeError: descriptor '__and__' requires a 'bool' object but received a 'int'")]
    public void BoolSlotWrappers(string name, string self, string other, string expected)
    {
        // spec: OBJ-TYPE-5, OBJ-BOOL-1
        Assert.That(Wrapper(PyBoolObject.Type, name, self, other), Is.EqualTo(expected));
    }

    [TestCase("int", "__add__", "<slot wrapper '__add__' of 'int' objects>")]
    [TestCase("float", "__add__", "<slot wrapper '__add__' of 'float' objects>")]
    [TestCase("bool", "__and__", "<slot wrapper '__and__' of 'bool' objects>")]
    [TestCase("int", "bit_length", "<method 'bit_length' of 'int' objects>")]
    [TestCase("float", "hex", "<method 'hex' of 'float' objects>")]
    [TestCase("int", "real", "<attribute 'real' of 'int' objects>")]
    [TestCase("float", "imag", "<attribute 'imag' of 'float' objects>")]
    public void NumberDescriptorsPrintAsCPythonPrintsThem(string typeName, string name, string expected)
    {
        // spec: OBJ-TYPE-5
        PyTypeObject type = typeName switch { "int" => PyLongObject.Type, "float" => PyFloatObject.Type, _ => PyBoolObject.Type };
        Assert.That(Repr(Attr(type, name)), Is.EqualTo(expected));
    }

    [Test]
    public void BoundSlotWrappersAndClassMethodsPrintTheirOwner()
    {
        // spec: OBJ-TYPE-5
        Assert.That(Repr(Attr(Lit("1"), "__add__")), Does.Match("^<method-wrapper '__add__' of int object at 0x[0-9a-f]+>$"));
        Assert.That(Repr(Attr(PyLongObject.Type, "from_bytes")), Does.Match("^<built-in method from_bytes of type object at 0x[0-9a-f]+>$"));
        Assert.That(Repr(Attr(PyFloatObject.Type, "fromhex")), Does.Match("^<built-in method fromhex of type object at 0x[0-9a-f]+>$"));
        Assert.That(Repr(Attr(Lit("1.5"), "hex")), Does.Match("^<built-in method hex of float object at 0x[0-9a-f]+>$"));
    }

    [TestCase("int", "__abs__ __add__ __and__ __bool__ __ceil__ __divmod__ __doc__ __eq__ __float__ __floor__ __floordiv__ __format__ __ge__ __getnewargs__ __gt__ __hash__ __index__ __int__ __invert__ __le__ __lshift__ __lt__ __mod__ __mul__ __ne__ __neg__ __new__ __or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__ __repr__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __sizeof__ __sub__ __truediv__ __trunc__ __xor__ as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag is_integer numerator real to_bytes")]
    [TestCase("float", "__abs__ __add__ __bool__ __ceil__ __divmod__ __doc__ __eq__ __float__ __floor__ __floordiv__ __format__ __ge__ __getformat__ __getnewargs__ __gt__ __hash__ __int__ __le__ __lt__ __mod__ __mul__ __ne__ __neg__ __new__ __pos__ __pow__ __radd__ __rdivmod__ __repr__ __rfloordiv__ __rmod__ __rmul__ __round__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__ __trunc__ as_integer_ratio conjugate from_number fromhex hex imag is_integer real")]
    [TestCase("bool", "__and__ __doc__ __invert__ __new__ __or__ __rand__ __repr__ __ror__ __rxor__ __xor__")]
    [TestCase("NoneType", "__bool__ __doc__ __eq__ __ge__ __gt__ __hash__ __le__ __lt__ __ne__ __new__ __repr__")]
    [TestCase("NotImplementedType", "__bool__ __doc__ __new__ __reduce__ __repr__")]
    [TestCase("ellipsis", "__doc__ __new__ __reduce__ __repr__")]
    public void TheNumberTypesDefineWhatCPythonsDefine(string typeName, string keys)
    {
        // spec: OBJ-TYPE-5, OBJ-NONE-1, OBJ-BOOL-1
        PyTypeObject type = typeName switch
        {
            "int" => PyLongObject.Type,
            "float" => PyFloatObject.Type,
            "bool" => PyBoolObject.Type,
            "NoneType" => PyNone.NoneType,
            "NotImplementedType" => PyNone.NotImplementedType,
            _ => PyNone.EllipsisType,
        };
        var list = (PyListObject)Call(PyListObject.Type, Method(Attr(type, "__dict__"), "keys"));
        Ok(list.Sort(null, false));
        Assert.That(Str(Method(S(" "), "join", list)), Is.EqualTo(keys));
    }

    [Test]
    public void NoneComparesOnlyByIdentity()
    {
        // spec: OBJ-NONE-1, OBJ-CMP-1
        Assert.That(CallMethodOutcome(Py.None, "__eq__", "None"), Is.EqualTo("True"));
        Assert.That(CallMethodOutcome(Py.None, "__eq__", "0"), Is.EqualTo("NotImplemented"));
        Assert.That(CallMethodOutcome(Py.None, "__ne__", "None"), Is.EqualTo("False"));
        Assert.That(CallMethodOutcome(Py.None, "__ne__", "1"), Is.EqualTo("NotImplemented"));
        Assert.That(CallMethodOutcome(Py.None, "__lt__", "None"), Is.EqualTo("NotImplemented"));
        Assert.That(CallMethodOutcome(Py.None, "__ge__", "1"), Is.EqualTo("NotImplemented"));
        Assert.That(Repr(Attr(PyNone.NoneType, "__eq__")), Is.EqualTo("<slot wrapper '__eq__' of 'NoneType' objects>"));
    }

    [Test]
    public void BoolHasItsOwnInvert()
    {
        // spec: OBJ-BOOL-1, OBJ-TYPE-5
        Assert.That(Repr(Attr(PyBoolObject.Type, "__invert__")), Is.EqualTo("<slot wrapper '__invert__' of 'bool' objects>"));
        Assert.That(CallOutcome(Attr(PyBoolObject.Type, "__invert__"), "True"), Is.EqualTo("-2"));
    }

    [Test]
    public void NumberTypesCannotBeModified()
    {
        // spec: OBJ-TYPE-5
        Assert.That(Outcome(PyObject.SetAttr(PyLongObject.Type, "x", Lit("1"))), Is.EqualTo("TypeError: cannot set 'x' attribute of immutable type 'int'"));
        Assert.That(Outcome(PyObject.SetAttr(PyFloatObject.Type, "__add__", Lit("1"))), Is.EqualTo("TypeError: cannot set '__add__' attribute of immutable type 'float'"));
        Assert.That(Outcome(PyObject.SetAttr(Lit("1"), "x", Lit("1"))), Is.EqualTo("AttributeError: 'int' object has no attribute 'x' and no __dict__ for setting new attributes"));
    }
}
