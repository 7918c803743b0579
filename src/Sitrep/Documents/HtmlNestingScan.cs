namespace Sitrep.Documents;

/// <summary>
/// A linear pre-parse estimate of how deeply a page's tags nest. The HTML parser slows down
/// sharply on pages of tens of thousands of unclosed tags (minutes for 100,000), so such pages
/// are refused from the raw text before parsing. Void elements and those the parser closes by
/// itself (p, li, td…) are not counted, so an old page full of unclosed paragraphs passes.
/// </summary>
internal static class HtmlNestingScan
{
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "noscript"];

    /// <summary>The estimated maximum depth, or a value just over <paramref name="stopAbove"/> once it is exceeded.</summary>
    public static int EstimateMaxDepth(string html, int stopAbove)
    {
        int depth = 0, max = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (next == '!')
            {
                i = string.CompareOrdinal(html, i, "<!--", 0, 4) == 0
                    ? End(html, "-->", i + 4)
                    : End(html, ">", i + 2);
                continue;
            }
            var closing = next == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart])) { i++; continue; }
            var name = html[nameStart..nameEnd];
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0) break;
            i = tagEnd + 1;
            if (NotCounted.Contains(name)) continue;
            if (closing) { depth = Math.Max(0, depth - 1); continue; }
            if (html[tagEnd - 1] == '/') continue;
            if (Array.Exists(RawText, t => t.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }
            if (++depth > max) max = depth;
            if (max > stopAbove) return max;
        }
        return max;
    }

    private static int End(string html, string marker, int from)
    {
        var at = html.IndexOf(marker, Math.Min(from, html.Length), StringComparison.Ordinal);
        return at < 0 ? html.Length : at + marker.Length;
    }
}
