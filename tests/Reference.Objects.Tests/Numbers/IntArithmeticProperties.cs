// P1, OBJ-INT-1: int arithmetic agrees with System.Numerics.BigInteger under Python's rules —
// division and modulo floor (the remainder takes the divisor's sign), >> floors, & | ^ ~ act on
// infinite two's complement — for operands from 0 to hundreds of bits, the edges of the long fast
// path included. Every case also checks that the result is normalized (a value that fits a long is
// stored as one) and that the case released everything it allocated.
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Numbers;

[TestFixture]
public sealed class IntArithmeticProperties : NumberTest
{
    private static readonly string[] s_binaryOps = ["+", "-", "*", "//", "%", "divmod", "**", "<<", ">>", "&", "|", "^"];

    private static Arbitrary<(BigInteger A, string Op, BigInteger B)> Cases() =>
        (from a in NumberGenerators.Integers
         from op in Gen.Elements(s_binaryOps)
         from b in NumberGenerators.Integers
         select op switch
         {
             "**" => (a, op, BigInteger.Abs(b) % 13), // small exponents: results stay printable
             "<<" or ">>" => (a, op, BigInteger.Abs(b) % 200),
             _ => (a, op, b),
         }).ToArbitrary();

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property BinaryOperatorsAgreeWithBigIntegerUnderFloorRules() => Prop.ForAll(Cases(), c =>
    {
        // spec: OBJ-INT-1
        long live = Interp.LiveAllocations;
        PyObject a = PyLongObject.FromBigInteger(c.A), b = PyLongObject.FromBigInteger(c.B);
        PyObject? result = Apply(a, c.Op, b);
        string? failure = Check(c.A, c.Op, c.B, result);
        Py.XDecRef(result);
        a.DecRef();
        b.DecRef();
        if (failure is null && Interp.LiveAllocations != live)
        {
            failure = $"leaked {Interp.LiveAllocations - live} objects";
        }
        return (failure is null)
            .Classify(BigInteger.Abs(c.A) > long.MaxValue || BigInteger.Abs(c.B) > long.MaxValue, "a big operand")
            .Label($"{c.A} {c.Op} {c.B}: {failure}");
    });

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property UnaryOperatorsAgreeWithBigInteger() => Prop.ForAll(NumberGenerators.Integers.ToArbitrary(), x =>
    {
        // spec: OBJ-INT-1
        long live = Interp.LiveAllocations;
        PyObject v = PyLongObject.FromBigInteger(x);
        bool ok = true;
        foreach ((string op, BigInteger expected) in new[] { ("-", -x), ("~", -x - 1), ("abs", BigInteger.Abs(x)), ("+", x) })
        {
            PyObject? r = ApplyUnary(op, v);
            ok &= r is PyLongObject l && l.Value == expected && IsNormalized(l);
            Py.XDecRef(r);
        }
        v.DecRef();
        return (ok && Interp.LiveAllocations == live).Label(x.ToString(System.Globalization.CultureInfo.InvariantCulture));
    });

    /// <summary>Null when <paramref name="result"/> is what Python's rules give for a op b, else what differs.</summary>
    private static string? Check(BigInteger a, string op, BigInteger b, PyObject? result)
    {
        if ((op is "//" or "%" or "divmod") && b.IsZero)
        {
            return result is null && TakeError() == "ZeroDivisionError: division by zero" ? null : "expected ZeroDivisionError";
        }
        if (result is null)
        {
            return "raised " + TakeError();
        }
        if (op == "divmod")
        {
            (BigInteger q, BigInteger r) = FloorDivMod(a, b);
            return result is PyTupleObject { Count: 2 } t && Same(t[0], q) && Same(t[1], r) ? null : "divmod differs";
        }
        BigInteger expected = op switch
        {
            "+" => a + b,
            "-" => a - b,
            "*" => a * b,
            "//" => FloorDivMod(a, b).Quotient,
            "%" => FloorDivMod(a, b).Remainder,
            "**" => BigInteger.Pow(a, (int)b),
            "<<" => a * BigInteger.Pow(2, (int)b),
            ">>" => FloorDivMod(a, BigInteger.Pow(2, (int)b)).Quotient,
            "&" => a & b,
            "|" => a | b,
            _ => a ^ b,
        };
        return Same(result, expected) ? null : $"got {((PyLongObject)result).Value}, expected {expected}";
    }

    /// <summary>Python's division: the quotient rounds down, the remainder has the divisor's sign.</summary>
    private static (BigInteger Quotient, BigInteger Remainder) FloorDivMod(BigInteger a, BigInteger b)
    {
        BigInteger q = BigInteger.DivRem(a, b, out BigInteger r);
        if (!r.IsZero && r.Sign != b.Sign)
        {
            q -= 1;
            r += b;
        }
        return (q, r);
    }

    private static bool Same(PyObject o, BigInteger expected) =>
        o is PyLongObject l && o.ObType == PyLongObject.Type && l.Value == expected && IsNormalized(l);

    /// <summary>A value that fits a long is stored as one, and small ints are the shared immortals.</summary>
    private static bool IsNormalized(PyLongObject l) =>
        l.IsCompact == (l.Value >= long.MinValue && l.Value <= long.MaxValue)
        && (l.Value < -5 || l.Value > 256 || l.IsImmortal);
}
