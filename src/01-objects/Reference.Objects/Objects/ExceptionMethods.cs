// Objects/exceptions.c: BaseException's constructor, methods and attributes.
namespace Reference.Objects;

public static partial class PyExc
{
    /// <summary>BaseException.__new__: any arguments become args; keywords are left to __init__.</summary>
    private static PyObject? BaseExceptionNew(PyTypeObject type, PyTupleObject args, PyDictObject? kwargs)
    {
        PyObject self = type.TpAlloc!(type);
        if (self is PyBaseExceptionObject exc)
        {
            exc.SetArgs(args.ItemsBorrowed);
        }
        return self;
    }

    /// <summary>BaseException.__init__: sets args; keyword arguments are an error.</summary>
    private static int BaseExceptionInit(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        if (!GetArgs.NoKeywords(self.ObType.Name, kwargs))
        {
            return -1;
        }
        ((PyBaseExceptionObject)self).SetArgs(args.ItemsBorrowed);
        return 0;
    }

    private static PyMethodDef[] BaseExceptionMethods() =>
    [
        PyMethodDef.O("with_traceback", static (self, tb) =>
        {
            if (SetTracebackChecked((PyBaseExceptionObject)self, tb!) < 0)
            {
                return null;
            }
            return self.NewRef();
        }),
        PyMethodDef.O("add_note", AddNote),
        PyMethodDef.NoArgs("__reduce__", Reduce),
        PyMethodDef.O("__setstate__", SetState),
    ];

    private static PyGetSetDef[] BaseExceptionGetSets() =>
    [
        new("args", static self => ((PyBaseExceptionObject)self).Args.NewRef(), static (self, value) =>
        {
            if (value is null)
            {
                PyErr.SetString(TypeError, "args may not be deleted");
                return -1;
            }
            PyTupleObject? args = PySequence.Tuple(value);
            if (args is null)
            {
                return -1;
            }
            var exc = (PyBaseExceptionObject)self;
            PyTupleObject old = exc.Args;
            exc.Args = args;
            old.DecRef();
            return 0;
        }),
        new("__traceback__", static self => Py.NewRef(((PyBaseExceptionObject)self).Traceback ?? Py.None),
            static (self, value) =>
            {
                if (value is null)
                {
                    PyErr.SetString(TypeError, "__traceback__ may not be deleted");
                    return -1;
                }
                return SetTracebackChecked((PyBaseExceptionObject)self, value);
            }),
        new("__context__", static self => Py.NewRef(((PyBaseExceptionObject)self).Context ?? Py.None),
            static (self, value) =>
            {
                if (!IsExceptionOrNone(value, "__context__", "exception context must be None or derive from BaseException"))
                {
                    return -1;
                }
                ((PyBaseExceptionObject)self).SetContext(value == Py.None ? null : Py.XNewRef(value));
                return 0;
            }),
        new("__cause__", static self => Py.NewRef(((PyBaseExceptionObject)self).Cause ?? Py.None),
            static (self, value) =>
            {
                if (!IsExceptionOrNone(value, "__cause__", "exception cause must be None or derive from BaseException"))
                {
                    return -1;
                }
                ((PyBaseExceptionObject)self).SetCause(value == Py.None ? null : Py.XNewRef(value));
                return 0;
            }),
        new("__suppress_context__", static self => Py.Bool(((PyBaseExceptionObject)self).SuppressContext),
            static (self, value) =>
            {
                // C: a T_BOOL member — deletion and non-bools are refused with structmember.c's messages.
                if (value is null)
                {
                    PyErr.SetString(TypeError, "can't delete numeric/char attribute");
                    return -1;
                }
                if (value is not PyBoolObject)
                {
                    PyErr.SetString(TypeError, "attribute value type must be bool");
                    return -1;
                }
                ((PyBaseExceptionObject)self).SuppressContext = value == Py.True;
                return 0;
            }),
    ];

    private static bool IsExceptionOrNone(PyObject? value, string attribute, string message)
    {
        if (value is null)
        {
            PyErr.SetString(TypeError, $"{attribute} may not be deleted");
            return false;
        }
        if (value == Py.None || value is PyBaseExceptionObject)
        {
            return true;
        }
        PyErr.SetString(TypeError, message);
        return false;
    }

    private static int SetTracebackChecked(PyBaseExceptionObject exc, PyObject tb)
    {
        if (tb != Py.None && tb is not IPyTraceback)
        {
            PyErr.SetString(TypeError, "__traceback__ must be a traceback or None");
            return -1;
        }
        exc.SetTraceback(tb.NewRef());
        return 0;
    }

    /// <summary>add_note(note): appends to <c>__notes__</c>, creating the list (C: <c>BaseException_add_note</c>).</summary>
    private static PyObject? AddNote(PyObject self, PyObject? note)
    {
        if (note is not PyUnicodeObject)
        {
            return PyErr.SetString(TypeError, $"add_note() argument must be str, not {note!.ObType.Name}");
        }
        int found = PyObject.GetOptionalAttr(self, PyIds.__notes__, out PyObject? notes);
        if (found < 0)
        {
            return null;
        }
        if (notes is null)
        {
            notes = PyListObject.New(0);
            if (PyObject.SetAttr(self, PyIds.__notes__, notes) < 0)
            {
                notes.DecRef();
                return null;
            }
        }
        else if (notes is not PyListObject)
        {
            notes.DecRef();
            return PyErr.SetString(TypeError, "Cannot add note: __notes__ is not a list");
        }
        int r = ((PyListObject)notes).Append(note);
        notes.DecRef();
        return r < 0 ? null : Py.ReturnNone;
    }

    private static PyObject? Reduce(PyObject self, PyObject? unused)
    {
        var exc = (PyBaseExceptionObject)self;
        PyDictObject? dict = self.Managed?.Dict;
        if (dict is { Count: > 0 })
        {
            return PyTupleObject.FromArraySteal([self.ObType.NewRef(), exc.Args.NewRef(), dict.NewRef()]);
        }
        return PyTupleObject.FromArraySteal([self.ObType.NewRef(), exc.Args.NewRef()]);
    }

    private static PyObject? SetState(PyObject self, PyObject? state)
    {
        if (state == Py.None)
        {
            return Py.ReturnNone;
        }
        if (state is not PyDictObject d)
        {
            return PyErr.SetString(TypeError, "state is not a dictionary");
        }
        long pos = 0;
        while (d.Next(ref pos, out PyObject? key, out PyObject? value))
        {
            if (PyObject.SetAttr(self, key!, value) < 0)
            {
                return null;
            }
        }
        return Py.ReturnNone;
    }
}
