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
            var (line, column) = PositionOf(element);
            throw new TranscriptParseException(
                $"<{element.LocalName}> is nested {depth} elements deep; the limit is {ReaderLimits.MaxNesting}", line, column);
        }
    }

    /// <summary>
    /// Where the element was written, or where its nearest written ancestor was: an element the parser implies
    /// (the <c>tbody</c> of a table written without one) has no place of its own in the source.
    /// </summary>
    private static (int Line, int Column) PositionOf(IElement element)
    {
        for (IElement? e = element; e is not null; e = e.ParentElement)
        {
            if (e.SourceReference?.Position is { Line: >= 1, Column: >= 1 } position)
            {
                return (position.Line, position.Column);
            }
        }
        return (1, 1);
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
