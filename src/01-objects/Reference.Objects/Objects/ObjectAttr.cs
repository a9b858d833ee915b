// Objects/object.c: attribute access.
//
// `o.name` asks o's type (tp_getattro). The generic implementation, which nearly every type uses,
// is the descriptor protocol in four steps:
//
//   1. look the name up in the type's MRO (never in the instance);
//   2. if that finds a *data* descriptor (it has __set__ or __delete__), its __get__ wins;
//   3. otherwise the instance __dict__ wins;
//   4. otherwise a non-data descriptor's __get__ (this is how functions become bound methods), or
//      the plain class attribute, or AttributeError.
//
// Setting runs the same lookup: a data descriptor's __set__, else the instance __dict__.
namespace Reference.Objects;

public partial class PyObject
{
    #region get-attr
    /// <summary>o.name (C: <c>PyObject_GetAttr</c>).</summary>
    public static PyObject? GetAttr(PyObject o, PyObject name)
    {
        if (name is not PyUnicodeObject str)
        {
            return PyErr.SetString(PyExc.TypeError, $"attribute name must be string, not '{name.ObType.Name}'");
        }
        GetAttroFunc? getattro = o.ObType.TpGetAttro;
        if (getattro is null)
        {
            return PyErr.SetString(PyExc.AttributeError, $"'{o.ObType.Name}' object has no attribute '{str.Value}'");
        }
        return getattro(o, str);
    }
    #endregion

    /// <summary>o.name for a C# name (C: <c>PyObject_GetAttrString</c>).</summary>
    public static PyObject? GetAttr(PyObject o, string name) => GetAttr(o, PyUnicodeObject.InternStatic(name));

    /// <summary>Looks up an attribute that may be missing (C: <c>PyObject_GetOptionalAttr</c>): returns 1 and the
    /// value, 0 and null when it is missing (no error set), or -1 with an error. The generic path never
    /// creates the AttributeError it would suppress.</summary>
    public static int GetOptionalAttr(PyObject o, PyUnicodeObject name, out PyObject? result)
    {
        if (o.ObType.TpGetAttro == GenericGetAttrFunc)
        {
            result = GenericGetAttrWithDict(o, name, null, suppress: true);
            return result is not null ? 1 : PyErr.Occurred() ? -1 : 0;
        }
        result = GetAttr(o, name);
        if (result is not null)
        {
            return 1;
        }
        return PyErr.ClearIfMatches(PyExc.AttributeError) ? 0 : -1;
    }

    /// <summary>hasattr(o, name): 1, 0 or -1.</summary>
    public static int HasAttr(PyObject o, PyUnicodeObject name)
    {
        int r = GetOptionalAttr(o, name, out PyObject? value);
        value?.DecRef();
        return r;
    }

    /// <summary>The one delegate instance for the generic getattr, so that slot comparisons allocate nothing.</summary>
    public static readonly GetAttroFunc GenericGetAttrFunc = GenericGetAttr;

    /// <summary>The one delegate instance for the generic setattr.</summary>
    public static readonly SetAttroFunc GenericSetAttrFunc = GenericSetAttr;

    #region generic-getattr
    /// <summary>The generic tp_getattro (C: <c>PyObject_GenericGetAttr</c>).</summary>
    public static PyObject? GenericGetAttr(PyObject obj, PyUnicodeObject name) =>
        GenericGetAttrWithDict(obj, name, null, suppress: false);

    /// <summary>The descriptor protocol for reading (C: <c>_PyObject_GenericGetAttrWithDict</c>). With
    /// <paramref name="suppress"/>, a missing attribute returns null with no error set.</summary>
    public static PyObject? GenericGetAttrWithDict(PyObject obj, PyUnicodeObject name, PyDictObject? dict, bool suppress)
    {
        PyTypeObject tp = obj.ObType;
        PyObject? descr = tp.Lookup(name);
        DescrGetFunc? f = null;
        if (descr is not null)
        {
            descr.IncRef();
            f = descr.ObType.TpDescrGet;
            if (f is not null && descr.ObType.TpDescrSet is not null)
            {
                // 2. A data descriptor wins over the instance dict.
                PyObject? res = f(descr, obj, tp);
                descr.DecRef();
                return suppress ? SuppressAttributeError(res) : res;
            }
        }
        dict ??= obj.Managed?.Dict;
        if (dict is not null)
        {
            // 3. The instance dict.
            PyObject? res = dict.GetItemWithErrorBorrowed(name);
            if (res is not null)
            {
                res.IncRef();
                descr?.DecRef();
                return res;
            }
            if (PyErr.Occurred())
            {
                descr?.DecRef();
                return null;
            }
        }
        if (f is not null)
        {
            // 4. A non-data descriptor binds.
            PyObject? res = f(descr!, obj, tp);
            descr!.DecRef();
            return suppress ? SuppressAttributeError(res) : res;
        }
        if (descr is not null)
        {
            return descr; // a plain class attribute; the reference we took is the caller's
        }
        if (suppress)
        {
            return null;
        }
        return SetAttributeError(obj, name, $"'{tp.Name}' object has no attribute '{name.Value}'");
    }
    #endregion

    private static PyObject? SuppressAttributeError(PyObject? res)
    {
        if (res is null)
        {
            PyErr.ClearIfMatches(PyExc.AttributeError);
        }
        return res;
    }

    /// <summary>Raises AttributeError with its <c>name</c> and <c>obj</c> attributes set, as CPython 3.12+ does so
    /// that tracebacks can suggest a near name.</summary>
    public static PyObject? SetAttributeError(PyObject obj, PyUnicodeObject name, string message)
    {
        PyErr.SetString(PyExc.AttributeError, message);
        if (PyErr.OccurredBorrowed() is PyAttributeErrorObject err)
        {
            err.SetNameAndObj(name, obj);
        }
        return null;
    }

    #region set-attr
    /// <summary>o.name = value, or del o.name when value is null (C: <c>PyObject_SetAttr</c>): 0 or -1.</summary>
    public static int SetAttr(PyObject o, PyObject name, PyObject? value)
    {
        if (name is not PyUnicodeObject str)
        {
            PyErr.SetString(PyExc.TypeError, $"attribute name must be string, not '{name.ObType.Name}'");
            return -1;
        }
        SetAttroFunc? setattro = o.ObType.TpSetAttro;
        if (setattro is null)
        {
            string verb = value is null ? "del" : "assign to";
            PyErr.SetString(PyExc.TypeError, o.ObType.TpGetAttro is null
                ? $"'{o.ObType.Name}' object has no attributes ({verb} .{str.Value})"
                : $"'{o.ObType.Name}' object has only read-only attributes ({verb} .{str.Value})");
            return -1;
        }
        return setattro(o, str, value);
    }
    #endregion

    /// <summary>o.name = value for a C# name.</summary>
    public static int SetAttr(PyObject o, string name, PyObject? value) => SetAttr(o, PyUnicodeObject.InternStatic(name), value);

    /// <summary>del o.name (C: <c>PyObject_DelAttr</c>).</summary>
    public static int DelAttr(PyObject o, PyObject name) => SetAttr(o, name, null);

    #region generic-setattr
    /// <summary>The generic tp_setattro (C: <c>PyObject_GenericSetAttr</c>).</summary>
    public static int GenericSetAttr(PyObject obj, PyUnicodeObject name, PyObject? value)
    {
        PyTypeObject tp = obj.ObType;
        PyObject? descr = tp.Lookup(name);
        if (descr is not null)
        {
            DescrSetFunc? f = descr.ObType.TpDescrSet;
            if (f is not null)
            {
                descr.IncRef();
                int r = f(descr, obj, value);
                descr.DecRef();
                return r;
            }
        }
        PyDictObject? dict = obj.GetOrCreateInstanceDict();
        if (dict is null)
        {
            string message = descr is not null
                ? $"'{tp.Name}' object attribute '{name.Value}' is read-only"
                : $"'{tp.Name}' object has no attribute '{name.Value}' and no __dict__ for setting new attributes";
            SetAttributeError(obj, name, message);
            return -1;
        }
        if (value is not null)
        {
            return dict.SetItem(name, value);
        }
        int found = dict.DelItemIfPresent(name);
        if (found == 0)
        {
            SetAttributeError(obj, name, $"'{tp.Name}' object has no attribute '{name.Value}'");
            return -1;
        }
        return found < 0 ? -1 : 0;
    }
    #endregion

    /// <summary>The instance dict, created on first need, or null when the type's instances have none
    /// (C: <c>_PyObject_GetDictPtr</c>).</summary>
    internal PyDictObject? GetOrCreateInstanceDict()
    {
        if (!ObType.InstancesHaveDict)
        {
            return null;
        }
        PyManagedData managed = Managed ??= new PyManagedData();
        if (managed.Dict is null)
        {
            managed.Dict = PyDictObject.New();
            managed.Dict.GcBits |= GcFlags.InlineValues;
        }
        return managed.Dict;
    }
}
