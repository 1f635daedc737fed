using BriefingRoom.Briefings;
using BriefingRoom.Server.Accounts;
using BriefingRoom.Server.Hosting;
using BriefingRoom.Server.Live;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Briefings;

/// <summary>Scheduling: staff put briefings on the schedule, revise them before the call and admit reporters; reporters get their invitation.</summary>
public static class BriefingEndpoints
{
    public sealed record BriefingSummary(long Id, string Title, DateTimeOffset StartsAt, string TimeZone, string Phase, bool Lifted, string? PublicPath);

    public sealed record StaffBriefing(long Id, PlanInput Plan, string Phase, bool Lifted, long LastSeq, int PublishedVersion, int? BlockedFindings,
        IReadOnlyList<AdmittedReporter> Reporters, string GroundRules);

    public sealed record PressBriefing(long Id, string Title, string Kind, string Location, DateTimeOffset StartsAt, string TimeZone,
        string Attribution, string Embargo, string Phase, long LastSeq);

    public sealed record Admit(long AccountId);

    public sealed record Scheduled(long Id, long Seq);

    public static void MapBriefings(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/briefings").WithTags("Briefings");
        api.MapPost("/", async (PlanInput input, BriefingHub hub, HttpContext http) =>
        {
            var (plan, errors) = input.ToPlan();
            if (plan is null)
            {
                return Problems.Invalid(errors);
            }
            var (id, outcome) = await hub.ScheduleAsync(plan, http.User.Actor());
            return outcome.Rejection is { } r ? Problems.Conflict(r.Code, r.Message) : Results.Created($"/api/briefings/{id}", new Scheduled(id, outcome.State.LastSeq));
        }).RequireRoles(Roles.Admin, Roles.Moderator);

        api.MapGet("/", async (BriefingDb db, HttpContext http) =>
        {
            var query = db.ListedBriefings;
            if (!http.User.IsStaff())
            {
                var me = http.User.Id();
                query = query.Where(b => db.Admissions.Any(a => a.BriefingId == b.Id && a.AccountId == me));
            }
            var rows = await query.OrderByDescending(b => b.Id).Take(200).ToListAsync();
            return rows.OrderByDescending(b => b.StartsAt).Select(b => new BriefingSummary(b.Id, b.Title, b.StartsAt, b.TimeZone, b.Phase.ToLowerInvariant(), b.Lifted, b.PublicPath));
        }).RequireAuthorization();

        api.MapGet("/{id}", async (long id, BriefingHub hub, HttpContext http) =>
            await hub.GetAsync(id) is { } briefing && BriefingAccess.Of(http.User, briefing.State) is var access and not Access.None
                ? Results.Ok(access == Access.Staff ? ForStaff(briefing) : ForPress(briefing))
                : Problems.NotFound("briefing with that id"))
            .RequireAuthorization();

        api.MapPut("/{id}/plan", async (long id, PlanInput input, BriefingHub hub, HttpContext http) =>
        {
            var (plan, errors) = input.ToPlan();
            return plan is null ? Problems.Invalid(errors) : CommandResults.From(await hub.ExecuteAsync(id, http.User.Actor(), s => BriefingCommands.RevisePlan(s, plan)));
        }).RequireRoles(Roles.Admin, Roles.Moderator);

        // Calls off a briefing that has not opened; it leaves every list and takes no more commands (docs/api.md).
        api.MapPost("/{id}/cancel", async (long id, BriefingHub hub, HttpContext http) =>
            CommandResults.From(await hub.ExecuteAsync(id, http.User.Actor(), BriefingCommands.Cancel)))
            .RequireRoles(Roles.Admin, Roles.Moderator);

        api.MapPost("/{id}/reporters", async (long id, Admit admit, BriefingHub hub, BriefingDb db, HttpContext http) =>
        {
            var (outcome, error) = await AdmitAsync(hub, db, id, admit.AccountId, http.User.Actor());
            return error is null ? CommandResults.From(outcome) : Problems.Invalid("accountId", error);
        }).RequireRoles(Roles.Admin, Roles.Moderator);

        // Takes the reporter out of the call: their access, live feed and audio end at once; admitting them again lets them back.
        api.MapDelete("/{id}/reporters/{reporterId}", async (long id, string reporterId, BriefingHub hub, HttpContext http) =>
            CommandResults.From(await hub.ExecuteAsync(id, http.User.Actor(), s => BriefingCommands.RemoveReporter(s, reporterId))))
            .RequireRoles(Roles.Admin, Roles.Moderator);

        api.MapGet("/{id}/invitation.ics", async (long id, BriefingHub hub, BriefingDb db, ServerOptions options, HttpContext http) =>
        {
            var briefing = await hub.GetAsync(id);
            if (briefing is null || BriefingAccess.Of(http.User, briefing.State) != Access.Press)
            {
                return Problems.NotFound("invitation for you to that briefing");
            }
            var account = await db.Accounts.FindAsync(http.User.Id());
            var join = SiteAddress.Absolute(SiteAddress.Origin(options), $"/briefings/{id}");
            var ics = Invitation.For(id, briefing.State.Plan!, briefing.State.LastSeq, account!.Email, join);
            return Results.Text(ics, "text/calendar; charset=utf-8");
        }).RequireVerifiedReporter();
    }

    /// <summary>Admits a verified reporter account to the call; the error says why an account cannot be admitted.</summary>
    public static async Task<(AppendOutcome? Outcome, string? Error)> AdmitAsync(BriefingHub hub, BriefingDb db, long id, long accountId, string actor)
    {
        ArgumentNullException.ThrowIfNull(hub);
        ArgumentNullException.ThrowIfNull(db);
        var reporter = await db.Accounts.FindAsync(accountId);
        if (reporter is null || !reporter.RoleList.Contains(Roles.Reporter))
        {
            return (null, "There is no reporter account with that id.");
        }
        if (!reporter.Verified)
        {
            return (null, $"{reporter.Name} has not been verified yet; verify the account first.");
        }
        var reporterId = reporter.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (await hub.ExecuteAsync(id, actor, s => BriefingCommands.AdmitReporter(s, reporterId, reporter.Name, reporter.Outlet ?? "")), null);
    }

    public static StaffBriefing ForStaff(LiveBriefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var s = briefing.State;
        return new(briefing.Id, PlanInput.From(s.Plan!), s.Phase.ToString().ToLowerInvariant(), s.IsEmbargoLifted, s.LastSeq, s.PublishedVersion,
            s.BlockedFindings, [.. s.Reporters.Values.OrderBy(r => r.Name, StringComparer.Ordinal)], s.Plan!.GroundRulesAnnouncement());
    }

    public static PressBriefing ForPress(LiveBriefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var s = briefing.State;
        var plan = s.Plan!;
        return new(briefing.Id, plan.Title, plan.Kind.ToString(), plan.Location, plan.StartsAt, plan.TimeZone,
            RulesText.Attribution(plan), RulesText.Embargo(plan), s.Phase.ToString().ToLowerInvariant(), s.LastSeq);
    }
}
