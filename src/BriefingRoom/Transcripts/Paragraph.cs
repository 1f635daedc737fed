namespace BriefingRoom.Transcripts;

/// <summary>
/// A paragraph of a turn. <see cref="After"/> is the exact text between its last character and the next block
/// (trailing spaces, blank lines that hold spaces); null means the writer's default blank line.
/// <see cref="Lines"/> is where the source wrapped the paragraph, kept only when it differs from the writer's
/// default wrap; null means "wrap as the writer does". Both hold only whitespace, never content.
/// <see cref="Spelling"/> is the Markdown the source spelt the content in (on one line, soft wraps as spaces)
/// where the writer would spell it otherwise (<c>\#tag</c>, <c>-   item</c>, a lone <c>**</c>); the writer uses
/// it only when it reads back as these very inlines, so it can never say more than they do.
/// </summary>
public sealed record Paragraph(ValueList<Inline> Inlines, string? After = null, ValueList<Wrap>? Lines = null, string? Spelling = null)
{
    public Paragraph(params Inline[] inlines) : this(new ValueList<Inline>(inlines)) { }

    /// <summary>The paragraph as a reader sees it: escapes resolved, wraps joined, spaces collapsed, deletions left out.</summary>
    public string Text => InlineText.Plain(Inlines);
}

/// <summary>
/// A soft wrap: in the paragraph written on one line (soft wraps as single spaces), the space at
/// <see cref="At"/> is replaced by <see cref="Text"/>, which ends the line ("\n", or " \n" with a trailing space).
/// </summary>
public sealed record Wrap(int At, string Text = "\n");
