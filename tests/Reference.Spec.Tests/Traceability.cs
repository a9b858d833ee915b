// Requirement traceability across the repository, read by the same code that writes the book's appendix
// (book/Reference.Book/Traceability.cs): every ID a test or conformance program cites is defined in
// spec/*.md, and every requirement there except a deviation note is cited at least once.
using System.Linq;
using NUnit.Framework;
using Reference.Book;

namespace Reference.Spec.Tests;

[TestFixture]
public sealed class TraceabilityTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        string? dir = TestContext.CurrentContext.TestDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Reference.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }
        return dir ?? throw new DirectoryNotFoundException("Reference.sln not found above the test directory");
    }

    [Test]
    public void TheSpecDefinesRequirements()
    {
        Assert.That(Traceability.Definitions(Root), Is.Not.Empty);
    }

    [Test]
    public void EveryCitedIdIsDefinedInTheSpec()
    {
        var defined = Traceability.Definitions(Root).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = Traceability.Citations(Root).Where(c => !defined.Contains(c.Key))
            .Select(c => $"{c.Key} (cited in {string.Join(", ", c.Value)})").ToList();
        Assert.That(unknown, Is.Empty, "cited but not defined in spec/*.md");
    }

    [Test]
    public void EveryRequirementIsCitedByATestOrConformanceProgram()
    {
        Dictionary<string, SortedSet<string>> cited = Traceability.Citations(Root);
        var uncited = Traceability.Definitions(Root).Select(r => r.Id)
            .Where(id => !Traceability.IsDeviation(id) && !cited.ContainsKey(id)).ToList();
        Assert.That(uncited, Is.Empty, "defined in spec/*.md but cited by no test");
    }
}
