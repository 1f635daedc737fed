using BriefingRoom.Briefings;
using BriefingRoom.Server.Accounts;
using BriefingRoom.Server.Briefings;
using BriefingRoom.Server.Live;
using BriefingRoom.Server.Media;
using BriefingRoom.Server.Queue;
using BriefingRoom.Server.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Pages;

/// <summary>A reporter's briefings and the page they follow a call on; a briefing they are not admitted to is not found.</summary>
public static class ReporterPages
{
    public static void MapReporterPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/briefings", async (HttpContext http, BriefingDb db) =>
        {
            var me = http.User.Id();
            var rows = http.User.IsVerifiedReporter()
                ? await db.ListedBriefings.Where(b => db.Admissions.Any(a => a.BriefingId == b.Id && a.AccountId == me)).OrderByDescending(b => b.Id).Take(200).ToListAsync()
                : [];
            return Page.Show<ReporterHome>(http, (IReadOnlyList<BriefingRow>)[.. rows.OrderByDescending(b => b.StartsAt)]);
        }).RequireRoles(Roles.Reporter);

        app.MapGet("/briefings/{id:long}", async (long id, HttpContext http, BriefingHub hub, BriefingDb db, TimeProvider time) =>
        {
            if (await hub.GetAsync(id) is not { } briefing || BriefingAccess.Of(http.User, briefing.State) != Access.Press)
            {
                return Page.NotFound(http, "briefing with that id");
            }
            var state = briefing.State;
            // The public address is the reporter's to know only once something is published there.
            var path = state.PublishedVersion > 0 ? await db.Briefings.Where(b => b.Id == id).Select(b => b.PublicPath).SingleAsync() : null;
            return Page.Show<ReporterBriefing>(http, new ReporterModel(id, state, QueueEndpoints.PlaceOf(state, BriefingAccess.ReporterId(http.User)!), time.GetUtcNow(), path));
        }).RequireVerifiedReporter();

        Hand(app, "/briefings/{id:long}/hand", HandRaising.Raise);
        Hand(app, "/briefings/{id:long}/hand/withdraw", (_, _, me) => s => BriefingCommands.Withdraw(s, me));
    }

    // Access first, then the form token: a reporter not admitted learns nothing, not even that the form was bad.
    private static void Hand(IEndpointRouteBuilder app, string path, Func<AudioPresence, long, string, Func<BriefingState, CommandResult>> command) =>
        app.MapPost(path, async (long id, HttpContext http, BriefingHub hub, AudioPresence presence, IAntiforgery antiforgery) =>
        {
            var me = BriefingAccess.ReporterId(http.User)!;
            if (await hub.GetAsync(id) is not { } briefing || BriefingAccess.Of(http.User, briefing.State) != Access.Press)
            {
                return Page.NotFound(http, "briefing with that id");
            }
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest();
            }
            return Forms.After(http, await hub.ExecuteAsync(id, http.User.Actor(), command(presence, id, me)), $"/briefings/{id}");
        }).RequireVerifiedReporter().RequireRateLimiting(Hosting.RateLimits.Queue);
}
