// The generated appendix: every requirement → the tests and conformance programs that cite it → the
// chapters that explain it, with gaps shown.
using System.Linq;
using System.Text;

namespace Reference.Book;

internal static class TraceabilityAppendix
{
    public static string Markdown(string repoRoot, IReadOnlyList<Page> chapters)
    {
        List<Requirement> requirements = Traceability.Definitions(repoRoot);
        Dictionary<string, SortedSet<string>> cited = Traceability.Citations(repoRoot);
        var sb = new StringBuilder();
        sb.AppendLine("# Appendix: traceability");
        sb.AppendLine();
        sb.AppendLine("Every requirement of the specification, the tests and conformance programs that evidence it, and the");
        sb.AppendLine("chapters that explain it. Generated from `spec/*.md`, `tests/` and `book/chapters/` when the book is built.");
        sb.AppendLine();
        int untested = requirements.Count(r => !Traceability.IsDeviation(r.Id) && !cited.ContainsKey(r.Id));
        int unexplained = requirements.Count(r => !chapters.Any(c => c.Markdown.Contains(r.Id, StringComparison.Ordinal)));
        sb.AppendLine($"{requirements.Count} requirements; {untested} cited by no test; {unexplained} not yet named by a chapter.");
        sb.AppendLine();
        string? file = null;
        foreach (Requirement r in requirements)
        {
            if (r.SpecFile != file)
            {
                file = r.SpecFile;
                sb.AppendLine($"## {file}");
                sb.AppendLine();
            }
            sb.AppendLine($"<h3 id=\"{r.Id}\">{r.Id}</h3>");
            sb.AppendLine();
            sb.AppendLine(r.Text.Replace(r.Id, "", StringComparison.Ordinal));
            sb.AppendLine();
            if (Traceability.IsDeviation(r.Id))
            {
                sb.AppendLine("- *a documented deviation; no test needed*");
            }
            else if (cited.TryGetValue(r.Id, out SortedSet<string>? files))
            {
                sb.AppendLine("- tested by: " + string.Join(", ", files.Select(f => $"`{f}`")));
            }
            else
            {
                sb.AppendLine("- tested by: **nothing yet**");
            }
            var explaining = chapters.Where(c => c.Markdown.Contains(r.Id, StringComparison.Ordinal)).ToList();
            sb.AppendLine(explaining.Count == 0
                ? "- explained in: **no chapter yet**"
                : "- explained in: " + string.Join(", ", explaining.Select(c => $"[{c.Title}]({c.FileName})")));
            sb.AppendLine();
        }
        return sb.ToString();
    }
}
