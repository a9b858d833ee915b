// OBJ-CELL-1: cells hold one optional value.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Types;

[TestFixture]
public sealed class CellTests : ObjectModelTest
{
    [Test]
    public void AnEmptyCellRaisesOnRead()
    {
        // spec: OBJ-CELL-1
        PyObject c = Call(PyCellObject.Type);
        Assert.That(AttrRaises(c, "cell_contents"), Is.EqualTo("ValueError: Cell is empty"));
        Assert.That(Repr(c), Does.Match("^<cell at 0x[0-9a-f]+: empty>$"));
    }

    [Test]
    public void AFullCellShowsItsContents()
    {
        // spec: OBJ-CELL-1
        PyObject five = Int(5000);
        PyObject c = Call(PyCellObject.Type, five);
        Assert.That(Attr(c, "cell_contents"), Is.SameAs(five));
        Assert.That(Repr(c), Is.EqualTo($"<cell at 0x{c.Id:x}: int object at 0x{five.Id:x}>"));
    }

    [Test]
    public void ContentsCanBeSetAndDeleted()
    {
        // spec: OBJ-CELL-1
        PyObject c = Call(PyCellObject.Type, Int(1));
        SetAttr(c, "cell_contents", Int(7));
        Assert.That(AsLong(Attr(c, "cell_contents")), Is.EqualTo(7));
        DelAttr(c, "cell_contents");
        Assert.That(AttrRaises(c, "cell_contents"), Is.EqualTo("ValueError: Cell is empty"));
        DelAttr(c, "cell_contents");
        var cell = (PyCellObject)c;
        cell.Set(S("direct"));
        Assert.That(Str(cell.GetBorrowed()!), Is.EqualTo("direct"));
    }

    [Test]
    public void CellsCompareByContentsWithEmptyFirst()
    {
        // spec: OBJ-CELL-1
        PyObject empty = Call(PyCellObject.Type), one = Call(PyCellObject.Type, Int(1)), two = Call(PyCellObject.Type, Int(2));
        Assert.That(Truth(PyObject.RichCompareBool(empty, one, CompareOp.Lt)), Is.True);
        Assert.That(Truth(PyObject.RichCompareBool(one, empty, CompareOp.Lt)), Is.False);
        Assert.That(Truth(PyObject.RichCompareBool(empty, Call(PyCellObject.Type), CompareOp.Eq)), Is.True);
        Assert.That(Truth(PyObject.RichCompareBool(empty, Call(PyCellObject.Type), CompareOp.Le)), Is.True);
        Assert.That(Truth(PyObject.RichCompareBool(one, Call(PyCellObject.Type, Int(1)), CompareOp.Eq)), Is.True);
        Assert.That(Truth(PyObject.RichCompareBool(one, two, CompareOp.Lt)), Is.True);
        Assert.That(Truth(PyObject.RichCompareBool(one, two, CompareOp.Ne)), Is.True);
        Assert.That(Truth(PyObject.RichCompareBool(one, empty, CompareOp.Gt)), Is.True);
        Assert.That(Truth(PyObject.RichCompareBool(one, Int(1), CompareOp.Eq)), Is.False, "a cell is not its contents");
        Assert.That(Raises(PyObject.Hash(one)), Is.EqualTo("TypeError: unhashable type: 'cell'"));
    }

    [Test]
    public void ConstructorErrors()
    {
        // spec: OBJ-CELL-1
        Assert.That(CallRaises(PyCellObject.Type, Int(1), Int(2)), Is.EqualTo("TypeError: cell expected at most 1 argument, got 2"));
        PyTupleObject kw = (PyTupleObject)Tuple(S("x"));
        Assert.That(Raises(PyObject.Vectorcall(PyCellObject.Type, [Int(1)], kw)), Is.EqualTo("TypeError: cell() takes no keyword arguments"));
    }

    [Test]
    public void ACellHoldingItselfIsCollected()
    {
        // spec: OBJ-CELL-1, OBJ-GC-1
        var c = new PyCellObject(null);
        c.Set(c);
        c.DecRef();
        Assert.That(c.IsDead, Is.False);
        Assert.That(Interp.Gc.Collect(), Is.EqualTo(1));
        Assert.That(c.IsDead, Is.True);
    }
}
