// OBJ-STR-3: str.format, str.format_map and format() — field names (automatic, manual, keyword),
// attribute and index lookups, conversions, nested specs, the format-spec mini-language for int,
// float and str, and every error message of the field parser.
using NUnit.Framework;

namespace Reference.Objects.Tests.TextObjects;

[TestFixture]
public sealed class StrFormatMethodTests : TextTest
{
    private static readonly PyCase[] Fields =
    [
        C("""'{} {}'.format(1, 'a')""", """'1 a'"""),
        C("""'{0} {1} {0}'.format('x', 'y')""", """'x y x'"""),
        C("""'{a}-{b}'.format(a=1, b=2)""", """'1-2'"""),
        C("""'{0}-{a}'.format(1, a=2)""", """'1-2'"""),
        C("""'{}'.format()""", """IndexError: Replacement index 0 out of range for positional args tuple"""),
        C("""'{1}'.format('a')""", """IndexError: Replacement index 1 out of range for positional args tuple"""),
        C("""'{a}'.format(b=1)""", """KeyError: 'a'"""),
        C("""'{} {0}'.format(1)""", """ValueError: cannot switch from automatic field numbering to manual field specification"""),
        C("""'{0} {}'.format(1, 2)""", """ValueError: cannot switch from manual field specification to automatic field numbering"""),
        C("""'{{}} {{{0}}}'.format(5)""", """'{} {5}'"""),
        C("""'{'.format()""", """ValueError: Single '{' encountered in format string"""),
        C("""'}'.format()""", """ValueError: Single '}' encountered in format string"""),
        C("""'a}b'.format()""", """ValueError: Single '}' encountered in format string"""),
        C("""'{0'.format(1)""", """ValueError: expected '}' before end of string"""),
        C("""'{0!r'.format(1)""", """ValueError: unmatched '{' in format spec"""),
        C("""'{:'.format(1)""", """ValueError: unmatched '{' in format spec"""),
        C("""'x{!}'.format(1)""", """ValueError: unmatched '{' in format spec"""),
        C("""'{!x}'.format(1)""", """ValueError: Unknown conversion specifier x"""),
        C("""'{!rr}'.format(1)""", """ValueError: expected ':' after conversion specifier"""),
        C("""'{0!r:>5}'.format('a')""", "\"  'a'\""),
        C("""'{!r}'.format('\xe9')""", "\"'\u00E9'\""),
        C("""'{!a}'.format('\xe9')""", "\"'\\\\xe9'\""),
        C("""'{!s}'.format(1.5)""", """'1.5'"""),
        C("""'{0[0]}'.format([7, 8])""", """'7'"""),
        C("""'{0[1]}{0[0]}'.format('ab')""", """'ba'"""),
        C("""'{0[a]}'.format({'a': 1})""", """'1'"""),
        C("""'{0[-1]}'.format({'-1': 'k'})""", """'k'"""),
        C("""'{0[-1]}'.format([1, 2])""", """TypeError: list indices must be integers or slices, not str"""),
        C("""'{0[5]}'.format([1])""", """IndexError: list index out of range"""),
        C("""'{0[x]}'.format([1])""", """TypeError: list indices must be integers or slices, not str"""),
        C("""'{0[}'.format([1])""", """ValueError: expected '}' before end of string"""),
        C("""'{0[]}'.format([1])""", """ValueError: Empty attribute in format string"""),
        C("""'{0[0]x}'.format([1])""", """ValueError: Only '.' or '[' may follow ']' in format field specifier"""),
        C("""'{0.real}'.format(5)""", """'5'"""),
        C("""'{0.imag}'.format(5)""", """'0'"""),
        C("""'{0.nope}'.format(5)""", """AttributeError: 'int' object has no attribute 'nope'"""),
        C("""'{0.}'.format(5)""", """ValueError: Empty attribute in format string"""),
        C("""'{.real}'.format(5)""", """'5'"""),
        C("""'{[0]}'.format('xy')""", """'x'"""),
        C("""'{0[0].real}'.format([5])""", """'5'"""),
        C("""'{a.real}'.format(a=3)""", """'3'"""),
        C("""'{99999999999999999999}'.format(1)""", """ValueError: Too many decimal digits in format string"""),
        C("""'{:{}}'.format('a', 5)""", """'a    '"""),
        C("""'{:{}{}}'.format('a', '>', 5)""", """'    a'"""),
        C("""'{0:{1}}'.format(3.14159, '.2f')""", """'3.14'"""),
        C("""'{:{:{}}}'.format(1, 2, 3)""", """ValueError: Max string recursion exceeded"""),
        C("""'{:{{}}}'.format(1)""", """ValueError: Invalid format specifier '{}' for object of type 'int'"""),
        C("""'{:{w}.{p}f}'.format(3.14159, w=8, p=3)""", """'   3.142'"""),
        C("""'{:}'.format(12)""", """'12'"""),
        C("""'\U0001F600{}\U0001F600'.format('\xe9')""", "'\uD83D\uDE00\u00E9\uD83D\uDE00'"),
        C("""'{\U0001F600}'.format()""", "KeyError: '\uD83D\uDE00'"),
        C("""'{:\U0001F600^5}'.format('a')""", "'\uD83D\uDE00\uD83D\uDE00a\uD83D\uDE00\uD83D\uDE00'"),
        C("""'{0}'.format()""", """IndexError: Replacement index 0 out of range for positional args tuple"""),
        C("""'{a{}'.format(1)""", """ValueError: unexpected '{' in field name"""),
        C("""'{0!'.format(1)""", """ValueError: end of string while looking for conversion specifier"""),
        C("""'{!\U0001F600}'.format(1)""", """ValueError: Unknown conversion specifier \x1f600"""),
        C("""'{!\x07}'.format(1)""", """ValueError: Unknown conversion specifier \x7"""),
        C("""'{0[99999999999999999999]}'.format([1])""", """ValueError: Too many decimal digits in format string"""),
        C("""'{\u0661}'.format('a', 'b')""", """'b'"""),
        C("""'{0:{1:{2}}}'.format(1, 2, 3)""", """ValueError: Max string recursion exceeded"""),
        C("""'{0.__class__}'.format(1)""", "\"<class 'int'>\""),
        C("""'{0[0]}'.format({0: 'int key'})""", """'int key'"""),
    ];

    private static readonly PyCase[] Specs =
    [
        C("""'{:5}'.format('ab')""", """'ab   '"""),
        C("""'{:>5}'.format('ab')""", """'   ab'"""),
        C("""'{:^5}'.format('ab')""", """' ab  '"""),
        C("""'{:*<5}'.format('ab')""", """'ab***'"""),
        C("""'{:.1}'.format('ab')""", """'a'"""),
        C("""'{:5.1s}'.format('ab')""", """'a    '"""),
        C("""'{:=5}'.format('ab')""", """ValueError: '=' alignment not allowed in string format specifier"""),
        C("""'{:+}'.format('ab')""", """ValueError: Sign not allowed in string format specifier"""),
        C("""'{:d}'.format('ab')""", """ValueError: Unknown format code 'd' for object of type 'str'"""),
        C("""'{:,}'.format('ab')""", """ValueError: Cannot specify ',' with 's'."""),
        C("""'{:#}'.format('ab')""", """ValueError: Alternate form (#) not allowed in string format specifier"""),
        C("""'{:05}'.format('ab')""", """'ab000'"""),
        C("""'{:5}'.format(42)""", """'   42'"""),
        C("""'{:<5}'.format(42)""", """'42   '"""),
        C("""'{:05d}'.format(-42)""", """'-0042'"""),
        C("""'{:=+6}'.format(42)""", """'+   42'"""),
        C("""'{: }'.format(42)""", """' 42'"""),
        C("""'{:x} {:X} {:o} {:b}'.format(255, 255, 8, 5)""", """'ff FF 10 101'"""),
        C("""'{:#x} {:#o} {:#b}'.format(255, 8, 5)""", """'0xff 0o10 0b101'"""),
        C("""'{:,}'.format(1234567)""", """'1,234,567'"""),
        C("""'{:_}'.format(1234567)""", """'1_234_567'"""),
        C("""'{:_x}'.format(0xffffff)""", """'ff_ffff'"""),
        C("""'{:c}'.format(97)""", """'a'"""),
        C("""'{:c}'.format(0x1F600)""", "'\uD83D\uDE00'"),
        C("""'{:c}'.format(-1)""", """OverflowError: %c arg not in range(0x110000)"""),
        C("""'{:n}'.format(1234)""", """'1234'"""),
        C("""'{:e}'.format(42)""", """'4.200000e+01'"""),
        C("""'{:%}'.format(42)""", """'4200.000000%'"""),
        C("""'{:.2}'.format(42)""", """ValueError: Precision not allowed in integer format specifier"""),
        C("""'{:s}'.format(42)""", """ValueError: Unknown format code 's' for object of type 'int'"""),
        C("""'{:,x}'.format(42)""", """ValueError: Cannot specify ',' with 'x'."""),
        C("""'{:f}'.format(3.14159)""", """'3.141590'"""),
        C("""'{:.2f}'.format(3.14159)""", """'3.14'"""),
        C("""'{:10.3e}'.format(31415.9)""", """' 3.142e+04'"""),
        C("""'{:g}'.format(1e20)""", """'1e+20'"""),
        C("""'{:G}'.format(1e-20)""", """'1E-20'"""),
        C("""'{:.3g}'.format(3.14159)""", """'3.14'"""),
        C("""'{:%}'.format(0.25)""", """'25.000000%'"""),
        C("""'{:.1%}'.format(0.25)""", """'25.0%'"""),
        C("""'{:+.1f}'.format(2.5)""", """'+2.5'"""),
        C("""'{:,.2f}'.format(1234567.891)""", """'1,234,567.89'"""),
        C("""'{:010.2f}'.format(-3.5)""", """'-000003.50'"""),
        C("""'{}'.format(1e16)""", """'1e+16'"""),
        C("""'{:.0f}'.format(2.5)""", """'2'"""),
        C("""'{:f}'.format(float('inf'))""", """'inf'"""),
        C("""'{:F}'.format(float('nan'))""", """'NAN'"""),
        C("""'{:d}'.format(1.5)""", """ValueError: Unknown format code 'd' for object of type 'float'"""),
        C("""'{:x}'.format(1.5)""", """ValueError: Unknown format code 'x' for object of type 'float'"""),
        C("""'{:z.1f}'.format(-0.01)""", """'0.0'"""),
        C("""'{:5}'.format(True)""", """'    1'"""),
        C("""'{:d}'.format(True)""", """'1'"""),
        C("""'{:5}'.format(None)""", """TypeError: unsupported format string passed to NoneType.__format__"""),
        C("""'{}'.format(None)""", """'None'"""),
        C("""'{:}'.format([1, 2])""", """'[1, 2]'"""),
        C("""'{:>10}'.format([1, 2])""", """TypeError: unsupported format string passed to list.__format__"""),
        C("""'{:<<<}'.format(1)""", """ValueError: Unknown format code '<' for object of type 'int'"""),
        C("""'{:10000000000000000000}'.format(1)""", """ValueError: Too many decimal digits in format string"""),
        C("""'{:.10000000000000000000}'.format(1.5)""", """ValueError: Too many decimal digits in format string"""),
        C("""'{:x<5d}'.format(3)""", """'3xxxx'"""),
    ];

    private static readonly PyCase[] FormatMap =
    [
        C("""'{a} {b}'.format_map({'a': 1, 'b': 2})""", """'1 2'"""),
        C("""'{a[0]}'.format_map({'a': 'xy'})""", """'x'"""),
        C("""'{a}'.format_map({})""", """KeyError: 'a'"""),
        C("""'{}'.format_map({})""", """ValueError: Format string contains positional fields"""),
        C("""'{0}'.format_map({'0': 1})""", """ValueError: Format string contains positional fields"""),
        C("""'{a}'.format_map(1)""", """TypeError: 'int' object is not subscriptable"""),
        C("""'{a}'.format_map()""", """TypeError: str.format_map() takes exactly one argument (0 given)"""),
        C("""'{a}'.format_map({}, {})""", """TypeError: str.format_map() takes exactly one argument (2 given)"""),
        C("""'x'.format_map(1)""", """'x'"""),
        C("""'{a:{b}}'.format_map({'a': 3, 'b': '>4'})""", """'   3'"""),
    ];

    private static readonly PyCase[] FormatBuiltin =
    [
        C("""format('ab', '>5')""", """'   ab'"""),
        C("""format('ab')""", """'ab'"""),
        C("""format(3.5, '08.3f')""", """'0003.500'"""),
        C("""format(255, 'x')""", """'ff'"""),
        C("""format('ab', 5)""", """TypeError: format() argument 2 must be str, not int"""),
        C("""format(1, 'q')""", """ValueError: Unknown format code 'q' for object of type 'int'"""),
        C("""format('ab', 'q')""", """ValueError: Unknown format code 'q' for object of type 'str'"""),
        C("""format(1.5, 'q')""", """ValueError: Unknown format code 'q' for object of type 'float'"""),
        C("""format(object(), 'x')""", """TypeError: unsupported format string passed to object.__format__"""),
        C("""format([1], '')""", """'[1]'"""),
        C("""'ab'.__format__('>4')""", """'  ab'"""),
        C("""'ab'.__format__('')""", """'ab'"""),
        C("""'ab'.__format__(4)""", """TypeError: __format__() argument must be str, not int"""),
        C("""'ab'.__format__()""", """TypeError: str.__format__() takes exactly one argument (0 given)"""),
        C("""format('\U0001F600x', '.1')""", "'\uD83D\uDE00'"),
        C("""format('\U0001F600', '^5')""", "'  \uD83D\uDE00  '"),
    ];

    public static IEnumerable<TestCaseData> FieldCases() => Cases(Fields);

    public static IEnumerable<TestCaseData> SpecCases() => Cases(Specs);

    public static IEnumerable<TestCaseData> FormatMapCases() => Cases(FormatMap);

    public static IEnumerable<TestCaseData> FormatBuiltinCases() => Cases(FormatBuiltin);

    [TestCaseSource(nameof(FieldCases))]
    public void ReplacementFieldsResolveAndFailAsInCPython(PyCase c)
    {
        // spec: OBJ-STR-3
        Check(c);
    }

    [TestCaseSource(nameof(SpecCases))]
    public void FormatSpecsOfIntFloatAndStrBehaveAsInCPython(PyCase c)
    {
        // spec: OBJ-STR-3
        Check(c);
    }

    [TestCaseSource(nameof(FormatMapCases))]
    public void FormatMapLooksNamesUpInTheMappingAsInCPython(PyCase c)
    {
        // spec: OBJ-STR-3
        Check(c);
    }

    [TestCaseSource(nameof(FormatBuiltinCases))]
    public void TheFormatBuiltinCallsDunderFormatAsInCPython(PyCase c)
    {
        // spec: OBJ-STR-3
        Check(c);
    }
}
