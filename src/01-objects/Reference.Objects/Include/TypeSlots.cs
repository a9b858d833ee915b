// Include/cpython/object.h: the slot function types and the slot families.
//
// A type's behaviour lives in its *slots*: function pointers that the abstract object layer calls.
// CPython names each pointer type (`binaryfunc`, `reprfunc`, ...); we keep those names as delegate
// types. The conventions are CPython's: a slot returning an object returns a new reference or null
// with an error set; a slot returning an int or a length returns -1 with an error set; an
// iternext slot returns null with *no* error set to say "exhausted"; a binary number slot is called
// with the operands in their original order and returns NotImplemented when it cannot handle them.
namespace Reference.Objects;

#region slot-typedefs
/// <summary>C: <c>unaryfunc</c>.</summary>
public delegate PyObject? UnaryFunc(PyObject self);

/// <summary>C: <c>binaryfunc</c>.</summary>
public delegate PyObject? BinaryFunc(PyObject left, PyObject right);

/// <summary>C: <c>ternaryfunc</c> (pow with its optional modulus, which is None when absent).</summary>
public delegate PyObject? TernaryFunc(PyObject a, PyObject b, PyObject c);

/// <summary>C: <c>ternaryfunc</c> as tp_call: the positional arguments as a tuple, the keywords as a dict or null.</summary>
public delegate PyObject? CallFunc(PyObject callable, PyTupleObject args, PyDictObject? kwargs);

/// <summary>C: <c>inquiry</c>: 1 true, 0 false, -1 error.</summary>
public delegate int Inquiry(PyObject self);

/// <summary>C: <c>lenfunc</c>: a length, or -1 with an error set.</summary>
public delegate long LenFunc(PyObject self);

/// <summary>C: <c>ssizeargfunc</c>: item by index, or repeat by count.</summary>
public delegate PyObject? SsizeArgFunc(PyObject self, long index);

/// <summary>C: <c>ssizeobjargproc</c>: store at an index; a null value deletes.</summary>
public delegate int SsizeObjArgProc(PyObject self, long index, PyObject? value);

/// <summary>C: <c>objobjproc</c>: containment; 1, 0 or -1.</summary>
public delegate int ObjObjProc(PyObject self, PyObject value);

/// <summary>C: <c>objobjargproc</c>: store under a key; a null value deletes.</summary>
public delegate int ObjObjArgProc(PyObject self, PyObject key, PyObject? value);

/// <summary>C: <c>reprfunc</c> (tp_repr, tp_str).</summary>
public delegate PyObject? ReprFunc(PyObject self);

/// <summary>C: <c>hashfunc</c>: the hash, or -1 with an error set (a real hash of -1 becomes -2).</summary>
public delegate long HashFunc(PyObject self);

/// <summary>C: <c>richcmpfunc</c>.</summary>
public delegate PyObject? RichCmpFunc(PyObject left, PyObject right, CompareOp op);
#endregion

/// <summary>C: <c>getiterfunc</c>.</summary>
public delegate PyObject? GetIterFunc(PyObject self);

/// <summary>C: <c>iternextfunc</c>: the next item; null with no error set when exhausted.</summary>
public delegate PyObject? IterNextFunc(PyObject self);

/// <summary>C: <c>descrgetfunc</c>: <c>__get__(obj, type)</c>; obj is null for access through the class.</summary>
public delegate PyObject? DescrGetFunc(PyObject descr, PyObject? obj, PyObject? type);

/// <summary>C: <c>descrsetfunc</c>: <c>__set__</c>, or <c>__delete__</c> when value is null.</summary>
public delegate int DescrSetFunc(PyObject descr, PyObject obj, PyObject? value);

/// <summary>C: <c>getattrofunc</c>.</summary>
public delegate PyObject? GetAttroFunc(PyObject self, PyUnicodeObject name);

/// <summary>C: <c>setattrofunc</c>; a null value deletes.</summary>
public delegate int SetAttroFunc(PyObject self, PyUnicodeObject name, PyObject? value);

/// <summary>C: <c>initproc</c>: 0 or -1.</summary>
public delegate int InitProc(PyObject self, PyTupleObject args, PyDictObject? kwargs);

/// <summary>C: <c>newfunc</c>.</summary>
public delegate PyObject? NewFunc(PyTypeObject subtype, PyTupleObject args, PyDictObject? kwargs);

/// <summary>C: <c>allocfunc</c>: a fresh instance of the type's layout (the C# class) with one reference.</summary>
public delegate PyObject AllocFunc(PyTypeObject subtype);

/// <summary>C: <c>destructor</c> (tp_dealloc, tp_finalize).</summary>
public delegate void Destructor(PyObject self);

/// <summary>C: <c>visitproc</c>: called for each reference an object holds; non-zero stops the traversal.</summary>
public delegate int VisitProc(PyObject referent, object? arg);

/// <summary>C: <c>traverseproc</c>: visit every object this one holds a strong reference to.</summary>
public delegate int TraverseProc(PyObject self, VisitProc visit, object? arg);

/// <summary>C: <c>vectorcallfunc</c>: <paramref name="args"/> holds the positional arguments followed by the
/// values of the keyword arguments named in <paramref name="kwnames"/>. Every reference is borrowed.</summary>
public delegate PyObject? VectorcallFunc(PyObject callable, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames);

/// <summary>C: <c>getbufferproc</c>: fill <paramref name="view"/> or fail with -1.</summary>
public delegate int GetBufferProc(PyObject exporter, PyBuffer view, BufferFlags flags);

/// <summary>C: <c>releasebufferproc</c>.</summary>
public delegate void ReleaseBufferProc(PyObject exporter, PyBuffer view);

/// <summary>The operator of a rich comparison (C: <c>Py_LT</c> ... <c>Py_GE</c>), in CPython's order.</summary>
public enum CompareOp
{
    /// <summary><c>&lt;</c></summary>
    Lt = 0,
    /// <summary><c>&lt;=</c></summary>
    Le = 1,
    /// <summary><c>==</c></summary>
    Eq = 2,
    /// <summary><c>!=</c></summary>
    Ne = 3,
    /// <summary><c>&gt;</c></summary>
    Gt = 4,
    /// <summary><c>&gt;=</c></summary>
    Ge = 5,
}

/// <summary>Comparing two plain values by a <see cref="CompareOp"/>.</summary>
public static class CompareOps
{
    /// <summary>a op b, with the operators' own semantics (a NaN double is unequal to everything).</summary>
    public static bool Apply<T>(T a, T b, CompareOp op) where T : System.Numerics.IComparisonOperators<T, T, bool> => op switch
    {
        CompareOp.Lt => a < b,
        CompareOp.Le => a <= b,
        CompareOp.Eq => a == b,
        CompareOp.Ne => a != b,
        CompareOp.Gt => a > b,
        _ => a >= b,
    };

    /// <summary>True or False for a op b (C: <c>Py_RETURN_RICHCOMPARE</c>).</summary>
    public static PyObject Return<T>(T a, T b, CompareOp op) where T : System.Numerics.IComparisonOperators<T, T, bool> =>
        Py.Bool(Apply(a, b, op));
}

/// <summary>The number slots (C: <c>PyNumberMethods</c>).</summary>
public sealed class PyNumberMethods
{
    public BinaryFunc? NbAdd, NbSubtract, NbMultiply, NbRemainder, NbDivmod;
    public TernaryFunc? NbPower;
    public UnaryFunc? NbNegative, NbPositive, NbAbsolute;
    public Inquiry? NbBool;
    public UnaryFunc? NbInvert;
    public BinaryFunc? NbLshift, NbRshift, NbAnd, NbXor, NbOr;
    public UnaryFunc? NbInt, NbFloat;
    public BinaryFunc? NbInplaceAdd, NbInplaceSubtract, NbInplaceMultiply, NbInplaceRemainder;
    public TernaryFunc? NbInplacePower;
    public BinaryFunc? NbInplaceLshift, NbInplaceRshift, NbInplaceAnd, NbInplaceXor, NbInplaceOr;
    public BinaryFunc? NbFloorDivide, NbTrueDivide, NbInplaceFloorDivide, NbInplaceTrueDivide;
    public UnaryFunc? NbIndex;
    public BinaryFunc? NbMatrixMultiply, NbInplaceMatrixMultiply;

    /// <summary>A copy, for a subtype that inherits and then overrides some slots.</summary>
    public PyNumberMethods Clone() => (PyNumberMethods)MemberwiseClone();
}

/// <summary>The sequence slots (C: <c>PySequenceMethods</c>).</summary>
public sealed class PySequenceMethods
{
    public LenFunc? SqLength;
    public BinaryFunc? SqConcat;
    public SsizeArgFunc? SqRepeat;
    public SsizeArgFunc? SqItem;
    public SsizeObjArgProc? SqAssItem;
    public ObjObjProc? SqContains;
    public BinaryFunc? SqInplaceConcat;
    public SsizeArgFunc? SqInplaceRepeat;

    /// <summary>A copy, for a subtype.</summary>
    public PySequenceMethods Clone() => (PySequenceMethods)MemberwiseClone();
}

/// <summary>The mapping slots (C: <c>PyMappingMethods</c>).</summary>
public sealed class PyMappingMethods
{
    public LenFunc? MpLength;
    public BinaryFunc? MpSubscript;
    public ObjObjArgProc? MpAssSubscript;

    /// <summary>A copy, for a subtype.</summary>
    public PyMappingMethods Clone() => (PyMappingMethods)MemberwiseClone();
}

/// <summary>The buffer slots (C: <c>PyBufferProcs</c>).</summary>
public sealed class PyBufferProcs
{
    public GetBufferProc? BfGetBuffer;
    public ReleaseBufferProc? BfReleaseBuffer;
}

/// <summary>Type flags (C: <c>Py_TPFLAGS_*</c>).</summary>
[Flags]
public enum TypeFlags : ulong
{
    None = 0,
    /// <summary>Instances hold managed <c>__dict__</c>s.</summary>
    ManagedDict = 1UL << 4,
    /// <summary>Instances can be weakly referenced.</summary>
    ManagedWeakref = 1UL << 3,
    /// <summary>Set when the type object is heap-allocated (created by <c>class</c> or <c>type()</c>).</summary>
    HeapType = 1UL << 9,
    /// <summary>The type can be subclassed.</summary>
    BaseType = 1UL << 10,
    /// <summary>Instances are callable through vectorcall.</summary>
    HaveVectorcall = 1UL << 11,
    /// <summary>The type is ready.</summary>
    Ready = 1UL << 12,
    /// <summary>The type is being readied.</summary>
    Readying = 1UL << 13,
    /// <summary>Instances take part in cycle collection.</summary>
    HaveGc = 1UL << 14,
    /// <summary>Behaves like an unbound method descriptor (binds on lookup).</summary>
    MethodDescriptor = 1UL << 17,
    /// <summary>Type attributes cannot be set or deleted.</summary>
    ImmutableType = 1UL << 8,
    /// <summary>Calling the type raises TypeError.</summary>
    DisallowInstantiation = 1UL << 7,
    /// <summary>Matches as a sequence in <c>match</c>.</summary>
    Sequence = 1UL << 5,
    /// <summary>Matches as a mapping in <c>match</c>.</summary>
    Mapping = 1UL << 6,
    /// <summary>The type has abstract methods.</summary>
    IsAbstract = 1UL << 20,
    LongSubclass = 1UL << 24,
    ListSubclass = 1UL << 25,
    TupleSubclass = 1UL << 26,
    BytesSubclass = 1UL << 27,
    UnicodeSubclass = 1UL << 28,
    DictSubclass = 1UL << 29,
    BaseExcSubclass = 1UL << 30,
    TypeSubclass = 1UL << 31,
}

/// <summary>The cycle collector's per-object bits (C: <c>_PyGC_*</c> / <c>ob_gc_bits</c>).</summary>
[Flags]
public enum GcFlags : byte
{
    None = 0,
    /// <summary>The finalizer (<c>tp_finalize</c>) has run; it never runs twice.</summary>
    Finalized = 1 << 1,
    /// <summary>In the generation being collected.</summary>
    Collecting = 1 << 2,
    /// <summary>Found unreachable by the current collection.</summary>
    Unreachable = 1 << 3,
    /// <summary>Found reachable by the current collection.</summary>
    Reachable = 1 << 4,
    /// <summary>A dict that is an instance's own <c>__dict__</c>. CPython 3.13+ keeps those values inline in the
    /// instance ("managed dict"), so a collection counts the instance but not its dict; we count the same.</summary>
    InlineValues = 1 << 5,
}
