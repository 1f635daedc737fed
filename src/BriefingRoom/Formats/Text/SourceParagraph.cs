using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text;

/// <summary>
/// A paragraph as a reader found it, before it is known to be a title, a dateline, a time or part of a turn:
/// its inlines and the 1-based line and column where it starts in the source.
/// </summary>
public sealed class SourceParagraph(ValueList<Inline> inlines, int line, int column)
{
    private string? _text;

    public ValueList<Inline> Inlines { get; } = inlines;

    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>The paragraph's words with blanks collapsed, computed once because segmentation asks often.</summary>
    public string Text => _text ??= InlineText.Plain(Inlines);

    public override string ToString() => $"{Line}:{Column}: {Text}";
}
