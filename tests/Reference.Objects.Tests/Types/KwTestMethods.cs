// A C#-bodied method that also receives keyword arguments (Support/TestMethods passes positional ones
// only), for hooks such as __init_subclass__(**kwargs) and __init__(*args, **kwargs).
using Reference.Objects;
using Reference.Objects.Tests.Support;

namespace Reference.Objects.Tests.Types;

/// <summary>Builds descriptors that bind like functions and pass keywords through as a dict.</summary>
internal static class KwTestMethods
{
    private static readonly PyTypeObject s_type = new("test_kw_method", null, TypeFlags.MethodDescriptor)
    {
        TpDescrGet = static (descr, obj, type) =>
            obj is null ? descr.NewRef() : PyBoundMethods.Bind(descr, obj),
        TpCall = static (self, args, kwargs) =>
        {
            var m = (KwMethod)self;
            if (args.Count == 0)
            {
                return PyErr.SetString(PyExc.TypeError, $"{m.Name}() missing self");
            }
            return m.Body(args[0], args.ItemsBorrowed[1..].ToArray(), kwargs is { Count: > 0 } ? kwargs : null);
        },
        TpRepr = static self => PyUnicodeObject.FromString($"<test method {((KwMethod)self).Name}>"),
    };

    public static PyObject Make(string name, Func<PyObject, PyObject[], PyDictObject?, PyObject?> body)
    {
        s_type.EnsureReady();
        return new KwMethod(s_type, name, body);
    }

    private sealed class KwMethod(PyTypeObject type, string name, Func<PyObject, PyObject[], PyDictObject?, PyObject?> body)
        : PyObjectForTests(type)
    {
        public string Name { get; } = name;
        public Func<PyObject, PyObject[], PyDictObject?, PyObject?> Body { get; } = body;
    }
}
