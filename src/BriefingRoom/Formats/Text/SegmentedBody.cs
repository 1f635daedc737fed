using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text;

/// <summary>What segmentation found in a run of source paragraphs: head facts, the preface and the turns.</summary>
public sealed record SegmentedBody(
    string? Title,
    DateOnly? Date,
    string? Dateline,
    TimeMark? Start,
    TimeMark? End,
    ValueList<Turn> Turns,
    string? Url = null,
    ValueList<Paragraph> Preface = default);
