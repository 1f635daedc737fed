namespace BriefingRoom.Server.Storage;

/// <summary>
/// A briefing's summary row, kept beside its event log so lists and the embargo scheduler need no replay.
/// The log is the truth; these columns are rewritten from the folded state after every append.
/// </summary>
public sealed class BriefingRow
{
    public long Id { get; set; }

    public required string Title { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public required string TimeZone { get; set; }

    public required string Phase { get; set; }

    public bool Lifted { get; set; }

    /// <summary>The public page's path once published (<c>/briefing-room/…/</c>), kept for corrections.</summary>
    public string? PublicPath { get; set; }

    /// <summary>The last publication attempt's blocking findings as JSON, shown to publishers; null when none.</summary>
    public string? BlockedFindings { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
