using System.Globalization;
using BriefingRoom.Briefings;
using BriefingRoom.Server.Accounts;
using BriefingRoom.Server.Hosting;
using BriefingRoom.Server.Live;
using Microsoft.Net.Http.Headers;

namespace BriefingRoom.Server.Media;

/// <summary>
/// The call's recording, for staff only and never public: its state with each turn's offset, the last seconds while
/// the call runs (the stenographer's replay), and the finished WAV after the call (with byte ranges, so it seeks).
/// </summary>
public static class RecordingEndpoints
{
    public const int LongestReplaySeconds = 300;

    public static IServiceCollection AddRecording(this IServiceCollection services)
    {
        services.AddSingleton<RecordingStore>();
        services.AddSingleton<CallRecording>();
        services.AddHostedService(provider => provider.GetRequiredService<CallRecording>());
        return services;
    }

    public static void MapRecording(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/briefings/{id}/recording").WithTags("Recording").RequireRoles(Roles.Staff);

        api.MapGet("/", async (long id, BriefingHub hub, RecordingStore store, HttpContext http) =>
        {
            if (await hub.GetAsync(id) is not { } briefing)
            {
                return Problems.NotFound("briefing with that id");
            }
            if (store.Finished(id) is { } recording)
            {
                Private(http);
                var name = string.Create(CultureInfo.InvariantCulture, $"briefing-{id}-recording.wav");
                return Results.File(recording.Path, "audio/wav", name, enableRangeProcessing: true);
            }
            return store.Segments(id).Count > 0
                ? Problems.Conflict("still-recording", $"The call is still being recorded; the recording can be downloaded once the call is over and its audio room is closed. Meanwhile the last seconds play at /api/briefings/{id}/recording/last?seconds=30.")
                : NoRecording(store, briefing.State);
        });

        api.MapGet("/last", async (long id, string? seconds, BriefingHub hub, RecordingStore store, HttpContext http) =>
        {
            if (await hub.GetAsync(id) is not { } briefing)
            {
                return Problems.NotFound("briefing with that id");
            }
            var span = 30;
            if (seconds is not null && (!int.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out span) || span is < 1 or > LongestReplaySeconds))
            {
                return Problems.Invalid("seconds", $"seconds must be a whole number from 1 to {LongestReplaySeconds}; it was \"{seconds}\".");
            }
            if (store.Last(id, TimeSpan.FromSeconds(span)) is not { } slice)
            {
                return NoRecording(store, briefing.State);
            }
            Private(http);
            return Results.File(slice, "audio/wav");
        });

        // The staff transcript as captions for the recording (real names: staff's alone, like the file).
        api.MapGet("/captions.vtt", async (long id, BriefingHub hub, RecordingStore store, HttpContext http) =>
        {
            if (await hub.GetAsync(id) is not { } briefing)
            {
                return Problems.NotFound("briefing with that id");
            }
            if (store.StartOf(id) is not { } start)
            {
                return NoRecording(store, briefing.State);
            }
            var transcript = BriefingTranscript.ToTranscript(briefing.State, Audience.Staff, start);
            if (BriefingRoom.Formats.Vtt.VttWriter.Unwritable(transcript) is { } why)
            {
                return Problems.Conflict("no-captions", $"No captions yet: {why}.");
            }
            Private(http);
            return Results.Text(BriefingRoom.Formats.Vtt.VttWriter.Write(transcript), "text/vtt; charset=utf-8");
        });

        api.MapGet("/status", async (long id, BriefingHub hub, RecordingStore store) =>
            await hub.GetAsync(id) is { } briefing ? Results.Ok(RecordingStatus.Of(id, briefing.State, store)) : Problems.NotFound("briefing with that id"));
    }

    // Audio of a call under ground rules must not sit in a shared cache or the browser's disk cache.
    private static void Private(HttpContext http) => http.Response.Headers[HeaderNames.CacheControl] = "no-store, private";

    private static IResult NoRecording(RecordingStore store, BriefingState state) =>
        Results.Problem(RecordingStatus.Why(store, state), statusCode: StatusCodes.Status404NotFound, title: "No recording");
}

/// <summary>Whether the call is recorded, since when and for how long, and when each turn began in the recording.</summary>
public sealed record RecordingStatus(bool Recorded, string? Reason, DateTimeOffset? Start, double Seconds, bool Finished, string? Download, IReadOnlyList<TurnOffset> Turns)
{
    public static RecordingStatus Of(long id, BriefingState state, RecordingStore store)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(store);
        var finished = store.Finished(id);
        var start = store.StartOf(id);
        if (start is not { } zero)
        {
            return new(false, Why(store, state), null, 0, false, null, []);
        }
        var seconds = finished is not null ? Duration(finished.Path) : store.Segments(id).Sum(s => Duration(s.Path));
        var turns = state.Turns.Select(t => new TurnOffset(LiveFrames.TurnKey(state, t), BriefingTranscript.OffsetOf(t, zero).TotalSeconds)).ToList();
        return new(true, null, zero, seconds, finished is not null, finished is null ? null : $"/api/briefings/{id}/recording", turns);
    }

    public static string Why(RecordingStore store, BriefingState state)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(state);
        return store.Off ?? (state.Phase == BriefingPhase.Scheduled
            ? "The call has not opened yet; its audio is recorded from the opening."
            : "Nothing of this call was recorded: its audio was off (see /api/media), or the recording could not be written.");
    }

    private static double Duration(string path)
    {
        try
        {
            using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return WavFile.ReadHeader(input) is var (format, dataStart) ? format.Duration(input.Length - dataStart).TotalSeconds : 0;
        }
        catch (FileNotFoundException)
        {
            return 0; // joined and deleted meanwhile
        }
    }
}

/// <summary>A turn (by the key the transcript's <c>data-turn</c> carries) and the seconds into the recording at which it began.</summary>
public sealed record TurnOffset(string Turn, double Offset);
