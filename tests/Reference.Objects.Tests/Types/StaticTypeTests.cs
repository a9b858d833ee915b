// OBJ-TYPE-1: static types are readied once; those that declare no slot family take a copy of their base's.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Types;

[TestFixture]
public sealed class StaticTypeTests : ObjectModelTest
{
    private static readonly PyTypeObject s_staticListSub = new("static_list_sub", PyListObject.Type, TypeFlags.BaseType | TypeFlags.HaveGc);
    private static readonly PyTypeObject s_staticIntSub = new("static_int_sub", PyLongObject.Type, TypeFlags.BaseType);

    [Test]
    public void AStaticSubtypeCopiesTheSlotFamiliesItLeavesEmpty()
    {
        // spec: OBJ-TYPE-1
        s_staticListSub.EnsureReady();
        s_staticIntSub.EnsureReady();
        Assert.That(s_staticListSub.TpAsSequence, Is.Not.SameAs(PyListObject.Type.TpAsSequence), "a copy, so the base's table never changes");
        Assert.That(s_staticListSub.TpAsSequence!.SqLength, Is.SameAs(PyListObject.Type.TpAsSequence!.SqLength));
        Assert.That(s_staticListSub.TpAsMapping!.MpSubscript, Is.SameAs(PyListObject.Type.TpAsMapping!.MpSubscript));
        Assert.That(s_staticIntSub.TpAsNumber!.NbAdd, Is.SameAs(PyLongObject.Type.TpAsNumber!.NbAdd));
        Assert.That(s_staticIntSub.IsHeapType, Is.False);
        Assert.That(Names(Attr(s_staticIntSub, "__mro__")), Is.EqualTo("static_int_sub int object"));
        Assert.That(s_staticIntSub.RefCnt, Is.EqualTo(PyObject.ImmortalRefCnt));
    }

    [Test]
    public void AStaticTypeThatCannotBeReadiedIsAFatalError()
    {
        // spec: OBJ-ERR-2
        var bad = new PyTypeObject("inconsistent_static", null, TypeFlags.None);
        bad.TpBases = PyTupleObject.FromSpanImmortal([ObjectType, PyLongObject.Type]);
        FatalPythonError? error = Assert.Throws<FatalPythonError>(() => bad.EnsureReady());
        Assert.That(error!.Banner, Is.EqualTo("Fatal Python error: PyType_Ready: static type 'inconsistent_static' failed to become ready"));
        Assert.That(TakeError(), Does.StartWith("TypeError: Cannot create a consistent method resolution order (MRO) for bases object, int"));
    }

    [Test]
    public void FatalErrorsCarryTheirBannerAndExitStatus()
    {
        // spec: OBJ-RC-5
        Assert.That(new FatalPythonError().Banner, Does.StartWith("Fatal Python error: "));
        var inner = new InvalidOperationException("inner");
        var wrapped = new FatalPythonError("outer", inner);
        Assert.That(wrapped.InnerException, Is.SameAs(inner));
        Assert.That(wrapped.Banner, Is.EqualTo("Fatal Python error: outer"));
        Assert.That(FatalPythonError.ExitStatus, Is.EqualTo(134));
        Assert.That(Assert.Throws<FatalPythonError>(() => FatalError.Raise("boom"))!.Message, Is.EqualTo("boom"));
        PyObject dead = PyListObject.New(0);
        dead.DecRef();
        Assert.That(Assert.Throws<FatalPythonError>(() => dead.SetImmortal())!.Banner, Does.StartWith("Fatal Python error: SetImmortal: object already deallocated: <list object at 0x"));
    }

    [Test]
    public void ImmortalizingALiveObjectStopsItsAccounting()
    {
        // spec: OBJ-RC-3, OBJ-RC-6
        PyObject l = PyListObject.New(0);
        long live = Interp.LiveAllocations;
        l.SetImmortal();
        Assert.That(l.IsImmortal, Is.True);
        Assert.That(Interp.LiveAllocations, Is.EqualTo(live - 1));
        l.SetImmortal();
        l.DecRef();
        Assert.That(l.IsDead, Is.False);
        Assert.That(l.ToString(), Does.StartWith("<list object at 0x"));
    }

    [Test]
    public void PyHelpersHandleNull()
    {
        // spec: OBJ-RC-1
        PyObject? none = null;
        Py.XDecRef(none);
        Py.XIncRef(none);
        Assert.That(Py.XNewRef(none), Is.Null);
        PyObject l = List();
        Py.XIncRef(l);
        Assert.That(l.RefCnt, Is.EqualTo(2));
        Py.XDecRef(l);
        Assert.That(Py.ReturnNone, Is.SameAs(None));
        Assert.That(Py.ReturnNotImplemented, Is.SameAs(Py.NotImplemented));
        Assert.That(Py.Bool(true), Is.SameAs(True));
    }
}
