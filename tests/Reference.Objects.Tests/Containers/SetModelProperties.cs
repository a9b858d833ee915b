// P3 (OBJ-SET-2): random sequences of set operations on small int keys, keys whose hashes collide
// with them (n + 2**61 - 1) and short str keys give the same results, the same KeyErrors and the same
// contents as a HashSet<Key> model.
using FsCheck;
using FsCheck.Fluent;
using Reference.Objects;

namespace Reference.Objects.Tests.Containers;

/// <summary>One set operation on key K, or with the iterable Items.</summary>
public sealed record SetOp(string Name, Key K, Key[] Items)
{
    /// <summary>The operation as Python source.</summary>
    public override string ToString() => Name switch
    {
        "add" or "discard" or "remove" => $"s.{Name}({K})",
        "contains" => $"{K} in s",
        "pop" or "clear" => $"s.{Name}()",
        _ => $"s.{Name}([{string.Join(", ", Items)}])",
    };
}

[NUnit.Framework.TestFixture]
public sealed class SetModelProperties : ModelProperty
{
    private static readonly string[] s_algebra =
    [
        "union", "intersection", "difference", "symmetric_difference", "update", "intersection_update",
        "difference_update", "symmetric_difference_update", "issubset", "issuperset", "isdisjoint",
    ];

    private static Arbitrary<SetOp[]> Operations()
    {
        Gen<Key[]> items = Gen.Choose(0, 6).SelectMany(n => Key.Generator.ArrayOf(n));
        Gen<SetOp> Op(string name) =>
            from k in Key.Generator
            from i in items
            select new SetOp(name, k, i);
        Gen<SetOp> op = Gen.Frequency(
            (6, Op("add")), (3, Op("discard")), (3, Op("remove")), (2, Op("pop")), (1, Op("clear")), (2, Op("contains")),
            (8, Gen.Elements(s_algebra).SelectMany(Op)));
        return Arb.Array(Arb.From(op, o => o.Items.Length > 0 ? [o with { Items = o.Items[..^1] }] : []));
    }

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property SetOperationsMatchTheModel()
    {
        // spec: OBJ-SET-2, OBJ-HASH-3, OBJ-RC-8
        return Prop.ForAll(Operations(), ops => RunCase(() => Check(ops)));
    }

    private static string? Check(SetOp[] ops)
    {
        PySetObject set = PySetObject.New();
        var model = new HashSet<Key>();
        try
        {
            for (int step = 0; step < ops.Length; step++)
            {
                SetOp op = ops[step];
                string? failure = op.Name == "pop" ? CheckPop(set, model) : Compare(Apply(set, op), ApplyModel(model, op));
                failure ??= CompareContents(set, model);
                if (failure is not null)
                {
                    return $"step {step} {op}: {failure}";
                }
            }
            return null;
        }
        finally
        {
            set.DecRef();
        }
    }

    private static string? Compare(string actual, string expected) =>
        actual == expected ? null : $"got {actual}, expected {expected}";

    /// <summary>pop() returns an arbitrary element: it must have been in the model, which then loses it.</summary>
    private static string? CheckPop(PySetObject set, HashSet<Key> model)
    {
        PyObject? popped = PyObject.CallMethod(set, "pop");
        if (popped is null)
        {
            return Compare(TakeError(), model.Count == 0 ? "KeyError: 'pop from an empty set'" : "an element");
        }
        Key k = Key.FromPy(popped);
        popped.DecRef();
        return model.Remove(k) ? null : $"popped {k}, which the model does not have";
    }

    private static string? CompareContents(PySetObject set, HashSet<Key> model)
    {
        var seen = new HashSet<Key>();
        PyObject? iter = PyObject.GetIter(set);
        if (iter is null)
        {
            return TakeError();
        }
        PyObject? item;
        while ((item = PyIter.Next(iter)) is not null)
        {
            seen.Add(Key.FromPy(item));
            item.DecRef();
        }
        iter.DecRef();
        if (PyErr.Occurred())
        {
            return TakeError();
        }
        return seen.SetEquals(model) && set.Count == model.Count
            ? null
            : $"set is {{{string.Join(", ", seen)}}} (len {set.Count}), model is {{{string.Join(", ", model)}}}";
    }

    /// <summary>Applies the operation; a method that returns a new set is described by its sorted contents.</summary>
    private static string Apply(PySetObject set, SetOp op)
    {
        switch (op.Name)
        {
            case "add":
            case "discard":
            case "remove":
                return CallSteal(set, op.Name, op.K.ToPy());
            case "contains":
            {
                PyObject key = op.K.ToPy();
                int r = set.Contains(key);
                key.DecRef();
                return r < 0 ? TakeError() : r > 0 ? "True" : "False";
            }
            case "clear":
                return CallSteal(set, "clear");
            default:
            {
                PyListObject items = NewKeyList(op.Items);
                PyObject? result = PyObject.CallMethod(set, op.Name, items);
                items.DecRef();
                if (result is PySetObject resultSet)
                {
                    string text = Describe(resultSet);
                    result.DecRef();
                    return text;
                }
                return Outcome(result);
            }
        }
    }

    private static string Describe(PySetObject s)
    {
        var keys = new List<string>();
        int pos = 0;
        while (s.Next(ref pos, out PyObject? key, out _))
        {
            keys.Add(Key.FromPy(key!).ToString());
        }
        return Describe(keys);
    }

    private static string Describe(IEnumerable<Key> keys)
    {
        var texts = new List<string>();
        foreach (Key k in keys)
        {
            texts.Add(k.ToString());
        }
        return Describe(texts);
    }

    private static string Describe(List<string> keys)
    {
        keys.Sort(StringComparer.Ordinal);
        return "{" + string.Join(", ", keys) + "}";
    }

    #region model
    private static string ApplyModel(HashSet<Key> s, SetOp op)
    {
        var other = new HashSet<Key>(op.Items);
        switch (op.Name)
        {
            case "add":
                s.Add(op.K);
                return "None";
            case "discard":
                s.Remove(op.K);
                return "None";
            case "remove":
                return s.Remove(op.K) ? "None" : $"KeyError: {op.K}";
            case "contains":
                return s.Contains(op.K) ? "True" : "False";
            case "clear":
                s.Clear();
                return "None";
            case "union":
            case "intersection":
            case "difference":
            case "symmetric_difference":
            {
                var result = new HashSet<Key>(s);
                Combine(result, op.Name, other);
                return Describe(result);
            }
            case "update":
            case "intersection_update":
            case "difference_update":
            case "symmetric_difference_update":
                Combine(s, op.Name[..op.Name.IndexOf("update", StringComparison.Ordinal)].TrimEnd('_'), other);
                return "None";
            case "issubset":
                return s.IsSubsetOf(other) ? "True" : "False";
            case "issuperset":
                return s.IsSupersetOf(other) ? "True" : "False";
            case "isdisjoint":
                return s.Overlaps(other) ? "False" : "True";
            default:
                throw new InvalidOperationException(op.Name);
        }
    }

    private static void Combine(HashSet<Key> s, string how, HashSet<Key> other)
    {
        switch (how)
        {
            case "union":
            case "":
                s.UnionWith(other);
                break;
            case "intersection":
                s.IntersectWith(other);
                break;
            case "difference":
                s.ExceptWith(other);
                break;
            default:
                s.SymmetricExceptWith(other);
                break;
        }
    }
    #endregion
}
