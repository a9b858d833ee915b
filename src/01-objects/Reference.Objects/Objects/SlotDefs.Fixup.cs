// Objects/typeobject.c: fixup_slot_dispatchers and update_slot — pointing a class's slots at its
// dunder methods.
namespace Reference.Objects;

internal static partial class SlotDefs
{
    /// <summary>The generic slot_* function for each slot, made once: identity matters (see SlotFunctions).</summary>
    private static readonly Delegate?[] s_generic = BuildGenerics();

    private static Delegate?[] BuildGenerics()
    {
        var g = new Delegate?[Enum.GetValues<SlotId>().Length];
        g[(int)SlotId.TpRepr] = (ReprFunc)SlotFunctions.SlotTpRepr;
        g[(int)SlotId.TpStr] = (ReprFunc)SlotFunctions.SlotTpStr;
        g[(int)SlotId.TpHash] = (HashFunc)SlotFunctions.SlotTpHash;
        g[(int)SlotId.TpCall] = (CallFunc)SlotFunctions.SlotTpCall;
        g[(int)SlotId.TpGetAttro] = (GetAttroFunc)SlotFunctions.SlotTpGetAttrHook;
        g[(int)SlotId.TpSetAttro] = (SetAttroFunc)SlotFunctions.SlotTpSetAttro;
        g[(int)SlotId.TpRichCompare] = (RichCmpFunc)SlotFunctions.SlotTpRichCompare;
        g[(int)SlotId.TpIter] = (GetIterFunc)SlotFunctions.SlotTpIter;
        g[(int)SlotId.TpIterNext] = (IterNextFunc)SlotFunctions.SlotTpIterNext;
        g[(int)SlotId.TpDescrGet] = (DescrGetFunc)SlotFunctions.SlotTpDescrGet;
        g[(int)SlotId.TpDescrSet] = (DescrSetFunc)SlotFunctions.SlotTpDescrSet;
        g[(int)SlotId.TpInit] = (InitProc)SlotFunctions.SlotTpInit;
        g[(int)SlotId.TpFinalize] = (Destructor)SlotFunctions.SlotTpFinalize;
        g[(int)SlotId.NbPower] = SlotFunctions.Power;
        g[(int)SlotId.NbInplacePower] = (TernaryFunc)SlotFunctions.SlotNbInplacePower;
        g[(int)SlotId.NbBool] = (Inquiry)SlotFunctions.SlotNbBool;
        g[(int)SlotId.MpLength] = (LenFunc)SlotFunctions.SlotSqLength;
        g[(int)SlotId.SqLength] = (LenFunc)SlotFunctions.SlotSqLength;
        g[(int)SlotId.MpSubscript] = SlotFunctions.Method1(PyIds.__getitem__);
        g[(int)SlotId.MpAssSubscript] = (ObjObjArgProc)SlotFunctions.SlotMpAssSubscript;
        g[(int)SlotId.SqItem] = (SsizeArgFunc)SlotFunctions.SlotSqItem;
        g[(int)SlotId.SqAssItem] = (SsizeObjArgProc)SlotFunctions.SlotSqAssItem;
        g[(int)SlotId.SqContains] = (ObjObjProc)SlotFunctions.SlotSqContains;
        foreach (SlotDef def in Table)
        {
            int i = (int)def.Slot;
            if (g[i] is not null || def.Slot is SlotId.SqConcat or SlotId.SqRepeat or SlotId.SqInplaceConcat or SlotId.SqInplaceRepeat)
            {
                continue;
            }
            if (def.Wrapper == SlotWrappers.BinaryL && def.Slot is not (SlotId.NbInplaceAdd or SlotId.NbInplaceSubtract
                or SlotId.NbInplaceMultiply or SlotId.NbInplaceRemainder or SlotId.NbInplaceLshift or SlotId.NbInplaceRshift
                or SlotId.NbInplaceAnd or SlotId.NbInplaceXor or SlotId.NbInplaceOr or SlotId.NbInplaceFloorDivide
                or SlotId.NbInplaceTrueDivide or SlotId.NbInplaceMatrixMultiply))
            {
                SlotDef reflected = Array.Find(Table, r => r.Slot == def.Slot && r.Wrapper == SlotWrappers.BinaryR)!;
                g[i] = SlotFunctions.Binary(def.Slot, def.NameObj, reflected.NameObj);
            }
            else if (def.Wrapper == SlotWrappers.BinaryL)
            {
                g[i] = SlotFunctions.Method1(def.NameObj);
            }
            else if (def.Wrapper == SlotWrappers.Unary)
            {
                g[i] = SlotFunctions.Unary(def.NameObj);
            }
        }
        return g;
    }

    #region fixup
    /// <summary>Points every slot of a new class at its dunder methods (C: <c>fixup_slot_dispatchers</c>).</summary>
    public static void FixupSlotDispatchers(PyTypeObject type)
    {
        foreach (SlotId slot in Enum.GetValues<SlotId>())
        {
            UpdateOneSlot(type, slot);
        }
        UpdateNew(type);
    }

    /// <summary>After <c>C.__name__ = ...</c> for a dunder, updates that slot in C and every subclass
    /// (C: <c>update_slot</c>).</summary>
    public static void UpdateSlot(PyTypeObject type, PyUnicodeObject name)
    {
        foreach (SlotDef def in Table)
        {
            if (def.Name == name.Value)
            {
                UpdateRecursive(type, def.Slot);
            }
        }
        if (name.Value == "__new__")
        {
            UpdateNew(type);
        }
    }
    #endregion

    private static void UpdateRecursive(PyTypeObject type, SlotId slot)
    {
        UpdateOneSlot(type, slot);
        foreach (PyTypeObject sub in Subclasses.LiveOf(type))
        {
            UpdateRecursive(sub, slot);
        }
    }

    #region update-one-slot
    /// <summary>Chooses one slot's function (C: <c>update_one_slot</c>): the C# function itself when every name of
    /// the slot resolves to a slot wrapper of that function, None for __hash__ = None, otherwise the generic
    /// slot_* function that calls the dunder.</summary>
    private static void UpdateOneSlot(PyTypeObject type, SlotId slot)
    {
        Delegate? specific = null;
        bool useGeneric = false, anyFound = false;
        foreach (SlotDef def in Table)
        {
            if (def.Slot != slot)
            {
                continue;
            }
            PyObject? descr = type.Lookup(def.NameObj);
            if (descr is null)
            {
                continue;
            }
            anyFound = true;
            if (descr is PyWrapperDescrObject w && w.Def.Name == def.Name && w.Def.Wrapper == def.Wrapper && type.IsSubtype(w.Owner))
            {
                if (specific is null || Equals(specific, w.Wrapped))
                {
                    specific = w.Wrapped;
                }
                else
                {
                    useGeneric = true;
                }
            }
            else if (descr == Py.None && slot == SlotId.TpHash)
            {
                specific = (HashFunc)PyObject.HashNotImplemented;
            }
            else
            {
                useGeneric = true;
            }
        }
        if (!anyFound)
        {
            // No class in the MRO defines the slot any more (a dunder was deleted): the slot goes empty, as
            // update_one_slot leaves it NULL.
            SetSlot(type, slot, null);
            if (slot == SlotId.TpCall)
            {
                type.TpInstanceVectorcall = null;
            }
            return;
        }
        SetSlot(type, slot, specific is not null && !useGeneric ? specific : s_generic[(int)slot]);
        if (slot == SlotId.TpCall)
        {
            // A Python-level __call__ must be reached through tp_call, not the base's fast path.
            type.TpInstanceVectorcall = useGeneric ? null : type.TpBase?.TpInstanceVectorcall;
        }
    }
    #endregion

    /// <summary>tp_new: a static type's __new__ keeps its C# function, a Python-level __new__ gets slot_tp_new.</summary>
    private static void UpdateNew(PyTypeObject type)
    {
        PyObject? descr = type.Lookup(PyIds.__new__);
        if (descr is PyCFunctionObject { IsTpNewWrapper: true } f && f.SelfBorrowed is PyTypeObject owner)
        {
            type.TpNew = owner.TpNew;
        }
        else if (descr is not null)
        {
            type.TpNew = SlotFunctions.SlotTpNew;
        }
    }
}
