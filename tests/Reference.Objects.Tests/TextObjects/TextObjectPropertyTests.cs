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

    /// <summary>Arguments likely to reach error paths: wrong types, out-of-range and huge ints (but no size
    /// that a successful call would really allocate), empty and non-ASCII values.</summary>
    private static PyObject MakeArgument(int which) => which switch
    {
        0 => PyLongObject.FromLong(-1),
        1 => PyLongObject.FromLong(0),
        2 => PyLongObject.FromLong(3),
        3 => PyLongObject.FromLong(300),
        4 => PyLongObject.FromBigInteger(System.Numerics.BigInteger.Pow(2, 40)),
        5 => PyLongObject.FromBigInteger(System.Numerics.BigInteger.Pow(2, 63)),
        6 => PyLongObject.FromBigInteger(-System.Numerics.BigInteger.Pow(10, 30)),
        7 => PyFloatObject.FromDouble(1.5),
        8 => PyUnicodeObject.FromString(""),
        9 => PyUnicodeObject.FromString("a\U0001F600\u00e9"),
        10 => PyUnicodeObject.FromString("utf-8"),
        11 => PyBytesObject.FromSpan(""u8),
        12 => PyBytesObject.FromSpan("a,b"u8),
        13 => PyByteArrayObject.FromArraySteal([0x20, 0xFF]),
        14 => PyTupleObject.FromArraySteal([PyUnicodeObject.FromString("a"), PyBytesObject.FromSpan("a"u8)]),
        15 => PyDictObject.New(),
        16 => PyListObject.New(0),
        _ => Py.None,
    };

    private static PyObject MakeReceiver(int which) => which switch
    {
        0 => PyUnicodeObject.FromString("a,b \t\U0001F600\u00e9\n-42"),
        1 => PyUnicodeObject.FromString(""),
        2 => PyBytesObject.FromSpan("a,b \t\xff\n-42"u8),
        3 => PyByteArrayObject.FromArraySteal([0x61, 0x2C, 0x09, 0xFF, 0x0A]),
        _ => ViewOfNewByteArray(),
    };

    private static PyObject ViewOfNewByteArray()
    {
        PyObject array = PyByteArrayObject.FromArraySteal([1, 2, 3]);
        PyObject view = PyMemoryViewObject.FromObject(array)!;
        array.DecRef();
        return view;
    }

    private static string[] MethodNames(PyObject receiver)
    {
        var names = new List<string>();
        foreach (PyMethodDef def in receiver.ObType.TpMethods ?? [])
        {
            names.Add(def.Name);
        }
        return [.. names];
    }

    // No .NET exception escapes any method of str, bytes, bytearray or memoryview, whatever the arguments:
    // each call returns a value or raises a Python exception.
    [FsCheck.NUnit.Property(MaxTest = 400)]
    public Property NoHostExceptionEscapesATextMethodWhateverTheArguments() =>
        Prop.ForAll(Gen.Choose(0, 4).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), Gen.Choose(0, 17).ArrayOf().ToArbitrary(),
            (receiverKind, methodPick, argKinds) =>
        {
            // spec: OBJ-ERR-2
            PyObject receiver = MakeReceiver(receiverKind);
            string[] names = MethodNames(receiver);
            string name = names[methodPick % names.Length];
            int count = Math.Min(argKinds.Length, 3);
            var args = new PyObject[count];
            for (int i = 0; i < count; i++)
            {
                args[i] = MakeArgument(argKinds[i]);
            }
            string? escaped = null;
            try
            {
                PyObject? result = PyObject.CallMethod(receiver, name, args);
                if (result is null)
                {
                    Assert.That(PyErr.Occurred(), Is.True, $"{name} failed without an exception");
                    PyErr.Clear();
                }
                result?.DecRef();
            }
            catch (Exception e) when (e is not NUnit.Framework.AssertionException)
            {
                escaped = $"{receiver.ObType.Name}.{name} with {count} argument(s): {e.GetType().Name}: {e.Message}";
            }
            foreach (PyObject a in args)
            {
                a.DecRef();
            }
            if (receiver is PyMemoryViewObject)
            {
                PyObject.CallMethod(receiver, "release")?.DecRef();
                PyErr.Clear();
            }
            receiver.DecRef();
            return escaped is null ? true.ToProperty() : false.Label(escaped);
        });

    private static readonly string[] FormatTokens =
    [
        "%", "%", "s", "d", "r", "a", "c", "x", "f", "g", "*", ".", "5", "0", "-", "#", "(", "a", ")", "{", "}", "{}",
        "!", "r", ":", ">", "^", ",", "[", "0", "]", ".real", "\U0001F600", "\u00e9", "%%", "{{",
    ];

    // No .NET exception escapes str %, bytes %, str.format or str.format_map for any format string built from
    // the characters their parsers care about, with a tuple, a dict or a single value as arguments.
    [FsCheck.NUnit.Property(MaxTest = 400)]
    public Property NoHostExceptionEscapesFormattingWhateverTheFormatString() =>
        Prop.ForAll(Gen.Elements(FormatTokens).ArrayOf().ToArbitrary(), Gen.Choose(0, 2).ToArbitrary(), (tokens, argsKind) =>
        {
            // spec: OBJ-ERR-2, OBJ-STR-3, OBJ-STR-4
            string text = string.Concat(tokens);
            PyObject format = PyUnicodeObject.FromString(text);
            PyObject bytesFormat = PyBytesObject.FromSpan(System.Text.Encoding.UTF8.GetBytes(text));
            PyObject one = PyLongObject.FromLong(42);
            PyObject word = PyUnicodeObject.FromString("w");
            PyObject args = argsKind switch
            {
                0 => PyTupleObject.FromArraySteal([one.NewRef(), word.NewRef(), PyFloatObject.FromDouble(2.5)]),
                1 => Dict1(PyUnicodeObject.FromString("a"), one),
                _ => one.NewRef(),
            };
            string? escaped = null;
            foreach (Func<PyObject?> attempt in (Func<PyObject?>[])
                [
                    () => PyNumber.Remainder(format, args),
                    () => PyNumber.Remainder(bytesFormat, args),
                    () => PyObject.CallMethod(format, "format", one, word),
                    () => PyObject.CallMethod(format, "format_map", argsKind == 1 ? args : Py.None),
                ])
            {
                try
                {
                    PyObject? result = attempt();
                    Assert.That(result is not null || PyErr.Occurred(), Is.True, $"{text} failed without an exception");
                    PyErr.Clear();
                    result?.DecRef();
                }
                catch (Exception e) when (e is not AssertionException)
                {
                    escaped = $"{text}: {e.GetType().Name}: {e.Message}";
                }
            }
            foreach (PyObject o in (PyObject[])[args, word, one, bytesFormat, format])
            {
                o.DecRef();
            }
            return escaped is null ? true.ToProperty() : false.Label(escaped);
        });

    private static PyDictObject Dict1(PyObject stolenKey, PyObject value)
    {
        PyDictObject d = PyDictObject.New();
        d.SetItem(stolenKey, value);
        stolenKey.DecRef();
        return d;
    }
}
