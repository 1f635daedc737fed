using BriefingRoom.Briefings;
using BriefingRoom.Server.Queue;

namespace BriefingRoom.Server.Pages;

/// <summary>A briefing as an admitted reporter follows it: its state and the reporter's place in line.</summary>
public sealed record ReporterModel(long Id, BriefingState State, QueueEndpoints.MyPlace Place)
{
    public BriefingPlan Plan => State.Plan!;

    /// <summary>The place in line in words; live.js writes the same sentences.</summary>
    public string PlaceText => Place switch
    {
        { LineOpen: true } => "Your line is open: ask your question.",
        { Position: { } p } => $"You are number {p} in line ({Place.Waiting} waiting).",
        _ => "You are not in line.",
    };
}
