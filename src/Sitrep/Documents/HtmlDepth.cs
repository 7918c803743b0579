using AngleSharp.Dom;

namespace Sitrep.Documents;

/// <summary>
/// How deeply a page's elements nest, measured without recursion, so a hostile page of
/// thousands of nested tags is refused before any recursive walker (ours or SmartReader's) meets it.
/// </summary>
internal static class HtmlDepth
{
    /// <summary>The nesting depth, or a value just over <paramref name="stopAbove"/> as soon as it is exceeded.</summary>
    public static int Of(IDocument page, int stopAbove)
    {
        if (page.DocumentElement is null) return 0;
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((page.DocumentElement, 1));
        var max = 0;
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth > max) max = depth;
            if (max > stopAbove) return max;
            foreach (var child in element.Children) stack.Push((child, depth + 1));
        }
        return max;
    }
}
