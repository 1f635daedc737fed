using BriefingRoom.Briefings;
using BriefingRoom.Server.Accounts;
using BriefingRoom.Server.Briefings;
using BriefingRoom.Server.Hosting;
using Microsoft.AspNetCore.Authentication;

namespace BriefingRoom.Server.Live;

/// <summary>The call itself: the moderator opens and concludes it; everyone admitted follows it as Server-Sent Events.</summary>
public static class CallEndpoints
{
    public static void MapCall(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/briefings/{id}").WithTags("Call");
        api.MapPost("/open", async (long id, BriefingHub hub, HttpContext http) =>
            CommandResults.From(await hub.ExecuteAsync(id, http.User.Actor(), BriefingCommands.OpenCall)))
            .RequireRoles(Roles.Moderator);
        api.MapPost("/conclude", async (long id, BriefingHub hub, HttpContext http, TimeProvider time) =>
        {
            var confirmed = await Confirmation.ReadAsync(http.Request);
            return CommandResults.From(await hub.ExecuteAsync(id, http.User.Actor(), s => BriefingCommands.Conclude(s, time.GetUtcNow(), confirmed)));
        }).RequireRoles(Roles.Moderator)
            .WithSummary("Ends the call; within 10 s of the opening only with {\"confirm\": true} or ?confirm=true.");

        // The session is read by the stream itself (StreamSession), not by the shared authentication and authorization
        // steps: those would hold the cookie handler, its tickets and the principal for as long as the stream lives.
        api.MapGet("/events", async (long id, BriefingHub hub, HttpContext http) =>
        {
            var briefing = await hub.GetAsync(id);
            if (await StreamSession.ReadAsync(http, briefing) is not { } viewer)
            {
                await http.ChallengeAsync(); // the session cookie's challenge: 401, as RequireAuthorization gives
                return;
            }
            var access = viewer.Access;
            if (access == Access.None)
            {
                await Problems.NotFound("briefing with that id").ExecuteAsync(http);
                return;
            }
            var (after, error) = ServerSentEvents.ResumePoint(http.Request);
            if (error is var (field, message))
            {
                await Problems.Invalid(field, message).ExecuteAsync(http);
                return;
            }
            // A reporter's feed lasts only while they are admitted: removing them ends it.
            // The reporter's id is read once: the check then costs one lookup per wake, and the stream holds no more than it.
            var reporter = viewer.ReporterId;
            Func<bool>? allowed = reporter is null ? null : () => briefing!.State.Reporters.ContainsKey(reporter);
            await ServerSentEvents.WriteAsync(http, briefing!.Feed, press: access == Access.Press, after, allowed);
        }).WithMetadata(new StreamSession.Marker())
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .WithSummary("The live feed as Server-Sent Events; resume with Last-Event-ID or ?after=SEQ.");
    }
}
