using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Transcripts;

/// <summary>
/// Turns written compactly for specs: a line starting with a speaker label starts a turn, a blank line a
/// paragraph; wrapped lines join with a space, lines ending in two spaces end in a line break; <c>&lt;s&gt;x&lt;/s&gt;</c> is a
/// deletion and bracket spans (across wraps too) are typed as every reader types them.
/// </summary>
public static class CompactTurns
{
    public static List<Turn> Parse(string text)
    {
        var turns = new List<Turn>();
        string? speaker = null;
        var role = SpeakerRole.Unknown;
        var paragraphs = new List<Paragraph>();
        var inlines = new List<Inline>();
        void EndParagraph()
        {
            if (inlines.Count > 0)
            {
                paragraphs.Add(new Paragraph(InlineText.Normalize(inlines)));
                inlines.Clear();
            }
        }
        void EndTurn()
        {
            EndParagraph();
            if (paragraphs.Count > 0 || speaker is not null)
            {
                // Unlabelled opening text is read by the detector as TranscriptFormats hands it the preface.
                turns.Add(new Turn(speaker ?? "(preface)", role, [.. paragraphs]));
            }
            paragraphs.Clear();
        }
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            if (line.Trim().Length == 0)
            {
                EndParagraph();
                continue;
            }
            if (SpeakerLabels.TryMatch(line, out var label))
            {
                EndTurn();
                speaker = label.Label;
                role = label.Role;
                line = line[label.Length..];
            }
            else if (inlines.Count > 0)
            {
                inlines.Add(new TextRun(" "));
            }
            var hard = line.EndsWith("  ", StringComparison.Ordinal);
            AddText(line.TrimEnd(' '), inlines);
            if (hard)
            {
                inlines.Add(new LineBreak());
            }
        }
        EndTurn();
        return turns;
    }

    private static void AddText(string text, List<Inline> into)
    {
        var parts = text.Split("<s>");
        into.Add(new TextRun(parts[0]));
        foreach (var part in parts.Skip(1))
        {
            var close = part.IndexOf("</s>", StringComparison.Ordinal);
            into.Add(new Deletion(part[..close]));
            into.Add(new TextRun(part[(close + 4)..]));
        }
    }
}
