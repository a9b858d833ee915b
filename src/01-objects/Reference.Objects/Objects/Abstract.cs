// Objects/abstract.c: the abstract object layer — subscripts, lengths, iteration, isinstance.
//
// Code that works on "any object" calls these instead of touching slots: o[key] tries the mapping
// slot, then the sequence slot with an index; len(o) tries sq_length then mp_length; iter(o) uses
// tp_iter, or falls back to the old __getitem__ protocol. The number operators live in PyNumber
// (Number.cs), sequences in PySequence, mappings in PyMapping, iterators in PyIter.
namespace Reference.Objects;

public partial class PyObject
{
    #region object-get-item
    /// <summary>o[key] (C: <c>PyObject_GetItem</c>).</summary>
    public static PyObject? GetItem(PyObject o, PyObject key)
    {
        PyTypeObject t = o.ObType;
        if (t.TpAsMapping?.MpSubscript is { } subscript)
        {
            return subscript(o, key);
        }
        if (t.TpAsSequence?.SqItem is not null)
        {
            if (key.ObType.TpAsNumber?.NbIndex is not null)
            {
                long i = PyNumber.AsSsize(key, PyExc.IndexError);
                return i == -1 && PyErr.Occurred() ? null : PySequence.GetItem(o, i);
            }
            return PyErr.SetString(PyExc.TypeError, $"sequence index must be integer, not '{key.ObType.Name}'");
        }
        if (o is PyTypeObject type)
        {
            // list[int]: a type is subscripted through its __class_getitem__ (PEP 560).
            int found = GetOptionalAttr(type, PyIds.__class_getitem__, out PyObject? meth);
            if (found < 0)
            {
                return null;
            }
            if (meth is not null)
            {
                PyObject? result = CallOneArg(meth, key);
                meth.DecRef();
                return result;
            }
            return PyErr.SetString(PyExc.TypeError, $"type '{type.Name}' is not subscriptable");
        }
        return PyErr.SetString(PyExc.TypeError, $"'{t.Name}' object is not subscriptable");
    }
    #endregion

    /// <summary>o[key] = value, or del o[key] when value is null (C: <c>PyObject_SetItem</c>/<c>PyObject_DelItem</c>).</summary>
    public static int SetItem(PyObject o, PyObject key, PyObject? value)
    {
        PyTypeObject t = o.ObType;
        if (t.TpAsMapping?.MpAssSubscript is { } assign)
        {
            return assign(o, key, value);
        }
        // Any sequence type takes an index key on to PySequence_SetItem, whose own error wording ("doesn't
        // support item deletion") is what `del (1,)[0]` reports; other keys fall through to the message below.
        if (t.TpAsSequence is { } sq)
        {
            if (key.ObType.TpAsNumber?.NbIndex is not null)
            {
                long i = PyNumber.AsSsize(key, PyExc.IndexError);
                return i == -1 && PyErr.Occurred() ? -1 : PySequence.SetItem(o, i, value);
            }
            if (sq.SqAssItem is not null)
            {
                PyErr.SetString(PyExc.TypeError, $"sequence index must be integer, not '{key.ObType.Name}'");
                return -1;
            }
        }
        PyErr.SetString(PyExc.TypeError, value is null
            ? $"'{t.Name}' object does not support item deletion"
            : $"'{t.Name}' object does not support item assignment");
        return -1;
    }

    /// <summary>del o[key] (C: <c>PyObject_DelItem</c>).</summary>
    public static int DelItem(PyObject o, PyObject key) => SetItem(o, key, null);

    #region length
    /// <summary>len(o): the length, or -1 with an error (C: <c>PyObject_Size</c>).</summary>
    public static long Size(PyObject o)
    {
        PyTypeObject t = o.ObType;
        if (t.TpAsSequence?.SqLength is { } sqLength)
        {
            return sqLength(o);
        }
        if (t.TpAsMapping?.MpLength is { } mpLength)
        {
            return mpLength(o);
        }
        PyErr.SetString(PyExc.TypeError, $"object of type '{t.Name}' has no len()");
        return -1;
    }
    #endregion

    /// <summary>The length if known, else <c>__length_hint__</c>, else the default (C: <c>PyObject_LengthHint</c>).
    /// Returns -1 with an error on failure.</summary>
    public static long LengthHint(PyObject o, long defaultValue)
    {
        if (o.ObType.TpAsSequence?.SqLength is not null || o.ObType.TpAsMapping?.MpLength is not null)
        {
            long n = Size(o);
            if (n >= 0)
            {
                return n;
            }
            if (!PyErr.ExceptionMatches(PyExc.TypeError))
            {
                return -1;
            }
            PyErr.Clear();
        }
        PyObject? hint = o.ObType.Lookup(PyIds.__length_hint__);
        if (hint is null)
        {
            return defaultValue;
        }
        PyObject? result = CallMethodDescriptor(hint, o);
        if (result is null)
        {
            if (PyErr.ClearIfMatches(PyExc.TypeError))
            {
                return defaultValue;
            }
            return -1;
        }
        if (result == Py.NotImplemented)
        {
            return defaultValue;
        }
        if (result is not PyLongObject)
        {
            string name = result.ObType.Name;
            result.DecRef();
            PyErr.SetString(PyExc.TypeError, $"__length_hint__ must be an integer, not {name}");
            return -1;
        }
        long value = ((PyLongObject)result).AsSsizeT();
        result.DecRef();
        if (value < 0 && !PyErr.Occurred())
        {
            PyErr.SetString(PyExc.ValueError, "__length_hint__() should return >= 0");
            return -1;
        }
        return value;
    }

    #region get-iter
    /// <summary>iter(o) (C: <c>PyObject_GetIter</c>): tp_iter, else the sequence protocol over __getitem__.</summary>
    public static PyObject? GetIter(PyObject o)
    {
        PyTypeObject t = o.ObType;
        GetIterFunc? f = t.TpIter;
        if (f is null)
        {
            if (PySequence.Check(o))
            {
                return new PySeqIterObject(o);
            }
            return PyErr.SetString(PyExc.TypeError, $"'{t.Name}' object is not iterable");
        }
        PyObject? res = f(o);
        if (res is not null && res.ObType.TpIterNext is null)
        {
            string name = res.ObType.Name;
            res.DecRef();
            return PyErr.SetString(PyExc.TypeError, $"iter() returned non-iterator of type '{name}'");
        }
        return res;
    }
    #endregion

    #region isinstance
    /// <summary>isinstance(inst, cls): 1, 0 or -1 (C: <c>PyObject_IsInstance</c>): exact type first, then a tuple
    /// of classes, then <c>__instancecheck__</c>.</summary>
    public static int IsInstance(PyObject inst, PyObject cls)
    {
        if (inst.ObType == cls)
        {
            return 1;
        }
        if (cls.ObType == PyTypeObject.Type)
        {
            return RecursiveIsInstance(inst, cls);
        }
        if (cls is PyTupleObject tuple)
        {
            if (PyErr.EnterRecursiveCall(" in __instancecheck__"))
            {
                return -1;
            }
            int r = 0;
            foreach (PyObject item in tuple.Items)
            {
                r = IsInstance(inst, item);
                if (r != 0)
                {
                    break;
                }
            }
            PyErr.LeaveRecursiveCall();
            return r;
        }
        PyObject? checker = cls.ObType.Lookup(PyIds.__instancecheck__);
        if (checker is not null)
        {
            if (PyErr.EnterRecursiveCall(" in __instancecheck__"))
            {
                return -1;
            }
            PyObject? res = CallMethodDescriptor(checker, cls, inst);
            PyErr.LeaveRecursiveCall();
            if (res is null)
            {
                return -1;
            }
            int ok = IsTrue(res);
            res.DecRef();
            return ok;
        }
        return RecursiveIsInstance(inst, cls);
    }
    #endregion

    /// <summary>isinstance without __instancecheck__ (C: <c>object_recursive_isinstance</c>), also honouring an
    /// instance's <c>__class__</c> when it differs from its type.</summary>
    private static int RecursiveIsInstance(PyObject inst, PyObject cls)
    {
        if (cls is PyTypeObject type)
        {
            if (inst.ObType.IsSubtype(type))
            {
                return 1;
            }
            int found = GetOptionalAttr(inst, PyIds.__class__, out PyObject? icls);
            if (found < 0)
            {
                return -1;
            }
            int r = icls is PyTypeObject it && it != inst.ObType && it.IsSubtype(type) ? 1 : 0;
            icls?.DecRef();
            return r;
        }
        PyErr.SetString(PyExc.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }

    /// <summary>issubclass(derived, cls): 1, 0 or -1 (C: <c>PyObject_IsSubclass</c>).</summary>
    public static int IsSubclass(PyObject derived, PyObject cls)
    {
        if (cls.ObType == PyTypeObject.Type)
        {
            if (derived == cls)
            {
                return 1;
            }
            return RecursiveIsSubclass(derived, cls);
        }
        if (cls is PyTupleObject tuple)
        {
            if (PyErr.EnterRecursiveCall(" in __subclasscheck__"))
            {
                return -1;
            }
            int r = 0;
            foreach (PyObject item in tuple.Items)
            {
                r = IsSubclass(derived, item);
                if (r != 0)
                {
                    break;
                }
            }
            PyErr.LeaveRecursiveCall();
            return r;
        }
        PyObject? checker = cls.ObType.Lookup(PyIds.__subclasscheck__);
        if (checker is not null)
        {
            PyObject? res = CallMethodDescriptor(checker, cls, derived);
            if (res is null)
            {
                return -1;
            }
            int ok = IsTrue(res);
            res.DecRef();
            return ok;
        }
        return RecursiveIsSubclass(derived, cls);
    }

    private static int RecursiveIsSubclass(PyObject derived, PyObject cls)
    {
        if (derived is not PyTypeObject d)
        {
            PyErr.SetString(PyExc.TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        if (cls is not PyTypeObject c)
        {
            PyErr.SetString(PyExc.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
            return -1;
        }
        return d.IsSubtype(c) ? 1 : 0;
    }

    #region format
    /// <summary>format(obj, spec) (C: <c>PyObject_Format</c>): calls <c>type(obj).__format__(obj, spec)</c>, whose
    /// result must be a str.</summary>
    public static PyObject? Format(PyObject obj, PyObject? spec)
    {
        if (spec is not null && spec is not PyUnicodeObject)
        {
            return PyErr.SetString(PyExc.TypeError, $"format() argument 2 must be str, not {spec.ObType.Name}");
        }
        spec ??= PyUnicodeObject.Empty;
        if (((PyUnicodeObject)spec).Value.Length == 0)
        {
            if (obj.ObType == PyUnicodeObject.Type)
            {
                return obj.NewRef();
            }
            if (obj.ObType == PyLongObject.Type)
            {
                return Str(obj);
            }
        }
        PyObject? meth = obj.ObType.Lookup(PyIds.__format__);
        if (meth is null)
        {
            return PyErr.SetString(PyExc.TypeError, $"Type {obj.ObType.Name} doesn't define __format__");
        }
        PyObject? result = CallMethodDescriptor(meth, obj, spec);
        if (result is not null && result is not PyUnicodeObject)
        {
            string name = result.ObType.Name;
            result.DecRef();
            return PyErr.SetString(PyExc.TypeError, $"__format__ must return a str, not {name}");
        }
        return result;
    }
    #endregion
}
