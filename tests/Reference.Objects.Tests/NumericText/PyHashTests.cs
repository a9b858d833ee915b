// hash() of numbers, tuples and frozensets. Expected values were produced by 64-bit CPython 3.13
// (hashes are the same in 3.14; the 32-bit build we also run differs, being 32-bit).
using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.NumericText;

[TestFixture]
public sealed class PyHashTests
{
    [TestCase(0.0, 0)]
    [TestCase(-0.0, 0)]
    [TestCase(1.0, 1)]
    [TestCase(-1.0, -2)]
    [TestCase(0.5, 1152921504606846976)]
    [TestCase(1.5, 1152921504606846977)]
    [TestCase(0.1, 230584300921369408)]
    [TestCase(-0.1, -230584300921369408)]
    [TestCase(1e+300, 1224995262755759164)]
    [TestCase(-1e+300, -1224995262755759164)]
    [TestCase(5e-324, 16777216)]
    [TestCase(2.305843009213694e+18, 1)]
    [TestCase(1.1805916207174113e+21, 512)]
    [TestCase(4.336808689942018e-19, 1)]
    [TestCase(123.456, 1051464412201451643)]
    [TestCase(double.PositiveInfinity, 314159)]
    [TestCase(double.NegativeInfinity, -314159)]
    [TestCase(1e-300, 482449582752280463)]
    public void FloatHashesAsCPythonDoes(double value, long expected)
    {
        Assert.That(PyHash.Double(value, identityForNan: 0), Is.EqualTo(expected));
    }

    [TestCase("0", 0)]
    [TestCase("1", 1)]
    [TestCase("-1", -2)]
    [TestCase("-2", -2)]
    [TestCase("2", 2)]
    [TestCase("2305843009213693950", 2305843009213693950)]
    [TestCase("2305843009213693951", 0)]
    [TestCase("2305843009213693952", 1)]
    [TestCase("-2305843009213693951", 0)]
    [TestCase("-2305843009213693952", -2)]
    [TestCase("4611686018427387904", 2)]
    [TestCase("9223372036854775807", 3)]
    [TestCase("-9223372036854775808", -4)]
    [TestCase("1000000000000000000000000000000", 465258685558744706)]
    [TestCase("-1000000000000000000000000000000", -465258685558744706)]
    [TestCase("9223372036854775808", 4)]
    [TestCase("18446744073709551616", 8)]
    [TestCase("5316911983139663491615228241121378304", 1)]
    [TestCase("-5316911983139663491615228241121378304", -2)]
    [TestCase("123456789012345678901234567890", 248789772095949448)]
    public void IntHashesAsCPythonDoes(string value, long expected)
    {
        Assert.That(PyHash.Long(BigInteger.Parse(value, CultureInfo.InvariantCulture)), Is.EqualTo(expected));
    }

    [TestCase(new long[] {  }, 5740354900026072187)] // hash(())
    [TestCase(new long[] { 1L }, -6644214454873602895)] // hash((1,))
    [TestCase(new long[] { 1L, 2L }, -3550055125485641917)] // hash((1, 2))
    [TestCase(new long[] { 1L, 2L, 3L }, 529344067295497451)] // hash((1, 2, 3))
    [TestCase(new long[] { -2L }, 8078679518589016365)] // hash((-1,))
    [TestCase(new long[] { 0L, 0L }, -8458139203682520985)] // hash((0, 0))
    [TestCase(new long[] { 2L, 1L }, 6794810172467074373)] // hash((2, 1))
    [TestCase(new long[] { -3550055125485641917L, 3L }, -333907151259015829)] // hash(((1, 2), 3))
    [TestCase(new long[] { 1152921504606846977L, 2L }, 8274728468405361693)] // hash((1.5, 2))
    [TestCase(new long[] { -8501311952145080332L }, -2530355294201255143)] // hash(('abc',))
    public void TupleHashesAsCPythonDoes(long[] itemHashes, long expected)
    {
        Assert.That(PyHash.Tuple(itemHashes), Is.EqualTo(expected));
    }

    [TestCase(new long[] {  }, 133146708735736)] // hash('frozenset()')
    [TestCase(new long[] { 1L }, -558064481276695278)] // hash({1})
    [TestCase(new long[] { 1L, 2L, 3L }, -272375401224217160)] // hash({1, 2, 3})
    [TestCase(new long[] { -2L, -2L }, 399283329322573)] // hash({-1, -2})
    [TestCase(new long[] { -558064481276695278L }, 5515263749738256364)] // hash({frozenset({1})})
    [TestCase(new long[] { 0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L }, 3895031357313128696)] // hash({0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    [TestCase(new long[] { 0L }, -2704248722033767810)] // hash({0})
    [TestCase(new long[] { 0L, 1152921504606846976L }, 8174719407742930509)] // hash({2305843009213693951, 0.5})
    public void FrozenSetHashesAsCPythonDoes(long[] itemHashes, long expected)
    {
        Assert.That(PyHash.FrozenSet(itemHashes), Is.EqualTo(expected));
    }

    [TestCase(0.0, 0.0, 0)] // hash(0j)
    [TestCase(0.0, 1.0, 1000003)] // hash(1j)
    [TestCase(1.0, 0.0, 1)] // hash((1+0j))
    [TestCase(1.5, -2.0, 1152921504604846971)] // hash((1.5-2j))
    [TestCase(1e+300, 1e+300, 7229033979992872944)] // hash((1e+300+1e+300j))
    [TestCase(double.PositiveInfinity, 0.0, 314159)] // hash((inf+0j))
    [TestCase(-1.0, 0.0, -2)] // hash((-1+0j))
    [TestCase(0.0, -1.0, -2000006)] // hash(-1j)
    public void ComplexHashesAsCPythonDoes(double real, double imag, long expected)
    {
        Assert.That(PyHash.Complex(real, imag, identityForNan: 0), Is.EqualTo(expected));
    }

    [Test]
    public void NanHashesByIdentity()
    {
        // In CPython 3.10+, hash(nan) == object.__hash__(nan): the address rotated right by 4 bits.
        const long Id = 0x7f3a_0000_1230;
        Assert.That(PyHash.Double(double.NaN, Id), Is.EqualTo(0x7f3a_0000_123));
        Assert.That(PyHash.Double(double.NaN, Id), Is.EqualTo(PyHash.Pointer(Id)));
    }

    [Test]
    public void HashOfMinusOneIsMinusTwo()
    {
        Assert.That(PyHash.Long(-1L), Is.EqualTo(-2));
        Assert.That(PyHash.Double(-1.0, 0), Is.EqualTo(-2));
        Assert.That(PyHash.Long(-(BigInteger.One << 61) - 1 + 1), Is.EqualTo(-2)); // -2**61 is -1 mod P
    }

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property IntegralFloatsHashLikeTheirInts() => Prop.ForAll(Doubles.Finite(), x =>
        PyHash.Double(Math.Truncate(x), 0) == PyHash.Long(new BigInteger(Math.Truncate(x))));

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property FrozenSetHashIgnoresOrder(long[] itemHashes, int seed)
    {
        long[] shuffled = (long[])itemHashes.Clone();
        new Random(seed).Shuffle(shuffled);
        return (PyHash.FrozenSet(itemHashes) == PyHash.FrozenSet(shuffled)).ToProperty();
    }
}
