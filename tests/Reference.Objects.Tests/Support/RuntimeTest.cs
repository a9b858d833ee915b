// The base of every chapter-1 test that touches objects.
//
// Each test runs in a fresh runtime with the live-object registry on. Objects a test creates are
// registered with Keep (every helper here does it) and released at teardown; then a collection
// runs and the runtime must be back to exactly the live allocations it started with. So every
// test is also a refcount-balance check of the code it exercised: a missing DecRef anywhere in
// the runtime fails the test that reached it, and the failure lists the leaked objects.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Support;

/// <summary>A test with its own runtime and a refcount-balance check at the end.</summary>
public abstract class RuntimeTest
{
    private readonly List<PyObject> _kept = [];
    private long _baseline;

    /// <summary>The runtime of the current test.</summary>
    protected PyRuntimeState Runtime { get; private set; } = null!;

    /// <summary>The main interpreter.</summary>
    protected PyInterpreterState Interp => Runtime.MainInterpreter;

    /// <summary>What the runtime wrote to stderr (unraisable exceptions).</summary>
    protected StringWriter Stderr { get; private set; } = null!;

    /// <summary>Set to false in a test that deliberately leaves objects alive.</summary>
    protected bool CheckBalance { get; set; } = true;

    [SetUp]
    public void CreateRuntime()
    {
        Stderr = new StringWriter();
        Runtime = PyRuntimeState.Create(new PyConfig { TraceRefs = true, Stderr = Stderr });
        _baseline = Interp.LiveAllocations;
        CheckBalance = true;
    }

    [TearDown]
    public void ReleaseAndCheckBalance()
    {
        try
        {
            string? pending = PyErr.Occurred() ? TakeError() : null;
            List<PyObject> kept = [.. _kept];
            _kept.Clear(); // cleared first: a failing release must not cascade into later tests
            for (int i = kept.Count - 1; i >= 0; i--)
            {
                kept[i].DecRef();
            }
            Interp.Gc.Collect();
            Assert.That(pending, Is.Null, "the test left an exception set");
            if (CheckBalance && TestContext.CurrentContext.Result.Outcome.Status != NUnit.Framework.Interfaces.TestStatus.Failed)
            {
                long live = Interp.LiveAllocations - _baseline;
                Assert.That(live, Is.Zero, () => "leaked objects: " + DescribeLeaks());
            }
        }
        finally
        {
            Runtime.Dispose();
            Stderr.Dispose();
        }
    }

    private string DescribeLeaks()
    {
        var lines = new List<string>();
        foreach (PyObject o in Interp.LiveObjects())
        {
            string repr = o.IsDead ? "<dead>" : SafeRepr(o);
            lines.Add($"{o.ObType.Name} rc={o.RefCnt} {repr}");
            if (lines.Count >= 20)
            {
                break;
            }
        }
        return string.Join("; ", lines);
    }

    private static string SafeRepr(PyObject o)
    {
        string? r = PyObject.ReprToString(o);
        if (r is null)
        {
            PyErr.Clear();
            return "<repr failed>";
        }
        return r.Length > 60 ? r[..60] + "..." : r;
    }

    /// <summary>Registers a new reference to be released at teardown, and returns it.</summary>
    protected T Keep<T>(T obj)
        where T : PyObject
    {
        _kept.Add(obj);
        return obj;
    }

    /// <summary>Asserts that a call succeeded and keeps its result; on failure reports the Python exception.</summary>
    protected PyObject Ok(PyObject? result)
    {
        if (result is null)
        {
            Assert.Fail("expected a result, got " + (PyErr.Occurred() ? TakeError() : "null without an exception"));
        }
        return Keep(result!);
    }

    /// <summary>Asserts that a status-returning call (0 / -1) succeeded.</summary>
    protected static void Ok(int status)
    {
        if (status < 0)
        {
            Assert.Fail("expected success, got " + TakeError());
        }
    }

    /// <summary>Asserts that a call failed and returns "TypeName: message", clearing the error.</summary>
    protected static string Raises(PyObject? result)
    {
        if (result is not null)
        {
            string? repr = PyObject.ReprToString(result);
            result.DecRef();
            Assert.Fail($"expected an exception, got {repr}");
        }
        Assert.That(PyErr.Occurred(), Is.True, "failed without setting an exception");
        return TakeError();
    }

    /// <summary>Asserts that a status-returning call failed (-1) and returns "TypeName: message".</summary>
    protected static string Raises(long status)
    {
        Assert.That(status, Is.EqualTo(-1), "expected -1");
        Assert.That(PyErr.Occurred(), Is.True, "returned -1 without setting an exception");
        return TakeError();
    }

    /// <summary>Removes the pending exception and formats it as the last line of a traceback.</summary>
    protected static string TakeError()
    {
        PyBaseExceptionObject exc = PyErr.GetRaisedException()!;
        string text = PyBaseExceptionObject.FormatExceptionOnly(exc);
        exc.DecRef();
        return text;
    }

    /// <summary>repr(o) as a C# string.</summary>
    protected static string Repr(PyObject o)
    {
        string? r = PyObject.ReprToString(o);
        if (r is null)
        {
            Assert.Fail("repr failed: " + TakeError());
        }
        return r!;
    }

    /// <summary>str(o) as a C# string.</summary>
    protected static string Str(PyObject o)
    {
        string? r = PyObject.StrToString(o);
        if (r is null)
        {
            Assert.Fail("str failed: " + TakeError());
        }
        return r!;
    }

    protected PyObject Int(long value) => Keep(PyLongObject.FromLong(value));

    protected PyObject Int(System.Numerics.BigInteger value) => Keep(PyLongObject.FromBigInteger(value));

    protected PyObject Float(double value) => Keep(PyFloatObject.FromDouble(value));

    protected PyObject S(string value) => Keep(PyUnicodeObject.FromString(value));

    protected PyObject Bytes(params byte[] value) => Keep(PyBytesObject.FromSpan(value));

    protected PyObject Tuple(params PyObject[] items) => Keep(PyTupleObject.FromSpan(items));

    protected PyListObject List(params PyObject[] items) => Keep(PyListObject.FromSpan(items));

    protected PyDictObject Dict(params (PyObject Key, PyObject Value)[] items)
    {
        PyDictObject d = Keep(PyDictObject.New());
        foreach ((PyObject k, PyObject v) in items)
        {
            Ok(d.SetItem(k, v));
        }
        return d;
    }

    protected PySetObject Set(params PyObject[] items)
    {
        PySetObject s = Keep(PySetObject.New());
        foreach (PyObject item in items)
        {
            Ok(s.Add(item));
        }
        return s;
    }

    protected static PyObject None => Py.None;

    protected static PyObject True => Py.True;

    protected static PyObject False => Py.False;

    /// <summary>callable(*args), keeping the result.</summary>
    protected PyObject Call(PyObject callable, params PyObject[] args) => Ok(PyObject.Vectorcall(callable, args, null));

    /// <summary>callable(*args) that is expected to raise.</summary>
    protected static string CallRaises(PyObject callable, params PyObject[] args) => Raises(PyObject.Vectorcall(callable, args, null));

    /// <summary>obj.name(*args), keeping the result.</summary>
    protected PyObject Method(PyObject obj, string name, params PyObject[] args) => Ok(PyObject.CallMethod(obj, name, args));

    /// <summary>obj.name(*args) that is expected to raise.</summary>
    protected static string MethodRaises(PyObject obj, string name, params PyObject[] args) =>
        Raises(PyObject.CallMethod(obj, name, args));

    /// <summary>obj.name(*args, **kwargs) with keyword arguments.</summary>
    protected PyObject? MethodKw(PyObject obj, string name, PyObject[] args, params (string Name, PyObject Value)[] kwargs)
    {
        PyObject method = Ok(PyObject.GetAttr(obj, name));
        var all = new PyObject[args.Length + kwargs.Length];
        args.CopyTo(all, 0);
        var names = new PyObject[kwargs.Length];
        for (int i = 0; i < kwargs.Length; i++)
        {
            all[args.Length + i] = kwargs[i].Value;
            names[i] = PyUnicodeObject.FromString(kwargs[i].Name);
        }
        PyTupleObject kwnames = PyTupleObject.FromArraySteal(names);
        PyObject? result = PyObject.Vectorcall(method, all, kwnames);
        kwnames.DecRef();
        return result is null ? null : Keep(result);
    }

    /// <summary>o.name, keeping the result.</summary>
    protected PyObject Attr(PyObject obj, string name) => Ok(PyObject.GetAttr(obj, name));

    /// <summary>A class made at run time: type(name, bases, namespace).</summary>
    protected PyTypeObject Class(string name, PyObject[] bases, params (string Name, PyObject Value)[] members)
    {
        PyDictObject ns = Dict();
        foreach ((string n, PyObject v) in members)
        {
            Ok(ns.SetItem(S(n), v));
        }
        PyObject? type = PyTypeObject.New(PyTypeObject.Type, (PyUnicodeObject)S(name), (PyTupleObject)Tuple(bases), ns);
        return (PyTypeObject)Ok(type);
    }

    /// <summary>A method implemented in C#, to put in a class namespace: a method descriptor that binds like a
    /// function. <paramref name="body"/> gets self and the arguments and returns a new reference or null.</summary>
    protected PyObject CsMethod(string name, Func<PyObject, PyObject[], PyObject?> body) =>
        Keep(TestMethods.Make(name, body));
}
