// Objects/typeobject.c: the slot_* functions — the slots of classes defined in Python.
//
// A class that defines __add__ gets nb_add = slot_nb_add, which looks __add__ up on the class and
// calls it. The binary ones also implement reflection from the slot side: for `a + b` where b's
// class overrides __radd__ and is a subclass of a's, b.__radd__(a) is tried first.
namespace Reference.Objects;

internal static class SlotFunctions
{
    /// <summary>Looks a special method up on the type and calls it with self first; null result and no error
    /// means the method is absent (C: <c>vectorcall_maybe</c> and <c>lookup_maybe_method</c>).</summary>
    private static PyObject? CallSpecial(PyObject self, PyUnicodeObject name, ReadOnlySpan<PyObject> args, out bool found)
    {
        PyObject? func = self.ObType.Lookup(name);
        found = func is not null;
        if (func is null)
        {
            return null;
        }
        func.IncRef();
        PyObject? r = PyObject.CallMethodDescriptor(func, self, args);
        func.DecRef();
        return r;
    }

    private static PyObject? CallSpecialOrError(PyObject self, PyUnicodeObject name, params ReadOnlySpan<PyObject> args)
    {
        PyObject? r = CallSpecial(self, name, args, out bool found);
        if (!found && !PyErr.Occurred())
        {
            // C: lookup_method sets PyErr_SetObject(PyExc_AttributeError, name).
            return PyErr.SetObject(PyExc.AttributeError, name);
        }
        return r;
    }

    /// <summary>Calls a special method, or returns NotImplemented when the type lacks it
    /// (C: <c>vectorcall_maybe</c>).</summary>
    private static PyObject? CallMaybe(PyObject self, PyUnicodeObject name, params ReadOnlySpan<PyObject> args)
    {
        PyObject? r = CallSpecial(self, name, args, out bool found);
        return found ? r : Py.ReturnNotImplemented;
    }

    #region binary
    /// <summary>The body of every binary slot (C: <c>SLOT1BINFULL</c>). <paramref name="generic"/> is the shared
    /// slot function: an operand whose type uses it is a class defined in Python. A three-argument pow passes
    /// its <paramref name="modulus"/> on to both methods (new in 3.14: it may call <c>__rpow__</c>).</summary>
    private static PyObject? BinaryFull(PyObject self, PyObject other, Delegate generic, SlotId slot,
        PyUnicodeObject op, PyUnicodeObject rop, PyObject? modulus = null)
    {
        bool doOther = self.ObType != other.ObType && Equals(SlotDefs.GetSlot(other.ObType, slot), generic);
        if (Equals(SlotDefs.GetSlot(self.ObType, slot), generic))
        {
            if (doOther && other.ObType.IsSubtype(self.ObType) && MethodIsOverloaded(self, other, rop))
            {
                PyObject? r = modulus is null ? CallMaybe(other, rop, self) : CallMaybe(other, rop, self, modulus);
                if (r != Py.NotImplemented)
                {
                    return r;
                }
                doOther = false;
            }
            PyObject? result = modulus is null ? CallMaybe(self, op, other) : CallMaybe(self, op, other, modulus);
            if (result != Py.NotImplemented || other.ObType == self.ObType)
            {
                return result;
            }
        }
        if (!doOther)
        {
            return Py.ReturnNotImplemented;
        }
        return modulus is null ? CallMaybe(other, rop, self) : CallMaybe(other, rop, self, modulus);
    }
    #endregion

    /// <summary>Whether right's class defines the reflected method differently from left's
    /// (C: <c>method_is_overloaded</c>).</summary>
    private static bool MethodIsOverloaded(PyObject left, PyObject right, PyUnicodeObject name)
    {
        PyObject? b = right.ObType.Lookup(name);
        if (b is null)
        {
            return false;
        }
        PyObject? a = left.ObType.Lookup(name);
        return a is null || a != b;
    }

    /// <summary>The binary slot for an operator pair such as __add__/__radd__. Made once per slot: its identity
    /// is how BinaryFull recognizes classes defined in Python.</summary>
    public static BinaryFunc Binary(SlotId slot, PyUnicodeObject op, PyUnicodeObject rop)
    {
        BinaryFunc? self = null;
        self = (a, b) => BinaryFull(a, b, self!, slot, op, rop);
        return self;
    }

    /// <summary>A unary slot (__neg__, __index__, __iter__, __repr__ ...).</summary>
    public static UnaryFunc Unary(PyUnicodeObject name) => self => CallSpecialOrError(self, name);

    /// <summary>An in-place or one-way binary slot (__iadd__, __getitem__ as mp_subscript ...).</summary>
    public static BinaryFunc Method1(PyUnicodeObject name) => (self, arg) => CallSpecialOrError(self, name, arg);

    public static PyObject? SlotNbPower(PyObject self, PyObject other, PyObject modulus)
    {
        // Since 3.14 three-argument pow follows the binary protocol too, __rpow__ included (C: slot_nb_power).
        return BinaryFull(self, other, s_power, SlotId.NbPower, PyIds.__pow__, PyIds.__rpow__,
            modulus == Py.None ? null : modulus);
    }

    private static readonly TernaryFunc s_power = SlotNbPower;

    /// <summary>The generic nb_power delegate (its identity matters for the reflection test).</summary>
    public static TernaryFunc Power => s_power;

    public static PyObject? SlotNbInplacePower(PyObject self, PyObject other, PyObject modulus) =>
        CallSpecialOrError(self, PyIds.__ipow__, other);

    #region bool-len
    /// <summary>__bool__, or __len__ when there is no __bool__ (C: <c>slot_nb_bool</c>).</summary>
    public static int SlotNbBool(PyObject self)
    {
        PyObject? r = CallSpecial(self, PyIds.__bool__, [], out bool found);
        if (!found)
        {
            if (PyErr.Occurred())
            {
                return -1;
            }
            r = CallSpecial(self, PyIds.__len__, [], out found);
            if (!found)
            {
                return PyErr.Occurred() ? -1 : 1;
            }
            if (r is null)
            {
                return -1;
            }
            long n = CheckLength(r);
            return n < 0 ? -1 : n > 0 ? 1 : 0;
        }
        if (r is null)
        {
            return -1;
        }
        if (r is not PyBoolObject)
        {
            string name = r.ObType.Name;
            r.DecRef();
            PyErr.SetString(PyExc.TypeError, $"__bool__ should return bool, returned {name}");
            return -1;
        }
        return r == Py.True ? 1 : 0;
    }
    #endregion

    /// <summary>__len__'s result as a length (C: the checks in <c>slot_sq_length</c>). Consumes r.</summary>
    private static long CheckLength(PyObject r)
    {
        // The sign is checked on the exact int first, so a huge negative length is a ValueError too.
        PyObject? index = PyNumber.Index(r);
        r.DecRef();
        if (index is null)
        {
            return -1;
        }
        if (((PyLongObject)index).Value.Sign < 0)
        {
            index.DecRef();
            PyErr.SetString(PyExc.ValueError, "__len__() should return >= 0");
            return -1;
        }
        long n = PyNumber.AsSsize(index, PyExc.OverflowError);
        index.DecRef();
        return n;
    }

    public static long SlotSqLength(PyObject self)
    {
        PyObject? r = CallSpecialOrError(self, PyIds.__len__);
        return r is null ? -1 : CheckLength(r);
    }

    public static PyObject? SlotSqItem(PyObject self, long i)
    {
        PyLongObject index = PyLongObject.FromLong(i);
        PyObject? r = CallSpecialOrError(self, PyIds.__getitem__, index);
        index.DecRef();
        return r;
    }

    public static int SlotMpAssSubscript(PyObject self, PyObject key, PyObject? value)
    {
        PyObject? r = value is null
            ? CallSpecialOrError(self, PyIds.__delitem__, key)
            : CallSpecialOrError(self, PyIds.__setitem__, key, value);
        if (r is null)
        {
            return -1;
        }
        r.DecRef();
        return 0;
    }

    public static int SlotSqAssItem(PyObject self, long i, PyObject? value)
    {
        PyLongObject index = PyLongObject.FromLong(i);
        int r = SlotMpAssSubscript(self, index, value);
        index.DecRef();
        return r;
    }

    #region slot-contains
    /// <summary>__contains__; None means "not a container"; without it, iterate (C: <c>slot_sq_contains</c>).</summary>
    public static int SlotSqContains(PyObject self, PyObject value)
    {
        PyObject? func = self.ObType.Lookup(PyIds.__contains__);
        if (func == Py.None)
        {
            PyErr.SetString(PyExc.TypeError, $"'{self.ObType.Name}' object is not a container");
            return -1;
        }
        if (func is null)
        {
            return PySequence.IterSearchContains(self, value);
        }
        func.IncRef();
        PyObject? r = PyObject.CallMethodDescriptor(func, self, value);
        func.DecRef();
        if (r is null)
        {
            return -1;
        }
        int ok = PyObject.IsTrue(r);
        r.DecRef();
        return ok;
    }
    #endregion

    #region tp-slots
    public static PyObject? SlotTpRepr(PyObject self) => CallSpecialOrError(self, PyIds.__repr__);

    public static PyObject? SlotTpStr(PyObject self) => CallSpecialOrError(self, PyIds.__str__);

    /// <summary>__hash__ must return an int; big ones are hashed again, -1 becomes -2 (C: <c>slot_tp_hash</c>).</summary>
    public static long SlotTpHash(PyObject self)
    {
        PyObject? func = self.ObType.Lookup(PyIds.__hash__);
        if (func is null || func == Py.None)
        {
            return PyObject.HashNotImplemented(self);
        }
        func.IncRef();
        PyObject? r = PyObject.CallMethodDescriptor(func, self);
        func.DecRef();
        if (r is null)
        {
            return -1;
        }
        if (r is not PyLongObject l)
        {
            r.DecRef();
            PyErr.SetString(PyExc.TypeError, "__hash__ method should return an integer");
            return -1;
        }
        long h = l.IsCompact ? l.CompactValue : l.HashValue;
        r.DecRef();
        return h == -1 ? -2 : h;
    }

    public static PyObject? SlotTpCall(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        PyObject? meth = PyObject.GetAttr(self, PyIds.__call__);
        if (meth is null)
        {
            return null;
        }
        PyObject? r = PyObject.Call(meth, args, kwargs);
        meth.DecRef();
        return r;
    }

    /// <summary>__getattribute__, then __getattr__ when that raises AttributeError (C: <c>slot_tp_getattr_hook</c>).</summary>
    public static PyObject? SlotTpGetAttrHook(PyObject self, PyUnicodeObject name)
    {
        PyTypeObject tp = self.ObType;
        PyObject? getattr = tp.Lookup(PyIds.__getattr__);
        PyObject? getattribute = tp.Lookup(PyIds.__getattribute__);
        PyObject? res;
        if (getattribute is PyWrapperDescrObject w && Equals(w.Wrapped, PyObject.GenericGetAttrFunc))
        {
            res = PyObject.GenericGetAttr(self, name);
        }
        else if (getattribute is not null)
        {
            getattribute.IncRef();
            res = PyObject.CallMethodDescriptor(getattribute, self, name);
            getattribute.DecRef();
        }
        else
        {
            res = PyObject.GenericGetAttr(self, name);
        }
        if (res is null && getattr is not null && PyErr.ExceptionMatches(PyExc.AttributeError))
        {
            PyErr.Clear();
            getattr.IncRef();
            res = PyObject.CallMethodDescriptor(getattr, self, name);
            getattr.DecRef();
        }
        return res;
    }

    public static int SlotTpSetAttro(PyObject self, PyUnicodeObject name, PyObject? value)
    {
        PyObject? r = value is null
            ? CallSpecialOrError(self, PyIds.__delattr__, name)
            : CallSpecialOrError(self, PyIds.__setattr__, name, value);
        if (r is null)
        {
            return -1;
        }
        r.DecRef();
        return 0;
    }

    /// <summary>The dunder for each comparison operator, in <see cref="CompareOp"/> order.</summary>
    private static readonly PyUnicodeObject[] s_compareNames =
        [PyIds.__lt__, PyIds.__le__, PyIds.__eq__, PyIds.__ne__, PyIds.__gt__, PyIds.__ge__];

    public static PyObject? SlotTpRichCompare(PyObject self, PyObject other, CompareOp op)
    {
        PyObject? r = CallSpecial(self, s_compareNames[(int)op], [other], out bool found);
        return found ? r : PyErr.Occurred() ? null : Py.ReturnNotImplemented;
    }

    public static PyObject? SlotTpIter(PyObject self)
    {
        PyObject? func = self.ObType.Lookup(PyIds.__iter__);
        if (func == Py.None || (func is null && self.ObType.Lookup(PyIds.__getitem__) is null))
        {
            return PyErr.SetString(PyExc.TypeError, $"'{self.ObType.Name}' object is not iterable");
        }
        if (func is null)
        {
            return new PySeqIterObject(self);
        }
        func.IncRef();
        PyObject? r = PyObject.CallMethodDescriptor(func, self);
        func.DecRef();
        return r;
    }

    public static PyObject? SlotTpIterNext(PyObject self) => CallSpecialOrError(self, PyIds.__next__);

    public static PyObject? SlotTpDescrGet(PyObject self, PyObject? obj, PyObject? type)
    {
        PyObject? get = self.ObType.Lookup(PyIds.__get__);
        if (get is null)
        {
            return self.NewRef();
        }
        get.IncRef();
        PyObject? r = PyObject.CallMethodDescriptor(get, self, obj ?? Py.None, type ?? Py.None);
        get.DecRef();
        return r;
    }

    public static int SlotTpDescrSet(PyObject self, PyObject target, PyObject? value)
    {
        PyObject? r = value is null
            ? CallSpecialOrError(self, PyIds.__delete__, target)
            : CallSpecialOrError(self, PyIds.__set__, target, value);
        if (r is null)
        {
            return -1;
        }
        r.DecRef();
        return 0;
    }

    /// <summary>__init__ must return None (C: <c>slot_tp_init</c>).</summary>
    public static int SlotTpInit(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        PyObject? meth = self.ObType.Lookup(PyIds.__init__);
        if (meth is null)
        {
            return 0;
        }
        meth.IncRef();
        PyObject? bound = PyObject.BindDescriptor(meth, self);
        meth.DecRef();
        if (bound is null)
        {
            return -1;
        }
        PyObject? r = PyObject.Call(bound, args, kwargs);
        bound.DecRef();
        if (r is null)
        {
            return -1;
        }
        if (r != Py.None)
        {
            string name = r.ObType.Name;
            r.DecRef();
            PyErr.SetString(PyExc.TypeError, $"__init__() should return None, not '{name}'");
            return -1;
        }
        return 0;
    }

    /// <summary>cls.__new__(cls, *args, **kwargs) (C: <c>slot_tp_new</c>).</summary>
    public static PyObject? SlotTpNew(PyTypeObject type, PyTupleObject args, PyDictObject? kwargs)
    {
        PyObject? func = PyObject.GetAttr(type, PyIds.__new__);
        if (func is null)
        {
            return null;
        }
        var all = new PyObject[args.Count + 1];
        all[0] = type;
        args.ItemsBorrowed.CopyTo(all.AsSpan(1));
        PyTupleObject full = PyTupleObject.FromSpan(all);
        PyObject? r = PyObject.Call(func, full, kwargs);
        full.DecRef();
        func.DecRef();
        return r;
    }

    /// <summary>__del__ (C: <c>slot_tp_finalize</c>); errors are left for the deallocator to report.</summary>
    public static void SlotTpFinalize(PyObject self)
    {
        PyObject? del = self.ObType.Lookup(PyIds.__del__);
        if (del is null)
        {
            return;
        }
        del.IncRef();
        PyObject? r = PyObject.CallMethodDescriptor(del, self);
        if (r is null)
        {
            PyErr.WriteUnraisable("Exception ignored while calling deallocator", del);
        }
        else
        {
            r.DecRef();
        }
        del.DecRef();
    }
    #endregion
}
