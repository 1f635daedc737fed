namespace BriefingRoom.Formats;

/// <summary>Tells which reader a transcript wants from its first characters: front matter or Markdown marks, HTML, or plain text.</summary>
internal static class FormatDetection
{
    // Enough to see a document's head and its first paragraphs; detection must not cost a pass over a huge input.
    private const int Window = 8 * 1024;

    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml", ".shtml"];

    /// <summary>A file whose name ends in an HTML extension (any case) is HTML whatever its first bytes; otherwise its head decides.</summary>
    public static TranscriptFormat Detect(string text, string? fileName) =>
        fileName is not null && HtmlExtensions.Any(e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            ? TranscriptFormat.Html
            : Detect(text);

    public static TranscriptFormat Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.AsSpan(0, Math.Min(text.Length, Window)).TrimStart("\ufeff \t\r\n");
        if (head.StartsWith("---\n", StringComparison.Ordinal) || head.StartsWith("---\r\n", StringComparison.Ordinal))
        {
            return TranscriptFormat.Markdown;
        }
        if (head.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase) ||
            head.StartsWith("<html", StringComparison.OrdinalIgnoreCase) ||
            head.Contains("<body", StringComparison.OrdinalIgnoreCase) ||
            MostLinesAreTags(head))
        {
            return TranscriptFormat.Html;
        }
        return HasMarkdownMarks(head) ? TranscriptFormat.Markdown : TranscriptFormat.Text;
    }

    /// <summary>A fragment of HTML: paragraph tags present and most non-blank lines starting with a tag.</summary>
    private static bool MostLinesAreTags(ReadOnlySpan<char> head)
    {
        if (!head.Contains("<p>", StringComparison.OrdinalIgnoreCase) && !head.Contains("<p ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var lines = 0;
        var tagged = 0;
        foreach (var range in head.Split('\n'))
        {
            var line = head[range].Trim();
            if (line.IsEmpty)
            {
                continue;
            }
            lines++;
            if (line[0] == '<' && !line.StartsWith("<s>", StringComparison.OrdinalIgnoreCase))
            {
                tagged++;
            }
        }
        return tagged * 2 >= lines;
    }

    /// <summary>Pandoc's escaped brackets, a strike-through correction or an ATX heading: Markdown, not e-mailed text.</summary>
    private static bool HasMarkdownMarks(ReadOnlySpan<char> head) =>
        head.Contains(@"\[", StringComparison.Ordinal) ||
        head.Contains(@"\]", StringComparison.Ordinal) ||
        head.Contains("<s>", StringComparison.OrdinalIgnoreCase) ||
        head.StartsWith("# ", StringComparison.Ordinal) ||
        head.Contains("\n# ", StringComparison.Ordinal) ||
        head.Contains("\n## ", StringComparison.Ordinal);
}
