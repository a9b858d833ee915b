// Requirement traceability: the IDs spec/*.md defines, who cites them, and which chapters explain them.
//
// A requirement is a bold ID at the start of a list item in spec/*.md: `- **OBJ-RC-1** …`. Tests and
// conformance programs cite it in a comment `spec: OBJ-RC-1, OBJ-RC-2`. A chapter explains it by naming it.
// The traceability tests and the book's appendix both read this one implementation.
using System.Linq;
using System.Text.RegularExpressions;

namespace Reference.Book;

/// <summary>One requirement of the specification.</summary>
public sealed record Requirement(string Id, string Text, string SpecFile);

/// <summary>Reads definitions and citations from a checkout.</summary>
public static partial class Traceability
{
    [GeneratedRegex(@"^\s*-\s+\*\*(?<id>[A-Z]+(?:-[A-Z0-9]+)+)\*\*\s*(?<text>.*)$", RegexOptions.Multiline)]
    private static partial Regex DefinitionPattern();

    [GeneratedRegex(@"spec:\s*(?<ids>[A-Z]+-[A-Z0-9-]+(?:\s*,\s*[A-Z]+-[A-Z0-9-]+)*)")]
    private static partial Regex CitationPattern();

    /// <summary>A requirement ID anywhere in prose.</summary>
    [GeneratedRegex(@"\b(?:OBJ|EVAL|GIL|FT|INT|THR)-[A-Z]+(?:-[A-Z0-9]+)*\b")]
    public static partial Regex IdPattern();

    /// <summary>Every requirement in spec/*.md, in file order.</summary>
    public static List<Requirement> Definitions(string repoRoot)
    {
        var result = new List<Requirement>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(Path.Combine(repoRoot, "spec"), "*.md").Order(StringComparer.Ordinal))
        {
            foreach (Match m in DefinitionPattern().Matches(File.ReadAllText(file)))
            {
                string id = m.Groups["id"].Value;
                if (!seen.Add(id))
                {
                    throw new InvalidDataException($"{id} is defined twice");
                }
                result.Add(new Requirement(id, m.Groups["text"].Value.Trim(), Path.GetFileName(file)));
            }
        }
        return result;
    }

    /// <summary>Every citation in tests/**.cs and spec/conformance/**.py: ID → the files citing it.</summary>
    public static Dictionary<string, SortedSet<string>> Citations(string repoRoot)
    {
        var cited = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        string sep = Path.DirectorySeparatorChar.ToString();
        IEnumerable<string> files = Directory.EnumerateFiles(Path.Combine(repoRoot, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(sep + "obj" + sep, StringComparison.Ordinal) && !f.Contains(sep + "bin" + sep, StringComparison.Ordinal));
        string conformance = Path.Combine(repoRoot, "spec", "conformance");
        if (Directory.Exists(conformance))
        {
            files = files.Concat(Directory.EnumerateFiles(conformance, "*.py", SearchOption.AllDirectories));
        }
        foreach (string file in files)
        {
            foreach (Match m in CitationPattern().Matches(File.ReadAllText(file)))
            {
                foreach (string raw in m.Groups["ids"].Value.Split(','))
                {
                    string id = raw.Trim();
                    if (!cited.TryGetValue(id, out SortedSet<string>? where))
                    {
                        cited[id] = where = new SortedSet<string>(StringComparer.Ordinal);
                    }
                    where.Add(Path.GetRelativePath(repoRoot, file).Replace('\\', '/'));
                }
            }
        }
        return cited;
    }

    /// <summary>Whether an ID documents a deliberate deviation (needs no test).</summary>
    public static bool IsDeviation(string id) => id.Contains("-DEV-", StringComparison.Ordinal);
}
