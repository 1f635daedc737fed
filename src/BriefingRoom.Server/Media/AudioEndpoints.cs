using System.Security.Claims;
using BriefingRoom.Briefings;
using BriefingRoom.Server.Accounts;
using BriefingRoom.Server.Briefings;
using BriefingRoom.Server.Hosting;
using BriefingRoom.Server.Live;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BriefingRoom.Server.Media;

/// <summary>
/// Joining a call's audio: the browser posts its SDP offer (ICE gathering complete) and gets Janus's answer back through
/// Briefing Room, which holds the Janus session. Who may join: the plan's speakers with the link staff give them,
/// staff, and admitted verified reporters; reporters listen until the operator opens their line (docs/api.md, "Audio").
/// </summary>
public static class AudioEndpoints
{
    // A property, not a constructor parameter: a JSON value of the wrong type is then reported as "not text" under "sdp".
    public sealed record Offer
    {
        public string? Sdp { get; init; }
    }

    public sealed record Answer(string? Sdp, long Participant, string Part, bool Muted);

    public sealed record Present(long Participant, string Key, string Display, string Part, bool Muted, bool Talking, bool Microphone);

    public sealed record SpeakerLink(string Key, string Name, string Label, string? Link);

    public static void MapAudio(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/briefings/{id}/audio").WithTags("Audio");

        // Open to the anonymous: a plan speaker has no account and comes with a speaker pass instead.
        api.MapPost("/", JoinAsync).AllowAnonymous()
            .WithSummary("Joins the call's audio with an SDP offer; a plan speaker adds ?speaker=KEY&pass=PASS from their link.");

        api.MapDelete("/", LeaveAsync).AllowAnonymous()
            .WithSummary("Leaves the call's audio (nothing to do when not in it).");

        api.MapGet("/participants", async (long id, BriefingHub hub, AudioPresence presence) =>
            await hub.GetAsync(id) is null
                ? Problems.NotFound("briefing with that id")
                : Results.Ok(presence.In(id).Select(p => new Present(p.Participant, p.Key, p.Display, PartName(p.Part), p.Muted, p.Talking, p.Microphone))))
            .RequireRoles(Roles.Staff)
            .WithSummary("Who is in the call's audio now, muted or talking, and whether their microphone is in it.");

        api.MapGet("/speakers", async (long id, BriefingHub hub, SpeakerPasses passes) =>
        {
            if (await hub.GetAsync(id) is not { State.Plan: { } plan } briefing)
            {
                return Problems.NotFound("briefing with that id");
            }
            var open = briefing.State.Phase is BriefingPhase.Scheduled or BriefingPhase.Live;
            return Results.Ok(plan.Speakers.Select(s => new SpeakerLink(s.Key, s.Name, s.Label, open ? passes.LinkFor(id, s.Key) : null)));
        }).RequireRoles(Roles.Staff)
            .WithSummary("The link each plan speaker joins the audio with; null once the call is over.");
    }

    private sealed record Who(BriefingState State, AudioParticipant Participant, string Display, bool Muted);

    // The offer is checked before anyone's session is touched: a bad one is refused with its reason, and the person's place stays.
    private static async Task<Results<Ok<Answer>, ProblemHttpResult, ValidationProblem>> JoinAsync(long id, Offer? offer, string? speaker, string? pass, HttpContext http, BriefingHub hub, AudioSessions sessions, MediaSupervisor media, SpeakerPasses passes)
    {
        var (who, refusal) = await WhoAsync(id, http.User, speaker, pass, hub, passes);
        if (refusal is not null)
        {
            return refusal;
        }
        if (AudioOffer.Problem(offer?.Sdp) is { } bad)
        {
            return Problems.Invalid("sdp", bad);
        }
        if (who!.State.Phase != BriefingPhase.Live)
        {
            return Problems.Conflict("call-not-live", who.State.Phase switch
            {
                BriefingPhase.Scheduled => "The call has not opened yet; its audio starts when the moderator opens it.",
                _ => "The call is over; its audio has ended.",
            });
        }
        if (!media.Status.IsOn)
        {
            return Unavailable($"The call has no audio now: {media.Status.Reason}. Follow the live transcript instead.");
        }
        try
        {
            var joined = await sessions.JoinAsync(id, who.Participant, who.Display, who.Muted, offer!.Sdp, http.RequestAborted);
            return TypedResults.Ok(new Answer(joined.Sdp, joined.Participant, PartName(joined.Part), joined.Muted));
        }
        catch (AudioOfferRefusedException e)
        {
            return Problems.Invalid("sdp", e.Message);
        }
        catch (AudioRefusedException e)
        {
            return Problems.Forbidden(e.Message);
        }
        catch (AudioUnavailableException e)
        {
            return Unavailable(e.Message);
        }
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> LeaveAsync(long id, string? speaker, string? pass, HttpContext http, BriefingHub hub, AudioSessions sessions, SpeakerPasses passes)
    {
        var (who, refusal) = await WhoAsync(id, http.User, speaker, pass, hub, passes);
        if (refusal is not null)
        {
            return refusal;
        }
        await sessions.LeaveAsync(id, who!.Participant.Key);
        return TypedResults.NoContent();
    }

    // Who is asking, and in which part; or the refusal: 401 for nobody, 403 for someone who may not be in this call's audio.
    private static async Task<(Who? Who, ProblemHttpResult? Refusal)> WhoAsync(long id, ClaimsPrincipal user, string? speaker, string? pass, BriefingHub hub, SpeakerPasses passes)
    {
        var briefing = await hub.GetAsync(id);
        if (speaker is not null || pass is not null)
        {
            // A pass that does not fit looks the same whether or not the briefing exists.
            return briefing is not null && speaker is not null && pass is not null && passes.Admits(id, briefing.State, speaker, pass)
                ? (new Who(briefing.State, new AudioParticipant(id, AudioPart.Official, speaker), briefing.State.Plan!.Speaker(speaker)!.Name, Muted: false), null)
                : (null, Problems.Forbidden("This speaker link is not valid for this call. Ask the press office for a new one."));
        }
        if (user.Id() is not { } account)
        {
            return (null, Problems.Unauthorized("Sign in to join the call's audio."));
        }
        if (user.IsStaff())
        {
            if (briefing is null)
            {
                return (null, Problems.NotFound("briefing with that id"));
            }
            // The moderator speaks; the other staff listen, so no keyboard or room noise of theirs reaches the call.
            var staff = new AudioParticipant(id, AudioPart.Staff, account.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var speaks = user.IsInRole(Roles.Moderator) && AudioLines.Speaks(briefing.State, staff);
            var name = user.FindFirstValue(ClaimTypes.Name) ?? "staff";
            return (new Who(briefing.State, staff, name, !speaks), null);
        }
        if (briefing is not null && BriefingAccess.ReporterId(user) is { } removed && briefing.State.RemovedReporters.Contains(removed))
        {
            return (null, Problems.Forbidden("You were removed from this call, so you cannot join its audio. Ask the press office if you think this is a mistake."));
        }
        if (briefing is null || BriefingAccess.Of(user, briefing.State) != Access.Press)
        {
            return (null, Problems.Forbidden("You are not admitted to this call, so you cannot join its audio."));
        }
        var reporterId = BriefingAccess.ReporterId(user)!;
        var reporter = briefing.State.Reporters[reporterId];
        var open = briefing.State.OpenLine?.ReporterId == reporterId; // the log decides: muted unless their line is open now
        return (new Who(briefing.State, AudioParticipant.Reporter(id, reporterId), $"{reporter.Name} ({reporter.Outlet})", !open), null);
    }

    private static string PartName(AudioPart part) => part.ToString().ToLowerInvariant();

    private static ProblemHttpResult Unavailable(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "No audio");
}
