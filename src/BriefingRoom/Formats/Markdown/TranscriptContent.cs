using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Markdown;

/// <summary>Whether two transcripts say the same, whatever their layout: what a written file must read back as.</summary>
internal static class TranscriptContent
{
    public static bool Same(Transcript a, Transcript b) =>
        a.Metadata == b.Metadata && a.Dateline == b.Dateline && a.Start == b.Start && a.End == b.End &&
        Same(a.Preface, b.Preface) && a.Turns.Count == b.Turns.Count && a.Turns.Zip(b.Turns).All(pair => Same(pair.First, pair.Second));

    private static bool Same(Turn a, Turn b) =>
        a.Speaker == b.Speaker && a.Role == b.Role && Same(a.Paragraphs, b.Paragraphs);

    private static bool Same(ValueList<Paragraph> a, ValueList<Paragraph> b) =>
        a.Count == b.Count && a.Zip(b).All(pair => pair.First.Inlines == pair.Second.Inlines);
}
