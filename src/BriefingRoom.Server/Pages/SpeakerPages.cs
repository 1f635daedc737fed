using BriefingRoom.Briefings;
using BriefingRoom.Server.Live;
using BriefingRoom.Server.Media;

namespace BriefingRoom.Server.Pages;

/// <summary>
/// The page a plan speaker joins the call's audio from, with the link staff hand them (SpeakerPasses): no account, the
/// pass in the link is the capability. A link that does not fit gets the same refusal whether or not the briefing exists.
/// </summary>
public static class SpeakerPages
{
    public static void MapSpeakerPages(this IEndpointRouteBuilder app) =>
        app.MapGet("/briefings/{id:long}/speak", async (long id, string? speaker, string? pass, HttpContext http, BriefingHub hub, SpeakerPasses passes) =>
        {
            if (speaker is null || pass is null || await hub.GetAsync(id) is not { } briefing || !passes.Admits(id, briefing.State, speaker, pass))
            {
                return Page.Show<ErrorPage>(http, new ErrorModel("Not allowed", "This speaker link is not valid for this call. Ask the press office for a new one."), StatusCodes.Status403Forbidden);
            }
            var who = briefing.State.Plan!.Speaker(speaker)!;
            return Page.Show<SpeakerPage>(http, new SpeakerModel(id, briefing.State.Phase, who.Label,
                $"/api/briefings/{id}/audio?speaker={Uri.EscapeDataString(speaker)}&pass={Uri.EscapeDataString(pass)}"));
        }).AllowAnonymous();
}

/// <summary>What the speaker page shows: whose link it is (by label), the call's phase, and the join address carrying the pass.</summary>
public sealed record SpeakerModel(long Id, BriefingPhase Phase, string Label, string AudioApi);
