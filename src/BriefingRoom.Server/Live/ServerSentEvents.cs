using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;

namespace BriefingRoom.Server.Live;

/// <summary>
/// Writes a briefing's live feed to one SSE connection: every frame after the client's last seen sequence number
/// (from <c>Last-Event-ID</c> on a reconnect, else <c>?after=</c>), then each new one as it is appended.
/// </summary>
public static class ServerSentEvents
{
    private static readonly byte[] Retry = "retry: 2000\n\n"u8.ToArray();

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
    /// <remarks>Not async past the head's flush: the stream's life is the subscriber's, with no frame of this method kept for it.</remarks>
    public static Task WriteAsync(HttpContext http, LiveFeed feed, bool press, long after, Func<bool>? allowed = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(feed);
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no"; // nginx would otherwise hold events back
        response.BodyWriter.Write(Retry);
        var head = response.BodyWriter.FlushAsync(http.RequestAborted);
        return head.IsCompletedSuccessfully ? Follow(http, head.Result, feed, press, after, allowed) : FollowAfterAsync(http, head, feed, press, after, allowed);
    }

    private static async Task FollowAfterAsync(HttpContext http, ValueTask<FlushResult> head, LiveFeed feed, bool press, long after, Func<bool>? allowed)
    {
        FlushResult flushed;
        try
        {
            flushed = await head;
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return; // the reader went away; it will reconnect with Last-Event-ID if it wants the rest
        }
        await Follow(http, flushed, feed, press, after, allowed);
    }

    // From here the feed writes to the response: the catch-up now, then every append's fan-out, until the stream ends.
    private static Task Follow(HttpContext http, FlushResult head, LiveFeed feed, bool press, long after, Func<bool>? allowed)
    {
        if (head.IsCompleted)
        {
            return Task.CompletedTask;
        }
        RequestLeftovers.Drop(http);
        return new LiveSubscriber(feed, http.Response.BodyWriter, press, after, allowed, http.RequestAborted).Start();
    }
}
