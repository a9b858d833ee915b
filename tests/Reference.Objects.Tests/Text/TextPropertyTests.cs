using FsCheck;
using FsCheck.Fluent;
using Reference.Objects;

namespace Reference.Objects.Tests.Text;

// Laws the text algorithms keep for any input. Generated strings mix ASCII, the rest of the BMP
// (lone surrogates included) and astral code points, so they exercise the representation contract.
// The idempotence laws were first checked over every code point in CPython 3.14.
[NUnit.Framework.TestFixture]
public sealed class TextPropertyTests
{
    // Any Python str: code points from all planes, lone surrogates included.
    private static Arbitrary<string> PythonStrings()
    {
        Gen<int> codePoint = Gen.Frequency(
            (4, Gen.Choose(0, 0x7F)),
            (3, Gen.Choose(0x80, 0xFFFF)),
            (2, Gen.Choose(0x10000, 0x10FFFF)),
            (1, Gen.Elements(0x03A3, 0x0345, 0x00DF, 0x0130, 0x1F88, 0x000A, 0x000D, 0x0085, 0x2028, 0x0027)));
        return Gen.ListOf(codePoint).Select(BuildString).ToArbitrary();
    }

    private static string BuildString(IEnumerable<int> codePoints)
    {
        var b = new System.Text.StringBuilder();
        foreach (int cp in codePoints)
        {
            if (cp > 0xFFFF)
            {
                b.Append(char.ConvertFromUtf32(cp));
            }
            else
            {
                b.Append((char)cp);
            }
        }
        return b.ToString();
    }

    // The same without lone surrogates (a high one not followed by a low one, or a low one not
    // preceded by a high one): the strings that UTF codecs accept.
    private static string WellFormed(string s)
    {
        var chars = s.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            bool pairedHigh = char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]);
            if (pairedHigh)
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '?';
            }
        }
        return new string(chars);
    }

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property Utf8EncodeThenDecodeRoundTripsEveryStringWithoutLoneSurrogates() =>
        Prop.ForAll(PythonStrings(), s =>
        {
            string text = WellFormed(s);
            CodecResult<byte[]> encoded = Codecs.Encode(text, "utf-8");
            return encoded.IsSuccess && Codecs.Decode(encoded.Value, "utf-8").Value == text;
        });

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property Utf16AndUtf32RoundTripEveryStringWithoutLoneSurrogates() =>
        Prop.ForAll(PythonStrings(), s =>
        {
            string text = WellFormed(s);
            foreach (string codec in (string[])["utf-16", "utf-16-be", "utf-32", "utf-32-le"])
            {
                CodecResult<byte[]> encoded = Codecs.Encode(text, codec);
                if (!encoded.IsSuccess || Codecs.Decode(encoded.Value, codec).Value != text)
                {
                    return false;
                }
            }
            return true;
        });

    // PEP 383: surrogateescape carries any bytes through str and back.
    [FsCheck.NUnit.Property(MaxTest = 500)]
    public bool SurrogateEscapeRoundTripsAnyBytes(byte[]? data)
    {
        data ??= [];
        CodecResult<string> text = Codecs.Decode(data, "utf-8", "surrogateescape");
        return text.IsSuccess && Codecs.Encode(text.Value, "utf-8", "surrogateescape").Value is byte[] back
            && back.AsSpan().SequenceEqual(data);
    }

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property SplitLinesWithEndsJoinsBackToTheInput() =>
        Prop.ForAll(PythonStrings(), s => string.Concat(StringLib.SplitLines(s, keepends: true)) == s);

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property SplitThenJoinWithTheSeparatorRestoresTheInput() =>
        Prop.ForAll(PythonStrings(), PythonStrings(), (s, sep) =>
            sep.Length == 0 || string.Join(sep, StringLib.Split(s, sep)) == s);

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property UpperLowerAndCasefoldAreIdempotent() =>
        Prop.ForAll(PythonStrings(), s =>
            UnicodeCase.Upper(UnicodeCase.Upper(s)) == UnicodeCase.Upper(s)
            && UnicodeCase.Lower(UnicodeCase.Lower(s)) == UnicodeCase.Lower(s)
            && UnicodeCase.Casefold(UnicodeCase.Casefold(s)) == UnicodeCase.Casefold(s));

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property AsciiOfAnyStringIsPureAsciiAndQuoted() =>
        Prop.ForAll(PythonStrings(), s =>
        {
            string shown = UnicodeRepr.Ascii(s);
            return System.Text.Ascii.IsValid(shown) && shown.Length >= 2 && shown[0] == shown[^1];
        });

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property CodePointIndexesRoundTripThroughCharIndexes() =>
        Prop.ForAll(PythonStrings(), s =>
        {
            int length = StringLib.CodePointLength(s);
            for (int cp = 0; cp <= length; cp++)
            {
                if (StringLib.CharIndexToCodePointIndex(s, StringLib.CodePointIndexToCharIndex(s, cp)) != cp)
                {
                    return false;
                }
            }
            return StringLib.CodePointIndexToCharIndex(s, length) == s.Length;
        });

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property FindReturnsAnIndexWhereTheNeedleStarts() =>
        Prop.ForAll(PythonStrings(), PythonStrings(), (s, needle) =>
        {
            // The bars keep a lone surrogate at either end from pairing up across the seams.
            string haystack = s + "|" + needle + "|" + s;
            int at = StringLib.Find(haystack, needle);
            return at >= 0 && at <= StringLib.CodePointLength(s) + 1
                && StringLib.StartsWith(haystack, needle, at);
        });
}
