using System.Buffers;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Protection;

/// <summary>
/// Replaces every protected name in a paragraph exactly where the leak check finds it (docs/protection.md, "The
/// redactor"): the inlines are written as one marked-up text, read by the matcher as markup, as Markdown and as plain
/// text (together what the check reads in every format), and each match — across line breaks, emphasis, links,
/// corrections and entities alike — takes one attribution or <c>[redacted]</c>. A correction's two halves go with a
/// match that reaches into either; an inline a match only touches is cut (text) or dropped (anything else).
/// </summary>
internal static class InlineMentions
{
    // Characters the Markdown reading reads otherwise than the markup one (escapes, emphasis markers); the plain reading differs only at '<' and '&'.
    private static readonly SearchValues<char> MarkdownOnly = SearchValues.Create("\\*_~`");

    public static List<Inline> Redact(IReadOnlyList<Inline> inlines, Func<string, TextKind, IReadOnlyList<IdentityMatch>> find, RedactedText text)
    {
        var written = new WrittenInlines(inlines);
        var spans = new List<IdentityMatch>();
        // Each format shows a text run differently (escaped, entity-encoded, raw); these readings, together, see what any of them shows.
        foreach (var kind in (ReadOnlySpan<TextKind>)[TextKind.Markup, TextKind.Markdown, TextKind.Plain])
        {
            if (kind == TextKind.Markdown && !written.Text.AsSpan().ContainsAny(MarkdownOnly) || kind == TextKind.Plain && !written.RawMarkup)
            {
                // That reading would find nothing the markup one does not.
                continue;
            }
            foreach (var m in find(written.Text, kind))
            {
                if (written.Affected(m) is { } span)
                {
                    spans.Add(m with { Start = span.Start, Length = span.End - span.Start });
                }
            }
        }
        if (spans.Count == 0)
        {
            return [.. inlines];
        }
        // "Mr. *Sullivan*": the courtesy title before the emphasis goes with the name, and so the emphasis too.
        var titled = spans.Select(m => m.Speaker is not null && written.PastMarkup(m.Start) is var at && at < m.Start && MentionPlan.CourtesyBefore(written.Text, at) >= 0
            ? m with { Start = at, Length = m.End - at } : m).ToList();
        var plan = MentionPlan.Of(written.Text, Merged(titled));
        return written.Replace(plan, text);
    }

    /// <summary>Overlapping matches (two readings of one name, or a name and the correction it runs into) as one, the identifier of the first (the longest where they start alike) kept.</summary>
    private static List<IdentityMatch> Merged(List<IdentityMatch> matches)
    {
        var merged = new List<IdentityMatch>(matches.Count);
        foreach (var m in matches.OrderBy(m => m.Start).ThenByDescending(m => m.Length))
        {
            if (merged.Count > 0 && m.Start < merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = last with { Length = Math.Max(last.End, m.End) - last.Start };
                continue;
            }
            merged.Add(m);
        }
        return merged;
    }
}
