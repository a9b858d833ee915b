// OBJ-INT-3: int's methods and attributes — bit_length, bit_count, to_bytes, from_bytes,
// as_integer_ratio, is_integer, __round__, __trunc__/__floor__/__ceil__, real/imag/numerator/
// denominator — with their argument errors. Expected values: CPython 3.14.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Numbers;

[TestFixture]
public sealed class IntMethodsTests : NumberTest
{
    [TestCase("0", "0")]
    [TestCase("1", "1")]
    [TestCase("-1", "1")]
    [TestCase("255", "8")]
    [TestCase("-256", "9")]
    [TestCase("2**100", "101")]
    [TestCase("-2**100", "101")]
    [TestCase("-2**63", "64")]
    [TestCase("True", "1")]
    public void BitLengthCountsTheBitsOfTheMagnitude(string value, string expected)
    {
        // spec: OBJ-INT-3
        Assert.That(CallMethodOutcome(Lit(value), "bit_length"), Is.EqualTo(expected));
    }

    [TestCase("0", "0")]
    [TestCase("255", "8")]
    [TestCase("-255", "8")]
    [TestCase("2**100 - 1", "100")]
    [TestCase("-2**64", "1")]
    [TestCase("-2**63", "1")]
    public void BitCountCountsTheOnesOfTheMagnitude(string value, string expected)
    {
        // spec: OBJ-INT-3
        Assert.That(CallMethodOutcome(Lit(value), "bit_count"), Is.EqualTo(expected));
    }

    [TestCase("bit_length", "TypeError: int.bit_length() takes no arguments (1 given)")]
    [TestCase("bit_count", "TypeError: int.bit_count() takes no arguments (1 given)")]
    [TestCase("as_integer_ratio", "TypeError: int.as_integer_ratio() takes no arguments (1 given)")]
    [TestCase("is_integer", "TypeError: int.is_integer() takes no arguments (1 given)")]
    [TestCase("conjugate", "TypeError: int.conjugate() takes no arguments (1 given)")]
    public void NoArgumentMethodsRejectArguments(string method, string expected)
    {
        // spec: OBJ-INT-3, OBJ-ERR-1
        Assert.That(CallMethodOutcome(Lit("1"), method, "1"), Is.EqualTo(expected));
    }

    [TestCase("0", "28")]
    [TestCase("1", "28")]
    [TestCase("2**30 - 1", "28")]
    [TestCase("2**30", "32")]
    [TestCase("2**100", "40")]
    [TestCase("-1", "28")]
    [TestCase("True", "28")]
    public void SizeofCountsThirtyBitDigitsAsCPython(string value, string expected)
    {
        // spec: OBJ-INT-3
        // Expected values: 64-bit CPython 3.13 (the 32-bit build's digits are 15 bits).
        Assert.That(CallMethodOutcome(Lit(value), "__sizeof__"), Is.EqualTo(expected));
    }

    [Test]
    public void TheCApiConversionsOfAnInt()
    {
        // spec: OBJ-INT-2, OBJ-NUM-3
        var small = (PyLongObject)Lit("-2**63");
        var big = (PyLongObject)Lit("2**63");
        Assert.That(small.AsLong(), Is.EqualTo(long.MinValue));
        Assert.That(Raises(big.AsLong()), Is.EqualTo("OverflowError: Python int too large to convert to C long"));
        Assert.That(big.AsSsize(null), Is.EqualTo(long.MaxValue));
        Assert.That(Raises(big.AsSsize(PyExc.OverflowError)), Is.EqualTo("OverflowError: cannot fit 'int' into an index-sized integer"));
        Assert.That(Raises(big.AsSsizeT()), Is.EqualTo("OverflowError: Python int too large to convert to C ssize_t"));
        Assert.That(Raises(big.AsSsize(PyExc.IndexError)), Is.EqualTo("IndexError: cannot fit 'int' into an index-sized integer"));
        Assert.That(PyLongObject.Check(True) && PyLongObject.Check(small) && !PyLongObject.Check(Lit("1.0")), Is.True);
        Assert.That(PyLongObject.CheckExact(small) && !PyLongObject.CheckExact(True), Is.True);
        Assert.That(PyFloatObject.Check(Lit("1.0")) && !PyFloatObject.Check(small), Is.True);
        Assert.That(big.Sign + small.Sign + ((PyLongObject)Lit("0")).Sign, Is.EqualTo(0));
    }

    [TestCase("5", "(5, 1)")]
    [TestCase("-5", "(-5, 1)")]
    [TestCase("2**70", "(1180591620717411303424, 1)")]
    [TestCase("True", "(1, 1)")]
    public void AsIntegerRatioHasDenominatorOne(string value, string expected)
    {
        // spec: OBJ-INT-3
        Assert.That(CallMethodOutcome(Lit(value), "as_integer_ratio"), Is.EqualTo(expected));
    }

    [Test]
    public void TheAttributesOfABoolAreExactInts()
    {
        // spec: OBJ-INT-3, OBJ-BOOL-1
        PyObject ratio = Method(True, "as_integer_ratio");
        Assert.That(((PyTupleObject)ratio)[0].ObType, Is.SameAs(PyLongObject.Type));
        foreach (string name in new[] { "real", "numerator" })
        {
            PyObject v = Attr(True, name);
            Assert.That(v.ObType, Is.SameAs(PyLongObject.Type), name);
            Assert.That(Repr(v), Is.EqualTo("1"));
        }
        foreach (string name in new[] { "conjugate", "__trunc__", "__floor__", "__ceil__", "__index__", "__int__", "__round__" })
        {
            PyObject v = Method(True, name);
            Assert.That(v.ObType, Is.SameAs(PyLongObject.Type), name);
        }
    }

    [Test]
    public void IntAttributesAreTheRationalAndComplexParts()
    {
        // spec: OBJ-INT-3
        PyObject five = Lit("5");
        Assert.That(Repr(Attr(five, "real")) + Repr(Attr(five, "imag")) + Repr(Attr(five, "numerator")) + Repr(Attr(five, "denominator")),
            Is.EqualTo("5051"));
        Assert.That(CallMethodOutcome(five, "is_integer"), Is.EqualTo("True"));
        Assert.That(CallMethodOutcome(Lit("-5"), "__trunc__") + CallMethodOutcome(Lit("-5"), "__floor__") + CallMethodOutcome(Lit("-5"), "__ceil__"),
            Is.EqualTo("-5-5-5"));
        Assert.That(CallMethodOutcome(five, "__getnewargs__"), Is.EqualTo("(5,)"));
        Assert.That(CallMethodOutcome(True, "__getnewargs__"), Is.EqualTo("(1,)"));
        Assert.That(CallMethodOutcome(Lit("2**70"), "conjugate"), Is.EqualTo("1180591620717411303424"));
    }

    [TestCase("5", "None", "5")]
    [TestCase("15", "-1", "20")]
    [TestCase("25", "-1", "20")]
    [TestCase("-15", "-1", "-20")]
    [TestCase("-25", "-1", "-20")]
    [TestCase("14", "-1", "10")]
    [TestCase("16", "-1", "20")]
    [TestCase("150", "-2", "200")]
    [TestCase("250", "-2", "200")]
    [TestCase("251", "-2", "300")]
    [TestCase("-250", "-2", "-200")]
    [TestCase("123456", "-3", "123000")]
    [TestCase("5", "2", "5")]
    [TestCase("5", "-1", "0")]
    [TestCase("5", "-10**6", "0")]
    [TestCase("5", "2**70", "5")]
    [TestCase("10**30 + 5*10**9", "-10", "1000000000000000000000000000000")]
    [TestCase("10**30 + 15*10**9", "-10", "1000000000000000000020000000000")]
    [TestCase("5", "'a'", "TypeError: 'str' object cannot be interpreted as an integer")]
    [TestCase("5", "2.0", "TypeError: 'float' object cannot be interpreted as an integer")]
    public void RoundToNegativeDigitsRoundsHalfToEven(string value, string ndigits, string expected)
    {
        // spec: OBJ-INT-3
        Assert.That(CallMethodOutcome(Lit(value), "__round__", ndigits), Is.EqualTo(expected));
    }

    [Test]
    public void RoundToVeryNegativeDigitsOfAHugeIntKeepsItsLeadingDigits()
    {
        // spec: OBJ-INT-3
        var huge = (PyLongObject)Lit("10**200000");
        var rounded = (PyLongObject)Method(huge, "__round__", Lit("-150000"));
        Assert.That(rounded.Value, Is.EqualTo(huge.Value));
        var half = (PyLongObject)Method(Lit("5*10**149999"), "__round__", Lit("-150000"));
        Assert.That(half.Value.IsZero, Is.True, "half rounds to the even 0");
        var oneAndHalf = (PyLongObject)Method(Lit("15*10**149999"), "__round__", Lit("-150000"));
        Assert.That(oneAndHalf.Value, Is.EqualTo(((PyLongObject)Lit("2*10**150000")).Value));
    }

    [Test]
    public void RoundWithoutDigitsIsTheIntItself()
    {
        // spec: OBJ-INT-3
        Assert.That(CallMethodOutcome(Lit("5"), "__round__"), Is.EqualTo("5"));
        Assert.That(CallMethodOutcome(Lit("5"), "__round__", "1", "2"), Is.EqualTo("TypeError: __round__ expected at most 1 argument, got 2"));
        Assert.That(Method(True, "__round__", Lit("1")).ObType, Is.SameAs(PyLongObject.Type));
    }

    [Test]
    public void RoundAcceptsAnIndexObjectForDigits()
    {
        // spec: OBJ-INT-3, OBJ-NUM-3
        PyTypeObject minusTwo = Class("I", [], ("__index__", Returns("__index__", Int(-2))));
        Assert.That(Outcome(PyObject.CallMethod(Lit("250"), "__round__", New(minusTwo))), Is.EqualTo("200"));
    }

    [TestCase("1", "b'\\x01'")]
    [TestCase("1", "b'\\x00\\x01'", "2")]
    [TestCase("1", "b'\\x01\\x00'", "2", "'little'")]
    [TestCase("-1", "b'\\xff\\xff'", "2", "'big'", "signed=True")]
    [TestCase("-1", "OverflowError: can't convert negative int to unsigned", "2", "'big'")]
    [TestCase("256", "OverflowError: int too big to convert", "1", "'big'")]
    [TestCase("255", "b'\\xff'", "1", "'big'")]
    [TestCase("128", "OverflowError: int too big to convert", "1", "'big'", "signed=True")]
    [TestCase("-128", "b'\\x80'", "1", "'big'", "signed=True")]
    [TestCase("-129", "OverflowError: int too big to convert", "1", "'big'", "signed=True")]
    [TestCase("127", "b'\\x7f'", "1", "'big'", "signed=True")]
    [TestCase("0", "b''", "0", "'big'")]
    [TestCase("1", "OverflowError: int too big to convert", "0", "'big'")]
    [TestCase("-1", "OverflowError: int too big to convert", "0", "'big'", "signed=True")]
    [TestCase("0", "b'\\x00\\x00\\x00'", "3", "'little'", "signed=True")]
    [TestCase("65535", "OverflowError: int too big to convert", "2", "'big'", "signed=True")]
    [TestCase("-32768", "b'\\x80\\x00'", "2", "'big'", "signed=True")]
    [TestCase("-32769", "OverflowError: int too big to convert", "2", "'big'", "signed=True")]
    [TestCase("2**64", "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x01'", "9", "'little'")]
    [TestCase("-2**64", "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\xff'", "9", "'little'", "signed=True")]
    [TestCase("-2**63", "b'\\x80\\x00\\x00\\x00\\x00\\x00\\x00\\x00'", "8", "'big'", "signed=True")]
    [TestCase("2**63", "OverflowError: int too big to convert", "8", "'big'", "signed=True")]
    [TestCase("2**64 - 1", "b'\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff'", "8", "'big'")]
    [TestCase("-1", "b'\\xff\\xff\\xff'", "3", "'little'", "signed=True")]
    [TestCase("1", "ValueError: length argument must be non-negative", "-1", "'big'")]
    [TestCase("1", "ValueError: byteorder must be either 'little' or 'big'", "1", "'middle'")]
    [TestCase("1", "ValueError: byteorder must be either 'little' or 'big'", "-1", "'middle'")]
    [TestCase("1", "MemoryError", "2**40", "'big'")]
    [TestCase("1", "OverflowError: Python int too large to convert to C ssize_t", "2**63", "'big'")]
    [TestCase("1", "OverflowError: Python int too large to convert to C ssize_t", "-2**63 - 1", "'big'")]
    [TestCase("1", "TypeError: to_bytes() argument 'byteorder' must be str, not int", "1", "1")]
    [TestCase("1", "TypeError: 'str' object cannot be interpreted as an integer", "'1'", "'big'")]
    [TestCase("1", "TypeError: 'float' object cannot be interpreted as an integer", "1.0", "'big'")]
    [TestCase("1", "TypeError: to_bytes() takes at most 2 positional arguments (3 given)", "1", "'big'", "True")]
    [TestCase("1", "TypeError: to_bytes() takes at most 3 arguments (4 given)", "1", "'big'", "signed=True", "x=1")]
    [TestCase("1", "b'\\x01\\x00'", "length=2", "byteorder='little'")]
    [TestCase("1", "TypeError: argument for to_bytes() given by name ('length') and position (1)", "1", "byteorder='big'", "length=1")]
    [TestCase("1", "b'\\x01'", "1", "'big'", "signed='yes'")]
    [TestCase("True", "b'\\x01'")]
    public void ToBytesWritesTwosComplementOfTheGivenLength(string value, string expected, params string[] args)
    {
        // spec: OBJ-INT-3
        Assert.That(CallMethodOutcome(Lit(value), "to_bytes", args), Is.EqualTo(expected));
    }

    [TestCase("16", "b'\\x00\\x10'")]
    [TestCase("4096", "b'\\x00\\x10'", "'little'")]
    [TestCase("-1", "b'\\xff\\xff'", "'big'", "signed=True")]
    [TestCase("65535", "b'\\xff\\xff'", "'big'")]
    [TestCase("0", "b''", "'big'")]
    [TestCase("0", "b''", "'big'", "signed=True")]
    [TestCase("-128", "b'\\x80'", "'big'", "signed=True")]
    [TestCase("258", "[1, 2]", "'big'")]
    [TestCase("255", "(255, 0)", "'little'")]
    [TestCase("5731378969925109483151705226338364782964441345", "b'\\x01\\x01\\x01\\x01\\x01\\x01\\x01\\x01\\x01\\x01\\x01\\x01\\x01\\x01\\x01\\x01\\x01\\x01\\x01\\x01'", "'big'")]
    [TestCase("1", "bytes=b'\\x01'", "byteorder='little'")]
    [TestCase("ValueError: bytes must be in range(0, 256)", "[256]", "'big'")]
    [TestCase("TypeError: cannot convert 'str' object to bytes", "'ab'", "'big'")]
    [TestCase("TypeError: cannot convert 'int' object to bytes", "1", "'big'")]
    [TestCase("ValueError: byteorder must be either 'little' or 'big'", "b'\\x01'", "'xx'")]
    [TestCase("ValueError: byteorder must be either 'little' or 'big'", "1", "'middle'")]
    [TestCase("TypeError: from_bytes() argument 'byteorder' must be str, not int", "b'1'", "1")]
    [TestCase("49", "b'1'", "'big'", "signed=[]")]
    [TestCase("TypeError: from_bytes() missing required argument 'bytes' (pos 1)")]
    [TestCase("TypeError: from_bytes() takes at most 2 positional arguments (3 given)", "b'\\x01'", "'big'", "True")]
    public void FromBytesReadsBytesAndIterablesOfInts(string expected, params string[] args)
    {
        // spec: OBJ-INT-3
        Assert.That(CallMethodOutcome(PyLongObject.Type, "from_bytes", args), Is.EqualTo(expected));
    }

    [Test]
    public void FromBytesReadsByteArraysAndMemoryViews()
    {
        // spec: OBJ-INT-3
        PyObject ba = Keep(PyByteArrayObject.FromArraySteal([1, 2]));
        PyObject mv = Call(PyMemoryViewObject.Type, Lit("b'\\x01\\x02'"));
        Assert.That(Outcome(PyObject.CallMethod(PyLongObject.Type, "from_bytes", ba, S("big"))), Is.EqualTo("258"));
        Assert.That(Outcome(PyObject.CallMethod(PyLongObject.Type, "from_bytes", mv, S("big"))), Is.EqualTo("258"));
    }

    [Test]
    public void FromBytesOnASubclassCallsTheSubclass()
    {
        // spec: OBJ-INT-3
        PyTypeObject sub = Class("IntSub", [PyLongObject.Type]);
        PyObject r = Method(sub, "from_bytes", Lit("b'\\x01'"), S("big"));
        Assert.That(r.ObType, Is.SameAs(sub));
        Assert.That(Repr(r), Is.EqualTo("1"));
        PyObject t = Method(PyBoolObject.Type, "from_bytes", Lit("b'\\x02'"));
        Assert.That(t, Is.SameAs(True));
        PyObject f = Method(PyBoolObject.Type, "from_bytes", Lit("b'\\x00'"));
        Assert.That(f, Is.SameAs(False));
    }

    [Test]
    public void ToBytesAndFromBytesRoundTrip()
    {
        // spec: OBJ-INT-3
        foreach (string value in new[] { "0", "1", "-1", "127", "-128", "255", "-2**63", "2**63 - 1", "-2**100 + 7", "2**100 - 3" })
        {
            foreach (string order in new[] { "'big'", "'little'" })
            {
                PyObject v = Lit(value);
                PyObject? bytes = MethodKw(v, "to_bytes", [Lit("16"), Lit(order)], ("signed", True));
                Assert.That(bytes, Is.Not.Null, () => TakeError());
                PyObject? back = MethodKw(PyLongObject.Type, "from_bytes", [bytes!, Lit(order)], ("signed", True));
                Assert.That(back, Is.Not.Null, () => TakeError());
                Assert.That(Repr(back!), Is.EqualTo(Repr(v)), value + " " + order);
            }
        }
    }
}
