// OBJ-BYTES-1: printf-style `%` formatting of bytes and bytearray (PEP 461, CPython's
// _PyBytes_FormatEx): %s takes a buffer or __bytes__, %r and %a give the ASCII repr, %c an int or a
// one-byte bytes, and the numeric conversions are str's.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.TextObjects;

// python-prelude: class WithBytes:
// python-prelude:     def __bytes__(self): return b'dunder'
// python-prelude: class BadBytes:
// python-prelude:     def __bytes__(self): return 'text'
[TestFixture]
public sealed class BytesPercentFormatTests : TextTest
{
    protected override void BindNames(MiniPython py)
    {
        py.Bind("WithBytes", Class("WithBytes", [], ("__bytes__", CsMethod("__bytes__", static (_, _) =>
            PyBytesObject.FromSpan("dunder"u8)))));
        py.Bind("BadBytes", Class("BadBytes", [], ("__bytes__", CsMethod("__bytes__", static (_, _) =>
            PyUnicodeObject.FromString("text")))));
    }

    private static readonly PyCase[] Corpus =
    [
        C("""b'%d' % 1""", """b'1'"""),
        C("""b'%s' % b'abc'""", """b'abc'"""),
        C("""b'%s' % bytearray(b'abc')""", """b'abc'"""),
        C("""b'%s' % memoryview(b'abc')""", """b'abc'"""),
        C("""b'%s' % WithBytes()""", """b'dunder'"""),
        C("""b'%s' % BadBytes()""", """TypeError: __bytes__ returned non-bytes (type str)"""),
        C("""b'%s' % 'abc'""", """TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'"""),
        C("""b'%s' % 1""", """TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'int'"""),
        C("""b'%b' % b'x'""", """b'x'"""),
        C("""b'%5s|%-5s|' % (b'ab', b'cd')""", """b'   ab|cd   |'"""),
        C("""b'%.1s' % b'abc'""", """b'a'"""),
        C("""b'%r' % 'caf\xe9'""", "b\"'caf\\\\xe9'\""),
        C("""b'%a' % 'caf\xe9'""", "b\"'caf\\\\xe9'\""),
        C("""b'%r' % b'\xff'""", "b\"b'\\\\xff'\""),
        C("""b'%a' % [1, '\u20ac']""", "b\"[1, '\\\\u20ac']\""),
        C("""b'%5a|' % 1""", """b'    1|'"""),
        C("""b'%c' % 65""", """b'A'"""),
        C("""b'%c' % b'A'""", """b'A'"""),
        C("""b'%c' % bytearray(b'A')""", """b'A'"""),
        C("""b'%c' % 256""", """OverflowError: %c arg not in range(256)"""),
        C("""b'%c' % -1""", """OverflowError: %c arg not in range(256)"""),
        C("""b'%c' % b'AB'""", """TypeError: %c requires an integer in range(256) or a single byte, not a bytes object of length 2"""),
        C("""b'%c' % 'A'""", """TypeError: %c requires an integer in range(256) or a single byte, not str"""),
        C("""b'%c' % 1.5""", """TypeError: %c requires an integer in range(256) or a single byte, not float"""),
        C("""b'%3c|' % 65""", """b'  A|'"""),
        C("""b'%d %i %u' % (1, -2, 3)""", """b'1 -2 3'"""),
        C("""b'%05d' % -42""", """b'-0042'"""),
        C("""b'%+d' % 42""", """b'+42'"""),
        C("""b'%x %X %o' % (255, 255, 8)""", """b'ff FF 10'"""),
        C("""b'%#x' % 255""", """b'0xff'"""),
        C("""b'%d' % 3.7""", """b'3'"""),
        C("""b'%x' % 3.7""", """TypeError: %x format: an integer is required, not float"""),
        C("""b'%d' % b'1'""", """TypeError: %d format: a real number is required, not bytes"""),
        C("""b'%f' % 1.5""", """b'1.500000'"""),
        C("""b'%.2e' % 12345.678""", """b'1.23e+04'"""),
        C("""b'%g' % 1e20""", """b'1e+20'"""),
        C("""b'%f' % b'1'""", """TypeError: float argument required, not bytes"""),
        C("""b'%*d' % (5, 1)""", """b'    1'"""),
        C("""b'%.*f' % (1, 2.25)""", """b'2.2'"""),
        C("""b'%(a)s %(b)d' % {b'a': b'x', b'b': 2}""", """b'x 2'"""),
        C("""b'%(a)s' % {'a': b'x'}""", """KeyError: b'a'"""),
        C("""b'%(a)s' % (1,)""", """TypeError: format requires a mapping"""),
        C("""b'%%' % ()""", """b'%'"""),
        C("""b'100%%' % ()""", """b'100%'"""),
        C("""b'%s %s' % (b'a',)""", """TypeError: not enough arguments for format string"""),
        C("""b'%s' % (b'a', b'b')""", """TypeError: not all arguments converted during bytes formatting"""),
        C("""b'abc' % 1""", """TypeError: not all arguments converted during bytes formatting"""),
        C("""b'abc' % ()""", """b'abc'"""),
        C("""b'abc' % {}""", """b'abc'"""),
        C("""b'abc' % b'x'""", """TypeError: not all arguments converted during bytes formatting"""),
        C("""b'%y' % 1""", """ValueError: unsupported format character 'y' (0x79) at index 1"""),
        C("""b'%' % 1""", """ValueError: incomplete format"""),
        C("""b'%s' % None""", """TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'NoneType'"""),
        C("""bytearray(b'%s-%d') % (b'a', 1)""", """bytearray(b'a-1')"""),
        C("""type(bytearray(b'%s') % b'a')""", """<class 'bytearray'>"""),
        C("""b = bytearray(b'x%d'); b %= 5; b""", """bytearray(b'x5')"""),
        C("""b'%s' % (bytearray(b'\x00\xff'),)""", """b'\x00\xff'"""),
        C("""bytes.__mod__(b'%d', 5)""", """b'5'"""),
        C("""b'%d'.__rmod__(5)""", """NotImplemented"""),
        C("""5 % b'x'""", """TypeError: unsupported operand type(s) for %: 'int' and 'bytes'"""),
        C("""b'% d|%+d' % (5, 5)""", """b' 5|+5'"""),
        C("""b'%-5d|' % 3""", """b'3    |'"""),
        C("""b'%*d|' % (-5, 1)""", """b'1    |'"""),
        C("""b'%10s|' % b'x'""", """b'         x|'"""),
        C("""b'%-4c|' % 65""", """b'A   |'"""),
        C("""b'%.3s' % b'abcdef'""", """b'abc'"""),
        C("""b'%.2a' % 'xyz'""", "b\"'x\""),
        C("""b'%5.2f|' % 3.14159""", """b' 3.14|'"""),
        C("""b'%#o %#X' % (8, 255)""", """b'0o10 0XFF'"""),
        C("""b'%010.3f' % -1.5""", """b'-00001.500'"""),
        C("""b'%.*f' % (10**30, 1.0)""", """OverflowError: Python int too large to convert to C int"""),
        C("""b'%*d' % (10**30, 1)""", """OverflowError: Python int too large to convert to C ssize_t"""),
        C("""b'%*d' % ('a', 1)""", """TypeError: * wants int"""),
        C("""b'%.*d' % ('x', 1)""", """TypeError: * wants int"""),
        C("""b'%*d' % ()""", """TypeError: not enough arguments for format string"""),
        C("""b'%.*d' % (1,)""", """TypeError: not enough arguments for format string"""),
        C("""b'%ld %hi' % (5, 6)""", """b'5 6'"""),
        C("""b'%(a' % {b'a': 1}""", """ValueError: incomplete format key"""),
        C("""b'%(a)' % {b'a': 1}""", """ValueError: incomplete format"""),
        C("""b'%(a)s %(b)s' % {b'a': 1}""", """TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'int'"""),
        C("""b'%(a)d %(a)x' % {b'a': 255}""", """b'255 ff'"""),
        C("""b'%5' % 1""", """ValueError: incomplete format"""),
        C("""b'%.' % 1""", """ValueError: incomplete format"""),
        C("""b'%99999999999999999999d' % 1""", """ValueError: width too big"""),
        C("""b'%.99999999999d' % 1""", """ValueError: prec too big"""),
        C("""b'%c' % 10**30""", """OverflowError: %c arg not in range(256)"""),
        C("""b'%c' % bytearray(b'ab')""", """TypeError: %c requires an integer in range(256) or a single byte, not a bytearray object of length 2"""),
        C("""b'%c' % True""", """b'\x01'"""),
        C("""b'%s' % memoryview(b'abcdef')[::2]""", """b'ace'"""),
        C("""b'%s' % [1]""", """TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'list'"""),
        C("""b'%a' % b'x'""", "b\"b'x'\""),
        C("""b'%x' % 'a'""", """TypeError: %x format: an integer is required, not str"""),
        C("""b'%d' % 1.5e300""", """b'1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240'"""),
        C("""b'%d' % float('inf')""", """OverflowError: cannot convert float infinity to integer"""),
        C("""b'%f' % 10**400""", """TypeError: float argument required, not int"""),
        C("""b'%d' % 10**5000""", """ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"""),
        C("""b'%\xe9' % 1""", """OverflowError: character argument not in range(0x110000)"""),
        C("""b'%s' % [b'x']""", """TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'list'"""),
        C("""b'%s' % ([b'x'],)""", """TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'list'"""),
        C("""b'abc' % [1]""", """b'abc'"""),
        C("""b'%(0)s' % [b'x']""", """TypeError: list indices must be integers or slices, not bytes"""),
        C64("""b'%99999999999s' % b'x'""", """MemoryError"""),
        C64("""b'%*s' % (2**40, b'x')""", """MemoryError"""),
        C64("""b'%*d' % (2**40, 1)""", """MemoryError"""),
        C64("""b'%*f' % (2**40, 1.0)""", """MemoryError"""),
    ];

    public static IEnumerable<TestCaseData> CorpusCases() => Cases(Corpus);

    [TestCaseSource(nameof(CorpusCases))]
    public void PercentFormattingOfBytesBehavesAsInCPython(PyCase c)
    {
        // spec: OBJ-BYTES-1
        Check(c);
    }
}
