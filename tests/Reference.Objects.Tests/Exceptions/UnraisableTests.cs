// OBJ-ERR-3: exceptions that cannot be raised — in __del__, in weakref callbacks — are reported on stderr in
// CPython 3.14's layout. Stage 1 has no frames, so the "Traceback" lines are absent and the report is the
// header line and the exception line, exactly as write_unraisable_exc_file prints them.
using NUnit.Framework;
using Reference.Objects;
using Reference.Objects.Tests.Types;

namespace Reference.Objects.Tests.Exceptions;

[TestFixture]
public sealed class UnraisableTests : ObjectModelTest
{
    private string Report => Stderr.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);

    [Test]
    public void AnExceptionInDelIsReportedWithTheDeallocatorHeader()
    {
        // spec: OBJ-ERR-3
        PyTypeObject d = Class("D", ("__del__", RaisesIn("__del__", PyExc.ValueError, "boom")));
        PyObject.CallNoArgs(d)!.DecRef();
        Assert.That(Report, Is.EqualTo("Exception ignored while calling deallocator <test method __del__>:\nValueError: boom\n"));
    }

    [Test]
    public void AnEmptyMessageStillGetsTheColon()
    {
        // spec: OBJ-ERR-3
        PyTypeObject d = Class("D", ("__del__", CsMethod("__del__", (_, _) => PyErr.SetNone(PyExc.RuntimeError))));
        PyObject.CallNoArgs(d)!.DecRef();
        Assert.That(Report, Is.EqualTo("Exception ignored while calling deallocator <test method __del__>:\nRuntimeError: \n"));
    }

    [Test]
    public void AnExceptionInAWeakrefCallbackIsReported()
    {
        // spec: OBJ-ERR-3, OBJ-WEAK-1
        PyTypeObject o = Class("O");
        PyObject obj = PyObject.CallNoArgs(o)!;
        PyObject cb = CsMethod("cb", (_, _) => PyErr.SetKeyError(PyUnicodeObject.InternStatic("k")));
        PyObject wr = Ok(PyWeakReference.NewRef(obj, cb));
        obj.DecRef();
        Assert.That(Report, Is.EqualTo("Exception ignored while calling weakref callback <test method cb>:\nKeyError: 'k'\n"));
        Assert.That(Call(wr), Is.SameAs(None));
    }

    [Test]
    public void TheTypeNameIsModuleQualifiedExceptForBuiltinsAndMain()
    {
        // spec: OBJ-ERR-3
        PyTypeObject mine = Class("Mine", [PyExc.Exception], ("__module__", S("pkg")));
        PyTypeObject main = Class("MainErr", [PyExc.Exception], ("__module__", S("__main__")));
        PyTypeObject d = Class("D", ("__del__", CsMethod("__del__", (_, _) => PyErr.SetString(mine, "x"))));
        PyTypeObject e = Class("E", ("__del__", CsMethod("__del__", (_, _) => PyErr.SetString(main, "y"))));
        PyObject.CallNoArgs(d)!.DecRef();
        PyObject.CallNoArgs(e)!.DecRef();
        Assert.That(Report, Is.EqualTo(
            "Exception ignored while calling deallocator <test method __del__>:\npkg.Mine: x\n" +
            "Exception ignored while calling deallocator <test method __del__>:\nMainErr: y\n"));
    }

    [Test]
    public void ATypeWithoutAStrModuleIsUnknown()
    {
        // spec: OBJ-ERR-3
        PyTypeObject noModule = Class("NoModule", [PyExc.Exception]);
        PyTypeObject intModule = Class("IntModule", [PyExc.Exception], ("__module__", Int(5)));
        PyTypeObject d = Class("D", ("__del__", CsMethod("__del__", (_, _) => PyErr.SetString(noModule, "x"))));
        PyTypeObject e = Class("E", ("__del__", CsMethod("__del__", (_, _) => PyErr.SetString(intModule, "y"))));
        PyObject.CallNoArgs(d)!.DecRef();
        PyObject.CallNoArgs(e)!.DecRef();
        Assert.That(Report, Is.EqualTo(
            "Exception ignored while calling deallocator <test method __del__>:\n<unknown>NoModule: x\n" +
            "Exception ignored while calling deallocator <test method __del__>:\n<unknown>IntModule: y\n"));
    }

    [Test]
    public void AFailingStrIsReportedAsSuch()
    {
        // spec: OBJ-ERR-3
        PyTypeObject bad = Class("BadStr", [PyExc.Exception], ("__str__", RaisesIn("__str__", PyExc.ValueError, "no")), ("__module__", S("__main__")));
        PyTypeObject d = Class("D", ("__del__", CsMethod("__del__", (_, _) =>
        {
            PyObject? e = PyObject.CallNoArgs(bad);
            PyErr.SetObject(bad, e);
            e?.DecRef();
            return null;
        })));
        PyObject.CallNoArgs(d)!.DecRef();
        Assert.That(Report, Is.EqualTo("Exception ignored while calling deallocator <test method __del__>:\nBadStr: <exception str() failed>\n"));
    }

    [Test]
    public void APendingErrorSurvivesADeallocationThatFails()
    {
        // spec: OBJ-ERR-3, OBJ-RC-4
        PyTypeObject d = Class("D", ("__del__", RaisesIn("__del__", PyExc.ValueError, "inner")));
        PyObject inst = PyObject.CallNoArgs(d)!;
        PyErr.SetString(PyExc.KeyError, "outer");
        inst.DecRef();
        Assert.That(TakeError(), Is.EqualTo("KeyError: 'outer'"));
        Assert.That(Report, Does.Contain("ValueError: inner"));
    }

    [Test]
    public void AnUnraisableHookReplacesThePrinter()
    {
        // spec: OBJ-ERR-3
        var seen = new List<string>();
        Interp.UnraisableHook = (_, message, obj, exc) => seen.Add($"{message} | {(obj is null ? "-" : Repr(obj))} | {PyBaseExceptionObject.FormatExceptionOnly(exc)}");
        PyTypeObject d = Class("D", ("__del__", RaisesIn("__del__", PyExc.ValueError, "boom")));
        PyObject.CallNoArgs(d)!.DecRef();
        Interp.UnraisableHook = null;
        Assert.That(Report, Is.Empty);
        Assert.That(string.Join("\n", seen), Is.EqualTo("Exception ignored while calling deallocator | <test method __del__> | ValueError: boom"));
    }

    [Test]
    public void WriteUnraisableWithoutMessageOrObject()
    {
        // spec: OBJ-ERR-3
        PyErr.SetString(PyExc.ValueError, "a");
        PyErr.WriteUnraisable(null, Int(5));
        PyErr.SetString(PyExc.ValueError, "b");
        PyErr.WriteUnraisable("Something failed", null);
        PyErr.WriteUnraisable("nothing pending", null);
        Assert.That(Report, Is.EqualTo("Exception ignored in: 5\nValueError: a\nSomething failed:\nValueError: b\n"));
    }
}
