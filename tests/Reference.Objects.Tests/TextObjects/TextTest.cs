// The base of the text-object fixtures: a RuntimeTest that can run Python snippets (MiniPython) and
// compare them with CPython's answers recorded in a corpus.
using NUnit.Framework;
using Reference.Objects.Tests.Support;

namespace Reference.Objects.Tests.TextObjects;

/// <summary>One snippet and what CPython printed for it (the repr of its value, or "Type: message").</summary>
public sealed record PyCase(string Code, string Expected)
{
    public override string ToString() => Code;
}

/// <summary>A runtime test that evaluates snippets.</summary>
public abstract class TextTest : RuntimeTest
{
    /// <summary>A snippet whose expectation comes from CPython 3.14 (filled in by expect_cpython.py).</summary>
    protected static PyCase C(string code, string expected) => new(code, expected);

    /// <summary>A snippet whose expectation depends on a 64-bit Py_ssize_t: taken from native CPython 3.13.</summary>
    protected static PyCase C64(string code, string expected) => new(code, expected);

    /// <summary>Turns a corpus into NUnit cases named by their code.</summary>
    protected static IEnumerable<TestCaseData> Cases(IEnumerable<PyCase> corpus)
    {
        foreach (PyCase c in corpus)
        {
            yield return new TestCaseData(c).SetArgDisplayNames(Display(c.Code));
        }
    }

    private static string Display(string code)
    {
        var sb = new System.Text.StringBuilder(code.Length);
        foreach (char ch in code)
        {
            sb.Append(ch is >= ' ' and < (char)127 ? ch : '?');
        }
        return sb.ToString();
    }

    /// <summary>Binds the names a fixture's snippets use (the same names its `// python-prelude:` lines define
    /// for CPython).</summary>
    protected virtual void BindNames(MiniPython py)
    {
    }

    /// <summary>Runs a snippet in a fresh namespace; returns the repr of the last expression or "Type: message".</summary>
    protected string Eval(string code)
    {
        using var py = new MiniPython();
        BindNames(py);
        return py.RunToText(code);
    }

    /// <summary>Runs a snippet and keeps its value (asserting success).</summary>
    protected PyObject EvalObject(string code)
    {
        using var py = new MiniPython();
        BindNames(py);
        return Ok(py.Run(code));
    }

    /// <summary>Asserts that a snippet gives CPython's answer.</summary>
    protected void Check(PyCase c)
    {
        string actual = Eval(c.Code);
        if (actual != c.Expected)
        {
            Assert.Fail($"{c.Code}\n  expected: {c.Expected}\n  actual:   {actual}");
        }
    }
}
