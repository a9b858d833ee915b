// Every internal link and image of the built site must resolve: the file exists and, for a #fragment,
// the target page has an element with that id.
using System.Linq;
using System.Text.RegularExpressions;

namespace Reference.Book;

internal static partial class LinkChecker
{
    [GeneratedRegex("(?:href|src)=\"(?<url>[^\"]+)\"")]
    private static partial Regex UrlAttribute();

    [GeneratedRegex("\\sid=\"(?<id>[^\"]+)\"")]
    private static partial Regex IdAttribute();

    public static List<string> Check(string outDir)
    {
        var errors = new List<string>();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(outDir, "*.html"))
        {
            ids[Path.GetFileName(file)] = IdAttribute().Matches(File.ReadAllText(file)).Select(m => m.Groups["id"].Value).ToHashSet();
        }
        foreach (string file in Directory.EnumerateFiles(outDir, "*.html"))
        {
            string page = Path.GetFileName(file);
            foreach (Match m in UrlAttribute().Matches(File.ReadAllText(file)))
            {
                string url = System.Net.WebUtility.HtmlDecode(m.Groups["url"].Value);
                if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    errors.Add($"{page}: remote link {url} (the book must work offline)");
                    continue;
                }
                string target = url.Split('#')[0];
                string fragment = url.Contains('#', StringComparison.Ordinal) ? url[(url.IndexOf('#', StringComparison.Ordinal) + 1)..] : "";
                string targetPage = target.Length == 0 ? page : target;
                if (!File.Exists(Path.Combine(outDir, targetPage)))
                {
                    errors.Add($"{page}: broken link {url}");
                }
                else if (fragment.Length > 0 && ids.TryGetValue(targetPage, out HashSet<string>? known) && !known.Contains(fragment))
                {
                    errors.Add($"{page}: broken anchor {url}");
                }
            }
        }
        return errors;
    }
}
