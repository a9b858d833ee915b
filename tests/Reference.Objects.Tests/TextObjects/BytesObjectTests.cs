// OBJ-BYTES-1: bytes and bytearray as objects — construction from an int, an iterable of ints, a
// str with an encoding, a buffer or __bytes__ (and every error of those), repr, hash, indexing,
// slicing, concatenation, repetition, `in`, comparison and iteration.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.TextObjects;

// python-prelude: class WithBytes:
// python-prelude:     def __bytes__(self): return b'from dunder'
// python-prelude: class BadBytes:
// python-prelude:     def __bytes__(self): return 'text'
// python-prelude: class B(bytes): pass
// python-prelude: class BA(bytearray): pass
// python-prelude: class Idx:
// python-prelude:     def __index__(self): return 3
// python-prelude: class BadIndex:
// python-prelude:     def __index__(self): return 'x'
[TestFixture]
public sealed class BytesObjectTests : TextTest
{
    protected override void BindNames(MiniPython py)
    {
        py.Bind("WithBytes", Class("WithBytes", [], ("__bytes__", CsMethod("__bytes__", static (_, _) =>
            PyBytesObject.FromSpan("from dunder"u8)))));
        py.Bind("BadBytes", Class("BadBytes", [], ("__bytes__", CsMethod("__bytes__", static (_, _) =>
            PyUnicodeObject.FromString("text")))));
        py.Bind("B", Class("B", [PyBytesObject.Type]));
        py.Bind("BA", Class("BA", [PyByteArrayObject.Type]));
        py.Bind("Idx", Class("Idx", [], ("__index__", CsMethod("__index__", static (_, _) => PyLongObject.FromLong(3)))));
        py.Bind("BadIndex", Class("BadIndex", [], ("__index__", CsMethod("__index__", static (_, _) => PyUnicodeObject.FromString("x")))));
    }

    private static readonly PyCase[] Construction =
    [
        C("""bytes()""", """b''"""),
        C("""bytes(3)""", """b'\x00\x00\x00'"""),
        C("""bytes(0)""", """b''"""),
        C("""bytes(-1)""", """ValueError: negative count"""),
        C("""bytes(Idx())""", """b'\x00\x00\x00'"""),
        C("""bytes(BadIndex())""", """TypeError: cannot convert 'BadIndex' object to bytes"""),
        C("""bytearray(BadIndex())""", """TypeError: cannot convert 'BadIndex' object to bytearray"""),
        C64("""bytes(2**62)""", """MemoryError"""),
        C("""bytes(True)""", """b'\x00'"""),
        C("""bytes(10**30)""", """OverflowError: cannot fit 'int' into an index-sized integer"""),
        C("""bytes([1, 2, 255])""", """b'\x01\x02\xff'"""),
        C("""bytes((65, 66))""", """b'AB'"""),
        C("""bytes(iter([104, 105]))""", """b'hi'"""),
        C("""bytes([256])""", """ValueError: bytes must be in range(0, 256)"""),
        C("""bytes([-1])""", """ValueError: bytes must be in range(0, 256)"""),
        C("""bytes(['a'])""", """TypeError: 'str' object cannot be interpreted as an integer"""),
        C("""bytes([1.0])""", """TypeError: 'float' object cannot be interpreted as an integer"""),
        C("""bytes([Idx()])""", """b'\x03'"""),
        C("""bytes([10**30])""", """ValueError: bytes must be in range(0, 256)"""),
        C("""bytes({1: 2})""", """b'\x01'"""),
        C("""bytes('abc')""", """TypeError: string argument without an encoding"""),
        C("""bytes('abc', 'ascii')""", """b'abc'"""),
        C("""bytes('caf\xe9', 'utf-8')""", """b'caf\xc3\xa9'"""),
        C("""bytes('caf\xe9', 'ascii')""", """UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 3: ordinal not in range(128)"""),
        C("""bytes('caf\xe9', 'ascii', 'replace')""", """b'caf?'"""),
        C("""bytes('caf\xe9', encoding='latin-1')""", """b'caf\xe9'"""),
        C("""bytes(source='x', encoding='ascii')""", """b'x'"""),
        C("""bytes('x', errors='strict')""", """TypeError: string argument without an encoding"""),
        C("""bytes(b'x', 'ascii')""", """TypeError: encoding without a string argument"""),
        C("""bytes(1, 'ascii')""", """TypeError: encoding without a string argument"""),
        C("""bytes(b'x', errors='strict')""", """TypeError: errors without a string argument"""),
        C("""bytes(encoding='ascii')""", """TypeError: encoding without a string argument"""),
        C("""bytes(errors='strict')""", """TypeError: errors without a string argument"""),
        C("""bytes('x', 1)""", """TypeError: bytes() argument 'encoding' must be str, not int"""),
        C("""bytes('x', 'nope')""", """LookupError: unknown encoding: nope"""),
        C("""bytes(b'abc')""", """b'abc'"""),
        C("""b = b'abc'; bytes(b) is b""", """True"""),
        C("""bytes(bytearray(b'abc'))""", """b'abc'"""),
        C("""bytes(memoryview(b'abc'))""", """b'abc'"""),
        C("""bytes(memoryview(b'abcdef')[::2])""", """b'ace'"""),
        C("""bytes(WithBytes())""", """b'from dunder'"""),
        C("""bytes(BadBytes())""", """TypeError: __bytes__ returned non-bytes (type str)"""),
        C("""bytes(1.5)""", """TypeError: cannot convert 'float' object to bytes"""),
        C("""bytes(None)""", """TypeError: cannot convert 'NoneType' object to bytes"""),
        C("""bytes(object())""", """TypeError: cannot convert 'object' object to bytes"""),
        C("""bytes(1, 2, 3, 4)""", """TypeError: bytes() takes at most 3 arguments (4 given)"""),
        C("""bytes(x=1)""", """TypeError: bytes() got an unexpected keyword argument 'x'"""),
        C("""bytearray()""", """bytearray(b'')"""),
        C("""bytearray(3)""", """bytearray(b'\x00\x00\x00')"""),
        C("""bytearray(-1)""", """ValueError: negative count"""),
        C("""bytearray([1, 2])""", """bytearray(b'\x01\x02')"""),
        C("""bytearray([256])""", """ValueError: byte must be in range(0, 256)"""),
        C("""bytearray('abc')""", """TypeError: string argument without an encoding"""),
        C("""bytearray('abc', 'ascii')""", """bytearray(b'abc')"""),
        C("""bytearray('caf\xe9', 'ascii')""", """UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 3: ordinal not in range(128)"""),
        C("""bytearray(b'x', 'ascii')""", """TypeError: encoding without a string argument"""),
        C("""bytearray(b'abc')""", """bytearray(b'abc')"""),
        C("""bytearray(memoryview(b'abc'))""", """bytearray(b'abc')"""),
        C("""bytearray(1.5)""", """TypeError: cannot convert 'float' object to bytearray"""),
        C("""bytearray(None)""", """TypeError: cannot convert 'NoneType' object to bytearray"""),
        C("""bytearray(WithBytes())""", """TypeError: cannot convert 'WithBytes' object to bytearray"""),
        C("""bytearray(1, 2, 3, 4)""", """TypeError: bytearray() takes at most 3 arguments (4 given)"""),
        C("""B(b'abc')""", """b'abc'"""),
        C("""type(B(b'abc'))""", """<class 'B'>"""),
        C("""type(B(2))""", """<class 'B'>"""),
        C("""B(b'abc') == b'abc'""", """True"""),
        C("""hash(B(b'abc')) == hash(b'abc')""", """True"""),
        C("""type(B(b'abc')[:])""", """<class 'bytes'>"""),
        C("""type(bytes(B(b'abc')))""", """<class 'bytes'>"""),
        C("""BA(b'abc')""", """BA(b'abc')"""),
        C("""type(BA(b'abc'))""", """<class 'BA'>"""),
        C("""type(BA(b'abc')[:])""", """<class 'bytearray'>"""),
        C("""type(BA(b'abc').copy())""", """<class 'bytearray'>"""),
    ];

    private static readonly PyCase[] Reprs =
    [
        C("""b'abc'""", """b'abc'"""),
        C("""b''""", """b''"""),
        C("""b'it\'s'""", "b\"it's\""),
        C("""b'say "hi"'""", """b'say "hi"'"""),
        C("""b'it\'s "both"'""", """b'it\'s "both"'"""),
        C("""b'\x00\x07\t\n\r\x0b\x0c\x1b\x7f\x80\xff\\'""", """b'\x00\x07\t\n\r\x0b\x0c\x1b\x7f\x80\xff\\'"""),
        C("""str(b'a\nb')""", "\"b'a\\\\nb'\""),
        C("""bytearray(b"it's")""", """bytearray(b"it\'s")"""),
        C("""bytearray(b'\x00\xff')""", """bytearray(b'\x00\xff')"""),
        C("""bytearray()""", """bytearray(b'')"""),
        C("""repr(BA(b'x'))""", "\"BA(b'x')\""),
        C("""repr(B(b'x'))""", "\"b'x'\""),
        C("""b'abc'.__repr__()""", "\"b'abc'\""),
        C("""bytearray(b'abc').__str__()""", "\"bytearray(b'abc')\""),
    ];

    private static readonly PyCase[] Sequence =
    [
        C("""len(b'abc')""", """3"""),
        C("""b'abc'[0]""", """97"""),
        C("""b'abc'[-1]""", """99"""),
        C("""b'abc'[3]""", """IndexError: index out of range"""),
        C("""b'abc'[-4]""", """IndexError: index out of range"""),
        C("""b'abc'['a']""", """TypeError: byte indices must be integers or slices, not str"""),
        C("""b'abc'[1.0]""", """TypeError: byte indices must be integers or slices, not float"""),
        C("""b'abc'[10**30]""", """IndexError: cannot fit 'int' into an index-sized integer"""),
        C("""b'abc'[Idx()]""", """IndexError: index out of range"""),
        C("""b'abcdef'[1:4]""", """b'bcd'"""),
        C("""b'abcdef'[::2]""", """b'ace'"""),
        C("""b'abcdef'[::-1]""", """b'fedcba'"""),
        C("""b'abcdef'[4:1:-2]""", """b'ec'"""),
        C("""b'abcdef'[100:]""", """b''"""),
        C("""b'abcdef'[::0]""", """ValueError: slice step cannot be zero"""),
        C("""b = b'abc'; b[:] is b""", """True"""),
        C("""bytearray(b'abc')[1]""", """98"""),
        C("""bytearray(b'abc')[5]""", """IndexError: bytearray index out of range"""),
        C("""bytearray(b'abc')['x']""", """TypeError: bytearray indices must be integers or slices, not str"""),
        C("""bytearray(b'abcdef')[1::2]""", """bytearray(b'bdf')"""),
        C("""b = bytearray(b'abc'); b[:] is b""", """False"""),
        C("""b'ab' + b'cd'""", """b'abcd'"""),
        C("""b'ab' + bytearray(b'cd')""", """b'abcd'"""),
        C("""b'ab' + memoryview(b'cd')""", """b'abcd'"""),
        C("""bytearray(b'ab') + b'cd'""", """bytearray(b'abcd')"""),
        C("""b'ab' + 'cd'""", """TypeError: can't concat str to bytes"""),
        C("""b'ab' + 1""", """TypeError: can't concat int to bytes"""),
        C("""bytearray(b'ab') + 'cd'""", """TypeError: can't concat str to bytearray"""),
        C("""bytearray(b'ab') + [1]""", """TypeError: can't concat list to bytearray"""),
        C("""'ab' + b'cd'""", """TypeError: can only concatenate str (not "bytes") to str"""),
        C("""b'ab' * 3""", """b'ababab'"""),
        C("""3 * b'ab'""", """b'ababab'"""),
        C("""b'ab' * 0""", """b''"""),
        C("""b'ab' * -1""", """b''"""),
        C("""b'ab' * 1.5""", """TypeError: can't multiply sequence by non-int of type 'float'"""),
        C64("""b'ab' * 2**62""", """OverflowError: repeated bytes are too long"""),
        C64("""b'ab' * 2**40""", """MemoryError"""),
        C64("""bytearray(b'ab') * 2**62""", """MemoryError"""),
        C("""it = iter(b'a'); list(it); list(it)""", """[]"""),
        C("""bytearray(b'ace') == memoryview(b'abcdef')[::2]""", """True"""),
        C("""bytearray(b'ace') != 1""", """True"""),
        C("""bytearray(b'ab') * 2""", """bytearray(b'abab')"""),
        C("""b = b'ab'; b * 1 is b""", """True"""),
        C("""b = bytearray(b'ab'); b * 1 is b""", """False"""),
        C("""98 in b'abc'""", """True"""),
        C("""100 in b'abc'""", """False"""),
        C("""b'bc' in b'abc'""", """True"""),
        C("""b'' in b'abc'""", """True"""),
        C("""bytearray(b'bc') in b'abc'""", """True"""),
        C("""memoryview(b'bc') in b'abc'""", """True"""),
        C("""256 in b'abc'""", """ValueError: byte must be in range(0, 256)"""),
        C("""-1 in b'abc'""", """ValueError: byte must be in range(0, 256)"""),
        C("""'a' in b'abc'""", """TypeError: a bytes-like object is required, not 'str'"""),
        C("""1.5 in b'abc'""", """TypeError: a bytes-like object is required, not 'float'"""),
        C("""Idx() in b'ab\x03'""", """True"""),
        C("""98 in bytearray(b'abc')""", """True"""),
        C("""b'c' in bytearray(b'abc')""", """True"""),
        C("""b'a' < b'b'""", """True"""),
        C("""b'ab' < b'abc'""", """True"""),
        C("""b'\xff' > b'\x00'""", """True"""),
        C("""b'abc' == b'abc'""", """True"""),
        C("""b'abc' != b'abd'""", """True"""),
        C("""b'abc' == bytearray(b'abc')""", """True"""),
        C("""bytearray(b'abc') == b'abc'""", """True"""),
        C("""bytearray(b'abc') == memoryview(b'abc')""", """True"""),
        C("""b'abc' == memoryview(b'abc')""", """True"""),
        C("""b'a' < bytearray(b'b')""", """True"""),
        C("""bytearray(b'a') <= b'a'""", """True"""),
        C("""b'a' == 'a'""", """False"""),
        C("""b'a' < 'a'""", """TypeError: '<' not supported between instances of 'bytes' and 'str'"""),
        C("""bytearray(b'a') < 'a'""", """TypeError: '<' not supported between instances of 'bytearray' and 'str'"""),
        C("""b'a' < 1""", """TypeError: '<' not supported between instances of 'bytes' and 'int'"""),
        C("""list(b'ab\xff')""", """[97, 98, 255]"""),
        C("""list(bytearray(b'ab'))""", """[97, 98]"""),
        C("""type(iter(b''))""", """<class 'bytes_iterator'>"""),
        C("""type(iter(bytearray()))""", """<class 'bytearray_iterator'>"""),
        C("""it = iter(b'abc'); next(it); it.__length_hint__()""", """2"""),
        C("""it = iter(b'a'); next(it); next(it)""", """StopIteration"""),
        C("""hash(b'abc') == hash(b'ab' + b'c')""", """True"""),
        C("""hash(b'') == hash(b'abc'[3:])""", """True"""),
        C("""hash(bytearray(b'abc'))""", """TypeError: unhashable type: 'bytearray'"""),
        C("""{b'abc': 1}[bytes(bytearray(b'abc'))]""", """1"""),
        C("""not b''""", """True"""),
        C("""not bytearray(b'x')""", """False"""),
        C("""b'abc'.__getnewargs__()""", """(b'abc',)"""),
    ];

    public static IEnumerable<TestCaseData> ConstructionCases() => Cases(Construction);

    public static IEnumerable<TestCaseData> ReprCases() => Cases(Reprs);

    public static IEnumerable<TestCaseData> SequenceCases() => Cases(Sequence);

    [TestCaseSource(nameof(ConstructionCases))]
    public void ConstructionAcceptsAndRejectsSourcesAsInCPython(PyCase c)
    {
        // spec: OBJ-BYTES-1
        Check(c);
    }

    [TestCaseSource(nameof(ReprCases))]
    public void ReprQuotesAndEscapesAsInCPython(PyCase c)
    {
        // spec: OBJ-BYTES-1
        Check(c);
    }

    [TestCaseSource(nameof(SequenceCases))]
    public void BytesAreSequencesOfIntsAsInCPython(PyCase c)
    {
        // spec: OBJ-BYTES-1
        Check(c);
    }
}
