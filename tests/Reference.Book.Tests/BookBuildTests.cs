// The book as CI sees it: the real book builds with no problem, and each kind of problem the generator
// promises to catch (a missing or duplicated region, an example whose output drifted, a broken link) is
// caught — shown on small throw-away checkouts, so these tests fail if the checks themselves are lost.
using NUnit.Framework;

namespace Reference.Book.Tests;

[TestFixture]
public sealed class BookBuildTests
{
    private string _scratch = "";

    [SetUp]
    public void MakeScratch()
    {
        _scratch = Path.Combine(Path.GetTempPath(), "book-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_scratch);
    }

    [TearDown]
    public void RemoveScratch() => Directory.Delete(_scratch, recursive: true);

    [Test]
    [CancelAfter(600_000)]
    public void TheBookBuildsWithEveryExampleRun()
    {
        var builder = new BookBuilder(RepoRoot.Path);
        string outDir = Path.Combine(_scratch, "out");
        IReadOnlyList<string> pages = builder.Build(outDir);
        Assert.That(builder.Errors, Is.Empty);
        Assert.That(pages, Does.Contain("index.html").And.Contain("01-objects.html").And.Contain("appendix-traceability.html"));
        string chapter = File.ReadAllText(Path.Combine(outDir, "01-objects.html"));
        // A quoted region shows the code itself, with the file it comes from.
        Assert.That(chapter, Does.Contain("Include/Object.cs").And.Contain("ObRefCnt"));
        // The demo ran at build time and its real output is on the page.
        Assert.That(chapter, Does.Contain("class=\"output\""));
    }

    [Test]
    public void AMissingRegionFailsTheBuild()
    {
        Checkout(chapter: "# One\n\n^code nowhere\n");
        Assert.That(Build(), Has.Some.Contains("nowhere"));
    }

    [Test]
    public void ADuplicatedRegionFailsTheBuild()
    {
        Checkout(chapter: "# One\n\n^code twice\n",
            source: "class A\n{\n    #region twice\n    int a;\n    #endregion\n}\nclass B\n{\n    #region twice\n    int b;\n    #endregion\n}\n");
        Assert.That(Build(), Has.Some.Contains("twice"));
    }

    [Test]
    public void AQuotedRegionNamesItsFileAndType()
    {
        Checkout(chapter: "# One\n\n^code here\n", source: "class Holder\n{\n    #region here\n    int quoted;\n    #endregion\n}\n");
        Assert.That(Build(), Is.Empty);
        string html = File.ReadAllText(Path.Combine(_scratch, "out", "01-one.html"));
        Assert.That(html, Does.Contain("src/x/A.cs").And.Contain("Holder").And.Contain("quoted"));
    }

    [Test]
    public void AnExampleWhoseOutputDriftedFailsTheBuild()
    {
        Checkout(chapter: "# One\n\n```console run\necho actual\n```\n\n```expected\npromised\n```\n");
        Assert.That(Build(), Has.Some.Contains("output differs").And.Some.Contains("promised"));
    }

    [Test]
    public void AnExampleThatMatchesPrintsItsOutput()
    {
        Checkout(chapter: "# One\n\n```console run\necho actual\n```\n\n```expected\nactual\n```\n");
        Assert.That(Build(), Is.Empty);
        Assert.That(File.ReadAllText(Path.Combine(_scratch, "out", "01-one.html")), Does.Contain("<pre class=\"output\"><code>actual"));
    }

    [Test]
    public void AFailingExampleFailsTheBuild()
    {
        Checkout(chapter: "# One\n\n```console run\nexit 3\n```\n");
        Assert.That(Build(), Has.Some.Contains("status 3"));
    }

    [Test]
    public void ABrokenLinkFailsTheBuild()
    {
        Checkout(chapter: "# One\n\nSee [the next chapter](02-missing.md) and ![a chart](chart.svg).\n");
        Assert.That(Build(), Has.Some.Contains("02-missing.html").And.Some.Contains("chart.svg"));
    }

    [Test]
    public void ARemoteResourceFailsTheBuild()
    {
        Checkout(chapter: "# One\n\n![logo](https://example.org/logo.png)\n");
        Assert.That(Build(), Has.Some.Contains("offline"));
    }

    [Test]
    public void TheTraceabilityAppendixShowsGaps()
    {
        Checkout(chapter: "# One\n\nExplains OBJ-A-1.\n",
            spec: "# Spec\n\n- **OBJ-A-1** cited and explained.\n- **OBJ-A-2** neither.\n",
            test: "// spec" + ": OBJ-A-1\n"); // split, so this file does not itself cite OBJ-A-1
        Assert.That(Build(), Is.Empty);
        string appendix = File.ReadAllText(Path.Combine(_scratch, "out", "appendix-traceability.html"));
        Assert.That(appendix, Does.Contain("OBJ-A-2").And.Contain("tests/T.cs"));
        string chapter = File.ReadAllText(Path.Combine(_scratch, "out", "01-one.html"));
        Assert.That(chapter, Does.Contain("appendix-traceability.html#OBJ-A-1"));
    }

    /// <summary>A minimal checkout: one chapter, one source file, a spec and a test citing it.</summary>
    private void Checkout(string chapter, string source = "class A { }\n", string spec = "# Spec\n",
        string test = "// no citations\n")
    {
        Write("book/chapters/01-one.md", chapter);
        Write("src/x/A.cs", source);
        Write("spec/a.md", spec);
        Write("spec/names.md", "# Names\n");
        Write("tests/T.cs", test);
    }

    private void Write(string relative, string text)
    {
        string path = Path.Combine(_scratch, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private List<string> Build()
    {
        var builder = new BookBuilder(_scratch);
        builder.Build(Path.Combine(_scratch, "out"));
        return builder.Errors;
    }
}
