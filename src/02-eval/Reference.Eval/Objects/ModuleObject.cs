// Objects/moduleobject.c: the module type.
//
// A module is little more than a dict with a name: its globals. The dict is made with the module and
// lives as long as it does; code running in the module reads and writes it as its global namespace, and
// `module.attr` reads it through the generic attribute lookup. What a module adds to a plain object is
// the error it raises for a missing name, PEP 562's module-level `__getattr__`, and its repr.
//
// Chapter 1 declares PyModuleObjectBase as the seam: a built-in function bound to a module is a function,
// not a method, and chapter 1 has to know that without knowing modules.
using Reference.Objects;

namespace Reference.Eval;

/// <summary>A module (C: <c>PyModuleObject</c>).</summary>
public sealed class PyModuleObject : PyModuleObjectBase
{
    private static readonly string[] s_initParams = ["name", "doc"];

    /// <summary>The type (C: <c>PyModule_Type</c>).</summary>
    public static readonly PyTypeObject Type = new("module", null, TypeFlags.BaseType | TypeFlags.HaveGc)
    {
        TpDoc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.",
        TpAlloc = static t => new PyModuleObject(t),
        TpNew = static (t, _, _) => t.TpAlloc!(t),
        TpInit = ModuleInit,
        TpRepr = ModuleRepr,
        TpGetAttro = ModuleGetAttro,
        TpSetAttro = GenericSetAttrFunc,
        TpGetSet = [new("__dict__", static m => Py.NewRef(((PyModuleObject)m).Dict))],
        TpMethods = [PyMethodDef.NoArgs("__dir__", ModuleDir, "__dir__() -> list\nspecialized dir() implementation")],
        InstancesHaveDict = true,
    };

    private PyModuleObject(PyTypeObject type)
        : base(type) => Dict = GetOrCreateInstanceDict()!;

    /// <summary>The module's namespace, borrowed: its globals (C: <c>md_dict</c>). Never null, never replaced.</summary>
    public PyDictObject Dict { get; }

    /// <summary>The definition a built-in module was made from, or null (C: <c>md_def</c>).</summary>
    public PyModuleDef? Def { get; private set; }

    /// <summary>Set by the import system while the module's code runs, so that a missing name is reported as a
    /// likely circular import (C: <c>__spec__._initializing</c>).</summary>
    public bool Initializing { get; set; }

    /// <summary>A new module named <paramref name="name"/>, its dict holding __name__, __doc__ (None),
    /// __package__, __loader__ and __spec__ (C: <c>PyModule_NewObject</c>).</summary>
    public static PyModuleObject New(string name)
    {
        var module = new PyModuleObject(Type);
        PyUnicodeObject nameObject = PyUnicodeObject.FromString(name);
        _ = module.InitDict(nameObject, Py.None); // str keys into a fresh dict: nothing can run, nothing can fail
        nameObject.DecRef();
        return module;
    }

    /// <summary>Makes the module a definition describes and runs its exec step; null with an error set on failure
    /// (C: <c>PyModule_FromDefAndSpec</c> then <c>PyModule_ExecDef</c>).</summary>
    public static PyModuleObject? FromDef(PyModuleDef def)
    {
        ArgumentNullException.ThrowIfNull(def);
        PyModuleObject module = New(def.Name);
        module.Def = def;
        if (module.AddFunctions(def) < 0 || module.SetDoc(def.Doc) < 0 || (def.Exec is { } exec && exec(module) < 0))
        {
            module.DecRef();
            return null;
        }
        return module;
    }

    /// <summary>Adds a value under a name, taking no reference from the caller: 0, or -1 with an error set
    /// (C: <c>PyModule_AddObjectRef</c>).</summary>
    public int AddObjectRef(string name, PyObject value) => Dict.SetItem(PyUnicodeObject.InternStatic(name), value);

    /// <summary>Adds an int constant (C: <c>PyModule_AddIntConstant</c>).</summary>
    public int AddIntConstant(string name, long value)
    {
        PyObject v = PyLongObject.FromLong(value);
        int r = AddObjectRef(name, v);
        v.DecRef();
        return r;
    }

    /// <summary>Adds a static type under its own name (C: <c>PyModule_AddType</c>).</summary>
    public int AddType(PyTypeObject type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.Ready() < 0)
        {
            return -1;
        }
        string name = type.Name;
        int dot = name.LastIndexOf('.');
        return AddObjectRef(dot < 0 ? name : name[(dot + 1)..], type);
    }

    /// <summary>The module's <c>__name__</c> as text, or null when it has none that is a str.</summary>
    public string? GetName() => Dict.GetItemWithErrorBorrowed(PyIds.__name__) is PyUnicodeObject s ? s.Value : null;

    private int InitDict(PyObject name, PyObject doc)
    {
        if (Dict.SetItem(PyIds.__name__, name) < 0 || Dict.SetItem(PyIds.__doc__, doc) < 0)
        {
            return -1;
        }
        foreach (string key in (ReadOnlySpan<string>)["__package__", "__loader__", "__spec__"])
        {
            if (Dict.SetItem(PyUnicodeObject.InternStatic(key), Py.None) < 0)
            {
                return -1;
            }
        }
        return 0;
    }

    private int AddFunctions(PyModuleDef def)
    {
        PyObject? moduleName = Dict.GetItemWithErrorBorrowed(PyIds.__name__);
        foreach (PyMethodDef method in def.Methods)
        {
            PyObject function = PyCFunctionObject.NewForModule(method, this, moduleName);
            int r = AddObjectRef(method.Name, function);
            function.DecRef();
            if (r < 0)
            {
                return -1;
            }
        }
        return 0;
    }

    private int SetDoc(string? doc)
    {
        if (doc is null)
        {
            return 0;
        }
        PyObject text = PyUnicodeObject.FromString(doc);
        int r = Dict.SetItem(PyIds.__doc__, text);
        text.DecRef();
        return r;
    }

    /// <summary>module(name, doc=None) (C: <c>module___init___impl</c>).</summary>
    private static int ModuleInit(PyObject self, PyTupleObject args, PyDictObject? kwargs)
    {
        PyObject? r = PyObject.CallViaVectorcall(self, static (m, a, kwnames) =>
        {
            Span<PyObject?> found = [null, null];
            if (!GetArgs.UnpackKeywords("module", a, kwnames, s_initParams, 0, 2, 1, found))
            {
                return null;
            }
            if (found[0] is not PyUnicodeObject)
            {
                return PyErr.SetString(PyExc.TypeError, $"module() argument 'name' must be str, not {found[0]!.ObType.Name}");
            }
            return ((PyModuleObject)m).InitDict(found[0]!, found[1] ?? Py.None) < 0 ? null : Py.ReturnNone;
        }, args.ItemsBorrowed, kwargs);
        return r is null ? -1 : 0;
    }

    /// <summary>The generic lookup, then PEP 562's <c>__getattr__</c>, then CPython's message
    /// (C: <c>_Py_module_getattro_impl</c>).</summary>
    private static PyObject? ModuleGetAttro(PyObject self, PyUnicodeObject name)
    {
        var m = (PyModuleObject)self;
        PyObject? found = GenericGetAttrWithDict(self, name, null, suppress: true);
        if (found is not null || PyErr.Occurred())
        {
            return found;
        }
        if (m.Dict.GetItemWithErrorBorrowed(PyIds.__getattr__) is { } hook)
        {
            return CallOneArg(hook, name);
        }
        if (PyErr.Occurred())
        {
            return null;
        }
        string? moduleName = m.GetName();
        string message = moduleName is null
            ? $"module has no attribute '{name.Value}'"
            : m.Initializing
                ? $"partially initialized module '{moduleName}' has no attribute '{name.Value}' (most likely due to a circular import)"
                : $"module '{moduleName}' has no attribute '{name.Value}'";
        return SetAttributeError(self, name, message);
    }

    /// <summary><c>&lt;module 'name' from 'file'&gt;</c>, <c>&lt;module 'sys' (built-in)&gt;</c> or
    /// <c>&lt;module 'name'&gt;</c> (C: <c>module_repr</c>, which asks importlib's <c>_module_repr</c>).</summary>
    private static PyObject? ModuleRepr(PyObject self)
    {
        var m = (PyModuleObject)self;
        string? name = ReprText(m.Dict.GetItemWithErrorBorrowed(PyIds.__name__) ?? PyUnicodeObject.InternStatic("?"));
        if (name is null)
        {
            return null;
        }
        if (m.Dict.GetItemWithErrorBorrowed(PyUnicodeObject.InternStatic("__file__")) is PyUnicodeObject file)
        {
            return PyUnicodeObject.FromString($"<module {name} from {ReprText(file)}>");
        }
        return PyUnicodeObject.FromString(m.Def is not null ? $"<module {name} (built-in)>" : $"<module {name}>");

        static string? ReprText(PyObject o)
        {
            if (PyObject.Repr(o) is not PyUnicodeObject repr)
            {
                return null;
            }
            string text = repr.Value;
            repr.DecRef();
            return text;
        }
    }

    /// <summary>dir(module): <c>__dict__['__dir__']()</c> if the module defines one, else its keys
    /// (C: <c>module_dir</c>).</summary>
    private static PyObject? ModuleDir(PyObject self, PyObject? _)
    {
        var m = (PyModuleObject)self;
        if (m.Dict.GetItemWithErrorBorrowed(PyUnicodeObject.InternStatic("__dir__")) is { } dir)
        {
            return CallNoArgs(dir);
        }
        return PyErr.Occurred() ? null : PySequence.List(m.Dict);
    }
}
