using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text.Flattened;

/// <summary>Cuts a paragraph into the paragraphs its cuts mark.</summary>
internal static class Pieces
{
    /// <summary>Adds the paragraph's pieces between its cuts, blanks trimmed at their ends, empty pieces left out.</summary>
    public static void Apply(SourceParagraph paragraph, List<Cut> cuts, List<SourceParagraph> into)
    {
        if (cuts.Count == 0)
        {
            into.Add(paragraph);
            return;
        }
        var items = paragraph.Inlines.AsImmutableArray();
        var piece = new List<Inline>();
        var (next, column, consumed) = (0, paragraph.Column, 0);
        void Emit()
        {
            var content = InlineEdits.TrimEnd(InlineEdits.TrimStart(piece));
            if (content.Count > 0)
            {
                into.Add(new SourceParagraph(InlineText.Normalize(content), paragraph.Line, column));
            }
            piece = [];
            column = paragraph.Column + consumed;
        }
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is not TextRun run)
            {
                for (; next < cuts.Count && cuts[next].Inline == i; next++)
                {
                    Emit();
                }
                piece.Add(items[i]);
                continue;
            }
            var from = 0;
            for (; next < cuts.Count && cuts[next].Inline == i; next++)
            {
                var at = cuts[next].Offset;
                if (at > from)
                {
                    piece.Add(new TextRun(run.Text[from..at]));
                    consumed += at - from;
                    from = at;
                }
                Emit();
            }
            if (from < run.Text.Length)
            {
                piece.Add(from == 0 ? run : new TextRun(run.Text[from..]));
                consumed += run.Text.Length - from;
            }
        }
        Emit();
    }
}
