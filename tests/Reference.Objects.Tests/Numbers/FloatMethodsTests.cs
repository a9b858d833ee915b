// OBJ-FLOAT-3: float's methods and attributes — is_integer, as_integer_ratio, hex, fromhex,
// __trunc__/__floor__/__ceil__, __round__, real/imag, conjugate, __getnewargs__, __getformat__ —
// and their argument errors. Expected values: CPython 3.14.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Numbers;

[TestFixture]
public sealed class FloatMethodsTests : NumberTest
{
    [TestCase("1.0", "True")]
    [TestCase("1.5", "False")]
    [TestCase("-0.0", "True")]
    [TestCase("inf", "False")]
    [TestCase("nan", "False")]
    [TestCase("1e300", "True")]
    [TestCase("5e-324", "False")]
    public void IsIntegerIsTrueForFiniteIntegralValues(string value, string expected)
    {
        // spec: OBJ-FLOAT-3
        Assert.That(CallMethodOutcome(Lit(value), "is_integer"), Is.EqualTo(expected));
    }

    [TestCase("0.5", "(1, 2)")]
    [TestCase("-0.75", "(-3, 4)")]
    [TestCase("0.1", "(3602879701896397, 36028797018963968)")]
    [TestCase("0.0", "(0, 1)")]
    [TestCase("-0.0", "(0, 1)")]
    [TestCase("3.0", "(3, 1)")]
    [TestCase("1e300", "(1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160, 1)")]
    [TestCase("5e-324", "(1, 202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784)")]
    [TestCase("inf", "OverflowError: cannot convert Infinity to integer ratio")]
    [TestCase("-inf", "OverflowError: cannot convert Infinity to integer ratio")]
    [TestCase("nan", "ValueError: cannot convert NaN to integer ratio")]
    public void AsIntegerRatioIsExactAndInLowestTerms(string value, string expected)
    {
        // spec: OBJ-FLOAT-3
        Assert.That(CallMethodOutcome(Lit(value), "as_integer_ratio"), Is.EqualTo(expected));
    }

    [TestCase("1.0", "'0x1.0000000000000p+0'")]
    [TestCase("-0.1", "'-0x1.999999999999ap-4'")]
    [TestCase("0.0", "'0x0.0p+0'")]
    [TestCase("-0.0", "'-0x0.0p+0'")]
    [TestCase("5e-324", "'0x0.0000000000001p-1022'")]
    [TestCase("1.7976931348623157e+308", "'0x1.fffffffffffffp+1023'")]
    [TestCase("2.5", "'0x1.4000000000000p+1'")]
    [TestCase("inf", "'inf'")]
    [TestCase("-inf", "'-inf'")]
    [TestCase("nan", "'nan'")]
    public void HexShowsTheExactBinaryValue(string value, string expected)
    {
        // spec: OBJ-FLOAT-3
        Assert.That(CallMethodOutcome(Lit(value), "hex"), Is.EqualTo(expected));
    }

    [TestCase("'0x1.8p1'", "3.0")]
    [TestCase("'-0x1p-1074'", "-5e-324")]
    [TestCase("'0x1p-1075'", "0.0")]
    [TestCase("'0x1.0000000000001p-1075'", "5e-324")]
    [TestCase("'0x1.fffffffffffffp1023'", "1.7976931348623157e+308")]
    [TestCase("'  0X1P0  '", "1.0")]
    [TestCase("'1'", "1.0")]
    [TestCase("'ff'", "255.0")]
    [TestCase("'inf'", "inf")]
    [TestCase("'-nan'", "nan")]
    [TestCase("'0x1p1024'", "OverflowError: hexadecimal value too large to represent as a float")]
    [TestCase("'0x1.fffffffffffff8p1023'", "OverflowError: hexadecimal value too large to represent as a float")]
    [TestCase("'0x'", "ValueError: invalid hexadecimal floating-point string")]
    [TestCase("''", "ValueError: invalid hexadecimal floating-point string")]
    [TestCase("'0x1p'", "ValueError: invalid hexadecimal floating-point string")]
    [TestCase("'0x1.8p1 x'", "ValueError: invalid hexadecimal floating-point string")]
    [TestCase("1", "TypeError: bad argument type for built-in operation")]
    [TestCase("b'0x1p0'", "TypeError: bad argument type for built-in operation")]
    public void FromHexReadsHexadecimalText(string text, string expected)
    {
        // spec: OBJ-FLOAT-3
        Assert.That(CallMethodOutcome(PyFloatObject.Type, "fromhex", text), Is.EqualTo(expected));
    }

    [Test]
    public void FromHexTakesExactlyOneArgument()
    {
        // spec: OBJ-FLOAT-3, OBJ-ERR-1
        Assert.That(CallMethodOutcome(PyFloatObject.Type, "fromhex"), Is.EqualTo("TypeError: float.fromhex() takes exactly one argument (0 given)"));
    }

    [TestCase("1.5", "__trunc__", "1")]
    [TestCase("-1.5", "__trunc__", "-1")]
    [TestCase("-1.5", "__floor__", "-2")]
    [TestCase("-1.5", "__ceil__", "-1")]
    [TestCase("1.5", "__floor__", "1")]
    [TestCase("1.5", "__ceil__", "2")]
    [TestCase("1e20", "__floor__", "100000000000000000000")]
    [TestCase("-1e20", "__ceil__", "-100000000000000000000")]
    [TestCase("inf", "__floor__", "OverflowError: cannot convert float infinity to integer")]
    [TestCase("nan", "__ceil__", "ValueError: cannot convert float NaN to integer")]
    [TestCase("-inf", "__trunc__", "OverflowError: cannot convert float infinity to integer")]
    public void TruncFloorAndCeilReturnInts(string value, string method, string expected)
    {
        // spec: OBJ-FLOAT-3
        Assert.That(CallMethodOutcome(Lit(value), method), Is.EqualTo(expected));
    }

    [TestCase("0.5", "0")]
    [TestCase("1.5", "2")]
    [TestCase("2.5", "2")]
    [TestCase("-0.5", "0")]
    [TestCase("-1.5", "-2")]
    [TestCase("1e20", "100000000000000000000")]
    [TestCase("2500000000000000.5", "2500000000000000")]
    [TestCase("4503599627370497.0", "4503599627370497")]
    [TestCase("inf", "OverflowError: cannot convert float infinity to integer")]
    [TestCase("nan", "ValueError: cannot convert float NaN to integer")]
    public void RoundWithoutDigitsRoundsHalfToEvenToAnInt(string value, string expected)
    {
        // spec: OBJ-FLOAT-3
        Assert.That(CallMethodOutcome(Lit(value), "__round__"), Is.EqualTo(expected));
        Assert.That(CallMethodOutcome(Lit(value), "__round__", "None"), Is.EqualTo(expected));
    }

    [TestCase("2.675", "2", "2.67")]
    [TestCase("0.125", "2", "0.12")]
    [TestCase("0.375", "2", "0.38")]
    [TestCase("1.5", "0", "2.0")]
    [TestCase("-1.5", "0", "-2.0")]
    [TestCase("-0.4", "0", "-0.0")]
    [TestCase("123.456", "-1", "120.0")]
    [TestCase("123.456", "-2", "100.0")]
    [TestCase("5.0", "-1", "0.0")]
    [TestCase("15.0", "-1", "20.0")]
    [TestCase("25.0", "-1", "20.0")]
    [TestCase("1e300", "-300", "1e+300")]
    [TestCase("1e300", "400", "1e+300")]
    [TestCase("1.23", "1000", "1.23")]
    [TestCase("1.23", "-1000", "0.0")]
    [TestCase("-1.23", "-1000", "-0.0")]
    [TestCase("1e300", "-308", "0.0")]
    [TestCase("1.7976931348623157e+308", "-308", "OverflowError: rounded value too large to represent")]
    [TestCase("inf", "2", "inf")]
    [TestCase("nan", "2", "nan")]
    [TestCase("0.0", "2", "0.0")]
    [TestCase("-0.0", "2", "-0.0")]
    [TestCase("1.5", "2**70", "1.5")]
    [TestCase("1.5", "-2**70", "0.0")]
    [TestCase("1.5", "True", "1.5")]
    [TestCase("1.5", "'a'", "TypeError: 'str' object cannot be interpreted as an integer")]
    [TestCase("1.5", "1.0", "TypeError: 'float' object cannot be interpreted as an integer")]
    public void RoundWithDigitsIsCorrectlyRounded(string value, string ndigits, string expected)
    {
        // spec: OBJ-FLOAT-3
        Assert.That(CallMethodOutcome(Lit(value), "__round__", ndigits), Is.EqualTo(expected));
    }

    [Test]
    public void RoundTakesAtMostOneArgument()
    {
        // spec: OBJ-FLOAT-3, OBJ-ERR-1
        Assert.That(CallMethodOutcome(Lit("1.5"), "__round__", "1", "2"), Is.EqualTo("TypeError: __round__ expected at most 1 argument, got 2"));
    }

    [Test]
    public void RealImagConjugateAndGetnewargs()
    {
        // spec: OBJ-FLOAT-3
        PyObject x = Lit("1.5");
        Assert.That(Repr(Attr(x, "real")), Is.EqualTo("1.5"));
        Assert.That(Repr(Attr(x, "imag")), Is.EqualTo("0.0"));
        Assert.That(CallMethodOutcome(x, "conjugate"), Is.EqualTo("1.5"));
        Assert.That(CallMethodOutcome(x, "__getnewargs__"), Is.EqualTo("(1.5,)"));
    }

    [Test]
    public void RealAndConjugateOfASubclassAreExactFloats()
    {
        // spec: OBJ-FLOAT-3
        PyTypeObject sub = Class("FloatSub", [PyFloatObject.Type]);
        PyObject x = New(sub, "2.5");
        Assert.That(Attr(x, "real").ObType, Is.SameAs(PyFloatObject.Type));
        Assert.That(Method(x, "conjugate").ObType, Is.SameAs(PyFloatObject.Type));
    }

    [TestCase("'double'", "'IEEE, little-endian'")]
    [TestCase("'float'", "'IEEE, little-endian'")]
    [TestCase("'int'", "ValueError: __getformat__() argument 1 must be 'double' or 'float'")]
    [TestCase("1", "TypeError: __getformat__() argument must be str, not int")]
    public void GetFormatDescribesTheDoubleLayout(string arg, string expected)
    {
        // spec: OBJ-FLOAT-3
        Assert.That(CallMethodOutcome(PyFloatObject.Type, "__getformat__", arg), Is.EqualTo(expected));
    }

    [TestCase("is_integer", "TypeError: float.is_integer() takes no arguments (1 given)")]
    [TestCase("hex", "TypeError: float.hex() takes no arguments (1 given)")]
    [TestCase("as_integer_ratio", "TypeError: float.as_integer_ratio() takes no arguments (1 given)")]
    [TestCase("conjugate", "TypeError: float.conjugate() takes no arguments (1 given)")]
    [TestCase("__trunc__", "TypeError: float.__trunc__() takes no arguments (1 given)")]
    public void NoArgumentMethodsRejectArguments(string method, string expected)
    {
        // spec: OBJ-FLOAT-3, OBJ-ERR-1
        Assert.That(CallMethodOutcome(Lit("1.5"), method, "1"), Is.EqualTo(expected));
    }
}
