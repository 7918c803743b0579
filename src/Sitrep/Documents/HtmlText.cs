using System.Text;
using AngleSharp.Dom;

namespace Sitrep.Documents;

/// <summary>
/// Flattens an HTML element to plain text with a blank line between blocks (paragraphs,
/// headings, list items), so the sentence splitter sees the page's paragraph structure.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "aside", "main", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "figure", "figcaption", "hr",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "button", "form", "nav", "select", "textarea",
    };

    public static string Of(INode root)
    {
        var sb = new StringBuilder();
        Append(root, sb, depth: 0);
        return Normalize(sb.ToString());
    }

    private static void Append(INode node, StringBuilder sb, int depth)
    {
        if (depth > 256) return; // pathological nesting: the text below that depth is not article prose
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sb.Append(text.Data);
                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement { LocalName: "br" }:
                    sb.Append('\n');
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    sb.Append("\n\n");
                    Append(element, sb, depth + 1);
                    sb.Append("\n\n");
                    break;
                default:
                    Append(child, sb, depth + 1);
                    break;
            }
        }
    }

    /// <summary>Collapses runs of spaces inside lines and runs of blank lines to one.</summary>
    private static string Normalize(string raw)
    {
        var paragraphs = raw.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => string.Join('\n', p.Split('\n')
                .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
                .Where(line => line.Length > 0)))
            .Where(p => p.Length > 0);
        return string.Join("\n\n", paragraphs);
    }
}
