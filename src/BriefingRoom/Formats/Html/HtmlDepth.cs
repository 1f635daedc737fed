using AngleSharp.Dom;

namespace BriefingRoom.Formats.Html;

/// <summary>Keeps element nesting within <see cref="ReaderLimits.MaxNesting"/>, so no walk over a hostile page recurses without bound.</summary>
public static class HtmlDepth
{
    /// <summary>Throws a positioned error for an element nested deeper than the limit.</summary>
    private static void Check(IElement element, int depth)
    {
        if (depth > ReaderLimits.MaxNesting)
        {
            var position = element.SourceReference?.Position;
            throw new TranscriptParseException(
                $"<{element.LocalName}> is nested {depth} elements deep; the limit is {ReaderLimits.MaxNesting}",
                position?.Line ?? 1,
                position?.Column ?? 1);
        }
    }

    /// <summary>Checks the whole document without recursion, before anything walks it recursively.</summary>
    public static void CheckDocument(IDocument document)
    {
        var stack = new Stack<(IElement Element, int Depth)>();
        if (document.DocumentElement is { } root)
        {
            stack.Push((root, 1));
        }
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            Check(element, depth);
            foreach (var child in element.Children)
            {
                stack.Push((child, depth + 1));
            }
        }
    }
}
