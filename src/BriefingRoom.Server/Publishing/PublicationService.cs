using System.Text.Json;
using BriefingRoom.Briefings;
using BriefingRoom.Publishing;
using BriefingRoom.Server.Archive;
using BriefingRoom.Server.Hosting;
using BriefingRoom.Server.Live;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Publishing;

/// <summary>
/// Publishes a briefing's record once its embargo has lifted: redacts the staff transcript with the plan's
/// protected identities, renders and leak-checks every artefact (<see cref="Publisher"/>), and stores the version
/// in the same transaction as its <c>Published</c> event. Findings block it and are kept for the publisher.
/// </summary>
public sealed partial class PublicationService(BriefingHub hub, IServiceScopeFactory scopes, TimeProvider time, ServerOptions options, BriefingRoom.Server.Media.RecordingStore recordings, ILogger<PublicationService> log)
{
    private static readonly JsonSerializerOptions FindingJson = new(JsonSerializerDefaults.Web);

    public async Task<PublicationOutcome?> PublishAsync(long id, string actor)
    {
        // The record is rendered outside the briefing's lock; if the log moved meanwhile (a late correction), render again.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var briefing = await hub.GetAsync(id);
            if (briefing is null)
            {
                return null;
            }
            var state = briefing.State;
            if (BriefingCommands.Publish(state).Rejection is { } notNow)
            {
                return new PublicationOutcome(state.PublishedVersion, null, [], notNow.Message);
            }
            var first = await FirstPublicationAsync(id);
            var now = StoredTime.Now(time);
            var plan = state.Plan!;
            var request = new PublicationRequest(
                BriefingTranscript.ToTranscript(state, Audience.Staff, recordings.StartOf(id) ?? state.OpenedAt), plan.ToProtectedIdentities(), plan.Title, plan.Section,
                first?.Published ?? now, now, plan.TimeZone, state.PublishedVersion + 1, options.SiteBase, first?.Path);
            var result = Publisher.Publish(request);
            var seen = state.LastSeq;
            if (result is Blocked blocked)
            {
                var findings = blocked.Findings.Select(StoredFinding.From).ToList();
                var count = findings.Count(f => f.Blocks);
                var outcome = await hub.ExecuteAsync(id, actor,
                    s => s.LastSeq == seen ? BriefingCommands.BlockPublication(s, count) : new Rejection("moved", "changed meanwhile"),
                    (db, _) => SetBlocked(db, id, findings));
                if (outcome?.Rejection?.Code == "moved")
                {
                    continue;
                }
                LogBlocked(log, id, count);
                return new PublicationOutcome(state.PublishedVersion, null, findings, null);
            }
            var record = (PublicRecord)result;
            if (await LatestAsync(id) is { } latest && latest.Title == record.Summary.Title && Body(latest.Markdown) == Body(record.Markdown))
            {
                return new PublicationOutcome(state.PublishedVersion, latest.Path, [], $"Nothing has changed since version {latest.Version} was published.");
            }
            var published = await hub.ExecuteAsync(id, actor,
                s => s.LastSeq == seen ? BriefingCommands.Publish(s) : new Rejection("moved", "changed meanwhile"),
                (db, _) => AddPublication(db, id, plan.Section, record, ReviewList.Of(record.Review, state), now));
            if (published?.Rejection?.Code == "moved")
            {
                continue;
            }
            if (published?.Rejection is { } rejected)
            {
                return new PublicationOutcome(state.PublishedVersion, null, [], rejected.Message);
            }
            return new PublicationOutcome(record.Summary.Version, record.Summary.Path, [], null);
        }
        return new PublicationOutcome(0, null, [], "The transcript kept changing while it was being published; try again.");
    }

    /// <summary>The findings that blocked the last attempt, for the publisher's screen.</summary>
    public static IReadOnlyList<StoredFinding> Findings(BriefingRow row) =>
        row?.BlockedFindings is { } json ? JsonSerializer.Deserialize<List<StoredFinding>>(json, FindingJson) ?? [] : [];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publication of briefing {Id} blocked by {Count} leak findings")]
    private static partial void LogBlocked(ILogger logger, long id, int count);

    /// <summary>Runs the queries a publication makes for a briefing that does not exist, so their first real use is compiled already.</summary>
    public async Task WarmUpQueriesAsync(CancellationToken cancellationToken)
    {
        await FirstPublicationAsync(-1);
        await LatestAsync(-1);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BriefingDb>();
        await db.ArchiveDocuments.Include(d => d.Paragraphs).Where(d => d.BriefingId == -1 || d.ContentHash == "" || d.Url == "").ToListAsync(cancellationToken);
    }

    private Task<PublicationRow?> FirstPublicationAsync(long id) => PublicationAsync(id, first: true);

    private Task<PublicationRow?> LatestAsync(long id) => PublicationAsync(id, first: false);

    private async Task<PublicationRow?> PublicationAsync(long id, bool first)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BriefingDb>();
        var versions = db.Publications.Where(p => p.BriefingId == id);
        return await (first ? versions.OrderBy(p => p.Version) : versions.OrderByDescending(p => p.Version)).FirstOrDefaultAsync();
    }

    // The archive holds the newest published version (only public text, so search can never show embargoed words);
    // it supersedes an earlier version and any imported copy of the same record. A correction keeps the document's
    // number, so links to /archive/{id}/#p-… made from the first version still lead to it.
    private static void ArchivePublished(BriefingDb db, long id, PublicRecord record, DateTimeOffset now)
    {
        var entry = ArchiveEntry.From(record.Transcript, "published", now, id, record.Markdown);
        var (url, hash) = (entry.Document.Url, entry.Document.ContentHash);
        var earlier = db.ArchiveDocuments.Include(d => d.Paragraphs).Where(d => d.BriefingId == id || d.ContentHash == hash || (url != null && d.Url == url)).ToList();
        var kept = earlier.FirstOrDefault(d => d.BriefingId == id);
        db.ArchiveDocuments.RemoveRange(earlier.Where(d => d != kept));
        if (kept is null)
        {
            entry.Document.Paragraphs = [.. entry.Paragraphs];
            db.ArchiveDocuments.Add(entry.Document);
            return;
        }
        var next = entry.Document;
        (kept.Url, kept.ContentHash, kept.Title, kept.Date, kept.Kind, kept.Attribution, kept.Source, kept.Markdown, kept.AddedAt) =
            (next.Url, next.ContentHash, next.Title, next.Date, next.Kind, next.Attribution, next.Source, next.Markdown, next.AddedAt);
        db.ArchiveParagraphs.RemoveRange(kept.Paragraphs);
        kept.Paragraphs = [.. entry.Paragraphs];
    }

    // The Markdown after its front matter: what readers read, without the times of publication.
    private static string Body(string markdown)
    {
        var end = markdown.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return end < 0 ? markdown : markdown[(end + 5)..];
    }

    private static void SetBlocked(BriefingDb db, long id, List<StoredFinding> findings)
    {
        var row = db.Briefings.Local.Single(b => b.Id == id);
        row.BlockedFindings = JsonSerializer.Serialize(findings, FindingJson);
    }

    private static void AddPublication(BriefingDb db, long id, string section, PublicRecord record, ReviewList review, DateTimeOffset now)
    {
        ArchivePublished(db, id, record, now);
        var s = record.Summary;
        db.Publications.Add(new PublicationRow
        {
            BriefingId = id,
            Version = s.Version,
            Path = s.Path,
            Title = s.Title,
            Section = section,
            Date = s.Date,
            Published = s.Published.ToUniversalTime(), // PostgreSQL keeps instants in UTC only
            Modified = s.Modified.ToUniversalTime(),
            Summary = s.Summary,
            Markdown = record.Markdown,
            Html = record.Html,
            Json = record.Json,
            Review = review.ToJson(),
        });
        var row = db.Briefings.Local.Single(b => b.Id == id);
        row.PublicPath = s.Path;
        row.BlockedFindings = null;
    }
}
