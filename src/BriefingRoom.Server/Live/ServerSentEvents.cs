using System.Globalization;

namespace BriefingRoom.Server.Live;

/// <summary>
/// Writes a briefing's live feed to one SSE connection: every frame after the client's last seen sequence number
/// (from <c>Last-Event-ID</c> on a reconnect, else <c>?after=</c>), then each new one as it is appended.
/// </summary>
public static class ServerSentEvents
{
    private static readonly byte[] KeepAlive = ": keep-alive\n\n"u8.ToArray();

    /// <summary>
    /// The sequence number to resume after: the reconnect header wins over the query, which the page sets from what it
    /// rendered. One that is not a number is an error naming where it came from. One past the feed's end is taken as it
    /// is: another server on the same database may be ahead of this one, and the events come once this one catches up.
    /// </summary>
    public static (long After, (string Field, string Message)? Error) ResumePoint(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers["Last-Event-ID"];
        var query = request.Query["after"];
        var (field, value) = header.Count > 0 ? ("Last-Event-ID", header.ToString()) : ("after", query.ToString());
        if (header.Count == 0 && query.Count == 0)
        {
            return (0, null);
        }
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var after)
            ? (after, null)
            : (0, (field, "Give the sequence number of the last event you have, a whole number (0 for all)."));
    }

    /// <param name="allowed">Asked before each batch of frames: once it says no (a reporter removed from the call) the stream ends, sending nothing more.</param>
    public static async Task WriteAsync(HttpContext http, LiveFeed feed, bool press, long after, TimeSpan keepAlive, TimeProvider time, Func<bool>? allowed = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(feed);
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no"; // nginx would otherwise hold events back
        await response.Body.WriteAsync("retry: 2000\n\n"u8.ToArray(), http.RequestAborted);
        await response.Body.FlushAsync(http.RequestAborted);
        var cancel = http.RequestAborted;
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                var (frames, next) = feed.After(after);
                // Read after the frames: the state is set before its frames are appended, so a removal is seen no later than its frame.
                if (allowed is not null && !allowed())
                {
                    return;
                }
                foreach (var frame in frames)
                {
                    if (frame.For(press) is { } bytes)
                    {
                        await response.Body.WriteAsync(bytes, cancel);
                    }
                    after = frame.Seq;
                }
                if (frames.Count > 0)
                {
                    await response.Body.FlushAsync(cancel);
                }
                // The keep-alive timer is cancelled as soon as an event wakes us; left running, each event would leave one behind.
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                var woke = await Task.WhenAny(next, Task.Delay(keepAlive, time, idle.Token));
                await idle.CancelAsync();
                if (woke != next)
                {
                    await response.Body.WriteAsync(KeepAlive, cancel);
                    await response.Body.FlushAsync(cancel);
                }
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // The reader went away; it will reconnect with Last-Event-ID if it wants the rest.
        }
    }
}
