using System.Collections.Concurrent;
using System.Text.Json;
using BriefingRoom.Briefings;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Live;

/// <summary>
/// The one writer of every briefing's log. A command runs against the folded state under the briefing's lock;
/// its events are stored in one transaction before anyone hears of them, then folded in and fanned out to
/// the live feed. One server process owns a database (docs/operations.md).
/// </summary>
public sealed partial class BriefingHub(IServiceScopeFactory scopes, TimeProvider time, ILogger<BriefingHub> log)
{
    private readonly ConcurrentDictionary<long, Lazy<Task<LiveBriefing?>>> _briefings = new();

    /// <summary>Raised after every durable append, outside the briefing's lock; the embargo scheduler listens.</summary>
    public event Action<LiveBriefing>? Appended;

    /// <summary>The briefing with its state replayed from the log, or null when there is no such briefing.</summary>
    public async Task<LiveBriefing?> GetAsync(long id)
    {
        var lazy = _briefings.GetOrAdd(id, key => new Lazy<Task<LiveBriefing?>>(() => LoadAsync(key)));
        var briefing = await lazy.Value;
        if (briefing is null)
        {
            _briefings.TryRemove(new(id, lazy)); // a later schedule may create it
        }
        return briefing;
    }

    /// <summary>Wakes every loaded briefing's live readers, so idle connections send their keep-alive.</summary>
    public void PulseFeeds()
    {
        foreach (var lazy in _briefings.Values)
        {
            if (lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully && lazy.Value.Result is { } briefing)
            {
                briefing.Feed.Pulse();
            }
        }
    }

    /// <summary>
    /// Puts a new briefing on the schedule: its summary row and first event commit in one transaction, so a crash
    /// leaves either no briefing or a whole one; the briefing is in memory only after the commit.
    /// </summary>
    public async Task<(long Id, AppendOutcome Outcome)> ScheduleAsync(BriefingPlan plan, string actor)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var decision = BriefingCommands.Schedule(BriefingState.Initial, plan);
        if (decision.Rejection is { } rejection)
        {
            return (0, new AppendOutcome(BriefingState.Initial, [], rejection));
        }
        var (logged, after, frames) = Fold(BriefingState.Initial, decision, actor);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BriefingDb>();
        var row = new BriefingRow { Title = plan.Title, StartsAt = plan.StartsAt, TimeZone = plan.TimeZone, Phase = after.Phase.ToString(), CreatedAt = logged[0].At };
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Briefings.Add(row);
            await db.SaveChangesAsync(); // gives the row its id, which the events need
            AddEvents(db, row.Id, logged);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        var briefing = new LiveBriefing(row.Id, after);
        briefing.Feed.Append(frames);
        _briefings[row.Id] = new Lazy<Task<LiveBriefing?>>(Task.FromResult<LiveBriefing?>(briefing));
        Appended?.Invoke(briefing);
        return (row.Id, new AppendOutcome(after, logged, null));
    }

    /// <summary>
    /// Deletes briefing rows without a single event: schedules an earlier version left half-written by a crash
    /// (it committed the row and the first event apart). Nobody was told of them, so nothing acknowledged goes.
    /// </summary>
    public async Task RemoveUnfinishedAsync()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BriefingDb>();
        var removed = await db.Briefings.Where(b => !db.Events.Any(e => e.BriefingId == b.Id)).ExecuteDeleteAsync();
        if (removed > 0)
        {
            LogRemovedUnfinished(log, removed);
        }
    }

    /// <summary>Runs a command against the briefing's current state and appends what it decided; null when there is no such briefing.</summary>
    /// <param name="alongside">Rows to store in the same transaction as the events (a publication with its <c>Published</c> event).</param>
    public async Task<AppendOutcome?> ExecuteAsync(long id, string actor, Func<BriefingState, CommandResult> command, Action<BriefingDb, BriefingState>? alongside = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        var briefing = await GetAsync(id);
        if (briefing is null)
        {
            return null;
        }
        AppendOutcome outcome;
        await briefing.Lock.WaitAsync();
        try
        {
            var state = briefing.State;
            var decision = command(state);
            if (decision.Rejection is { } rejection)
            {
                return new AppendOutcome(state, [], rejection);
            }
            var (logged, after, frames) = Fold(state, decision, actor);
            try
            {
                await StoreAsync(id, logged, after, alongside);
            }
            catch
            {
                // The commit may have landed before the error reached us: take whatever the log holds, so memory never lags it.
                await CatchUpAsync(briefing);
                throw;
            }
            briefing.State = after;
            briefing.Feed.Append(frames);
            outcome = new AppendOutcome(after, logged, null);
        }
        finally
        {
            briefing.Lock.Release();
        }
        Appended?.Invoke(briefing);
        return outcome;
    }

    /// <summary>Ids of briefings whose embargo has not lifted, but for the cancelled: the scheduler's work list after a restart.</summary>
    public async Task<IReadOnlyList<long>> PendingLiftsAsync()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BriefingDb>();
        return await db.ListedBriefings.Where(b => !b.Lifted).Select(b => b.Id).ToListAsync();
    }

    /// <summary>Ids of briefings lifted but neither published nor blocked: publishing interrupted by a restart.</summary>
    public async Task<IReadOnlyList<long>> UnpublishedAsync()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BriefingDb>();
        return await db.Briefings.Where(b => b.Lifted && b.PublicPath == null && b.BlockedFindings == null).Select(b => b.Id).ToListAsync();
    }

    // The events a decision appends, stamped with one instant cut to what the database keeps, and the state and frames after them.
    private (List<LoggedEvent> Logged, BriefingState After, List<LiveFrame> Frames) Fold(BriefingState state, CommandResult decision, string actor)
    {
        var now = StoredTime.Now(time);
        var logged = new List<LoggedEvent>(decision.Events.Count);
        var frames = new List<LiveFrame>(decision.Events.Count);
        var after = state;
        foreach (var e in decision.Events)
        {
            var entry = new LoggedEvent(after.LastSeq + 1, now, actor, e);
            after = after.Apply(entry);
            logged.Add(entry);
            frames.Add(LiveFrames.For(entry, after));
        }
        return (logged, after, frames);
    }

    private async Task StoreAsync(long id, List<LoggedEvent> logged, BriefingState after, Action<BriefingDb, BriefingState>? alongside)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BriefingDb>();
        AddEvents(db, id, logged);
        var row = await db.Briefings.SingleAsync(b => b.Id == id);
        if (after.Plan is { } plan)
        {
            row.Title = plan.Title;
            row.StartsAt = plan.StartsAt;
            row.TimeZone = plan.TimeZone;
        }
        row.Phase = after.Phase.ToString();
        row.Lifted = after.IsEmbargoLifted;
        alongside?.Invoke(db, after);
        await db.SaveChangesAsync();
    }

    private static void AddEvents(BriefingDb db, long id, List<LoggedEvent> logged)
    {
        foreach (var e in logged)
        {
            db.Events.Add(new EventRow
            {
                BriefingId = id,
                Seq = e.Seq,
                At = e.At,
                Actor = e.Actor,
                Type = EventNames.Of(e.Event),
                Payload = JsonSerializer.Serialize(e.Event, EventJson.Options),
            });
            if (e.Event is ReporterAdmitted admitted && long.TryParse(admitted.ReporterId, System.Globalization.CultureInfo.InvariantCulture, out var account))
            {
                db.Admissions.Add(new AdmissionRow { BriefingId = id, AccountId = account });
            }
            else if (e.Event is ReporterRemoved removed && long.TryParse(removed.ReporterId, System.Globalization.CultureInfo.InvariantCulture, out var former)
                && db.Admissions.Find(id, former) is { } admission)
            {
                db.Admissions.Remove(admission);
            }
        }
    }

    private async Task<LiveBriefing?> LoadAsync(long id)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BriefingDb>();
        if (!await db.Briefings.AnyAsync(b => b.Id == id))
        {
            return null;
        }
        var briefing = new LiveBriefing(id, BriefingState.Initial);
        await CatchUpAsync(briefing);
        // A row without events is a schedule that never finished (RemoveUnfinishedAsync clears them at start): no briefing.
        return briefing.State.LastSeq == 0 ? null : briefing;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed {Count} briefing rows without events, left by a crash while scheduling")]
    private static partial void LogRemovedUnfinished(ILogger logger, int count);

    /// <summary>Folds in and feeds out the stored events the briefing has not seen yet.</summary>
    private async Task CatchUpAsync(LiveBriefing briefing)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BriefingDb>();
        var last = briefing.State.LastSeq;
        var rows = await db.Events.Where(e => e.BriefingId == briefing.Id && e.Seq > last).OrderBy(e => e.Seq).ToListAsync();
        var state = briefing.State;
        var frames = new List<LiveFrame>(rows.Count);
        foreach (var row in rows)
        {
            var e = new LoggedEvent(row.Seq, row.At, row.Actor, JsonSerializer.Deserialize<BriefingEvent>(row.Payload, EventJson.Options)!);
            state = state.Apply(e);
            frames.Add(LiveFrames.For(e, state));
        }
        briefing.State = state;
        briefing.Feed.Append(frames);
    }
}
