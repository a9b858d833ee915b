// Objects/descrobject.c: slot wrappers (wrapper_descriptor) and their bound form (method-wrapper).
namespace Reference.Objects;

/// <summary>A slot exposed as a method (C: <c>PyWrapperDescrObject</c>): <c>int.__add__</c>.</summary>
public sealed class PyWrapperDescrObject : PyDescrObject
{
    /// <summary>wrapper_descriptor.</summary>
    public static readonly PyTypeObject Type = new("wrapper_descriptor", null,
        TypeFlags.MethodDescriptor | TypeFlags.DisallowInstantiation | TypeFlags.HaveGc)
    {
        TpDescrGet = static (d, obj, type) => ((PyWrapperDescrObject)d).Get(obj),
        TpCall = static (d, args, kwargs) => ((PyWrapperDescrObject)d).CallUnbound(args, kwargs),
        TpRepr = static d => PyUnicodeObject.FromString($"<slot wrapper '{((PyDescrObject)d).Name}' of '{((PyDescrObject)d).Owner.Name}' objects>"),
        TpGetAttro = GenericGetAttrFunc,
        TpGetSet = CommonGetSets(),
    };

    internal PyWrapperDescrObject(PyTypeObject owner, SlotDef def, Delegate wrapped)
        : base(Type, owner, def.Name, immortal: !owner.IsHeapType)
    {
        Def = def;
        Wrapped = wrapped;
    }

    internal SlotDef Def { get; }

    /// <summary>The slot function this wrapper calls (C: <c>d_wrapped</c>).</summary>
    internal Delegate Wrapped { get; }

    private protected override PyObject DocObject() =>
        SplitInternalDoc(Name, Def.Doc).Doc is { } doc ? PyUnicodeObject.FromString(doc) : Py.None;

    private protected override PyObject TextSignatureObject() =>
        SplitInternalDoc(Name, Def.Doc).Signature is { } sig ? PyUnicodeObject.FromString(sig) : Py.None;

    private PyObject? Get(PyObject? obj)
    {
        if (obj is null)
        {
            return NewRef();
        }
        return Check(obj) ? new PyMethodWrapperObject(this, obj) : null;
    }

    private PyObject? CallUnbound(PyTupleObject args, PyDictObject? kwargs)
    {
        if (args.Count < 1)
        {
            return PyErr.SetString(PyExc.TypeError,
                $"descriptor '{Name}' of '{Owner.Name}' object needs an argument");
        }
        PyObject self = args[0];
        if (!TypeCheck(self, Owner))
        {
            return PyErr.SetString(PyExc.TypeError,
                $"descriptor '{Name}' requires a '{Owner.Name}' object but received a '{self.ObType.Name}'");
        }
        return Invoke(self, args.ItemsBorrowed[1..], kwargs);
    }

    /// <summary>Calls the wrapped slot (C: <c>wrapperdescr_raw_call</c>).</summary>
    internal PyObject? Invoke(PyObject self, ReadOnlySpan<PyObject> args, PyDictObject? kwargs)
    {
        if (kwargs is { Count: > 0 } && !Def.TakesKeywords)
        {
            return PyErr.SetString(PyExc.TypeError, $"wrapper {Name}() takes no keyword arguments");
        }
        return Def.Wrapper!(self, args, kwargs, Wrapped, Def);
    }
}

/// <summary>A slot wrapper bound to an instance (C: <c>wrapperobject</c>, type <c>method-wrapper</c>):
/// <c>(1).__add__</c>.</summary>
public sealed class PyMethodWrapperObject : PyObject
{
    /// <summary>method-wrapper.</summary>
    public static readonly PyTypeObject Type = new("method-wrapper", null, TypeFlags.HaveGc | TypeFlags.DisallowInstantiation)
    {
        TpCall = static (w, args, kwargs) =>
        {
            var mw = (PyMethodWrapperObject)w;
            return mw._descr!.Invoke(mw._self!, args.ItemsBorrowed, kwargs);
        },
        TpRepr = static w =>
        {
            var mw = (PyMethodWrapperObject)w;
            return PyUnicodeObject.FromString(
                $"<method-wrapper '{mw._descr!.Name}' of {mw._self!.ObType.Name} object at 0x{mw._self.Id:x}>");
        },
        TpRichCompare = static (a, b, op) =>
        {
            if (b is not PyMethodWrapperObject other || (op != CompareOp.Eq && op != CompareOp.Ne))
            {
                return Py.ReturnNotImplemented;
            }
            var self = (PyMethodWrapperObject)a;
            bool eq = self._descr == other._descr && self._self == other._self;
            return Py.Bool(op == CompareOp.Eq ? eq : !eq);
        },
        TpHash = static w => ((PyMethodWrapperObject)w)._self!.Id ^ ((PyMethodWrapperObject)w)._descr!.Id,
        TpGetAttro = GenericGetAttrFunc,
        TpGetSet =
        [
            new("__self__", static w => ((PyMethodWrapperObject)w)._self!.NewRef()),
            new("__name__", static w => PyUnicodeObject.FromString(((PyMethodWrapperObject)w)._descr!.Name)),
            new("__qualname__", static w => PyUnicodeObject.FromString(((PyMethodWrapperObject)w)._descr!.QualName)),
            new("__objclass__", static w => ((PyMethodWrapperObject)w)._descr!.Owner.NewRef()),
            new("__doc__", static w => PyObject.GetAttr(((PyMethodWrapperObject)w)._descr!, PyIds.__doc__)),
            new("__text_signature__", static w => PyObject.GetAttr(((PyMethodWrapperObject)w)._descr!, "__text_signature__")),
        ],
    };

    private PyWrapperDescrObject? _descr;
    private PyObject? _self;

    internal PyMethodWrapperObject(PyWrapperDescrObject descr, PyObject self)
        : base(Type)
    {
        _descr = Py.NewRef(descr);
        _self = self.NewRef();
    }

    protected internal override void DeallocContents()
    {
        Py.Clear(ref _descr);
        Py.Clear(ref _self);
    }

    protected internal override int TraverseContents(VisitProc visit, object? arg)
    {
        int r = _descr is null ? 0 : visit(_descr, arg);
        return r != 0 || _self is null ? r : visit(_self, arg);
    }
}
