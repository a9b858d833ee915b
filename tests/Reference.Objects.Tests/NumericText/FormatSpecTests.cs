// Parsing the format-spec mini-language. The behaviour each test pins down was observed in
// CPython 3.14 (the comments give the format() call and its result).
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.NumericText;

[TestFixture]
public sealed class FormatSpecTests
{
    [Test]
    public void EveryFieldIsRead()
    {
        Assert.That(FormatSpec.TryParse("*^+z#015,.3_e", "float", out FormatSpec spec, out string? error), Is.True, error);
        Assert.That(spec, Is.EqualTo(new FormatSpec
        {
            Fill = '*', Align = '^', Sign = '+', NoNegativeZero = true, Alternate = true, Width = 15,
            ThousandsSeparator = ',', GroupSize = 3, Precision = 3, FractionSeparator = '_', Type = 'e',
        }));
    }

    [Test]
    public void EmptySpecKeepsTheDefaults()
    {
        Assert.That(FormatSpec.TryParseForInt("", "int", out FormatSpec spec, out _), Is.True);
        Assert.That(spec, Is.EqualTo(FormatSpec.Default('d', '>')));
        Assert.That(spec.Width, Is.EqualTo(-1));
        Assert.That(spec.Precision, Is.EqualTo(-1));
    }

    [Test]
    public void LeadingZeroMeansSignAwarePaddingForNumbersOnly()
    {
        // format(-1, '05') == '-0001' but format('a', '05') == 'a0000'.
        Assert.That(FormatSpec.TryParseForInt("05", "int", out FormatSpec number, out _), Is.True);
        Assert.That((number.Fill, number.Align), Is.EqualTo(('0', '=')));
        Assert.That(FormatSpec.TryParseForString("05", "str", out FormatSpec text, out _), Is.True);
        Assert.That((text.Fill, text.Align), Is.EqualTo(('0', '<')));
        // An explicit alignment wins: format(5, '<05') == '50000'.
        Assert.That(FormatSpec.TryParseForInt("<05", "int", out FormatSpec left, out _), Is.True);
        Assert.That((left.Fill, left.Align), Is.EqualTo(('0', '<')));
    }

    [Test]
    public void AstralFillIsOneCodePoint()
    {
        // format('a', '🎉<3') == 'a🎉🎉'
        Assert.That(FormatSpec.TryParseForString("\U0001F389<3", "str", out FormatSpec spec, out _), Is.True);
        Assert.That(spec.Fill, Is.EqualTo(0x1F389));
        Assert.That(spec.Width, Is.EqualTo(3));
    }

    [Test]
    public void WidthAndPrecisionMayUseAnyScriptsDigits()
    {
        // format(1, '١٠') == '         1' and format(1.25, '.١f') == '1.2'
        Assert.That(FormatSpec.TryParseForInt("\u0661\u0660", "int", out FormatSpec width, out _), Is.True);
        Assert.That(width.Width, Is.EqualTo(10));
        Assert.That(FormatSpec.TryParse(".\u0661f", "float", out FormatSpec precision, out _), Is.True);
        Assert.That(precision.Precision, Is.EqualTo(1));
    }

    [Test]
    public void UnderscoreGroupsHexDigitsInFours()
    {
        // format(1234567, '_x') == '12_d687' but format(1234567, '_d') == '1_234_567'
        Assert.That(FormatSpec.TryParseForInt("_x", "int", out FormatSpec hex, out _), Is.True);
        Assert.That(hex.GroupSize, Is.EqualTo(4));
        Assert.That(FormatSpec.TryParseForInt("_d", "int", out FormatSpec dec, out _), Is.True);
        Assert.That(dec.GroupSize, Is.EqualTo(3));
    }

    [Test]
    public void ExplicitNulTypeIsNoType()
    {
        // format(1.5, ',\x00') == '1.5': a NUL type character reads as "no type".
        Assert.That(FormatSpec.TryParse(",\0", "float", out FormatSpec spec, out _), Is.True);
        Assert.That(spec.Type, Is.Zero);
    }

    [TestCase("\U0001F389\U0001F389", "int", "Invalid format specifier '\U0001F389\U0001F389' for object of type 'int'")]
    [TestCase("00=5", "int", "Invalid format specifier '00=5' for object of type 'int'")]
    [TestCase("10.2fx", "MyInt", "Invalid format specifier '10.2fx' for object of type 'MyInt'")]
    [TestCase("9223372036854775808", "int", "Too many decimal digits in format string")]
    [TestCase(".9223372036854775808", "int", "Too many decimal digits in format string")]
    [TestCase(".", "int", "Format specifier missing precision")]
    [TestCase(",_", "int", "Cannot specify both ',' and '_'.")]
    [TestCase(",,", "int", "Cannot specify ',' with ','.")]
    [TestCase(",x", "int", "Cannot specify ',' with 'x'.")]
    [TestCase(", ", "int", "Cannot specify ',' with '\\x20'.")]
    [TestCase(",\u00e9", "int", "Cannot specify ',' with '\\xe9'.")]
    public void MalformedSpecGivesCPythonsMessage(string text, string typeName, string expected)
    {
        Assert.That(FormatSpec.TryParseForInt(text, typeName, out _, out string? error), Is.False);
        Assert.That(error, Is.EqualTo(expected));
    }

    [Test]
    public void LargestPyssizetWidthIsAccepted()
    {
        // On 64-bit CPython the width may reach 2**63 - 1 before "Too many decimal digits".
        Assert.That(FormatSpec.TryParseForInt("9223372036854775807", "int", out FormatSpec spec, out _), Is.True);
        Assert.That(spec.Width, Is.EqualTo(long.MaxValue));
    }

    [Test]
    public void WidthBeyondAnyStringIsAMemoryError()
    {
        // 64-bit CPython: format(1.0, '99999999999999') raises MemoryError.
        Assert.That(FormatSpec.TryParse("99999999999999", "float", out FormatSpec spec, out _), Is.True);
        Assert.That(NumberFormat.FormatFloat(1.0, spec, "float", out FormatErrorKind kind, out _), Is.Null);
        Assert.That(kind, Is.EqualTo(FormatErrorKind.MemoryError));
    }
}
