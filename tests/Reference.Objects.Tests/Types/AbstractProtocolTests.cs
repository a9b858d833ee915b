// OBJ-TYPE-1, OBJ-TYPE-5, OBJ-ITER-1: the abstract protocol over a type that has only sequence slots, and the
// other corners of Objects/abstract.c (length hints, format, subscripting a type).
using NUnit.Framework;
using Reference.Objects;
using Reference.Objects.Tests.Support;

namespace Reference.Objects.Tests.Types;

[TestFixture]
public sealed class AbstractProtocolTests : ObjectModelTest
{
    /// <summary>A built-in-style type with sq_item, sq_ass_item and sq_length but no mapping slots, as C
    /// extension sequences have; its items are three cells of a C# array.</summary>
    private static readonly PyTypeObject s_seqOnly = new("seq_only", null, TypeFlags.None)
    {
        TpAlloc = static t => new Cells(t),
        TpNew = static (t, _, _) => t.TpAlloc!(t),
        TpAsSequence = new PySequenceMethods
        {
            SqLength = static _ => 3,
            SqItem = static (self, i) => i is < 0 or >= 3
                ? PyErr.SetString(PyExc.IndexError, "seq_only index out of range")
                : Py.NewRef(((Cells)self).Items[i] ?? Py.None),
            SqAssItem = static (self, i, v) =>
            {
                if (i is < 0 or >= 3)
                {
                    PyErr.SetString(PyExc.IndexError, "seq_only assignment index out of range");
                    return -1;
                }
                Py.SetRef(ref ((Cells)self).Items[i], Py.XNewRef(v));
                return 0;
            },
        },
    };

    private sealed class Cells(PyTypeObject type) : PyObjectForTests(type)
    {
        public readonly PyObject?[] Items = new PyObject?[3];

        protected internal override void DeallocContents()
        {
            for (int i = 0; i < Items.Length; i++)
            {
                Py.Clear(ref Items[i]);
            }
        }
    }

    private PyObject NewSeq()
    {
        s_seqOnly.EnsureReady();
        return Call(s_seqOnly);
    }

    [Test]
    public void SubscriptingASequenceOnlyTypeUsesIndexes()
    {
        // spec: OBJ-TYPE-1
        PyObject s = NewSeq();
        Ok(PyObject.SetItem(s, Int(-1), S("last")));
        Assert.That(Str(Ok(PyObject.GetItem(s, Int(2)))), Is.EqualTo("last"));
        Assert.That(Str(Ok(PyObject.GetItem(s, Int(-1)))), Is.EqualTo("last"), "negative indexes add the length");
        Assert.That(Ok(PyObject.GetItem(s, True)), Is.SameAs(None), "any __index__ works");
        Assert.That(Raises(PyObject.GetItem(s, Float(1.5))), Is.EqualTo("TypeError: sequence index must be integer, not 'float'"));
        Assert.That(Raises(PyObject.SetItem(s, S("x"), Int(1))), Is.EqualTo("TypeError: sequence index must be integer, not 'str'"));
        Assert.That(Raises(PyObject.GetItem(s, Int(5))), Is.EqualTo("IndexError: seq_only index out of range"));
        Ok(PyObject.DelItem(s, Int(2)));
        Assert.That(Ok(PyObject.GetItem(s, Int(2))), Is.SameAs(None));
        Assert.That(PyObject.Size(s), Is.EqualTo(3));
    }

    [Test]
    public void SequenceSlotWrappersAdjustNegativeIndexes()
    {
        // spec: OBJ-TYPE-5
        PyObject s = NewSeq();
        Assert.That(AttrRepr(s_seqOnly, "__getitem__"), Is.EqualTo("<slot wrapper '__getitem__' of 'seq_only' objects>"));
        Method(s, "__setitem__", Int(-3), S("first"));
        Assert.That(Str(Method(s, "__getitem__", Int(0))), Is.EqualTo("first"));
        Method(s, "__delitem__", Int(-3));
        Assert.That(Method(s, "__getitem__", Int(0)), Is.SameAs(None));
        Assert.That(MethodRaises(s, "__getitem__", S("x")), Is.EqualTo("TypeError: 'str' object cannot be interpreted as an integer"));
        Assert.That(MethodRaises(s, "__setitem__", S("x"), Int(1)), Is.EqualTo("TypeError: 'str' object cannot be interpreted as an integer"));
        Assert.That(MethodRaises(s, "__delitem__", S("x")), Is.EqualTo("TypeError: 'str' object cannot be interpreted as an integer"));
        Assert.That(MethodRaises(s, "__getitem__"), Is.EqualTo("TypeError: expected 1 argument, got 0"));
        Assert.That(MethodRaises(s, "__setitem__", Int(1)), Is.EqualTo("TypeError: expected 2 arguments, got 1"));
        Assert.That(MethodRaises(s, "__delitem__"), Is.EqualTo("TypeError: expected 1 argument, got 0"));
        Assert.That(AsLong(Method(s, "__len__")), Is.EqualTo(3));
    }

    [Test]
    public void ASequenceOnlyTypeIteratesThroughGetitem()
    {
        // spec: OBJ-ITER-1
        PyObject s = NewSeq();
        Ok(PyObject.SetItem(s, Int(0), Int(7)));
        Assert.That(Repr(Ok(PySequence.List(s))), Is.EqualTo("[7, None, None]"));
        Assert.That(PyObject.LengthHint(s, 99), Is.EqualTo(3));
    }

    [Test]
    public void ItemAccessErrorsForOtherObjects()
    {
        // spec: OBJ-TYPE-1
        Assert.That(Raises(PyObject.GetItem(Int(1), Int(0))), Is.EqualTo("TypeError: 'int' object is not subscriptable"));
        Assert.That(Raises(PyObject.GetItem(PyLongObject.Type, Int(0))), Is.EqualTo("TypeError: type 'int' is not subscriptable"));
        Assert.That(Raises(PyObject.SetItem(Int(1), Int(0), Int(0))), Is.EqualTo("TypeError: 'int' object does not support item assignment"));
        Assert.That(Raises(PyObject.DelItem(Int(1), Int(0))), Is.EqualTo("TypeError: 'int' object does not support item deletion"));
        Assert.That(Raises(PyObject.Size(Int(1))), Is.EqualTo("TypeError: object of type 'int' has no len()"));
        // A sequence type hands an index key to PySequence_DelItem, which words it "doesn't"; a slice key does not.
        PyObject tuple = Tuple(Int(1));
        Assert.That(Raises(PyObject.DelItem(tuple, Int(0))), Is.EqualTo("TypeError: 'tuple' object doesn't support item deletion"));
        PyObject slice = Keep(PySliceObject.New(Int(0), Int(1), Py.None));
        Assert.That(Raises(PyObject.DelItem(tuple, slice)), Is.EqualTo("TypeError: 'tuple' object does not support item deletion"));
        PyObject plain = Call(Class("Plain"));
        Assert.That(Raises(PyObject.DelItem(plain, Int(0))), Is.EqualTo("TypeError: 'Plain' object doesn't support item deletion"));
        Assert.That(Raises(PyObject.DelItem(plain, S("k"))), Is.EqualTo("TypeError: 'Plain' object does not support item deletion"));
        Assert.That(Raises(PyObject.GetIter(Int(1))), Is.EqualTo("TypeError: 'int' object is not iterable"));
        PyTypeObject cg = Class("CG", ("__class_getitem__", ClassMethod(CsMethod("cg", (cls, a) => PyUnicodeObject.FromString("alias " + Repr(a[0]))))));
        Assert.That(Str(Ok(PyObject.GetItem(cg, Int(3)))), Is.EqualTo("alias 3"));
        PyTypeObject badIter = Class("BadIter", ("__iter__", Returns("__iter__", Int(1))));
        Assert.That(Raises(PyObject.GetIter(Call(badIter))), Is.EqualTo("TypeError: iter() returned non-iterator of type 'int'"));
    }

    [Test]
    public void LengthHintFallsBackToTheDunderThenTheDefault()
    {
        // spec: OBJ-ITER-1
        Assert.That(PyObject.LengthHint(List(Int(1), Int(2)), 9), Is.EqualTo(2));
        Assert.That(PyObject.LengthHint(Int(1), 9), Is.EqualTo(9));
        PyTypeObject h = Class("H", ("__length_hint__", Returns("__length_hint__", Int(4))));
        Assert.That(PyObject.LengthHint(Call(h), 9), Is.EqualTo(4));
        PyTypeObject ni = Class("NI", ("__length_hint__", Returns("__length_hint__", Py.NotImplemented)));
        Assert.That(PyObject.LengthHint(Call(ni), 9), Is.EqualTo(9));
        PyTypeObject te = Class("TE", ("__length_hint__", RaisesIn("__length_hint__", PyExc.TypeError, "no")));
        Assert.That(PyObject.LengthHint(Call(te), 9), Is.EqualTo(9));
        PyTypeObject ve = Class("VE", ("__length_hint__", RaisesIn("__length_hint__", PyExc.ValueError, "bad")));
        Assert.That(Raises(PyObject.LengthHint(Call(ve), 9)), Is.EqualTo("ValueError: bad"));
        PyTypeObject str = Class("SH", ("__length_hint__", ReturnsStr("__length_hint__", "x")));
        Assert.That(Raises(PyObject.LengthHint(Call(str), 9)), Is.EqualTo("TypeError: __length_hint__ must be an integer, not str"));
        PyTypeObject neg = Class("NH", ("__length_hint__", Returns("__length_hint__", Int(-1))));
        Assert.That(Raises(PyObject.LengthHint(Call(neg), 9)), Is.EqualTo("ValueError: __length_hint__() should return >= 0"));
        PyTypeObject lenFails = Class("LF", ("__len__", RaisesIn("__len__", PyExc.TypeError, "nope")), ("__length_hint__", Returns("__length_hint__", Int(6))));
        Assert.That(PyObject.LengthHint(Call(lenFails), 9), Is.EqualTo(6));
        PyTypeObject lenBad = Class("LB", ("__len__", RaisesIn("__len__", PyExc.KeyError, "k")));
        Assert.That(Raises(PyObject.LengthHint(Call(lenBad), 9)), Is.EqualTo("KeyError: 'k'"));
    }

    [Test]
    public void FormatChecksSpecAndResult()
    {
        // spec: OBJ-TYPE-5
        Assert.That(Raises(PyObject.Format(Call(ObjectType), Int(1))), Is.EqualTo("TypeError: format() argument 2 must be str, not int"));
        PyObject text = S("text");
        Assert.That(Ok(PyObject.Format(text, null)), Is.SameAs(text));
        Assert.That(Str(Ok(PyObject.Format(Int(42), S("")))), Is.EqualTo("42"));
        PyTypeObject f = Class("F", ("__format__", Returns("__format__", Int(5))));
        Assert.That(Raises(PyObject.Format(Call(f), S(""))), Is.EqualTo("TypeError: __format__ must return a str, not int"));
        Assert.That(Raises(PyObject.Format(Call(f), S("x"))), Is.EqualTo("TypeError: __format__ must return a str, not int"));
        PyTypeObject g = Class("G", ("__format__", CsMethod("__format__", (_, a) => PyUnicodeObject.FromString("spec=" + Str(a[0])))));
        Assert.That(Str(Ok(PyObject.Format(Call(g), S(">5")))), Is.EqualTo("spec=>5"));
    }
}
