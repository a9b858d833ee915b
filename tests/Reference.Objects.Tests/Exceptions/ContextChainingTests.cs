// OBJ-EXC-3: a raised exception takes the handled one as its __context__, never forming a cycle.
using NUnit.Framework;
using Reference.Objects;
using Reference.Objects.Tests.Types;

namespace Reference.Objects.Tests.Exceptions;

[TestFixture]
public sealed class ContextChainingTests : ObjectModelTest
{
    private PyBaseExceptionObject Exc(PyTypeObject t, string message) => (PyBaseExceptionObject)Call(t, S(message));

    private PyBaseExceptionObject Take() => Keep(PyErr.GetRaisedException()!);

    [TearDown]
    public void ForgetHandled() => PyThreadState.Get().HandledException = null;

    [Test]
    public void ANewErrorGetsTheHandledExceptionAsContext()
    {
        // spec: OBJ-EXC-3
        PyBaseExceptionObject handled = Exc(PyExc.KeyError, "k");
        PyThreadState.Get().HandledException = handled;
        PyErr.SetString(PyExc.ValueError, "during handling");
        PyBaseExceptionObject raised = Take();
        Assert.That(raised.ContextBorrowed, Is.SameAs(handled));
        Assert.That(Attr(raised, "__context__"), Is.SameAs(handled));
        Assert.That(raised.IsContextSuppressed, Is.False);
    }

    [Test]
    public void WithoutAHandledExceptionThereIsNoContext()
    {
        // spec: OBJ-EXC-3
        PyErr.SetString(PyExc.ValueError, "plain");
        Assert.That(Take().ContextBorrowed, Is.Null);
    }

    [Test]
    public void ReraisingTheHandledExceptionDoesNotChainItToItself()
    {
        // spec: OBJ-EXC-3
        PyBaseExceptionObject handled = Exc(PyExc.KeyError, "k");
        PyThreadState.Get().HandledException = handled;
        PyErr.Raise(Py.NewRef(handled));
        PyBaseExceptionObject raised = Take();
        Assert.That(raised, Is.SameAs(handled));
        Assert.That(raised.ContextBorrowed, Is.Null);
    }

    [Test]
    public void ALoopBackToTheRaisedExceptionIsCut()
    {
        // spec: OBJ-EXC-3
        PyBaseExceptionObject a = Exc(PyExc.ValueError, "a"), b = Exc(PyExc.TypeError, "b");
        a.SetContext(b.NewRef());          // a was raised while handling b
        PyThreadState.Get().HandledException = a;
        PyErr.Raise(Py.NewRef(b));        // now b is raised again while handling a
        PyBaseExceptionObject raised = Take();
        Assert.That(raised, Is.SameAs(b));
        Assert.That(b.ContextBorrowed, Is.SameAs(a));
        Assert.That(a.ContextBorrowed, Is.Null, "the old link a -> b is cut, so there is no cycle");
    }

    [Test]
    public void ALongChainIsCutWhereItReachesTheRaisedException()
    {
        // spec: OBJ-EXC-3
        PyBaseExceptionObject a = Exc(PyExc.ValueError, "a"), b = Exc(PyExc.TypeError, "b"), c = Exc(PyExc.KeyError, "c");
        a.SetContext(b.NewRef());
        b.SetContext(c.NewRef());
        PyThreadState.Get().HandledException = a;
        PyErr.Raise(Py.NewRef(c));
        Take();
        Assert.That(c.ContextBorrowed, Is.SameAs(a));
        Assert.That(a.ContextBorrowed, Is.SameAs(b));
        Assert.That(b.ContextBorrowed, Is.Null);
    }

    [Test]
    public void APreexistingCycleInTheChainDoesNotHang()
    {
        // spec: OBJ-EXC-3
        PyBaseExceptionObject a = Exc(PyExc.ValueError, "a"), b = Exc(PyExc.TypeError, "b");
        a.SetContext(b.NewRef());
        b.SetContext(a.NewRef());
        PyThreadState.Get().HandledException = a;
        PyErr.SetString(PyExc.RuntimeError, "new");
        PyBaseExceptionObject raised = Take();
        Assert.That(raised.ContextBorrowed, Is.SameAs(a));
        a.SetContext(null);
    }

    [Test]
    public void SetObjectWithAnInstanceRaisesItAsIs()
    {
        // spec: OBJ-EXC-3, OBJ-EXC-1
        PyBaseExceptionObject e = Exc(PyExc.FileNotFoundError, "x");
        PyErr.SetObject(PyExc.OSError, e);
        Assert.That(Take(), Is.SameAs(e));
        PyErr.SetObject(PyExc.ValueError, Tuple(Int(1), Int(2)));
        Assert.That(Repr(Take()), Is.EqualTo("ValueError(1, 2)"));
        PyErr.SetObject(PyExc.ValueError, None);
        Assert.That(Repr(Take()), Is.EqualTo("ValueError()"));
        PyErr.SetKeyError(Tuple(Int(1)));
        Assert.That(Str(Take()), Is.EqualTo("(1,)"));
    }

    [Test]
    public void AnExceptionClassThatReturnsANonExceptionIsATypeError()
    {
        // spec: OBJ-EXC-1
        PyTypeObject weird = Class("Weird", [PyExc.Exception], ("__new__", StaticMethod(Returns("__new__", Int(5)))));
        PyErr.SetString(weird, "x");
        Assert.That(PyBaseExceptionObject.FormatExceptionOnly(Take()), Is.EqualTo("TypeError: calling <class 'Weird'> should have returned an instance of BaseException, not int"));
    }
}
