// OBJ-STATE-1: no mutable static state in the runtime.
//
// Two runtimes must live side by side in one process, so everything mutable hangs off a runtime, an
// interpreter or a thread state. This test reads the assembly's static fields: each must be readonly, and a
// readonly field may not hold a mutable collection — except the few listed here, each with its reason.
using System.Collections;
using System.Reflection;
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Architecture;

[TestFixture]
public sealed class StaticStateTests
{
    /// <summary>The deliberate exceptions, by "Type.field".</summary>
    private static readonly Dictionary<string, string> s_allowed = new()
    {
        ["ObjectIds.s_next"] = "id() values model addresses, which every runtime in a process shares",
        ["PyUnicodeObject.s_staticInterned"] = "the process-wide table of immortal identifier strings (C: _Py_ID)",
        ["PyThreadState.t_current"] = "the binding of an OS thread to its thread state (C: _Py_tss_tstate)",
    };

    private static IEnumerable<FieldInfo> StaticFields() =>
        typeof(PyObject).Assembly.GetTypes()
            .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral && !f.Name.Contains('<', StringComparison.Ordinal));

    private static string Name(FieldInfo f) => $"{f.DeclaringType!.Name}.{f.Name}";

    [Test]
    public void EveryStaticFieldIsReadonlyOrAJustifiedException()
    {
        // spec: OBJ-STATE-1
        var mutable = StaticFields().Where(f => !f.IsInitOnly && !s_allowed.ContainsKey(Name(f))).Select(Name).ToList();
        Assert.That(mutable, Is.Empty);
    }

    [Test]
    public void NoStaticFieldHoldsAMutableCollection()
    {
        // spec: OBJ-STATE-1
        var collections = StaticFields()
            .Where(f => !f.FieldType.IsArray && typeof(IEnumerable).IsAssignableFrom(f.FieldType) && f.FieldType != typeof(string))
            .Where(f => !f.FieldType.Name.StartsWith("IReadOnly", StringComparison.Ordinal)
                        && !f.FieldType.Name.StartsWith("Frozen", StringComparison.Ordinal)
                        && !s_allowed.ContainsKey(Name(f)))
            .Select(f => $"{Name(f)} : {f.FieldType.Name}")
            .ToList();
        Assert.That(collections, Is.Empty);
    }

    [Test]
    public void TheExceptionsStillExist()
    {
        // spec: OBJ-STATE-1
        var names = StaticFields().Select(Name).ToHashSet();
        Assert.That(s_allowed.Keys.Where(k => !names.Contains(k)), Is.Empty, "an allowlisted field was removed: drop it from the list");
    }
}
