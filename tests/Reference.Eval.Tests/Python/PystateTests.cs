// Chapter 2's runtime makes chapter 2's interpreters and thread states, and sys is reached through them.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Eval.Tests.Python;

[TestFixture]
public sealed class PystateTests
{
    [Test]
    public void AnEvalRuntimeIsMadeOfEvalStates()
    {
        // spec: EVAL-STATE-1
        using EvalRuntime runtime = EvalRuntime.Create();
        Assert.That(runtime.MainInterpreter, Is.TypeOf<EvalInterpreterState>());
        Assert.That(PyThreadState.Get(), Is.SameAs(runtime.MainThread).And.TypeOf<EvalThreadState>());
        Assert.That(EvalThreadState.Get().Interp, Is.SameAs(runtime.MainInterpreter));
        Assert.That(runtime.NewInterpreter(), Is.TypeOf<EvalInterpreterState>());
    }

    [Test]
    public void SysIsReachedThroughTheInterpreter()
    {
        // spec: EVAL-STATE-1
        using EvalRuntime runtime = EvalRuntime.Create();
        Assert.That(PySys.GetObject("stdout"), Is.Null);
        Assert.That(PySys.SetObject("x", Py.None), Is.EqualTo(-1));
        PyBaseExceptionObject? error = PyErr.GetRaisedException();
        Assert.That(error?.ObType, Is.SameAs(PyExc.RuntimeError));
        error!.DecRef();
        PyDictObject sys = PyDictObject.New();
        runtime.MainInterpreter.SysDict = sys;
        PyObject value = PyLongObject.FromLong(5);
        Assert.That(PySys.SetObject("answer", value), Is.Zero);
        Assert.That(PySys.GetObject("answer"), Is.SameAs(value));
        Assert.That(PySys.SetObject("answer", null), Is.Zero);
        Assert.That(PySys.GetObject("answer"), Is.Null);
        runtime.MainInterpreter.SysDict = null;
        sys.DecRef();
    }
}
