// Objects/typeobject.c: subtype_traverse and subtype_clear — what the cycle collector asks of every
// container.
//
// traverse must visit every object this one holds a strong reference to, and clear must drop the
// references that could form a cycle. Both are split as deallocation is: the generic part (the
// type a heap instance refers to, its __dict__ and __slots__) lives here; each C# class visits and
// clears its own fields by overriding TraverseContents and ClearContents.
namespace Reference.Objects;

public partial class PyObject
{
    /// <summary>Visits the references held in this object's C# fields. Containers override it.</summary>
    protected internal virtual int TraverseContents(VisitProc visit, object? arg) => 0;

    /// <summary>Drops the references held in this object's C# fields that could form cycles. Mutable
    /// containers override it; immutable ones (tuple) leave it to the objects they hold.</summary>
    protected internal virtual void ClearContents()
    {
    }

    #region generic-traverse
    /// <summary>The traverse every type uses (C: <c>subtype_traverse</c>): the heap type, the managed dict and
    /// slots, then the C# fields.</summary>
    public static int GenericTraverse(PyObject op, VisitProc visit, object? arg)
    {
        int r;
        if (op.ObType.IsHeapType && (r = visit(op.ObType, arg)) != 0)
        {
            return r;
        }
        if (op.Managed is { } managed)
        {
            if (managed.Dict is { } dict && (r = visit(dict, arg)) != 0)
            {
                return r;
            }
            if (managed.Slots is { } slots)
            {
                foreach (PyObject? value in slots)
                {
                    if (value is not null && (r = visit(value, arg)) != 0)
                    {
                        return r;
                    }
                }
            }
        }
        return op.TraverseContents(visit, arg);
    }
    #endregion

    /// <summary>The clear every type uses (C: <c>subtype_clear</c>): slots and dict, then the C# fields.</summary>
    public static int GenericClear(PyObject op)
    {
        if (op.Managed is { } managed)
        {
            if (managed.Slots is { } slots)
            {
                for (int i = 0; i < slots.Length; i++)
                {
                    Py.Clear(ref slots[i]);
                }
            }
            ReleaseInstanceDict(ref managed.Dict);
        }
        op.ClearContents();
        return 0;
    }
}
