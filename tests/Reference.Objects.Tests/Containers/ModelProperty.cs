// Shared machinery of the model-based properties: an operation is applied to the runtime's container
// and to a plain C# model; each returns what Python would print for the call — the result's repr, or
// "Type: message" when it raises — and the two must agree after every step, as must the contents.
// Each generated case runs on fresh objects and must leave no object alive behind it (a refcount
// check per case, on top of the fixture's own).
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Containers;

/// <summary>A key of the dict and set models: a small int, an int whose hash collides with a small int
/// (n + 2**61 - 1 hashes like n), or a short str.</summary>
public readonly record struct Key(long Number, string? Text)
{
    /// <summary>2**61 - 1: n and n + Modulus hash alike but are unequal.</summary>
    public const long Modulus = (1L << 61) - 1;

    /// <summary>The key as Python prints it (KeyError shows the repr).</summary>
    public override string ToString() => Text is null ? Number.ToString(CultureInfo.InvariantCulture) : $"'{Text}'";

    /// <summary>A new reference to the key as a Python object.</summary>
    public PyObject ToPy() => Text is null ? PyLongObject.FromLong(Number) : PyUnicodeObject.FromString(Text);

    /// <summary>The key of a Python int or str.</summary>
    public static Key FromPy(PyObject o) => o is PyUnicodeObject s ? new Key(0, s.Value) : new Key((long)((PyLongObject)o).Value, null);

    /// <summary>Mostly small ints, some colliding with them, some strs.</summary>
    public static Gen<Key> Generator { get; } = Gen.Frequency(
        (6, Gen.Choose(0, 7).Select(n => new Key(n, null))),
        (2, Gen.Choose(0, 3).Select(n => new Key(n + Modulus, null))),
        (2, Gen.Elements("a", "b", "c").Select(s => new Key(0, s))));
}

/// <summary>Base of the model-based property fixtures.</summary>
public abstract class ModelProperty : ContainerTest
{
    /// <summary>Runs one generated case and checks that it left no object alive; returns the property.</summary>
    protected Property RunCase(Func<string?> run)
    {
        long before = Interp.LiveAllocations;
        string? failure;
        try
        {
            failure = run();
        }
        finally
        {
            if (PyErr.Occurred())
            {
                PyErr.Clear();
            }
        }
        Interp.Gc.Collect();
        long leaked = Interp.LiveAllocations - before;
        if (failure is null && leaked != 0)
        {
            failure = $"{leaked} object(s) left alive";
        }
        return Prop.Label(failure is null, failure ?? "");
    }

    /// <summary>The outcome of a call as Python shows it: the repr of the result (released here), or the
    /// exception as "Type: message".</summary>
    protected static string Outcome(PyObject? result)
    {
        if (result is null)
        {
            return TakeError();
        }
        string text = PyObject.ReprToString(result) ?? "<repr failed>";
        result.DecRef();
        return text;
    }

    /// <summary>The outcome of a status-returning call: "None" or the exception.</summary>
    protected static string Outcome(int status) => status < 0 ? TakeError() : "None";

    /// <summary>A list of new ints, released by the caller.</summary>
    protected static PyListObject NewIntList(IEnumerable<long> values)
    {
        PyListObject list = PyListObject.New(0);
        foreach (long v in values)
        {
            list.AppendSteal(PyLongObject.FromLong(v));
        }
        return list;
    }

    /// <summary>A list of new keys, released by the caller.</summary>
    protected static PyListObject NewKeyList(IEnumerable<Key> keys)
    {
        PyListObject list = PyListObject.New(0);
        foreach (Key k in keys)
        {
            list.AppendSteal(k.ToPy());
        }
        return list;
    }

    /// <summary>o.name(*args) where every argument is a new reference this call releases.</summary>
    protected static string CallSteal(PyObject o, string name, params PyObject[] stolenArgs)
    {
        PyObject? result = PyObject.CallMethod(o, name, stolenArgs);
        foreach (PyObject a in stolenArgs)
        {
            a.DecRef();
        }
        return Outcome(result);
    }

    /// <summary>Shrinks an array by dropping one element at a time, then by shrinking elements.</summary>
    protected static IEnumerable<T[]> ShrinkArray<T>(T[] items, Func<T, IEnumerable<T>> shrinkItem)
    {
        for (int i = 0; i < items.Length; i++)
        {
            yield return [.. items[..i], .. items[(i + 1)..]];
        }
        for (int i = 0; i < items.Length; i++)
        {
            foreach (T smaller in shrinkItem(items[i]))
            {
                T[] copy = (T[])items.Clone();
                copy[i] = smaller;
                yield return copy;
            }
        }
    }
}
