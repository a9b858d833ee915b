// The Markdig extension behind `^code name`: a block that renders a source region, highlighted, under a
// caption naming its file and enclosing type.
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Reference.Book;

/// <summary>A `^code name` line.</summary>
internal sealed class CodeRegionBlock(BlockParser parser) : LeafBlock(parser)
{
    public string RegionName { get; set; } = "";
}

/// <summary>Recognizes `^code name` at the start of a line.</summary>
internal sealed class CodeRegionParser : BlockParser
{
    public CodeRegionParser() => OpeningCharacters = ['^'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }
        string line = processor.Line.ToString();
        if (!line.StartsWith("^code ", StringComparison.Ordinal))
        {
            return BlockState.None;
        }
        processor.NewBlocks.Push(new CodeRegionBlock(this)
        {
            RegionName = line["^code ".Length..].Trim(),
            Line = processor.LineIndex,
            Column = processor.Column,
        });
        return BlockState.BreakDiscard;
    }
}

/// <summary>Renders the region, or records an error when it does not exist.</summary>
internal sealed class CodeRegionRenderer(SourceRegions regions, List<string> errors, string page) : HtmlObjectRenderer<CodeRegionBlock>
{
    private static readonly ColorCode.HtmlClassFormatter Formatter = new();

    protected override void Write(HtmlRenderer renderer, CodeRegionBlock block)
    {
        SourceRegion? region = regions.Find(block.RegionName);
        if (region is null)
        {
            errors.Add($"{page}:{block.Line + 1}: ^code {block.RegionName}: no such region in src/");
            renderer.Write("<p class=\"missing\">missing region ").WriteEscape(block.RegionName).Write("</p>");
            return;
        }
        string where = region.EnclosingType is null ? region.File : $"{region.File} — {region.EnclosingType}";
        renderer.Write("<figure class=\"code\"><figcaption>").WriteEscape(where)
            .Write($" <span class=\"line\">line {region.FirstLine}</span></figcaption>");
        renderer.Write(Formatter.GetHtmlString(region.Code, ColorCode.Languages.CSharp));
        renderer.Write("</figure>");
    }
}

/// <summary>Adds the parser and renderer to a pipeline.</summary>
internal sealed class CodeRegionExtension(SourceRegions regions, List<string> errors, string page) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CodeRegionParser>())
        {
            pipeline.BlockParsers.Insert(0, new CodeRegionParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CodeRegionRenderer>())
        {
            html.ObjectRenderers.Insert(0, new CodeRegionRenderer(regions, errors, page));
        }
    }
}
