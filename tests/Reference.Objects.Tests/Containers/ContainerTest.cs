// Helpers the container fixtures share: building containers of ints, subscripts, comparisons,
// hashes and iteration, each asserting success (or failure) the way RuntimeTest's helpers do, so
// that a test reads like the Python it checks. Expected values in every fixture were printed by
// CPython 3.14 (messages) or native 64-bit CPython 3.13 (hashes and set orders).
using System.Numerics;
using NUnit.Framework;
using Reference.Objects;
using Reference.Objects.Tests.Support;

namespace Reference.Objects.Tests.Containers;

/// <summary>A runtime test with helpers for containers.</summary>
public abstract class ContainerTest : RuntimeTest
{
    /// <summary>An int from its decimal text, for values beyond a long.</summary>
    protected PyObject Big(string value) => Int(BigInteger.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>[values...] as a list of ints.</summary>
    protected PyListObject IntList(params long[] values)
    {
        PyListObject list = Keep(PyListObject.New(values.Length));
        foreach (long v in values)
        {
            Ok(list.AppendSteal(PyLongObject.FromLong(v)));
        }
        return list;
    }

    /// <summary>(values...) as a tuple of ints.</summary>
    protected PyObject IntTuple(params long[] values)
    {
        var items = new PyObject[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            items[i] = PyLongObject.FromLong(values[i]);
        }
        return Keep(PyTupleObject.FromArraySteal(items));
    }

    /// <summary>set(values) — the ints added in the order given.</summary>
    protected PySetObject IntSet(params long[] values)
    {
        PySetObject set = Keep(PySetObject.New());
        foreach (long v in values)
        {
            PyObject item = PyLongObject.FromLong(v);
            int r = set.Add(item);
            item.DecRef();
            Ok(r);
        }
        return set;
    }

    /// <summary>frozenset(values), built from the list of the values.</summary>
    protected PyObject IntFrozenSet(params long[] values) => Call(PySetObject.FrozenSetType, IntList(values));

    /// <summary>{k: v, ...} from pairs of ints.</summary>
    protected PyDictObject IntDict(params (long Key, long Value)[] items)
    {
        PyDictObject d = Dict();
        foreach ((long k, long v) in items)
        {
            PyObject key = PyLongObject.FromLong(k), value = PyLongObject.FromLong(v);
            int r = d.SetItem(key, value);
            key.DecRef();
            value.DecRef();
            Ok(r);
        }
        return d;
    }

    /// <summary>range(args...).</summary>
    protected PyObject Range(params long[] args)
    {
        var ints = new PyObject[args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            ints[i] = Int(args[i]);
        }
        return Call(PyRangeObject.Type, ints);
    }

    /// <summary>slice(start, stop, step) with null for None.</summary>
    protected PyObject Slice(long? start, long? stop, long? step = null) =>
        Keep(PySliceObject.New(Opt(start), Opt(stop), Opt(step)));

    private PyObject? Opt(long? v) => v is { } x ? Int(x) : null;

    /// <summary>o[key].</summary>
    protected PyObject Item(PyObject o, PyObject key) => Ok(PyObject.GetItem(o, key));

    /// <summary>o[i].</summary>
    protected PyObject Item(PyObject o, long i) => Item(o, Int(i));

    /// <summary>o[key] that raises.</summary>
    protected static string ItemRaises(PyObject o, PyObject key) => Raises(PyObject.GetItem(o, key));

    /// <summary>o[key] = value.</summary>
    protected static void SetItem(PyObject o, PyObject key, PyObject value) => Ok(PyObject.SetItem(o, key, value));

    /// <summary>o[key] = value that raises.</summary>
    protected static string SetItemRaises(PyObject o, PyObject key, PyObject? value) => Raises(PyObject.SetItem(o, key, value));

    /// <summary>del o[key].</summary>
    protected static void DelItem(PyObject o, PyObject key) => Ok(PyObject.DelItem(o, key));

    /// <summary>len(o).</summary>
    protected static long Len(PyObject o)
    {
        long n = PyObject.Size(o);
        if (n < 0)
        {
            Assert.Fail("len failed: " + TakeError());
        }
        return n;
    }

    /// <summary>a op b as a bool, asserting success.</summary>
    protected static bool Compare(PyObject a, PyObject b, CompareOp op)
    {
        int r = PyObject.RichCompareBool(a, b, op);
        Ok(r);
        return r > 0;
    }

    /// <summary>a == b.</summary>
    protected static bool Eq(PyObject a, PyObject b) => Compare(a, b, CompareOp.Eq);

    /// <summary>a op b that raises.</summary>
    protected static string CompareRaises(PyObject a, PyObject b, CompareOp op) => Raises(PyObject.RichCompare(a, b, op));

    /// <summary>hash(o).</summary>
    protected static long HashOf(PyObject o)
    {
        long h = PyObject.Hash(o);
        if (h == -1)
        {
            Assert.Fail("hash failed: " + TakeError());
        }
        return h;
    }

    /// <summary>hash(o) that raises.</summary>
    protected static string HashRaises(PyObject o) => Raises(PyObject.Hash(o));

    /// <summary>x in o.</summary>
    protected static bool In(PyObject x, PyObject o)
    {
        int r = PySequence.Contains(o, x);
        Ok(r);
        return r > 0;
    }

    /// <summary>x in o that raises.</summary>
    protected static string InRaises(PyObject x, PyObject o) => Raises(PySequence.Contains(o, x));

    /// <summary>bool(o).</summary>
    protected static bool Truth(PyObject o)
    {
        int r = PyObject.IsTrue(o);
        Ok(r);
        return r > 0;
    }

    /// <summary>repr(list(o)), by iterating o here: the items in iteration order.</summary>
    protected static string Items(PyObject o)
    {
        PyObject? iter = PyObject.GetIter(o);
        if (iter is null)
        {
            Assert.Fail("iter failed: " + TakeError());
        }
        var reprs = new List<string>();
        PyObject? item;
        while ((item = PyIter.Next(iter!)) is not null)
        {
            reprs.Add(Repr(item));
            item.DecRef();
        }
        iter!.DecRef();
        Assert.That(PyErr.Occurred(), Is.False, "iteration failed");
        return "[" + string.Join(", ", reprs) + "]";
    }

    /// <summary>next(it), or null at the end.</summary>
    protected PyObject? Next(PyObject iter)
    {
        PyObject? item = PyIter.Next(iter);
        return item is null ? null : Keep(item);
    }

    /// <summary>iter(o).</summary>
    protected PyObject Iter(PyObject o) => Ok(PyObject.GetIter(o));

    /// <summary>The repr of a new reference that the test no longer needs.</summary>
    protected static string ReprSteal(PyObject? o)
    {
        if (o is null)
        {
            Assert.Fail("expected a result, got " + (PyErr.Occurred() ? TakeError() : "null"));
        }
        string text = Repr(o!);
        o!.DecRef();
        return text;
    }

    /// <summary>obj.name(*args, **kwargs) that must succeed; the result is kept by <see cref="RuntimeTest.MethodKw"/>.</summary>
    protected PyObject MethodKwOk(PyObject obj, string name, PyObject[] args, params (string Name, PyObject Value)[] kwargs)
    {
        PyObject? result = MethodKw(obj, name, args, kwargs);
        if (result is null)
        {
            Assert.Fail("expected a result, got " + TakeError());
        }
        return result!;
    }

    /// <summary>An instance of a class made with <see cref="RuntimeTest.Class"/>.</summary>
    protected PyObject New(PyTypeObject type, params PyObject[] args) => Call(type, args);

    /// <summary>A class whose instances all hash to <paramref name="hash"/> and compare equal only to themselves,
    /// unless <paramref name="eq"/> says otherwise (it gets self and other).</summary>
    protected PyTypeObject HashedClass(string name, long hash, Func<PyObject, PyObject, PyObject?>? eq = null)
    {
        var members = new List<(string, PyObject)>
        {
            ("__hash__", CsMethod("__hash__", (_, _) => PyLongObject.FromLong(hash))),
        };
        if (eq is not null)
        {
            members.Add(("__eq__", CsMethod("__eq__", (self, args) => eq(self, args[0]))));
        }
        return Class(name, [], [.. members]);
    }
}
