// The seam later chapters build on: a runtime subclass chooses its interpreter and thread-state classes,
// and every interpreter and thread it makes — the main ones included — is of those classes.
using NUnit.Framework;

namespace Reference.Objects.Tests.Architecture;

[TestFixture]
public sealed class RuntimeSeamTests
{
    private sealed class LaterRuntime : PyRuntimeState
    {
        private LaterRuntime()
            : base(new PyConfig())
        {
        }

        public static LaterRuntime Start()
        {
            PyTypes.ReadyAll();
            var runtime = new LaterRuntime();
            runtime.MainInterpreter = runtime.NewInterpreter();
            runtime.MainThread = runtime.MainInterpreter.NewThreadState();
            return runtime;
        }

        protected override PyInterpreterState CreateInterpreter(long id) => new LaterInterpreter(this, id);
    }

    private sealed class LaterInterpreter(PyRuntimeState runtime, long id) : PyInterpreterState(runtime, id)
    {
        protected override PyThreadState CreateThreadState() => new LaterThread(this);
    }

    private sealed class LaterThread(PyInterpreterState interp) : PyThreadState(interp);

    [Test]
    public void ARuntimeSubclassMakesItsOwnInterpreterAndThreadStates()
    {
        // spec: OBJ-STATE-1
        using LaterRuntime runtime = LaterRuntime.Start();
        Assert.That(runtime.MainInterpreter, Is.TypeOf<LaterInterpreter>());
        Assert.That(runtime.MainThread, Is.TypeOf<LaterThread>());
        PyInterpreterState second = runtime.NewInterpreter();
        Assert.That(second, Is.TypeOf<LaterInterpreter>());
        Assert.That(second.Id, Is.EqualTo(1));
        Assert.That(second.NewThreadState(), Is.TypeOf<LaterThread>());
        Assert.That(runtime.Interpreters, Has.Count.EqualTo(2));
    }
}
