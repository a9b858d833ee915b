// Helpers for the exception group fixtures: leaves, groups and keyword calls, all kept for the balance check.
using Reference.Objects;
using Reference.Objects.Tests.Support;
using Reference.Objects.Tests.Types;

namespace Reference.Objects.Tests.Exceptions;

/// <summary>An object-model test that builds exception groups.</summary>
public abstract class ExceptionGroupTest : ObjectModelTest
{
    /// <summary>A traceback stand-in: chapter 1 has no frames, but <c>__traceback__</c> accepts any
    /// <see cref="IPyTraceback"/>.</summary>
    private static readonly PyTypeObject s_tracebackType = new("traceback", null, default);

    /// <summary>type(message), e.g. ValueError(1).</summary>
    protected PyObject Exc(PyTypeObject type, long arg) => Call(type, Int(arg));

    /// <summary>ExceptionGroup(message, [excs...]).</summary>
    protected PyObject Group(string message, params PyObject[] excs) => Call(PyExc.ExceptionGroup, S(message), List(excs));

    /// <summary>BaseExceptionGroup(message, [excs...]).</summary>
    protected PyObject BaseGroup(string message, params PyObject[] excs) => Call(PyExc.BaseExceptionGroup, S(message), List(excs));

    /// <summary>callable(*args, **kwargs): a new reference or null.</summary>
    protected PyObject? CallKw(PyObject callable, PyObject[] args, params (string Name, PyObject Value)[] kwargs)
    {
        var all = new List<PyObject>(args);
        var names = new List<PyObject>();
        foreach ((string n, PyObject v) in kwargs)
        {
            all.Add(v);
            names.Add(S(n));
        }
        return PyObject.Vectorcall(callable, all.ToArray(), (PyTupleObject)Tuple([.. names]));
    }

    /// <summary>A traceback object for <c>__traceback__</c>.</summary>
    protected PyObject Traceback()
    {
        s_tracebackType.EnsureReady();
        return Keep(new FakeTraceback(s_tracebackType));
    }

    /// <summary>A predicate for split/subgroup written in C#: a callable that is not a class.</summary>
    protected PyObject Predicate(Func<PyObject, bool> test) => CsMethod("predicate", (e, _) => Py.NewRef(Py.Bool(test(e))));

    private sealed class FakeTraceback(PyTypeObject type) : PyObjectForTests(type), IPyTraceback;
}
