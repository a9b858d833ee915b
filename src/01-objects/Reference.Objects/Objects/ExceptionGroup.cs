// Objects/exceptions.c: BaseExceptionGroup and ExceptionGroup (PEP 654) — BaseExceptionGroup_new,
// BaseExceptionGroup_init, BaseExceptionGroup_str, derive, split, subgroup and their helpers
// exceptiongroup_subset, get_matcher_type, exceptiongroup_split_check_match and
// exceptiongroup_split_recursive.
//
// An exception group carries several unrelated exceptions at once: a message (a str) and a non-empty
// tuple of exceptions, either of which may itself be a group, so a group is the root of a tree whose
// leaves are ordinary exceptions. ExceptionGroup derives from both BaseExceptionGroup and Exception
// and may only wrap Exceptions; calling BaseExceptionGroup with Exceptions alone builds an
// ExceptionGroup instead, so that `except Exception` still sees it.
//
// split(condition) walks the tree and returns two groups with its shape: the leaves (or whole
// subtrees) that match and those that do not; subgroup is split without the second half. Every
// partial group is built by the original's derive(), which subclasses override to keep their own
// type, and then gets the original's __traceback__, __context__, __cause__ and a copy of __notes__.
//
// CPython creates ExceptionGroup per interpreter as a heap type (PyErr_NewException); here it is a
// static type like the rest of the hierarchy, which has no mutable state to share between runtimes.
// It keeps what the heap type adds for its instances: they can be weakly referenced.
namespace Reference.Objects;

/// <summary>An exception group (C: <c>PyBaseExceptionGroupObject</c>): <c>message</c> and <c>exceptions</c>.</summary>
public sealed class PyBaseExceptionGroupObject : PyBaseExceptionObject
{
    /// <summary>The message, a str (C: <c>msg</c>).</summary>
    internal PyObject? Msg;

    /// <summary>The nested exceptions, a non-empty tuple (C: <c>excs</c>).</summary>
    internal PyTupleObject? Excs;

    internal PyBaseExceptionGroupObject(PyTypeObject type)
        : base(type)
    {
    }

    /// <summary>The nested exceptions, borrowed.</summary>
    public PyTupleObject ExceptionsBorrowed => Excs ?? PyTupleObject.EmptyTuple;

    #region exception-group-new
    /// <summary>BaseExceptionGroup.__new__(cls, message, exceptions) (C: <c>BaseExceptionGroup_new</c>): checks the
    /// arguments and picks the class — BaseExceptionGroup becomes ExceptionGroup when every nested exception is an
    /// Exception; ExceptionGroup, and a user subclass that derives from Exception, refuse BaseExceptions.</summary>
    internal static PyObject? New(PyTypeObject type, PyTupleObject args, PyDictObject? kwargs)
    {
        // C: PyArg_ParseTuple(args, "UO:BaseExceptionGroup.__new__", ...); keywords are left to __init__.
        if (args.Count != 2)
        {
            return PyErr.SetString(PyExc.TypeError, $"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Count} given)");
        }
        if (args[0] is not PyUnicodeObject message)
        {
            return PyErr.SetString(PyExc.TypeError,
                $"BaseExceptionGroup.__new__() argument 1 must be str, not {PyUnicodeObject.ArgTypeName(args[0])}");
        }
        if (!PySequence.Check(args[1]))
        {
            return PyErr.SetString(PyExc.TypeError, "second argument (exceptions) must be a sequence");
        }
        PyTupleObject? excs = PySequence.Tuple(args[1]);
        if (excs is null)
        {
            return null;
        }
        PyTypeObject? cls = ChooseClass(type, excs);
        if (cls is null)
        {
            excs.DecRef();
            return null;
        }
        var self = (PyBaseExceptionGroupObject)cls.TpAlloc!(cls);
        self.SetArgs(args.ItemsBorrowed);
        self.Msg = message.NewRef();
        self.Excs = excs;
        return self;
    }

    /// <summary>The class the new group gets, or null with an error: the checks of the nested exceptions and the
    /// promotion rule of <c>BaseExceptionGroup_new</c>.</summary>
    private static PyTypeObject? ChooseClass(PyTypeObject type, PyTupleObject excs)
    {
        if (excs.Count == 0)
        {
            return (PyTypeObject?)PyErr.SetString(PyExc.ValueError, "second argument (exceptions) must be a non-empty sequence");
        }
        bool nestsBaseExceptions = false;
        for (int i = 0; i < excs.Count; i++)
        {
            if (excs[i] is not PyBaseExceptionObject)
            {
                return (PyTypeObject?)PyErr.SetString(PyExc.ValueError, $"Item {i} of second argument (exceptions) is not an exception");
            }
            int isException = PyObject.IsInstance(excs[i], PyExc.Exception);
            if (isException < 0)
            {
                return null;
            }
            nestsBaseExceptions |= isException == 0;
        }
        if (type == PyExc.ExceptionGroup)
        {
            return nestsBaseExceptions
                ? (PyTypeObject?)PyErr.SetString(PyExc.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup")
                : type;
        }
        if (type == PyExc.BaseExceptionGroup)
        {
            return nestsBaseExceptions ? type : PyExc.ExceptionGroup;
        }
        if (nestsBaseExceptions)
        {
            int derivesException = PyObject.IsSubclass(type, PyExc.Exception);
            if (derivesException < 0)
            {
                return null;
            }
            if (derivesException > 0)
            {
                return (PyTypeObject?)PyErr.SetString(PyExc.TypeError, $"Cannot nest BaseExceptions in '{type.Name}'");
            }
        }
        return type;
    }
    #endregion

    /// <summary>BaseExceptionGroup.__init__ (C: <c>BaseExceptionGroup_init</c>): no keywords, args replaced; the
    /// message and the exceptions stay as __new__ set them.</summary>
    internal static int Init(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        if (!GetArgs.NoKeywords(self.ObType.Name, kwargs))
        {
            return -1;
        }
        ((PyBaseExceptionGroupObject)self).SetArgs(args.ItemsBorrowed);
        return 0;
    }

    /// <summary>str(eg) (C: <c>BaseExceptionGroup_str</c>): "message (2 sub-exceptions)".</summary>
    internal static PyObject? StrSlot(PyObject self)
    {
        var eg = (PyBaseExceptionGroupObject)self;
        string? message = PyObject.StrToString(eg.Msg ?? PyUnicodeObject.Empty);
        if (message is null)
        {
            return null;
        }
        int count = eg.ExceptionsBorrowed.Count;
        return PyUnicodeObject.FromString($"{message} ({count} sub-exception{(count > 1 ? "s" : "")})");
    }

    /// <summary>derive(excs) (C: <c>BaseExceptionGroup_derive_impl</c>): a group with this message and the given
    /// exceptions, built by calling BaseExceptionGroup — so it may come back as an ExceptionGroup, never as a
    /// subclass. Subclasses override it to keep their type in split() and subgroup().</summary>
    private static PyObject? Derive(PyObject self, PyObject? excs)
    {
        var eg = (PyBaseExceptionGroupObject)self;
        PyTupleObject args = PyTupleObject.FromSpan([eg.Msg ?? Py.None, excs!]);
        PyObject? result = PyObject.Call(PyExc.BaseExceptionGroup, args, null);
        args.DecRef();
        return result;
    }

    /// <summary>split(condition) → (match, rest), either None when empty (C: <c>BaseExceptionGroup_split_impl</c>).</summary>
    private static PyObject? Split(PyObject self, PyObject? condition)
    {
        if (!ExceptionGroupSplit.TryGetMatcher(condition!, out ExceptionGroupSplit.Matcher kind))
        {
            return null;
        }
        if (ExceptionGroupSplit.SplitRecursive(self, kind, condition!, constructRest: true, out PyObject? match, out PyObject? rest) < 0)
        {
            return null;
        }
        return PyTupleObject.FromArraySteal([match ?? Py.None, rest ?? Py.None]);
    }

    /// <summary>subgroup(condition) → the matching part or None (C: <c>BaseExceptionGroup_subgroup_impl</c>).</summary>
    private static PyObject? Subgroup(PyObject self, PyObject? condition)
    {
        if (!ExceptionGroupSplit.TryGetMatcher(condition!, out ExceptionGroupSplit.Matcher kind))
        {
            return null;
        }
        if (ExceptionGroupSplit.SplitRecursive(self, kind, condition!, constructRest: false, out PyObject? match, out _) < 0)
        {
            return null;
        }
        return match ?? Py.None;
    }

    internal static PyMethodDef[] Methods() =>
    [
        // C: also __class_getitem__ (Py_GenericAlias); this stage has no types.GenericAlias to return.
        PyMethodDef.O("derive", Derive),
        PyMethodDef.O("split", Split),
        PyMethodDef.O("subgroup", Subgroup),
    ];

    internal static PyGetSetDef[] GetSets() =>
    [
        // C: read-only T_OBJECT members.
        new("message", static o => Py.NewRef(((PyBaseExceptionGroupObject)o).Msg ?? Py.None), PySliceObject.ReadOnlyMember, "exception message"),
        new("exceptions", static o => Py.NewRef((PyObject?)((PyBaseExceptionGroupObject)o).Excs ?? Py.None), PySliceObject.ReadOnlyMember,
            "nested exceptions"),
    ];

    /// <summary>ExceptionGroup's <c>__weakref__</c>: the attribute its heap type gets in CPython.</summary>
    internal static PyGetSetDef[] WeakrefGetSets() =>
    [
        new("__weakref__", static o => Py.NewRef((PyObject?)o.Managed?.WeakRefList ?? Py.None)),
    ];

    protected internal override void DeallocContents()
    {
        Py.Clear(ref Msg);
        Py.Clear(ref Excs);
        base.DeallocContents();
    }

    protected internal override int TraverseContents(VisitProc visit, object? arg)
    {
        int r = Member.Visit(Msg, visit, arg);
        r = r != 0 ? r : Member.Visit(Excs, visit, arg);
        return r != 0 ? r : base.TraverseContents(visit, arg);
    }

    protected internal override void ClearContents()
    {
        Py.Clear(ref Msg);
        Py.Clear(ref Excs);
        base.ClearContents();
    }
}
