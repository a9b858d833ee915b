// The module type: its dict, its repr, its missing-attribute errors and PEP 562's __getattr__.
using NUnit.Framework;
using Reference.Objects;
using Reference.Objects.Tests.Support;

namespace Reference.Eval.Tests.Objects;

[TestFixture]
public sealed class ModuleObjectTests : RuntimeTest
{
    [OneTimeSetUp]
    public void ReadyTypes() => EvalTypes.ReadyAll();

    private PyModuleObject NewModule(string name) => Keep(PyModuleObject.New(name));

    [Test]
    public void ANewModuleHasTheStandardNamesInItsDict()
    {
        // spec: EVAL-MOD-1
        PyModuleObject m = NewModule("m");
        Assert.That(Repr(m.Dict), Is.EqualTo("{'__name__': 'm', '__doc__': None, '__package__': None, '__loader__': None, '__spec__': None}"));
        Assert.That(Repr(m), Is.EqualTo("<module 'm'>"));
        Assert.That(m.GetName(), Is.EqualTo("m"));
    }

    [Test]
    public void CallingTheTypeChecksItsArguments()
    {
        // spec: EVAL-MOD-1
        Assert.That(Raises(PyObject.Vectorcall(PyModuleObject.Type, [], null)), Is.EqualTo("TypeError: module() missing required argument 'name' (pos 1)"));
        Assert.That(Raises(PyObject.Vectorcall(PyModuleObject.Type, [Int(1)], null)), Is.EqualTo("TypeError: module() argument 'name' must be str, not int"));
        PyObject m = Ok(PyObject.Vectorcall(PyModuleObject.Type, [S("m2"), S("doc")], null));
        Assert.That(Repr(Ok(PyObject.GetAttr(m, "__doc__"))), Is.EqualTo("'doc'"));
    }

    [Test]
    public void AMissingAttributeNamesTheModule()
    {
        // spec: EVAL-MOD-1
        PyModuleObject m = NewModule("m");
        Assert.That(Raises(PyObject.GetAttr(m, "x")), Is.EqualTo("AttributeError: module 'm' has no attribute 'x'"));
        m.Initializing = true;
        Assert.That(Raises(PyObject.GetAttr(m, "x")),
            Is.EqualTo("AttributeError: partially initialized module 'm' has no attribute 'x' (most likely due to a circular import)"));
        Ok(m.Dict.DelItem(S("__name__")));
        Assert.That(Raises(PyObject.GetAttr(m, "y")), Is.EqualTo("AttributeError: module has no attribute 'y'"));
        Assert.That(Repr(m), Is.EqualTo("<module '?'>"));
    }

    [Test]
    public void AModuleLevelGetattrAnswersMissingNames()
    {
        // spec: EVAL-MOD-1
        PyModuleObject m = NewModule("m");
        Ok(m.Dict.SetItem(S("__getattr__"), Keep(PyCFunctionObject.New(PyMethodDef.O("__getattr__", static (_, name) => PyUnicodeObject.FromString("got " + ((PyUnicodeObject)name!).Value)), null))));
        Assert.That(Repr(Ok(PyObject.GetAttr(m, "zz"))), Is.EqualTo("'got zz'"));
    }

    [Test]
    public void AFileOrADefinitionShowsInTheRepr()
    {
        // spec: EVAL-MOD-1
        PyModuleObject m = NewModule("m3");
        Ok(m.Dict.SetItem(S("__file__"), S("/tmp/x.py")));
        Assert.That(Repr(m), Is.EqualTo("<module 'm3' from '/tmp/x.py'>"));
        var def = new PyModuleDef("demo", "A demo.", [PyMethodDef.NoArgs("answer", static (_, _) => PyLongObject.FromLong(42))],
            static module => module.AddIntConstant("LIMIT", 7));
        PyModuleObject demo = Keep(PyModuleObject.FromDef(def)!);
        Assert.That(Repr(demo), Is.EqualTo("<module 'demo' (built-in)>"));
        Assert.That(Repr(Ok(PyObject.CallNoArgs(Ok(PyObject.GetAttr(demo, "answer"))))), Is.EqualTo("42"));
        Assert.That(Repr(Ok(PyObject.GetAttr(demo, "LIMIT"))), Is.EqualTo("7"));
        Assert.That(Repr(Ok(PyObject.GetAttr(demo, "__doc__"))), Is.EqualTo("'A demo.'"));
        Assert.That(Repr(Ok(PyObject.GetAttr(Ok(PyObject.GetAttr(demo, "answer")), "__module__"))), Is.EqualTo("'demo'"));
    }

    [Test]
    public void DirListsTheDict()
    {
        // spec: EVAL-MOD-1
        PyModuleObject m = NewModule("q");
        Assert.That(Repr(Ok(PyObject.CallMethod(m, "__dir__"))), Is.EqualTo("['__name__', '__doc__', '__package__', '__loader__', '__spec__']"));
    }
}
