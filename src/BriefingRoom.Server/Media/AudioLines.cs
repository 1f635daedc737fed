using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using BriefingRoom.Briefings;
using BriefingRoom.Server.Accounts;
using BriefingRoom.Server.Live;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Media;

/// <summary>
/// Who may speak in a call's room, following the log: the officials always, the moderator unless they muted everyone
/// but the officials (other staff only listen), a reporter only while the log has their line open, nobody once the call is over. After every
/// change in the log, after a join, and every few seconds for each live room, the room's participants are read back
/// from Janus and put right: muted or unmuted as the log says, and kicked when the log knows no such person.
/// Reconciling a briefing is serialised and reads the state after it has its turn, so the last one applies the last state.
/// </summary>
public sealed class AudioLines(BriefingHub hub, MediaSupervisor media, AudioRooms rooms, IServiceScopeFactory scopes, BriefingRoom.Server.Hosting.ServerOptions options, TimeProvider time, ILogger<AudioLines> logger) : BackgroundService
{
    private const int NoSuchRoom = 485;
    private const int NoSuchUser = 492;

    /// <summary>How often every live room is read back, so a lost request or a participant's own unmuting lasts no longer.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(3);

    private readonly Channel<long> _due = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });
    private readonly ConcurrentDictionary<long, SemaphoreSlim> _turns = new();
    private readonly ConcurrentDictionary<long, LinesState> _followed = new();

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

    /// <summary>Whether the log lets this person speak now: what a join starts them as, and what every reconcile holds them to.</summary>
    public static bool Speaks(BriefingState state, AudioParticipant who)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(who);
        return state.Phase == BriefingPhase.Live && who.Part switch
        {
            AudioPart.Official => true,
            AudioPart.Staff => !state.OnlyOfficialsSpeak,
            _ => state.OpenLine?.ReporterId == who.Person,
        };
    }

    /// <summary>
    /// Puts the briefing's room right with the log now (the join calls it once the person is in, so a line closed
    /// while the join was under way ends muted); null when audio is off or the room is not there.
    /// </summary>
    public async Task<LinesCorrected?> ReconcileAsync(long briefing, CancellationToken cancel)
    {
        if (options.Media.Disabled || media.Control is not { } control || await hub.GetAsync(briefing) is not { } live)
        {
            return null;
        }
        var turn = _turns.GetOrAdd(briefing, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(cancel);
        try
        {
            var state = live.State; // read only now: any later change has queued a reconcile behind this one
            var known = Known(briefing, state);
            Dictionary<long, bool>? staff = null;
            return await ApplyAsync(control, briefing, rooms.SecretOf(briefing, control.RoomKey), async id =>
            {
                if (CallRecording.IsRecorder(briefing, id))
                {
                    return false; // the staff recording's own silent listener (or a killed server's): kicking it would stop the recording
                }
                if (known.TryGetValue(id, out var who))
                {
                    return Speaks(state, who);
                }
                staff ??= await StaffIdsAsync(briefing);
                return staff.TryGetValue(id, out var moderator) ? moderator && Speaks(state, new AudioParticipant(briefing, AudioPart.Staff, "")) : null;
            }, cancel);
        }
        finally
        {
            turn.Release();
        }
    }

    /// <summary>
    /// Reads the room's participants and mutes, unmutes or kicks each as <paramref name="speaks"/> says (null: kick);
    /// null when there is no such room. Also what mutes everyone before a room is destroyed.
    /// </summary>
    public static async Task<LinesCorrected?> ApplyAsync(JanusControl control, long room, string secret, Func<long, Task<bool?>> speaks, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(speaks);
        JsonObject list;
        try
        {
            list = await control.Client.RequestAsync(control.Session, control.Handle, new JsonObject { ["request"] = "listparticipants", ["room"] = room }, cancel);
        }
        catch (JanusException e) when (e.Code == NoSuchRoom)
        {
            return null;
        }
        var corrected = new LinesCorrected([], [], []);
        foreach (var participant in list["participants"] as JsonArray ?? [])
        {
            var id = participant!["id"]!.GetValue<long>();
            var muted = participant["muted"]?.GetValue<bool>() ?? false;
            var speak = await speaks(id);
            var (request, into) = speak switch
            {
                null => ("kick", corrected.Kicked),
                true when muted => ("unmute", corrected.Unmuted),
                false when !muted => ("mute", corrected.Muted),
                _ => (null, null),
            };
            if (request is null)
            {
                continue;
            }
            try
            {
                await control.Client.RequestAsync(control.Session, control.Handle, new JsonObject { ["request"] = request, ["room"] = room, ["secret"] = secret, ["id"] = id }, cancel);
                into!.Add(id);
            }
            catch (JanusException e) when (e.Code == NoSuchUser)
            {
                // They left between the list and the change: nothing of theirs is open.
            }
        }
        return corrected;
    }

    // Only a change to what decides the lines costs a request: paragraphs typed during the call do not.
    private void OnAppended(LiveBriefing briefing)
    {
        var state = briefing.State;
        var lines = new LinesState(state.Phase, state.OpenLine?.ReporterId, state.OnlyOfficialsSpeak, state.Reporters);
        if (_followed.TryGetValue(briefing.Id, out var before) && before == lines)
        {
            return;
        }
        _followed[briefing.Id] = lines;
        _due.Writer.TryWrite(briefing.Id);
    }

    // Reporters compares by reference: every admission or removal makes a new map (a removed reporter is kicked at once), a paragraph does not.
    private readonly record struct LinesState(BriefingPhase Phase, string? OpenFor, bool OnlyOfficials, System.Collections.Immutable.ImmutableDictionary<string, AdmittedReporter> Reporters);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Media.Disabled)
        {
            return;
        }
        var next = time.GetUtcNow() + Every;
        Task<bool>? due = null;
        try
        {
            while (true)
            {
                due ??= _due.Reader.WaitToReadAsync(stoppingToken).AsTask();
                var wait = next - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.WhenAny(due, Task.Delay(wait, time, stoppingToken));
                }
                stoppingToken.ThrowIfCancellationRequested();
                if (due.IsCompleted)
                {
                    due = null;
                }
                var briefings = new HashSet<long>();
                while (_due.Reader.TryRead(out var id))
                {
                    briefings.Add(id);
                }
                var periodic = time.GetUtcNow() >= next;
                if (periodic)
                {
                    briefings.UnionWith(rooms.Rooms);
                    next = time.GetUtcNow() + Every;
                }
                foreach (var id in briefings)
                {
                    await FollowAsync(id, periodic, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The server is stopping; the next one reconciles the rooms it finds.
        }
    }

    private async Task FollowAsync(long id, bool periodic, CancellationToken stopping)
    {
        try
        {
            if (await ReconcileAsync(id, stopping) is { Changed: true } corrected)
            {
                var line = string.Create(CultureInfo.InvariantCulture, $"muted {string.Join(", ", corrected.Muted)}; unmuted {string.Join(", ", corrected.Unmuted)}; kicked {string.Join(", ", corrected.Kicked)}");
                if (periodic)
                {
                    logger.LinesDrifted(id, line); // a change the log made should have been applied at once
                }
                else
                {
                    logger.LinesFollowed(id, line);
                }
            }
        }
        catch (Exception e) when (e is JanusException or HttpRequestException || (e is OperationCanceledException && !stopping.IsCancellationRequested))
        {
            logger.LinesFailed(id, e.Message);
        }
    }

    // The officials and admitted reporters, by the participant id they join with.
    private static Dictionary<long, AudioParticipant> Known(long briefing, BriefingState state)
    {
        var known = new Dictionary<long, AudioParticipant>();
        foreach (var speaker in state.Plan?.Speakers ?? [])
        {
            var official = new AudioParticipant(briefing, AudioPart.Official, speaker.Key);
            known[official.Id] = official;
        }
        foreach (var reporter in state.Reporters.Keys)
        {
            var who = AudioParticipant.Reporter(briefing, reporter);
            known[who.Id] = who;
        }
        return known;
    }

    // Asked only when a participant is neither an official nor an admitted reporter: staff accounts are few. The value
    // says whether they moderate: the moderator speaks for staff, the other roles only listen (no keyboard noise in the call).
    private async Task<Dictionary<long, bool>> StaffIdsAsync(long briefing)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BriefingDb>();
        var accounts = await db.Accounts.Where(a => a.Roles != Roles.Reporter).Select(a => new { a.Id, a.Roles }).ToListAsync();
        return accounts
            .Select(a => (a.Id, Roles: a.Roles.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(a => a.Roles.Any(Roles.Staff.Contains))
            .ToDictionary(a => new AudioParticipant(briefing, AudioPart.Staff, a.Id.ToString(CultureInfo.InvariantCulture)).Id, a => a.Roles.Contains(Roles.Moderator));
    }
}

/// <summary>The participant ids a reconcile muted, unmuted and kicked.</summary>
public sealed record LinesCorrected(List<long> Muted, List<long> Unmuted, List<long> Kicked)
{
    public bool Changed => Muted.Count + Unmuted.Count + Kicked.Count > 0;
}

/// <summary>What following the lines writes to the server's log.</summary>
internal static partial class MediaLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Audio lines of briefing {Id} follow the log: {What}")]
    public static partial void LinesFollowed(this ILogger logger, long id, string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Audio lines of briefing {Id} had drifted from the log and were put right: {What}")]
    public static partial void LinesDrifted(this ILogger logger, long id, string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Audio lines of briefing {Id} could not be reconciled: {Why}; tried again within seconds")]
    public static partial void LinesFailed(this ILogger logger, long id, string why);
}
