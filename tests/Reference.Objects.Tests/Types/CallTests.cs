// OBJ-ERR-1, OBJ-TYPE-5: calling built-in methods — bound, unbound, and their argument errors by calling
// convention.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Types;

[TestFixture]
public sealed class CallTests : ObjectModelTest
{
    [Test]
    public void MethONeedsExactlyOneArgument()
    {
        // spec: OBJ-ERR-1
        PyObject l = List();
        Assert.That(MethodRaises(l, "append"), Is.EqualTo("TypeError: list.append() takes exactly one argument (0 given)"));
        Assert.That(MethodRaises(l, "append", Int(1), Int(2)), Is.EqualTo("TypeError: list.append() takes exactly one argument (2 given)"));
        Assert.That(Raises(MethodKw(l, "append", [], ("x", Int(1)))), Is.EqualTo("TypeError: list.append() takes no keyword arguments"));
    }

    [Test]
    public void MethNoArgsTakesNone()
    {
        // spec: OBJ-ERR-1
        PyObject l = List();
        Assert.That(MethodRaises(l, "clear", Int(1)), Is.EqualTo("TypeError: list.clear() takes no arguments (1 given)"));
        Assert.That(Raises(MethodKw(l, "clear", [], ("x", Int(1)))), Is.EqualTo("TypeError: list.clear() takes no keyword arguments"));
    }

    [Test]
    public void FastcallMethodsCheckTheirCounts()
    {
        // spec: OBJ-ERR-1
        PyObject l = List();
        Assert.That(MethodRaises(l, "pop", Int(1), Int(2)), Is.EqualTo("TypeError: pop expected at most 1 argument, got 2"));
        Assert.That(MethodRaises(l, "insert", Int(1)), Is.EqualTo("TypeError: insert expected 2 arguments, got 1"));
        Assert.That(MethodRaises(l, "index"), Is.EqualTo("TypeError: index expected at least 1 argument, got 0"));
        Assert.That(Raises(MethodKw(l, "pop", [], ("x", Int(1)))), Is.EqualTo("TypeError: list.pop() takes no keyword arguments"));
    }

    [Test]
    public void UnboundMethodDescriptorsTakeTheInstanceFirst()
    {
        // spec: OBJ-TYPE-5, OBJ-ERR-1
        PyListObject l = List();
        PyObject append = Attr(PyListObject.Type, "append");
        Assert.That(Call(append, l, Int(1)), Is.SameAs(None));
        Assert.That(Repr(l), Is.EqualTo("[1]"));
        Assert.That(CallRaises(append), Is.EqualTo("TypeError: unbound method list.append() needs an argument"));
        Assert.That(CallRaises(append, Int(1), Int(2)), Is.EqualTo("TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object"));
        Assert.That(CallRaises(append, Dict(), Int(2)), Is.EqualTo("TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'dict' object"));
        Assert.That(CallRaises(Attr(PyListObject.Type, "clear"), l, Int(1)), Is.EqualTo("TypeError: list.clear() takes no arguments (1 given)"));
        Assert.That(MethodRaises(append, "__get__", Int(1)), Is.EqualTo("TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object"));
        Assert.That(Method(append, "__get__", None, PyListObject.Type), Is.SameAs(append));
        PyObject viaTuple = Ok(PyObject.Call(append, (PyTupleObject)Tuple(l, Int(2)), null));
        Assert.That(viaTuple, Is.SameAs(None));
        Assert.That(Repr(l), Is.EqualTo("[1, 2]"));
    }

    [Test]
    public void UnboundDescriptorsWorkOnSubclassInstances()
    {
        // spec: OBJ-TYPE-5
        PyTypeObject sub = Class("L", [PyListObject.Type]);
        PyObject x = Call(sub);
        Call(Attr(PyListObject.Type, "append"), x, Int(3));
        Assert.That(Repr(x), Is.EqualTo("[3]"));
    }

    [Test]
    public void BoundBuiltinMethodsCompareByDefinitionAndSelf()
    {
        // spec: OBJ-TYPE-5
        PyObject l = List();
        PyObject a = Attr(l, "append"), b = Attr(l, "append");
        Assert.That(a, Is.Not.SameAs(b));
        Assert.That(Truth(PyObject.RichCompareBool(a, b, CompareOp.Eq)), Is.True);
        Assert.That(Truth(PyObject.RichCompareBool(a, Attr(List(), "append"), CompareOp.Eq)), Is.False);
        Assert.That(Truth(PyObject.RichCompareBool(a, Attr(l, "clear"), CompareOp.Ne)), Is.True);
        Assert.That(PyObject.Hash(a), Is.EqualTo(PyObject.Hash(b)));
        Assert.That(Raises(PyObject.RichCompare(a, b, CompareOp.Lt)),
            Is.EqualTo("TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'builtin_function_or_method'"));
        Assert.That(Str(Attr(a, "__name__")), Is.EqualTo("append"));
        Assert.That(Attr(a, "__module__"), Is.SameAs(None));
        Assert.That(Attr(a, "__text_signature__"), Is.SameAs(None));
    }

    private static readonly PyTypeObject s_moduleType = new("module_for_tests", null, TypeFlags.None);

    private sealed class TestModule(PyTypeObject type) : PyModuleObjectBase(type);

    [Test]
    public void ModuleFunctionsPrintAsFunctions()
    {
        // spec: OBJ-TYPE-5, OBJ-ERR-1
        s_moduleType.EnsureReady();
        PyObject module = Keep(new TestModule(s_moduleType));
        PyObject f = Keep(PyCFunctionObject.NewForModule(PyMethodDef.NoArgs("ping", static (_, _) => Py.ReturnNone), module, S("m")));
        Assert.That(Repr(f), Is.EqualTo("<built-in function ping>"));
        Assert.That(Str(Attr(f, "__qualname__")) + " " + Str(Attr(f, "__module__")), Is.EqualTo("ping m"));
        Assert.That(Attr(f, "__self__"), Is.SameAs(module));
        Assert.That(CallRaises(f, Int(1)), Is.EqualTo("TypeError: ping() takes no arguments (1 given)"));
        SetAttr(f, "__module__", S("n"));
        Assert.That(Str(Attr(f, "__module__")), Is.EqualTo("n"));
        Assert.That(GcState.GetReferents(f), Has.Count.EqualTo(2));
    }

    [Test]
    public void CallingANonCallableSaysSo()
    {
        // spec: OBJ-ERR-1
        Assert.That(CallRaises(Int(1)), Is.EqualTo("TypeError: 'int' object is not callable"));
        Assert.That(Raises(PyObject.Call(Int(1), (PyTupleObject)Tuple(), null)), Is.EqualTo("TypeError: 'int' object is not callable"));
        PyTupleObject kw = (PyTupleObject)Tuple(S("x"));
        Assert.That(Raises(PyObject.Vectorcall(Int(1), [Int(2)], kw)), Is.EqualTo("TypeError: 'int' object is not callable"));
    }

    [Test]
    public void KeywordsPassedToVectorcallReachTpCall()
    {
        // spec: OBJ-TYPE-4
        PyTypeObject c = Class("C", ("__call__", CsMethodKw("__call__", (_, a, k) => PyUnicodeObject.FromString($"{a.Length} {(k is null ? "-" : Repr(k))}"))));
        PyObject x = Call(c);
        PyDictObject kwargs = Dict((S("k"), Int(1)));
        Assert.That(Str(Ok(PyObject.Call(x, (PyTupleObject)Tuple(Int(1)), kwargs))), Is.EqualTo("1 {'k': 1}"));
        Assert.That(Str(Ok(PyObject.Call(Attr(x, "__call__"), (PyTupleObject)Tuple(), kwargs))), Is.EqualTo("0 {'k': 1}"));
    }

    [Test]
    public void ABuiltinThatBreaksTheConventionIsASystemError()
    {
        // spec: OBJ-ERR-2
        PyTypeObject bad = Class("Bad", ("__call__", CsMethod("__call__", (_, _) => null)));
        Assert.That(CallRaises(Call(bad)), Does.StartWith("SystemError: <"));
        Assert.That(CallRaises(Call(bad)), Does.EndWith("object> returned NULL without setting an exception"));
        PyTypeObject both = Class("Both", ("__call__", CsMethod("__call__", (_, _) =>
        {
            PyErr.SetString(PyExc.ValueError, "pending");
            return Py.ReturnNone;
        })));
        PyObject? r = PyObject.CallNoArgs(Call(both));
        Assert.That(r, Is.Null);
        PyBaseExceptionObject exc = Keep(PyErr.GetRaisedException()!);
        Assert.That(PyBaseExceptionObject.FormatExceptionOnly(exc), Does.EndWith("object> returned a result with an exception set"));
        Assert.That(PyBaseExceptionObject.FormatExceptionOnly((PyBaseExceptionObject)exc.CauseBorrowed!), Is.EqualTo("ValueError: pending"));
    }
}
