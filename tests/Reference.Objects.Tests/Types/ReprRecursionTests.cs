// OBJ-REPR-1: repr of self-referencing and very deep structures.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Types;

[TestFixture]
public sealed class ReprRecursionTests : ObjectModelTest
{
    [Test]
    public void SelfReferencingContainersPrintDots()
    {
        // spec: OBJ-REPR-1
        PyListObject l = List();
        Ok(l.Append(l));
        Assert.That(Repr(l), Is.EqualTo("[[...]]"));
        PyDictObject d = Dict();
        Ok(d.SetItem(S("me"), d));
        Assert.That(Repr(d), Is.EqualTo("{'me': {...}}"));
        l.Clear();
        d.Clear();
    }

    [Test]
    public void DeepNestingRaisesRecursionErrorNotACrash()
    {
        // spec: OBJ-REPR-1
        PyObject inner = PyListObject.New(0);
        for (int i = 0; i < 100_000; i++)
        {
            PyListObject outer = PyListObject.New(1);
            outer.AppendSteal(inner);
            inner = outer;
        }
        Keep(inner);
        Assert.That(Raises(PyObject.Repr(inner)), Is.EqualTo("RecursionError: maximum recursion depth exceeded while getting the repr of an object"));
        PyListObject self = List();
        Ok(self.Append(self));
        Assert.That(Repr(self), Is.EqualTo("[[...]]"), "the repr bookkeeping is clean after the error");
        self.Clear();
    }

    [Test]
    public void DeepNestingThroughAHeapReprAlsoStops()
    {
        // spec: OBJ-REPR-1
        PyTypeObject node = Class("Node", ("__repr__", CsMethod("__repr__", (self, _) =>
            PyObject.Repr(Ok(PyObject.GetAttr(self, "child"))))));
        PyObject head = PyObject.CallNoArgs(node)!;
        PyObject cur = head;
        for (int i = 0; i < 20_000; i++)
        {
            PyObject next = PyObject.CallNoArgs(node)!;
            Ok(PyObject.SetAttr(cur, "child", next));
            next.DecRef();
            cur = next;
        }
        Ok(PyObject.SetAttr(cur, "child", Int(1)));
        Keep(head);
        Assert.That(Raises(PyObject.Repr(head)), Does.StartWith("RecursionError: maximum recursion depth exceeded"));
    }

    [Test]
    public void DeepComparisonRaisesRecursionError()
    {
        // spec: OBJ-REPR-1
        PyObject a = PyListObject.New(0), b = PyListObject.New(0);
        for (int i = 0; i < 100_000; i++)
        {
            PyListObject oa = PyListObject.New(1), ob = PyListObject.New(1);
            oa.AppendSteal(a);
            ob.AppendSteal(b);
            a = oa;
            b = ob;
        }
        Keep(a);
        Keep(b);
        Assert.That(Raises(PyObject.RichCompare(a, b, CompareOp.Eq)), Is.EqualTo("RecursionError: maximum recursion depth exceeded in comparison"));
    }
}
