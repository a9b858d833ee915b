// OBJ-EXC-5: derive, split and subgroup. Expected strings were recorded from CPython 3.14.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Exceptions;

[TestFixture]
public sealed class ExceptionGroupSplitTests : ExceptionGroupTest
{
    private PyObject _v1 = null!, _t2 = null!, _k3 = null!, _inner = null!, _outer = null!;

    /// <summary>ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), KeyError(3)])]).</summary>
    [SetUp]
    public void BuildTree()
    {
        _v1 = Exc(PyExc.ValueError, 1);
        _t2 = Exc(PyExc.TypeError, 2);
        _k3 = Exc(PyExc.KeyError, 3);
        _inner = Group("inner", _t2, _k3);
        _outer = Group("outer", _v1, _inner);
    }

    private string SplitRepr(PyObject eg, PyObject condition) => Repr(Method(eg, "split", condition));

    private string SubgroupRepr(PyObject eg, PyObject condition) => Repr(Method(eg, "subgroup", condition));

    [Test]
    public void SplitByTypeKeepsTheShapeOfTheTree()
    {
        // spec: OBJ-EXC-5
        Assert.That(SplitRepr(_outer, PyExc.ValueError), Is.EqualTo(
            "(ExceptionGroup('outer', [ValueError(1)]), ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError(2), KeyError(3)])]))"));
        Assert.That(SplitRepr(_outer, PyExc.TypeError), Is.EqualTo(
            "(ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError(2)])]), ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [KeyError(3)])]))"));
        Assert.That(SplitRepr(_outer, PyExc.LookupError), Is.EqualTo(
            "(ExceptionGroup('outer', [ExceptionGroup('inner', [KeyError(3)])]), ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2)])]))"),
            "a leaf matches a base class of its type");
    }

    [Test]
    public void SplitByATupleOfTypes()
    {
        // spec: OBJ-EXC-5
        Assert.That(SplitRepr(_outer, Tuple(PyExc.TypeError, PyExc.ValueError)), Is.EqualTo(
            "(ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2)])]), ExceptionGroup('outer', [ExceptionGroup('inner', [KeyError(3)])]))"));
        Assert.That(SplitRepr(_outer, Tuple()), Is.EqualTo(
            "(None, ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), KeyError(3)])]))"),
            "an empty tuple matches nothing");
    }

    [Test]
    public void SplitByAPredicateSeesGroupsAsWellAsLeaves()
    {
        // spec: OBJ-EXC-5
        var seen = new List<string>();
        PyObject isInner = Predicate(e =>
        {
            seen.Add(Repr(e));
            return e.ObType == PyExc.ExceptionGroup && Str(Attr(e, "message")) == "inner";
        });
        Assert.That(SubgroupRepr(_outer, isInner), Is.EqualTo("ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError(2), KeyError(3)])])"));
        Assert.That(string.Join(" | ", seen), Is.EqualTo(
            "ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), KeyError(3)])]) | ValueError(1) | "
            + "ExceptionGroup('inner', [TypeError(2), KeyError(3)])"), "depth first, and a matching group is not entered");
        Assert.That(SplitRepr(_outer, Predicate(e => e == _k3)), Is.EqualTo(
            "(ExceptionGroup('outer', [ExceptionGroup('inner', [KeyError(3)])]), ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2)])]))"));
    }

    [Test]
    public void APredicateResultIsTestedForTruthAndItsErrorsPropagate()
    {
        // spec: OBJ-EXC-5
        Assert.That(Method(_outer, "subgroup", CsMethod("one", (_, _) => PyLongObject.FromLong(1))), Is.SameAs(_outer));
        Assert.That(Method(_outer, "subgroup", CsMethod("zero", (_, _) => PyLongObject.FromLong(0))), Is.SameAs(None));
        Assert.That(MethodRaises(_outer, "split", RaisesIn("boom", PyExc.ZeroDivisionError, "division by zero")),
            Is.EqualTo("ZeroDivisionError: division by zero"));
        int calls = 0;
        PyObject failsOnLeaf = CsMethod("late", (e, _) =>
            ++calls < 3 ? Py.NewRef(Py.False) : PyErr.SetString(PyExc.RuntimeError, "late"));
        Assert.That(MethodRaises(_outer, "subgroup", failsOnLeaf), Is.EqualTo("RuntimeError: late"), "an error deep in the walk");
    }

    [Test]
    public void TheWholeGroupMatchingReturnsItselfAndNothingMatchingReturnsNone()
    {
        // spec: OBJ-EXC-5
        var both = (PyTupleObject)Method(_outer, "split", PyExc.Exception);
        Assert.That(both[0], Is.SameAs(_outer));
        Assert.That(both[1], Is.SameAs(None));
        Assert.That(((PyTupleObject)Method(_outer, "split", PyExc.BaseExceptionGroup))[0], Is.SameAs(_outer));
        Assert.That(Method(_outer, "subgroup", PyExc.ExceptionGroup), Is.SameAs(_outer));
        Assert.That(Method(_outer, "subgroup", PyExc.OSError), Is.SameAs(None));
        var none = (PyTupleObject)Method(_outer, "split", PyExc.OSError);
        Assert.That(none[0], Is.SameAs(None));
        Assert.That(none[1], Is.Not.SameAs(_outer), "the rest is rebuilt by derive even when it is everything");
        Assert.That(Repr(none[1]), Is.EqualTo(Repr(_outer)));
    }

    [Test]
    public void LeavesAreSharedButANonMatchingGroupIsRebuilt()
    {
        // spec: OBJ-EXC-5
        var parts = (PyTupleObject)Method(_outer, "split", PyExc.ValueError);
        Assert.That(((PyBaseExceptionGroupObject)parts[0]).ExceptionsBorrowed[0], Is.SameAs(_v1));
        var rebuilt = (PyBaseExceptionGroupObject)((PyBaseExceptionGroupObject)parts[1]).ExceptionsBorrowed[0];
        Assert.That(rebuilt, Is.Not.SameAs(_inner), "only a group that matches as a whole is taken as it is");
        Assert.That(Repr(rebuilt), Is.EqualTo(Repr(_inner)));
        Assert.That(rebuilt.ExceptionsBorrowed[0], Is.SameAs(_t2));
        Assert.That(rebuilt.ExceptionsBorrowed[1], Is.SameAs(_k3));
    }

    [Test]
    public void AConditionMustBeAnExceptionTypeATupleOfThemOrACallable()
    {
        // spec: OBJ-EXC-5
        const string expected = "TypeError: expected an exception type, a tuple of exception types, or a callable (other than a class)";
        PyTypeObject myTuple = Class("MyTuple", [PyTupleObject.Type]);
        foreach (PyObject bad in new[]
        {
            Int(1), Tuple(PyExc.ValueError, Int(1)), List(PyExc.ValueError), PyLongObject.Type, Tuple(PyLongObject.Type),
            Call(myTuple, Tuple(PyExc.ValueError)), _v1, _outer,
        })
        {
            Assert.That(MethodRaises(_outer, "split", bad), Is.EqualTo(expected), Repr(bad));
            Assert.That(MethodRaises(_outer, "subgroup", bad), Is.EqualTo(expected), Repr(bad));
        }
        Assert.That(MethodRaises(_outer, "split"), Is.EqualTo("TypeError: BaseExceptionGroup.split() takes exactly one argument (0 given)"));
        Assert.That(MethodRaises(_outer, "split", PyExc.ValueError, PyExc.TypeError),
            Is.EqualTo("TypeError: BaseExceptionGroup.split() takes exactly one argument (2 given)"));
        Assert.That(MethodRaises(_outer, "subgroup"), Is.EqualTo("TypeError: BaseExceptionGroup.subgroup() takes exactly one argument (0 given)"));
        Assert.That(MethodRaises(_outer, "derive"), Is.EqualTo("TypeError: BaseExceptionGroup.derive() takes exactly one argument (0 given)"));
    }

    [Test]
    public void BaseExceptionGroupPartsArePromotedWhenTheyHoldOnlyExceptions()
    {
        // spec: OBJ-EXC-5
        PyObject beg = BaseGroup("b", Call(PyExc.KeyboardInterrupt), Exc(PyExc.ValueError, 1));
        Assert.That(SplitRepr(beg, PyExc.ValueError), Is.EqualTo("(ExceptionGroup('b', [ValueError(1)]), BaseExceptionGroup('b', [KeyboardInterrupt()]))"));
        Assert.That(SplitRepr(beg, PyExc.KeyboardInterrupt), Is.EqualTo("(BaseExceptionGroup('b', [KeyboardInterrupt()]), ExceptionGroup('b', [ValueError(1)]))"));
        Assert.That(SubgroupRepr(beg, PyExc.Exception), Is.EqualTo("ExceptionGroup('b', [ValueError(1)])"));
    }

    [Test]
    public void DeriveBuildsAGroupWithTheSameMessage()
    {
        // spec: OBJ-EXC-5
        Assert.That(Repr(Method(_outer, "derive", List(_v1))), Is.EqualTo("ExceptionGroup('outer', [ValueError(1)])"));
        Assert.That(Repr(Method(_outer, "derive", List(Call(PyExc.KeyboardInterrupt)))), Is.EqualTo("BaseExceptionGroup('outer', [KeyboardInterrupt()])"));
        Assert.That(MethodRaises(_outer, "derive", List()), Is.EqualTo("ValueError: second argument (exceptions) must be a non-empty sequence"));
        Assert.That(MethodRaises(_outer, "derive", Int(5)), Is.EqualTo("TypeError: second argument (exceptions) must be a sequence"));
        PyTypeObject plain = Class("Plain", [PyExc.ExceptionGroup]);
        PyObject mine = Call(plain, S("m"), List(Exc(PyExc.ValueError, 1), Exc(PyExc.TypeError, 2)));
        Assert.That(SplitRepr(mine, PyExc.ValueError), Is.EqualTo("(ExceptionGroup('m', [ValueError(1)]), ExceptionGroup('m', [TypeError(2)]))"),
            "the inherited derive does not keep the subclass");
    }

    [Test]
    public void SplitBuildsPartsWithTheSubclassesDerive()
    {
        // spec: OBJ-EXC-5
        PyTypeObject? myEg = null;
        var received = new List<string>();
        PyObject derive = CsMethod("derive", (self, a) =>
        {
            received.Add(a[0].ObType.Name);
            PyObject? message = PyObject.GetAttr(self, "message");
            if (message is null)
            {
                return null;
            }
            PyObject bang = PyUnicodeObject.FromString(((PyUnicodeObject)message).Value + "!");
            message.DecRef();
            PyObject? result = PyObject.Vectorcall(myEg!, [bang, a[0]], null);
            bang.DecRef();
            return result;
        });
        myEg = Class("MyEG", [PyExc.ExceptionGroup], ("derive", derive));
        PyObject eg = Call(myEg, S("m"), List(Exc(PyExc.ValueError, 1), Exc(PyExc.TypeError, 2)));
        Assert.That(SplitRepr(eg, PyExc.ValueError), Is.EqualTo("(MyEG('m!', [ValueError(1)]), MyEG('m!', [TypeError(2)]))"));
        Assert.That(SubgroupRepr(eg, PyExc.TypeError), Is.EqualTo("MyEG('m!', [TypeError(2)])"));
        Assert.That(string.Join(" ", received), Is.EqualTo("list list list"), "derive is given a list");
    }

    [Test]
    public void DeriveMustReturnAnExceptionGroup()
    {
        // spec: OBJ-EXC-5
        PyTypeObject bad = Class("BadDerive", [PyExc.ExceptionGroup], ("derive", Returns("derive", Int(1))));
        PyObject eg = Call(bad, S("m"), List(Exc(PyExc.ValueError, 1), Exc(PyExc.TypeError, 2)));
        Assert.That(MethodRaises(eg, "split", PyExc.ValueError), Is.EqualTo("TypeError: derive must return an instance of BaseExceptionGroup"));
        Assert.That(Method(eg, "subgroup", PyExc.Exception), Is.SameAs(eg), "derive is not called when the whole group matches");
        PyTypeObject leaf = Class("LeafDerive", [PyExc.ExceptionGroup], ("derive", Returns("derive", _v1)));
        PyObject eg2 = Call(leaf, S("m"), List(Exc(PyExc.ValueError, 1), Exc(PyExc.TypeError, 2)));
        Assert.That(MethodRaises(eg2, "subgroup", PyExc.TypeError), Is.EqualTo("TypeError: derive must return an instance of BaseExceptionGroup"));
    }

    [Test]
    public void PartsCopyTracebackContextCauseAndNotes()
    {
        // spec: OBJ-EXC-5
        PyObject eg = Group("m", Exc(PyExc.ValueError, 1), Exc(PyExc.TypeError, 2));
        PyObject tb = Traceback(), cause = Call(PyExc.KeyError, S("c")), context = Call(PyExc.OSError, S("ctx"));
        SetAttr(eg, "__traceback__", tb);
        SetAttr(eg, "__cause__", cause);
        SetAttr(eg, "__context__", context);
        SetAttr(eg, "__suppress_context__", False);
        Method(eg, "add_note", S("note1"));
        var parts = (PyTupleObject)Method(eg, "split", PyExc.ValueError);
        foreach (PyObject part in parts.ItemsBorrowed)
        {
            Assert.That(Attr(part, "__traceback__"), Is.SameAs(tb));
            Assert.That(Attr(part, "__cause__"), Is.SameAs(cause));
            Assert.That(Attr(part, "__context__"), Is.SameAs(context));
            Assert.That(Attr(part, "__suppress_context__"), Is.SameAs(True), "setting the cause suppresses the context");
            Assert.That(Repr(Attr(part, "__notes__")), Is.EqualTo("['note1']"));
            Assert.That(Attr(part, "__notes__"), Is.Not.SameAs(Attr(eg, "__notes__")), "each part gets its own list");
        }
        Assert.That(Attr(parts[0], "__notes__"), Is.Not.SameAs(Attr(parts[1], "__notes__")));
    }

    [Test]
    public void NotesAreCopiedAsAListWhenTheyAreASequenceAndSkippedOtherwise()
    {
        // spec: OBJ-EXC-5
        PyObject eg = Group("m", Exc(PyExc.ValueError, 1), Exc(PyExc.TypeError, 2));
        SetAttr(eg, "__notes__", Tuple(S("a"), S("b")));
        Assert.That(Repr(Attr(Subgroup(eg), "__notes__")), Is.EqualTo("['a', 'b']"));
        SetAttr(eg, "__notes__", S("xy"));
        Assert.That(Repr(Attr(Subgroup(eg), "__notes__")), Is.EqualTo("['x', 'y']"));
        SetAttr(eg, "__notes__", Int(42));
        Assert.That(AttrRaises(Subgroup(eg), "__notes__"), Is.EqualTo("AttributeError: 'ExceptionGroup' object has no attribute '__notes__'"));
    }

    [Test]
    public void PartsOfAPlainGroupHaveNoCauseContextOrNotes()
    {
        // spec: OBJ-EXC-5
        PyObject part = Subgroup(Group("m", Exc(PyExc.ValueError, 1), Exc(PyExc.TypeError, 2)));
        Assert.That(Repr(Tuple(Attr(part, "__cause__"), Attr(part, "__context__"), Attr(part, "__suppress_context__"), Attr(part, "__traceback__"))),
            Is.EqualTo("(None, None, True, None)"));
        Assert.That(AttrRaises(part, "__notes__"), Is.EqualTo("AttributeError: 'ExceptionGroup' object has no attribute '__notes__'"));
    }

    [Test]
    public void NestedPartsCopyTheMetadataOfTheirOwnGroup()
    {
        // spec: OBJ-EXC-5
        PyObject innerCause = Call(PyExc.KeyError, S("inner cause"));
        SetAttr(_inner, "__cause__", innerCause);
        Method(_outer, "add_note", S("outer note"));
        var match = (PyBaseExceptionGroupObject)Method(_outer, "subgroup", PyExc.TypeError);
        PyObject innerPart = match.ExceptionsBorrowed[0];
        Assert.That(Attr(innerPart, "__cause__"), Is.SameAs(innerCause));
        Assert.That(AttrRaises(innerPart, "__notes__"), Does.StartWith("AttributeError:"));
        Assert.That(Repr(Attr(match, "__notes__")), Is.EqualTo("['outer note']"));
        Assert.That(Attr(match, "__cause__"), Is.SameAs(None));
    }

    [Test]
    public void DeepNestingRaisesRecursionErrorRatherThanOverflowing()
    {
        // spec: OBJ-EXC-5
        PyObject eg = Call(PyExc.ValueError);
        for (int i = 0; i < 12_000; i++)
        {
            eg = Group("m", eg);
        }
        Assert.That(MethodRaises(eg, "split", PyExc.TypeError), Is.EqualTo("RecursionError: maximum recursion depth exceeded in exceptiongroup_split_recursive"));
        Assert.That(MethodRaises(eg, "subgroup", PyExc.TypeError), Is.EqualTo("RecursionError: maximum recursion depth exceeded in exceptiongroup_split_recursive"));
    }

    /// <summary>eg.subgroup(ValueError): a part rebuilt by derive.</summary>
    private PyObject Subgroup(PyObject eg) => Method(eg, "subgroup", PyExc.ValueError);
}
