// OBJ-INT-1: int arithmetic — floor division and modulo signs, the long fast path and its
// overflow into big ints, powers (negative and modular), shifts and bitwise operators.
// Expected values: CPython 3.14 (a shift too large to allocate: 64-bit CPython 3.13 under a memory limit).
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Numbers;

[TestFixture]
public sealed class IntArithmeticTests : NumberTest
{
    [TestCase("7", "//", "2", "3")]
    [TestCase("-7", "//", "2", "-4")]
    [TestCase("7", "//", "-2", "-4")]
    [TestCase("-7", "//", "-2", "3")]
    [TestCase("7", "%", "2", "1")]
    [TestCase("-7", "%", "2", "1")]
    [TestCase("7", "%", "-2", "-1")]
    [TestCase("-7", "%", "-2", "-1")]
    [TestCase("7", "divmod", "2", "(3, 1)")]
    [TestCase("-7", "divmod", "2", "(-4, 1)")]
    [TestCase("7", "divmod", "-2", "(-4, -1)")]
    [TestCase("-7", "divmod", "-2", "(3, -1)")]
    [TestCase("0", "divmod", "-3", "(0, 0)")]
    [TestCase("6", "%", "-3", "0")]
    [TestCase("-6", "//", "3", "-2")]
    public void FloorDivisionRoundsDownAndTheRemainderTakesTheDivisorsSign(string a, string op, string b, string expected)
    {
        // spec: OBJ-INT-1
        Assert.That(Binary(a, op, b), Is.EqualTo(expected));
    }

    [TestCase("2**64", "//", "2**32", "4294967296")]
    [TestCase("-2**64", "//", "3", "-6148914691236517206")]
    [TestCase("2**64", "%", "-3", "-2")]
    [TestCase("-10**30", "divmod", "7", "(-142857142857142857142857142858, 6)")]
    [TestCase("10**30", "divmod", "-7", "(-142857142857142857142857142858, -6)")]
    [TestCase("10**30", "%", "10**30", "0")]
    [TestCase("-10**30", "//", "10**31", "-1")]
    [TestCase("5", "//", "10**30", "0")]
    [TestCase("-5", "//", "10**30", "-1")]
    [TestCase("-5", "%", "10**30", "999999999999999999999999999995")]
    public void FloorDivisionOfBigIntsFollowsTheSameSignRules(string a, string op, string b, string expected)
    {
        // spec: OBJ-INT-1
        Assert.That(Binary(a, op, b), Is.EqualTo(expected));
    }

    [TestCase("//")]
    [TestCase("%")]
    [TestCase("divmod")]
    [TestCase("/")]
    public void DividingByZeroRaisesZeroDivisionError(string op)
    {
        // spec: OBJ-INT-1
        Assert.That(Binary("1", op, "0"), Is.EqualTo("ZeroDivisionError: division by zero"));
        Assert.That(Binary("10**30", op, "0"), Is.EqualTo("ZeroDivisionError: division by zero"));
    }

    [TestCase("9223372036854775807", "+", "1", "9223372036854775808")]
    [TestCase("-9223372036854775808", "-", "1", "-9223372036854775809")]
    [TestCase("-9223372036854775808", "//", "-1", "9223372036854775808")]
    [TestCase("-9223372036854775808", "%", "-1", "0")]
    [TestCase("-9223372036854775808", "divmod", "-1", "(9223372036854775808, 0)")]
    [TestCase("3037000500", "*", "3037000500", "9223372037000250000")]
    [TestCase("-3037000500", "*", "3037000500", "-9223372037000250000")]
    [TestCase("4611686018427387904", "+", "4611686018427387904", "9223372036854775808")]
    [TestCase("-4611686018427387904", "-", "4611686018427387905", "-9223372036854775809")]
    [TestCase("9223372036854775808", "-", "1", "9223372036854775807")]
    [TestCase("2**64", "-", "2**64", "0")]
    [TestCase("2**70", "*", "2**70", "1393796574908163946345982392040522594123776")]
    [TestCase("-2**63", "*", "-1", "9223372036854775808")]
    [TestCase("2**100", "+", "-2**100", "0")]
    public void ResultsOutsideTheLongRangeBecomeBigInts(string a, string op, string b, string expected)
    {
        // spec: OBJ-INT-1
        Assert.That(Binary(a, op, b), Is.EqualTo(expected));
    }

    [Test]
    public void BigResultsThatFitALongAgainAreSmallInts()
    {
        // spec: OBJ-INT-1
        var r = (PyLongObject)Ok(PyNumber.Subtract(Lit("2**64 + 5"), Lit("2**64")));
        Assert.That(r.IsCompact, Is.True);
        Assert.That(r, Is.SameAs(PyLongObject.FromLong(5)), "a small result is the cached small int");
    }

    [TestCase("-", "-2**63", "9223372036854775808")]
    [TestCase("abs", "-2**63", "9223372036854775808")]
    [TestCase("-", "5", "-5")]
    [TestCase("-", "0", "0")]
    [TestCase("abs", "-10**30", "1000000000000000000000000000000")]
    [TestCase("abs", "7", "7")]
    [TestCase("+", "-7", "-7")]
    [TestCase("~", "5", "-6")]
    [TestCase("~", "-1", "0")]
    [TestCase("~", "2**70", "-1180591620717411303425")]
    [TestCase("~", "-2**63", "9223372036854775807")]
    public void UnaryOperatorsOfInts(string op, string operand, string expected)
    {
        // spec: OBJ-INT-1
        Assert.That(Outcome(ApplyUnary(op, Lit(operand))), Is.EqualTo(expected));
    }

    [TestCase("0", "0", "1")]
    [TestCase("-2", "3", "-8")]
    [TestCase("2", "100", "1267650600228229401496703205376")]
    [TestCase("-3", "41", "-36472996377170786403")]
    [TestCase("3", "39", "4052555153018976267")]
    [TestCase("3", "40", "12157665459056928801")]
    [TestCase("-1", "10**30", "1")]
    [TestCase("-1", "10**30 + 1", "-1")]
    [TestCase("1", "10**30", "1")]
    [TestCase("0", "10**30", "0")]
    [TestCase("10**20", "0", "1")]
    [TestCase("10**20", "2", "10000000000000000000000000000000000000000")]
    [TestCase("2", "-1", "0.5")]
    [TestCase("-2", "-3", "-0.125")]
    [TestCase("10", "-400", "0.0")]
    [TestCase("0", "-1", "ZeroDivisionError: zero to a negative power")]
    [TestCase("10**400", "-1", "OverflowError: int too large to convert to float")]
    [TestCase("2", "'a'", "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'")]
    [TestCase("'a'", "2", "TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'")]
    public void PowersOfInts(string a, string b, string expected)
    {
        // spec: OBJ-INT-1
        Assert.That(Binary(a, "**", b), Is.EqualTo(expected));
    }

    [TestCase("2", "2**64")]
    [TestCase("3", "2**40")]
    [TestCase("10**100", "10**8")]
    public void PowersTooLargeToComputeRaiseMemoryError(string a, string b)
    {
        // spec: OBJ-INT-1
        // CPython computes these until an allocation fails (or for hours); this runtime refuses results beyond
        // 2**32 bits at once, with the MemoryError CPython ends with.
        Assert.That(Binary(a, "**", b), Is.EqualTo("MemoryError"));
    }

    [TestCase("2", "10", "1000", "24")]
    [TestCase("3", "-1", "7", "5")]
    [TestCase("-2", "3", "5", "2")]
    [TestCase("2", "3", "-5", "-2")]
    [TestCase("7", "0", "1", "0")]
    [TestCase("7", "0", "-1", "0")]
    [TestCase("5", "-2", "-7", "-5")]
    [TestCase("2", "10**30", "10**9 + 7", "312267046")]
    [TestCase("10**30", "3", "2**61 - 1", "204270575146534957")]
    [TestCase("2", "-1", "4", "ValueError: base is not invertible for the given modulus")]
    [TestCase("0", "-1", "5", "ValueError: base is not invertible for the given modulus")]
    [TestCase("2", "-1", "1", "0")]
    [TestCase("-3", "2", "-5", "-1")]
    [TestCase("10**30", "-1", "10**9 + 7", "297793005")]
    [TestCase("2", "3", "0", "ValueError: pow() 3rd argument cannot be 0")]
    [TestCase("2.0", "3", "5", "TypeError: pow() 3rd argument not allowed unless all arguments are integers")]
    [TestCase("2", "3", "5.0", "TypeError: pow() 3rd argument not allowed unless all arguments are integers")]
    [TestCase("2", "3.0", "5", "TypeError: pow() 3rd argument not allowed unless all arguments are integers")]
    [TestCase("2", "3", "'a'", "TypeError: unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'")]
    [TestCase("'a'", "3", "5", "TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'")]
    public void ModularPowers(string a, string b, string c, string expected)
    {
        // spec: OBJ-INT-1
        Assert.That(Pow3(a, b, c), Is.EqualTo(expected));
    }

    [TestCase("1", "<<", "3", "8")]
    [TestCase("-1", "<<", "3", "-8")]
    [TestCase("1", "<<", "62", "4611686018427387904")]
    [TestCase("1", "<<", "63", "9223372036854775808")]
    [TestCase("3", "<<", "61", "6917529027641081856")]
    [TestCase("-3", "<<", "62", "-13835058055282163712")]
    [TestCase("2**70", "<<", "2", "4722366482869645213696")]
    [TestCase("-2**63", "<<", "1", "-18446744073709551616")]
    [TestCase("-2**63", "<<", "0", "-9223372036854775808")]
    [TestCase("-2**62", "<<", "1", "-9223372036854775808")]
    [TestCase("0", "<<", "10**20", "0")]
    [TestCase("1", "<<", "10**20", "OverflowError: too many digits in integer")]
    [TestCase("1", "<<", "2**63", "OverflowError: too many digits in integer")]
    [TestCase("1", "<<", "2**40", "MemoryError")]
    [TestCase("-1", "<<", "2**62", "MemoryError")]
    [TestCase("1", "<<", "-1", "ValueError: negative shift count")]
    [TestCase("1", ">>", "-1", "ValueError: negative shift count")]
    [TestCase("-5", ">>", "1", "-3")]
    [TestCase("-5", ">>", "100", "-1")]
    [TestCase("5", ">>", "100", "0")]
    [TestCase("2**100", ">>", "99", "2")]
    [TestCase("-2**100", ">>", "99", "-2")]
    [TestCase("-2**100 - 1", ">>", "100", "-2")]
    [TestCase("1", ">>", "10**20", "0")]
    [TestCase("-1", ">>", "10**20", "-1")]
    [TestCase("-2**63", ">>", "63", "-1")]
    [TestCase("2**63 - 1", ">>", "62", "1")]
    [TestCase("1", "<<", "'a'", "TypeError: unsupported operand type(s) for <<: 'int' and 'str'")]
    [TestCase("1", ">>", "1.0", "TypeError: unsupported operand type(s) for >>: 'int' and 'float'")]
    public void ShiftsFloorAndRejectNegativeCounts(string a, string op, string b, string expected)
    {
        // spec: OBJ-INT-1
        Assert.That(Binary(a, op, b), Is.EqualTo(expected));
    }

    [TestCase("6", "&", "3", "2")]
    [TestCase("-6", "&", "3", "2")]
    [TestCase("6", "|", "-3", "-1")]
    [TestCase("-6", "^", "3", "-7")]
    [TestCase("2**64", "&", "-1", "18446744073709551616")]
    [TestCase("-2**64", "|", "1", "-18446744073709551615")]
    [TestCase("2**70", "^", "2**70 + 5", "5")]
    [TestCase("-2**70", "&", "2**71 - 1", "1180591620717411303424")]
    [TestCase("-2**70", "^", "-1", "1180591620717411303423")]
    [TestCase("1", "&", "1.0", "TypeError: unsupported operand type(s) for &: 'int' and 'float'")]
    [TestCase("1", "|", "'a'", "TypeError: unsupported operand type(s) for |: 'int' and 'str'")]
    [TestCase("1", "^", "None", "TypeError: unsupported operand type(s) for ^: 'int' and 'NoneType'")]
    public void BitwiseOperatorsActOnInfiniteTwosComplement(string a, string op, string b, string expected)
    {
        // spec: OBJ-INT-1
        Assert.That(Binary(a, op, b), Is.EqualTo(expected));
    }

    [TestCase("+", "TypeError: unsupported operand type(s) for +: 'int' and 'str'")]
    [TestCase("-", "TypeError: unsupported operand type(s) for -: 'int' and 'str'")]
    [TestCase("//", "TypeError: unsupported operand type(s) for //: 'int' and 'str'")]
    [TestCase("%", "TypeError: unsupported operand type(s) for %: 'int' and 'str'")]
    [TestCase("/", "TypeError: unsupported operand type(s) for /: 'int' and 'str'")]
    [TestCase("divmod", "TypeError: unsupported operand type(s) for divmod(): 'int' and 'str'")]
    public void IntsDeclineOtherTypes(string op, string expected)
    {
        // spec: OBJ-INT-1, OBJ-NUM-1
        Assert.That(Binary("1", op, "'a'"), Is.EqualTo(expected));
    }
}
