// The generator: chapters in book/chapters/ (Markdown, in file-name order) plus generated appendices, to a
// static HTML site with a table of contents, previous/next links and no remote resources.
using System.Linq;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Reference.Book;

/// <summary>One page of the book.</summary>
internal sealed record Page(string FileName, string Title, string Markdown, string SourcePath);

/// <summary>Builds the book; collects every problem instead of stopping at the first.</summary>
public sealed class BookBuilder(string repoRoot)
{
    /// <summary>Problems found: missing or duplicated regions, failing examples, broken links.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Builds the site into <paramref name="outDir"/>; returns the pages written.</summary>
    public IReadOnlyList<string> Build(string outDir, bool runExamples = true)
    {
        SourceRegions regions = SourceRegions.Load(repoRoot);
        Errors.AddRange(regions.Errors);
        List<Page> pages = LoadPages();
        Directory.CreateDirectory(outDir);
        var written = new List<string>();
        for (int i = 0; i < pages.Count; i++)
        {
            Page page = pages[i];
            string body = Render(page, regions, runExamples);
            string html = Site.Page(page.Title, body, i > 0 ? pages[i - 1] : null, i + 1 < pages.Count ? pages[i + 1] : null);
            File.WriteAllText(Path.Combine(outDir, page.FileName), html);
            written.Add(page.FileName);
        }
        File.WriteAllText(Path.Combine(outDir, "index.html"), Site.Index(pages));
        File.WriteAllText(Path.Combine(outDir, "style.css"), Site.Css);
        written.Add("index.html");
        Errors.AddRange(LinkChecker.Check(outDir));
        return written;
    }

    private List<Page> LoadPages()
    {
        var pages = new List<Page>();
        string chapters = Path.Combine(repoRoot, "book", "chapters");
        foreach (string file in Directory.EnumerateFiles(chapters, "*.md").Order(StringComparer.Ordinal))
        {
            string markdown = File.ReadAllText(file);
            pages.Add(new Page(Path.GetFileNameWithoutExtension(file) + ".html", TitleOf(markdown, file), markdown,
                Path.GetRelativePath(repoRoot, file)));
        }
        string traceability = TraceabilityAppendix.Markdown(repoRoot, pages);
        pages.Add(new Page("appendix-traceability.html", TitleOf(traceability, "traceability"), traceability, "(generated)"));
        string names = File.ReadAllText(Path.Combine(repoRoot, "spec", "names.md"));
        pages.Add(new Page("appendix-names.html", TitleOf(names, "names"), names, "spec/names.md"));
        return pages;
    }

    private static string TitleOf(string markdown, string fallback)
    {
        foreach (string line in markdown.Split('\n'))
        {
            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                return line[2..].Trim();
            }
        }
        return fallback;
    }

    private string Render(Page page, SourceRegions regions, bool runExamples)
    {
        MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
            .UseAdvancedExtensions()
            .Use(new CodeRegionExtension(regions, Errors, page.SourcePath))
            .Build();
        MarkdownDocument document = Markdown.Parse(page.Markdown, pipeline);
        var examples = new ExecutedExamples(repoRoot, Errors, page.SourcePath);
        if (runExamples)
        {
            examples.Run(document);
        }
        RewriteLinks(document);
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.ObjectRenderers.Insert(0, new ExampleBlockRenderer(examples));
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>Chapter links point at .html pages; requirement IDs link to the traceability appendix.</summary>
    private static void RewriteLinks(MarkdownDocument document)
    {
        foreach (LinkInline link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && !url.Contains("://", StringComparison.Ordinal) && url.Contains(".md", StringComparison.Ordinal))
            {
                link.Url = url.Replace(".md", ".html", StringComparison.Ordinal);
            }
        }
        foreach (LiteralInline literal in document.Descendants<LiteralInline>().ToList())
        {
            if (literal.Parent is LinkInline || literal.Parent is null)
            {
                continue;
            }
            string text = literal.Content.ToString();
            var matches = Traceability.IdPattern().Matches(text);
            if (matches.Count == 0)
            {
                continue;
            }
            ContainerInline parent = literal.Parent;
            Inline anchor = literal;
            int pos = 0;
            var pieces = new List<Inline>();
            foreach (System.Text.RegularExpressions.Match m in matches)
            {
                if (m.Index > pos)
                {
                    pieces.Add(new LiteralInline(text[pos..m.Index]));
                }
                var link = new LinkInline($"appendix-traceability.html#{m.Value}", "");
                link.AppendChild(new LiteralInline(m.Value));
                pieces.Add(link);
                pos = m.Index + m.Length;
            }
            if (pos < text.Length)
            {
                pieces.Add(new LiteralInline(text[pos..]));
            }
            foreach (Inline piece in pieces)
            {
                anchor.InsertAfter(piece);
                anchor = piece;
            }
            literal.Remove();
            _ = parent;
        }
    }

    /// <summary>Renders run blocks with their output, and hides expected blocks already checked.</summary>
    private sealed class ExampleBlockRenderer(ExecutedExamples examples) : HtmlObjectRenderer<FencedCodeBlock>
    {
        private static readonly ColorCode.HtmlClassFormatter Formatter = new();

        protected override void Write(HtmlRenderer renderer, FencedCodeBlock block)
        {
            if (examples.Consumed.Contains(block))
            {
                return;
            }
            string code = block.Lines.ToString();
            string language = block.Info ?? "";
            ColorCode.ILanguage? lang = language switch
            {
                "csharp" or "cs" => ColorCode.Languages.CSharp,
                "python" => ColorCode.Languages.Python,
                _ => null,
            };
            renderer.Write("<div class=\"example\">");
            if (lang is null)
            {
                renderer.Write("<pre><code>").WriteEscape(code).Write("</code></pre>");
            }
            else
            {
                renderer.Write(Formatter.GetHtmlString(code, lang));
            }
            if (examples.Outputs.TryGetValue(block, out string? output))
            {
                renderer.Write("<pre class=\"output\"><code>").WriteEscape(output).Write("</code></pre>");
            }
            renderer.Write("</div>");
        }
    }
}
