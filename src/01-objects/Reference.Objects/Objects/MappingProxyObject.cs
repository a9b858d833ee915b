// Objects/descrobject.c: mappingproxy — a read-only view of a mapping, which is how a class's
// __dict__ is shown, so that class attributes can only change through setattr (which keeps the
// type's caches right).
namespace Reference.Objects;

/// <summary>A read-only mapping view (C: <c>mappingproxyobject</c>).</summary>
public sealed class PyMappingProxyObject : PyObject
{
    /// <summary>The type (C: <c>PyDictProxy_Type</c>).</summary>
    public static readonly PyTypeObject Type = new("mappingproxy", null, TypeFlags.HaveGc | TypeFlags.Mapping)
    {
        TpNew = static (t, args, kwargs) =>
        {
            // C: mappingproxy_new is Argument Clinic's mappingproxy(mapping).
            PyTupleObject? kwnames = kwargs?.KeysTuple();
            PyObject[] all = kwargs is null ? args.Items : [.. args.Items, .. kwargs.ValuesArray()];
            ArgBuffer4 buffer = default;
            Span<PyObject?> parsed = buffer;
            bool ok = GetArgs.UnpackKeywords("mappingproxy", all, kwnames, s_params, 0, 1, 1, parsed[..1]);
            kwnames?.DecRef();
            if (!ok)
            {
                return null;
            }
            PyObject m = parsed[0]!;
            if (!PyMapping.Check(m) || m is PyListObject or PyTupleObject)
            {
                return PyErr.SetString(PyExc.TypeError, $"mappingproxy() argument must be a mapping, not {m.ObType.Name}");
            }
            return New(m);
        },
        TpRepr = static o =>
        {
            string? inner = ReprToString(((PyMappingProxyObject)o)._mapping!);
            return inner is null ? null : PyUnicodeObject.FromString($"mappingproxy({inner})");
        },
        TpStr = static o => Str(((PyMappingProxyObject)o)._mapping!),
        TpHash = static o => Hash(((PyMappingProxyObject)o)._mapping!),
        TpRichCompare = static (a, b, op) => RichCompare(((PyMappingProxyObject)a)._mapping!, b, op),
        TpIter = static o => GetIter(((PyMappingProxyObject)o)._mapping!),
        TpGetAttro = GenericGetAttrFunc,
        TpAsSequence = new PySequenceMethods
        {
            SqContains = static (o, k) => PySequence.Contains(((PyMappingProxyObject)o)._mapping!, k),
        },
        TpAsMapping = new PyMappingMethods
        {
            MpLength = static o => Size(((PyMappingProxyObject)o)._mapping!),
            MpSubscript = static (o, k) => GetItem(((PyMappingProxyObject)o)._mapping!, k),
        },
        TpAsNumber = new PyNumberMethods
        {
            NbOr = static (a, b) =>
            {
                PyObject left = a is PyMappingProxyObject pa ? pa._mapping! : a;
                PyObject right = b is PyMappingProxyObject pb ? pb._mapping! : b;
                return PyNumber.Or(left, right);
            },
            NbInplaceOr = static (a, _) =>
                PyErr.SetString(PyExc.TypeError, $"'|=' is not supported by {a.ObType.Name}; use '|' instead"),
        },
        TpMethods =
        [
            PyMethodDef.Fast("get", static (o, args) => CallMethod(((PyMappingProxyObject)o)._mapping!, "get", args)),
            PyMethodDef.NoArgs("keys", static (o, _) => CallMethod(((PyMappingProxyObject)o)._mapping!, PyIds.keys)),
            PyMethodDef.NoArgs("values", static (o, _) => CallMethod(((PyMappingProxyObject)o)._mapping!, PyIds.values)),
            PyMethodDef.NoArgs("items", static (o, _) => CallMethod(((PyMappingProxyObject)o)._mapping!, PyIds.items)),
            PyMethodDef.NoArgs("copy", static (o, _) => CallMethod(((PyMappingProxyObject)o)._mapping!, "copy")),
            PyMethodDef.NoArgs("__reversed__", static (o, _) => CallMethod(((PyMappingProxyObject)o)._mapping!, PyIds.__reversed__)),
        ],
    };

    private static readonly string[] s_params = ["mapping"];

    private PyObject? _mapping;

    private PyMappingProxyObject(PyObject mapping)
        : base(Type) => _mapping = mapping.NewRef();

    /// <summary>A read-only view of <paramref name="mapping"/> (C: <c>PyDictProxy_New</c>).</summary>
    public static PyMappingProxyObject New(PyObject mapping) => new(mapping);

    protected internal override void DeallocContents() => Py.Clear(ref _mapping);

    protected internal override int TraverseContents(VisitProc visit, object? arg) => _mapping is null ? 0 : visit(_mapping, arg);
}
