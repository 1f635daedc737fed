using System.Collections.Immutable;

namespace BriefingRoom.Server.Live;

/// <summary>
/// The tail of one briefing's log as SSE frames, in sequence order. Appends happen under the briefing's lock;
/// readers take a snapshot without locking, so a slow connection never holds up the stenographer.
/// </summary>
public sealed class LiveFeed
{
    private ImmutableList<LiveFrame> _frames = [];
    private TaskCompletionSource _next = NewSignal();

    /// <summary>Frames with a sequence number above <paramref name="after"/>, and a task that completes at the next append.</summary>
    public (IReadOnlyList<LiveFrame> Frames, Task Next) After(long after)
    {
        var next = Volatile.Read(ref _next).Task; // taken first, so an append between the two reads is never missed
        var frames = Volatile.Read(ref _frames);
        var start = FirstAbove(frames, after);
        return (start >= frames.Count ? [] : frames.GetRange(start, frames.Count - start), next);
    }

    public long LastSeq => Volatile.Read(ref _frames) is { Count: > 0 } f ? f[^1].Seq : 0;

    public void Append(IEnumerable<LiveFrame> frames)
    {
        Volatile.Write(ref _frames, _frames.AddRange(frames));
        Interlocked.Exchange(ref _next, NewSignal()).SetResult();
    }

    // Sequence numbers only grow, so the first frame past `after` is found by binary search.
    private static int FirstAbove(ImmutableList<LiveFrame> frames, long after)
    {
        int lo = 0, hi = frames.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (frames[mid].Seq <= after)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
