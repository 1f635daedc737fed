using System.Collections.Concurrent;
using BriefingRoom.Briefings;
using BriefingRoom.Server.Live;

namespace BriefingRoom.Server.Publishing;

/// <summary>
/// Lifts embargoes when they are due and publishes what may be published, driven by stored state: on start it
/// takes every briefing not yet done from the database and does what fell due before the server serves, then
/// wakes at each append and at least once a second, so neither a restart, a clock change nor an idle server
/// delays a lift by more than a second.
/// </summary>
public sealed partial class EmbargoScheduler(BriefingHub hub, PublicationService publisher, TimeProvider time, ILogger<EmbargoScheduler> log) : BackgroundService
{
    /// <summary>The longest the scheduler sleeps without looking again.</summary>
    public static readonly TimeSpan MaxSleep = TimeSpan.FromSeconds(1);

    public const string Actor = "system:embargo";

    /// <summary>The longest the start waits for the first pass (real time: a slow database may delay serving, not stop it).</summary>
    public static readonly TimeSpan FirstPassWait = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<long, byte> _watching = new();
    private readonly TaskCompletionSource _firstPass = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Hosted services start before Kestrel listens: waiting here means a record that fell due while the server was
    // down is public by the time anyone can ask for it, and the search warm-up (started after) does not compete with it.
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        hub.Appended += OnAppended;
        await base.StartAsync(cancellationToken);
        await Task.WhenAny(_firstPass.Task, Task.Delay(FirstPassWait, cancellationToken));
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        hub.Appended -= OnAppended;
        return base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var id in await hub.PendingLiftsAsync())
            {
                _watching[id] = 0;
            }
            foreach (var id in await hub.UnpublishedAsync())
            {
                _watching[id] = 0;
            }
            await RunDueAsync();
        }
        finally
        {
            _firstPass.TrySetResult();
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = Volatile.Read(ref _wake).Task;
            var next = await RunDueAsync();
            var sleep = next is { } at ? Clamp(at - time.GetUtcNow()) : MaxSleep;
            try
            {
                await Task.WhenAny(wake, Task.Delay(sleep, time, stoppingToken));
            }
            catch (OperationCanceledException)
            {
                return;
            }
            if (wake.IsCompleted)
            {
                Interlocked.CompareExchange(ref _wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), Volatile.Read(ref _wake));
            }
        }
    }

    /// <summary>Lifts and publishes whatever is due; returns when the next known lift is due.</summary>
    private async Task<DateTimeOffset?> RunDueAsync()
    {
        DateTimeOffset? next = null;
        foreach (var id in _watching.Keys)
        {
            try
            {
                var state = (await hub.GetAsync(id))?.State;
                if (state is null)
                {
                    _watching.TryRemove(id, out _);
                    continue;
                }
                if (!state.IsEmbargoLifted)
                {
                    var due = BriefingCommands.EmbargoDueAt(state);
                    var now = time.GetUtcNow();
                    if (due is null || due > now)
                    {
                        next = due is { } d && (next is null || d < next) ? d : next;
                        continue;
                    }
                    state = (await hub.ExecuteAsync(id, Actor, s => BriefingCommands.LiftEmbargo(s, now)))?.State ?? state;
                }
                if (state.IsEmbargoLifted && state.PublishedVersion == 0 && state.BlockedFindings is null && BriefingCommands.Publish(state).Accepted)
                {
                    await publisher.PublishAsync(id, Actor);
                }
                if (Done((await hub.GetAsync(id))?.State))
                {
                    _watching.TryRemove(id, out _);
                }
            }
#pragma warning disable CA1031 // One briefing's failure must not stop the lifts of the others; it is retried on the next pass.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogFailed(log, id, e);
            }
        }
        return next;
    }

    // Nothing more to do until a person acts (concludes, approves, corrects, republishes): that appends, and the append wakes us.
    private static bool Done(BriefingState? s) =>
        s is null || s.Phase == BriefingPhase.Cancelled || (s.IsEmbargoLifted && (s.PublishedVersion > 0 || s.BlockedFindings is not null || !BriefingCommands.Publish(s).Accepted));

    private void OnAppended(LiveBriefing briefing)
    {
        if (!Done(briefing.State))
        {
            _watching[briefing.Id] = 0;
            Volatile.Read(ref _wake).TrySetResult();
        }
    }

    private static TimeSpan Clamp(TimeSpan wait) => wait <= TimeSpan.Zero ? TimeSpan.Zero : wait < MaxSleep ? wait : MaxSleep;

    [LoggerMessage(Level = LogLevel.Error, Message = "Lifting or publishing briefing {Id} failed; retrying")]
    private static partial void LogFailed(ILogger logger, long id, Exception e);
}
