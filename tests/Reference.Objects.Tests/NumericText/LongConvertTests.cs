// int to float: the nearest double, ties to even, and OverflowError past the largest double.
// Expected values were produced by CPython 3.14 (float(n)).
using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.NumericText;

[TestFixture]
public sealed class LongConvertTests
{
    [TestCase("0", 0.0)]
    [TestCase("1", 1.0)]
    [TestCase("-1", -1.0)]
    [TestCase("9007199254740993", 9007199254740992.0)]
    [TestCase("9007199254740995", 9007199254740996.0)]
    [TestCase("9223372036854775807", 9.223372036854776e+18)]
    [TestCase("-9223372036854775808", -9.223372036854776e+18)]
    [TestCase("18446744073709553664", 1.8446744073709552e+19)]
    [TestCase("18446744073709553665", 1.8446744073709556e+19)]
    [TestCase("1267650600228229542234191560705", 1.2676506002282297e+30)]
    [TestCase("1267650600228229542234191560704", 1.2676506002282294e+30)]
    [TestCase("1267650600228229823709168271360", 1.26765060022823e+30)]
    [TestCase("-1606938044258990453947923680586147734807949174969684883144705", -1.6069380442589906e+60)]
    [TestCase("1361129467683754004969225881555719684097", 1.3611294676837542e+39)]
    [TestCase("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", 1.7976931348623157e+308)]
    [TestCase("100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 1e+308)]
    [TestCase("123456789012345678901234567890", 1.2345678901234568e+29)]
    public void IntConvertsToCPythonsFloat(string value, double expected)
    {
        Assert.That(LongConvert.TryToDouble(BigInteger.Parse(value, CultureInfo.InvariantCulture), out double result), Is.True);
        Assert.That(BitConverter.DoubleToInt64Bits(result), Is.EqualTo(BitConverter.DoubleToInt64Bits(expected)), $"{result:R}");
    }

    [Test]
    public void IntThatRoundsTo2To1024Overflows()
    {
        // float(2**1024 - 2**970) raises OverflowError('int too large to convert to float').
        BigInteger value = BigInteger.Pow(2, 1024) - BigInteger.Pow(2, 970);
        Assert.That(LongConvert.TryToDouble(value, out _), Is.False);
        Assert.That(LongConvert.TryToDouble(-value, out _), Is.False);
        Assert.That(LongConvert.OverflowMessage, Is.EqualTo("int too large to convert to float"));
    }

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property ConversionAgreesWithCorrectlyRoundedDecimalParsing() => Prop.ForAll(Doubles.Integers(), value =>
        LongConvert.TryToDouble(value, out double result)
        && result == double.Parse(value.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
}
