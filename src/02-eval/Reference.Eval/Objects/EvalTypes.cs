// Chapter 2's static types, readied once per process like chapter 1's (C: _PyTypes_InitTypes covers both:
// CPython has one list; we have one per chapter, because a chapter only knows its own types).
using Reference.Objects;

namespace Reference.Eval;

/// <summary>The static types chapter 2 adds.</summary>
public static class EvalTypes
{
    private static readonly Lazy<bool> s_ready = new(ReadyCore, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every static type of chapter 2.</summary>
    public static IReadOnlyList<PyTypeObject> All { get; } =
    [
        PyModuleObject.Type,
    ];

    /// <summary>Readies chapter 1's types, then chapter 2's, once per process.</summary>
    public static void ReadyAll()
    {
        PyTypes.ReadyAll();
        _ = s_ready.Value;
    }

    private static bool ReadyCore()
    {
        foreach (PyTypeObject type in All)
        {
            type.Ready();
        }
        return true;
    }
}
