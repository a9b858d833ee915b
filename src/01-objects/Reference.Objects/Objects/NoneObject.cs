// Objects/object.c: None, NotImplemented and Ellipsis — the singleton objects.
//
// Each is the only instance of its type, immortal, and shared by every runtime. Calling the type
// returns the singleton; it takes no arguments.
namespace Reference.Objects;

/// <summary>The singletons None, NotImplemented and Ellipsis (C: <c>_Py_NoneStruct</c>,
/// <c>_Py_NotImplementedStruct</c>, <c>_Py_EllipsisObject</c>).</summary>
public sealed class PyNone : PyObject
{
    /// <summary>The type of None (C: <c>_PyNone_Type</c>).</summary>
    public static readonly PyTypeObject NoneType = MakeType("NoneType", "None", isNone: true);

    /// <summary>The type of NotImplemented (C: <c>_PyNotImplemented_Type</c>).</summary>
    public static readonly PyTypeObject NotImplementedType = MakeType("NotImplementedType", "NotImplemented", isNone: false);

    /// <summary>The type of Ellipsis (C: <c>PyEllipsis_Type</c>).</summary>
    public static readonly PyTypeObject EllipsisType = MakeType("ellipsis", "Ellipsis", isNone: false);

    /// <summary>None.</summary>
    public static readonly PyNone None = new(NoneType);

    /// <summary>NotImplemented.</summary>
    public static readonly PyNone NotImplemented = new(NotImplementedType);

    /// <summary>Ellipsis (<c>...</c>).</summary>
    public static readonly PyNone Ellipsis = new(EllipsisType);

    private PyNone(PyTypeObject type)
        : base(type, default(ImmortalTag))
    {
    }

    private static PyTypeObject MakeType(string typeName, string repr, bool isNone)
    {
        var type = new PyTypeObject(typeName, null, TypeFlags.None)
        {
            TpRepr = _ => PyUnicodeObject.InternStatic(repr),
            TpGetAttro = GenericGetAttrFunc,
            TpNew = (t, args, kwargs) =>
            {
                if ((args.Count != 0) || (kwargs is not null && kwargs.Count != 0))
                {
                    // C: ellipsis_new spells its type "EllipsisType" (its public name in types), not "ellipsis".
                    string shown = typeName == "ellipsis" ? "EllipsisType" : typeName;
                    return PyErr.SetString(PyExc.TypeError, $"{shown} takes no arguments");
                }
                return t == NoneType ? None : t == NotImplementedType ? NotImplemented : Ellipsis;
            },
            // NotImplemented and Ellipsis pickle by name; NoneType defines no __reduce__ (pickle knows None).
            TpMethods = isNone ? null : [PyMethodDef.NoArgs("__reduce__", (_, _) => PyUnicodeObject.InternStatic(repr))],
        };
        if (typeName == "NotImplementedType")
        {
            type.TpAsNumber = new PyNumberMethods
            {
                NbBool = static _ =>
                {
                    PyErr.SetString(PyExc.TypeError, "NotImplemented should not be used in a boolean context");
                    return -1;
                },
            };
        }
        if (isNone)
        {
            type.TpAsNumber = new PyNumberMethods { NbBool = static _ => 0 };
            type.TpHash = static _ => 0xFCA86420L; // CPython 3.12+: a constant, not the address
            // NoneType has its own comparison slot in 3.14 (so its dict has __eq__ ... __ge__), with object's rules:
            // None equals only itself, and orders against nothing.
            type.TpRichCompare = static (self, other, op) => op switch
            {
                CompareOp.Eq when self == other => Py.True,
                CompareOp.Ne when self == other => Py.False,
                _ => Py.ReturnNotImplemented,
            };
        }
        return type;
    }
}
