// OBJ-STR-4: printf-style `%` formatting of str — every conversion, flags, `*` width and precision,
// mapping keys, and every error, as CPython's PyUnicode_Format.
using NUnit.Framework;

namespace Reference.Objects.Tests.TextObjects;

[TestFixture]
public sealed class StrPercentFormatTests : TextTest
{
    private static readonly PyCase[] Conversions =
    [
        C("""'%s' % 'a'""", """'a'"""),
        C("""'%s' % 1""", """'1'"""),
        C("""'%s' % (1,)""", """'1'"""),
        C("""'%s' % ((1, 2),)""", """'(1, 2)'"""),
        C("""'%s' % [1, 2]""", """'[1, 2]'"""),
        C("""'%s %s' % (1, 'b')""", """'1 b'"""),
        C("""'%r' % 'a'""", "\"'a'\""),
        C("""'%a' % '\xe9'""", "\"'\\\\xe9'\""),
        C("""'%r' % '\xe9'""", "\"'\u00E9'\""),
        C("""'%s' % '\xe9'""", "'\u00E9'"),
        C("""'%s' % b'x'""", "\"b'x'\""),
        C("""'%d' % 42""", """'42'"""),
        C("""'%i' % -42""", """'-42'"""),
        C("""'%u' % 42""", """'42'"""),
        C("""'%d' % 3.99""", """'3'"""),
        C("""'%d' % -3.99""", """'-3'"""),
        C("""'%d' % True""", """'1'"""),
        C("""'%d' % 10**30""", """'1000000000000000000000000000000'"""),
        C("""'%x %X %o' % (255, 255, 8)""", """'ff FF 10'"""),
        C("""'%#x %#X %#o' % (255, 255, 8)""", """'0xff 0XFF 0o10'"""),
        C("""'%x' % -255""", """'-ff'"""),
        C("""'%#x' % -255""", """'-0xff'"""),
        C("""'%x' % 3.0""", """TypeError: %x format: an integer is required, not float"""),
        C("""'%o' % 'a'""", """TypeError: %o format: an integer is required, not str"""),
        C("""'%d' % 'a'""", """TypeError: %d format: a real number is required, not str"""),
        C("""'%d' % None""", """TypeError: %d format: a real number is required, not NoneType"""),
        C("""'%i' % [1]""", """TypeError: %i format: a real number is required, not list"""),
        C("""'%e' % 12345.678""", """'1.234568e+04'"""),
        C("""'%E' % 0.000123""", """'1.230000E-04'"""),
        C("""'%f' % 3.14159""", """'3.141590'"""),
        C("""'%F' % 3.14159""", """'3.141590'"""),
        C("""'%f' % 2""", """'2.000000'"""),
        C("""'%g' % 1e20""", """'1e+20'"""),
        C("""'%G' % 1e-20""", """'1E-20'"""),
        C("""'%g' % 0.0001""", """'0.0001'"""),
        C("""'%#g' % 1.0""", """'1.00000'"""),
        C("""'%.0f' % 2.5""", """'2'"""),
        C("""'%.0e' % 25.0""", """'2e+01'"""),
        C("""'%#.0f' % 2.0""", """'2.'"""),
        C("""'%f' % float('inf')""", """'inf'"""),
        C("""'%f' % float('-inf')""", """'-inf'"""),
        C("""'%F' % float('nan')""", """'NAN'"""),
        C("""'%f' % 'a'""", """TypeError: must be real number, not str"""),
        C("""'%f' % None""", """TypeError: must be real number, not NoneType"""),
        C("""'%e' % [1]""", """TypeError: must be real number, not list"""),
        C("""'%c' % 97""", """'a'"""),
        C("""'%c' % 'z'""", """'z'"""),
        C("""'%c' % 0x1F600""", "'\uD83D\uDE00'"),
        C("""'%c' % '\U0001F600'""", "'\uD83D\uDE00'"),
        C("""'%c' % 0x110000""", """OverflowError: %c arg not in range(0x110000)"""),
        C("""'%c' % -1""", """OverflowError: %c arg not in range(0x110000)"""),
        C("""'%c' % 'ab'""", """TypeError: %c requires an int or a unicode character, not a string of length 2"""),
        C("""'%c' % ''""", """TypeError: %c requires an int or a unicode character, not a string of length 0"""),
        C("""'%c' % 1.5""", """TypeError: %c requires an int or a unicode character, not float"""),
        C("""'%c' % b'a'""", """TypeError: %c requires an int or a unicode character, not bytes"""),
        C("""'%c' % 10**30""", """OverflowError: %c arg not in range(0x110000)"""),
        C("""'%%' % ()""", """'%'"""),
        C("""'100%%' % ()""", """'100%'"""),
        C("""'%5%' % ()""", """TypeError: not enough arguments for format string"""),
        C("""'%z' % 1""", """ValueError: unsupported format character 'z' (0x7a) at index 1"""),
        C("""'%\xe9' % 1""", """ValueError: unsupported format character '?' (0xe9) at index 1"""),
        C("""'abc %y' % 1""", """ValueError: unsupported format character 'y' (0x79) at index 5"""),
        C("""'%' % 1""", """ValueError: incomplete format"""),
        C("""'%5' % 1""", """ValueError: incomplete format"""),
        C("""'%(a' % {'a': 1}""", """ValueError: incomplete format key"""),
    ];

    private static readonly PyCase[] FlagsAndWidths =
    [
        C("""'%5s|' % 'ab'""", """'   ab|'"""),
        C("""'%-5s|' % 'ab'""", """'ab   |'"""),
        C("""'%.1s' % 'ab'""", """'a'"""),
        C("""'%5.1s|' % 'ab'""", """'    a|'"""),
        C("""'%.1s' % '\U0001F600x'""", "'\uD83D\uDE00'"),
        C("""'%3s|' % '\U0001F600'""", "'  \uD83D\uDE00|'"),
        C("""'%05d' % 42""", """'00042'"""),
        C("""'%05d' % -42""", """'-0042'"""),
        C("""'%-05d|' % 42""", """'42   |'"""),
        C("""'%+d %+d' % (1, -1)""", """'+1 -1'"""),
        C("""'% d % d' % (1, -1)""", """' 1 -1'"""),
        C("""'%+ d' % 1""", """'+1'"""),
        C("""'%.3d' % 7""", """'007'"""),
        C("""'%5.3d|' % -7""", """' -007|'"""),
        C("""'%#5x|' % 255""", """' 0xff|'"""),
        C("""'%#05x' % 255""", """'0x0ff'"""),
        C("""'%-#8o|' % 8""", """'0o10    |'"""),
        C("""'%010.3f' % -3.14159""", """'-00003.142'"""),
        C("""'%-10.3f|' % 3.14159""", """'3.142     |'"""),
        C("""'%+.2e' % 12345.678""", """'+1.23e+04'"""),
        C("""'% .3g' % 3.14159""", """' 3.14'"""),
        C("""'%5c|' % 'a'""", """'    a|'"""),
        C("""'%-5c|' % 97""", """'a    |'"""),
        C("""'%*d' % (5, 42)""", """'   42'"""),
        C("""'%-*d|' % (5, 42)""", """'42   |'"""),
        C("""'%*d|' % (-5, 42)""", """'42   |'"""),
        C("""'%.*f' % (2, 3.14159)""", """'3.14'"""),
        C("""'%*.*f' % (8, 2, 3.14159)""", """'    3.14'"""),
        C("""'%.*s' % (1, 'abc')""", """'a'"""),
        C("""'%.*s' % (-1, 'abc')""", """''"""),
        C("""'%*s' % ('5', 'a')""", """TypeError: * wants int"""),
        C("""'%.*s' % (1.5, 'a')""", """TypeError: * wants int"""),
        C("""'%*s' % (5,)""", """TypeError: not enough arguments for format string"""),
        C("""'%*s' % (10**30, 'a')""", """OverflowError: Python int too large to convert to C ssize_t"""),
        C("""'%.*s' % (10**30, 'a')""", """OverflowError: Python int too large to convert to C int"""),
        C("""'%*s' % (True, 'a')""", """'a'"""),
        C64("""'%99999999999s' % 'a'""", """MemoryError"""),
        C64("""'%.99999999999s' % 'a'""", """ValueError: precision too big"""),
        C64("""'%*s' % (2**40, 'a')""", """MemoryError"""),
        C64("""'%.*s' % (2**40, 'a')""", """OverflowError: Python int too large to convert to C int"""),
        C64("""'%9999999999999999999s' % 'a'""", """ValueError: width too big"""),
        C("""'%ld %hd %Lf' % (1, 2, 3.0)""", """'1 2 3.000000'"""),
        C("""'%0*d' % (5, 3)""", """'00003'"""),
        C("""'%(a)*d' % {'a': 5}""", """TypeError: not enough arguments for format string"""),
        C("""'%c' % True""", """'\x01'"""),
        C("""'%*d' % ()""", """TypeError: not enough arguments for format string"""),
        C("""'%d' % float('inf')""", """OverflowError: cannot convert float infinity to integer"""),
        C("""'%d' % float('nan')""", """ValueError: cannot convert float NaN to integer"""),
        C("""'%x' % 1.5""", """TypeError: %x format: an integer is required, not float"""),
        C("""'%d' % 10**5000""", """ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"""),
        C("""'%f' % 10**400""", """OverflowError: int too large to convert to float"""),
        C("""'%s %s' % [1, 2]""", """TypeError: not enough arguments for format string"""),
        C64("""'%*f' % (2**40, 1.0)""", """MemoryError"""),
        C64("""'%*c' % (2**40, 'a')""", """MemoryError"""),
    ];

    private static readonly PyCase[] ArgumentsAndMappings =
    [
        C("""'%s %s' % ('a',)""", """TypeError: not enough arguments for format string"""),
        C("""'%s' % ('a', 'b')""", """TypeError: not all arguments converted during string formatting"""),
        C("""'%s' % ()""", """TypeError: not enough arguments for format string"""),
        C("""'abc' % ()""", """'abc'"""),
        C("""'abc' % 1""", """TypeError: not all arguments converted during string formatting"""),
        C("""'abc' % 'x'""", """TypeError: not all arguments converted during string formatting"""),
        C("""'abc' % []""", """'abc'"""),
        C("""'abc' % {}""", """'abc'"""),
        C("""'abc' % {'a': 1}""", """'abc'"""),
        C("""'abc' % b'x'""", """'abc'"""),
        C("""'%(a)s-%(b)d' % {'a': 'x', 'b': 2}""", """'x-2'"""),
        C("""'%(a)s %(a)r' % {'a': 'x'}""", "\"x 'x'\""),
        C("""'%(a)5s|' % {'a': 'x'}""", """'    x|'"""),
        C("""'%(a)-5d|' % {'a': 1}""", """'1    |'"""),
        C("""'%(a)s' % {}""", """KeyError: 'a'"""),
        C("""'%(a)s' % {'b': 1}""", """KeyError: 'a'"""),
        C("""'%(a)s' % ('x',)""", """TypeError: format requires a mapping"""),
        C("""'%(a)s' % 'x'""", """TypeError: format requires a mapping"""),
        C("""'%(a)s' % 1""", """TypeError: format requires a mapping"""),
        C("""'%(a(b))s' % {'a(b)': 1}""", """'1'"""),
        C("""'%()s' % {'': 1}""", """'1'"""),
        C("""'%(a)s %s' % {'a': 1}""", """TypeError: not enough arguments for format string"""),
        C("""'%s' % {'a': 1}""", "\"{'a': 1}\""),
        C("""'%s %(a)s' % {'a': 1}""", "\"{'a': 1} 1\""),
        C("""'%(a)*d' % {'a': 1}""", """TypeError: not enough arguments for format string"""),
        C("""'%(a)s' % [1]""", """TypeError: list indices must be integers or slices, not str"""),
        C("""'%(0)s' % ['x']""", """TypeError: list indices must be integers or slices, not str"""),
        C("""'%s' % ['x']""", "\"['x']\""),
        C("""'%(\U0001F600)s' % {'\U0001F600': 1}""", """'1'"""),
        C("""'\U0001F600%s\U0001F600' % '\xe9'""", "'\uD83D\uDE00\u00E9\uD83D\uDE00'"),
        C("""'%s' % None""", """'None'"""),
        C("""str.__mod__('%s', 1)""", """'1'"""),
        C("""str.__mod__(1, 1)""", """TypeError: descriptor '__mod__' requires a 'str' object but received a 'int'"""),
        C("""'%s'.__mod__(1)""", """'1'"""),
        C("""'%s'.__rmod__(1)""", """NotImplemented"""),
        C("""1 % 'a'""", """TypeError: unsupported operand type(s) for %: 'int' and 'str'"""),
    ];

    public static IEnumerable<TestCaseData> ConversionCases() => Cases(Conversions);

    public static IEnumerable<TestCaseData> FlagCases() => Cases(FlagsAndWidths);

    public static IEnumerable<TestCaseData> ArgumentCases() => Cases(ArgumentsAndMappings);

    [TestCaseSource(nameof(ConversionCases))]
    public void EveryConversionBehavesAsInCPython(PyCase c)
    {
        // spec: OBJ-STR-4
        Check(c);
    }

    [TestCaseSource(nameof(FlagCases))]
    public void FlagsWidthsAndPrecisionsBehaveAsInCPython(PyCase c)
    {
        // spec: OBJ-STR-4
        Check(c);
    }

    [TestCaseSource(nameof(ArgumentCases))]
    public void ArgumentsAndMappingKeysAreConsumedAsInCPython(PyCase c)
    {
        // spec: OBJ-STR-4
        Check(c);
    }
    [Test]
    public void AnObjectWithOnlyFloatIsNotAnInteger()
    {
        // spec: OBJ-STR-4
        // PyNumber_Long no longer falls back on __float__, so %d refuses it by its "real number" message.
        PyTypeObject f = Class("F", [], ("__float__", CsMethod("__float__", (_, _) => PyFloatObject.FromDouble(1.0))));
        PyObject value = Call(f);
        Assert.That(Raises(PyNumber.Remainder(S("%d"), value)), Is.EqualTo("TypeError: %d format: a real number is required, not F"));
        Assert.That(Raises(PyNumber.Remainder(S("%x"), value)), Is.EqualTo("TypeError: %x format: an integer is required, not F"));
        Assert.That(Raises(PyNumber.Remainder(S("%c"), value)), Is.EqualTo("TypeError: %c requires an int or a unicode character, not F"));
        Assert.That(Raises(PyNumber.Remainder(S("%c"), Int(System.Numerics.BigInteger.Pow(2, 100)))), Is.EqualTo("OverflowError: %c arg not in range(0x110000)"));
    }
}
