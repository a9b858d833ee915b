// Laws of str and bytes objects, checked end to end through method calls on random values: what
// split takes apart join puts back, len counts code points, and hex/fromhex and latin-1 are
// lossless for any bytes. Each property runs in one runtime, so the refcount-balance check at
// teardown covers every call it made. FsCheck prints the replay seed of any failure.
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using Reference.Objects;
using Reference.Objects.Tests.Support;

namespace Reference.Objects.Tests.TextObjects;

[TestFixture]
public sealed class TextObjectPropertyTests : RuntimeTest
{
    /// <summary>A random str as its code points: ASCII, the rest of the BMP (lone surrogates included, never a
    /// high one followed by a low one, which this runtime would store as one astral character: OBJ-DEV-1) and
    /// astral characters. Characters of the separator alphabet are frequent so that splits find them.</summary>
    private static Gen<int[]> CodePoints() =>
        Gen.Frequency(
            (4, Gen.Choose(0x20, 0x7E)),
            (2, Gen.Elements(',', ';', 'a', 0xE9, 0x1F600)),
            (2, Gen.Choose(0x80, 0xFFFF)),
            (2, Gen.Choose(0x10000, 0x10FFFF)))
        .ArrayOf()
        .Select(NoSurrogatePairs);

    private static int[] NoSurrogatePairs(int[] cps)
    {
        for (int i = 1; i < cps.Length; i++)
        {
            if (cps[i] is >= 0xDC00 and <= 0xDFFF && cps[i - 1] is >= 0xD800 and <= 0xDBFF)
            {
                cps[i] = 'x';
            }
        }
        return cps;
    }

    /// <summary>A non-empty separator, often one of the frequent characters or a pair of them.</summary>
    private static Gen<int[]> Separators() =>
        Gen.OneOf(
            Gen.Elements(',', ';', 'a', 0xE9, 0x1F600).Select(cp => new[] { cp }),
            Gen.Elements(',', 'a', 0x1F600).ArrayOf(2),
            CodePoints().Where(cps => cps.Length > 0));

    private static string Text(int[] codePoints)
    {
        var sb = new System.Text.StringBuilder();
        foreach (int cp in codePoints)
        {
            sb.Append(PyUnicodeObject.CodePointToString(cp));
        }
        return sb.ToString();
    }

    /// <summary>a == b for two objects, as Python's == on them.</summary>
    private static bool PyEquals(PyObject a, PyObject b)
    {
        int r = PyObject.RichCompareBool(a, b, CompareOp.Eq);
        Assert.That(r, Is.Not.Negative, "comparison failed");
        return r == 1;
    }

    private static PyObject Call(PyObject obj, string method, params PyObject[] args)
    {
        PyObject? result = PyObject.CallMethod(obj, method, args);
        if (result is null)
        {
            Assert.Fail($"{method} raised {TakeError()}");
        }
        return result!;
    }

    #region split-join-property
    // (P1) sep.join(s.split(sep)) == s, and len(s) is the number of code points, for any str and separator.
    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property JoiningTheSplitPiecesWithTheSeparatorRestoresTheStr() =>
        Prop.ForAll(CodePoints().ToArbitrary(), Separators().ToArbitrary(), (cps, sepCps) =>
        {
            // spec: OBJ-STR-1, OBJ-STR-2
            PyObject s = PyUnicodeObject.FromString(Text(cps));
            PyObject sep = PyUnicodeObject.FromString(Text(sepCps));
            PyObject pieces = Call(s, "split", sep);
            PyObject joined = Call(sep, "join", pieces);
            bool restored = PyEquals(joined, s);
            bool counted = PyObject.Size(s) == cps.Length;
            joined.DecRef();
            pieces.DecRef();
            sep.DecRef();
            s.DecRef();
            return restored && counted;
        });
    #endregion

    // (P2) bytes.fromhex(b.hex()) == b and b.decode('latin-1').encode('latin-1') == b, for any bytes.
    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property HexAndLatin1RoundTripAnyBytes() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), data =>
        {
            // spec: OBJ-BYTES-1, OBJ-BYTES-2
            data ??= [];
            PyObject b = PyBytesObject.FromSpan(data);
            PyObject hex = Call(b, "hex");
            PyObject back = Call(PyBytesObject.Type, "fromhex", hex);
            PyObject latin1 = PyUnicodeObject.FromString("latin-1");
            PyObject text = Call(b, "decode", latin1);
            PyObject again = Call(text, "encode", latin1);
            bool ok = PyEquals(back, b) && PyEquals(again, b) && PyObject.Size(text) == data.Length;
            foreach (PyObject o in (PyObject[])[again, text, latin1, back, hex, b])
            {
                o.DecRef();
            }
            return ok;
        });
}
