// The site's HTML: a page template with previous/next links, the table of contents, and one stylesheet.
// Everything is local: no remote fonts, scripts or images, so the book reads offline.
using System.Net;
using System.Text;

namespace Reference.Book;

internal static class Site
{
    public static string Page(string title, string body, Page? previous, Page? next)
    {
        string nav = Nav(previous, next);
        return $"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)} — Reference</title>
            <link rel="stylesheet" href="style.css">
            </head>
            <body>
            {nav}
            <main>
            {body}
            </main>
            {nav}
            </body>
            </html>
            """;
    }

    private static string Nav(Page? previous, Page? next)
    {
        var sb = new StringBuilder("<nav><a href=\"index.html\">Contents</a>");
        if (previous is not null)
        {
            sb.Append($" · <a rel=\"prev\" href=\"{previous.FileName}\">← {WebUtility.HtmlEncode(previous.Title)}</a>");
        }
        if (next is not null)
        {
            sb.Append($" · <a rel=\"next\" href=\"{next.FileName}\">{WebUtility.HtmlEncode(next.Title)} →</a>");
        }
        return sb.Append("</nav>").ToString();
    }

    public static string Index(IReadOnlyList<Page> pages)
    {
        var items = new StringBuilder();
        foreach (Page page in pages)
        {
            items.Append($"<li><a href=\"{page.FileName}\">{WebUtility.HtmlEncode(page.Title)}</a></li>\n");
        }
        return Page("Contents", $"""
            <h1>Reference</h1>
            <p class="lead">Python's concurrency runtime, rebuilt in C# stage by stage: objects and reference counts,
            the evaluator and the GIL, free threading, multiple interpreters. Every line of code quoted here is
            compiled and tested; every output shown was produced when this book was built.</p>
            <h2>Contents</h2>
            <ol class="toc">
            {items}</ol>
            """, null, pages.Count > 0 ? pages[0] : null);
    }

    public static string Css => BaseCss + new ColorCode.HtmlClassFormatter().GetCSSString();

    private const string BaseCss = """
        :root { --text: #1d1f23; --muted: #5c6370; --accent: #2456a6; --code-bg: #f6f7f9; --rule: #e3e5e8; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--text); background: #fff;
               font: 17px/1.6 Georgia, "Iowan Old Style", "Palatino Linotype", serif; }
        main, nav { max-width: 46rem; margin: 0 auto; padding: 0 1.25rem; }
        nav { font: 14px/1.5 system-ui, sans-serif; padding-top: 1rem; padding-bottom: 1rem; color: var(--muted); }
        nav a { color: var(--accent); text-decoration: none; }
        h1, h2, h3 { font-family: system-ui, sans-serif; line-height: 1.25; }
        h1 { font-size: 2rem; margin-top: 1.5rem; }
        h2 { margin-top: 2.2rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
        a { color: var(--accent); }
        code, pre { font: 14px/1.45 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
        :not(pre) > code { background: var(--code-bg); padding: .1em .3em; border-radius: 3px; }
        pre { background: var(--code-bg); padding: .8rem 1rem; overflow-x: auto; border-radius: 4px; }
        pre.output { background: #fff; border: 1px dashed var(--rule); margin-top: -.5rem; }
        figure.code { margin: 1.2rem 0; }
        figure.code figcaption { font: 13px system-ui, sans-serif; color: var(--muted); margin-bottom: .25rem; }
        figure.code .line { float: right; }
        table { border-collapse: collapse; margin: 1rem 0; font-size: 15px; }
        th, td { border: 1px solid var(--rule); padding: .3rem .6rem; text-align: left; vertical-align: top; }
        p.lead { font-size: 1.15rem; color: var(--muted); }
        .missing { color: #b00020; font-weight: bold; }
        ol.toc li { margin: .3rem 0; }
        img { max-width: 100%; }
        """;
}
