using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using BriefingRoom.Briefings;
using BriefingRoom.Server.Live;

namespace BriefingRoom.Server.Media;

/// <summary>Why a join did not happen, in words for the person who asked.</summary>
public sealed class AudioUnavailableException(string reason) : Exception(reason);

/// <summary>The person lost the right to be in the call while their join was under way (removed, or the call ended).</summary>
public sealed class AudioRefusedException(string reason) : Exception(reason);

/// <summary>Janus could not use the person's SDP offer although it passed <see cref="AudioOffer"/>: the request's fault, said without Janus's words.</summary>
public sealed class AudioOfferRefusedException(string reason) : Exception(reason);

/// <summary>What a person who joined gets back: the SDP answer to their offer and whether they start muted.</summary>
public sealed record AudioJoined(string? Sdp, long Participant, AudioPart Part, bool Muted);

/// <summary>
/// The Janus sessions Briefing Room holds for the people in calls' audio, one per person (a second join replaces the
/// first). Joining mints a token for that person and room, adds it to the room's <c>allowed</c> list, joins with it
/// and removes it again, so no token ever admits twice. Sessions follow the log: a removed reporter is kicked, and
/// everyone's session goes when the call is no longer live or the media server they were on goes away.
/// </summary>
public sealed class AudioSessions(BriefingHub hub, MediaSupervisor media, AudioRooms rooms, AudioPresence presence, TimeProvider time, ILogger<AudioSessions> logger) : BackgroundService
{
    private const int IdExists = 490;
    private const int NoSuchUser = 492;
    // Janus's answers to an offer it cannot use: the core's unknown JSEP type and invalid SDP, the AudioBridge's invalid SDP.
    private static readonly int[] OfferErrors = [464, 465, 493];
    // A join that still finds its id in the room after this many tries kicks it: a session left by a killed Briefing Room.
    private const int StaleAfter = 5;
    private static readonly TimeSpan RoomWithin = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Watch = TimeSpan.FromSeconds(1);

    // Long polls hold a request for up to 30 s: this client outlasts them, unlike the supervisor's.
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(45) };
    private readonly ConcurrentDictionary<(long Briefing, string Key), AudioSession> _sessions = new();
    private readonly ConcurrentDictionary<(long Briefing, string Key), SemaphoreSlim> _people = new();
    private JanusControl? _control;

    /// <summary>Each token as it is minted, with its briefing: lets the server tests try a used token again on Janus itself.</summary>
    internal event Action<long, string>? TokenMinted;

    /// <summary>
    /// Puts the person in the briefing's room, replacing a session they already had, and negotiates their media when
    /// an SDP offer is given (without one they are in the room but send and hear nothing: what server tests use).
    /// </summary>
    public async Task<AudioJoined> JoinAsync(long briefing, AudioParticipant participant, string display, bool muted, string? offer, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(participant);
        var control = media.Control ?? throw new AudioUnavailableException($"Audio is off: {media.Status.Reason}.");
        await RoomAsync(briefing, control, cancel);
        var person = _people.GetOrAdd((briefing, participant.Key), _ => new SemaphoreSlim(1, 1));
        await person.WaitAsync(cancel);
        try
        {
            await DropAsync(briefing, participant.Key, kick: true);
            var session = await AudioSession.OpenAsync(control.Client.Through(_http), participant, time, cancel);
            try
            {
                session.Event += OnEvent;
                session.Start();
                var answer = await JoinWithTokenAsync(control, session, briefing, participant, muted, offer, cancel);
                _sessions[(briefing, participant.Key)] = session;
                var microphone = AudioOffer.Sends(offer);
                presence.Joined(briefing, new AudioPresent(participant.Id, participant.Key, display, participant.Part, muted, Talking: false, microphone));
                _ = session.Ended.ContinueWith(_ => ForgetAsync(briefing, session), TaskScheduler.Default);
                logger.Joined(briefing, participant.Key, muted, microphone);
                // A removal appended while this join was under way found no session to drop: the join drops it itself.
                if (await hub.GetAsync(briefing) is not { } live || !Stays(live.State, participant))
                {
                    await DropAsync(briefing, participant.Key, kick: true);
                    throw new AudioRefusedException("You were removed from this call, or it ended, while joining its audio.");
                }
                return new AudioJoined(answer, participant.Id, participant.Part, muted);
            }
            catch (Exception e) when (e is not AudioRefusedException) // a refused join's session is dropped already
            {
                await session.DisposeAsync();
                throw;
            }
        }
        catch (Exception e) when (e is JanusException or HttpRequestException)
        {
            logger.JoinFailed(briefing, participant.Key, e.Message);
            throw new AudioUnavailableException("The media server did not let you join the call's audio; try again in a moment.");
        }
        finally
        {
            person.Release();
        }
    }

    /// <summary>Takes the person out of the briefing's room; false when they were not in it.</summary>
    public Task<bool> LeaveAsync(long briefing, string key) => DropLockedAsync(briefing, key, kick: false);

    // The token is the person's for this one join: added to the room's allowed list just before and removed just after.
    private async Task<string?> JoinWithTokenAsync(JanusControl control, AudioSession session, long briefing, AudioParticipant participant, bool muted, string? offer, CancellationToken cancel)
    {
        var secret = rooms.SecretOf(briefing, control.RoomKey);
        var token = RandomNumberGenerator.GetHexString(32, lowercase: true);
        TokenMinted?.Invoke(briefing, token);
        await Allowed(control, briefing, secret, "add", token, cancel);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await session.AskAsync(new JsonObject
                    {
                        ["request"] = "join",
                        ["room"] = briefing,
                        ["id"] = participant.Id,
                        ["display"] = participant.Key, // names stay in Briefing Room: Janus knows people by key alone
                        ["token"] = token,
                        ["muted"] = muted,
                    }, null, cancel);
                    break;
                }
                catch (JanusException e) when (e.Code == IdExists && attempt < 20)
                {
                    // The session this join replaces is still leaving the room, or no one is left to end it (a killed
                    // Briefing Room held it, and Janus keeps it until its session times out): that one is kicked.
                    if (attempt == StaleAfter)
                    {
                        logger.StaleKicked(briefing, participant.Key);
                        await KickAsync(control, briefing, participant.Id, participant.Key);
                    }
                    await Task.Delay(TimeSpan.FromMilliseconds(50), time, cancel);
                }
            }
        }
        finally
        {
            await Allowed(control, briefing, secret, "remove", token, CancellationToken.None);
        }
        if (offer is null)
        {
            return null;
        }
        try
        {
            var (_, jsep) = await session.AskAsync(new JsonObject { ["request"] = "configure" }, new JsonObject { ["type"] = "offer", ["sdp"] = offer }, cancel);
            return jsep?["sdp"]?.GetValue<string>() ?? throw new JanusException(0, "no SDP answer to the offer");
        }
        catch (JanusException e) when (OfferErrors.Contains(e.Code))
        {
            logger.OfferRefused(briefing, participant.Key, e.Message);
            throw new AudioOfferRefusedException("The media server could not use this offer: it is not a WebRTC audio offer it can answer. Join again from a current browser.");
        }
    }

    private static Task<JsonObject> Allowed(JanusControl control, long briefing, string secret, string action, string token, CancellationToken cancel) =>
        control.Client.RequestAsync(control.Session, control.Handle, new JsonObject
        {
            ["request"] = "allowed",
            ["room"] = briefing,
            ["secret"] = secret,
            ["action"] = action,
            ["allowed"] = new JsonArray(token),
        }, cancel);

    // A call that has just opened may not have its room yet: AudioRooms creates it within a moment.
    private async Task RoomAsync(long briefing, JanusControl control, CancellationToken cancel)
    {
        var deadline = time.GetUtcNow() + RoomWithin;
        while (!rooms.Rooms.Contains(briefing))
        {
            if (time.GetUtcNow() >= deadline || !ReferenceEquals(control, media.Control))
            {
                throw new AudioUnavailableException("The call's audio room is not ready yet; try again in a moment.");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100), time, cancel);
        }
    }

    // Ends the person's session, kicking them from the room first when they must not stay in it a moment longer.
    private async Task<bool> DropAsync(long briefing, string key, bool kick)
    {
        if (!_sessions.TryRemove((briefing, key), out var session))
        {
            return false;
        }
        if (kick && media.Control is { } control)
        {
            await KickAsync(control, briefing, session.Participant.Id, key);
        }
        await session.DisposeAsync();
        presence.Left(briefing, session.Participant.Id);
        logger.Left(briefing, key);
        return true;
    }

    // Puts the participant out of the room now; destroying their session, where there is one, also does it.
    private async Task KickAsync(JanusControl control, long briefing, long id, string key)
    {
        try
        {
            await control.Client.RequestAsync(control.Session, control.Handle, new JsonObject
            {
                ["request"] = "kick",
                ["room"] = briefing,
                ["secret"] = rooms.SecretOf(briefing, control.RoomKey),
                ["id"] = id,
            }, CancellationToken.None);
        }
        catch (JanusException e) when (e.Code == NoSuchUser)
        {
        }
        catch (Exception e) when (e is JanusException or HttpRequestException or OperationCanceledException)
        {
            logger.KickFailed(briefing, key, e.Message);
        }
    }

    // Janus ended the session (hangup, timeout, gone): forget it unless a newer join has replaced it already.
    private async Task ForgetAsync(long briefing, AudioSession session)
    {
        if (_sessions.TryRemove(new((briefing, session.Participant.Key), session)))
        {
            presence.Left(briefing, session.Participant.Id);
            logger.Left(briefing, session.Participant.Key);
            await session.DisposeAsync();
        }
    }

    // Each session hears the whole room; it reports talking and mute changes of its own person only.
    private void OnEvent(AudioSession session, JsonObject e)
    {
        var briefing = session.Participant.Briefing;
        var id = session.Participant.Id;
        if (e["plugindata"]?["data"] is not JsonObject data)
        {
            return;
        }
        switch (data["audiobridge"]?.GetValue<string>())
        {
            case "talking" or "stopped-talking" when data["id"]?.GetValue<long>() == id:
                presence.Talking(briefing, id, data["audiobridge"]!.GetValue<string>() == "talking");
                break;
            case "event" when data["participants"] is JsonArray participants:
                foreach (var p in participants.OfType<JsonObject>().Where(p => p["id"]?.GetValue<long>() == id && p["muted"] is not null))
                {
                    presence.Muted(briefing, id, p["muted"]!.GetValue<bool>());
                }
                break;
            default:
                break;
        }
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        hub.Appended += OnAppended;
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        hub.Appended -= OnAppended;
        await base.StopAsync(cancellationToken);
        foreach (var key in _sessions.Keys)
        {
            await DropAsync(key.Briefing, key.Key, kick: false);
        }
        _http.Dispose();
    }

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }

    private void OnAppended(LiveBriefing briefing)
    {
        var state = briefing.State;
        foreach (var (key, session) in _sessions.Where(s => s.Key.Briefing == briefing.Id))
        {
            if (!Stays(state, session.Participant))
            {
                _ = DropLockedAsync(key.Briefing, key.Key, kick: true);
            }
        }
    }

    // Nobody stays once the call is over; a removed reporter is put out at once.
    private static bool Stays(BriefingState state, AudioParticipant who) =>
        state.Phase == BriefingPhase.Live && (who.Part != AudioPart.Reporter || state.Reporters.ContainsKey(who.Person));

    private async Task<bool> DropLockedAsync(long briefing, string key, bool kick)
    {
        var person = _people.GetOrAdd((briefing, key), _ => new SemaphoreSlim(1, 1));
        await person.WaitAsync();
        try
        {
            return await DropAsync(briefing, key, kick);
        }
        finally
        {
            person.Release();
        }
    }

    // A new control session is a new (or restarted) media server: nobody's session survived on the old one, and browsers join again.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var control = media.Control;
                if (!ReferenceEquals(control, _control))
                {
                    var gone = _control is not null;
                    _control = control;
                    if (gone)
                    {
                        foreach (var key in _sessions.Keys)
                        {
                            await DropLockedAsync(key.Briefing, key.Key, kick: false);
                        }
                        presence.ClearedAll();
                    }
                }
                await Task.Delay(Watch, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
