using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using BriefingRoom.Briefings;
using BriefingRoom.Server.Live;

namespace BriefingRoom.Server.Media;

/// <summary>
/// Keeps each live call's mix recorded and finishes the recording after the call. AudioBridge writes the mix only while
/// someone is in the room, so Briefing Room joins every room it created with a silent, muted plain-RTP listener: the
/// recording then runs from the room's creation, and a turn's offset is its start minus the recording's. Once the call
/// is over and its room gone, the segments are joined into the one file kept with the staff record.
/// </summary>
public sealed class CallRecording(BriefingHub hub, MediaSupervisor media, AudioRooms rooms, RecordingStore store, TimeProvider time, ILogger<CallRecording> logger) : BackgroundService
{
    private static readonly TimeSpan Look = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan JoinedWithin = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<long, byte> _ended = new();
    // The recorder's handle in each room, for the control session they were made on.
    private readonly Dictionary<long, long> _recorders = [];
    // Segment sizes at the last look: a segment is complete only once no one writes to it for a look.
    private readonly Dictionary<long, long> _sizes = [];
    private JanusControl? _control;

    // A killed Briefing Room's recorder stays in a room on a Janus run elsewhere until its session times out, and a kick
    // does not take out a plain-RTP participant: the next start joins under the next free id, so the mix never stops.
    private const int RecorderSlots = 4;

    /// <summary>The participant id the recorder joins under: the same contract as a person's (<see cref="AudioParticipant.IdOf"/>), under a key no person has.</summary>
    public static long RecorderId(long briefing, int slot = 0) => AudioParticipant.IdOf(briefing, slot == 0 ? "recorder:mix" : string.Create(CultureInfo.InvariantCulture, $"recorder:mix:{slot}"));

    /// <summary>Whether the participant is a recorder of the briefing's room, this server's or one a killed server left.</summary>
    public static bool IsRecorder(long briefing, long id) => Enumerable.Range(0, RecorderSlots).Any(slot => RecorderId(briefing, slot) == id);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        hub.Appended += OnAppended;
        foreach (var id in store.Unfinished())
        {
            _ended[id] = 0; // a server that stopped before finishing a recording finishes it now, once its call is over
        }
        return base.StartAsync(cancellationToken);
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        hub.Appended -= OnAppended;
        return base.StopAsync(cancellationToken);
    }

    private void OnAppended(LiveBriefing briefing)
    {
        if (briefing.State.Phase is not (BriefingPhase.Scheduled or BriefingPhase.Live))
        {
            _ended[briefing.Id] = 0;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                if (store.Off is null)
                {
                    await JoinRoomsAsync(stoppingToken);
                }
                foreach (var id in _ended.Keys)
                {
                    await FinishAsync(id);
                }
                await Task.Delay(Look, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: segments stay on disk and are finished by the next start.
        }
    }

    // Every room this server created gets the recorder; a new control session (a restarted Janus) starts over.
    private async Task JoinRoomsAsync(CancellationToken stopping)
    {
        var control = media.Control;
        if (!ReferenceEquals(control, _control))
        {
            _control = control;
            _recorders.Clear();
        }
        if (control is null)
        {
            return;
        }
        foreach (var id in rooms.Rooms.Where(id => !_recorders.ContainsKey(id)).ToList())
        {
            try
            {
                _recorders[id] = await JoinAsync(control, id, stopping);
            }
            catch (Exception e) when (e is JanusException or HttpRequestException or TimeoutException or InvalidOperationException || (e is OperationCanceledException && !stopping.IsCancellationRequested))
            {
                _recorders[id] = 0; // tried once per room: a room without it still records while anyone is in
                logger.RecorderFailed(id, e.Message);
            }
        }
        foreach (var (id, handle) in _recorders.Where(r => !rooms.Rooms.Contains(r.Key)).ToList())
        {
            _recorders.Remove(id);
            if (handle != 0)
            {
                await Quietly(() => control.Client.DetachAsync(control.Session, handle, stopping));
            }
        }
    }

    private async Task<long> JoinAsync(JanusControl control, long id, CancellationToken stopping)
    {
        var client = control.Client;
        var secret = rooms.SecretOf(id, control.RoomKey);
        var token = RandomNumberGenerator.GetHexString(32, lowercase: true);
        var handle = await client.AttachAsync(control.Session, JanusClient.AudioBridge, stopping);
        try
        {
            await client.RequestAsync(control.Session, control.Handle, Allowed(id, secret, "add", token), stopping);
            await JoinWithAsync(control, id, handle, secret, token, stopping);
            return handle;
        }
        catch
        {
            await Quietly(() => client.DetachAsync(control.Session, handle, CancellationToken.None)); // no handle left behind for a join that failed
            throw;
        }
    }

    private async Task JoinWithAsync(JanusControl control, long id, long handle, string secret, string token, CancellationToken stopping)
    {
        var client = control.Client;
        try
        {
            // A recorder already in the room is one a killed Briefing Room left on a session no one keeps alive: ours joins beside it.
            var present = await ParticipantsAsync(control, id, stopping);
            var recorder = Enumerable.Range(0, RecorderSlots).Select(slot => RecorderId(id, slot)).Where(r => !present.Contains(r)).Cast<long?>().FirstOrDefault()
                ?? throw new InvalidOperationException($"every one of the {RecorderSlots} recorder ids is taken by the recorders of servers that were killed");
            // Plain RTP to the discard port: AudioBridge sends a plain-RTP participant nothing until it hears from it, and it never does.
            await client.PostAsync(control.Session, handle, new JsonObject
            {
                ["request"] = "join",
                ["room"] = id,
                ["id"] = recorder,
                ["display"] = "Briefing Room recording",
                ["muted"] = true,
                ["token"] = token,
                ["rtp"] = new JsonObject { ["ip"] = "127.0.0.1", ["port"] = 9, ["payload_type"] = 111 },
            }, stopping);
            var deadline = time.GetUtcNow() + JoinedWithin;
            while (!(await ParticipantsAsync(control, id, stopping)).Contains(recorder))
            {
                if (time.GetUtcNow() >= deadline)
                {
                    throw new TimeoutException($"the recorder was not in the room {JoinedWithin.TotalSeconds:0} s after joining");
                }
                await Task.Delay(TimeSpan.FromMilliseconds(50), time, stopping);
            }
            store.MeasureStart(id, time.GetUtcNow());
            logger.RecorderJoined(id);
        }
        finally
        {
            await Quietly(() => client.RequestAsync(control.Session, control.Handle, Allowed(id, secret, "remove", token), stopping));
        }
    }

    private static async Task<HashSet<long>> ParticipantsAsync(JanusControl control, long id, CancellationToken stopping)
    {
        var list = await control.Client.RequestAsync(control.Session, control.Handle, new JsonObject { ["request"] = "listparticipants", ["room"] = id }, stopping);
        return [.. (list["participants"] as JsonArray ?? []).Select(p => p?["id"]?.GetValue<long>() ?? 0)];
    }

    private static JsonObject Allowed(long id, string secret, string action, string token) => new()
    {
        ["request"] = "allowed",
        ["room"] = id,
        ["secret"] = secret,
        ["action"] = action,
        ["allowed"] = new JsonArray(token),
    };

    // A call that is over, whose room is gone (or whose media server is), and whose segments stopped growing, is finished.
    private async Task FinishAsync(long id)
    {
        // Not over yet (it comes back with its conclusion), or no briefing of this server's: its files are left alone.
        if (await hub.GetAsync(id) is not { } briefing || briefing.State.Phase is BriefingPhase.Live or BriefingPhase.Scheduled)
        {
            _ended.TryRemove(id, out _);
            return;
        }
        if (media.Control is not null && rooms.Rooms.Contains(id))
        {
            return;
        }
        var size = store.Segments(id).Sum(s => new FileInfo(s.Path).Length);
        if (!_sizes.TryGetValue(id, out var before) || before != size)
        {
            _sizes[id] = size;
            return;
        }
        try
        {
            if (store.Finish(id) is { } recording)
            {
                logger.RecordingFinished(id, recording.Path, recording.Bytes);
            }
            _ended.TryRemove(id, out _);
            _sizes.Remove(id);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.RecordingNotFinished(id, e.Message); // tried again at the next look; the segments are kept
        }
    }

    private static async Task Quietly(Func<Task> request)
    {
        try
        {
            await request();
        }
        catch (Exception e) when (e is JanusException or HttpRequestException or OperationCanceledException)
        {
            // Gone with its room or its media server: nothing is left to undo.
        }
    }
}

/// <summary>What recording writes to the server's log.</summary>
internal static partial class RecordingLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Recording the audio room of briefing {Id}")]
    public static partial void RecorderJoined(this ILogger logger, long id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The recorder could not join the audio room of briefing {Id} ({Why}); the room records only while someone is in it")]
    public static partial void RecorderFailed(this ILogger logger, long id, string why);

    [LoggerMessage(Level = LogLevel.Information, Message = "The recording of briefing {Id} is complete: {Path} ({Bytes} bytes)")]
    public static partial void RecordingFinished(this ILogger logger, long id, string path, long bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The recording of briefing {Id} could not be finished yet: {Why}")]
    public static partial void RecordingNotFinished(this ILogger logger, long id, string why);
}
