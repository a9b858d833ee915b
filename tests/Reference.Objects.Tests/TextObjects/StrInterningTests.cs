// OBJ-RC-3, OBJ-DEV-3: interned strs are unique per text and immortal. The runtime's own identifiers
// are interned process-wide; sys.intern fills a table per interpreter.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.TextObjects;

[TestFixture]
public sealed class StrInterningTests : TextTest
{
    [Test]
    public void InterningTextTwiceGivesTheSameImmortalStr()
    {
        // spec: OBJ-RC-3, OBJ-DEV-3
        string text = "interned text " + Guid.NewGuid().ToString("N");
        PyUnicodeObject a = PyUnicodeObject.Intern(text);
        PyUnicodeObject b = PyUnicodeObject.Intern(text);
        Assert.That(b, Is.SameAs(a));
        Assert.That(a.IsImmortal && a.IsInterned, Is.True);
    }

    [Test]
    public void InterningTheNameOfABuiltInGivesTheProcessWideIdentifier()
    {
        // spec: OBJ-RC-3
        PyUnicodeObject identifier = PyUnicodeObject.InternStatic("__len__");
        Assert.That(PyUnicodeObject.Intern("__len__"), Is.SameAs(identifier));
        Assert.That(PyUnicodeObject.Intern((PyUnicodeObject)S("__len__")), Is.SameAs(identifier));
    }

    [Test]
    public void InterningAnInternedStrReturnsItself()
    {
        // spec: OBJ-RC-3
        PyUnicodeObject interned = PyUnicodeObject.Intern("already " + Guid.NewGuid().ToString("N"));
        Assert.That(PyUnicodeObject.Intern(interned), Is.SameAs(interned));
    }

    [Test]
    public void InterningAnExactStrInternsThatObject()
    {
        // spec: OBJ-RC-3, OBJ-DEV-3
        var s = (PyUnicodeObject)S("in place " + Guid.NewGuid().ToString("N"));
        PyUnicodeObject interned = PyUnicodeObject.Intern(s);
        Assert.That(interned, Is.SameAs(s));
        Assert.That(s.IsImmortal, Is.True);
    }

    [Test]
    public void InterningAStrSubclassInstanceInternsAnExactCopy()
    {
        // spec: OBJ-RC-3
        PyTypeObject sub = Class("S", [PyUnicodeObject.Type]);
        PyObject instance = Call(sub, S("subclass text " + Guid.NewGuid().ToString("N")));
        PyUnicodeObject interned = PyUnicodeObject.Intern((PyUnicodeObject)instance);
        Assert.That(interned, Is.Not.SameAs(instance));
        Assert.That(interned.ObType, Is.SameAs(PyUnicodeObject.Type));
        Assert.That(interned.Value, Is.EqualTo(((PyUnicodeObject)instance).Value));
        Assert.That(instance.IsImmortal, Is.False);
    }

    [Test]
    public void TypeChecksTellStrSubclassesFromExactStrs()
    {
        // spec: OBJ-STR-1
        PyTypeObject sub = Class("S", [PyUnicodeObject.Type]);
        PyObject instance = Call(sub, S("x"));
        Assert.That(PyUnicodeObject.Check(instance), Is.True);
        Assert.That(PyUnicodeObject.CheckExact(instance), Is.False);
        Assert.That(PyUnicodeObject.CheckExact(S("x")), Is.True);
        Assert.That(PyUnicodeObject.Check(Int(1)), Is.False);
    }

    [Test]
    public void SingleLatin1CharactersAndTheEmptyStrAreSharedSingletons()
    {
        // spec: OBJ-RC-3
        Assert.That(EvalObject("'abc'[1]"), Is.SameAs(PyUnicodeObject.FromString("b")));
        Assert.That(EvalObject("'\\xe9t\\xe9'[0]"), Is.SameAs(PyUnicodeObject.FromCodePoint(0xE9)));
        Assert.That(EvalObject("'abc'[3:]"), Is.SameAs(PyUnicodeObject.Empty));
        Assert.That(Keep(PyUnicodeObject.FromCodePoint(0x1F600)).IsImmortal, Is.False);
    }
}
