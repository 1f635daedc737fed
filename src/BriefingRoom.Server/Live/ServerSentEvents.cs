using System.Buffers;
using System.Globalization;

namespace BriefingRoom.Server.Live;

/// <summary>
/// Writes a briefing's live feed to one SSE connection: every frame after the client's last seen sequence number
/// (from <c>Last-Event-ID</c> on a reconnect, else <c>?after=</c>), then each new one as it is appended.
/// </summary>
public static class ServerSentEvents
{
    private static readonly byte[] KeepAlive = ": keep-alive\n\n"u8.ToArray();
    private const int FramesPerFlush = 32;
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
    public static async Task WriteAsync(HttpContext http, LiveFeed feed, bool press, long after, Func<bool>? allowed = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(feed);
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no"; // nginx would otherwise hold events back
        var cancel = http.RequestAborted;
        // The shared frames go straight into the response's pipe: no per-connection queue; Kestrel bounds what is unsent
        // (MaxResponseBufferSize) and a reader that stops draining waits in FlushAsync alone, then resumes from the shared log.
        var writer = response.BodyWriter;
        writer.Write(Retry);
        try
        {
            var woken = false;
            var gone = (await writer.FlushAsync(cancel)).IsCompleted;
            while (!gone && !cancel.IsCancellationRequested)
            {
                var (frames, upTo, next) = feed.After(after, press);
                // Read after the frames: the state is set before its frames are appended, so a removal is seen no later than its frame.
                if (allowed is not null && !allowed())
                {
                    return;
                }
                var idle = frames.IsEmpty && upTo == after;
                if (idle && woken)
                {
                    writer.Write(KeepAlive); // woken by the keep-alive pulse, not by a frame
                }
                // A long resume goes out in bounded pieces, so no connection buffers the whole feed at once.
                for (var start = 0; start < frames.Length && !gone; start += FramesPerFlush)
                {
                    foreach (var frame in frames.Span.Slice(start, Math.Min(FramesPerFlush, frames.Length - start)))
                    {
                        writer.Write(frame.Bytes(press));
                    }
                    gone = (await writer.FlushAsync(cancel)).IsCompleted;
                }
                after = upTo;
                if (idle && woken)
                {
                    gone = (await writer.FlushAsync(cancel)).IsCompleted;
                }
                await next.WaitAsync(cancel);
                woken = true;
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // The reader went away; it will reconnect with Last-Event-ID if it wants the rest.
        }
    }
}
