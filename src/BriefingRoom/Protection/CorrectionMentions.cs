using System.Text;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Protection;

/// <summary>
/// Replaces a protected name that a correction makes, breaks or hides (docs/protection.md, "Corrections"): the
/// paragraph's inlines are written as one marked-up text, the leak check reads it as typed and as corrected, and
/// each match that reaches into a deletion or insertion takes the whole span — the struck-out and put-in words of
/// that correction included — as one attribution or <c>[redacted]</c>. What is left holds no fragment of the name.
/// </summary>
internal static class CorrectionMentions
{
    public static List<Inline> Redact(IReadOnlyList<Inline> inlines, Func<string, TextKind, IReadOnlyList<IdentityMatch>> find, RedactedText text)
    {
        var nested = inlines.Select(i => i is Emphasis e && HasEdit(e.Content) ? e with { Content = new(Redact(e.Content, find, text)) } : i).ToList();
        if (!nested.Any(i => i is Deletion or Insertion))
        {
            return nested;
        }
        var (written, spans) = Write(nested);
        var matches = new List<IdentityMatch>();
        foreach (var m in find(written, TextKind.Markup))
        {
            if (Affected(nested, spans, m) is { } span)
            {
                matches.Add(m with { Start = span.Start, Length = span.End - span.Start });
            }
        }
        return matches.Count == 0 ? nested : Replace(nested, spans, written, MentionPlan.Of(written, matches), text);
    }

    private static bool HasEdit(IEnumerable<Inline> inlines) =>
        inlines.Any(i => i is Deletion or Insertion || i is Emphasis e && HasEdit(e.Content));

    /// <summary>
    /// The inlines as one Markup text the leak check reads through: text as itself (markup characters blanked, so each
    /// keeps its position), a deletion in <c>&lt;del&gt;</c>, an insertion in <c>&lt;ins&gt;</c>, anything else as printed.
    /// </summary>
    private static (string Written, List<(int Start, int End)> Spans) Write(List<Inline> inlines)
    {
        var sb = new StringBuilder();
        var spans = new List<(int Start, int End)>(inlines.Count);
        foreach (var inline in inlines)
        {
            var start = sb.Length;
            switch (inline)
            {
                case TextRun t: Blanked(sb, t.Text); break;
                case Deletion d: Blanked(sb.Append("<del>"), d.Text).Append("</del>"); break;
                case Insertion i: Blanked(sb.Append("<ins>"), i.Text).Append("</ins>"); break;
                case Emphasis e: Blanked(sb.Append('\n'), InlineText.Plain(e.Content)).Append('\n'); break;
                case LineBreak: sb.Append('\n'); break;
                default: Blanked(sb.Append('\n'), InlineText.Plain([inline])).Append('\n'); break;
            }
            spans.Add((start, sb.Length));
        }
        return (sb.ToString(), spans);
    }

    private static StringBuilder Blanked(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            sb.Append(c is '<' or '&' ? ' ' : c);
        }
        return sb;
    }

    /// <summary>
    /// The span a match takes when it reaches into a correction: whole inlines but for the text it starts or ends in,
    /// and a deletion's insertion (or an insertion's deletion) with it; null when it lies in one inline of text or in
    /// one deletion or insertion that is no correction's half (the inline's own redaction takes those).
    /// </summary>
    private static (int Start, int End)? Affected(List<Inline> inlines, List<(int Start, int End)> spans, IdentityMatch m)
    {
        var first = spans.FindIndex(s => s.End > m.Start);
        var last = spans.FindLastIndex(s => s.Start < m.End);
        if (first < 0 || last < first)
        {
            return null;
        }
        var paired = Partner(inlines, first, -1) is >= 0 || Partner(inlines, last, +1) is >= 0;
        if (!Enumerable.Range(first, last - first + 1).Any(k => inlines[k] is Deletion or Insertion) || first == last && !paired)
        {
            return null;
        }
        if (Partner(inlines, first, -1) is var before and >= 0)
        {
            first = before;
        }
        if (Partner(inlines, last, +1) is var after and >= 0)
        {
            last = after;
        }
        var start = inlines[first] is TextRun ? Math.Max(m.Start, spans[first].Start) : spans[first].Start;
        var end = inlines[last] is TextRun ? Math.Min(m.End, spans[last].End) : spans[last].End;
        return (start, end);
    }

    /// <summary>The other half of the correction at <paramref name="at"/>: the insertion after a deletion (<paramref name="step"/> +1) or the deletion before an insertion (-1), across blanks; -1 when none.</summary>
    private static int Partner(List<Inline> inlines, int at, int step)
    {
        if (inlines[at] is not (Deletion or Insertion) || inlines[at] is Deletion != (step > 0))
        {
            return -1;
        }
        var k = at + step;
        if (k >= 0 && k < inlines.Count && inlines[k] is TextRun t && string.IsNullOrWhiteSpace(t.Text))
        {
            k += step;
        }
        return k >= 0 && k < inlines.Count && inlines[k] is (Deletion or Insertion) && inlines[k] is Deletion == (step < 0) ? k : -1;
    }

    /// <summary>The inlines with each replacement's span cut out and its attribution or redaction put where it starts.</summary>
    private static List<Inline> Replace(List<Inline> inlines, List<(int Start, int End)> spans, string written, List<Replacement> plan, RedactedText text)
    {
        var result = new List<Inline>();
        for (var k = 0; k < inlines.Count; k++)
        {
            var (start, end) = spans[k];
            var at = start;
            foreach (var r in plan.Where(r => r.End > start && r.Start < end))
            {
                if (r.Start >= start)
                {
                    Piece(result, inlines[k], start, end, at, r.Start);
                    var with = r.With is AttributionPlaceholder a && text.OpensSentence(written, r.Start) ? new AttributionPlaceholder(RedactedText.Capitalised(a.Text)) : r.With;
                    result.Add(with);
                    text.Changed(Readable(written[r.Start..r.End]), RedactedText.Bracketed(with));
                }
                at = Math.Max(at, r.End);
            }
            Piece(result, inlines[k], start, end, at, end);
        }
        return result;
    }

    /// <summary>A span of the written text as the Markdown prints it: struck-out words in <c>&lt;s&gt;</c>, put-in words in brackets, emphasis unmarked.</summary>
    private static string Readable(string written) =>
        written.Replace("<del>", "<s>", StringComparison.Ordinal).Replace("</del>", "</s>", StringComparison.Ordinal)
            .Replace("<ins>", "[", StringComparison.Ordinal).Replace("</ins>", "]", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);

    /// <summary>The part <paramref name="from"/>..<paramref name="to"/> of an inline no replacement covers: text is cut, anything else kept only whole.</summary>
    private static void Piece(List<Inline> result, Inline inline, int start, int end, int from, int to)
    {
        if (from >= to)
        {
            return;
        }
        if (inline is TextRun t)
        {
            result.Add(new TextRun(t.Text[(from - start)..(to - start)]));
        }
        else if (from == start && to == end)
        {
            result.Add(inline);
        }
    }
}
