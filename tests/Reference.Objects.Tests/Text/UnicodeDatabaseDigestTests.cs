using System.Buffers.Binary;
using System.Security.Cryptography;
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Text;

// Every property and case mapping of all 0x110000 code points, checked against CPython 3.14 at
// once: tools/unicode/gen_unicode_tables.py hashes the same per-code-point records from CPython's
// str methods and unicodedata, and the digests it printed (at the end of UnicodeTables.cs) are
// pinned here. A mismatch means .NET's Unicode data or our tables drifted from Python's.
[TestFixture]
public sealed class UnicodeDatabaseDigestTests
{
    private const string FlagsDigest = "2e15b00a72cd47ca8af4b2519febf9f752470042c4dbfb68e79559405bfc164a";
    private const string CaseDigest = "24b2f066d4a48c28af6f6d5490a60b0ff662d5fcffe8465dc37826e2f4abbd2d";

    [Test]
    public void EveryCodePointHasCPythonsProperties()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> record = stackalloc byte[12];
        for (int cp = 0; cp < 0x110000; cp++)
        {
            bool[] bits =
            [
                UnicodeCtype.IsSpace(cp), UnicodeCtype.IsAlpha(cp), UnicodeCtype.IsDecimal(cp),
                UnicodeCtype.IsDigit(cp), UnicodeCtype.IsNumeric(cp), UnicodeCtype.IsAlnum(cp),
                UnicodeCtype.IsLower(cp), UnicodeCtype.IsUpper(cp), UnicodeCtype.IsTitle(cp),
                UnicodeCtype.IsCased(cp), UnicodeCtype.IsCaseIgnorable(cp), UnicodeCtype.IsPrintable(cp),
                UnicodeCtype.IsXidStart(cp), UnicodeCtype.IsXidContinue(cp), UnicodeCtype.IsLinebreak(cp),
            ];
            int word = 0;
            for (int i = 0; i < bits.Length; i++)
            {
                word |= bits[i] ? 1 << i : 0;
            }
            BinaryPrimitives.WriteUInt16LittleEndian(record, (ushort)word);
            record[2] = (byte)(sbyte)UnicodeCtype.DecimalValue(cp);
            record[3] = (byte)(sbyte)UnicodeCtype.DigitValue(cp);
            BinaryPrimitives.WriteDoubleLittleEndian(record[4..], UnicodeCtype.NumericValue(cp));
            hash.AppendData(record);
        }
        Assert.That(Convert.ToHexStringLower(hash.GetHashAndReset()), Is.EqualTo(FlagsDigest));
    }

    [Test]
    public void EveryCodePointHasCPythonsCaseMappings()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> unit = stackalloc byte[4];
        for (int cp = 0; cp < 0x110000; cp++)
        {
            string s = cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);
            foreach (string mapped in (string[])[UnicodeCase.Upper(s), UnicodeCase.Lower(s), UnicodeCase.Title(s), UnicodeCase.Casefold(s)])
            {
                unit[0] = (byte)StringLib.CodePointLength(mapped);
                hash.AppendData(unit[..1]);
                for (int i = 0; i < mapped.Length;)
                {
                    BinaryPrimitives.WriteInt32LittleEndian(unit, StringLib.CodePointAt(mapped, i, out i));
                    hash.AppendData(unit);
                }
            }
        }
        Assert.That(Convert.ToHexStringLower(hash.GetHashAndReset()), Is.EqualTo(CaseDigest));
    }
}
