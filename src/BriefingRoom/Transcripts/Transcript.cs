namespace BriefingRoom.Transcripts;

/// <summary>
/// A briefing transcript: metadata, dateline, start and end times, ground rules, the preface and turns. Readers
/// build it, writers render it, and every part of Briefing Room speaks it. <see cref="Preface"/> is the text before
/// the first speaker that is neither head nor site chrome (an editor's note, a recorded message): public text,
/// redacted and leak-checked as turns are, but no one's speech. <see cref="Layout"/> holds the source's spacing
/// between the head blocks where it differs from the writer's default.
/// </summary>
public sealed record Transcript(
    Metadata Metadata,
    string? Dateline,
    TimeMark? Start,
    TimeMark? End,
    GroundRules GroundRules,
    ValueList<Turn> Turns,
    HeadLayout? Layout = null,
    ValueList<Paragraph> Preface = default);

/// <summary>
/// Exact spacing around the dateline and times, kept only when it differs from the writer's default so a
/// Markdown file reads and writes back to the same bytes. Whitespace and newlines only, never content —
/// except <see cref="FrontMatter"/>, the YAML as the source wrote it (keys in its order, its quoting), which the
/// writer uses only when it reads back as the transcript's metadata.
/// </summary>
/// <remarks>
/// <see cref="Dateline"/> likewise is the dateline's Markdown as the source wrote it (<c>*Via Teleconference*</c>,
/// two lines parted by a hard break).
/// </remarks>
public sealed record HeadLayout(
    string? Lead = null,
    string? AfterDateline = null,
    string? AfterStart = null,
    string? Tail = null,
    string? Dateline = null,
    string? FrontMatter = null);
