using BriefingRoom.Transcripts;

namespace BriefingRoom.Briefings;

/// <summary>
/// Why a command was refused: a stable <see cref="Code"/> for programs and a sentence for people; <see cref="Field"/> names
/// the input at fault when the request itself is wrong (too long), not the briefing's state.
/// </summary>
public sealed record Rejection(string Code, string Message, string? Field = null);

/// <summary>What a command decided: the events to append, or the rejection to report (a 409 problem).</summary>
public sealed record CommandResult(ValueList<BriefingEvent> Events, Rejection? Rejection)
{
    public bool Accepted => Rejection is null;

    public static CommandResult Accept(params BriefingEvent[] events) => new(events, null);

    public static implicit operator CommandResult(Rejection rejection) => new([], rejection);
}
