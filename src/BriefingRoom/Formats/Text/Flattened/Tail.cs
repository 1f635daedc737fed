using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text.Flattened;

/// <summary>What ends a transcript's body inside flattened text: END (with its end time), ### or a closing time.</summary>
internal static class Tail
{
    /// <summary>
    /// The length of END (with its end time), ### or a closing time line starting <paramref name="lead"/>: -1 when it
    /// is none. A time counts only at the paragraph's end, where a transcript prints its end time.
    /// </summary>
    public static int Length(string lead, IReadOnlyList<Inline> items, int index, int offset)
    {
        if (lead.StartsWith("###", StringComparison.Ordinal) || lead.StartsWith("# # #", StringComparison.Ordinal))
        {
            return lead[1] == '#' ? 3 : 5;
        }
        var atEnd = index == items.Count - 1 && items[index] is TextRun run && run.Text.AsSpan(offset).TrimEnd(InlineEdits.Blanks).Length < FlattenedText.LeadLength;
        if (lead.StartsWith("END", StringComparison.Ordinal) && (lead.Length == 3 || InlineText.IsBlank(lead[3])))
        {
            var rest = lead.AsSpan(3);
            var blanks = rest.Length - rest.TrimStart(InlineEdits.Blanks).Length;
            var time = FlatTimes.Length(rest[blanks..]);
            if (time > 0)
            {
                return 3 + blanks + time;
            }
            return rest.Trim(InlineEdits.Blanks).IsEmpty || rest.TrimStart(InlineEdits.Blanks).StartsWith("#") ? 3 : -1;
        }
        if (atEnd && char.IsAsciiDigit(lead[0]) && FlatTimes.Length(lead) == lead.TrimEnd(InlineEdits.Blanks).Length)
        {
            return 0;
        }
        return -1;
    }
}
