using BriefingRoom.Briefings;
using BriefingRoom.Server.Queue;

namespace BriefingRoom.Server.Pages;

/// <summary>A briefing as an admitted reporter follows it: its state and the reporter's place in line.</summary>
public sealed record ReporterModel(long Id, BriefingState State, QueueEndpoints.MyPlace Place, DateTimeOffset Now, string? PublicPath)
{
    public BriefingPlan Plan => State.Plan!;

    /// <summary>The place in line in words; live.js writes the same sentences.</summary>
    public string PlaceText => State.Phase == BriefingPhase.Concluded ? "The call has ended." : Place switch
    {
        { LineOpen: true } => "Your line is open — speak now.",
        { Position: { } p } => $"You are number {p} in line ({Place.Waiting} waiting).",
        _ => "You are not in line.",
    };

    /// <summary>The state the page's styles show: none, queued, open (emphasised) or ended.</summary>
    public string PlaceState => State.Phase == BriefingPhase.Concluded ? "ended" : Place.LineOpen ? "open" : Place.Position is not null ? "queued" : "none";
}
