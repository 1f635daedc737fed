using BriefingRoom.Briefings;
using BriefingRoom.Server.Accounts;
using BriefingRoom.Server.Hosting;
using BriefingRoom.Server.Live;

namespace BriefingRoom.Server.Stenography;

/// <summary>The stenographer's console: start a turn, append paragraphs to it, correct what was typed.</summary>
public static class StenographerEndpoints
{
    public sealed record StartTurn(string? Speaker, string? ReporterId);

    public sealed record AddParagraph(string? Text);

    /// <summary>Start and length have no sensible default (0 would insert at the paragraph's head), so both must be sent.</summary>
    public sealed record Correction(int? Start, int? Length, string? Replacement);

    public sealed record TurnAdded(long Seq, int TurnId);

    public sealed record ParagraphAdded(long Seq, int TurnId, int ParagraphId);

    public static void MapStenographer(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/briefings/{id}/turns").WithTags("Transcript").RequireRoles(Roles.Stenographer);
        api.MapPost("/", async (long id, StartTurn request, BriefingHub hub, HttpContext http) =>
            CommandResults.From(
                await hub.ExecuteAsync(id, http.User.Actor(), s => BriefingCommands.StartTurn(s, request.Speaker ?? "", request.ReporterId)),
                o => new TurnAdded(o.State.LastSeq, ((TurnStarted)o.Appended[^1].Event).TurnId)));
        api.MapPost("/{turn}/paragraphs", async (long id, int turn, AddParagraph request, BriefingHub hub, HttpContext http) =>
            CommandResults.From(
                await hub.ExecuteAsync(id, http.User.Actor(), s => BriefingCommands.AddParagraph(s, turn, request.Text ?? "")),
                o => new ParagraphAdded(o.State.LastSeq, turn, ((TurnText)o.Appended[^1].Event).ParagraphId)));
        api.MapPost("/{turn}/paragraphs/{paragraph}/corrections", async (long id, int turn, int paragraph, Correction request, BriefingHub hub, HttpContext http) =>
            request is { Start: { } start, Length: { } length }
                ? CommandResults.From(await hub.ExecuteAsync(id, http.User.Actor(),
                    s => BriefingCommands.Correct(s, turn, paragraph, start, length, request.Replacement ?? "")))
                : Problems.Invalid(request.Start is null ? "start" : "length", "required: the characters of the paragraph as typed to strike, from start (0 is the first), length of them"));
    }
}
