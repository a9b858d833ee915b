// OBJ-EXC-1: str and repr of exceptions.
using NUnit.Framework;
using Reference.Objects;
using Reference.Objects.Tests.Types;

namespace Reference.Objects.Tests.Exceptions;

[TestFixture]
public sealed class ExceptionStrReprTests : ObjectModelTest
{
    private PyObject E(PyTypeObject t, params PyObject[] args) => Call(t, args);

    [Test]
    public void StrHasNoneOneOrManyArguments()
    {
        // spec: OBJ-EXC-1
        Assert.That(Str(E(PyExc.ValueError)), Is.EqualTo(""));
        Assert.That(Str(E(PyExc.ValueError, S("x"))), Is.EqualTo("x"));
        Assert.That(Str(E(PyExc.ValueError, S("x"), Int(1))), Is.EqualTo("('x', 1)"));
        Assert.That(Str(E(PyExc.ValueError, Int(1))), Is.EqualTo("1"));
        Assert.That(Str(E(PyExc.BaseException, None)), Is.EqualTo("None"));
    }

    [Test]
    public void ReprShowsTheArguments()
    {
        // spec: OBJ-EXC-1
        Assert.That(Repr(E(PyExc.ValueError)), Is.EqualTo("ValueError()"));
        Assert.That(Repr(E(PyExc.ValueError, S("x"))), Is.EqualTo("ValueError('x')"));
        Assert.That(Repr(E(PyExc.ValueError, S("x"), Int(1))), Is.EqualTo("ValueError('x', 1)"));
        Assert.That(Repr(E(PyExc.BaseException, None)), Is.EqualTo("BaseException(None)"));
        PyTypeObject mine = Class("Mine", [PyExc.Exception], ("__module__", S("pkg.mod")));
        Assert.That(Repr(Call(mine, Int(2))), Is.EqualTo("Mine(2)"));
    }

    [Test]
    public void KeyErrorShowsTheReprOfItsKey()
    {
        // spec: OBJ-EXC-1
        Assert.That(Str(E(PyExc.KeyError, S("k"))), Is.EqualTo("'k'"));
        Assert.That(Str(E(PyExc.KeyError, S(""))), Is.EqualTo("''"));
        Assert.That(Str(E(PyExc.KeyError)), Is.EqualTo(""));
        Assert.That(Str(E(PyExc.KeyError, Int(1), Int(2))), Is.EqualTo("(1, 2)"));
        Assert.That(Str(E(PyExc.KeyError, Tuple(S("a")))), Is.EqualTo("('a',)"));
        Assert.That(Repr(E(PyExc.KeyError, S("k"))), Is.EqualTo("KeyError('k')"));
    }

    [Test]
    public void TheTracebackLineNamesTheQualifiedType()
    {
        // spec: OBJ-EXC-1
        PyTypeObject mine = Class("Mine", [PyExc.Exception], ("__module__", S("pkg.mod")));
        var exc = (PyBaseExceptionObject)Call(mine, S("boom"));
        Assert.That(PyBaseExceptionObject.FormatExceptionOnly(exc), Is.EqualTo("pkg.mod.Mine: boom"));
        var empty = (PyBaseExceptionObject)Call(PyExc.RuntimeError);
        Assert.That(PyBaseExceptionObject.FormatExceptionOnly(empty), Is.EqualTo("RuntimeError"));
        PyTypeObject badStr = Class("BadStr", [PyExc.Exception], ("__str__", RaisesIn("__str__", PyExc.ValueError, "no")));
        Assert.That(PyBaseExceptionObject.FormatExceptionOnly((PyBaseExceptionObject)Call(badStr)), Is.EqualTo("BadStr: <exception str() failed>"));
    }
}
