using BriefingRoom.Briefings;

namespace BriefingRoom.Server.Live;

/// <summary>What a command did: the events appended (durably, in order) and the state after them, or why it was refused.</summary>
public sealed record AppendOutcome(BriefingState State, IReadOnlyList<LoggedEvent> Appended, Rejection? Rejection)
{
    public bool Accepted => Rejection is null;
}
