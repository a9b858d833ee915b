// format(float, spec): every presentation type, the flags, padding and both kinds of grouping.
// Expected texts were produced by CPython 3.14.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.NumericText;

[TestFixture]
public sealed class FloatFormatTests
{
    [TestCase(1234.5678, "", "1234.5678")]
    [TestCase(1e+16, "", "1e+16")]
    [TestCase(1.5e-05, "", "1.5e-05")]
    [TestCase(0.0001, "", "0.0001")]
    [TestCase(-0.0, "", "-0.0")]
    [TestCase(100.0, "", "100.0")]
    [TestCase(1.2345678901234568e+17, "", "1.2345678901234568e+17")]
    [TestCase(1234.5678, "e", "1.234568e+03")]
    [TestCase(1234.5678, "E", "1.234568E+03")]
    [TestCase(1234.5678, "f", "1234.567800")]
    [TestCase(1e+300, "F", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000")]
    [TestCase(1234.5678, "g", "1234.57")]
    [TestCase(1.234e-05, "G", "1.234E-05")]
    [TestCase(1234567.0, "n", "1.23457e+06")]
    [TestCase(0.25, "%", "25.000000%")]
    [TestCase(2.5, ".0f", "2")]
    [TestCase(3.5, ".0f", "4")]
    [TestCase(0.125, ".2f", "0.12")]
    [TestCase(0.375, ".2f", "0.38")]
    [TestCase(2.675, ".2f", "2.67")]
    [TestCase(1e+22, ".0e", "1e+22")]
    [TestCase(1e+23, ".16", "9.999999999999999e+22")]
    [TestCase(1e+23, ".17g", "9.9999999999999992e+22")]
    [TestCase(9.5, ".0e", "1e+01")]
    [TestCase(99.995, ".2f", "100.00")]
    [TestCase(1.0, ".1", "1e+00")]
    [TestCase(123.0, ".3", "1.23e+02")]
    [TestCase(100.0, ".3", "1e+02")]
    [TestCase(100.0, ".5", "100.0")]
    [TestCase(1e+16, ".17", "1e+16")]
    [TestCase(1e+16, ".16", "1e+16")]
    [TestCase(0.1, ".25f", "0.1000000000000000055511151")]
    [TestCase(0.1, ".30e", "1.000000000000000055511151231258e-01")]
    [TestCase(5e-324, ".40g", "4.940656458412465441765687928682213723651e-324")]
    [TestCase(1.7976931348623157e+308, ".0f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368")]
    [TestCase(1.0, "#", "1.0")]
    [TestCase(1e+20, "#", "1.e+20")]
    [TestCase(1.0, "#.0f", "1.")]
    [TestCase(1.0, "#.0e", "1.e+00")]
    [TestCase(0.0001, "#g", "0.000100000")]
    [TestCase(1234.5678, "#.3g", "1.23e+03")]
    [TestCase(1.0, "#.0", "1.e+00")]
    [TestCase(2.0, "#%", "200.000000%")]
    [TestCase(1.5, "+", "+1.5")]
    [TestCase(1.5, " ", " 1.5")]
    [TestCase(-1.5, " ", "-1.5")]
    [TestCase(1.5, "-", "1.5")]
    [TestCase(-0.0, "z", "0.0")]
    [TestCase(-0.0, "z.1f", "0.0")]
    [TestCase(-0.0001, "z.2f", "0.00")]
    [TestCase(-0.0001, "z.2e", "-1.00e-04")]
    [TestCase(-0.5, "z.0f", "0")]
    [TestCase(-0.5, "+z.0f", "+0")]
    [TestCase(-0.0, "+", "-0.0")]
    [TestCase(3.14159, "010.2f", "0000003.14")]
    [TestCase(-3.14159, "010.2f", "-000003.14")]
    [TestCase(1.5, "<10", "1.5       ")]
    [TestCase(1.5, "^10", "   1.5    ")]
    [TestCase(1.5, ">10", "       1.5")]
    [TestCase(1.5, "=+10.3f", "+    1.500")]
    [TestCase(-1234.5, "*^15,.2f", "***-1,234.50***")]
    [TestCase(double.PositiveInfinity, "010", "0000000inf")]
    [TestCase(double.NegativeInfinity, "=+10", "-      inf")]
    [TestCase(double.NaN, "+", "+nan")]
    [TestCase(double.NaN, "010,.2f", "0000000nan")]
    [TestCase(double.NaN, "", "nan")]
    [TestCase(double.NaN, "F", "NAN")]
    [TestCase(double.PositiveInfinity, "E", "INF")]
    [TestCase(double.NegativeInfinity, "%", "-inf%")]
    [TestCase(1234567.891, ",", "1,234,567.891")]
    [TestCase(1234567.891, "_", "1_234_567.891")]
    [TestCase(1234567.891, ",.2f", "1,234,567.89")]
    [TestCase(1234567.891, "_.3e", "1.235e+06")]
    [TestCase(1234567.891, "015,.2f", "0,001,234,567.89")]
    [TestCase(1234.5, "0=15_", "0_000_001_234.5")]
    [TestCase(1234.5, "08,", "01,234.5")]
    [TestCase(1234.5, "09,", "001,234.5")]
    [TestCase(1234.5, "011,.1f", "0,001,234.5")]
    [TestCase(1234.5678, ",.4_f", "1,234.567_8")]
    [TestCase(1234.56789123, "_.7,f", "1_234.567,891,2")]
    [TestCase(1234567.5678912, "015,.7_f", "1,234,567.567_891_2")]
    [TestCase(1234.56789123, ".7_e", "1.234_567_9e+03")]
    [TestCase(1234.56789123, "_.7_", "1_234.568")]
    [TestCase(1234.56789123, ".4_%", "123456.789_1%")]
    [TestCase(1234.56789123, ".,f", "1234.567,891")]
    [TestCase(1234.56789123, ".,", "1234.567,891,23")]
    [TestCase(1234.56789123, "024,.10_e", "00,001.234_567_891_2e+03")]
    [TestCase(-1.5, "020.10_f", "-00001.500_000_000_0")]
    [TestCase(1234.56789123, "012_.4,f", "01_234.567,9")]
    [TestCase(1.5e-07, ".12_f", "0.000_000_150_000")]
    [TestCase(1.5e-07, "#.12_g", "1.500_000_000_00e-07")]
    [TestCase(1.5, "\ud83c\udf89>8.1f", "\ud83c\udf89\ud83c\udf89\ud83c\udf89\ud83c\udf89\ud83c\udf891.5")]
    [TestCase(1.5, "\u00e9^9g", "\u00e9\u00e9\u00e91.5\u00e9\u00e9\u00e9")]
    [TestCase(1.5, "0<12", "1.5000000000")]
    [TestCase(1.5, "0^13.2e", "001.50e+00000")]
    [TestCase(12.5, "#012.0f", "00000000012.")]
    [TestCase(1234.5678, ".3n", "1.23e+03")]
    [TestCase(12345678.0, "n", "1.23457e+07")]
    [TestCase(0.5, ".0%", "50%")]
    [TestCase(-0.0, "%", "-0.000000%")]
    [TestCase(0.12345, ".1%", "12.3%")]
    [TestCase(1.0000000000000002, ".800g", "1.0000000000000002220446049250313080847263336181640625")]
    [TestCase(1.0000000000000002, "#.60g", "1.00000000000000022204460492503130808472633361816406250000000")]
    public void FormatGivesCPythonsText(double value, string spec, string expected)
    {
        Assert.That(FormatSpec.TryParse(spec, "float", out FormatSpec parsed, out string? error), Is.True, error);
        string? text = NumberFormat.FormatFloat(value, parsed, "float", out FormatErrorKind kind, out error);
        Assert.That(text, Is.EqualTo(expected), $"{kind}: {error}");
    }

    [TestCase(1.5, "d", "ValueError", "Unknown format code 'd' for object of type 'float'")]
    [TestCase(1.5, "x", "ValueError", "Unknown format code 'x' for object of type 'float'")]
    [TestCase(1.5, "s", "ValueError", "Unknown format code 's' for object of type 'float'")]
    [TestCase(1.5, "r", "ValueError", "Unknown format code 'r' for object of type 'float'")]
    [TestCase(1.5, ".3q", "ValueError", "Unknown format code 'q' for object of type 'float'")]
    [TestCase(1.5, "\u00e9", "ValueError", "Unknown format code '\\xe9' for object of type 'float'")]
    [TestCase(1.5, "\ud83c\udf89", "ValueError", "Unknown format code '\\x1f389' for object of type 'float'")]
    [TestCase(1.5, ",n", "ValueError", "Cannot specify ',' with 'n'.")]
    [TestCase(1.5, ".,n", "ValueError", "Cannot specify ',' with 'n'.")]
    [TestCase(1.5, "._n", "ValueError", "Cannot specify '_' with 'n'.")]
    [TestCase(1.5, ",_", "ValueError", "Cannot specify both ',' and '_'.")]
    [TestCase(1.5, "_,", "ValueError", "Cannot specify both ',' and '_'.")]
    [TestCase(1.5, ",,", "ValueError", "Cannot specify ',' with ','.")]
    [TestCase(1.5, ".,_f", "ValueError", "Cannot specify both ',' and '_'.")]
    [TestCase(1.5, ".", "ValueError", "Format specifier missing precision")]
    [TestCase(1.5, ".f", "ValueError", "Format specifier missing precision")]
    [TestCase(1.5, "abc", "ValueError", "Invalid format specifier 'abc' for object of type 'float'")]
    [TestCase(1.5, "10.2fx", "ValueError", "Invalid format specifier '10.2fx' for object of type 'float'")]
    [TestCase(1.5, "._,", "ValueError", "Cannot specify both ',' and '_'.")]
    [TestCase(1.5, ",\u007f", "ValueError", "Cannot specify ',' with '\u007f'.")]
    [TestCase(1.5, ", ", "ValueError", "Cannot specify ',' with '\\x20'.")]
    [TestCase(1.5, ".,,", "ValueError", "Unknown format code ',' for object of type 'float'")]
    [TestCase(1.5, "._ ", "ValueError", "Unknown format code '\\x20' for object of type 'float'")]
    [TestCase(1.5, "99999999999999999999", "ValueError", "Too many decimal digits in format string")]
    public void BadSpecGivesCPythonsError(double value, string spec, string expectedKind, string expectedMessage)
    {
        FormatErrorKind kind = FormatErrorKind.ValueError;
        string? error;
        string? text = FormatSpec.TryParse(spec, "float", out FormatSpec parsed, out error)
            ? NumberFormat.FormatFloat(value, parsed, "float", out kind, out error)
            : null;
        Assert.That(text, Is.Null);
        Assert.That(kind.ToString(), Is.EqualTo(expectedKind));
        Assert.That(error, Is.EqualTo(expectedMessage));
    }

    [Test]
    public void HugePrecisionIsRefusedAsCPythonDoes()
    {
        // 64-bit CPython: format(1.0, '.2147483648') raises ValueError('precision too big').
        Assert.That(FormatSpec.TryParse(".2147483648", "float", out FormatSpec parsed, out _), Is.True);
        Assert.That(NumberFormat.FormatFloat(1.0, parsed, "float", out FormatErrorKind kind, out string? error), Is.Null);
        Assert.That(kind, Is.EqualTo(FormatErrorKind.ValueError));
        Assert.That(error, Is.EqualTo("precision too big"));
    }

    [Test]
    public void HugePrecisionCostsNothingWhereZerosAreStripped()
    {
        // format(1.5, '.1000000000g') == '1.5'
        Assert.That(FormatSpec.TryParse(".1000000000g", "float", out FormatSpec parsed, out _), Is.True);
        Assert.That(NumberFormat.FormatFloat(1.5, parsed, "float", out _, out _), Is.EqualTo("1.5"));
    }

    [Test]
    public void SubclassNameAppearsInUnknownCodeErrors()
    {
        Assert.That(FormatSpec.TryParse("d", "MyFloat", out FormatSpec parsed, out _), Is.True);
        Assert.That(NumberFormat.FormatFloat(1.0, parsed, "MyFloat", out _, out string? error), Is.Null);
        Assert.That(error, Is.EqualTo("Unknown format code 'd' for object of type 'MyFloat'"));
    }
}
