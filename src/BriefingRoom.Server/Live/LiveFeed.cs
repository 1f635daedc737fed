using System.Buffers;

namespace BriefingRoom.Server.Live;

/// <summary>
/// The tail of one briefing's log as SSE frames, in sequence order, indexed once per audience: the press index holds
/// only frames the press may see, so resuming a reporter reads what they get and no staff-only frame (one admission
/// per reporter) costs them anything. Readers take snapshots without locking. After each append the feed's readers
/// are written to by a fan-out off the appender's thread, so the stenographer's answer never waits for them.
/// </summary>
public sealed class LiveFeed
{
    private const int SubscribersPerWorker = 2_000; // below this one thread writes to all; above, every core takes a share

    private readonly Lock _append = new();
    private readonly Lock _readers = new();
    private FrameLog _staff = FrameLog.Empty;
    private FrameLog _press = FrameLog.Empty;
    private LiveSubscriber[] _subscribers = [];
    private int _count;

    /// <summary>
    /// The audience's frames with a sequence number above <paramref name="after"/> (a view, not a copy), and the sequence
    /// number the reader is then up to: the feed's last, so staff-only frames are passed without being read.
    /// </summary>
    internal (ReadOnlyMemory<LiveFrame> Frames, long UpTo) After(long after, bool press)
    {
        var staff = Volatile.Read(ref _staff);
        // The press index is written before the staff one, so it is never behind the staff snapshot read above.
        var frames = press ? Volatile.Read(ref _press).After(after) : staff.After(after);
        var upTo = Math.Max(after, staff.LastSeq);
        var span = frames.Span;
        var n = span.Length;
        while (n > 0 && span[n - 1].Seq > upTo)
        {
            n--; // appended after the staff snapshot: the next kick takes them
        }
        return (frames[..n], upTo);
    }

    public long LastSeq => Volatile.Read(ref _staff).LastSeq;

    /// <summary>Readers currently following the feed.</summary>
    public int Subscribers => Volatile.Read(ref _count);

    public void Append(IReadOnlyList<LiveFrame> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        lock (_append)
        {
            Volatile.Write(ref _press, _press.With([.. frames.Where(f => f.Press is not null)]));
            Volatile.Write(ref _staff, _staff.With(frames));
        }
        FanOut(static s => s.Kick());
    }

    /// <summary>Has every idle reader send its keep-alive comment.</summary>
    public void Pulse() => FanOut(static s => s.KeepAlive());

    internal void Subscribe(LiveSubscriber subscriber)
    {
        lock (_readers)
        {
            if (_count == _subscribers.Length)
            {
                Array.Resize(ref _subscribers, Math.Max(16, _count * 2));
            }
            subscriber.Slot = _count;
            _subscribers[_count] = subscriber;
            Volatile.Write(ref _count, _count + 1);
        }
        BurstTrim.Joined();
    }

    internal void Unsubscribe(LiveSubscriber subscriber)
    {
        lock (_readers)
        {
            var slot = subscriber.Slot;
            if (slot < 0 || slot >= _count || _subscribers[slot] != subscriber)
            {
                return;
            }
            var last = _subscribers[_count - 1];
            _subscribers[slot] = last;
            last.Slot = slot;
            _subscribers[_count - 1] = null!;
            subscriber.Slot = -1;
            Volatile.Write(ref _count, _count - 1);
        }
        BurstTrim.Left();
    }

    // A copy of the list (one array copy per event) so readers may come and go during the fan-out; shares run on the thread pool.
    private void FanOut(Action<LiveSubscriber> each)
    {
        LiveSubscriber[] copy;
        int count;
        lock (_readers)
        {
            count = _count;
            if (count == 0)
            {
                return;
            }
            copy = ArrayPool<LiveSubscriber>.Shared.Rent(count);
            Array.Copy(_subscribers, copy, count);
        }
        var workers = Math.Clamp(count / SubscribersPerWorker, 1, Environment.ProcessorCount);
        var remaining = workers;
        for (var w = 0; w < workers; w++)
        {
            var (from, to) = (count * w / workers, count * (w + 1) / workers);
            ThreadPool.UnsafeQueueUserWorkItem(_ =>
            {
                for (var i = from; i < to; i++)
                {
                    each(copy[i]);
                }
                if (Interlocked.Decrement(ref remaining) == 0)
                {
                    ArrayPool<LiveSubscriber>.Shared.Return(copy, clearArray: true);
                }
            }, null);
        }
    }
}
