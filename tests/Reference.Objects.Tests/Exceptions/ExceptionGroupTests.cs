// OBJ-EXC-4: BaseExceptionGroup and ExceptionGroup — construction, promotion, str/repr, members, the collector.
// Expected strings were recorded from CPython 3.14.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Exceptions;

[TestFixture]
public sealed class ExceptionGroupTests : ExceptionGroupTest
{
    [Test]
    public void NewTakesExactlyAMessageAndASequence()
    {
        // spec: OBJ-EXC-4
        PyObject v = Call(PyExc.ValueError);
        Assert.That(CallRaises(PyExc.BaseExceptionGroup), Is.EqualTo("TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (0 given)"));
        Assert.That(CallRaises(PyExc.BaseExceptionGroup, S("m")), Is.EqualTo("TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)"));
        Assert.That(CallRaises(PyExc.ExceptionGroup, S("m"), List(), Int(3)), Is.EqualTo("TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (3 given)"));
        Assert.That(CallRaises(PyExc.ExceptionGroup, Int(1), List(v)), Is.EqualTo("TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not int"));
        Assert.That(CallRaises(PyExc.BaseExceptionGroup, None, List(v)), Is.EqualTo("TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not None"));
        Assert.That(CallRaises(PyExc.BaseExceptionGroup, Bytes(120), List(v)), Is.EqualTo("TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not bytes"));
    }

    [Test]
    public void TheExceptionsMustBeANonEmptySequenceOfExceptions()
    {
        // spec: OBJ-EXC-4
        PyObject v = Call(PyExc.ValueError);
        const string notSequence = "TypeError: second argument (exceptions) must be a sequence";
        Assert.That(CallRaises(PyExc.BaseExceptionGroup, S("m"), Int(5)), Is.EqualTo(notSequence));
        Assert.That(CallRaises(PyExc.BaseExceptionGroup, S("m"), Set(v)), Is.EqualTo(notSequence));
        Assert.That(CallRaises(PyExc.BaseExceptionGroup, S("m"), Dict((Int(1), Int(2)))), Is.EqualTo(notSequence));
        const string empty = "ValueError: second argument (exceptions) must be a non-empty sequence";
        Assert.That(CallRaises(PyExc.BaseExceptionGroup, S("m"), List()), Is.EqualTo(empty));
        Assert.That(CallRaises(PyExc.ExceptionGroup, S("m"), Call(PyRangeObject.Type, Int(0))), Is.EqualTo(empty));
        Assert.That(CallRaises(PyExc.BaseExceptionGroup, S("m"), List(v, Int(1))),
            Is.EqualTo("ValueError: Item 1 of second argument (exceptions) is not an exception"));
        Assert.That(CallRaises(PyExc.ExceptionGroup, S("m"), List(PyExc.ValueError, Call(PyExc.KeyboardInterrupt))),
            Is.EqualTo("ValueError: Item 0 of second argument (exceptions) is not an exception"), "a class is not an exception");
        Assert.That(CallRaises(PyExc.ExceptionGroup, S("m"), S("ab")),
            Is.EqualTo("ValueError: Item 0 of second argument (exceptions) is not an exception"), "a str is a sequence of strs");
        Assert.That(Repr(Call(PyExc.ExceptionGroup, S("m"), Tuple(v, v))), Is.EqualTo("ExceptionGroup('m', (ValueError(), ValueError()))"));
    }

    [Test]
    public void KeywordsAreRefusedByInitInTheNameOfTheClassCreated()
    {
        // spec: OBJ-EXC-4
        PyObject v = Call(PyExc.ValueError);
        Assert.That(Raises(CallKw(PyExc.BaseExceptionGroup, [S("m"), List(v)], ("x", Int(1)))),
            Is.EqualTo("TypeError: ExceptionGroup() takes no keyword arguments"), "__new__ promoted the group before __init__ ran");
        Assert.That(Raises(CallKw(PyExc.BaseExceptionGroup, [S("m"), List(Call(PyExc.KeyboardInterrupt))], ("x", Int(1)))),
            Is.EqualTo("TypeError: BaseExceptionGroup() takes no keyword arguments"));
        Assert.That(Raises(CallKw(PyExc.BaseExceptionGroup, [], ("message", S("m")), ("exceptions", List(v)))),
            Is.EqualTo("TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (0 given)"));
    }

    [Test]
    public void BaseExceptionGroupOfExceptionsIsAnExceptionGroup()
    {
        // spec: OBJ-EXC-4
        PyObject v = Call(PyExc.ValueError), k = Call(PyExc.KeyboardInterrupt);
        Assert.That(BaseGroup("m", v).ObType, Is.SameAs(PyExc.ExceptionGroup));
        Assert.That(BaseGroup("m", k, v).ObType, Is.SameAs(PyExc.BaseExceptionGroup));
        Assert.That(BaseGroup("m", Group("inner", v)).ObType, Is.SameAs(PyExc.ExceptionGroup), "an ExceptionGroup is an Exception");
        Assert.That(CallRaises(PyExc.ExceptionGroup, S("m"), List(k)), Is.EqualTo("TypeError: Cannot nest BaseExceptions in an ExceptionGroup"));
        Assert.That(CallRaises(PyExc.ExceptionGroup, S("m"), List(BaseGroup("inner", k))),
            Is.EqualTo("TypeError: Cannot nest BaseExceptions in an ExceptionGroup"));
        PyObject newMethod = Attr(PyExc.BaseExceptionGroup, "__new__");
        Assert.That(Call(newMethod, PyExc.BaseExceptionGroup, S("m"), List(v)).ObType, Is.SameAs(PyExc.ExceptionGroup));
        Assert.That(CallRaises(newMethod, PyExc.ExceptionGroup, S("m"), List(k)), Is.EqualTo("TypeError: Cannot nest BaseExceptions in an ExceptionGroup"));
        Assert.That(CallRaises(newMethod, PyExc.ValueError, S("m"), List(v)),
            Is.EqualTo("TypeError: BaseExceptionGroup.__new__(ValueError): ValueError is not a subtype of BaseExceptionGroup"));
        Assert.That(CallRaises(Attr(PyExc.BaseException, "__new__"), PyExc.BaseExceptionGroup),
            Is.EqualTo("TypeError: BaseException.__new__(BaseExceptionGroup) is not safe, use BaseExceptionGroup.__new__()"));
    }

    [Test]
    public void UserSubclassesKeepTheirClassAndRefuseBaseExceptionsOnlyIfTheyAreExceptions()
    {
        // spec: OBJ-EXC-4
        PyObject v = Call(PyExc.ValueError), k = Call(PyExc.KeyboardInterrupt);
        PyTypeObject x = Class("X", [PyExc.BaseExceptionGroup]);
        Assert.That(Call(x, S("m"), List(v)).ObType, Is.SameAs(x), "no promotion for a subclass");
        Assert.That(Call(x, S("m"), List(k)).ObType, Is.SameAs(x));
        PyTypeObject y = Class("Y", [PyExc.BaseExceptionGroup, PyExc.Exception]);
        Assert.That(CallRaises(y, S("m"), List(k)), Is.EqualTo("TypeError: Cannot nest BaseExceptions in 'Y'"));
        PyTypeObject z = Class("Z", [PyExc.ExceptionGroup]);
        Assert.That(CallRaises(z, S("m"), List(k)), Is.EqualTo("TypeError: Cannot nest BaseExceptions in 'Z'"));
        Assert.That(Repr(Call(z, S("m"), Tuple(v))), Is.EqualTo("Z('m', (ValueError(),))"));
    }

    [Test]
    public void ExceptionGroupDerivesFromBothBaseExceptionGroupAndException()
    {
        // spec: OBJ-EXC-4
        Assert.That(Names(Attr(PyExc.ExceptionGroup, "__mro__")), Is.EqualTo("ExceptionGroup BaseExceptionGroup Exception BaseException object"));
        Assert.That(Names(Attr(PyExc.ExceptionGroup, "__bases__")), Is.EqualTo("BaseExceptionGroup Exception"));
        Assert.That(Attr(PyExc.ExceptionGroup, "__base__"), Is.SameAs(PyExc.BaseExceptionGroup));
        Assert.That(Names(Attr(PyExc.BaseExceptionGroup, "__mro__")), Is.EqualTo("BaseExceptionGroup BaseException object"));
        PyObject eg = Group("m", Call(PyExc.ValueError));
        Assert.That(Truth(PyObject.IsInstance(eg, PyExc.Exception)), Is.True);
        Assert.That(Truth(PyObject.IsInstance(BaseGroup("m", Call(PyExc.GeneratorExit)), PyExc.Exception)), Is.False);
        Assert.That(Str(Attr(PyExc.BaseExceptionGroup, "__doc__")), Is.EqualTo("A combination of multiple unrelated exceptions."));
        Assert.That(Attr(PyExc.ExceptionGroup, "__doc__"), Is.SameAs(None));
        Assert.That(Str(Attr(PyExc.ExceptionGroup, "__module__")), Is.EqualTo("builtins"));
        Assert.That(Repr(Attr(PyExc.ExceptionGroup, "__str__")), Is.EqualTo("<slot wrapper '__str__' of 'BaseExceptionGroup' objects>"));
        Assert.That(Repr(Attr(PyExc.BaseExceptionGroup, "__init__")), Is.EqualTo("<slot wrapper '__init__' of 'BaseExceptionGroup' objects>"));
    }

    [TestCase(1, "m (1 sub-exception)")]
    [TestCase(2, "m (2 sub-exceptions)")]
    [TestCase(3, "m (3 sub-exceptions)")]
    public void StrCountsTheSubExceptions(int count, string expected)
    {
        // spec: OBJ-EXC-4
        var excs = new PyObject[count];
        for (int i = 0; i < count; i++)
        {
            excs[i] = Exc(PyExc.ValueError, i);
        }
        PyObject eg = Group("m", excs);
        Assert.That(Str(eg), Is.EqualTo(expected));
        Assert.That(PyBaseExceptionObject.FormatExceptionOnly((PyBaseExceptionObject)eg), Is.EqualTo("ExceptionGroup: " + expected));
    }

    [Test]
    public void StrUsesStrOfTheMessageAndReprShowsTheArguments()
    {
        // spec: OBJ-EXC-4
        Assert.That(Str(Group("", Call(PyExc.ValueError), Call(PyExc.TypeError))), Is.EqualTo(" (2 sub-exceptions)"));
        PyTypeObject s = Class("S", [PyUnicodeObject.Type], ("__str__", ReturnsStr("__str__", "custom")));
        PyObject eg = Call(PyExc.ExceptionGroup, Call(s, S("m")), Tuple(Call(PyExc.ValueError)));
        Assert.That(Str(eg), Is.EqualTo("custom (1 sub-exception)"));
        Assert.That(Repr(Group("m", Exc(PyExc.ValueError, 1))), Is.EqualTo("ExceptionGroup('m', [ValueError(1)])"));
        Assert.That(Repr(BaseGroup("m", Call(PyExc.KeyboardInterrupt))), Is.EqualTo("BaseExceptionGroup('m', [KeyboardInterrupt()])"));
    }

    [Test]
    public void ReprShowsTheSequenceAsGivenWhileExceptionsIsASnapshot()
    {
        // spec: OBJ-EXC-4
        PyListObject list = List(Exc(PyExc.ValueError, 1));
        PyObject eg = Call(PyExc.ExceptionGroup, S("m"), list);
        Ok(list.Append(Exc(PyExc.TypeError, 2)));
        Assert.That(Repr(eg), Is.EqualTo("ExceptionGroup('m', [ValueError(1), TypeError(2)])"));
        Assert.That(Repr(Attr(eg, "exceptions")), Is.EqualTo("(ValueError(1),)"));
        Assert.That(Str(eg), Is.EqualTo("m (1 sub-exception)"));
    }

    [Test]
    public void MessageAndExceptionsAreReadOnlyMembers()
    {
        // spec: OBJ-EXC-4
        PyTypeObject s = Class("S", [PyUnicodeObject.Type]);
        PyObject message = Call(s, S("hi"));
        PyObject eg = Call(PyExc.ExceptionGroup, message, Tuple(Call(PyExc.ValueError)));
        Assert.That(Attr(eg, "message"), Is.SameAs(message), "the message is kept as given, str subclass and all");
        PyObject excs = Attr(eg, "exceptions");
        Assert.That(excs.ObType, Is.SameAs(PyTupleObject.Type));
        Assert.That(Attr(eg, "exceptions"), Is.SameAs(excs));
        Assert.That(SetAttrRaises(eg, "message", S("x")), Is.EqualTo("AttributeError: readonly attribute"));
        Assert.That(SetAttrRaises(eg, "exceptions", null), Is.EqualTo("AttributeError: readonly attribute"));
        Assert.That(Str(Attr(Attr(PyExc.BaseExceptionGroup, "message"), "__doc__")), Is.EqualTo("exception message"));
        Assert.That(Str(Attr(Attr(PyExc.BaseExceptionGroup, "exceptions"), "__doc__")), Is.EqualTo("nested exceptions"));
    }

    [Test]
    public void InitReplacesArgsButNotTheMessageOrTheExceptions()
    {
        // spec: OBJ-EXC-4
        PyObject eg = Call(PyExc.ExceptionGroup, S("hi"), Tuple(Call(PyExc.ValueError)));
        Assert.That(Method(eg, "__init__", S("a"), S("b"), S("c")), Is.SameAs(None));
        Assert.That(Repr(Attr(eg, "args")) + " " + Str(Attr(eg, "message")) + " " + Repr(Attr(eg, "exceptions")) + " " + Str(eg),
            Is.EqualTo("('a', 'b', 'c') hi (ValueError(),) hi (1 sub-exception)"));
        Assert.That(Repr(eg), Is.EqualTo("ExceptionGroup('a', 'b', 'c')"));
        Assert.That(Repr(Method(eg, "__reduce__")), Is.EqualTo("(<class 'ExceptionGroup'>, ('a', 'b', 'c'))"));
    }

    [Test]
    public void ExceptionGroupsButNotBaseExceptionGroupsCanBeWeaklyReferenced()
    {
        // spec: OBJ-EXC-4
        PyObject eg = Group("m", Call(PyExc.ValueError));
        PyObject wr = Ok(PyWeakReference.NewRef(eg, null));
        Assert.That(Call(wr), Is.SameAs(eg));
        Assert.That(Attr(eg, "__weakref__"), Is.SameAs(wr));
        Assert.That(Repr(Attr(PyExc.ExceptionGroup, "__weakref__")), Is.EqualTo("<attribute '__weakref__' of 'ExceptionGroup' objects>"));
        Assert.That(Raises(PyWeakReference.NewRef(BaseGroup("m", Call(PyExc.KeyboardInterrupt)), null)),
            Is.EqualTo("TypeError: cannot create weak reference to 'BaseExceptionGroup' object"));
        Assert.That(AttrRaises(PyExc.BaseExceptionGroup, "__weakref__"),
            Is.EqualTo("AttributeError: type object 'BaseExceptionGroup' has no attribute '__weakref__'"));
    }

    [Test]
    public void TraverseVisitsTheMessageAndTheExceptions()
    {
        // spec: OBJ-EXC-4
        PyObject v = Call(PyExc.ValueError);
        var eg = (PyBaseExceptionGroupObject)Group("m", v);
        var seen = new List<PyObject>();
        Assert.That(PyObject.GenericTraverse(eg, (o, _) => { seen.Add(o); return 0; }, null), Is.Zero);
        Assert.That(seen, Has.Member(Attr(eg, "message")));
        Assert.That(seen, Has.Member(eg.ExceptionsBorrowed));
        Assert.That(seen, Has.Member(eg.ArgsBorrowed));
    }

    [Test]
    public void AGroupWhoseExceptionHasTheGroupAsContextIsCollected()
    {
        // spec: OBJ-EXC-4
        Interp.Gc.Collect();
        PyObject v = PyObject.CallNoArgs(PyExc.ValueError)!;
        PyObject eg = NewGroupOwned("m", v);
        ((PyBaseExceptionObject)v).SetContext(eg.NewRef()); // eg → exceptions → v → __context__ → eg
        PyObject weak = Ok(PyWeakReference.NewRef(eg, null));
        v.DecRef();
        eg.DecRef();
        Assert.That(eg.IsDead, Is.False, "reference counting alone cannot free the cycle");
        Assert.That(Interp.Gc.Collect(), Is.GreaterThanOrEqualTo(2));
        Assert.That(eg.IsDead && v.IsDead, Is.True);
        Assert.That(Call(weak), Is.SameAs(None));
    }

    [Test]
    public void SplitPartsThatShareACycleWithTheOriginalAreCollected()
    {
        // spec: OBJ-EXC-4
        Interp.Gc.Collect();
        PyObject v = PyObject.CallNoArgs(PyExc.ValueError)!, t = PyObject.CallNoArgs(PyExc.TypeError)!;
        PyObject eg = NewGroupOwned("m", v, t);
        ((PyBaseExceptionObject)eg).SetCause(v.NewRef());
        ((PyBaseExceptionObject)t).SetContext(eg.NewRef()); // eg → t → eg
        PyObject parts = PyObject.CallMethod(eg, "split", PyExc.ValueError)!;
        var match = (PyBaseExceptionObject)((PyTupleObject)parts)[0];
        var rest = (PyBaseExceptionObject)((PyTupleObject)parts)[1];
        Assert.That(match.CauseBorrowed, Is.SameAs(v));
        Assert.That(Repr(parts), Is.EqualTo("(ExceptionGroup('m', [ValueError()]), ExceptionGroup('m', [TypeError()]))"));
        v.DecRef();
        t.DecRef();
        eg.DecRef();
        parts.DecRef();
        Assert.That(match.IsDead && rest.IsDead, Is.True, "the parts are not in the cycle");
        Assert.That(eg.IsDead, Is.False);
        Assert.That(Interp.Gc.Collect(), Is.GreaterThanOrEqualTo(3));
        Assert.That(eg.IsDead && v.IsDead && t.IsDead, Is.True);
    }

    /// <summary>ExceptionGroup('m', [excs]) whose only references are the caller's, so that it can take part in a
    /// cycle: neither it nor the list it was given is kept by the fixture.</summary>
    private PyObject NewGroupOwned(string message, params PyObject[] excs)
    {
        PyListObject list = PyListObject.FromSpan(excs);
        PyObject? eg = PyObject.Vectorcall(PyExc.ExceptionGroup, [S(message), list], null);
        list.DecRef();
        Assert.That(eg, Is.Not.Null);
        return eg!;
    }
}
