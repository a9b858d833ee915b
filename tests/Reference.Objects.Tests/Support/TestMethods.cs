// Methods written in C# for classes made in tests: chapter 1 has no functions (they come with the
// evaluator in chapter 2), so a test class gets its __repr__, __eq__ or __del__ as a descriptor
// that binds to the instance like a function does.
using Reference.Objects;

namespace Reference.Objects.Tests.Support;

/// <summary>Builds descriptors that bind to their instance and call a C# body.</summary>
internal static class TestMethods
{
    private static readonly PyTypeObject s_type = new("test_method", null, TypeFlags.MethodDescriptor)
    {
        TpDescrGet = static (descr, obj, type) =>
            obj is null ? descr.NewRef() : PyBoundMethods.Bind(descr, obj),
        TpCall = static (self, args, kwargs) =>
        {
            var m = (TestMethod)self;
            if (args.Count == 0)
            {
                return PyErr.SetString(PyExc.TypeError, $"{m.Name}() missing self");
            }
            return m.Body(args[0], args.ItemsBorrowed[1..].ToArray());
        },
        TpRepr = static self => PyUnicodeObject.FromString($"<test method {((TestMethod)self).Name}>"),
    };

    public static PyObject Make(string name, Func<PyObject, PyObject[], PyObject?> body)
    {
        s_type.EnsureReady();
        return new TestMethod(s_type, name, body);
    }

    private sealed class TestMethod(PyTypeObject type, string name, Func<PyObject, PyObject[], PyObject?> body)
        : PyObjectForTests(type)
    {
        public string Name { get; } = name;
        public Func<PyObject, PyObject[], PyObject?> Body { get; } = body;
    }
}

/// <summary>A plain object subclass tests may instantiate (PyObject's constructor is protected).</summary>
public class PyObjectForTests : PyObject
{
    public PyObjectForTests(PyTypeObject type)
        : base(type)
    {
    }
}
