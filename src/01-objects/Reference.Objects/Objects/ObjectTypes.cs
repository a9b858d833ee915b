// Objects/object.c: _PyTypes_InitTypes — readying the built-in types.
//
// Static types are readied once per process, before the first runtime runs code: their dicts,
// MROs and inherited slots are immutable from then on, which is what lets every runtime share them.
namespace Reference.Objects;

/// <summary>The built-in types of this stage, in an order where every base comes before its subclasses.</summary>
public static class PyTypes
{
    private static readonly Lazy<bool> s_ready = new(ReadyCore, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every static type of chapter 1.</summary>
    public static IReadOnlyList<PyTypeObject> All { get; } =
    [
        PyBaseObject.Type, PyTypeObject.Type, PyNone.NoneType, PyNone.NotImplementedType, PyNone.EllipsisType,
        PyLongObject.Type, PyBoolObject.Type, PyFloatObject.Type, PyUnicodeObject.Type, PyBytesObject.Type,
        PyByteArrayObject.Type, PyMemoryViewObject.Type, PyTupleObject.Type, PyListObject.Type, PyDictObject.Type,
        PySetObject.Type, PySetObject.FrozenSetType, PyRangeObject.Type, PySliceObject.Type, PyCellObject.Type, PyWeakReference.Type,
        PyMappingProxyObject.Type, PyStaticMethodObject.Type, PyClassMethodObject.Type, PyPropertyObject.Type,
        PyMethodDescrObject.Type, PyMethodDescrObject.ClassMethodType, PyGetSetDescrObject.Type,
        PyMemberDescrObject.Type, PyWrapperDescrObject.Type, PyMethodWrapperObject.Type, PyCFunctionObject.Type,
        PySeqIterObject.Type, PyTupleIterObject.Type, .. PyExc.All,
    ];

    /// <summary>Readies every built-in type, once per process (C: <c>_PyTypes_InitTypes</c>).</summary>
    public static void ReadyAll() => _ = s_ready.Value;

    private static bool ReadyCore()
    {
        foreach (PyTypeObject type in All)
        {
            type.Ready();
        }
        return true;
    }
}
