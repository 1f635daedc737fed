using BriefingRoom.Briefings;
using BriefingRoom.Server.Accounts;
using BriefingRoom.Server.Hosting;
using BriefingRoom.Server.Live;
using BriefingRoom.Server.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Publishing;

/// <summary>Staff's side of publishing: the record's status with any blocking findings, approval, and publishing again after a correction.</summary>
public static class PublicationEndpoints
{
    public sealed record Status(string State, int Version, string? Path, IReadOnlyList<StoredFinding> Findings, IReadOnlyList<VersionView> Versions);

    public sealed record VersionView(int Version, DateTimeOffset Modified);

    /// <summary>
    /// The publisher's review list: with <see cref="Preview"/> what publishing now would change (from the current staff
    /// transcript and plan), otherwise what the redactor changed in published <see cref="Version"/> (null lists: not recorded).
    /// </summary>
    public sealed record Review(string State, int Version, bool Preview, IReadOnlyList<ReviewedChange>? Changes, IReadOnlyList<ReviewedFinding>? Findings);

    public static void MapPublication(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/briefings/{id}").WithTags("Publishing");
        api.MapGet("/publication", async (long id, BriefingHub hub, BriefingDb db) =>
            await hub.GetAsync(id) is { } briefing ? Results.Ok(await StatusAsync(db, briefing)) : Problems.NotFound("briefing with that id"))
            .RequireRoles(Roles.Staff);

        // Staff only, like the transcript it quotes: the words replaced are the protected ones.
        api.MapGet("/publication/changes", ChangesAsync).RequireRoles(Roles.Staff);

        api.MapPost("/approve", async (long id, BriefingHub hub, HttpContext http) =>
            CommandResults.From(await hub.ExecuteAsync(id, http.User.Actor(), BriefingCommands.Approve)))
            .RequireRoles(Roles.Publisher);

        // Publishes a new version (after a correction) or tries again after findings were dealt with.
        api.MapPost("/publish", async (long id, PublicationService publisher, BriefingHub hub, BriefingDb db, HttpContext http) =>
        {
            var outcome = await publisher.PublishAsync(id, http.User.Actor());
            if (outcome is null)
            {
                return Problems.NotFound("briefing with that id");
            }
            if (outcome.NotNow is { } why)
            {
                return Problems.Conflict("not-publishable", why);
            }
            var status = await StatusAsync(db, (await hub.GetAsync(id))!);
            return outcome.IsPublished ? Results.Ok(status) : Results.Json(status, statusCode: StatusCodes.Status409Conflict);
        }).RequireRoles(Roles.Publisher);
    }

    private static async Task<Results<Ok<Review>, ProblemHttpResult>> ChangesAsync(long id, BriefingHub hub, BriefingDb db) =>
        await hub.GetAsync(id) is { } briefing ? TypedResults.Ok(await ReviewAsync(db, briefing, await StatusAsync(db, briefing))) : Problems.NotFound("briefing with that id");

    /// <summary>The stored list of the newest version once published; before, the list publishing now would make.</summary>
    public static async Task<Review> ReviewAsync(BriefingDb db, LiveBriefing briefing, Status status)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(briefing);
        ArgumentNullException.ThrowIfNull(status);
        if (status.Version == 0)
        {
            var preview = ReviewList.Preview(briefing.State);
            return new Review(status.State, 0, true, preview.Changes, preview.Findings);
        }
        var stored = await db.Publications.Where(p => p.BriefingId == briefing.Id && p.Version == status.Version).Select(p => p.Review).SingleAsync();
        var list = ReviewList.FromJson(stored);
        return new Review(status.State, status.Version, false, list?.Changes, list?.Findings);
    }

    public static async Task<Status> StatusAsync(BriefingDb db, LiveBriefing briefing)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(briefing);
        var s = briefing.State;
        var row = await db.Briefings.AsNoTracking().SingleAsync(b => b.Id == briefing.Id);
        var versions = await db.Publications.Where(p => p.BriefingId == briefing.Id).OrderBy(p => p.Version)
            .Select(p => new VersionView(p.Version, p.Modified)).ToListAsync();
        var state = s.Phase == BriefingPhase.Cancelled ? "cancelled"
            : !s.IsEmbargoLifted ? "embargoed"
            : s.Phase != BriefingPhase.Concluded ? "awaiting-conclusion"
            : s.BlockedFindings is not null ? "blocked"
            : s.PublishedVersion > 0 ? "published"
            : s.Plan!.PublishMode == PublishMode.AfterApproval && !s.IsApproved ? "awaiting-approval"
            : "publishing";
        return new Status(state, s.PublishedVersion, row.PublicPath, PublicationService.Findings(row), versions);
    }
}
