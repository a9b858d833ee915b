// P2 (OBJ-DICT-1): random sequences of dict operations on small int keys, keys whose hashes collide
// with them (n + 2**61 - 1) and short str keys give the same results, the same KeyErrors and the same
// insertion order as an ordered list of pairs.
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Reference.Objects;

namespace Reference.Objects.Tests.Containers;

/// <summary>One dict operation on key K with value V; Pairs for update.</summary>
public sealed record DictOp(string Name, Key K, long V, (Key Key, long Value)[] Pairs)
{
    /// <summary>The operation as Python source.</summary>
    public override string ToString() => Name switch
    {
        "set" => $"d[{K}] = {V}",
        "getitem" => $"d[{K}]",
        "del" => $"del d[{K}]",
        "get" or "pop" => $"d.{Name}({K})",
        "popdefault" => $"d.pop({K}, {V})",
        "setdefault" => $"d.setdefault({K}, {V})",
        "contains" => $"{K} in d",
        "update" => "d.update([" + string.Join(", ", Array.ConvertAll(Pairs, p => $"({p.Key}, {p.Value})")) + "])",
        _ => $"d.{Name}()",
    };
}

[NUnit.Framework.TestFixture]
public sealed class DictModelProperties : ModelProperty
{
    private static Arbitrary<DictOp[]> Operations()
    {
        Gen<long> value = Gen.Choose(-2, 9).Select(v => (long)v);
        Gen<(Key, long)[]> pairs = Gen.Choose(0, 4).SelectMany(n => Key.Generator.Zip(value).ArrayOf(n));
        Gen<DictOp> Op(string name) =>
            from k in Key.Generator
            from v in value
            from p in name == "update" ? pairs : Gen.Constant(Array.Empty<(Key, long)>())
            select new DictOp(name, k, v, p);
        Gen<DictOp> op = Gen.Frequency(
            (6, Op("set")), (2, Op("getitem")), (1, Op("get")), (3, Op("del")), (2, Op("pop")), (1, Op("popdefault")),
            (2, Op("popitem")), (2, Op("setdefault")), (2, Op("update")), (1, Op("clear")), (2, Op("contains")),
            (1, Op("copy")));
        return Arb.Array(Arb.From(op));
    }

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property DictOperationsMatchTheModel()
    {
        // spec: OBJ-DICT-1, OBJ-HASH-3, OBJ-RC-8
        return Prop.ForAll(Operations(), ops => RunCase(() => Check(ops)));
    }

    private static string? Check(DictOp[] ops)
    {
        PyDictObject dict = PyDictObject.New();
        var model = new List<(Key Key, long Value)>();
        try
        {
            for (int step = 0; step < ops.Length; step++)
            {
                DictOp op = ops[step];
                string expected = ApplyModel(model, op);
                string actual = Apply(dict, op);
                if (actual != expected)
                {
                    return $"step {step} {op}: got {actual}, expected {expected}";
                }
                string contents = ModelRepr(model);
                string? repr = PyObject.ReprToString(dict);
                if (repr != contents || dict.Count != model.Count)
                {
                    return $"step {step} {op}: dict is {repr} (len {dict.Count}), model is {contents} (len {model.Count})";
                }
            }
            return null;
        }
        finally
        {
            dict.DecRef();
        }
    }

    private static string ModelRepr(List<(Key Key, long Value)> model) =>
        "{" + string.Join(", ", model.ConvertAll(p => $"{p.Key}: {p.Value}")) + "}";

    private static string Apply(PyDictObject d, DictOp op)
    {
        PyObject key = op.K.ToPy();
        PyObject value = PyLongObject.FromLong(op.V);
        try
        {
            switch (op.Name)
            {
                case "set":
                    return Outcome(PyObject.SetItem(d, key, value));
                case "getitem":
                    return Outcome(PyObject.GetItem(d, key));
                case "del":
                    return Outcome(PyObject.DelItem(d, key));
                case "get":
                case "pop":
                    return Outcome(PyObject.CallMethod(d, op.Name, key));
                case "popdefault":
                    return Outcome(PyObject.CallMethod(d, "pop", key, value));
                case "setdefault":
                    return Outcome(PyObject.CallMethod(d, "setdefault", key, value));
                case "contains":
                    return Outcome(PySequence.Contains(d, key) switch { < 0 => null, 0 => Py.False, _ => Py.True });
                case "update":
                {
                    PyListObject pairs = PyListObject.New(0);
                    foreach ((Key k, long v) in op.Pairs)
                    {
                        pairs.AppendSteal(PyTupleObject.FromArraySteal([k.ToPy(), PyLongObject.FromLong(v)]));
                    }
                    return CallSteal(d, "update", pairs);
                }
                case "copy":
                {
                    PyObject? copy = PyObject.CallMethod(d, "copy");
                    if (copy is null)
                    {
                        return TakeError();
                    }
                    int eq = PyObject.RichCompareBool(copy, d, CompareOp.Eq);
                    bool sameOrder = PyObject.ReprToString(copy) == PyObject.ReprToString(d);
                    copy.DecRef();
                    return eq == 1 && sameOrder ? "copy" : "copy differs";
                }
                default:
                    return Outcome(PyObject.CallMethod(d, op.Name));
            }
        }
        finally
        {
            key.DecRef();
            value.DecRef();
        }
    }

    #region model
    private static string ApplyModel(List<(Key Key, long Value)> d, DictOp op)
    {
        int at = d.FindIndex(p => p.Key == op.K);
        switch (op.Name)
        {
            case "set":
                Set(d, op.K, op.V);
                return "None";
            case "getitem":
                return at < 0 ? $"KeyError: {op.K}" : Str(d[at].Value);
            case "get":
                return at < 0 ? "None" : Str(d[at].Value);
            case "del":
            case "pop":
            case "popdefault":
                if (at < 0)
                {
                    return op.Name == "popdefault" ? Str(op.V) : $"KeyError: {op.K}";
                }
                long old = d[at].Value;
                d.RemoveAt(at);
                return op.Name == "del" ? "None" : Str(old);
            case "popitem":
                if (d.Count == 0)
                {
                    return "KeyError: 'popitem(): dictionary is empty'";
                }
                (Key k, long v) = d[^1];
                d.RemoveAt(d.Count - 1);
                return $"({k}, {v})";
            case "setdefault":
                if (at >= 0)
                {
                    return Str(d[at].Value);
                }
                d.Add((op.K, op.V));
                return Str(op.V);
            case "update":
                foreach ((Key pk, long pv) in op.Pairs)
                {
                    Set(d, pk, pv);
                }
                return "None";
            case "clear":
                d.Clear();
                return "None";
            case "contains":
                return at >= 0 ? "True" : "False";
            case "copy":
                return "copy";
            default:
                throw new InvalidOperationException(op.Name);
        }
    }

    private static void Set(List<(Key Key, long Value)> d, Key k, long v)
    {
        int at = d.FindIndex(p => p.Key == k);
        if (at >= 0)
        {
            d[at] = (k, v);
        }
        else
        {
            d.Add((k, v));
        }
    }
    #endregion

    private static string Str(long v) => v.ToString(CultureInfo.InvariantCulture);
}
