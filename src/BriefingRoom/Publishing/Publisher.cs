using BriefingRoom.Formats;
using BriefingRoom.Formats.Html;
using BriefingRoom.Formats.Json;
using BriefingRoom.Formats.Markdown;
using BriefingRoom.Protection;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Publishing;

/// <summary>
/// Makes the public record of a briefing whose embargo has lifted: redacts the staff transcript, sets the live
/// site's metadata, renders every artefact and leak-checks each one. Any leak blocks the whole record.
/// </summary>
public static class Publisher
{
    /// <summary>The record, or the findings that block it. Throws <see cref="ArgumentException"/> naming the field of a request that cannot be published as given.</summary>
    public static PublicationResult Publish(PublicationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var zone = Zone(request.TimeZone);
        if (request.Version < 1)
        {
            throw new ArgumentException($"Version {request.Version} is not a version: the first publication is 1", nameof(request));
        }
        if (request.ExistingPath is { } existing && !PublicPaths.IsRecordPath(existing))
        {
            throw new ArgumentException($"ExistingPath \"{existing}\" is not a record path such as /briefing-room/press-briefings/2022/01/08/slug/", nameof(request));
        }
        var published = TimeZoneInfo.ConvertTime(request.Published, zone);
        var modified = TimeZoneInfo.ConvertTime(request.Modified, zone);
        var date = DateOnly.FromDateTime(published.DateTime);
        var path = request.ExistingPath ?? PublicPaths.Of(request.Section, date, request.Title);
        var permalink = PublicPaths.Url(request.SiteBase, path);

        var matcher = IdentityMatcher.Build(request.Ids);
        var (body, review) = Redact(request.Staff, request.Ids, matcher);
        var redacted = body with { Metadata = new Metadata(request.Title, date, published, modified, permalink, [request.Section], FrontMatterStyle.Live) };
        var markdown = MarkdownWriter.Write(redacted);
        var json = JsonWriter.Write(redacted);
        // The facts line tells when the call began (the staff transcript's date), not when it was published.
        var facts = FactsLine.Of(redacted, request.Staff.Metadata.Date ?? date, request.Title);
        var html = PublicPage.Write(redacted, path, permalink, request.Version, facts, DateFormats.Abbreviation(zone, modified));
        var summary = new PublicRecordSummary(path, request.Title, date, published, modified, request.Version, OpeningSentences.Of(redacted));

        List<ArtefactFinding> findings =
        [
            .. Check(Artefacts.Title, request.Title, TextKind.Plain, matcher),
            .. Check(Artefacts.Path, path, TextKind.Url, matcher),
            .. Check(Artefacts.Markdown, markdown, TextKind.Markdown, matcher),
            .. Check(Artefacts.Json, json, TextKind.Json, matcher),
            .. Check(Artefacts.Page, html, TextKind.Markup, matcher),
            .. Check(Artefacts.FeedSummary, summary.Summary, TextKind.Plain, matcher),
        ];
        return findings.Any(f => f.Finding.Blocks)
            ? new Blocked(findings, review)
            : new PublicRecord(summary, permalink, redacted, markdown, json, html, review);
    }

    /// <summary>What publishing <paramref name="staff"/> would change, for the publisher to review before approving it.</summary>
    public static RedactionReview Review(Transcript staff, ProtectedIdentities ids)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return Redact(staff, ids, IdentityMatcher.Build(ids)).Review;
    }

    // The staff metadata is replaced by the live site's (its title leak-checked as written), so only the rest is redacted and listed.
    private static (Transcript Redacted, RedactionReview Review) Redact(Transcript staff, ProtectedIdentities ids, IdentityMatcher matcher) =>
        RedactionReview.Redact(staff with { Metadata = Metadata.None }, ids, matcher);

    private static IEnumerable<ArtefactFinding> Check(string artefact, string text, TextKind kind, IdentityMatcher matcher) =>
        LeakChecker.Check(text, kind, matcher).Select(f => new ArtefactFinding(artefact, f));

    private static TimeZoneInfo Zone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            throw new ArgumentException($"TimeZone \"{id}\" is not an IANA time zone such as America/New_York", nameof(id), e);
        }
    }
}
