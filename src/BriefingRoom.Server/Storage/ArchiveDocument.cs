namespace BriefingRoom.Server.Storage;

/// <summary>
/// A transcript in the searchable archive: imported from elsewhere, or this server's own published record.
/// Only public text is ever stored here, so nothing in the archive can be embargoed.
/// </summary>
public sealed class ArchiveDocument
{
    public long Id { get; set; }

    /// <summary>Where the transcript was published (its source URL or permalink); one document per URL.</summary>
    public string? Url { get; set; }

    /// <summary>SHA-256 of the speakers and words, so the same transcript in another format or file is one document.</summary>
    public required string ContentHash { get; set; }

    public required string Title { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>Kind as its title tells (<c>background-press-call</c>, <c>press-briefing</c>, <c>gaggle</c>, …).</summary>
    public required string Kind { get; set; }

    /// <summary>Attribution level as the ground rules tell (<c>on-record</c>, <c>background</c>, …, <c>not-stated</c>).</summary>
    public required string Attribution { get; set; }

    /// <summary><c>import</c> or <c>published</c>.</summary>
    public required string Source { get; set; }

    /// <summary>The briefing this is the public record of, for <c>published</c> documents.</summary>
    public long? BriefingId { get; set; }

    /// <summary>The transcript in the seeds' Markdown: what exports and pages are made from.</summary>
    public required string Markdown { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    public List<ArchiveParagraph> Paragraphs { get; set; } = [];
}
