using System.Globalization;
using System.Text;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Specs;

/// <summary>
/// A readable one-line-per-fact outline of a transcript, the expected output of reader specs. Typed inlines are
/// shown in braces (<c>{attr:…}</c>, <c>{ins:…}</c>, <c>{del:…}</c>, <c>{redacted}</c>, <c>{note:…}</c>, <c>{em:…}</c>, <c>{br}</c>),
/// text with its blanks collapsed, so a spec states what a reader understood rather than how it was spaced. Text
/// before the first turn is listed under <c>preface</c>.
/// </summary>
public static class Outline
{
    public static string Of(Transcript t)
    {
        var sb = new StringBuilder();
        var m = t.Metadata;
        Line(sb, "title", m.Title);
        Line(sb, "date", m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Line(sb, "published", m.Published?.ToString("yyyy-MM-dd HH:mm:sszzz", CultureInfo.InvariantCulture));
        Line(sb, "modified", m.Modified?.ToString("yyyy-MM-dd HH:mm:sszzz", CultureInfo.InvariantCulture));
        Line(sb, "url", m.Url);
        if (m.Tags.Count > 0)
        {
            Line(sb, "tags", string.Join(", ", m.Tags));
        }
        foreach (var extra in m.Extra)
        {
            Line(sb, "extra " + extra.Key, extra.Value);
        }
        Line(sb, "dateline", t.Dateline?.Replace("\n", " / ", StringComparison.Ordinal));
        Line(sb, "start", Time(t.Start));
        Line(sb, "end", Time(t.End));
        var g = t.GroundRules;
        if (g != GroundRules.NotStated)
        {
            sb.Append("rules: ").Append(g.Attribution);
            foreach (var label in g.AttributedTo)
            {
                sb.Append("; attributed to \"").Append(label).Append('"');
            }
            if (g.Change is { } change)
            {
                sb.Append("; questions ").Append(change.Attribution).Append(" from turn ").Append(change.FromTurn?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none");
            }
            if (g.Embargo is not null)
            {
                sb.Append("; embargo \"").Append(g.Embargo).Append('"');
            }
            if (g.DisclosedForInformation)
            {
                sb.Append("; disclosed for information");
            }
            sb.Append('\n');
        }
        if (t.Preface.Count > 0)
        {
            sb.Append("preface\n");
            Paragraphs(sb, t.Preface);
        }
        foreach (var turn in t.Turns)
        {
            sb.Append(turn.Speaker).Append(" (").Append(turn.Role.ToString().ToLowerInvariant()).Append(')');
            if (turn.Offset is { } offset)
            {
                sb.Append(" @ ").Append(BriefingRoom.Formats.DateFormats.Offset(offset));
            }
            sb.Append('\n');
            Paragraphs(sb, turn.Paragraphs);
        }
        return sb.ToString();
    }

    private static void Paragraphs(StringBuilder sb, IEnumerable<Paragraph> paragraphs)
    {
        foreach (var p in paragraphs)
        {
            sb.Append("  ¶ ").Append(Inlines(p.Inlines)).Append('\n');
        }
    }

    private static string? Time(TimeMark? mark) => mark is null
        ? null
        : $"{InlineText.Collapse(mark.Text)} = {mark.Time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "?"} {mark.Zone ?? "?"}";

    private static void Line(StringBuilder sb, string key, string? value)
    {
        if (value is not null)
        {
            sb.Append(key).Append(": ").Append(value).Append('\n');
        }
    }

    public static string Inlines(IEnumerable<Inline> inlines)
    {
        var raw = new StringBuilder();
        foreach (var inline in inlines)
        {
            raw.Append(inline switch
            {
                TextRun r => r.Text,
                Emphasis e => $"{{{(e.Strong ? "strong" : "em")}:{Inlines(e.Content)}}}",
                Insertion i => $"{{ins:{i.Text}}}",
                Deletion d => $"{{del:{d.Text}}}",
                Redaction r => r.Text == "redacted" ? "{redacted}" : $"{{redacted:{r.Text}}}",
                AttributionPlaceholder a => $"{{attr:{a.Text}}}",
                Note n => n.Square ? $"{{note[]:{n.Text}}}" : $"{{note:{n.Text}}}",
                LineBreak => "{br}",
                Link l => l.Auto ? $"{{auto:{l.Url}}}" : $"{{link {l.Url}:{Inlines(l.Content)}}}",
                RawHtml h => $"{{html:{h.Html}}}",
                _ => throw new InvalidOperationException(inline.GetType().Name),
            });
        }
        return InlineText.Collapse(raw.ToString());
    }
}
