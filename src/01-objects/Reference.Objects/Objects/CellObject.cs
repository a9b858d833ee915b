// Objects/cellobject.c: cells — the boxes that closures share variables through.
//
// A variable used by an inner function lives in a cell: the outer frame and every closure that
// captures it hold the same cell, so an assignment in one is seen by all. An empty cell is a
// variable not yet assigned (or deleted).
namespace Reference.Objects;

/// <summary>A cell (C: <c>PyCellObject</c>).</summary>
public sealed class PyCellObject : PyObject
{
    /// <summary>The type (C: <c>PyCell_Type</c>).</summary>
    public static readonly PyTypeObject Type = new("cell", null, TypeFlags.HaveGc)
    {
        TpDoc = "Create a new cell object.\n\n  contents\n    the contents of the cell. If not specified, the cell will be empty,\n    and \n further attempts to access its cell_contents attribute will\n    raise a ValueError.",
        TpNew = static (t, args, kwargs) =>
        {
            if (!GetArgs.NoKeywords("cell", kwargs) || !GetArgs.CheckPositional("cell", args.Count, 0, 1))
            {
                return null;
            }
            return new PyCellObject(args.Count == 1 ? args[0] : null);
        },
        TpRepr = CellRepr,
        TpRichCompare = CellRichCompare,
        TpGetAttro = GenericGetAttrFunc,
        TpGetSet =
        [
            new("cell_contents", static o => ((PyCellObject)o)._ref is { } v
                ? v.NewRef()
                : PyErr.SetString(PyExc.ValueError, "Cell is empty"),
                static (o, v) =>
                {
                    ((PyCellObject)o).Set(v);
                    return 0;
                }),
        ],
    };

    private PyObject? _ref;

    /// <summary>A cell holding a new reference to <paramref name="contents"/>, or empty (C: <c>PyCell_New</c>).</summary>
    public PyCellObject(PyObject? contents)
        : base(Type) => _ref = Py.XNewRef(contents);

    /// <summary>The contents, borrowed, or null when empty (C: <c>PyCell_GET</c>).</summary>
    public PyObject? GetBorrowed() => _ref;

    /// <summary>Sets the contents, borrowing the value; null empties the cell (C: <c>PyCell_Set</c>).</summary>
    public void Set(PyObject? value) => Py.SetRef(ref _ref, Py.XNewRef(value));

    private static PyObject? CellRepr(PyObject self)
    {
        var cell = (PyCellObject)self;
        return PyUnicodeObject.FromString(cell._ref is { } v
            ? $"<cell at 0x{cell.Id:x}: {v.ObType.Name} object at 0x{v.Id:x}>"
            : $"<cell at 0x{cell.Id:x}: empty>");
    }

    /// <summary>Cells compare by contents; an empty cell is less than a full one (C: <c>cell_richcompare</c>).</summary>
    private static PyObject? CellRichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyCellObject x || b is not PyCellObject y)
        {
            return Py.ReturnNotImplemented;
        }
        if (x._ref is not null && y._ref is not null)
        {
            return RichCompare(x._ref, y._ref, op);
        }
        return CompareOps.Return(x._ref is null ? 0 : 1, y._ref is null ? 0 : 1, op);
    }

    protected internal override void DeallocContents() => Py.Clear(ref _ref);

    protected internal override int TraverseContents(VisitProc visit, object? arg) => _ref is null ? 0 : visit(_ref, arg);

    protected internal override void ClearContents() => Py.Clear(ref _ref);
}
