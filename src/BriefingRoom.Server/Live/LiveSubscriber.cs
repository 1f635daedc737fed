using System.Buffers;
using System.IO.Pipelines;

namespace BriefingRoom.Server.Live;

/// <summary>
/// One live connection as the feed sees it: where the reader is up to and its response's pipe. Whoever kicks it
/// (the fan-out after an append, the keep-alive tick, the connection itself) writes what is new straight into the pipe;
/// one writer at a time, the others leave a note to look again. A reader that stops draining holds only itself up:
/// its flush waits alone while the fan-out moves on, and it catches up from the shared log when the pipe drains.
/// </summary>
internal sealed class LiveSubscriber
{
    private const int FramesPerFlush = 32; // a long resume goes out in bounded pieces, never the whole feed at once
    private static readonly byte[] KeepAliveComment = ": keep-alive\n\n"u8.ToArray();

    private readonly LiveFeed _feed;
    private readonly PipeWriter _writer;
    private readonly bool _press;
    private readonly Func<bool>? _allowed;
    private readonly CancellationToken _aborted;
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _after;
    private int _busy; // 1 while someone writes (or a flush waits)
    private int _again; // set by a kick that found it busy
    private bool _keepAliveDue;
    private volatile bool _closing;
    private bool _closed;

    public LiveSubscriber(LiveFeed feed, PipeWriter writer, bool press, long after, Func<bool>? allowed, CancellationToken aborted)
    {
        (_feed, _writer, _press, _after, _allowed, _aborted) = (feed, writer, press, after, allowed, aborted);
    }

    /// <summary>Completes when the stream is over: the reader left, was removed from the call, or the pipe closed. No write follows it.</summary>
    public Task Done => _done.Task;

    /// <summary>
    /// Joins the feed and writes the catch-up; the returned task completes when the stream is over. The reader leaving
    /// aborts it. The registration is not undone here: Kestrel drops it with the request's token (reset for the
    /// connection's next request, or gone with the connection), and an abort after the end does nothing.
    /// </summary>
    public Task Start()
    {
        _feed.Subscribe(this);
        _aborted.UnsafeRegister(static s => ((LiveSubscriber)s!).Abort(), this);
        Kick();
        return Done;
    }

    /// <summary>Where this subscriber sits in the feed's list (kept by the feed, under its lock).</summary>
    internal int Slot { get; set; } = -1;

    public void KeepAlive()
    {
        Volatile.Write(ref _keepAliveDue, true);
        Kick();
    }

    /// <summary>The reader went away: ends the stream at the next chance to, without writing more.</summary>
    public void Abort()
    {
        _closing = true;
        Kick();
    }

    /// <summary>Writes whatever is new, now, on this thread; or leaves a note for the writer already at it.</summary>
    public void Kick()
    {
        Volatile.Write(ref _again, 1);
        if (Interlocked.CompareExchange(ref _busy, 1, 0) == 0)
        {
            Run();
        }
    }

    private enum Step
    {
        Written,
        Waiting, // the pipe is full: AwaitFlushAsync holds _busy and carries on when it drains
        End,
    }

    // Holds _busy on entry. Loops while there is more to do.
    private void Run()
    {
        while (true)
        {
            if (_closed)
            {
                return; // _busy stays set: nothing writes after the end
            }
            Volatile.Write(ref _again, 0);
            Step step;
            try
            {
                step = _closing || _aborted.IsCancellationRequested ? Step.End : WriteNew();
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or OperationCanceledException)
            {
                step = Step.End; // the connection closed under the write; the fan-out carries on with the others
            }
            if (step == Step.End)
            {
                Close();
                return;
            }
            if (step == Step.Waiting)
            {
                return;
            }
            Volatile.Write(ref _busy, 0);
            if (Volatile.Read(ref _again) == 0 || Interlocked.CompareExchange(ref _busy, 1, 0) != 0)
            {
                return;
            }
        }
    }

    // Writes the next piece of what the reader has not had; End when the stream must end (a removed reporter, a closed pipe).
    private Step WriteNew()
    {
        var (frames, upTo) = _feed.After(_after, _press);
        // Read after the frames: the state is set before its frames are appended, so a removal is seen no later than its frame.
        if (_allowed is not null && !_allowed())
        {
            return Step.End;
        }
        var keepAlive = Interlocked.Exchange(ref _keepAliveDue, false);
        if (frames.IsEmpty)
        {
            _after = upTo; // past staff-only frames this audience never gets
            if (!keepAlive)
            {
                return Step.Written;
            }
            _writer.Write(KeepAliveComment);
        }
        else
        {
            var piece = frames.Span[..Math.Min(FramesPerFlush, frames.Length)];
            foreach (var frame in piece)
            {
                _writer.Write(frame.Bytes(_press));
            }
            _after = piece.Length == frames.Length ? upTo : piece[^1].Seq;
            if (piece.Length < frames.Length)
            {
                Volatile.Write(ref _again, 1);
            }
        }
        return Settle(_writer.FlushAsync(_aborted));
    }

    private Step Settle(ValueTask<FlushResult> flush)
    {
        if (!flush.IsCompletedSuccessfully)
        {
            _ = AwaitFlushAsync(flush);
            return Step.Waiting;
        }
        return Flushed(flush.Result) ? Step.Written : Step.End;
    }

    private async Task AwaitFlushAsync(ValueTask<FlushResult> pending)
    {
        bool open;
        try
        {
            open = Flushed(await pending);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or OperationCanceledException)
        {
            open = false; // the reader went away while its pipe was full
        }
        if (!open)
        {
            Close();
            return;
        }
        Volatile.Write(ref _again, 1);
        Run();
    }

    private static bool Flushed(FlushResult result) => !result.IsCompleted && !result.IsCanceled;

    private void Close()
    {
        _closed = true;
        _feed.Unsubscribe(this);
        _done.TrySetResult();
    }
}
