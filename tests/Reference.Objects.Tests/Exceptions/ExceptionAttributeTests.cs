// OBJ-EXC-1: args, __traceback__, __notes__, __cause__, __context__ and __suppress_context__.
using NUnit.Framework;
using Reference.Objects;
using Reference.Objects.Tests.Types;

namespace Reference.Objects.Tests.Exceptions;

[TestFixture]
public sealed class ExceptionAttributeTests : ObjectModelTest
{
    [Test]
    public void ArgsCanBeReplacedByAnyIterable()
    {
        // spec: OBJ-EXC-1
        PyObject e = Call(PyExc.ValueError, Int(1));
        SetAttr(e, "args", List(Int(1), Int(2)));
        Assert.That(Repr(Attr(e, "args")) + " " + Str(e), Is.EqualTo("(1, 2) (1, 2)"));
        Assert.That(SetAttrRaises(e, "args", Int(5)), Is.EqualTo("TypeError: 'int' object is not iterable"));
        Assert.That(SetAttrRaises(e, "args", null), Is.EqualTo("TypeError: args may not be deleted"));
    }

    [Test]
    public void TracebackMustBeATracebackOrNone()
    {
        // spec: OBJ-EXC-1
        PyObject e = Call(PyExc.ValueError);
        Assert.That(MethodRaises(e, "with_traceback", Int(5)), Is.EqualTo("TypeError: __traceback__ must be a traceback or None"));
        Assert.That(Method(e, "with_traceback", None), Is.SameAs(e));
        Assert.That(Attr(e, "__traceback__"), Is.SameAs(None));
        Assert.That(SetAttrRaises(e, "__traceback__", Int(5)), Is.EqualTo("TypeError: __traceback__ must be a traceback or None"));
        Assert.That(SetAttrRaises(e, "__traceback__", null), Is.EqualTo("TypeError: __traceback__ may not be deleted"));
        SetAttr(e, "__traceback__", None);
    }

    [Test]
    public void NotesAreAppendedToAList()
    {
        // spec: OBJ-EXC-1
        PyObject e = Call(PyExc.ValueError);
        Assert.That(AttrRaises(e, "__notes__"), Is.EqualTo("AttributeError: 'ValueError' object has no attribute '__notes__'"));
        Assert.That(MethodRaises(e, "add_note", Int(5)), Is.EqualTo("TypeError: add_note() argument must be str, not int"));
        Method(e, "add_note", S("n1"));
        Method(e, "add_note", S("n2"));
        Assert.That(Repr(Attr(e, "__notes__")), Is.EqualTo("['n1', 'n2']"));
        PyObject e2 = Call(PyExc.ValueError);
        SetAttr(e2, "__notes__", Int(5));
        Assert.That(MethodRaises(e2, "add_note", S("x")), Is.EqualTo("TypeError: Cannot add note: __notes__ is not a list"));
    }

    [Test]
    public void CauseAndContextMustBeExceptionsOrNone()
    {
        // spec: OBJ-EXC-1
        PyObject e = Call(PyExc.ValueError);
        Assert.That(SetAttrRaises(e, "__cause__", Int(5)), Is.EqualTo("TypeError: exception cause must be None or derive from BaseException"));
        Assert.That(SetAttrRaises(e, "__context__", Int(5)), Is.EqualTo("TypeError: exception context must be None or derive from BaseException"));
        Assert.That(SetAttrRaises(e, "__cause__", null), Is.EqualTo("TypeError: __cause__ may not be deleted"));
        Assert.That(SetAttrRaises(e, "__context__", null), Is.EqualTo("TypeError: __context__ may not be deleted"));
        Assert.That(SetAttrRaises(e, "__suppress_context__", null), Is.EqualTo("TypeError: can't delete numeric/char attribute"));
        Assert.That(SetAttrRaises(e, "__suppress_context__", Int(0)), Is.EqualTo("TypeError: attribute value type must be bool"));
    }

    [Test]
    public void SettingACauseSuppressesTheContext()
    {
        // spec: OBJ-EXC-1
        PyObject f = Call(PyExc.ValueError), c = Call(PyExc.TypeError), ctx = Call(PyExc.KeyError);
        Assert.That(Attr(f, "__suppress_context__"), Is.SameAs(False));
        Assert.That(Attr(f, "__cause__"), Is.SameAs(None));
        Assert.That(Attr(f, "__context__"), Is.SameAs(None));
        SetAttr(f, "__cause__", c);
        Assert.That(Attr(f, "__suppress_context__"), Is.SameAs(True));
        Assert.That(Attr(f, "__cause__"), Is.SameAs(c));
        SetAttr(f, "__cause__", None);
        Assert.That(Attr(f, "__suppress_context__"), Is.SameAs(True), "clearing the cause keeps the suppression");
        SetAttr(f, "__suppress_context__", False);
        Assert.That(Attr(f, "__suppress_context__"), Is.SameAs(False));
        SetAttr(f, "__context__", ctx);
        Assert.That(Attr(f, "__context__"), Is.SameAs(ctx));
        SetAttr(f, "__context__", None);
        Assert.That(Attr(f, "__context__"), Is.SameAs(None));
    }

    [Test]
    public void KeywordsAreRejectedByPlainExceptions()
    {
        // spec: OBJ-EXC-1
        PyTupleObject kw = (PyTupleObject)Tuple(S("x"));
        Assert.That(Raises(PyObject.Vectorcall(PyExc.ValueError, [Int(1)], kw)), Is.EqualTo("TypeError: ValueError() takes no keyword arguments"));
        Assert.That(Repr(Attr(Method(PyExc.BaseException, "__new__", PyExc.ValueError, Int(1), Int(2)), "args")), Is.EqualTo("(1, 2)"));
    }

    [Test]
    public void ASubclassInitMayTakeKeywordsAndNewKeepsThePositionals()
    {
        // spec: OBJ-EXC-1
        PyTypeObject e = Class("E", [PyExc.Exception], ("__init__", CsMethodKw("__init__", (_, _, _) => Py.ReturnNone)));
        PyTupleObject kw = (PyTupleObject)Tuple(S("y"));
        PyObject inst = Ok(PyObject.Vectorcall(e, [Int(1), Int(2)], kw));
        Assert.That(Repr(Attr(inst, "args")) + " " + Repr(inst) + " " + Str(inst), Is.EqualTo("(1,) E(1) 1"));
    }

    [Test]
    public void ReduceAndSetstate()
    {
        // spec: OBJ-EXC-1
        PyObject x = Call(PyExc.ValueError, Int(1));
        Assert.That(Repr(Method(x, "__reduce__")), Is.EqualTo("(<class 'ValueError'>, (1,))"));
        SetAttr(x, "foo", Int(2));
        Assert.That(Repr(Method(x, "__reduce__")), Is.EqualTo("(<class 'ValueError'>, (1,), {'foo': 2})"));
        Method(x, "__setstate__", Dict((S("bar"), Int(3))));
        Assert.That(AsLong(Attr(x, "bar")), Is.EqualTo(3));
        Assert.That(MethodRaises(x, "__setstate__", Int(5)), Is.EqualTo("TypeError: state is not a dictionary"));
        Assert.That(Method(x, "__setstate__", None), Is.SameAs(None));
    }

    [Test]
    public void AnExceptionInACycleThroughItsContextIsCollected()
    {
        // spec: OBJ-GC-1, OBJ-EXC-1
        var a = (PyBaseExceptionObject)PyObject.CallNoArgs(PyExc.ValueError)!;
        var b = (PyBaseExceptionObject)PyObject.CallNoArgs(PyExc.TypeError)!;
        a.SetContext(b.NewRef());
        b.SetCause(a.NewRef());
        a.DecRef();
        b.DecRef();
        Assert.That(a.IsDead || b.IsDead, Is.False);
        Assert.That(Interp.Gc.Collect(), Is.GreaterThanOrEqualTo(2));
        Assert.That(a.IsDead && b.IsDead, Is.True);
    }
}
