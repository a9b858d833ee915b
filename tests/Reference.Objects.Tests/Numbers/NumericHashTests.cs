// OBJ-HASH-1: numbers hash by value modulo 2**61 - 1 so that equal numbers hash equal across int,
// float and bool; -1 becomes -2; inf and -inf have fixed hashes and nan hashes by identity.
// Expected values: 64-bit CPython 3.13 (the 32-bit 3.14 build hashes modulo 2**31 - 1).
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Numbers;

[TestFixture]
public sealed class NumericHashTests : NumberTest
{
    [TestCase("0", "0")]
    [TestCase("1", "1")]
    [TestCase("-1", "-2")]
    [TestCase("-2", "-2")]
    [TestCase("2**61 - 1", "0")]
    [TestCase("2**61", "1")]
    [TestCase("2**61 - 2", "2305843009213693950")]
    [TestCase("-(2**61 - 1)", "0")]
    [TestCase("-2**61", "-2")]
    [TestCase("2**63 - 1", "3")]
    [TestCase("-2**63", "-4")]
    [TestCase("2**64", "8")]
    [TestCase("10**100", "910685213754167845")]
    [TestCase("-10**100", "-910685213754167845")]
    [TestCase("3*(2**61 - 1) - 1", "2305843009213693950")]
    [TestCase("True", "1")]
    [TestCase("False", "0")]
    public void IntsHashModuloTheMersennePrime(string value, string expected)
    {
        // spec: OBJ-HASH-1
        Assert.That(HashOutcome(Lit(value)), Is.EqualTo(expected));
    }

    [TestCase("1.0", "1")]
    [TestCase("1.5", "1152921504606846977")]
    [TestCase("-1.0", "-2")]
    [TestCase("0.1", "230584300921369408")]
    [TestCase("-0.0", "0")]
    [TestCase("inf", "314159")]
    [TestCase("-inf", "-314159")]
    [TestCase("2.305843009213694e+18", "1")]
    [TestCase("1.2676506002282294e+30", "549755813888")]
    [TestCase("1e300", "1224995262755759164")]
    [TestCase("5e-324", "16777216")]
    public void FloatsHashAsTheRationalTheyAre(string value, string expected)
    {
        // spec: OBJ-HASH-1
        Assert.That(HashOutcome(Lit(value)), Is.EqualTo(expected));
    }

    [TestCase("1", "1.0")]
    [TestCase("-1", "-1.0")]
    [TestCase("2**61", "2.305843009213694e+18")]
    [TestCase("2**100", "1.2676506002282294e+30")]
    [TestCase("-2**100", "-1.2676506002282294e+30")]
    [TestCase("True", "1.0")]
    [TestCase("False", "-0.0")]
    [TestCase("2**1023", "8.98846567431158e+307")]
    public void EqualIntsAndFloatsHashEqual(string integer, string floating)
    {
        // spec: OBJ-HASH-1
        PyObject i = Lit(integer), f = Lit(floating);
        Assert.That(Outcome(PyObject.RichCompare(i, f, CompareOp.Eq)), Is.EqualTo("True"));
        Assert.That(PyObject.Hash(i), Is.EqualTo(PyObject.Hash(f)));
    }

    [Test]
    public void NanHashesByIdentity()
    {
        // spec: OBJ-HASH-1
        PyObject a = Float(double.NaN), b = Float(double.NaN);
        Assert.That(PyObject.Hash(a), Is.EqualTo(PyObject.HashPointer(a)));
        Assert.That(PyObject.Hash(a), Is.Not.EqualTo(PyObject.Hash(b)));
        long first = PyObject.Hash(a);
        Assert.That(PyObject.Hash(a), Is.EqualTo(first), "stable for one object");
    }

    [Test]
    public void SubclassesHashByValue()
    {
        // spec: OBJ-HASH-1
        PyTypeObject intSub = Class("IntSub", [PyLongObject.Type]);
        PyTypeObject floatSub = Class("FloatSub", [PyFloatObject.Type]);
        Assert.That(HashOutcome(New(intSub, "-1")), Is.EqualTo("-2"));
        Assert.That(HashOutcome(New(floatSub, "1.5")), Is.EqualTo("1152921504606846977"));
    }

    [TestCase("(1, 2)", "-3550055125485641917")]
    [TestCase("(1.0, 2)", "-3550055125485641917")]
    [TestCase("(True, 2)", "-3550055125485641917")]
    [TestCase("()", "5740354900026072187")]
    [TestCase("(None,)", "9181102132670838864")]
    [TestCase("(-1,)", "8078679518589016365")]
    [TestCase("((1, 2), 3)", "-333907151259015829")]
    [TestCase("None", "4238894112")]
    public void TuplesOfNumbersAndNoneHashAsCPython(string value, string expected)
    {
        // spec: OBJ-HASH-1
        Assert.That(HashOutcome(Lit(value)), Is.EqualTo(expected));
    }

    [Test]
    public void FrozensetsOfEqualNumbersHashEqual()
    {
        // spec: OBJ-HASH-1
        PyObject ints = Call(PySetObject.FrozenSetType, Lit("[1, 2, 3]"));
        PyObject mixed = Call(PySetObject.FrozenSetType, Lit("[1.0, 2, True, 3]"));
        PyObject empty = Call(PySetObject.FrozenSetType);
        Assert.That(HashOutcome(ints), Is.EqualTo("-272375401224217160"));
        Assert.That(HashOutcome(mixed), Is.EqualTo("-272375401224217160"));
        Assert.That(HashOutcome(empty), Is.EqualTo("133146708735736"));
    }

    [Test]
    public void HashSlotWrappersReturnTheSameHashes()
    {
        // spec: OBJ-HASH-1
        Assert.That(Outcome(PyObject.CallMethod(Lit("-1"), "__hash__")), Is.EqualTo("-2"));
        Assert.That(Outcome(PyObject.CallMethod(Lit("1.5"), "__hash__")), Is.EqualTo("1152921504606846977"));
        Assert.That(Outcome(PyObject.CallMethod(True, "__hash__")), Is.EqualTo("1"));
    }
}
