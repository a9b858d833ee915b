// Objects/typeobject.c: slotptr() — reading and writing a slot named by its slotdef.
//
// C finds a slot by its byte offset in the type structure; here each SlotId names a field. This file
// is the whole mapping and nothing else.
namespace Reference.Objects;

internal static partial class SlotDefs
{
    /// <summary>The slot's current function, or null (C: <c>slotptr</c> then <c>*ptr</c>).</summary>
    public static Delegate? GetSlot(PyTypeObject t, SlotId id) => id switch
    {
        SlotId.TpRepr => t.TpRepr,
        SlotId.TpHash => t.TpHash,
        SlotId.TpCall => t.TpCall,
        SlotId.TpStr => t.TpStr,
        SlotId.TpGetAttro => t.TpGetAttro,
        SlotId.TpSetAttro => t.TpSetAttro,
        SlotId.TpRichCompare => t.TpRichCompare,
        SlotId.TpIter => t.TpIter,
        SlotId.TpIterNext => t.TpIterNext,
        SlotId.TpDescrGet => t.TpDescrGet,
        SlotId.TpDescrSet => t.TpDescrSet,
        SlotId.TpInit => t.TpInit,
        SlotId.TpFinalize => t.TpFinalize,
        SlotId.NbAdd => t.TpAsNumber?.NbAdd,
        SlotId.NbSubtract => t.TpAsNumber?.NbSubtract,
        SlotId.NbMultiply => t.TpAsNumber?.NbMultiply,
        SlotId.NbRemainder => t.TpAsNumber?.NbRemainder,
        SlotId.NbDivmod => t.TpAsNumber?.NbDivmod,
        SlotId.NbPower => t.TpAsNumber?.NbPower,
        SlotId.NbNegative => t.TpAsNumber?.NbNegative,
        SlotId.NbPositive => t.TpAsNumber?.NbPositive,
        SlotId.NbAbsolute => t.TpAsNumber?.NbAbsolute,
        SlotId.NbBool => t.TpAsNumber?.NbBool,
        SlotId.NbInvert => t.TpAsNumber?.NbInvert,
        SlotId.NbLshift => t.TpAsNumber?.NbLshift,
        SlotId.NbRshift => t.TpAsNumber?.NbRshift,
        SlotId.NbAnd => t.TpAsNumber?.NbAnd,
        SlotId.NbXor => t.TpAsNumber?.NbXor,
        SlotId.NbOr => t.TpAsNumber?.NbOr,
        SlotId.NbInt => t.TpAsNumber?.NbInt,
        SlotId.NbFloat => t.TpAsNumber?.NbFloat,
        SlotId.NbInplaceAdd => t.TpAsNumber?.NbInplaceAdd,
        SlotId.NbInplaceSubtract => t.TpAsNumber?.NbInplaceSubtract,
        SlotId.NbInplaceMultiply => t.TpAsNumber?.NbInplaceMultiply,
        SlotId.NbInplaceRemainder => t.TpAsNumber?.NbInplaceRemainder,
        SlotId.NbInplacePower => t.TpAsNumber?.NbInplacePower,
        SlotId.NbInplaceLshift => t.TpAsNumber?.NbInplaceLshift,
        SlotId.NbInplaceRshift => t.TpAsNumber?.NbInplaceRshift,
        SlotId.NbInplaceAnd => t.TpAsNumber?.NbInplaceAnd,
        SlotId.NbInplaceXor => t.TpAsNumber?.NbInplaceXor,
        SlotId.NbInplaceOr => t.TpAsNumber?.NbInplaceOr,
        SlotId.NbFloorDivide => t.TpAsNumber?.NbFloorDivide,
        SlotId.NbTrueDivide => t.TpAsNumber?.NbTrueDivide,
        SlotId.NbInplaceFloorDivide => t.TpAsNumber?.NbInplaceFloorDivide,
        SlotId.NbInplaceTrueDivide => t.TpAsNumber?.NbInplaceTrueDivide,
        SlotId.NbIndex => t.TpAsNumber?.NbIndex,
        SlotId.NbMatrixMultiply => t.TpAsNumber?.NbMatrixMultiply,
        SlotId.NbInplaceMatrixMultiply => t.TpAsNumber?.NbInplaceMatrixMultiply,
        SlotId.MpLength => t.TpAsMapping?.MpLength,
        SlotId.MpSubscript => t.TpAsMapping?.MpSubscript,
        SlotId.MpAssSubscript => t.TpAsMapping?.MpAssSubscript,
        SlotId.SqLength => t.TpAsSequence?.SqLength,
        SlotId.SqConcat => t.TpAsSequence?.SqConcat,
        SlotId.SqRepeat => t.TpAsSequence?.SqRepeat,
        SlotId.SqItem => t.TpAsSequence?.SqItem,
        SlotId.SqAssItem => t.TpAsSequence?.SqAssItem,
        SlotId.SqContains => t.TpAsSequence?.SqContains,
        SlotId.SqInplaceConcat => t.TpAsSequence?.SqInplaceConcat,
        SlotId.SqInplaceRepeat => t.TpAsSequence?.SqInplaceRepeat,
        _ => null,
    };

    /// <summary>Points a heap type's slot at a function; the slot families already exist.</summary>
    public static void SetSlot(PyTypeObject t, SlotId id, Delegate? f)
    {
        switch (id)
        {
            case SlotId.TpRepr: t.TpRepr = (ReprFunc?)f; break;
            case SlotId.TpHash: t.TpHash = (HashFunc?)f; break;
            case SlotId.TpCall: t.TpCall = (CallFunc?)f; break;
            case SlotId.TpStr: t.TpStr = (ReprFunc?)f; break;
            case SlotId.TpGetAttro: t.TpGetAttro = (GetAttroFunc?)f; break;
            case SlotId.TpSetAttro: t.TpSetAttro = (SetAttroFunc?)f; break;
            case SlotId.TpRichCompare: t.TpRichCompare = (RichCmpFunc?)f; break;
            case SlotId.TpIter: t.TpIter = (GetIterFunc?)f; break;
            case SlotId.TpIterNext: t.TpIterNext = (IterNextFunc?)f; break;
            case SlotId.TpDescrGet: t.TpDescrGet = (DescrGetFunc?)f; break;
            case SlotId.TpDescrSet: t.TpDescrSet = (DescrSetFunc?)f; break;
            case SlotId.TpInit: t.TpInit = (InitProc?)f; break;
            case SlotId.TpFinalize: t.TpFinalize = (Destructor?)f; break;
            case SlotId.NbAdd: t.TpAsNumber!.NbAdd = (BinaryFunc?)f; break;
            case SlotId.NbSubtract: t.TpAsNumber!.NbSubtract = (BinaryFunc?)f; break;
            case SlotId.NbMultiply: t.TpAsNumber!.NbMultiply = (BinaryFunc?)f; break;
            case SlotId.NbRemainder: t.TpAsNumber!.NbRemainder = (BinaryFunc?)f; break;
            case SlotId.NbDivmod: t.TpAsNumber!.NbDivmod = (BinaryFunc?)f; break;
            case SlotId.NbPower: t.TpAsNumber!.NbPower = (TernaryFunc?)f; break;
            case SlotId.NbNegative: t.TpAsNumber!.NbNegative = (UnaryFunc?)f; break;
            case SlotId.NbPositive: t.TpAsNumber!.NbPositive = (UnaryFunc?)f; break;
            case SlotId.NbAbsolute: t.TpAsNumber!.NbAbsolute = (UnaryFunc?)f; break;
            case SlotId.NbBool: t.TpAsNumber!.NbBool = (Inquiry?)f; break;
            case SlotId.NbInvert: t.TpAsNumber!.NbInvert = (UnaryFunc?)f; break;
            case SlotId.NbLshift: t.TpAsNumber!.NbLshift = (BinaryFunc?)f; break;
            case SlotId.NbRshift: t.TpAsNumber!.NbRshift = (BinaryFunc?)f; break;
            case SlotId.NbAnd: t.TpAsNumber!.NbAnd = (BinaryFunc?)f; break;
            case SlotId.NbXor: t.TpAsNumber!.NbXor = (BinaryFunc?)f; break;
            case SlotId.NbOr: t.TpAsNumber!.NbOr = (BinaryFunc?)f; break;
            case SlotId.NbInt: t.TpAsNumber!.NbInt = (UnaryFunc?)f; break;
            case SlotId.NbFloat: t.TpAsNumber!.NbFloat = (UnaryFunc?)f; break;
            case SlotId.NbInplaceAdd: t.TpAsNumber!.NbInplaceAdd = (BinaryFunc?)f; break;
            case SlotId.NbInplaceSubtract: t.TpAsNumber!.NbInplaceSubtract = (BinaryFunc?)f; break;
            case SlotId.NbInplaceMultiply: t.TpAsNumber!.NbInplaceMultiply = (BinaryFunc?)f; break;
            case SlotId.NbInplaceRemainder: t.TpAsNumber!.NbInplaceRemainder = (BinaryFunc?)f; break;
            case SlotId.NbInplacePower: t.TpAsNumber!.NbInplacePower = (TernaryFunc?)f; break;
            case SlotId.NbInplaceLshift: t.TpAsNumber!.NbInplaceLshift = (BinaryFunc?)f; break;
            case SlotId.NbInplaceRshift: t.TpAsNumber!.NbInplaceRshift = (BinaryFunc?)f; break;
            case SlotId.NbInplaceAnd: t.TpAsNumber!.NbInplaceAnd = (BinaryFunc?)f; break;
            case SlotId.NbInplaceXor: t.TpAsNumber!.NbInplaceXor = (BinaryFunc?)f; break;
            case SlotId.NbInplaceOr: t.TpAsNumber!.NbInplaceOr = (BinaryFunc?)f; break;
            case SlotId.NbFloorDivide: t.TpAsNumber!.NbFloorDivide = (BinaryFunc?)f; break;
            case SlotId.NbTrueDivide: t.TpAsNumber!.NbTrueDivide = (BinaryFunc?)f; break;
            case SlotId.NbInplaceFloorDivide: t.TpAsNumber!.NbInplaceFloorDivide = (BinaryFunc?)f; break;
            case SlotId.NbInplaceTrueDivide: t.TpAsNumber!.NbInplaceTrueDivide = (BinaryFunc?)f; break;
            case SlotId.NbIndex: t.TpAsNumber!.NbIndex = (UnaryFunc?)f; break;
            case SlotId.NbMatrixMultiply: t.TpAsNumber!.NbMatrixMultiply = (BinaryFunc?)f; break;
            case SlotId.NbInplaceMatrixMultiply: t.TpAsNumber!.NbInplaceMatrixMultiply = (BinaryFunc?)f; break;
            case SlotId.MpLength: t.TpAsMapping!.MpLength = (LenFunc?)f; break;
            case SlotId.MpSubscript: t.TpAsMapping!.MpSubscript = (BinaryFunc?)f; break;
            case SlotId.MpAssSubscript: t.TpAsMapping!.MpAssSubscript = (ObjObjArgProc?)f; break;
            case SlotId.SqLength: t.TpAsSequence!.SqLength = (LenFunc?)f; break;
            case SlotId.SqConcat: t.TpAsSequence!.SqConcat = (BinaryFunc?)f; break;
            case SlotId.SqRepeat: t.TpAsSequence!.SqRepeat = (SsizeArgFunc?)f; break;
            case SlotId.SqItem: t.TpAsSequence!.SqItem = (SsizeArgFunc?)f; break;
            case SlotId.SqAssItem: t.TpAsSequence!.SqAssItem = (SsizeObjArgProc?)f; break;
            case SlotId.SqContains: t.TpAsSequence!.SqContains = (ObjObjProc?)f; break;
            case SlotId.SqInplaceConcat: t.TpAsSequence!.SqInplaceConcat = (BinaryFunc?)f; break;
            case SlotId.SqInplaceRepeat: t.TpAsSequence!.SqInplaceRepeat = (SsizeArgFunc?)f; break;
        }
    }
}
