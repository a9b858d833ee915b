// Helpers shared by the object-model fixtures (types, attributes, exceptions, the collector): classes
// made at run time, attribute access that asserts, and callables written in C#.
using NUnit.Framework;
using Reference.Objects;
using Reference.Objects.Tests.Support;

namespace Reference.Objects.Tests.Types;

/// <summary>A runtime test with helpers for building classes and poking at attributes.</summary>
public abstract class ObjectModelTest : RuntimeTest
{
    /// <summary>The type <c>object</c>.</summary>
    protected static PyTypeObject ObjectType => PyBaseObject.Type;

    /// <summary>The type <c>type</c>.</summary>
    protected static PyTypeObject TypeType => PyTypeObject.Type;

    /// <summary>class name: members, deriving from object.</summary>
    protected PyTypeObject Class(string name, params (string Name, PyObject Value)[] members) => Class(name, [], members);

    /// <summary>type(name, bases, ns) that is expected to fail.</summary>
    protected string TypeNewRaises(string name, PyObject[] bases, params (string Name, PyObject Value)[] members)
    {
        PyDictObject ns = Dict();
        foreach ((string n, PyObject v) in members)
        {
            Ok(ns.SetItem(S(n), v));
        }
        return Raises(PyObject.Vectorcall(TypeType, [S(name), Tuple(bases), ns], null));
    }

    /// <summary>metatype(name, bases, ns, **kwargs): a new reference (wrap it in Ok or Raises).</summary>
    protected PyObject? ClassCall(PyObject metatype, string name, PyObject[] bases, (string Name, PyObject Value)[] members,
        params (string Name, PyObject Value)[] kwargs)
    {
        PyDictObject ns = Dict();
        foreach ((string n, PyObject v) in members)
        {
            Ok(ns.SetItem(S(n), v));
        }
        var all = new List<PyObject> { S(name), Tuple(bases), ns };
        var names = new PyObject[kwargs.Length];
        for (int i = 0; i < kwargs.Length; i++)
        {
            all.Add(kwargs[i].Value);
            names[i] = S(kwargs[i].Name);
        }
        PyTupleObject? kwnames = kwargs.Length == 0 ? null : (PyTupleObject)Tuple(names);
        return PyObject.Vectorcall(metatype, all.ToArray(), kwnames);
    }

    /// <summary>A metaclass: a subclass of type.</summary>
    protected PyTypeObject Meta(string name, params (string Name, PyObject Value)[] members) => Class(name, [TypeType], members);

    /// <summary>o.name = value, asserting success.</summary>
    protected static void SetAttr(PyObject o, string name, PyObject value) => Ok(PyObject.SetAttr(o, name, value));

    /// <summary>o.name = value (or del o.name for null) that is expected to fail.</summary>
    protected static string SetAttrRaises(PyObject o, string name, PyObject? value) => Raises(PyObject.SetAttr(o, name, value));

    /// <summary>del o.name, asserting success.</summary>
    protected static void DelAttr(PyObject o, string name) => Ok(PyObject.SetAttr(o, name, null));

    /// <summary>o.name that is expected to fail.</summary>
    protected static string AttrRaises(PyObject o, string name) => Raises(PyObject.GetAttr(o, name));

    /// <summary>repr(o.name).</summary>
    protected string AttrRepr(PyObject o, string name) => Repr(Attr(o, name));

    /// <summary>The names of the classes in a tuple or list, space-separated (for MROs).</summary>
    protected static string Names(PyObject sequence)
    {
        ReadOnlySpan<PyObject> items = sequence is PyTupleObject t ? t.ItemsBorrowed : ((PyListObject)sequence).ItemsBorrowed;
        var names = new List<string>();
        foreach (PyObject item in items)
        {
            names.Add(((PyTypeObject)item).Name);
        }
        return string.Join(" ", names);
    }

    /// <summary>A method that returns a fixed value.</summary>
    protected PyObject Returns(string name, PyObject value) => CsMethod(name, (_, _) => value.NewRef());

    /// <summary>A method that returns a fixed string.</summary>
    protected PyObject ReturnsStr(string name, string text) => CsMethod(name, (_, _) => PyUnicodeObject.FromString(text));

    /// <summary>A method that raises <paramref name="type"/>(message).</summary>
    protected PyObject RaisesIn(string name, PyTypeObject type, string message) =>
        CsMethod(name, (_, _) => PyErr.SetString(type, message));

    /// <summary>A C#-bodied method that receives keyword arguments as a dict (null when none).</summary>
    protected PyObject CsMethodKw(string name, Func<PyObject, PyObject[], PyDictObject?, PyObject?> body) =>
        Keep(KwTestMethods.Make(name, body));

    /// <summary>classmethod(f).</summary>
    protected PyObject ClassMethod(PyObject f) => Call(PyClassMethodObject.Type, f);

    /// <summary>staticmethod(f).</summary>
    protected PyObject StaticMethod(PyObject f) => Call(PyStaticMethodObject.Type, f);

    /// <summary>True if the C# bool result holds; fails the test on -1.</summary>
    protected static bool Truth(int r)
    {
        if (r < 0)
        {
            Assert.Fail("unexpected error: " + TakeError());
        }
        return r > 0;
    }

    /// <summary>An int result as a C# long.</summary>
    protected static long AsLong(PyObject o) => ((PyLongObject)o).CompactValue;
}
