using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace BriefingRoom.Server.Media;

/// <summary>
/// The Janus session Briefing Room holds for one person in a call's audio: its AudioBridge handle, the long poll that
/// brings its events back (answers to its requests, talking, mute changes, hangup) and the keepalive that holds it open.
/// The browser never sees it: it sends its SDP offer to Briefing Room and gets the answer back.
/// </summary>
public sealed class AudioSession : IAsyncDisposable
{
    private static readonly TimeSpan KeepAliveEvery = TimeSpan.FromSeconds(25);
    private static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(10);

    private readonly JanusClient _janus;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonObject>> _waiting = new();
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _loops = Task.CompletedTask;

    private AudioSession(JanusClient janus, long session, long handle, AudioParticipant participant, TimeProvider time) =>
        (_janus, Session, Handle, Participant, _time) = (janus, session, handle, participant, time);

    public AudioParticipant Participant { get; }

    public long Session { get; }

    public long Handle { get; }

    /// <summary>Completes once Janus hung up on the person or ended the session, or Briefing Room dropped it.</summary>
    public Task Ended => _ended.Task;

    /// <summary>Every event Janus sends this session that answers none of its requests (talking, mute changes, leaving, hangup).</summary>
    public event Action<AudioSession, JsonObject>? Event;

    public static async Task<AudioSession> OpenAsync(JanusClient janus, AudioParticipant participant, TimeProvider time, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(janus);
        var session = await janus.CreateSessionAsync(cancel);
        try
        {
            var handle = await janus.AttachAsync(session, JanusClient.AudioBridge, cancel);
            return new AudioSession(janus, session, handle, participant, time);
        }
        catch
        {
            await janus.DestroySessionAsync(session, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Starts listening: called once the owner has subscribed to <see cref="Event"/>.</summary>
    public void Start() => _loops = Task.WhenAll(Task.Run(PollAsync), Task.Run(KeepAliveAsync));

    /// <summary>
    /// An AudioBridge request answered by an event (join, configure), with the SDP sent along; returns the event
    /// and its jsep, or throws Janus's error.
    /// </summary>
    public async Task<(JsonObject Data, JsonObject? Jsep)> AskAsync(JsonObject body, JsonObject? jsep, CancellationToken cancel)
    {
        var transaction = RandomNumberGenerator.GetHexString(16, lowercase: true);
        var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[transaction] = answer;
        try
        {
            await _janus.SendAsync(Session, Handle, transaction, body, jsep, cancel);
            using var within = CancellationTokenSource.CreateLinkedTokenSource(cancel, _stop.Token);
            within.CancelAfter(AnswerWithin);
            var reply = await answer.Task.WaitAsync(within.Token);
            var data = reply["plugindata"]?["data"] as JsonObject ?? throw new JanusException(0, "an event without data");
            if (data["error"] is { } error)
            {
                throw new JanusException(data["error_code"]?.GetValue<int>() ?? 0, error.GetValue<string>());
            }
            return (data, reply["jsep"] as JsonObject);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            throw new JanusException(0, _stop.IsCancellationRequested ? "the session ended before Janus answered" : $"no answer within {AnswerWithin.TotalSeconds:0} s");
        }
        finally
        {
            _waiting.TryRemove(transaction, out _);
        }
    }

    private async Task PollAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                foreach (var e in await _janus.PollAsync(Session, _stop.Token))
                {
                    if (e["transaction"]?.GetValue<string>() is { } transaction && e["janus"]?.GetValue<string>() == "event" && _waiting.TryRemove(transaction, out var waiting))
                    {
                        waiting.TrySetResult(e);
                        continue;
                    }
                    Event?.Invoke(this, e);
                    if (e["janus"]?.GetValue<string>() is "hangup" or "detached" or "timeout")
                    {
                        End();
                    }
                }
            }
        }
        catch (Exception e) when (e is JanusException or HttpRequestException or System.Text.Json.JsonException or OperationCanceledException)
        {
            // The session is gone (ended here, timed out, or the media server went away): nobody is listening through it.
        }
        finally
        {
            End();
        }
    }

    private async Task KeepAliveAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                await Task.Delay(KeepAliveEvery, _time, _stop.Token);
                await _janus.KeepAliveAsync(Session, _stop.Token);
            }
        }
        catch (Exception e) when (e is JanusException or HttpRequestException or OperationCanceledException)
        {
            End();
        }
    }

    private void End()
    {
        _stop.Cancel();
        _ended.TrySetResult();
    }

    /// <summary>Destroys the Janus session, which takes the person out of the room; a gone media server is fine.</summary>
    public async ValueTask DisposeAsync()
    {
        End();
        try
        {
            using var within = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _janus.DestroySessionAsync(Session, within.Token);
        }
        catch (Exception e) when (e is JanusException or HttpRequestException or OperationCanceledException)
        {
            // Already gone with its media server, or timed out by it.
        }
        await _loops.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }
}
