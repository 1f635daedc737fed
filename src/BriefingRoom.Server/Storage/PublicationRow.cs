namespace BriefingRoom.Server.Storage;

/// <summary>
/// One published version of a briefing's public record: every artefact rendered and leak-checked at publication,
/// served byte for byte by the public gate. Corrections add a version; earlier ones stay readable.
/// </summary>
public sealed class PublicationRow
{
    public long Id { get; set; }

    public long BriefingId { get; set; }

    public int Version { get; set; }

    /// <summary><c>/briefing-room/&lt;section&gt;/&lt;yyyy&gt;/&lt;mm&gt;/&lt;dd&gt;/&lt;slug&gt;/</c>, the same for every version.</summary>
    public required string Path { get; set; }

    public required string Title { get; set; }

    public required string Section { get; set; }

    public DateOnly Date { get; set; }

    public DateTimeOffset Published { get; set; }

    public DateTimeOffset Modified { get; set; }

    public required string Summary { get; set; }

    public required string Markdown { get; set; }

    public required string Html { get; set; }

    public required string Json { get; set; }

    /// <summary>The publisher's review list of this version as JSON (<c>ReviewList</c>): staff only, since it holds the protected words; null before lists were kept.</summary>
    public string? Review { get; set; }
}
