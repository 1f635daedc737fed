namespace BriefingRoom.Transcripts;

/// <summary>
/// A paragraph of a turn. <see cref="After"/> is the exact text between its last character and the next
/// block (trailing spaces, blank lines that hold spaces); null means the writer's default blank line.
/// </summary>
public sealed record Paragraph(ValueList<Inline> Inlines, string? After = null)
{
    public Paragraph(params Inline[] inlines) : this(new ValueList<Inline>(inlines)) { }

    /// <summary>The paragraph as a reader sees it: escapes resolved, wraps joined, spaces collapsed, deletions left out.</summary>
    public string Text => InlineText.Plain(Inlines);
}
