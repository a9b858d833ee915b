// Objects/exceptions.c: splitting an exception group — get_matcher_type, exceptiongroup_split_check_match,
// exceptiongroup_split_recursive and exceptiongroup_subset.
//
// The walk visits the tree depth first. A node that matches as a whole is taken as it is (so a group
// that matches entirely comes back as itself, not a copy); a leaf that does not match goes to the rest;
// a group that matches only in part is rebuilt twice through derive(), from the matching and from the
// non-matching results of its children, in their original order. A part with no exceptions is None.
namespace Reference.Objects;

/// <summary>The algorithm behind BaseExceptionGroup.split and subgroup.</summary>
internal static class ExceptionGroupSplit
{
    /// <summary>How a condition is tested (C: <c>_exceptiongroup_split_matcher_type</c>). CPython has a third kind,
    /// matching leaves by identity, that only the eval loop's <c>except*</c> uses.</summary>
    public enum Matcher
    {
        /// <summary>An exception class or a tuple of them.</summary>
        ByType,

        /// <summary>A callable (not a class) that returns true for the exceptions to take.</summary>
        ByPredicate,
    }

    /// <summary>Classifies a split/subgroup condition (C: <c>get_matcher_type</c>); false with TypeError set when it
    /// is none of the accepted kinds.</summary>
    public static bool TryGetMatcher(PyObject condition, out Matcher kind)
    {
        kind = Matcher.ByType;
        if (PyObject.IsCallable(condition) && condition is not PyTypeObject)
        {
            kind = Matcher.ByPredicate;
            return true;
        }
        if (PyErr.IsExceptionClass(condition))
        {
            return true;
        }
        if (condition.ObType == PyTupleObject.Type && AllExceptionClasses((PyTupleObject)condition))
        {
            return true;
        }
        PyErr.SetString(PyExc.TypeError,
            "expected an exception type, a tuple of exception types, or a callable (other than a class)");
        return false;
    }

    private static bool AllExceptionClasses(PyTupleObject tuple)
    {
        foreach (PyObject item in tuple.ItemsBorrowed)
        {
            if (!PyErr.IsExceptionClass(item))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether one node matches (C: <c>exceptiongroup_split_check_match</c>): 1, 0 or -1.</summary>
    private static int CheckMatch(PyObject exc, Matcher kind, PyObject condition)
    {
        if (kind == Matcher.ByType)
        {
            return PyErr.GivenExceptionMatches(exc, condition) ? 1 : 0;
        }
        PyObject? verdict = PyObject.CallOneArg(condition, exc);
        if (verdict is null)
        {
            return -1;
        }
        int truth = PyObject.IsTrue(verdict);
        verdict.DecRef();
        return truth;
    }

    #region exception-group-split
    /// <summary>Splits <paramref name="exc"/> into new references <paramref name="match"/> and
    /// <paramref name="rest"/>, each null when empty; rest is only built when asked for
    /// (C: <c>exceptiongroup_split_recursive</c>). Returns 0, or -1 with both null.</summary>
    public static int SplitRecursive(PyObject exc, Matcher kind, PyObject condition, bool constructRest,
        out PyObject? match, out PyObject? rest)
    {
        match = rest = null;
        int isMatch = CheckMatch(exc, kind, condition);
        if (isMatch < 0)
        {
            return -1;
        }
        if (isMatch > 0)
        {
            match = exc.NewRef();
            return 0;
        }
        if (exc is not PyBaseExceptionGroupObject eg)
        {
            rest = constructRest ? exc.NewRef() : null;
            return 0;
        }
        // A partial match: split each nested exception, then rebuild this group from the two halves.
        PyListObject matchList = PyListObject.New(0);
        PyListObject? restList = constructRest ? PyListObject.New(0) : null;
        int status = SplitChildren(eg, kind, condition, matchList, restList);
        if (status == 0)
        {
            status = Subset(eg, matchList, out match);
        }
        if (status == 0 && restList is not null)
        {
            status = Subset(eg, restList, out rest);
        }
        matchList.DecRef();
        restList?.DecRef();
        if (status < 0)
        {
            Py.Clear(ref match);
            Py.Clear(ref rest);
        }
        return status;
    }
    #endregion

    /// <summary>Appends each nested exception's parts to the two lists (the recursive step).</summary>
    private static int SplitChildren(PyBaseExceptionGroupObject eg, Matcher kind, PyObject condition,
        PyListObject matchList, PyListObject? restList)
    {
        // The tuple is held for the walk: a predicate may run any code, though it cannot replace excs.
        PyTupleObject excs = eg.ExceptionsBorrowed;
        excs.IncRef();
        int status = 0;
        foreach (PyObject e in excs.ItemsBorrowed)
        {
            if (PyErr.EnterRecursiveCall(" in exceptiongroup_split_recursive"))
            {
                status = -1;
                break;
            }
            status = SplitRecursive(e, kind, condition, restList is not null, out PyObject? m, out PyObject? r);
            PyErr.LeaveRecursiveCall();
            if (status == 0 && m is not null)
            {
                status = matchList.Append(m);
            }
            if (status == 0 && r is not null)
            {
                status = restList!.Append(r);
            }
            Py.XDecRef(m);
            Py.XDecRef(r);
            if (status < 0)
            {
                break;
            }
        }
        excs.DecRef();
        return status;
    }

    #region exception-group-subset
    /// <summary>A group holding <paramref name="excs"/>, made by <paramref name="orig"/>.derive() and given
    /// orig's traceback, context, cause and a copy of its notes; null when excs is empty
    /// (C: <c>exceptiongroup_subset</c>). Returns 0, or -1 with an error.</summary>
    private static int Subset(PyBaseExceptionGroupObject orig, PyListObject excs, out PyObject? result)
    {
        result = null;
        if (excs.Count == 0)
        {
            return 0;
        }
        PyObject? derived = PyObject.CallMethod(orig, "derive", excs);
        if (derived is null)
        {
            return -1;
        }
        if (derived is not PyBaseExceptionGroupObject eg)
        {
            derived.DecRef();
            PyErr.SetString(PyExc.TypeError, "derive must return an instance of BaseExceptionGroup");
            return -1;
        }
        if (orig.TracebackBorrowed is { } tb)
        {
            eg.SetTraceback(tb.NewRef());
        }
        eg.SetContext(Py.XNewRef(orig.ContextBorrowed));
        eg.SetCause(Py.XNewRef(orig.CauseBorrowed));
        if (CopyNotes(orig, eg) < 0)
        {
            eg.DecRef();
            return -1;
        }
        result = eg;
        return 0;
    }
    #endregion

    /// <summary>Gives the derived group its own list of the original's notes. Notes that are not a sequence were
    /// put there by user code and are skipped rather than reported here.</summary>
    private static int CopyNotes(PyObject orig, PyObject derived)
    {
        if (PyObject.GetOptionalAttr(orig, PyIds.__notes__, out PyObject? notes) < 0)
        {
            return -1;
        }
        if (notes is null)
        {
            return 0;
        }
        if (!PySequence.Check(notes))
        {
            notes.DecRef();
            return 0;
        }
        PyListObject? copy = PySequence.List(notes);
        notes.DecRef();
        if (copy is null)
        {
            return -1;
        }
        int r = PyObject.SetAttr(derived, PyIds.__notes__, copy);
        copy.DecRef();
        return r;
    }
}
