// P1 (OBJ-LIST-1/2): random sequences of list operations give the same results, the same errors
// (with CPython's messages) and the same contents as a List<long> model that implements CPython's
// rules — index clamping, slice indices, extended-slice sizes — independently of the runtime.
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Reference.Objects;

namespace Reference.Objects.Tests.Containers;

/// <summary>One list operation; A, B, C are indexes or slice bounds (null: omitted), Values its items.</summary>
public sealed record ListOp(string Name, int? A, int? B, int? C, long[] Values)
{
    private static string Bound(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";

    private string Items => "[" + string.Join(", ", Values) + "]";

    /// <summary>The operation as Python source.</summary>
    public override string ToString() => Name switch
    {
        "append" or "remove" or "index" or "count" => $"l.{Name}({Values[0]})",
        "insert" => $"l.insert({A}, {Values[0]})",
        "pop" => $"l.pop({Bound(A)})",
        "extend" => $"l.extend({Items})",
        "sort" => A == 1 ? "l.sort(reverse=True)" : "l.sort()",
        "setslice" => $"l[{Bound(A)}:{Bound(B)}:{Bound(C)}] = {Items}",
        "delslice" => $"del l[{Bound(A)}:{Bound(B)}:{Bound(C)}]",
        "setitem" => $"l[{A}] = {Values[0]}",
        "delitem" => $"del l[{A}]",
        "getitem" => $"l[{A}]",
        _ => $"l.{Name}()",
    };
}

[NUnit.Framework.TestFixture]
public sealed class ListModelProperties : ModelProperty
{
    private static readonly Gen<long> s_value = Gen.Choose(-2, 6).Select(v => (long)v);
    private static readonly Gen<int> s_index = Gen.Choose(-8, 8);
    private static readonly Gen<int?> s_bound = Gen.Frequency((3, s_index.Select(i => (int?)i)), (1, Gen.Constant((int?)null)));
    private static readonly Gen<int?> s_step = Gen.Elements<int?>(null, 1, 1, 2, 3, -1, -2, -3, 0);
    private static readonly Gen<long[]> s_values = Gen.Choose(0, 5).SelectMany(n => s_value.ArrayOf(n));

    private static Gen<ListOp> Op(string name, Gen<int?> a, Gen<int?> b, Gen<int?> c, Gen<long[]> values) =>
        from x in a
        from y in b
        from z in c
        from v in values
        select new ListOp(name, x, y, z, v);

    private static readonly Gen<int?> s_none = Gen.Constant((int?)null);
    private static readonly Gen<long[]> s_one = s_value.Select(v => new[] { v });
    private static readonly Gen<long[]> s_empty = Gen.Constant(Array.Empty<long>());

    private static Arbitrary<ListOp[]> Operations()
    {
        Gen<ListOp> op = Gen.Frequency(
            (4, Op("append", s_none, s_none, s_none, s_one)),
            (3, Op("insert", s_index.Select(i => (int?)i), s_none, s_none, s_one)),
            (2, Op("pop", s_none, s_none, s_none, s_empty)),
            (2, Op("pop", s_index.Select(i => (int?)i), s_none, s_none, s_empty)),
            (2, Op("remove", s_none, s_none, s_none, s_one)),
            (2, Op("index", s_none, s_none, s_none, s_one)),
            (1, Op("count", s_none, s_none, s_none, s_one)),
            (2, Op("extend", s_none, s_none, s_none, s_values)),
            (1, Op("reverse", s_none, s_none, s_none, s_empty)),
            (1, Op("sort", Gen.Elements<int?>(0, 1), s_none, s_none, s_empty)),
            (3, Op("setslice", s_bound, s_bound, s_step, s_values)),
            (2, Op("delslice", s_bound, s_bound, s_step, s_empty)),
            (2, Op("setitem", s_index.Select(i => (int?)i), s_none, s_none, s_one)),
            (2, Op("delitem", s_index.Select(i => (int?)i), s_none, s_none, s_empty)),
            (1, Op("getitem", s_index.Select(i => (int?)i), s_none, s_none, s_empty)),
            (1, Op("clear", s_none, s_none, s_none, s_empty)),
            (1, Op("copy", s_none, s_none, s_none, s_empty)));
        Arbitrary<ListOp> arb = Arb.From(op, o => o.Values.Length > 1
            ? [o with { Values = o.Values[..^1] }]
            : []);
        return Arb.Array(arb);
    }

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property ListOperationsMatchTheModel()
    {
        // spec: OBJ-LIST-1, OBJ-LIST-2, OBJ-RC-8
        return Prop.ForAll(Operations(), ops => RunCase(() => Check(ops)));
    }

    private static string? Check(ListOp[] ops)
    {
        PyListObject list = PyListObject.New(0);
        var model = new List<long>();
        try
        {
            for (int step = 0; step < ops.Length; step++)
            {
                ListOp op = ops[step];
                string expected = ApplyModel(model, op);
                string actual = Apply(list, op);
                if (actual != expected)
                {
                    return $"step {step} {op}: got {actual}, expected {expected}";
                }
                string contents = "[" + string.Join(", ", model) + "]";
                string? repr = PyObject.ReprToString(list);
                if (repr != contents)
                {
                    return $"step {step} {op}: list is {repr}, model is {contents}";
                }
            }
            return null;
        }
        finally
        {
            list.DecRef();
        }
    }

    private static string Apply(PyListObject list, ListOp op)
    {
        switch (op.Name)
        {
            case "append":
            case "remove":
            case "index":
            case "count":
                return CallSteal(list, op.Name, PyLongObject.FromLong(op.Values[0]));
            case "insert":
                return CallSteal(list, "insert", PyLongObject.FromLong(op.A!.Value), PyLongObject.FromLong(op.Values[0]));
            case "pop":
                return op.A is { } i ? CallSteal(list, "pop", PyLongObject.FromLong(i)) : CallSteal(list, "pop");
            case "extend":
                return CallSteal(list, "extend", NewIntList(op.Values));
            case "sort":
                return op.A == 1 ? Outcome(list.Sort(null, reverse: true) < 0 ? null : Py.None) : CallSteal(list, "sort");
            case "setslice":
            case "delslice":
            {
                PyObject slice = NewSlice(op);
                PyListObject? values = op.Name == "setslice" ? NewIntList(op.Values) : null;
                int r = PyObject.SetItem(list, slice, values);
                slice.DecRef();
                values?.DecRef();
                return Outcome(r);
            }
            case "setitem":
            case "delitem":
            {
                PyObject index = PyLongObject.FromLong(op.A!.Value);
                PyObject? value = op.Name == "setitem" ? PyLongObject.FromLong(op.Values[0]) : null;
                int r = PyObject.SetItem(list, index, value);
                index.DecRef();
                value?.DecRef();
                return Outcome(r);
            }
            case "getitem":
            {
                PyObject index = PyLongObject.FromLong(op.A!.Value);
                PyObject? item = PyObject.GetItem(list, index);
                index.DecRef();
                return Outcome(item);
            }
            case "copy":
            {
                PyObject? copy = PyObject.CallMethod(list, "copy");
                if (copy is null)
                {
                    return TakeError();
                }
                bool same = copy != list && PyObject.ReprToString(copy) == PyObject.ReprToString(list);
                copy.DecRef();
                return same ? "copy" : "copy differs";
            }
            default:
                return CallSteal(list, op.Name);
        }
    }

    private static PyObject NewSlice(ListOp op)
    {
        PyObject? a = op.A is { } x ? PyLongObject.FromLong(x) : null;
        PyObject? b = op.B is { } y ? PyLongObject.FromLong(y) : null;
        PyObject? c = op.C is { } z ? PyLongObject.FromLong(z) : null;
        PyObject slice = PySliceObject.New(a, b, c);
        Py.XDecRef(a);
        Py.XDecRef(b);
        Py.XDecRef(c);
        return slice;
    }

    #region model
    /// <summary>What CPython does, written against List&lt;long&gt;.</summary>
    private static string ApplyModel(List<long> l, ListOp op)
    {
        int n = l.Count;
        switch (op.Name)
        {
            case "append":
                l.Add(op.Values[0]);
                return "None";
            case "insert":
            {
                long i = op.A!.Value;
                i = i < 0 ? Math.Max(0, i + n) : Math.Min(i, n);
                l.Insert((int)i, op.Values[0]);
                return "None";
            }
            case "pop":
            {
                if (n == 0)
                {
                    return "IndexError: pop from empty list";
                }
                long i = op.A ?? -1;
                if (i < 0)
                {
                    i += n;
                }
                if (i < 0 || i >= n)
                {
                    return "IndexError: pop index out of range";
                }
                long v = l[(int)i];
                l.RemoveAt((int)i);
                return Str(v);
            }
            case "remove":
            {
                int at = l.IndexOf(op.Values[0]);
                if (at < 0)
                {
                    return "ValueError: list.remove(x): x not in list";
                }
                l.RemoveAt(at);
                return "None";
            }
            case "index":
            {
                int at = l.IndexOf(op.Values[0]);
                return at < 0 ? "ValueError: list.index(x): x not in list" : Str(at);
            }
            case "count":
                return Str(l.FindAll(v => v == op.Values[0]).Count);
            case "extend":
                l.AddRange(op.Values);
                return "None";
            case "reverse":
                l.Reverse();
                return "None";
            case "sort":
                l.Sort();
                if (op.A == 1)
                {
                    l.Reverse();
                }
                return "None";
            case "setslice":
            case "delslice":
                return ModelSlice(l, op);
            case "setitem":
            case "delitem":
            case "getitem":
            {
                long i = op.A!.Value;
                if (i < 0)
                {
                    i += n;
                }
                if (i < 0 || i >= n)
                {
                    return op.Name == "getitem" ? "IndexError: list index out of range" : "IndexError: list assignment index out of range";
                }
                if (op.Name == "getitem")
                {
                    return Str(l[(int)i]);
                }
                if (op.Name == "setitem")
                {
                    l[(int)i] = op.Values[0];
                }
                else
                {
                    l.RemoveAt((int)i);
                }
                return "None";
            }
            case "clear":
                l.Clear();
                return "None";
            case "copy":
                return "copy";
            default:
                throw new InvalidOperationException(op.Name);
        }
    }

    /// <summary>l[a:b:c] = values and del l[a:b:c] by CPython's PySlice_Unpack and PySlice_AdjustIndices.</summary>
    private static string ModelSlice(List<long> l, ListOp op)
    {
        long step = op.C ?? 1;
        if (step == 0)
        {
            return "ValueError: slice step cannot be zero";
        }
        int n = l.Count;
        long start = Fit(op.A ?? (step < 0 ? long.MaxValue : 0), n, step);
        long stop = Fit(op.B ?? (step < 0 ? long.MinValue : long.MaxValue), n, step);
        long length = step < 0
            ? (stop < start ? (start - stop - 1) / -step + 1 : 0)
            : (start < stop ? (stop - start - 1) / step + 1 : 0);
        bool delete = op.Name == "delslice";
        if (step == 1)
        {
            int low = (int)start, high = (int)Math.Max(start, stop);
            l.RemoveRange(low, high - low);
            if (!delete)
            {
                l.InsertRange(low, op.Values);
            }
            return "None";
        }
        var positions = new List<int>();
        for (long i = 0, cur = start; i < length; i++, cur += step)
        {
            positions.Add((int)cur);
        }
        if (delete)
        {
            positions.Sort();
            for (int i = positions.Count - 1; i >= 0; i--)
            {
                l.RemoveAt(positions[i]);
            }
            return "None";
        }
        if (op.Values.Length != length)
        {
            return $"ValueError: attempt to assign sequence of size {op.Values.Length} to extended slice of size {length}";
        }
        for (int i = 0; i < positions.Count; i++)
        {
            l[positions[i]] = op.Values[i];
        }
        return "None";
    }

    private static long Fit(long index, long length, long step)
    {
        if (index < 0)
        {
            index += length;
            return index < 0 ? (step < 0 ? -1 : 0) : index;
        }
        return index >= length ? (step < 0 ? length - 1 : length) : index;
    }
    #endregion

    private static string Str(long v) => v.ToString(CultureInfo.InvariantCulture);
}
