using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using BriefingRoom.Briefings;
using BriefingRoom.Server.Live;

namespace BriefingRoom.Server.Media;

/// <summary>
/// One AudioBridge room per live call, following the log: created when the call opens, destroyed once it is concluded
/// or cancelled, and re-created for every live call when the media server comes back (a restarted Janus has no rooms).
/// The room's number is the briefing's; its secret is derived from the room key, so only Briefing Room can change or
/// destroy it, even after a restart; it admits nobody until Briefing Room adds their token.
/// </summary>
public sealed class AudioRooms(BriefingHub hub, MediaSupervisor media, BriefingRoom.Server.Hosting.ServerOptions options, RecordingStore recordings, TimeProvider time, ILogger<AudioRooms> logger) : BackgroundService
{
    private const int RoomExists = 486;
    private const int NoSuchRoom = 485;
    private const int TalkWindowPackets = 50; // 20 ms packets: one second
    private const int TalkLevelAverage = 40; // dBov, 0 loudest, 127 silence
    private static readonly TimeSpan Watch = TimeSpan.FromSeconds(1);

    private readonly Channel<long> _due = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });
    // A room key for a media server given without one: rooms are then this process's to destroy alone.
    private readonly byte[] _fallbackKey = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<long, byte> _rooms = new();
    private JanusControl? _control;

    /// <summary>
    /// The briefings whose room this server created in the media server running now; none while a new (or restarted) one
    /// has not been looked at yet, so no one acts on the rooms of a media server that is gone.
    /// </summary>
    public ICollection<long> Rooms => _control is { } control && ReferenceEquals(control, media.Control) ? _rooms.Keys : [];

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        hub.Appended += OnAppended;
        return base.StartAsync(cancellationToken);
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        hub.Appended -= OnAppended;
        return base.StopAsync(cancellationToken);
    }

    /// <summary>The secret of a briefing's room: the same for the same room key, so a restarted Briefing Room still holds it.</summary>
    public string SecretOf(long briefing, string? roomKey) => SecretOf(briefing, roomKey is null ? _fallbackKey : Encoding.UTF8.GetBytes(roomKey));

    /// <summary>The secret every Briefing Room given this room key uses for the briefing's room (what a restarted one finds it by).</summary>
    public static string SecretOf(long briefing, byte[] roomKey) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(roomKey, Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"briefing-room/audiobridge/{briefing}"))));

    private void OnAppended(LiveBriefing briefing) => _due.Writer.TryWrite(briefing.Id);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Media.Disabled)
        {
            return;
        }
        Task<bool>? due = null;
        try
        {
            while (true)
            {
                // A new control session means a new (or restarted) media server: every unfinished briefing is looked at again.
                if (media.Control is { } control && !ReferenceEquals(control, _control))
                {
                    _rooms.Clear();
                    _control = control;
                    foreach (var id in await hub.PendingLiftsAsync())
                    {
                        _due.Writer.TryWrite(id);
                    }
                }
                if (_control is null || !ReferenceEquals(_control, media.Control))
                {
                    await Task.Delay(Watch, time, stoppingToken);
                    continue;
                }
                due ??= _due.Reader.WaitToReadAsync(stoppingToken).AsTask();
                await Task.WhenAny(due, Task.Delay(Watch, time, stoppingToken));
                stoppingToken.ThrowIfCancellationRequested();
                if (due.IsCompleted)
                {
                    due = null;
                }
                while (ReferenceEquals(_control, media.Control) && _due.Reader.TryRead(out var id))
                {
                    await FollowAsync(_control, id, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The server is stopping; rooms go with the Janus it started, or stay in one run elsewhere until the call ends.
        }
    }

    // Makes Janus hold a room for the briefing exactly while its call is live; a failure waits for the next control session.
    private async Task FollowAsync(JanusControl control, long id, CancellationToken stopping)
    {
        if (await hub.GetAsync(id) is not { } briefing)
        {
            return;
        }
        var live = briefing.State.Phase == BriefingPhase.Live;
        var secret = SecretOf(id, control.RoomKey);
        try
        {
            if (live && !_rooms.ContainsKey(id))
            {
                var create = new JsonObject
                {
                    ["request"] = "create",
                    ["room"] = id,
                    ["description"] = string.Create(CultureInfo.InvariantCulture, $"briefing {id}"),
                    ["secret"] = secret,
                    ["is_private"] = true,
                    ["allowed"] = new JsonArray(), // nobody joins without a token Briefing Room adds for them
                    ["audiolevel_event"] = true,
                    // Janus's defaults (2 s windows, louder than −25 dBov on average) miss a voice after the browser's
                    // noise suppression and gain control (−27 dBov measured): 1 s windows at −40 dBov light "talking" within a second.
                    ["audio_active_packets"] = TalkWindowPackets,
                    ["audio_level_average"] = TalkLevelAverage,
                };
                if (control.RoomKey is not null)
                {
                    create["admin_key"] = control.RoomKey;
                }
                if (recordings.Off is null)
                {
                    // The mix goes to the staff-only recordings; each room Janus holds for the call records a segment of its own.
                    var (folder, file) = recordings.NewSegment(id, time.GetUtcNow());
                    create["record"] = true;
                    create["record_dir"] = folder;
                    create["record_file"] = file;
                    create["allow_rtp_participants"] = true; // for CallRecording's silent listener, which keeps the mix recorded while no one is in
                }
                await RequestAsync(control, create, RoomExists, stopping);
                _rooms[id] = 0;
                logger.RoomCreated(id);
            }
            else if (!live && briefing.State.Phase != BriefingPhase.Scheduled && (_rooms.ContainsKey(id) || briefing.State.OpenedAt is not null))
            {
                await AudioLines.ApplyAsync(control, id, secret, _ => Task.FromResult<bool?>(false), stopping); // everyone muted before the room goes
                await RequestAsync(control, new JsonObject { ["request"] = "destroy", ["room"] = id, ["secret"] = secret }, NoSuchRoom, stopping);
                if (_rooms.TryRemove(id, out _))
                {
                    logger.RoomDestroyed(id);
                }
            }
        }
        catch (Exception e) when (e is JanusException or HttpRequestException || (e is OperationCanceledException && !stopping.IsCancellationRequested))
        {
            logger.RoomFailed(id, e.Message);
        }
    }

    // A request whose one expected error (the room is already there, or already gone) means it is as it should be.
    private static async Task RequestAsync(JanusControl control, JsonObject body, int fine, CancellationToken stopping)
    {
        try
        {
            await control.Client.RequestAsync(control.Session, control.Handle, body, stopping);
        }
        catch (JanusException e) when (e.Code == fine)
        {
        }
    }
}
