namespace BriefingRoom.Server.Live;

/// <summary>
/// The tail of one briefing's log as SSE frames, in sequence order, indexed once per audience: the press index holds
/// only frames the press may see, so resuming a reporter reads what they get and no staff-only frame (one admission
/// per reporter) costs them anything. Readers take snapshots without locking; a slow connection never holds up the stenographer.
/// </summary>
public sealed class LiveFeed
{
    private readonly Lock _append = new();
    private FrameLog _staff = FrameLog.Empty;
    private FrameLog _press = FrameLog.Empty;
    private TaskCompletionSource _next = NewSignal();

    /// <summary>
    /// The audience's frames with a sequence number above <paramref name="after"/> (a view, not a copy), the sequence number
    /// the reader is then up to (the feed's last, so staff-only frames are skipped without being read), and a task that
    /// completes at the next append or keep-alive pulse.
    /// </summary>
    public (ReadOnlyMemory<LiveFrame> Frames, long UpTo, Task Next) After(long after, bool press)
    {
        var next = Volatile.Read(ref _next).Task; // taken first, so an append between the two reads is never missed
        var staff = Volatile.Read(ref _staff);
        // The press index is written before the staff one, so it is never behind the staff snapshot read above.
        var frames = press ? Volatile.Read(ref _press).After(after) : staff.After(after);
        var upTo = Math.Max(after, staff.LastSeq);
        if (press && !frames.IsEmpty && frames.Span[^1].Seq > upTo)
        {
            frames = frames[..CountUpTo(frames.Span, upTo)];
        }
        return (frames, upTo, next);
    }

    public long LastSeq => Volatile.Read(ref _staff).LastSeq;

    public void Append(IReadOnlyList<LiveFrame> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        lock (_append)
        {
            Volatile.Write(ref _press, _press.With([.. frames.Where(f => f.Press is not null)]));
            Volatile.Write(ref _staff, _staff.With(frames));
        }
        Wake();
    }

    /// <summary>Wakes every reader without a frame, so an idle one sends its keep-alive.</summary>
    public void Pulse() => Wake();

    private void Wake() => Interlocked.Exchange(ref _next, NewSignal()).SetResult();

    private static int CountUpTo(ReadOnlySpan<LiveFrame> frames, long upTo)
    {
        var n = frames.Length;
        while (n > 0 && frames[n - 1].Seq > upTo)
        {
            n--;
        }
        return n;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
