// P2, OBJ-HASH-3: for any two hashable built-in objects, a == b implies hash(a) == hash(b). The
// generator builds a value (int, bool, float with its special values, None, str, bytes, and tuples
// and frozensets of those) and, most of the time, a twin meant to be equal but built differently:
// int n and float(n), True, 1 and 1.0, -0.0 and 0, a tuple of twins, a frozenset of twins in
// another order with repeats. The rest of the time the second value is unrelated.
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Numbers;

[TestFixture]
public sealed class HashConsistencyProperties : NumberTest
{
    /// <summary>A hashable value to build, fresh, as often as needed.</summary>
    private abstract record Value;

    private sealed record IntValue(BigInteger V) : Value;

    private sealed record FloatValue(double V) : Value;

    private sealed record BoolValue(bool V) : Value;

    private sealed record NoneValue : Value;

    private sealed record StrValue(string V) : Value;

    private sealed record BytesValue(byte[] V) : Value;

    private sealed record TupleValue(Value[] Items) : Value;

    private sealed record FrozenSetValue(Value[] Items) : Value;

    private static readonly Gen<Value> Leaf = Gen.Frequency(
        (4, NumberGenerators.Integers.Select(v => (Value)new IntValue(v))),
        (3, NumberGenerators.IntegralDoubles.Select(v => (Value)new FloatValue(v))),
        (2, NumberGenerators.FiniteDoubles.Select(v => (Value)new FloatValue(v))),
        (1, Gen.Elements(double.PositiveInfinity, double.NegativeInfinity, double.NaN, -0.0).Select(v => (Value)new FloatValue(v))),
        (1, Gen.Elements(true, false).Select(v => (Value)new BoolValue(v))),
        (1, Gen.Constant((Value)new NoneValue())),
        (2, Gen.Elements("", "a", "abc", "0", "1", "é", "\u20ac", "\U0001F600", "None", "ab").Select(v => (Value)new StrValue(v))),
        (1, Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).Select(v => (Value)new BytesValue(v[..Math.Min(v.Length, 6)]))));

    private static Gen<Value> Values(int depth) => depth == 0 ? Leaf : Gen.Frequency(
        (6, Leaf),
        (2, Gen.ArrayOf(Values(depth - 1)).Select(items => (Value)new TupleValue(items[..Math.Min(items.Length, 4)]))),
        (1, Gen.ArrayOf(Values(depth - 1)).Select(items => (Value)new FrozenSetValue(items[..Math.Min(items.Length, 4)]))));

    /// <summary>A value meant to equal <paramref name="v"/>, made of other types or other objects where it can be.</summary>
    private static Gen<Value> Twin(Value v) => v switch
    {
        IntValue { V: var n } => Gen.Elements(EqualNumbers(n)),
        BoolValue { V: var b } => Gen.Elements<Value>(new IntValue(b ? 1 : 0), new FloatValue(b ? 1.0 : -0.0), v),
        FloatValue { V: var d } when double.IsFinite(d) && d == Math.Floor(d) => Gen.Elements(EqualNumbers(new BigInteger(d))),
        TupleValue { Items: var items } => Sequence(items).Select(twins => (Value)new TupleValue(twins)),
        FrozenSetValue { Items: var items } =>
            from twins in Sequence(items)
            from extra in Gen.Choose(0, twins.Length)
            from shift in Gen.Choose(0, 3)
            select (Value)new FrozenSetValue([.. twins.Skip(shift % Math.Max(1, twins.Length)), .. twins.Take(shift % Math.Max(1, twins.Length)), .. twins.Take(extra)]),
        _ => Gen.Constant(v),
    };

    /// <summary>The numbers equal to the integer n: itself, the float when n is exactly one, a bool for 0 and 1.</summary>
    private static Value[] EqualNumbers(BigInteger n)
    {
        var equal = new List<Value> { new IntValue(n) };
        double d = (double)n;
        if (double.IsFinite(d) && new BigInteger(d) == n)
        {
            equal.Add(new FloatValue(d));
            equal.Add(new FloatValue(d)); // twice as likely as the int itself
        }
        if (n.IsZero || n.IsOne)
        {
            equal.Add(new BoolValue(n.IsOne));
        }
        return [.. equal];
    }

    private static Gen<Value[]> Sequence(Value[] items)
    {
        Gen<Value[]> acc = Gen.Constant(Array.Empty<Value>());
        foreach (Value item in items)
        {
            acc = from done in acc from t in Twin(item) select (Value[])[.. done, t];
        }
        return acc;
    }

    private static Arbitrary<(Value A, Value B)> Pairs() =>
        (from a in Values(2)
         from b in Gen.Frequency((3, Twin(a)), (1, Values(2)))
         select (a, b)).ToArbitrary();

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property EqualObjectsHashEqual() => Prop.ForAll(Pairs(), pair =>
    {
        // spec: OBJ-HASH-3, OBJ-HASH-1
        long live = Interp.LiveAllocations;
        PyObject a = Build(pair.A), b = Build(pair.B);
        int equal = PyObject.RichCompareBool(a, b, CompareOp.Eq);
        long ha = PyObject.Hash(a), hb = PyObject.Hash(b);
        string? failure = equal < 0 || (ha == -1 && PyErr.Occurred()) || (hb == -1 && PyErr.Occurred()) ? "raised " + TakeError()
            : equal == 1 && ha != hb ? $"equal but hash {ha} != {hb}"
            : null;
        string text = $"{Repr(a)} vs {Repr(b)}: {failure}";
        a.DecRef();
        b.DecRef();
        if (failure is null && Interp.LiveAllocations != live)
        {
            failure = "leaked";
        }
        return (failure is null)
            .Classify(equal == 1, "equal")
            .Classify(equal == 1 && pair.A.GetType() != pair.B.GetType(), "equal across types")
            .Label(text);
    });

    /// <summary>A new object for the value: a new reference, never shared with another Build.</summary>
    private static PyObject Build(Value v)
    {
        switch (v)
        {
            case IntValue { V: var n }:
                return PyLongObject.FromBigInteger(n);
            case FloatValue { V: var d }:
                return PyFloatObject.FromDouble(d);
            case BoolValue { V: var b }:
                return Py.Bool(b);
            case NoneValue:
                return Py.None;
            case StrValue { V: var s }:
                return PyUnicodeObject.FromString(new string(s.AsSpan()));
            case BytesValue { V: var bytes }:
                return PyBytesObject.FromSpan(bytes);
            case TupleValue { Items: var items }:
                return PyTupleObject.FromArraySteal([.. items.Select(Build)]);
            case FrozenSetValue { Items: var items }:
                PyTupleObject tuple = PyTupleObject.FromArraySteal([.. items.Select(Build)]);
                PyObject? set = PyObject.CallOneArg(PySetObject.FrozenSetType, tuple);
                tuple.DecRef();
                return set ?? throw new InvalidOperationException("frozenset() failed: " + TakeError());
            default:
                throw new ArgumentException("unknown value", nameof(v));
        }
    }
}
