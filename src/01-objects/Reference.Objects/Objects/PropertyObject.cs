// Objects/descrobject.c: property — a data descriptor built from getter, setter and deleter callables.
namespace Reference.Objects;

/// <summary>property (C: <c>propertyobject</c>).</summary>
public sealed class PyPropertyObject : PyObject
{
    /// <summary>The type (C: <c>PyProperty_Type</c>).</summary>
    public static readonly PyTypeObject Type = new("property", null, TypeFlags.BaseType | TypeFlags.HaveGc)
    {
        TpDoc = "Property attribute.\n\n  fget\n    function to be used for getting an attribute value\n  fset\n    function to be used for setting an attribute value\n  fdel\n    function to be used for del'ing an attribute\n  doc\n    docstring\n\nTypical use is to define a managed attribute x:\n\nclass C(object):\n    def getx(self): return self._x\n    def setx(self, value): self._x = value\n    def delx(self): del self._x\n    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n\nDecorators make defining new properties or modifying existing ones easy:\n\nclass C(object):\n    @property\n    def x(self):\n        \"I am the 'x' property.\"\n        return self._x\n    @x.setter\n    def x(self, value):\n        self._x = value\n    @x.deleter\n    def x(self):\n        del self._x",
        TpAlloc = static t => new PyPropertyObject(t),
        TpNew = static (t, _, _) => t.TpAlloc!(t),
        TpInit = PropertyInit,
        TpDescrGet = PropertyGet,
        TpDescrSet = PropertySet,
        TpGetAttro = GenericGetAttrFunc,
        TpMethods =
        [
            PyMethodDef.O("getter", static (o, f) => ((PyPropertyObject)o).Copy(0, f)),
            PyMethodDef.O("setter", static (o, f) => ((PyPropertyObject)o).Copy(1, f)),
            PyMethodDef.O("deleter", static (o, f) => ((PyPropertyObject)o).Copy(2, f)),
            PyMethodDef.Fast("__set_name__", static (o, args) =>
            {
                if (args.Length != 2)
                {
                    return PyErr.SetString(PyExc.TypeError,
                        $"__set_name__() takes 2 positional arguments but {args.Length} were given");
                }
                var p = (PyPropertyObject)o;
                if (p._name is null)
                {
                    Py.SetRef(ref p._name, args[1].NewRef());
                }
                return Py.ReturnNone;
            }),
        ],
        TpGetSet =
        [
            new("fget", static o => Py.NewRef(((PyPropertyObject)o)._get ?? Py.None)),
            new("fset", static o => Py.NewRef(((PyPropertyObject)o)._set ?? Py.None)),
            new("fdel", static o => Py.NewRef(((PyPropertyObject)o)._del ?? Py.None)),
            new("__doc__", static o => Py.NewRef(((PyPropertyObject)o)._doc ?? Py.None), static (o, v) =>
            {
                Py.SetRef(ref ((PyPropertyObject)o)._doc, Py.XNewRef(v));
                return 0;
            }),
            new("__isabstractmethod__", static o => ((PyPropertyObject)o).IsAbstract()),
            new("__name__", static o => ((PyPropertyObject)o)._name is { } n
                ? n.NewRef()
                : SetAttributeError(o, PyIds.__name__, "'property' object has no attribute '__name__'"),
                static (o, v) =>
                {
                    Py.SetRef(ref ((PyPropertyObject)o)._name, Py.XNewRef(v));
                    return 0;
                }),
        ],
    };

    private PyObject? _get, _set, _del, _doc, _name;

    private PyPropertyObject(PyTypeObject type)
        : base(type)
    {
    }

    private static readonly string[] s_params = ["fget", "fset", "fdel", "doc"];

    private static int PropertyInit(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        PyTupleObject? kwnames = kwargs?.KeysTuple();
        PyObject[] all = kwargs is null ? args.Items : [.. args.Items, .. kwargs.ValuesArray()];
        ArgBuffer4 buffer = default;
        Span<PyObject?> a = buffer;
        bool ok = GetArgs.UnpackKeywords("property", all, kwnames, s_params, 0, 4, 0, a);
        kwnames?.DecRef();
        if (!ok)
        {
            return -1;
        }
        var p = (PyPropertyObject)self;
        Py.SetRef(ref p._get, NoneToNull(a[0]));
        Py.SetRef(ref p._set, NoneToNull(a[1]));
        Py.SetRef(ref p._del, NoneToNull(a[2]));
        PyObject? doc = NoneToNull(a[3]);
        if (doc is null && p._get is not null)
        {
            // The getter's docstring becomes the property's (C: property_init_impl).
            int found = GetOptionalAttr(p._get, PyIds.__doc__, out doc);
            if (found < 0)
            {
                return -1;
            }
            if (doc == Py.None)
            {
                Py.Clear(ref doc);
            }
        }
        Py.SetRef(ref p._doc, doc);
        if (p._get is not null && GetOptionalAttr(p._get, PyIds.__name__, out PyObject? name) > 0)
        {
            Py.SetRef(ref p._name, name);
        }
        return 0;
    }

    private static PyObject? NoneToNull(PyObject? o) => o is null || o == Py.None ? null : o.NewRef();

    private string? DisplayName(PyObject obj)
    {
        string owner = obj.ObType.Name;
        return _name is PyUnicodeObject n ? $"property '{n.Value}' of '{owner}' object" : $"property of '{owner}' object";
    }

    private static PyObject? PropertyGet(PyObject self, PyObject? obj, PyObject? type)
    {
        var p = (PyPropertyObject)self;
        if (obj is null || obj == Py.None)
        {
            return self.NewRef();
        }
        if (p._get is null)
        {
            return PyErr.SetString(PyExc.AttributeError, $"{p.DisplayName(obj)} has no getter");
        }
        return CallOneArg(p._get, obj);
    }

    private static int PropertySet(PyObject self, PyObject obj, PyObject? value)
    {
        var p = (PyPropertyObject)self;
        PyObject? func = value is null ? p._del : p._set;
        if (func is null)
        {
            PyErr.SetString(PyExc.AttributeError, $"{p.DisplayName(obj)} has no {(value is null ? "deleter" : "setter")}");
            return -1;
        }
        PyObject? r = value is null ? CallOneArg(func, obj) : CallTwoArgs(func, obj, value);
        if (r is null)
        {
            return -1;
        }
        r.DecRef();
        return 0;
    }

    /// <summary>prop.getter/setter/deleter(f): a copy with one accessor replaced (C: <c>property_copy</c>).</summary>
    private PyObject? Copy(int which, PyObject? func)
    {
        PyObject?[] parts = [_get, _set, _del, _doc];
        parts[which] = func == Py.None ? null : func;
        if (which == 0 && _doc is not null && _get is not null)
        {
            parts[3] = null; // let the new getter's docstring win, as CPython does
        }
        PyObject[] args = [parts[0] ?? Py.None, parts[1] ?? Py.None, parts[2] ?? Py.None, parts[3] ?? Py.None];
        return Vectorcall(ObType, args, null);
    }

    private PyObject? IsAbstract()
    {
        foreach (PyObject? f in (ReadOnlySpan<PyObject?>)[_get, _set, _del])
        {
            if (f is null)
            {
                continue;
            }
            int found = GetOptionalAttr(f, PyIds.__isabstractmethod__, out PyObject? v);
            if (found < 0)
            {
                return null;
            }
            if (v is not null)
            {
                int t = IsTrue(v);
                v.DecRef();
                if (t != 0)
                {
                    return t < 0 ? null : Py.True;
                }
            }
        }
        return Py.False;
    }

    protected internal override void DeallocContents()
    {
        Py.Clear(ref _get);
        Py.Clear(ref _set);
        Py.Clear(ref _del);
        Py.Clear(ref _doc);
        Py.Clear(ref _name);
    }

    protected internal override int TraverseContents(VisitProc visit, object? arg)
    {
        foreach (PyObject? f in (ReadOnlySpan<PyObject?>)[_get, _set, _del, _doc])
        {
            if (f is not null && visit(f, arg) is var r and not 0)
            {
                return r;
            }
        }
        return 0;
    }

    protected internal override void ClearContents() => DeallocContents();
}
