using BriefingRoom.Transcripts;

namespace BriefingRoom.Protection;

/// <summary>
/// A name split between two paragraphs of one turn ("… the National Security⏎⏎Advisor said …"): every format puts only
/// blanks or markup between them, so the leak check reads it as one name, and the redactor replaces it too — the
/// placeholder ends the first paragraph, and the second loses the rest of the name.
/// </summary>
internal static class ParagraphSeams
{
    private const string Seam = "\n\n";

    /// <param name="place">The place of the paragraph at an index, for the change list.</param>
    public static List<Paragraph> Redact(List<Paragraph> paragraphs, RedactedText text, Func<int, RedactionChange> place)
    {
        for (var i = 0; i + 1 < paragraphs.Count; i++)
        {
            var (first, second) = (paragraphs[i].Inlines, paragraphs[i + 1].Inlines);
            if (first.Count == 0 || second.Count == 0 || first[^1] is not TextRun tail || second[0] is not TextRun head)
            {
                continue;
            }
            var joined = tail.Text + Seam + head.Text;
            if (text.Plan(joined).FirstOrDefault(r => r.Start < tail.Text.Length && r.End > tail.Text.Length + Seam.Length) is not { Length: > 0 } r)
            {
                continue;
            }
            // Inlines before the tail mean the mention does not open the paragraph, unless a sentence ends just before it.
            text.Before = first.Count == 1 ? '\0' : ',';
            var with = r.With is AttributionPlaceholder a && text.OpensSentence(joined, r.Start) ? new AttributionPlaceholder(RedactedText.Capitalised(a.Text)) : r.With;
            text.Place = place(i);
            text.Changed(joined[r.Start..r.End].Replace(Seam, " ¶ ", StringComparison.Ordinal), RedactedText.Bracketed(with));
            var rest = head.Text[(r.End - tail.Text.Length - Seam.Length)..].TrimStart();
            paragraphs[i] = paragraphs[i] with { Inlines = InlineText.Normalize([.. first.Take(first.Count - 1), new TextRun(tail.Text[..r.Start]), with]), Lines = null, Spelling = null };
            paragraphs[i + 1] = paragraphs[i + 1] with { Inlines = InlineText.Normalize([new TextRun(rest), .. second.Skip(1)]), Lines = null, Spelling = null };
        }
        return paragraphs;
    }
}
