namespace BriefingRoom.Server.Live;

/// <summary>
/// An append-only run of frames in sequence order, read as snapshots without locking: a snapshot is the array and a
/// count, and slots below the count never change, so readers share the array and nobody copies a tail to read it.
/// </summary>
internal sealed class FrameLog
{
    private readonly LiveFrame[] _items;

    private FrameLog(LiveFrame[] items, int count) => (_items, Count) = (items, count);

    public static FrameLog Empty { get; } = new([], 0);

    public int Count { get; }

    public long LastSeq => Count == 0 ? 0 : _items[Count - 1].Seq;

    /// <summary>This log with the frames added; only one appender at a time (the feed's lock).</summary>
    public FrameLog With(IReadOnlyList<LiveFrame> frames)
    {
        if (frames.Count == 0)
        {
            return this;
        }
        var items = _items;
        if (Count + frames.Count > items.Length)
        {
            // Doubling keeps appends amortised O(1); old snapshots keep the old array, which stays valid for them.
            items = new LiveFrame[Math.Max(Math.Max(16, items.Length * 2), Count + frames.Count)];
            Array.Copy(_items, items, Count);
        }
        for (var i = 0; i < frames.Count; i++)
        {
            items[Count + i] = frames[i];
        }
        return new FrameLog(items, Count + frames.Count);
    }

    /// <summary>The frames with a sequence number above <paramref name="after"/>: a view of the shared array, found by binary search.</summary>
    public ReadOnlyMemory<LiveFrame> After(long after)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_items[mid].Seq <= after)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return new ReadOnlyMemory<LiveFrame>(_items, lo, Count - lo);
    }
}
