using BriefingRoom.Briefings;
using BriefingRoom.Server.Accounts;
using BriefingRoom.Server.Briefings;
using BriefingRoom.Server.Hosting;
using BriefingRoom.Server.Live;
using BriefingRoom.Server.Media;

namespace BriefingRoom.Server.Queue;

/// <summary>
/// The question queue: reporters raise and lower their hands and see their place; the operator opens and closes
/// lines; the moderator moves or removes entries and can mute everyone but the officials. Every action is an event in the briefing's log.
/// </summary>
public static class QueueEndpoints
{
    /// <summary>Required: left out, 0 would put the entry first.</summary>
    public sealed record Move(int? ToIndex);

    public sealed record OpenLine(string? EntryId);

    /// <summary>What a reporter sees: their entry and place (1 = next), how many wait, and whether their line is open.</summary>
    public sealed record MyPlace(string? EntryId, int? Position, int Waiting, bool LineOpen, long Seq);

    public static void MapQueue(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/briefings/{id}").WithTags("Queue");

        api.MapGet("/queue", async (long id, BriefingHub hub, HttpContext http) =>
        {
            var briefing = await hub.GetAsync(id);
            var access = briefing is null ? Access.None : BriefingAccess.Of(http.User, briefing.State);
            return access switch
            {
                Access.Staff => Results.Ok(new { entries = QueueView.Of(briefing!.State).Entries, open = briefing.State.OpenLine?.EntryId, onlyOfficialsSpeak = briefing.State.OnlyOfficialsSpeak, seq = briefing.State.LastSeq }),
                Access.Press => Results.Ok(PlaceOf(briefing!.State, BriefingAccess.ReporterId(http.User)!)),
                _ => Problems.NotFound("briefing with that id"),
            };
        }).RequireAuthorization();

        api.MapPost("/queue", async (long id, BriefingHub hub, AudioPresence presence, HttpContext http) =>
        {
            var me = BriefingAccess.ReporterId(http.User)!;
            return await ForPress(hub, id, http, HandRaising.Raise(presence, id, me), o => PlaceOf(o.State, me));
        }).RequireVerifiedReporter().RequireRateLimiting(RateLimits.Queue);

        api.MapDelete("/queue", async (long id, BriefingHub hub, HttpContext http) =>
        {
            var me = BriefingAccess.ReporterId(http.User)!;
            return await ForPress(hub, id, http, s => BriefingCommands.Withdraw(s, me), o => PlaceOf(o.State, me));
        }).RequireVerifiedReporter().RequireRateLimiting(RateLimits.Queue);

        api.MapPost("/queue/{entry}/move", async (long id, string entry, Move move, BriefingHub hub, HttpContext http) =>
            move.ToIndex is { } to
                ? CommandResults.From(await hub.ExecuteAsync(id, http.User.Actor(), s => BriefingCommands.MoveEntry(s, entry, to)))
                : Problems.Invalid("toIndex", "required: the place in the queue to move the entry to (0 is next)"))
            .RequireRoles(Roles.Moderator).RequireRateLimiting(RateLimits.Queue);

        api.MapDelete("/queue/{entry}", async (long id, string entry, BriefingHub hub, HttpContext http) =>
            CommandResults.From(await hub.ExecuteAsync(id, http.User.Actor(), s => BriefingCommands.RemoveEntry(s, entry))))
            .RequireRoles(Roles.Moderator).RequireRateLimiting(RateLimits.Queue);

        api.MapPost("/line", async (long id, OpenLine open, BriefingHub hub, HttpContext http) =>
            CommandResults.From(await hub.ExecuteAsync(id, http.User.Actor(), s => BriefingCommands.OpenLine(s, open.EntryId ?? ""))))
            .RequireRoles(Roles.Operator).RequireRateLimiting(RateLimits.Queue);

        api.MapDelete("/line", async (long id, BriefingHub hub, HttpContext http) =>
            CommandResults.From(await hub.ExecuteAsync(id, http.User.Actor(), BriefingCommands.CloseLine)))
            .RequireRoles(Roles.Operator).RequireRateLimiting(RateLimits.Queue);

        // The moderator silences everyone but the officials (the open line closes with it), and lets staff speak again.
        api.MapPost("/lines/mute", async (long id, BriefingHub hub, HttpContext http) =>
            CommandResults.From(await hub.ExecuteAsync(id, http.User.Actor(), BriefingCommands.MuteLines)))
            .RequireRoles(Roles.Moderator).RequireRateLimiting(RateLimits.Queue);

        api.MapDelete("/lines/mute", async (long id, BriefingHub hub, HttpContext http) =>
            CommandResults.From(await hub.ExecuteAsync(id, http.User.Actor(), BriefingCommands.UnmuteStaff)))
            .RequireRoles(Roles.Moderator).RequireRateLimiting(RateLimits.Queue);
    }

    public static MyPlace PlaceOf(BriefingState state, string reporterId)
    {
        ArgumentNullException.ThrowIfNull(state);
        var view = QueueView.Of(state);
        return new(state.EntryOf(reporterId)?.EntryId, view.PositionOf(reporterId), view.Entries.Length,
            state.OpenLine?.ReporterId == reporterId, state.LastSeq);
    }

    // A reporter not admitted to this briefing learns nothing about it, not even that it exists.
    private static async Task<IResult> ForPress(BriefingHub hub, long id, HttpContext http, Func<BriefingState, CommandResult> command, Func<AppendOutcome, object> body)
    {
        var briefing = await hub.GetAsync(id);
        if (briefing is null || BriefingAccess.Of(http.User, briefing.State) != Access.Press)
        {
            return Problems.NotFound("briefing with that id");
        }
        return CommandResults.From(await hub.ExecuteAsync(id, http.User.Actor(), command), body);
    }
}
