// OBJ-SET-1: a set's iteration order — and so its repr and what pop() returns — equals CPython's for
// the same operations on ints, because the table (probing, fill, growth, dummies, merges) is
// CPython's. Every line of SetOrderCorpus (recorded from 64-bit CPython 3.13) is replayed here.
using System.Globalization;
using System.Numerics;
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Containers;

[TestFixture]
public sealed class SetOrderTests : ContainerTest
{
    private static IEnumerable<TestCaseData> Cases()
    {
        string[] lines = SetOrderCorpus.Cases.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < lines.Length; i++)
        {
            yield return new TestCaseData(lines[i].TrimEnd('\r')).SetName($"SetOrderMatchesCPython(line {i + 1})");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void SetOrderMatchesCPython(string line)
    {
        // spec: OBJ-SET-1, OBJ-SET-2
        int bar = line.IndexOf(" | ", StringComparison.Ordinal);
        int arrow = line.IndexOf(" => ", StringComparison.Ordinal);
        int eq = line.IndexOf(" = ", arrow, StringComparison.Ordinal);
        string expectedOutputs = line[(arrow + 4)..eq].Trim();
        string expectedRepr = line[(eq + 3)..];
        PyObject s = Call(PySetObject.Type, Ints(line[..bar]));
        var outputs = new List<string>();
        foreach (string step in line[(bar + 3)..arrow].Split(" ; "))
        {
            int space = step.IndexOf(' ', StringComparison.Ordinal);
            string op = space < 0 ? step : step[..space];
            PyListObject arg = Ints(space < 0 ? "" : step[(space + 1)..]);
            s = Apply(s, op, arg, outputs);
        }
        Assert.That(string.Join(" ", outputs), Is.EqualTo(expectedOutputs), "outputs");
        Assert.That(Repr(s), Is.EqualTo(expectedRepr), "final order");
    }

    private PyListObject Ints(string text)
    {
        PyListObject list = List();
        foreach (string token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            Ok(list.AppendSteal(PyLongObject.FromBigInteger(BigInteger.Parse(token, CultureInfo.InvariantCulture))));
        }
        return list;
    }

    private PyObject SetOf(PyObject items) => Call(PySetObject.Type, items);

    private PyObject DictOf(PyObject items) => Method(PyDictObject.Type, "fromkeys", items);

    private PyObject Apply(PyObject s, string op, PyListObject arg, List<string> outputs)
    {
        switch (op)
        {
            case "add":
                Method(s, "add", arg[0]);
                return s;
            case "discard":
                Method(s, "discard", arg[0]);
                return s;
            case "remove":
            case "pop":
                PyObject? r = op == "pop" ? PyObject.CallMethod(s, "pop") : PyObject.CallMethod(s, "remove", arg[0]);
                if (r is null)
                {
                    Assert.That(TakeError(), Does.StartWith("KeyError"));
                    outputs.Add("KeyError");
                }
                else
                {
                    if (op == "pop")
                    {
                        outputs.Add(Repr(r));
                    }
                    r.DecRef();
                }
                return s;
            case "update": Method(s, "update", arg); return s;
            case "updset": Method(s, "update", SetOf(arg)); return s;
            case "upddict": Method(s, "update", DictOf(arg)); return s;
            case "du": Method(s, "difference_update", arg); return s;
            case "dus": Method(s, "difference_update", SetOf(arg)); return s;
            case "iu": Method(s, "intersection_update", arg); return s;
            case "ius": Method(s, "intersection_update", SetOf(arg)); return s;
            case "sdu": Method(s, "symmetric_difference_update", arg); return s;
            case "sdus": Method(s, "symmetric_difference_update", SetOf(arg)); return s;
            case "sdud": Method(s, "symmetric_difference_update", DictOf(arg)); return s;
            case "or": return Ok(PyNumber.Or(s, SetOf(arg)));
            case "and": return Ok(PyNumber.And(s, SetOf(arg)));
            case "sub": return Ok(PyNumber.Subtract(s, SetOf(arg)));
            case "xor": return Ok(PyNumber.Xor(s, SetOf(arg)));
            case "union": return Method(s, "union", arg);
            case "inter": return Method(s, "intersection", arg);
            case "diff": return Method(s, "difference", arg);
            case "symdiff": return Method(s, "symmetric_difference", arg);
            case "diffd": return Method(s, "difference", DictOf(arg));
            case "copy": return Method(s, "copy");
            case "clear": Method(s, "clear"); return s;
            case "ior": return Ok(PyNumber.InPlaceOr(s, SetOf(arg)));
            case "iand": return Ok(PyNumber.InPlaceAnd(s, SetOf(arg)));
            case "isub": return Ok(PyNumber.InPlaceSubtract(s, SetOf(arg)));
            case "ixor": return Ok(PyNumber.InPlaceXor(s, SetOf(arg)));
            case "frozen": return SetOf(Call(PySetObject.FrozenSetType, s));
            case "issubset":
            case "issuperset":
            case "isdisjoint":
                outputs.Add(Repr(Method(s, op, arg)));
                return s;
            default:
                Assert.Fail("unknown operation " + op);
                return s;
        }
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(5)]
    [TestCase(8)]
    [TestCase(19)]
    [TestCase(100)]
    [TestCase(1000)]
    public void ARangeOfSmallIntsIteratesInAscendingOrder(int n)
    {
        // spec: OBJ-SET-1
        PyObject s = Call(PySetObject.Type, Range(n));
        Assert.That(Items(s), Is.EqualTo(Items(Range(n))));
    }

    [Test]
    public void OrderAfterDeletionsAndGrowthIsCPythons()
    {
        // spec: OBJ-SET-1
        // s = set(); add each of range(0, 400, 7); discard each of range(0, 400, 21); s.update([1000, 8, 2**61, -1])
        PySetObject s = IntSet();
        for (long x = 0; x < 400; x += 7)
        {
            Ok(s.Add(Int(x)));
        }
        for (long x = 0; x < 400; x += 21)
        {
            Ok(s.Discard(Int(x)));
        }
        Method(s, "update", List(Int(1000), Int(8), Int(1L << 61), Int(-1)));
        Assert.That(Repr(s), Is.EqualTo(ExpectedAfterDeletions));
    }

    // python3.13 -c "s = set(); [s.add(x) for x in range(0, 400, 7)]; [s.discard(x) for x in range(0, 400, 21)]; s.update([1000, 8, 2**61, -1]); print(s)"
    private const string ExpectedAfterDeletions = "{385, 2305843009213693952, 259, 133, 7, 392, 8, 266, 140, 14, 280, 154, 28, 287, 161, 35, 301, 175, 49, 308, 182, 56, 322, 196, 70, 329, 203, 77, 343, 217, 91, 350, 224, 98, 1000, 364, 238, 112, 371, 245, 119, -1}";
}
