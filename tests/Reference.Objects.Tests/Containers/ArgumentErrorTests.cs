// OBJ-ERR-1 for the container methods: argument-count and keyword errors use CPython 3.14's wording for
// each method's calling convention (METH_NOARGS, METH_O, positional-only fastcall, keywords).
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Containers;

[TestFixture]
public sealed class ArgumentErrorTests : ContainerTest
{
    [TestCase("keys", "TypeError: dict.keys() takes no arguments (1 given)")]
    [TestCase("values", "TypeError: dict.values() takes no arguments (1 given)")]
    [TestCase("items", "TypeError: dict.items() takes no arguments (1 given)")]
    [TestCase("clear", "TypeError: dict.clear() takes no arguments (1 given)")]
    [TestCase("copy", "TypeError: dict.copy() takes no arguments (1 given)")]
    [TestCase("__reversed__", "TypeError: dict.__reversed__() takes no arguments (1 given)")]
    public void DictMethodsWithoutParametersRejectArguments(string method, string expected)
    {
        // spec: OBJ-DICT-1, OBJ-ERR-1
        Assert.That(MethodRaises(Dict(), method, Int(1)), Is.EqualTo(expected));
    }

    [TestCase("clear", "TypeError: set.clear() takes no arguments (1 given)")]
    [TestCase("pop", "TypeError: set.pop() takes no arguments (1 given)")]
    [TestCase("copy", "TypeError: set.copy() takes no arguments (1 given)")]
    public void SetMethodsWithoutParametersRejectArguments(string method, string expected)
    {
        // spec: OBJ-SET-2, OBJ-ERR-1
        Assert.That(MethodRaises(IntSet(), method, Int(1)), Is.EqualTo(expected));
    }

    [TestCase("remove")]
    [TestCase("discard")]
    [TestCase("isdisjoint")]
    [TestCase("issuperset")]
    public void SetMethodsWithOneParameterNeedExactlyOne(string method)
    {
        // spec: OBJ-SET-2, OBJ-ERR-1
        Assert.That(MethodRaises(IntSet(), method), Is.EqualTo($"TypeError: set.{method}() takes exactly one argument (0 given)"));
    }

    [Test]
    public void KeywordsAreRejectedByPositionalOnlyMethods()
    {
        // spec: OBJ-ERR-1
        Assert.That(Raises(MethodKw(Dict(), "get", [], ("k", Int(1)))), Is.EqualTo("TypeError: dict.get() takes no keyword arguments"));
        Assert.That(Raises(MethodKw(Dict(), "pop", [], ("k", Int(1)))), Is.EqualTo("TypeError: dict.pop() takes no keyword arguments"));
        Assert.That(Raises(MethodKw(IntSet(), "union", [], ("k", Int(1)))), Is.EqualTo("TypeError: set.union() takes no keyword arguments"));
        Assert.That(MethodRaises(Dict(), "setdefault", Int(1), Int(2), Int(3)), Is.EqualTo("TypeError: setdefault expected at most 2 arguments, got 3"));
        Assert.That(MethodRaises(IntFrozenSet(), "copy", Int(1)), Is.EqualTo("TypeError: frozenset.copy() takes no arguments (1 given)"));
        Assert.That(MethodRaises(Range(3), "count"), Is.EqualTo("TypeError: range.count() takes exactly one argument (0 given)"));
    }

    [Test]
    public void SortTakesAtMostTwoKeywordArguments()
    {
        // spec: OBJ-LIST-2, OBJ-ERR-1
        PyObject len = Attr(Attr(IntList(), "__class__"), "__len__");
        Assert.That(Raises(MethodKw(IntList(), "sort", [], ("key", len), ("reverse", True), ("x", Int(1)))),
            Is.EqualTo("TypeError: sort() takes at most 2 keyword arguments (3 given)"));
    }
}
