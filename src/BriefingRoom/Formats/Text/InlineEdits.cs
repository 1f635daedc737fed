using System.Text;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text;

/// <summary>Cuts a speaker label off the front of a paragraph's inlines, even when the label sits in bold.</summary>
public static class InlineEdits
{
    internal static readonly char[] Blanks = [.. InlineText.BlankChars];

    /// <summary>The text the inlines start with, read through emphasis up to the first other inline or <paramref name="max"/> characters.</summary>
    public static string LeadText(IReadOnlyList<Inline> inlines, int max)
    {
        var sb = new StringBuilder();
        AppendLead(sb, inlines, max);
        return sb.ToString();
    }

    private static bool AppendLead(StringBuilder sb, IReadOnlyList<Inline> inlines, int max)
    {
        foreach (var inline in inlines)
        {
            if (sb.Length >= max)
            {
                return false;
            }
            switch (inline)
            {
                case TextRun t:
                    sb.Append(t.Text.AsSpan(0, Math.Min(t.Text.Length, max - sb.Length)));
                    break;
                case Emphasis e:
                    if (!AppendLead(sb, e.Content, max))
                    {
                        return false;
                    }
                    break;
                default:
                    return false;
            }
        }
        return true;
    }

    /// <summary>The inlines as printed, blanks kept as they are, deletions left out, line breaks read as spaces.</summary>
    public static string Printed(IEnumerable<Inline> inlines)
    {
        var sb = new StringBuilder();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun t: sb.Append(t.Text); break;
                case Emphasis e: sb.Append(Printed(e.Content)); break;
                case LineBreak: sb.Append(' '); break;
                default: sb.Append(InlineText.Plain([inline])); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>The inlines without their first <paramref name="count"/> characters of text, and without the blanks that then lead.</summary>
    public static List<Inline> DropLead(IReadOnlyList<Inline> inlines, int count)
    {
        var result = new List<Inline>(inlines.Count);
        var left = count;
        foreach (var inline in inlines)
        {
            if (left <= 0)
            {
                result.Add(inline);
                continue;
            }
            switch (inline)
            {
                case TextRun t when t.Text.Length <= left:
                    left -= t.Text.Length;
                    break;
                case TextRun t:
                    result.Add(new TextRun(t.Text[left..]));
                    left = 0;
                    break;
                case Emphasis e:
                    var taken = Math.Min(left, LeadText(e.Content, int.MaxValue).Length);
                    var rest = DropLead(e.Content, taken);
                    left -= taken;
                    if (rest.Count > 0)
                    {
                        result.Add(e with { Content = new ValueList<Inline>(rest) });
                    }
                    break;
                default:
                    result.Add(inline);
                    left = 0;
                    break;
            }
        }
        return TrimStart(result);
    }

    /// <summary>Drops blanks and line breaks at the start of the inlines.</summary>
    public static List<Inline> TrimStart(List<Inline> inlines)
    {
        while (inlines.Count > 0)
        {
            switch (inlines[0])
            {
                case LineBreak:
                    inlines.RemoveAt(0);
                    continue;
                case TextRun t:
                    var trimmed = t.Text.TrimStart(Blanks);
                    if (trimmed.Length == 0)
                    {
                        inlines.RemoveAt(0);
                        continue;
                    }
                    inlines[0] = new TextRun(trimmed);
                    return inlines;
                default:
                    return inlines;
            }
        }
        return inlines;
    }

    /// <summary>Drops blanks and line breaks at the end of the inlines.</summary>
    public static List<Inline> TrimEnd(List<Inline> inlines)
    {
        while (inlines.Count > 0)
        {
            switch (inlines[^1])
            {
                case LineBreak:
                    inlines.RemoveAt(inlines.Count - 1);
                    continue;
                case TextRun t:
                    var trimmed = t.Text.TrimEnd(Blanks);
                    if (trimmed.Length == 0)
                    {
                        inlines.RemoveAt(inlines.Count - 1);
                        continue;
                    }
                    inlines[^1] = new TextRun(trimmed);
                    return inlines;
                default:
                    return inlines;
            }
        }
        return inlines;
    }
}
