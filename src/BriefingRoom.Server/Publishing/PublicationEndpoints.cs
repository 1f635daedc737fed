using BriefingRoom.Briefings;
using BriefingRoom.Server.Accounts;
using BriefingRoom.Server.Hosting;
using BriefingRoom.Server.Live;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Publishing;

/// <summary>Staff's side of publishing: the record's status with any blocking findings, approval, and publishing again after a correction.</summary>
public static class PublicationEndpoints
{
    public sealed record Status(string State, int Version, string? Path, IReadOnlyList<StoredFinding> Findings, IReadOnlyList<VersionView> Versions);

    public sealed record VersionView(int Version, DateTimeOffset Modified);

    public static void MapPublication(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/briefings/{id}").WithTags("Publishing");
        api.MapGet("/publication", async (long id, BriefingHub hub, BriefingDb db) =>
            await hub.GetAsync(id) is { } briefing ? Results.Ok(await StatusAsync(db, briefing)) : Problems.NotFound("briefing with that id"))
            .RequireRoles(Roles.Staff);

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
