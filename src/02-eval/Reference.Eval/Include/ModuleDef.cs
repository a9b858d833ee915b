// Include/moduleobject.h: how a module written in C# declares itself (C: PyModuleDef).
//
// A definition is immutable and shared by every interpreter, like a static type. Importing it makes a
// fresh module object per interpreter: its functions bound to that module, then its exec step run
// (C: the Py_mod_exec slot, multi-phase initialization, PEP 489), which adds constants and types.
using Reference.Objects;

namespace Reference.Eval;

/// <summary>A built-in module's definition (C: <c>PyModuleDef</c>).</summary>
public sealed class PyModuleDef
{
    /// <summary>Defines a module named <paramref name="name"/>.</summary>
    public PyModuleDef(string name, string? doc, PyMethodDef[] methods, Func<PyModuleObject, int>? exec = null)
    {
        Name = name;
        Doc = doc;
        Methods = methods;
        Exec = exec;
    }

    /// <summary>The module's name, as in <c>import name</c> (C: <c>m_name</c>).</summary>
    public string Name { get; }

    /// <summary>The module's docstring (C: <c>m_doc</c>).</summary>
    public string? Doc { get; }

    /// <summary>The module-level functions (C: <c>m_methods</c>).</summary>
    public PyMethodDef[] Methods { get; }

    /// <summary>Fills a new module in: 0, or -1 with an error set (C: the <c>Py_mod_exec</c> slot).</summary>
    public Func<PyModuleObject, int>? Exec { get; }
}
