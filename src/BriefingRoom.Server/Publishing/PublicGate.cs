using BriefingRoom.Briefings;
using BriefingRoom.Formats;
using BriefingRoom.Formats.Html;
using BriefingRoom.Server.Live;
using BriefingRoom.Transcripts;
using BriefingRoom.Publishing;
using BriefingRoom.Server.Hosting;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Publishing;

/// <summary>
/// The only code that answers the public (DESIGN §2). It serves stored publications — each artefact rendered and
/// leak-checked when it was published — and pages and feeds built from their checked summaries. Nothing of a
/// briefing exists here before its embargo has lifted and the record passed the check.
/// </summary>
public static class PublicGate
{
    public const int PageSize = 50;

    public static void MapPublicGate(this IEndpointRouteBuilder app)
    {
        var site = app.MapGroup(PublicPaths.Root.TrimEnd('/')).AllowAnonymous().WithTags("Public");
        site.MapGet("/", async (BriefingDb db, int? page) =>
        {
            if (FieldLimits.PageProblem(page) is { } problem)
            {
                return Problems.Invalid("page", problem);
            }
            var number = page ?? 1;
            var latest = await LatestAsync(db, (number - 1) * PageSize, PageSize + 1);
            return Html(PublicIndexPage.Write(await RowsAsync(db, [.. latest.Take(PageSize)]), number, latest.Count > PageSize));
        });
        site.MapGet("/" + PublicIndexPage.RssFile, async (BriefingDb db, ServerOptions options, TimeProvider time) =>
            Results.Text(PublicFeeds.Rss(await RecordsAsync(db), Site(options), time.GetUtcNow()), "application/rss+xml; charset=utf-8"));
        site.MapGet("/" + PublicIndexPage.AtomFile, async (BriefingDb db, ServerOptions options, TimeProvider time) =>
            Results.Text(PublicFeeds.Atom(await RecordsAsync(db), Site(options), time.GetUtcNow()), "application/atom+xml; charset=utf-8"));
        site.MapGet("/{section}/{year}/{month}/{day}/{slug}/{file?}", async (HttpContext http, BriefingDb db, int? version, string? file) =>
        {
            var path = http.Request.Path.Value ?? "";
            var recordPath = file is null ? path : path[..(path.Length - file.Length)];
            if (!recordPath.EndsWith('/'))
            {
                return Results.Redirect(recordPath + "/", permanent: true);
            }
            var versions = db.Publications.Where(p => p.Path == recordPath);
            var row = version is { } v
                ? await versions.SingleOrDefaultAsync(p => p.Version == v)
                : await versions.OrderByDescending(p => p.Version).FirstOrDefaultAsync();
            if (row is null)
            {
                return NotFound();
            }
            return file switch
            {
                null or PublicPaths.PageFile => Html(row.Html),
                PublicPaths.MarkdownFile => Results.Text(row.Markdown, "text/markdown; charset=utf-8"),
                PublicPaths.JsonFile => Results.Text(row.Json, "application/json; charset=utf-8"),
                _ => NotFound(),
            };
        });
    }

    // One entry per record, its newest version; ordered by first publication, newest first.
    private static async Task<List<(long BriefingId, PublicRecordSummary Record)>> LatestAsync(BriefingDb db, int skip, int take)
    {
        var rows = await db.Publications
            .Where(p => p.Version == db.Publications.Where(q => q.BriefingId == p.BriefingId).Max(q => q.Version))
            .OrderByDescending(p => p.BriefingId)
            .Skip(skip).Take(take)
            .ToListAsync();
        return [.. rows.OrderByDescending(p => p.Published).Select(p => (p.BriefingId, new PublicRecordSummary(p.Path, p.Title, p.Date, p.Published, p.Modified, p.Version, p.Summary)))];
    }

    private static async Task<IEnumerable<PublicRecordSummary>> RecordsAsync(BriefingDb db) =>
        (await LatestAsync(db, 0, PublicFeeds.MaxEntries)).Select(r => r.Record);

    // Each record's row: when its call opened on its own clock, and the archive copy's kind and attribution, all public once it is.
    private static async Task<List<PublicIndexRow>> RowsAsync(BriefingDb db, List<(long BriefingId, PublicRecordSummary Record)> records)
    {
        var ids = records.Select(r => r.BriefingId).ToList();
        var zones = await db.Briefings.Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.TimeZone);
        var opened = (await db.Events.Where(e => ids.Contains(e.BriefingId) && e.Type == OpenedEvent).Select(e => new { e.BriefingId, e.At }).ToListAsync())
            .GroupBy(e => e.BriefingId).ToDictionary(g => g.Key, g => g.Min(e => e.At));
        var filed = await db.ArchiveDocuments.Where(d => d.BriefingId != null && ids.Contains(d.BriefingId.Value))
            .Select(d => new { d.BriefingId, d.Kind, d.Attribution }).ToListAsync();
        return [.. records.Select(r =>
        {
            var archived = filed.FirstOrDefault(d => d.BriefingId == r.BriefingId);
            var kind = archived?.Kind ?? TranscriptKinds.Of(r.Record.Title);
            var attribution = archived?.Attribution ?? VocabularyLabels.WireName(AttributionLevel.NotStated);
            if (opened.TryGetValue(r.BriefingId, out var at) && zones.TryGetValue(r.BriefingId, out var id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                var local = TimeZoneInfo.ConvertTime(at, zone).DateTime;
                return new PublicIndexRow(r.Record, new FactsLine(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), DateFormats.Abbreviation(zone, at), kind, attribution));
            }
            return new PublicIndexRow(r.Record, new FactsLine(r.Record.Date, null, null, kind, attribution));
        })];
    }

    private static readonly string OpenedEvent = EventNames.Of(new CallOpened());

    private static SiteInfo Site(ServerOptions options) => new("Briefing Room",
        SiteAddress.Origin(options), "Transcripts of briefings, published when their embargo lifts.");

    private static IResult Html(string html) => Results.Text(html, "text/html; charset=utf-8");

    // The same page for "never existed" and "not yet public": an embargoed record's path reveals nothing.
    private static IResult NotFound() => Results.Content(
        PublicIndexPage.NotFound(), "text/html; charset=utf-8", null, StatusCodes.Status404NotFound);

}
