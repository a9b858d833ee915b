// Python/gc.c: the cycle collector.
//
// Reference counting cannot free a cycle: in `a = []; a.append(a); del a` the list still counts the
// reference it holds to itself. The collector finds such garbage without knowing the roots:
//
//   1. copy each tracked container's reference count into gc_refs;
//   2. for every reference one container holds to another, subtract one from the target's gc_refs —
//      what remains counts references from *outside* the set (the stack, globals, untracked objects);
//   3. containers with gc_refs > 0, and everything reachable from them, are alive; the rest is
//      unreachable garbage;
//   4. clear weak references to the garbage (calling callbacks of weakrefs that survive), run
//      finalizers once, re-check in case a finalizer resurrected something, then break the cycles
//      with tp_clear so that ordinary reference counting deallocates them.
//
// Only container types are tracked (HaveGc). Objects live in three generations; a collection of
// generation n examines generations 0..n and moves survivors one generation older. References from
// older generations simply show up as outside references in step 2, which is why collecting only
// the young generation is sound.
namespace Reference.Objects;

/// <summary>One interpreter's collector (C: <c>struct _gc_runtime_state</c>).</summary>
public sealed class GcState
{
    /// <summary>Number of generations (C: <c>NUM_GENERATIONS</c>).</summary>
    public const int Generations = 3;

    /// <summary>The generation number objects carry while a collection examines them.</summary>
    private const byte CollectingGeneration = Generations;

    private readonly PyInterpreterState _interp;
    private readonly GcList[] _gens = [new(), new(), new()];
    private GcList? _collecting;
    private bool _running;

    internal GcState(PyInterpreterState interp) => _interp = interp;

    /// <summary>Whether automatic collection is on (C: <c>gc.isenabled()</c>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Thresholds per generation (C: <c>gc.get_threshold()</c>; CPython 3.14's (2000, 10, 0)).</summary>
    public int[] Thresholds { get; } = [2000, 10, 0];

    /// <summary>Allocations of tracked objects since generation 0 was last collected, and collections of each
    /// younger generation since the older one was (C: <c>gc.get_count()</c>).</summary>
    public int[] Counts { get; } = new int[Generations];

    /// <summary>Per-generation totals (C: <c>gc.get_stats()</c>).</summary>
    public GcGenerationStats[] Stats { get; } = [new(), new(), new()];

    /// <summary>Set when generation 0 passed its threshold; the eval breaker runs <see cref="CollectScheduled"/>.</summary>
    public bool CollectionScheduled { get; private set; }

    /// <summary>How many objects are tracked in a generation (for <c>gc.get_objects(gen)</c> and tests).</summary>
    public int TrackedCount(int generation) => _gens[generation].Count;

    #region track
    /// <summary>Starts tracking a container (C: <c>_PyObject_GC_TRACK</c>).</summary>
    public void Track(PyObject op)
    {
        if (op.GcIndex >= 0)
        {
            return;
        }
        _gens[0].Add(op, 0);
        if (++Counts[0] > Thresholds[0] && Enabled && Thresholds[0] > 0 && !_running)
        {
            CollectionScheduled = true;
        }
    }

    /// <summary>Stops tracking (C: <c>_PyObject_GC_UNTRACK</c>). An object untracked during a collection leaves a
    /// hole in the collector's working list, which every phase skips.</summary>
    public void Untrack(PyObject op)
    {
        int index = op.GcIndex;
        if (index < 0)
        {
            return;
        }
        if (op.GcGeneration == CollectingGeneration)
        {
            _collecting!.Items[index] = null;
        }
        else
        {
            _gens[op.GcGeneration].RemoveAt(index);
            if (op.GcGeneration == 0 && Counts[0] > 0)
            {
                Counts[0]--;
            }
        }
        op.GcIndex = -1;
        op.GcBits &= ~(GcFlags.Collecting | GcFlags.Reachable | GcFlags.Unreachable);
    }
    #endregion

    /// <summary>Whether an object is tracked (C: <c>gc.is_tracked</c>).</summary>
    public static bool IsTracked(PyObject op) => op.GcIndex >= 0;

    /// <summary>Runs the collection the allocation counter asked for, choosing the oldest generation whose
    /// threshold has passed (C: <c>_Py_RunGC</c> → <c>gc_collect_generations</c>).</summary>
    public long CollectScheduled()
    {
        CollectionScheduled = false;
        if (!Enabled || _running)
        {
            return 0;
        }
        int gen = 0;
        for (int i = Generations - 1; i > 0; i--)
        {
            if (Thresholds[i] > 0 && Counts[i] > Thresholds[i])
            {
                gen = i;
                break;
            }
        }
        return Collect(gen);
    }

    #region collect
    /// <summary>Collects generations 0..<paramref name="generation"/> and returns the number of unreachable
    /// objects found (C: <c>gc.collect(generation)</c>).</summary>
    public long Collect(int generation = Generations - 1)
    {
        if (_running)
        {
            return 0; // a finalizer asked for a collection during one
        }
        _running = true;
        try
        {
            return CollectCore(generation);
        }
        finally
        {
            _running = false;
        }
    }

    private long CollectCore(int generation)
    {
        int older = Math.Min(generation + 1, Generations - 1);
        GcList work = TakeGenerations(generation);
        _collecting = work;

        UpdateRefs(work);                 // step 1
        SubtractRefs(work);               // step 2
        MoveUnreachable(work, out List<PyObject> unreachable); // step 3

        // The reachable survive into the older generation.
        foreach (PyObject? op in work.Items.AsSpan(0, work.Count))
        {
            if (op is not null && (op.GcBits & GcFlags.Reachable) != 0)
            {
                op.GcBits &= ~(GcFlags.Collecting | GcFlags.Reachable);
                work.Items[op.GcIndex] = null;
                _gens[older].Add(op, (byte)older);
            }
        }

        long collected = GcWeakrefs.Handle(unreachable);                // step 4a
        FinalizeGarbage(unreachable);                                    // step 4b
        List<PyObject> finalUnreachable = HandleResurrected(unreachable, older);
        foreach (PyObject op in finalUnreachable)
        {
            if ((op.GcBits & GcFlags.InlineValues) == 0)
            {
                collected++; // an instance's own __dict__ is part of the instance, as in CPython
            }
        }
        DeleteGarbage(finalUnreachable);                                 // step 4c

        // Whatever tp_clear could not free lives on in the older generation.
        for (int i = 0; i < work.Count; i++)
        {
            if (work.Items[i] is { } left)
            {
                Survive(left, older);
            }
        }
        _collecting = null;
        for (int i = 0; i <= generation; i++)
        {
            Counts[i] = 0;
        }
        if (generation + 1 < Generations)
        {
            Counts[generation + 1]++;
        }
        GcGenerationStats stats = Stats[generation];
        stats.Collections++;
        stats.Collected += collected;
        return collected;
    }
    #endregion

    /// <summary>Moves generations 0..n into one working list whose objects carry the collecting mark.</summary>
    private GcList TakeGenerations(int generation)
    {
        var work = new GcList();
        for (int g = 0; g <= generation; g++)
        {
            GcList list = _gens[g];
            for (int i = 0; i < list.Count; i++)
            {
                PyObject op = list.Items[i]!;
                work.Add(op, CollectingGeneration);
                op.GcBits = (op.GcBits & ~(GcFlags.Reachable | GcFlags.Unreachable)) | GcFlags.Collecting;
            }
            list.Clear();
        }
        return work;
    }

    #region update-subtract
    private static void UpdateRefs(GcList work)
    {
        foreach (PyObject? op in work.Items.AsSpan(0, work.Count))
        {
            if (op is not null)
            {
                op.GcRefs = op.IsImmortal ? int.MaxValue : (int)op.ObRefCnt;
            }
        }
    }

    private static readonly VisitProc s_visitDecref = static (referent, _) =>
    {
        if ((referent.GcBits & GcFlags.Collecting) != 0 && referent.GcIndex >= 0)
        {
            referent.GcRefs--;
        }
        return 0;
    };

    private static void SubtractRefs(GcList work)
    {
        foreach (PyObject? op in work.Items.AsSpan(0, work.Count))
        {
            if (op is not null)
            {
                Traverse(op, s_visitDecref, null);
            }
        }
    }
    #endregion

    /// <summary>Calls the type's traverse slot.</summary>
    internal static void Traverse(PyObject op, VisitProc visit, object? arg) =>
        (op.ObType.TpTraverse ?? PyObject.GenericTraverse)(op, visit, arg);

    private static readonly VisitProc s_visitReachable = static (referent, arg) =>
    {
        if ((referent.GcBits & (GcFlags.Collecting | GcFlags.Reachable)) == GcFlags.Collecting && referent.GcIndex >= 0)
        {
            referent.GcBits |= GcFlags.Reachable;
            ((Stack<PyObject>)arg!).Push(referent);
        }
        return 0;
    };

    /// <summary>Marks what is reachable from outside the set; returns the rest (C: <c>move_unreachable</c>).</summary>
    private static void MoveUnreachable(GcList work, out List<PyObject> unreachable)
    {
        var stack = new Stack<PyObject>();
        foreach (PyObject? op in work.Items.AsSpan(0, work.Count))
        {
            if (op is not null && op.GcRefs > 0 && (op.GcBits & GcFlags.Reachable) == 0)
            {
                op.GcBits |= GcFlags.Reachable;
                stack.Push(op);
            }
        }
        while (stack.TryPop(out PyObject? op))
        {
            Traverse(op, s_visitReachable, stack);
        }
        unreachable = [];
        foreach (PyObject? op in work.Items.AsSpan(0, work.Count))
        {
            if (op is not null && (op.GcBits & GcFlags.Reachable) == 0)
            {
                op.GcBits |= GcFlags.Unreachable;
                unreachable.Add(op);
            }
        }
    }

    #region finalize-clear
    /// <summary>Calls each unreachable object's finalizer once (C: <c>finalize_garbage</c>).</summary>
    private static void FinalizeGarbage(List<PyObject> unreachable)
    {
        foreach (PyObject op in unreachable)
        {
            if (op.GcIndex < 0 || (op.GcBits & GcFlags.Finalized) != 0 || op.ObType.TpFinalize is not { } finalize)
            {
                continue;
            }
            op.GcBits |= GcFlags.Finalized;
            op.IncRef();
            finalize(op);
            if (PyErr.Occurred())
            {
                PyErr.WriteUnraisable("Exception ignored while calling deallocator", op);
            }
            op.DecRef();
        }
    }

    /// <summary>Finalizers may have stored references to garbage somewhere live. Recount within the
    /// unreachable set; whatever is referenced from outside it — and what that reaches — survives
    /// (C: <c>handle_resurrected_objects</c>).</summary>
    private List<PyObject> HandleResurrected(List<PyObject> unreachable, int older)
    {
        foreach (PyObject op in unreachable)
        {
            if (op.GcIndex >= 0)
            {
                op.GcBits &= ~GcFlags.Reachable;
                op.GcRefs = (int)op.ObRefCnt;
            }
        }
        foreach (PyObject op in unreachable)
        {
            if (op.GcIndex >= 0)
            {
                Traverse(op, s_visitDecref, null);
            }
        }
        var stack = new Stack<PyObject>();
        foreach (PyObject op in unreachable)
        {
            if (op.GcIndex >= 0 && op.GcRefs > 0 && (op.GcBits & GcFlags.Reachable) == 0)
            {
                op.GcBits |= GcFlags.Reachable;
                stack.Push(op);
            }
        }
        while (stack.TryPop(out PyObject? op))
        {
            Traverse(op, s_visitReachable, stack);
        }
        var result = new List<PyObject>(unreachable.Count);
        foreach (PyObject op in unreachable)
        {
            if (op.GcIndex < 0)
            {
                continue; // deallocated meanwhile
            }
            if ((op.GcBits & GcFlags.Reachable) != 0)
            {
                Survive(op, older);
            }
            else
            {
                result.Add(op);
            }
        }
        return result;
    }

    /// <summary>Breaks the cycles: tp_clear on each object drops the references it holds, and reference
    /// counting does the rest (C: <c>delete_garbage</c>).</summary>
    private static void DeleteGarbage(List<PyObject> garbage)
    {
        foreach (PyObject op in garbage)
        {
            if (op.GcIndex < 0 || op.GcGeneration != CollectingGeneration)
            {
                continue; // already freed by an earlier clear
            }
            op.IncRef();
            (op.ObType.TpClear ?? PyObject.GenericClear)(op);
            if (PyErr.Occurred())
            {
                PyErr.WriteUnraisable("Exception ignored in tp_clear of", op);
            }
            op.DecRef();
        }
    }
    #endregion

    private void Survive(PyObject op, int older)
    {
        _collecting!.Items[op.GcIndex] = null;
        op.GcBits &= ~(GcFlags.Collecting | GcFlags.Reachable | GcFlags.Unreachable);
        _gens[older].Add(op, (byte)older);
    }

    /// <summary>Every tracked object, or those of one generation (C: <c>gc.get_objects</c>).</summary>
    public List<PyObject> GetObjects(int generation = -1)
    {
        var result = new List<PyObject>();
        for (int g = 0; g < Generations; g++)
        {
            if (generation >= 0 && g != generation)
            {
                continue;
            }
            GcList list = _gens[g];
            for (int i = 0; i < list.Count; i++)
            {
                result.Add(list.Items[i]!);
            }
        }
        return result;
    }

    /// <summary>The objects <paramref name="op"/> refers to, as its traverse reports them
    /// (C: <c>gc.get_referents</c>).</summary>
    public static List<PyObject> GetReferents(PyObject op)
    {
        var result = new List<PyObject>();
        Traverse(op, static (referent, arg) =>
        {
            ((List<PyObject>)arg!).Add(referent);
            return 0;
        }, result);
        return result;
    }
}

/// <summary>Totals for one generation (C: an entry of <c>gc.get_stats()</c>).</summary>
public sealed class GcGenerationStats
{
    public long Collections { get; internal set; }
    public long Collected { get; internal set; }
    public long Uncollectable { get; internal set; }
}

/// <summary>A generation: an array of tracked objects, each knowing its index, so that untracking is O(1).</summary>
internal sealed class GcList
{
    public PyObject?[] Items = new PyObject?[16];
    public int Count;

    public void Add(PyObject op, byte generation)
    {
        if (Count == Items.Length)
        {
            Array.Resize(ref Items, Count * 2);
        }
        op.GcIndex = Count;
        op.GcGeneration = generation;
        Items[Count++] = op;
    }

    public void RemoveAt(int index)
    {
        int last = --Count;
        PyObject? moved = Items[last];
        Items[index] = moved;
        Items[last] = null;
        if (moved is not null && index != last)
        {
            moved.GcIndex = index;
        }
    }

    public void Clear()
    {
        Array.Clear(Items, 0, Count);
        Count = 0;
    }
}
