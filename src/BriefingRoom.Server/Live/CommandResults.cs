using BriefingRoom.Server.Hosting;

namespace BriefingRoom.Server.Live;

/// <summary>
/// Turns what the hub did into an HTTP answer: 404 for no briefing, 400 for a request refused for its own input (a
/// field too long), 409 for a command the briefing's state refuses, else the new sequence number.
/// </summary>
public static class CommandResults
{
    public sealed record Appended(long Seq);

    public static IResult From(AppendOutcome? outcome, Func<AppendOutcome, object>? body = null)
    {
        if (outcome is null)
        {
            return Problems.NotFound("briefing with that id");
        }
        if (outcome.Rejection is { } rejection)
        {
            return rejection.Field is { } field ? Problems.Invalid(field, rejection.Message) : Problems.Conflict(rejection.Code, rejection.Message);
        }
        return Results.Ok(body?.Invoke(outcome) ?? new Appended(outcome.State.LastSeq));
    }
}
