// OBJ-INT-3, OBJ-FLOAT-3: format(x, spec) of ints and floats through their __format__ — every
// presentation type, alignment, sign, grouping, zero padding, and the mini-language's errors.
// Expected values: CPython 3.14 (64-bit 3.13 where a precision overflows the 32-bit build's ssize_t).
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Numbers;

[TestFixture]
public sealed class NumberFormatTests : NumberTest
{
    private string Format(string value, string spec) => Outcome(PyObject.Format(Lit(value), S(spec)));

    [TestCase("255", "x", "'ff'")]
    [TestCase("255", "#x", "'0xff'")]
    [TestCase("255", "X", "'FF'")]
    [TestCase("255", "#X", "'0XFF'")]
    [TestCase("255", "o", "'377'")]
    [TestCase("255", "#o", "'0o377'")]
    [TestCase("255", "b", "'11111111'")]
    [TestCase("255", "#b", "'0b11111111'")]
    [TestCase("-255", "#b", "'-0b11111111'")]
    [TestCase("255", "c", "'ÿ'")]
    [TestCase("65", "c", "'A'")]
    [TestCase("-1", "c", "OverflowError: %c arg not in range(0x110000)")]
    [TestCase("0x110000", "c", "OverflowError: %c arg not in range(0x110000)")]
    [TestCase("1234567", ",", "'1,234,567'")]
    [TestCase("1234567", "_", "'1_234_567'")]
    [TestCase("1234567", "_x", "'12_d687'")]
    [TestCase("-1234567", ",d", "'-1,234,567'")]
    [TestCase("1234567", "n", "'1234567'")]
    [TestCase("42", "08d", "'00000042'")]
    [TestCase("-42", "08d", "'-0000042'")]
    [TestCase("42", "+d", "'+42'")]
    [TestCase("42", " d", "' 42'")]
    [TestCase("-42", " d", "'-42'")]
    [TestCase("42", "<8d", "'42      '")]
    [TestCase("42", ">8d", "'      42'")]
    [TestCase("42", "^8d", "'   42   '")]
    [TestCase("42", "*^9d", "'***42****'")]
    [TestCase("-42", "=8d", "'-     42'")]
    [TestCase("42", "=+8d", "'+     42'")]
    [TestCase("42", "_b", "'10_1010'")]
    [TestCase("10**30", ",", "'1,000,000,000,000,000,000,000,000,000,000'")]
    [TestCase("-10**30", "_x", "'-c_9f2c_9cd0_4674_edea_4000_0000'")]
    [TestCase("2**64", "#X", "'0X10000000000000000'")]
    [TestCase("0", "#o", "'0o0'")]
    [TestCase("0", "#b", "'0b0'")]
    [TestCase("12345", "010,", "'00,012,345'")]
    [TestCase("12345", "011_", "'000_012_345'")]
    [TestCase("42", "=08x", "'0000002a'")]
    [TestCase("42", "#08x", "'0x00002a'")]
    [TestCase("-42", "#08x", "'-0x0002a'")]
    [TestCase("42", "", "'42'")]
    [TestCase("42", ".,d", "'42'")]
    public void IntPresentationTypes(string value, string spec, string expected)
    {
        // spec: OBJ-INT-3
        Assert.That(Format(value, spec), Is.EqualTo(expected));
    }

    [TestCase("42", "e", "'4.200000e+01'")]
    [TestCase("42", ".2f", "'42.00'")]
    [TestCase("42", "%", "'4200.000000%'")]
    [TestCase("42", "g", "'42'")]
    [TestCase("10**20", "e", "'1.000000e+20'")]
    [TestCase("42", ".0f", "'42'")]
    [TestCase("2**53 + 1", ".0f", "'9007199254740992'")]
    [TestCase("2**53 + 1", "f", "'9007199254740992.000000'")]
    [TestCase("10**400", "e", "OverflowError: int too large to convert to float")]
    public void IntWithAFloatPresentationTypeFormatsItsFloat(string value, string spec, string expected)
    {
        // spec: OBJ-INT-3
        Assert.That(Format(value, spec), Is.EqualTo(expected));
    }

    [TestCase("s", "ValueError: Unknown format code 's' for object of type 'int'")]
    [TestCase(".2d", "ValueError: Precision not allowed in integer format specifier")]
    [TestCase("z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier")]
    [TestCase("zd", "ValueError: Negative zero coercion (z) not allowed in integer format specifier")]
    [TestCase(",c", "ValueError: Cannot specify ',' with 'c'.")]
    [TestCase("+c", "ValueError: Sign not allowed with integer format specifier 'c'")]
    [TestCase("#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'")]
    [TestCase("x,", "ValueError: Invalid format specifier 'x,' for object of type 'int'")]
    [TestCase(",b", "ValueError: Cannot specify ',' with 'b'.")]
    [TestCase("d,", "ValueError: Invalid format specifier 'd,' for object of type 'int'")]
    [TestCase(",_", "ValueError: Cannot specify both ',' and '_'.")]
    [TestCase("_,", "ValueError: Cannot specify both ',' and '_'.")]
    [TestCase("1000000000000000000000d", "ValueError: Too many decimal digits in format string")]
    public void IntFormatSpecErrors(string spec, string expected)
    {
        // spec: OBJ-INT-3
        Assert.That(Format("42", spec), Is.EqualTo(expected));
    }

    [Test]
    public void IntDunderFormatChecksItsArgument()
    {
        // spec: OBJ-INT-3, OBJ-ERR-1
        Assert.That(CallMethodOutcome(Lit("5"), "__format__", "''"), Is.EqualTo("'5'"));
        Assert.That(CallMethodOutcome(Lit("5"), "__format__", "1"), Is.EqualTo("TypeError: __format__() argument must be str, not int"));
        Assert.That(CallMethodOutcome(Lit("5"), "__format__"), Is.EqualTo("TypeError: int.__format__() takes exactly one argument (0 given)"));
        Assert.That(CallMethodOutcome(True, "__format__", "''"), Is.EqualTo("'True'"));
    }

    [Test]
    public void FormattingAHugeIntRespectsTheDigitLimit()
    {
        // spec: OBJ-INT-3
        Assert.That(Format("10**5000", "d"), Does.StartWith("ValueError: Exceeds the limit (4300 digits) for integer string conversion"));
        Assert.That(Format("10**5000", "x"), Has.Length.EqualTo(4155), "power-of-two bases have no limit");
    }

    [TestCase("1.5", "f", "'1.500000'")]
    [TestCase("1.5", ".0f", "'2'")]
    [TestCase("2.5", ".0f", "'2'")]
    [TestCase("-0.0", "f", "'-0.000000'")]
    [TestCase("-0.0", "zf", "'0.000000'")]
    [TestCase("-0.0001", "z.2f", "'0.00'")]
    [TestCase("1234.5678", ",.2f", "'1,234.57'")]
    [TestCase("1234.5678", "_.1f", "'1_234.6'")]
    [TestCase("1234.5678", ".3e", "'1.235e+03'")]
    [TestCase("1234.5678", ".3E", "'1.235E+03'")]
    [TestCase("1234.5678", "g", "'1234.57'")]
    [TestCase("1234.5678", ".2g", "'1.2e+03'")]
    [TestCase("1.234e-05", "g", "'1.234e-05'")]
    [TestCase("1e16", "g", "'1e+16'")]
    [TestCase("1e16", "", "'1e+16'")]
    [TestCase("1e16", "n", "'1e+16'")]
    [TestCase("1.5", "%", "'150.000000%'")]
    [TestCase("0.125", ".1%", "'12.5%'")]
    [TestCase("1.5", "+.1f", "'+1.5'")]
    [TestCase("1.5", " .1f", "' 1.5'")]
    [TestCase("-1.5", "010.2f", "'-000001.50'")]
    [TestCase("1.5", "^10", "'   1.5    '")]
    [TestCase("1.5", "*<10.1f", "'1.5*******'")]
    [TestCase("1.5", "=+10.2f", "'+     1.50'")]
    [TestCase("inf", "f", "'inf'")]
    [TestCase("-inf", "010f", "'-000000inf'")]
    [TestCase("nan", "F", "'NAN'")]
    [TestCase("nan", "E", "'NAN'")]
    [TestCase("inf", "+g", "'+inf'")]
    [TestCase("1.5", "#.0f", "'2.'")]
    [TestCase("1.0", "#g", "'1.00000'")]
    [TestCase("1.0", ".0e", "'1e+00'")]
    [TestCase("1.0", "#.0e", "'1.e+00'")]
    [TestCase("1.5", "=", "'1.5'")]
    [TestCase("1.0", "", "'1.0'")]
    [TestCase("10.0", "g", "'10'")]
    [TestCase("123456789.0", "", "'123456789.0'")]
    [TestCase("1.1", ".17", "'1.1000000000000001'")]
    [TestCase("1.1", ".17g", "'1.1000000000000001'")]
    [TestCase("1e100", "f", "'10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000'")]
    [TestCase("0.1", ".20f", "'0.10000000000000000555'")]
    [TestCase("5e-324", ".3e", "'4.941e-324'")]
    [TestCase("1234567.891", ",g", "'1.23457e+06'")]
    [TestCase("1234567.891", ",", "'1,234,567.891'")]
    [TestCase("12345.6789", ".,f", "'12345.678,900'")]
    [TestCase("12345.6789", ".2,f", "'12345.68'")]
    [TestCase("12345.6789", "._f", "'12345.678_900'")]
    [TestCase("1.5", "010", "'00000001.5'")]
    [TestCase("-1.5", "010", "'-0000001.5'")]
    [TestCase("1.5", "0<10", "'1.50000000'")]
    public void FloatPresentationTypes(string value, string spec, string expected)
    {
        // spec: OBJ-FLOAT-3
        Assert.That(Format(value, spec), Is.EqualTo(expected));
    }

    [TestCase("d", "ValueError: Unknown format code 'd' for object of type 'float'")]
    [TestCase("x", "ValueError: Unknown format code 'x' for object of type 'float'")]
    [TestCase("c", "ValueError: Unknown format code 'c' for object of type 'float'")]
    [TestCase(",d", "ValueError: Unknown format code 'd' for object of type 'float'")]
    [TestCase("r", "ValueError: Unknown format code 'r' for object of type 'float'")]
    [TestCase(".1000000000000000000f", "ValueError: precision too big")]
    [TestCase(".2147483648f", "ValueError: precision too big")]
    [TestCase(".99999999999999999999f", "ValueError: Too many decimal digits in format string")]
    public void FloatFormatSpecErrors(string spec, string expected)
    {
        // spec: OBJ-FLOAT-3
        Assert.That(Format("1.5", spec), Is.EqualTo(expected));
    }

    [Test]
    public void FloatDunderFormatChecksItsArgument()
    {
        // spec: OBJ-FLOAT-3, OBJ-ERR-1
        Assert.That(CallMethodOutcome(Lit("1.5"), "__format__", "''"), Is.EqualTo("'1.5'"));
        Assert.That(CallMethodOutcome(Lit("1.5"), "__format__", "1"), Is.EqualTo("TypeError: __format__() argument must be str, not int"));
    }

    [TestCase("True", "s", "ValueError: Unknown format code 's' for object of type 'bool'")]
    [TestCase("True", "x,", "ValueError: Invalid format specifier 'x,' for object of type 'bool'")]
    [TestCase("IntSub", "r", "ValueError: Unknown format code 'r' for object of type 'IntSub'")]
    [TestCase("IntSub", "d,", "ValueError: Invalid format specifier 'd,' for object of type 'IntSub'")]
    [TestCase("FloatSub", ".2d", "ValueError: Unknown format code 'd' for object of type 'FloatSub'")]
    [TestCase("FloatSub", "x,", "ValueError: Invalid format specifier 'x,' for object of type 'FloatSub'")]
    public void FormatErrorsNameTheObjectsOwnType(string value, string spec, string expected)
    {
        // spec: OBJ-INT-3, OBJ-FLOAT-3
        PyObject x = value switch
        {
            "IntSub" => New(Class("IntSub", [PyLongObject.Type]), "5"),
            "FloatSub" => New(Class("FloatSub", [PyFloatObject.Type]), "1.5"),
            _ => Lit(value),
        };
        Assert.That(Outcome(PyObject.Format(x, S(spec))), Is.EqualTo(expected));
    }

    [Test]
    public void SubclassesFormatByValue()
    {
        // spec: OBJ-INT-3, OBJ-FLOAT-3
        PyTypeObject intSub = Class("IntSub", [PyLongObject.Type]);
        PyTypeObject floatSub = Class("FloatSub", [PyFloatObject.Type]);
        Assert.That(Outcome(PyObject.Format(New(intSub, "255"), S("#x"))), Is.EqualTo("'0xff'"));
        Assert.That(Outcome(PyObject.Format(New(intSub, "255"), S(""))), Is.EqualTo("'255'"));
        Assert.That(Outcome(PyObject.Format(New(floatSub, "0.5"), S(".1%"))), Is.EqualTo("'50.0%'"));
    }
}
