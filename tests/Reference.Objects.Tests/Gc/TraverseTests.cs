// OBJ-GC-1: traverse visits every reference a container holds and stops when the visitor says so.
using NUnit.Framework;
using Reference.Objects;
using Reference.Objects.Tests.Types;

namespace Reference.Objects.Tests.Gc;

[TestFixture]
public sealed class TraverseTests : ObjectModelTest
{
    private static List<PyObject> Visit(PyObject op, Func<PyObject, int> stopAt, out int result)
    {
        var seen = new List<PyObject>();
        result = PyObject.GenericTraverse(op, (o, _) =>
        {
            seen.Add(o);
            return stopAt(o);
        }, null);
        return seen;
    }

    [Test]
    public void AnInstanceVisitsItsClassDictAndSlots()
    {
        // spec: OBJ-GC-1
        PyTypeObject s = Class("S", ("__slots__", Tuple(S("a"), S("__dict__"))));
        PyObject x = Call(s);
        PyObject value = S("slot value");
        SetAttr(x, "a", value);
        SetAttr(x, "b", Int(1));
        List<PyObject> seen = Visit(x, _ => 0, out int r);
        Assert.That(r, Is.Zero);
        Assert.That(seen[0], Is.SameAs(s));
        Assert.That(seen, Has.Member(value));
        Assert.That(seen, Has.Member(Attr(x, "__dict__")));
    }

    [Test]
    public void AVisitorCanStopTheTraversalAtEachStage()
    {
        // spec: OBJ-GC-1
        PyTypeObject s = Class("S", ("__slots__", Tuple(S("a"), S("__dict__"))));
        PyObject x = Call(s);
        PyObject value = S("slot value");
        SetAttr(x, "a", value);
        SetAttr(x, "b", Int(1));
        Assert.That(Visit(x, o => o is PyTypeObject ? 7 : 0, out int r1), Has.Count.EqualTo(1));
        Assert.That(r1, Is.EqualTo(7));
        Visit(x, o => o is PyDictObject ? 8 : 0, out int r2);
        Assert.That(r2, Is.EqualTo(8));
        Visit(x, o => o == value ? 9 : 0, out int r3);
        Assert.That(r3, Is.EqualTo(9));
        PyObject exc = Call(PyExc.ValueError, S("m"));
        SetAttr(exc, "note", Int(1));
        Visit(exc, o => o is PyDictObject ? 5 : 0, out int r4);
        Assert.That(r4, Is.EqualTo(5), "a static type's instance with a dict");
        PyObject cause = Call(PyExc.KeyError);
        SetAttr(exc, "__cause__", cause);
        SetAttr(exc, "__context__", cause);
        Visit(exc, o => o == cause ? 6 : 0, out int r5);
        Assert.That(r5, Is.EqualTo(6));
    }

    [Test]
    public void ClearDropsSlotsAndDict()
    {
        // spec: OBJ-GC-1
        PyTypeObject s = Class("S", ("__slots__", Tuple(S("a"), S("__dict__"))));
        PyObject x = Call(s);
        SetAttr(x, "a", S("v"));
        SetAttr(x, "b", Int(1));
        PyObject.GenericClear(x);
        Assert.That(AttrRaises(x, "a"), Is.EqualTo("AttributeError: 'S' object has no attribute 'a'"));
        Assert.That(AttrRaises(x, "b"), Is.EqualTo("AttributeError: 'S' object has no attribute 'b'"));
    }

    [Test]
    public void DescriptorsAndWrappersReportTheirReferences()
    {
        // spec: OBJ-GC-1
        PyObject five = Int(5000);
        PyObject mw = Attr(five, "__add__");
        Assert.That(GcState.GetReferents(mw), Has.Member(five));
        PyObject bound = Attr(List(), "append");
        Assert.That(GcState.GetReferents(bound), Has.Count.EqualTo(1));
        PyObject member = Attr(Class("S", ("__slots__", Tuple(S("a")))), "a");
        Assert.That(GcState.GetReferents(member)[0], Is.InstanceOf<PyTypeObject>());
        PyObject p = Call(PyPropertyObject.Type, Returns("g", None), Returns("s", None), Returns("d", None), S("doc"));
        Assert.That(GcState.GetReferents(p), Has.Count.EqualTo(4));
        PyObject mp = Call(PyMappingProxyObject.Type, Dict());
        Assert.That(GcState.GetReferents(mp), Has.Count.EqualTo(1));
        PyObject stop = Call(PyExc.StopIteration, Int(1));
        Assert.That(GcState.GetReferents(stop), Has.Member(Attr(stop, "value")));
        PyObject exit = Call(PyExc.SystemExit, S("code"));
        Assert.That(GcState.GetReferents(exit), Has.Member(Attr(exit, "code")));
        PyObject attrErr = Call(PyExc.AttributeError);
        SetAttr(attrErr, "name", S("n"));
        SetAttr(attrErr, "obj", five);
        Assert.That(GcState.GetReferents(attrErr), Has.Member(five));
    }
}
