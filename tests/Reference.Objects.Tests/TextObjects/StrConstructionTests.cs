// OBJ-STR-1, OBJ-STR-2: str() — str(object) through __str__ and __repr__, str(bytes, encoding,
// errors) through the codecs, keyword arguments, and str subclasses (construction, and which
// operations give back an exact str).
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.TextObjects;

// python-prelude: class S(str): pass
// python-prelude: class WithStr:
// python-prelude:     def __str__(self): return 'custom'
// python-prelude: class WithRepr:
// python-prelude:     def __repr__(self): return 'R!'
// python-prelude: class BadStr:
// python-prelude:     def __str__(self): return 42
// python-prelude: class SubStr:
// python-prelude:     def __str__(self): return S('sub')
[TestFixture]
public sealed class StrConstructionTests : TextTest
{
    protected override void BindNames(MiniPython py)
    {
        PyTypeObject s = Class("S", [PyUnicodeObject.Type]);
        py.Bind("S", s);
        py.Bind("WithStr", Class("WithStr", [], ("__str__", CsMethod("__str__", static (_, _) => PyUnicodeObject.FromString("custom")))));
        py.Bind("WithRepr", Class("WithRepr", [], ("__repr__", CsMethod("__repr__", static (_, _) => PyUnicodeObject.FromString("R!")))));
        py.Bind("BadStr", Class("BadStr", [], ("__str__", CsMethod("__str__", static (_, _) => PyLongObject.FromLong(42)))));
        py.Bind("SubStr", Class("SubStr", [], ("__str__", CsMethod("__str__", (_, _) =>
        {
            PyObject text = PyUnicodeObject.FromString("sub");
            PyObject? made = PyObject.CallOneArg(s, text);
            text.DecRef();
            return made;
        }))));
    }

    private static readonly PyCase[] Corpus =
    [
        C("""str()""", """''"""),
        C("""str('abc')""", """'abc'"""),
        C("""str(42)""", """'42'"""),
        C("""str(-1.5)""", """'-1.5'"""),
        C("""str(None)""", """'None'"""),
        C("""str(True)""", """'True'"""),
        C("""str([1, 'a'])""", "\"[1, 'a']\""),
        C("""str(b'ab')""", "\"b'ab'\""),
        C("""str(bytearray(b'ab'))""", "\"bytearray(b'ab')\""),
        C("""str(WithStr())""", """'custom'"""),
        C("""str(WithRepr())""", """'R!'"""),
        C("""str(BadStr())""", """TypeError: __str__ returned non-string (type int)"""),
        C("""type(str(SubStr()))""", """<class 'S'>"""),
        C("""str(SubStr())""", """'sub'"""),
        C("""str(object='x')""", """'x'"""),
        C("""str(obj='x')""", """TypeError: str() got an unexpected keyword argument 'obj'"""),
        C("""str(1, 2, 3, 4)""", """TypeError: str expected at most 3 arguments, got 4"""),
        C("""str(b'caf\xc3\xa9', 'utf-8')""", "'caf\u00E9'"),
        C("""str(b'caf\xc3\xa9', encoding='latin-1')""", "'caf\u00C3\u00A9'"),
        C("""str(b'caf\xe9', 'ascii', 'replace')""", "'caf\uFFFD'"),
        C("""str(b'caf\xe9', 'ascii', errors='ignore')""", """'caf'"""),
        C("""str(b'caf\xe9', errors='strict')""", """UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 3: unexpected end of data"""),
        C("""str(b'caf\xe9', 'ascii')""", """UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 3: ordinal not in range(128)"""),
        C("""str(bytearray(b'abc'), 'ascii')""", """'abc'"""),
        C("""str(memoryview(b'abc'), 'ascii')""", """'abc'"""),
        C("""str(memoryview(b'abcdef')[::2], 'ascii')""", """TypeError: decoding to str: need a bytes-like object, memoryview found"""),
        C("""str('abc', 'utf-8')""", """TypeError: decoding str is not supported"""),
        C("""str(1, 'utf-8')""", """TypeError: decoding to str: need a bytes-like object, int found"""),
        C("""str([1], 'utf-8')""", """TypeError: decoding to str: need a bytes-like object, list found"""),
        C("""str(b'abc', 1)""", """TypeError: str() argument 'encoding' must be str, not int"""),
        C("""str(b'abc', 'utf-8', 1)""", """TypeError: str() argument 'errors' must be str, not int"""),
        C("""str(b'abc', 'nope')""", """LookupError: unknown encoding: nope"""),
        C("""str(b'abc', 'utf-8', 'nope')""", """'abc'"""),
        C("""str(b'\xff', 'utf-8', 'nope')""", """LookupError: unknown error handler name 'nope'"""),
        C("""str(encoding='utf-8')""", """''"""),
        // subclasses
        C("""S('abc')""", """'abc'"""),
        C("""type(S('abc'))""", """<class 'S'>"""),
        C("""type(S())""", """<class 'S'>"""),
        C("""S() == ''""", """True"""),
        C("""S(b'x\xe9', 'latin-1')""", "'x\u00E9'"),
        C("""type(S(b'x', 'ascii'))""", """<class 'S'>"""),
        C("""s = S('abc'); s == 'abc'""", """True"""),
        C("""s = S('abc'); hash(s) == hash('abc')""", """True"""),
        C("""s = S('abc'); {'abc': 1}[s]""", """1"""),
        C("""s = S('abc'); type(str(s))""", """<class 'str'>"""),
        C("""s = S('abc'); str(s) == s""", """True"""),
        C("""s = S('abc'); type(s + 'd')""", """<class 'str'>"""),
        C("""s = S('abc'); type('d' + s)""", """<class 'str'>"""),
        C("""s = S('abc'); type(s + '')""", """<class 'str'>"""),
        C("""s = S('abc'); type('' + s)""", """<class 'str'>"""),
        C("""s = S('abc'); type(s * 1)""", """<class 'str'>"""),
        C("""s = S('abc'); type(s[:])""", """<class 'str'>"""),
        C("""s = S('abc'); type(s[0])""", """<class 'str'>"""),
        C("""s = S('abc'); type(s.upper())""", """<class 'str'>"""),
        C("""s = S('abc'); type(s.strip())""", """<class 'str'>"""),
        C("""s = S('abc'); type(s.replace('x', 'y'))""", """<class 'str'>"""),
        C("""s = S('abc'); type(s.center(2))""", """<class 'str'>"""),
        C("""s = S('abc'); type(s.ljust(1))""", """<class 'str'>"""),
        C("""s = S('abc'); type(s.zfill(1))""", """<class 'str'>"""),
        C("""s = S('abc'); type(s.removeprefix('x'))""", """<class 'str'>"""),
        C("""s = S('abc'); type(s.expandtabs())""", """<class 'str'>"""),
        C("""s = S('abc'); type(s.__format__(''))""", """<class 'str'>"""),
        C("""s = S('abc'); type(format(s))""", """<class 'str'>"""),
        C("""s = S('abc'); type(''.join([s]))""", """<class 'str'>"""),
        C("""s = S('abc'); type(s.split()[0])""", """<class 'str'>"""),
        C("""s = S('abc'); type(s.partition('x')[0])""", """<class 'S'>"""),
        C("""s = S('abc'); type(s.__getnewargs__()[0])""", """<class 'str'>"""),
        C("""s = S('abc'); type('%s' % s)""", """<class 'str'>"""),
        C("""s = S('abc'); type('{}'.format(s))""", """<class 'str'>"""),
        C("""s = S('a'); s in 'cat'""", """True"""),
        C("""s = S('b'); 'abc'.split(s)""", """['a', 'c']"""),
        C("""s = S('abc'); repr(s)""", "\"'abc'\""),
        C("""s = S('abc'); s.x = 1; s.x""", """1"""),
        C("""isinstance(S('a'), str)""", """True"""),
    ];

    public static IEnumerable<TestCaseData> CorpusCases() => Cases(Corpus);

    [TestCaseSource(nameof(CorpusCases))]
    public void StrConstructionAndSubclassesBehaveAsInCPython(PyCase c)
    {
        // spec: OBJ-STR-1, OBJ-STR-2, OBJ-BYTES-2
        Check(c);
    }

    [Test]
    public void AStrSubclassInstanceHoldsItsTypeAndReleasesIt()
    {
        // spec: OBJ-STR-1, OBJ-RC-4
        PyTypeObject s = Class("S", [PyUnicodeObject.Type]);
        long before = s.RefCnt;
        PyObject instance = Call(s, S("text"));
        Assert.That(instance.ObType, Is.SameAs(s));
        Assert.That(s.RefCnt, Is.EqualTo(before + 1));
        Assert.That(Str(instance), Is.EqualTo("text"));
    }
}
