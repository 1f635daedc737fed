namespace BriefingRoom.Publishing;

/// <summary>
/// What the index and the feeds show of a published record: its site path, public title, date in the briefing's
/// zone, first publication and last modification instants, version and a sentence or two of the official's remarks.
/// Everything here has passed the leak check.
/// </summary>
public sealed record PublicRecordSummary(
    string Path,
    string Title,
    DateOnly Date,
    DateTimeOffset Published,
    DateTimeOffset Modified,
    int Version,
    string Summary);
