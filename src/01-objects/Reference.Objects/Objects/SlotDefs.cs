// Objects/typeobject.c: slotdefs — the table that ties slots to dunder methods, both ways.
//
// Every slot has one or more Python names: nb_add is __add__ and __radd__, tp_richcompare is __lt__
// through __ge__, mp_ass_subscript is __setitem__ and __delitem__. The table is used twice:
//
//   * static types: for each slot the type sets, a *slot wrapper* (wrapper_descriptor) is put in
//     its dict under each name, so that `int.__add__` exists and `(1).__add__(2)` calls the slot;
//   * heap types: for each name defined in a class's MRO, the slot is pointed at a generic `slot_*`
//     function that looks the dunder up and calls it — unless the name resolves to a slot wrapper
//     of that same slot, in which case the C# function is used directly (so `class L(list): pass`
//     keeps list's fast slots).
//
// The order of the table is CPython's; it decides the order of the slot wrappers in a type's dict.
namespace Reference.Objects;

/// <summary>Which slot a slotdef refers to.</summary>
internal enum SlotId
{
    TpRepr, TpHash, TpCall, TpStr, TpGetAttro, TpSetAttro, TpRichCompare, TpIter, TpIterNext, TpDescrGet,
    TpDescrSet, TpInit, TpFinalize,
    NbAdd, NbSubtract, NbMultiply, NbRemainder, NbDivmod, NbPower, NbNegative, NbPositive, NbAbsolute, NbBool,
    NbInvert, NbLshift, NbRshift, NbAnd, NbXor, NbOr, NbInt, NbFloat, NbInplaceAdd, NbInplaceSubtract,
    NbInplaceMultiply, NbInplaceRemainder, NbInplacePower, NbInplaceLshift, NbInplaceRshift, NbInplaceAnd,
    NbInplaceXor, NbInplaceOr, NbFloorDivide, NbTrueDivide, NbInplaceFloorDivide, NbInplaceTrueDivide, NbIndex,
    NbMatrixMultiply, NbInplaceMatrixMultiply,
    MpLength, MpSubscript, MpAssSubscript,
    SqLength, SqConcat, SqRepeat, SqItem, SqAssItem, SqContains, SqInplaceConcat, SqInplaceRepeat,
}

/// <summary>How a slot wrapper calls its slot with Python-level arguments (C: <c>wrapperfunc</c>).</summary>
internal delegate PyObject? WrapperFunc(PyObject self, ReadOnlySpan<PyObject> args, PyDictObject? kwargs, Delegate wrapped, SlotDef def);

/// <summary>One row of the table (C: <c>pytype_slotdef</c>).</summary>
internal sealed class SlotDef(string name, SlotId slot, WrapperFunc? wrapper, string doc, CompareOp op = CompareOp.Eq)
{
    public string Name { get; } = name;
    public PyUnicodeObject NameObj { get; } = PyUnicodeObject.InternStatic(name);
    public SlotId Slot { get; } = slot;
    public WrapperFunc? Wrapper { get; } = wrapper;
    public string Doc { get; } = doc;

    /// <summary>The operator a comparison wrapper passes (for __lt__ ... __ge__).</summary>
    public CompareOp Op { get; } = op;

    /// <summary>Whether the wrapper accepts keyword arguments (__call__ and __init__ do).</summary>
    public bool TakesKeywords => Slot is SlotId.TpCall or SlotId.TpInit;
}

/// <summary>The slot table and the operations over it (C: <c>slotdefs</c>, <c>add_operators</c>,
/// <c>fixup_slot_dispatchers</c>).</summary>
internal static partial class SlotDefs
{
    #region table
    public static readonly SlotDef[] Table =
    [
        new("__repr__", SlotId.TpRepr, SlotWrappers.Unary, "__repr__($self, /)\n--\n\nReturn repr(self)."),
        new("__hash__", SlotId.TpHash, SlotWrappers.Hash, "__hash__($self, /)\n--\n\nReturn hash(self)."),
        new("__call__", SlotId.TpCall, SlotWrappers.Call, "__call__($self, /, *args, **kwargs)\n--\n\nCall self as a function."),
        new("__str__", SlotId.TpStr, SlotWrappers.Unary, "__str__($self, /)\n--\n\nReturn str(self)."),
        new("__getattribute__", SlotId.TpGetAttro, SlotWrappers.GetAttr, "__getattribute__($self, name, /)\n--\n\nReturn getattr(self, name)."),
        new("__getattr__", SlotId.TpGetAttro, null, ""),
        new("__setattr__", SlotId.TpSetAttro, SlotWrappers.SetAttr, "__setattr__($self, name, value, /)\n--\n\nImplement setattr(self, name, value)."),
        new("__delattr__", SlotId.TpSetAttro, SlotWrappers.DelAttr, "__delattr__($self, name, /)\n--\n\nImplement delattr(self, name)."),
        new("__lt__", SlotId.TpRichCompare, SlotWrappers.RichCompare, "__lt__($self, value, /)\n--\n\nReturn self<value.", CompareOp.Lt),
        new("__le__", SlotId.TpRichCompare, SlotWrappers.RichCompare, "__le__($self, value, /)\n--\n\nReturn self<=value.", CompareOp.Le),
        new("__eq__", SlotId.TpRichCompare, SlotWrappers.RichCompare, "__eq__($self, value, /)\n--\n\nReturn self==value.", CompareOp.Eq),
        new("__ne__", SlotId.TpRichCompare, SlotWrappers.RichCompare, "__ne__($self, value, /)\n--\n\nReturn self!=value.", CompareOp.Ne),
        new("__gt__", SlotId.TpRichCompare, SlotWrappers.RichCompare, "__gt__($self, value, /)\n--\n\nReturn self>value.", CompareOp.Gt),
        new("__ge__", SlotId.TpRichCompare, SlotWrappers.RichCompare, "__ge__($self, value, /)\n--\n\nReturn self>=value.", CompareOp.Ge),
        new("__iter__", SlotId.TpIter, SlotWrappers.Unary, "__iter__($self, /)\n--\n\nImplement iter(self)."),
        new("__next__", SlotId.TpIterNext, SlotWrappers.Next, "__next__($self, /)\n--\n\nImplement next(self)."),
        new("__get__", SlotId.TpDescrGet, SlotWrappers.DescrGet, "__get__($self, instance, owner=None, /)\n--\n\nReturn an attribute of instance, which is of type owner."),
        new("__set__", SlotId.TpDescrSet, SlotWrappers.DescrSet, "__set__($self, instance, value, /)\n--\n\nSet an attribute of instance to value."),
        new("__delete__", SlotId.TpDescrSet, SlotWrappers.DescrDelete, "__delete__($self, instance, /)\n--\n\nDelete an attribute of instance."),
        new("__init__", SlotId.TpInit, SlotWrappers.Init, "__init__($self, /, *args, **kwargs)\n--\n\nInitialize self.  See help(type(self)) for accurate signature."),
        new("__del__", SlotId.TpFinalize, SlotWrappers.Del, "__del__($self, /)\n--\n\nCalled when the instance is about to be destroyed."),
        Bin("__add__", SlotId.NbAdd, "+"), RBin("__radd__", SlotId.NbAdd, "+"),
        Bin("__sub__", SlotId.NbSubtract, "-"), RBin("__rsub__", SlotId.NbSubtract, "-"),
        Bin("__mul__", SlotId.NbMultiply, "*"), RBin("__rmul__", SlotId.NbMultiply, "*"),
        Bin("__mod__", SlotId.NbRemainder, "%"), RBin("__rmod__", SlotId.NbRemainder, "%"),
        new("__divmod__", SlotId.NbDivmod, SlotWrappers.BinaryL, "__divmod__($self, value, /)\n--\n\nReturn divmod(self, value)."),
        new("__rdivmod__", SlotId.NbDivmod, SlotWrappers.BinaryR, "__rdivmod__($self, value, /)\n--\n\nReturn divmod(value, self)."),
        new("__pow__", SlotId.NbPower, SlotWrappers.Ternary, "__pow__($self, value, mod=None, /)\n--\n\nReturn pow(self, value, mod)."),
        new("__rpow__", SlotId.NbPower, SlotWrappers.TernaryR, "__rpow__($self, value, mod=None, /)\n--\n\nReturn pow(value, self, mod)."),
        Un("__neg__", SlotId.NbNegative, "-self"), Un("__pos__", SlotId.NbPositive, "+self"), Un("__abs__", SlotId.NbAbsolute, "abs(self)"),
        new("__bool__", SlotId.NbBool, SlotWrappers.InquiryPred, "__bool__($self, /)\n--\n\nTrue if self else False"),
        Un("__invert__", SlotId.NbInvert, "~self"),
        Bin("__lshift__", SlotId.NbLshift, "<<"), RBin("__rlshift__", SlotId.NbLshift, "<<"),
        Bin("__rshift__", SlotId.NbRshift, ">>"), RBin("__rrshift__", SlotId.NbRshift, ">>"),
        Bin("__and__", SlotId.NbAnd, "&"), RBin("__rand__", SlotId.NbAnd, "&"),
        Bin("__xor__", SlotId.NbXor, "^"), RBin("__rxor__", SlotId.NbXor, "^"),
        Bin("__or__", SlotId.NbOr, "|"), RBin("__ror__", SlotId.NbOr, "|"),
        Un("__int__", SlotId.NbInt, "int(self)"), Un("__float__", SlotId.NbFloat, "float(self)"),
        IBin("__iadd__", SlotId.NbInplaceAdd, "+="), IBin("__isub__", SlotId.NbInplaceSubtract, "-="),
        IBin("__imul__", SlotId.NbInplaceMultiply, "*="), IBin("__imod__", SlotId.NbInplaceRemainder, "%="),
        new("__ipow__", SlotId.NbInplacePower, SlotWrappers.InplacePower, "__ipow__($self, value, /)\n--\n\nReturn self**=value."),
        IBin("__ilshift__", SlotId.NbInplaceLshift, "<<="), IBin("__irshift__", SlotId.NbInplaceRshift, ">>="),
        IBin("__iand__", SlotId.NbInplaceAnd, "&="), IBin("__ixor__", SlotId.NbInplaceXor, "^="), IBin("__ior__", SlotId.NbInplaceOr, "|="),
        Bin("__floordiv__", SlotId.NbFloorDivide, "//"), RBin("__rfloordiv__", SlotId.NbFloorDivide, "//"),
        Bin("__truediv__", SlotId.NbTrueDivide, "/"), RBin("__rtruediv__", SlotId.NbTrueDivide, "/"),
        IBin("__ifloordiv__", SlotId.NbInplaceFloorDivide, "//="), IBin("__itruediv__", SlotId.NbInplaceTrueDivide, "/="),
        new("__index__", SlotId.NbIndex, SlotWrappers.Unary, "__index__($self, /)\n--\n\nReturn self converted to an integer, if self is suitable for use as an index into a list."),
        Bin("__matmul__", SlotId.NbMatrixMultiply, "@"), RBin("__rmatmul__", SlotId.NbMatrixMultiply, "@"),
        IBin("__imatmul__", SlotId.NbInplaceMatrixMultiply, "@="),
        new("__len__", SlotId.MpLength, SlotWrappers.Len, "__len__($self, /)\n--\n\nReturn len(self)."),
        new("__getitem__", SlotId.MpSubscript, SlotWrappers.BinaryL, "__getitem__($self, key, /)\n--\n\nReturn self[key]."),
        new("__setitem__", SlotId.MpAssSubscript, SlotWrappers.ObjObjArg, "__setitem__($self, key, value, /)\n--\n\nSet self[key] to value."),
        new("__delitem__", SlotId.MpAssSubscript, SlotWrappers.DelItem, "__delitem__($self, key, /)\n--\n\nDelete self[key]."),
        new("__len__", SlotId.SqLength, SlotWrappers.Len, "__len__($self, /)\n--\n\nReturn len(self)."),
        new("__add__", SlotId.SqConcat, SlotWrappers.Binary, "__add__($self, value, /)\n--\n\nReturn self+value."),
        new("__mul__", SlotId.SqRepeat, SlotWrappers.IndexArg, "__mul__($self, value, /)\n--\n\nReturn self*value."),
        new("__rmul__", SlotId.SqRepeat, SlotWrappers.IndexArg, "__rmul__($self, value, /)\n--\n\nReturn value*self."),
        new("__getitem__", SlotId.SqItem, SlotWrappers.SqItem, "__getitem__($self, key, /)\n--\n\nReturn self[key]."),
        new("__setitem__", SlotId.SqAssItem, SlotWrappers.SqSetItem, "__setitem__($self, key, value, /)\n--\n\nSet self[key] to value."),
        new("__delitem__", SlotId.SqAssItem, SlotWrappers.SqDelItem, "__delitem__($self, key, /)\n--\n\nDelete self[key]."),
        new("__contains__", SlotId.SqContains, SlotWrappers.ObjObj, "__contains__($self, key, /)\n--\n\nReturn bool(key in self)."),
        new("__iadd__", SlotId.SqInplaceConcat, SlotWrappers.Binary, "__iadd__($self, value, /)\n--\n\nImplement self+=value."),
        new("__imul__", SlotId.SqInplaceRepeat, SlotWrappers.IndexArg, "__imul__($self, value, /)\n--\n\nImplement self*=value."),
    ];
    #endregion

    private static SlotDef Bin(string name, SlotId slot, string op) =>
        new(name, slot, SlotWrappers.BinaryL, $"{name}($self, value, /)\n--\n\nReturn self{op}value.");

    private static SlotDef RBin(string name, SlotId slot, string op) =>
        new(name, slot, SlotWrappers.BinaryR, $"{name}($self, value, /)\n--\n\nReturn value{op}self.");

    private static SlotDef IBin(string name, SlotId slot, string op) =>
        new(name, slot, SlotWrappers.BinaryL, $"{name}($self, value, /)\n--\n\nReturn self{op}value.");

    private static SlotDef Un(string name, SlotId slot, string what) =>
        new(name, slot, SlotWrappers.Unary, $"{name}($self, /)\n--\n\n{what}");

    #region add-operators
    /// <summary>Puts a slot wrapper in a static type's dict for every slot it sets itself — not one it shares
    /// with its base — unless the dict already has the name (C: <c>add_operators</c>).</summary>
    public static void AddOperators(PyTypeObject type)
    {
        PyDictObject dict = type.TpDict!;
        foreach (SlotDef def in Table)
        {
            if (def.Wrapper is null)
            {
                continue;
            }
            Delegate? slot = GetSlot(type, def.Slot);
            if (slot is null || (type.TpBase is { } b && Equals(GetSlot(b, def.Slot), slot)))
            {
                continue;
            }
            if (dict.GetItemStrBorrowed(def.NameObj) is not null)
            {
                continue;
            }
            if (def.Slot == SlotId.TpHash && Equals(slot, (HashFunc)PyObject.HashNotImplemented))
            {
                dict.SetItem(def.NameObj, Py.None);
            }
            else
            {
                dict.SetItem(def.NameObj, new PyWrapperDescrObject(type, def, slot));
            }
        }
    }
    #endregion
}
