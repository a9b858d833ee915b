// Requirement traceability across the repository.
//
// A requirement is defined in spec/*.md as a bold ID at the start of a list item: `- **OBJ-RC-1** …`.
// It is cited by a comment `spec: OBJ-RC-1` (several IDs may follow, comma-separated) in a test under
// tests/ or in a conformance program under spec/conformance/. Deviation notes (`…-DEV-…`) document
// choices rather than behaviour and need no citation.
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Reference.Spec.Tests;

[TestFixture]
public sealed partial class Traceability
{
    private static readonly string Root = FindRoot();

    [GeneratedRegex(@"^\s*-\s+\*\*(?<id>[A-Z]+(?:-[A-Z0-9]+)+)\*\*", RegexOptions.Multiline)]
    private static partial Regex DefinitionPattern();

    [GeneratedRegex(@"spec:\s*(?<ids>[A-Z]+-[A-Z0-9-]+(?:\s*,\s*[A-Z]+-[A-Z0-9-]+)*)")]
    private static partial Regex CitationPattern();

    private static string FindRoot()
    {
        string? dir = TestContext.CurrentContext.TestDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Reference.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }
        return dir ?? throw new DirectoryNotFoundException("Reference.sln not found above the test directory");
    }

    /// <summary>Every ID defined in spec/*.md, with the file that defines it.</summary>
    internal static Dictionary<string, string> Definitions()
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(Path.Combine(Root, "spec"), "*.md"))
        {
            foreach (Match m in DefinitionPattern().Matches(File.ReadAllText(file)))
            {
                string id = m.Groups["id"].Value;
                if (!ids.TryAdd(id, Path.GetFileName(file)))
                {
                    throw new InvalidDataException($"{id} is defined twice ({ids[id]} and {Path.GetFileName(file)})");
                }
            }
        }
        return ids;
    }

    /// <summary>Every citation in tests and conformance programs: ID → files citing it.</summary>
    internal static Dictionary<string, List<string>> Citations()
    {
        var cited = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        IEnumerable<string> files = Directory.EnumerateFiles(Path.Combine(Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        string conformance = Path.Combine(Root, "spec", "conformance");
        if (Directory.Exists(conformance))
        {
            files = files.Concat(Directory.EnumerateFiles(conformance, "*.py", SearchOption.AllDirectories));
        }
        foreach (string file in files)
        {
            if (Path.GetFileName(file) == "Traceability.cs")
            {
                continue;
            }
            foreach (Match m in CitationPattern().Matches(File.ReadAllText(file)))
            {
                foreach (string raw in m.Groups["ids"].Value.Split(','))
                {
                    string id = raw.Trim();
                    if (!cited.TryGetValue(id, out List<string>? where))
                    {
                        cited[id] = where = [];
                    }
                    where.Add(Path.GetRelativePath(Root, file));
                }
            }
        }
        return cited;
    }

    [Test]
    public void TheSpecDefinesRequirements()
    {
        Assert.That(Definitions(), Is.Not.Empty);
    }

    [Test]
    public void EveryCitedIdIsDefinedInTheSpec()
    {
        Dictionary<string, string> defined = Definitions();
        var unknown = Citations().Where(c => !defined.ContainsKey(c.Key))
            .Select(c => $"{c.Key} (cited in {string.Join(", ", c.Value.Distinct())})").ToList();
        Assert.That(unknown, Is.Empty, "cited but not defined in spec/*.md");
    }

    [Test]
    public void EveryRequirementIsCitedByATestOrConformanceProgram()
    {
        Dictionary<string, List<string>> cited = Citations();
        var uncited = Definitions().Keys.Where(id => !id.Contains("-DEV-", StringComparison.Ordinal) && !cited.ContainsKey(id))
            .Order(StringComparer.Ordinal).ToList();
        Assert.That(uncited, Is.Empty, "defined in spec/*.md but cited by no test");
    }
}
