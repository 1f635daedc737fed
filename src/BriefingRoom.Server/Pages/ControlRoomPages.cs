using BriefingRoom.Briefings;
using BriefingRoom.Server.Accounts;
using BriefingRoom.Server.Briefings;
using BriefingRoom.Server.Live;
using BriefingRoom.Server.Publishing;
using BriefingRoom.Server.Storage;

namespace BriefingRoom.Server.Pages;

/// <summary>The control room and its forms: each runs the same hub command as the JSON API, then goes back to the room.</summary>
public static class ControlRoomPages
{
    public static void MapControlRoomPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/staff/briefings/{id:long}", async (long id, HttpContext http, BriefingHub hub, BriefingDb db, TimeProvider time) =>
        {
            if (await hub.GetAsync(id) is not { } briefing)
            {
                return (IResult)Page.NotFound(http, "briefing with that id");
            }
            var state = briefing.State;
            var admittable = (await StaffPages.ReportersAsync(db, verified: true))
                .Where(a => !state.Reporters.ContainsKey(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
            var publication = await PublicationEndpoints.StatusAsync(db, briefing);
            // The list is worked out once the call has ended: before, the transcript is still being typed.
            var review = state.Phase == BriefingPhase.Concluded ? await PublicationEndpoints.ReviewAsync(db, briefing, publication) : null;
            return Page.Show<ControlRoom>(http, new ControlRoomModel(id, state, admittable, time.GetUtcNow(), publication, review));
        }).RequireRoles(Roles.Staff);

        var room = app.MapGroup("/staff/briefings/{id:long}");
        Command(room, "/open", Roles.Moderator, (_, _) => BriefingCommands.OpenCall);
        // The page's form always asks for the tick box that names the consequence, not only in the guard interval.
        Command(room, "/conclude", Roles.Moderator, (form, http) => s => form.Text("confirm") is null
            ? new Rejection("conclusion-not-confirmed", $"{BriefingCommands.WhatConcludingDoes(s, Now(http))} Tick the box to confirm, then conclude.")
            : BriefingCommands.Conclude(s, Now(http), confirmed: true));
        Command(room, "/queue/move", Roles.Moderator, (form, _) => s => BriefingCommands.MoveEntry(s, form.Text("entryId") ?? "", (form.Number("place") ?? 1) - 1));
        Command(room, "/queue/remove", Roles.Moderator, (form, _) => s => BriefingCommands.RemoveEntry(s, form.Text("entryId") ?? ""));
        Command(room, "/line", Roles.Operator, (form, _) => s => BriefingCommands.OpenLine(s, form.Text("entryId") ?? ""));
        Command(room, "/line/close", Roles.Operator, (_, _) => BriefingCommands.CloseLine);
        Command(room, "/lines/mute", Roles.Moderator, (_, _) => BriefingCommands.MuteLines);
        Command(room, "/lines/unmute", Roles.Moderator, (_, _) => BriefingCommands.UnmuteStaff);
        Command(room, "/turns", Roles.Stenographer, (form, _) => s => BriefingCommands.StartTurn(s, form.Text("speaker") ?? "", form.Text("reporterId")));
        Command(room, "/paragraphs", Roles.Stenographer, (form, _) => s => Paragraphs(s, form.Number("turn") ?? 0, form.Text("text") ?? ""));
        Command(room, "/approve", Roles.Publisher, (_, _) => BriefingCommands.Approve);
        Command(room, "/corrections", Roles.Stenographer, (form, _) => s => Corrections.Run(s, form.Text("reference"), form.Text("strike"), form["replacement"].ToString()));

        // The form is bound (and not read) so the anti-forgery token is checked, as for every form.
        room.MapPost("/cancel", async (long id, HttpContext http, BriefingHub hub, IFormCollection form) =>
            Forms.After(http, await hub.ExecuteAsync(id, http.User.Actor(), BriefingCommands.Cancel), Back(id), "The briefing is cancelled."))
            .RequireRoles(Roles.Admin, Roles.Moderator);

        room.MapPost("/reporters", async (long id, HttpContext http, BriefingHub hub, BriefingDb db, IFormCollection form) =>
        {
            var (outcome, error) = await BriefingEndpoints.AdmitAsync(hub, db, id, form.Number("accountId") ?? 0, http.User.Actor());
            if (error is not null)
            {
                Notice.Set(http, error);
                return Results.Redirect(Back(id));
            }
            return Forms.After(http, outcome, Back(id), "Admitted.");
        }).RequireRoles(Roles.Admin, Roles.Moderator);

        room.MapPost("/reporters/remove", async (long id, HttpContext http, BriefingHub hub, IFormCollection form) =>
            Forms.After(http, await hub.ExecuteAsync(id, http.User.Actor(), s => BriefingCommands.RemoveReporter(s, form.Text("reporterId") ?? "")), Back(id), "Removed from the call."))
            .RequireRoles(Roles.Admin, Roles.Moderator);
    }

    private static string Back(long id) => $"/staff/briefings/{id}";

    // The console's box holds a paragraph a line, as live.js sends them one by one; all are added, or none.
    private static CommandResult Paragraphs(BriefingState state, int turn, string text)
    {
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var events = new List<BriefingEvent>();
        foreach (var (line, i) in lines.Select((l, i) => (l, i)))
        {
            var one = BriefingCommands.AddParagraph(state, turn, line);
            if (one.Rejection is not null)
            {
                return one;
            }
            var added = (TurnText)one.Events[0];
            events.Add(added with { ParagraphId = added.ParagraphId + i });
        }
        return lines.Length == 0 ? BriefingCommands.AddParagraph(state, turn, "") : CommandResult.Accept([.. events]);
    }

    private static DateTimeOffset Now(HttpContext http) => http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();

    // One form endpoint per command: the form's fields make the command, the role is the JSON API's.
    private static void Command(RouteGroupBuilder room, string path, string role, Func<IFormCollection, HttpContext, Func<BriefingState, CommandResult>> command) =>
        room.MapPost(path, async (long id, HttpContext http, BriefingHub hub, IFormCollection form) =>
            Forms.After(http, await hub.ExecuteAsync(id, http.User.Actor(), command(form, http)), Back(id)))
            .RequireRoles(role);
}
