// Objects/unicodeobject.c: str.
//
// A Python str is a sequence of code points. We keep the text in a .NET string (UTF-16): a code
// point above U+FFFF is a surrogate pair and counts as one character; a lone surrogate code point
// is kept as itself. (One consequence, documented in spec/objects.md: a lone high surrogate
// followed by a lone low surrogate is indistinguishable from the pair they would form.) Most
// strings have no surrogates at all; for them a code-point index is a char index and every method
// takes the fast path. The code-point length is computed once, on first need.
//
// Interned strings are immortal and unique per text: the runtime's own identifiers live in a
// process-wide table (C: _Py_ID and the statically allocated strings); sys.intern fills a table
// per interpreter.
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Reference.Objects;

/// <summary>A str (C: <c>PyUnicodeObject</c>).</summary>
public sealed partial class PyUnicodeObject : PyObject
{
    /// <summary>The type (C: <c>PyUnicode_Type</c>).</summary>
    public static readonly PyTypeObject Type = new("str", null, TypeFlags.BaseType | TypeFlags.UnicodeSubclass)
    {
        TpDoc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object.",
        TpAlloc = static t => new PyUnicodeObject(t, ""),
        TpRepr = static o => FromString(UnicodeRepr.Repr(((PyUnicodeObject)o).Value)),
        TpStr = UnicodeStr,
        TpHash = static o => ((PyUnicodeObject)o).HashValue,
        TpRichCompare = UnicodeRichCompare,
        TpIter = UnicodeIter,
        TpGetAttro = GenericGetAttrFunc,
        TpNew = UnicodeNew,
        TpAsNumber = new PyNumberMethods { NbRemainder = UnicodeMod },
        TpAsSequence = new PySequenceMethods
        {
            SqLength = static o => ((PyUnicodeObject)o).Length,
            SqConcat = UnicodeConcat,
            SqRepeat = UnicodeRepeat,
            SqItem = UnicodeItem,
            SqContains = UnicodeContains,
        },
        TpAsMapping = new PyMappingMethods
        {
            MpLength = static o => ((PyUnicodeObject)o).Length,
            MpSubscript = UnicodeSubscript,
        },
        TpMethods = Methods(),
    };

    private static readonly ConcurrentDictionary<string, PyUnicodeObject> s_staticInterned = new(StringComparer.Ordinal);
    private static readonly PyUnicodeObject s_empty = InternStatic("");
    private static readonly PyUnicodeObject[] s_latin1 = MakeLatin1Singletons();

    /// <summary>The text (UTF-16, astral code points as surrogate pairs).</summary>
    public readonly string Value;

    private long _hash = -1;
    private int _length = -1;

    private PyUnicodeObject(string value)
        : base(Type) => Value = value;

    private PyUnicodeObject(PyTypeObject subtype, string value)
        : base(subtype) => Value = value;

    private PyUnicodeObject(string value, ImmortalTag tag)
        : base(Type, tag) => Value = value;

    /// <summary>The empty string (immortal).</summary>
    public static PyUnicodeObject Empty => s_empty;

    #region from-string
    /// <summary>A new str for C# text (C: <c>PyUnicode_FromString</c>). The empty string and single Latin-1
    /// characters are shared immortal singletons, as in CPython.</summary>
    public static PyUnicodeObject FromString(string value)
    {
        if (value.Length <= 1)
        {
            if (value.Length == 0)
            {
                return s_empty;
            }
            if (value[0] < 256)
            {
                return s_latin1[value[0]];
            }
        }
        return new PyUnicodeObject(value);
    }
    #endregion

    /// <summary>A str of one code point (C: <c>PyUnicode_FromOrdinal</c>).</summary>
    public static PyUnicodeObject FromCodePoint(int codePoint) =>
        codePoint < 256 ? s_latin1[codePoint] : FromString(CodePointToString(codePoint));

    /// <summary>A new instance of a str subtype (used by <c>str.__new__</c> for subclasses).</summary>
    internal static PyUnicodeObject NewOfSubtype(PyTypeObject subtype, string value) => new(subtype, value);

    /// <summary>The UTF-16 text of a code point, including lone surrogates.</summary>
    public static string CodePointToString(int codePoint) =>
        codePoint < 0x10000 ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint);

    #region intern
    /// <summary>The process-wide immortal identifier for this text (C: <c>_Py_ID</c>, statically allocated
    /// strings). Used for names the runtime and the built-in types declare.</summary>
    public static PyUnicodeObject InternStatic(string value)
    {
        if (s_staticInterned.TryGetValue(value, out PyUnicodeObject? found))
        {
            return found;
        }
        return s_staticInterned.GetOrAdd(value, static v => new PyUnicodeObject(v, default(ImmortalTag)) { IsInterned = true });
    }

    /// <summary>Interns a str in the current interpreter (C: <c>PyUnicode_InternInPlace</c>, <c>sys.intern</c>):
    /// returns the unique immortal str with this text, a new reference. An exact str is interned in place.</summary>
    public static PyUnicodeObject Intern(PyUnicodeObject s)
    {
        if (s.IsInterned)
        {
            return s;
        }
        if (s_staticInterned.TryGetValue(s.Value, out PyUnicodeObject? found))
        {
            return found;
        }
        Dictionary<string, PyUnicodeObject> table = PyThreadState.Get().Interp.Interned;
        if (table.TryGetValue(s.Value, out found))
        {
            return found;
        }
        if (s.ObType != Type)
        {
            s = new PyUnicodeObject(s.Value);
        }
        else
        {
            s.IncRef();
        }
        s.SetImmortal();
        s.IsInterned = true;
        table.Add(s.Value, s);
        return s;
    }
    #endregion

    /// <summary>Interns C# text in the current interpreter.</summary>
    public static PyUnicodeObject Intern(string value)
    {
        if (s_staticInterned.TryGetValue(value, out PyUnicodeObject? found))
        {
            return found;
        }
        PyUnicodeObject s = FromString(value);
        PyUnicodeObject interned = Intern(s);
        s.DecRef();
        return interned;
    }

    /// <summary>Whether this str is interned.</summary>
    public bool IsInterned { get; private set; }

    /// <summary>The number of code points (C: <c>PyUnicode_GET_LENGTH</c>).</summary>
    public int Length
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            int n = _length;
            return n >= 0 ? n : (_length = StringLib.CodePointLength(Value));
        }
    }

    /// <summary>Whether code-point indexes are char indexes (no surrogates in the text).</summary>
    public bool IsBmpOnly => Length == Value.Length;

    /// <summary>The cached hash (C: <c>unicode_hash</c>).</summary>
    public long HashValue
    {
        get
        {
            long h = _hash;
            if (h == -1)
            {
                h = PyHash.String(Value);
                _hash = h;
            }
            return h;
        }
    }

    private static PyUnicodeObject[] MakeLatin1Singletons()
    {
        var table = new PyUnicodeObject[256];
        for (int i = 0; i < 256; i++)
        {
            table[i] = InternStatic(((char)i).ToString());
        }
        return table;
    }

    /// <summary>Whether <paramref name="op"/> is a str or a subclass (C: <c>PyUnicode_Check</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Check(PyObject op) => op is PyUnicodeObject;

    /// <summary>Whether <paramref name="op"/> is exactly a str (C: <c>PyUnicode_CheckExact</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CheckExact(PyObject op) => op.ObType == Type;

    private static PyObject? UnicodeStr(PyObject self)
    {
        if (self.ObType == Type)
        {
            self.IncRef();
            return self;
        }
        return FromString(((PyUnicodeObject)self).Value);
    }
}
