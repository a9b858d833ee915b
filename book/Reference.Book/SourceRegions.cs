// The code the book quotes: every `#region name` … `#endregion` in src/.
//
// The book never contains a copy of code. A chapter says `^code name`; the generator finds the region of
// that name, the file it is in and the type that encloses it, and prints it. A name must be unique across
// src/, so that a quote can never silently switch to another region.
using System.Linq;
using System.Text.RegularExpressions;

namespace Reference.Book;

/// <summary>One quotable region of source.</summary>
internal sealed record SourceRegion(string Name, string File, string? EnclosingType, int FirstLine, string Code);

/// <summary>The index of every region under src/.</summary>
internal sealed partial class SourceRegions
{
    private readonly Dictionary<string, SourceRegion> _regions = new(StringComparer.Ordinal);

    [GeneratedRegex(@"^\s*#region\s+(?<name>\S+)\s*$")]
    private static partial Regex RegionStart();

    [GeneratedRegex(@"^\s*#endregion\b")]
    private static partial Regex RegionEnd();

    [GeneratedRegex(@"\b(?:class|struct|record|interface|enum)\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex TypeDeclaration();

    /// <summary>Problems found while indexing (duplicate names, unclosed regions).</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Indexes every .cs file under <paramref name="srcRoot"/>.</summary>
    public static SourceRegions Load(string repoRoot)
    {
        var index = new SourceRegions();
        string src = Path.Combine(repoRoot, "src");
        foreach (string file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string sep = Path.DirectorySeparatorChar.ToString();
            if (file.Contains(sep + "obj" + sep, StringComparison.Ordinal) || file.Contains(sep + "bin" + sep, StringComparison.Ordinal))
            {
                continue;
            }
            index.Scan(Path.GetRelativePath(repoRoot, file).Replace('\\', '/'), File.ReadAllLines(file));
        }
        return index;
    }

    private void Scan(string file, string[] lines)
    {
        var open = new Stack<(string Name, int Line)>();
        for (int i = 0; i < lines.Length; i++)
        {
            Match start = RegionStart().Match(lines[i]);
            if (start.Success)
            {
                open.Push((start.Groups["name"].Value, i));
                continue;
            }
            if (!RegionEnd().IsMatch(lines[i]))
            {
                continue;
            }
            if (open.Count == 0)
            {
                Errors.Add($"{file}:{i + 1}: #endregion without #region");
                continue;
            }
            (string name, int first) = open.Pop();
            var region = new SourceRegion(name, file, EnclosingType(lines, first), first + 2,
                Dedent(lines.AsSpan(first + 1, i - first - 1)));
            if (!_regions.TryAdd(name, region))
            {
                Errors.Add($"region '{name}' is defined twice: {_regions[name].File} and {file}");
            }
        }
        foreach ((string name, int line) in open)
        {
            Errors.Add($"{file}:{line + 1}: #region {name} is never closed");
        }
    }

    /// <summary>The nearest type declared above the region whose braces are still open.</summary>
    private static string? EnclosingType(string[] lines, int regionLine)
    {
        int depth = 0;
        for (int i = regionLine - 1; i >= 0; i--)
        {
            string line = lines[i];
            depth += line.Count(c => c == '}') - line.Count(c => c == '{');
            Match m = TypeDeclaration().Match(line);
            if (m.Success && depth < 0 && !line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                return m.Groups["name"].Value;
            }
            depth = Math.Min(depth, 0);
        }
        return null;
    }

    private static string Dedent(ReadOnlySpan<string> lines)
    {
        int indent = int.MaxValue;
        foreach (string line in lines)
        {
            if (line.Trim().Length > 0)
            {
                indent = Math.Min(indent, line.Length - line.TrimStart().Length);
            }
        }
        var result = new List<string>(lines.Length);
        foreach (string line in lines)
        {
            result.Add(line.Length >= indent ? line[indent..] : line.TrimStart());
        }
        return string.Join('\n', result).Trim('\n');
    }

    /// <summary>The region of that name, or null.</summary>
    public SourceRegion? Find(string name) => _regions.GetValueOrDefault(name);

    /// <summary>All regions.</summary>
    public IReadOnlyCollection<SourceRegion> All => _regions.Values;
}
