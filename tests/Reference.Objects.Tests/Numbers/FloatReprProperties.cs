// P3, OBJ-FLOAT-1: for every finite double x, float(repr(x)) == x at the object level — the float
// object's repr, read back by calling the float type — and repr is shortest: it has as many
// significant digits as .NET's shortest round-trip formatting ("R"), an independent
// implementation, and no string with one digit fewer reads back as x.
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Numbers;

[TestFixture]
public sealed class FloatReprProperties : NumberTest
{
    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property ReprReadsBackThroughTheFloatType() => Prop.ForAll(NumberGenerators.FiniteDoubles.ToArbitrary(), x =>
    {
        // spec: OBJ-FLOAT-1
        long live = Interp.LiveAllocations;
        PyObject f = PyFloatObject.FromDouble(x);
        PyObject? repr = PyObject.Repr(f);
        PyObject? back = repr is null ? null : PyObject.CallOneArg(PyFloatObject.Type, repr);
        bool ok = back is PyFloatObject b && BitConverter.DoubleToInt64Bits(b.Value) == BitConverter.DoubleToInt64Bits(x);
        string text = repr is PyUnicodeObject s ? s.Value : "<repr failed>";
        Py.XDecRef(back);
        Py.XDecRef(repr);
        f.DecRef();
        return (ok && Interp.LiveAllocations == live).Label($"{x:R} -> {text}");
    });

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property ReprIsTheShortestStringThatReadsBack() => Prop.ForAll(NumberGenerators.FiniteDoubles.ToArbitrary(), x =>
    {
        // spec: OBJ-FLOAT-1
        PyObject f = PyFloatObject.FromDouble(x);
        string repr = Repr(f);
        f.DecRef();
        string digits = SignificantDigits(repr);
        string shortest = SignificantDigits(x.ToString("R", CultureInfo.InvariantCulture).ToLowerInvariant());
        bool sameLength = digits.Length == shortest.Length;
        bool noShorter = digits.Length == 1 || !ShorterReadsBack(x, digits.Length - 1);
        return (sameLength && noShorter).Label($"{x:R}: repr {repr} has {digits.Length} digits, the shortest has {shortest.Length}");
    });

    /// <summary>Whether some decimal with <paramref name="n"/> significant digits reads back as x: it is enough to try
    /// x rounded to n digits and its neighbours one unit either side.</summary>
    private static bool ShorterReadsBack(double x, int n)
    {
        if (x == 0)
        {
            return false;
        }
        string rounded = Math.Abs(x).ToString("E" + (n - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int e = rounded.IndexOf('E', StringComparison.Ordinal);
        long unit = long.Parse(rounded[..e].Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        int exponent = int.Parse(rounded[(e + 1)..], CultureInfo.InvariantCulture) - (n - 1);
        for (long candidate = unit - 1; candidate <= unit + 1; candidate++)
        {
            double read = double.Parse(string.Create(CultureInfo.InvariantCulture, $"{candidate}e{exponent}"), CultureInfo.InvariantCulture);
            if (read == Math.Abs(x))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The digits of a number's text without sign, point, exponent, or leading and trailing zeros.</summary>
    private static string SignificantDigits(string text)
    {
        int e = text.IndexOf('e', StringComparison.Ordinal);
        string mantissa = (e < 0 ? text : text[..e]).Replace(".", "", StringComparison.Ordinal).TrimStart('-');
        return mantissa.Trim('0') is { Length: > 0 } trimmed ? trimmed : "0";
    }
}
