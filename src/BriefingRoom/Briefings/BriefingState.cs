using System.Collections.Immutable;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Briefings;

/// <summary>
/// A briefing folded from its log. Immutable: <see cref="Apply"/> returns the next state and shares everything it
/// did not change, so applying one event costs a few tree nodes, not a copy of the call.
/// </summary>
public sealed record BriefingState
{
    public static BriefingState Initial { get; } = new();

    public BriefingPlan? Plan { get; init; }

    public BriefingPhase Phase { get; init; }

    public DateTimeOffset? OpenedAt { get; init; }

    public DateTimeOffset? ConcludedAt { get; init; }

    public DateTimeOffset? EmbargoLiftedAt { get; init; }

    public DateTimeOffset? CancelledAt { get; init; }

    public bool IsEmbargoLifted => EmbargoLiftedAt is not null;

    public ImmutableDictionary<string, AdmittedReporter> Reporters { get; init; } = ImmutableDictionary<string, AdmittedReporter>.Empty;

    /// <summary>Reporters staff removed from the call and have not admitted again: told why when they try to come back.</summary>
    public ImmutableHashSet<string> RemovedReporters { get; init; } = [];

    /// <summary>Every turn in order, including the operator's line announcements.</summary>
    public ImmutableList<LiveTurn> Turns { get; init; } = [];

    /// <summary>Where each editable turn sits in <see cref="Turns"/>, by its id.</summary>
    public ImmutableDictionary<int, int> TurnIndex { get; init; } = ImmutableDictionary<int, int>.Empty;

    /// <summary>Raised hands in the order they were raised; <see cref="QueueView"/> gives the order they are taken in.</summary>
    public ImmutableList<QueueEntry> Queue { get; init; } = [];

    public QueueEntry? OpenLine { get; init; }

    /// <summary>Only the officials speak: the moderator muted everyone else (<see cref="LinesMuted"/>), until a line opens or staff are let speak again.</summary>
    public bool OnlyOfficialsSpeak { get; init; }

    /// <summary>Outlets that have had a line opened for one of their reporters (compared ignoring case).</summary>
    public ImmutableHashSet<string> OutletsAsked { get; init; } = ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Hands raised so far, so each entry gets a fresh id.</summary>
    public int QuestionsRequested { get; init; }

    public long LastSeq { get; init; }

    public int PublishedVersion { get; init; }

    public DateTimeOffset? ApprovedAt { get; init; }

    public bool IsApproved => ApprovedAt is not null;

    /// <summary>Leaks found by the last blocked publication attempt; null once published or never blocked.</summary>
    public int? BlockedFindings { get; init; }

    /// <summary>The id the next turn gets.</summary>
    public int NextTurnId => TurnIndex.Count + 1;

    /// <summary>The state after <paramref name="logged"/>. The log holds only events commands accepted, so one that does not fit is a corrupt log and throws.</summary>
    public BriefingState Apply(LoggedEvent logged)
    {
        ArgumentNullException.ThrowIfNull(logged);
        if (logged.Seq <= LastSeq)
        {
            throw new InvalidOperationException($"event {logged.Seq} arrived after event {LastSeq}: the log is out of order");
        }
        var at = logged.At;
        var next = logged.Event switch
        {
            Scheduled e => this with { Plan = e.Plan, Phase = BriefingPhase.Scheduled },
            PlanRevised e => this with { Plan = e.Plan },
            ReporterAdmitted e => this with { Reporters = Reporters.SetItem(e.ReporterId, new AdmittedReporter(e.ReporterId, e.Name, e.Outlet)), RemovedReporters = RemovedReporters.Remove(e.ReporterId) },
            ReporterRemoved e => Reporters.ContainsKey(e.ReporterId) && EntryOf(e.ReporterId) is null && OpenLine?.ReporterId != e.ReporterId
                ? this with { Reporters = Reporters.Remove(e.ReporterId), RemovedReporters = RemovedReporters.Add(e.ReporterId) }
                : throw new InvalidOperationException($"event {logged.Seq}: reporter '{e.ReporterId}' is not admitted, or still queued or on the line"),
            CallOpened => this with { Phase = BriefingPhase.Live, OpenedAt = at },
            TurnStarted e => this with
            {
                Turns = Turns.Add(new LiveTurn(e.TurnId, e.Speaker, e.ReporterId, at, [])),
                TurnIndex = TurnIndex.Add(e.TurnId, Turns.Count),
            },
            TurnText e => WithTurn(e.TurnId, t => t with { Paragraphs = t.Paragraphs.Add(new LiveParagraph(e.Text, [])) }),
            TurnCorrected e => WithTurn(e.TurnId, t => t with
            {
                Paragraphs = t.Paragraphs.SetItem(e.ParagraphId - 1, t.Paragraphs[e.ParagraphId - 1].With(new TextCorrection(e.Start, e.Length, e.Replacement))),
            }),
            QuestionRequested e => this with
            {
                Queue = Queue.Add(new QueueEntry(e.EntryId, e.ReporterId, logged.Seq, at)),
                QuestionsRequested = QuestionsRequested + 1,
            },
            QuestionWithdrawn e => this with { Queue = Queue.Remove(Entry(e.EntryId)) },
            QueueEntryRemoved e => this with { Queue = Queue.Remove(Entry(e.EntryId)) },
            QueueEntryMoved e => this with { Queue = Queue.Replace(Entry(e.EntryId), Entry(e.EntryId) with { Pin = new QueuePin(e.ToIndex, logged.Seq) }) },
            LineOpened e => OpenLineFor(Entry(e.EntryId), at),
            LineClosed => this with { OpenLine = null },
            LinesMuted => this with { OnlyOfficialsSpeak = true },
            StaffUnmuted => this with { OnlyOfficialsSpeak = false },
            CallConcluded => this with { Phase = BriefingPhase.Concluded, ConcludedAt = at, OpenLine = null, Queue = [], OnlyOfficialsSpeak = false },
            Cancelled => this with { Phase = BriefingPhase.Cancelled, CancelledAt = at },
            EmbargoLifted => this with { EmbargoLiftedAt = at },
            PublicationApproved => this with { ApprovedAt = at },
            Published e => this with { PublishedVersion = e.Version, BlockedFindings = null },
            PublicationBlocked e => this with { BlockedFindings = e.FindingCount },
            _ => throw new InvalidOperationException($"event {logged.Seq}: unknown event {logged.Event.GetType().Name}"),
        };
        return next with { LastSeq = logged.Seq };
    }

    /// <summary>The state after each of <paramref name="log"/> in turn: what a restarted server rebuilds.</summary>
    public static BriefingState Replay(IEnumerable<LoggedEvent> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return log.Aggregate(Initial, (state, e) => state.Apply(e));
    }

    /// <summary>The editable turn with <paramref name="turnId"/>, or null.</summary>
    public LiveTurn? Turn(int turnId) => TurnIndex.TryGetValue(turnId, out var index) ? Turns[index] : null;

    /// <summary>The queued entry of <paramref name="reporterId"/>, or null.</summary>
    public QueueEntry? EntryOf(string reporterId) => Queue.Find(e => e.ReporterId == reporterId);

    /// <summary>The queued entry with <paramref name="entryId"/>, or null.</summary>
    public QueueEntry? FindEntry(string entryId) => Queue.Find(e => e.EntryId == entryId);

    private QueueEntry Entry(string entryId) =>
        FindEntry(entryId) ?? throw new InvalidOperationException($"event {LastSeq + 1}: no queue entry '{entryId}'");

    private BriefingState WithTurn(int turnId, Func<LiveTurn, LiveTurn> change)
    {
        if (!TurnIndex.TryGetValue(turnId, out var index))
        {
            throw new InvalidOperationException($"event {LastSeq + 1}: no turn {turnId}");
        }
        return this with { Turns = Turns.SetItem(index, change(Turns[index])) };
    }

    /// <summary>The entry leaves the queue, its outlet has now asked, and the operator's announcement joins the turns.</summary>
    private BriefingState OpenLineFor(QueueEntry entry, DateTimeOffset at)
    {
        var reporter = Reporters[entry.ReporterId];
        var announcement = new LiveParagraph($"{reporter.FirstName}, your line is open.", []);
        return this with
        {
            Queue = Queue.Remove(entry),
            OpenLine = entry,
            OnlyOfficialsSpeak = false, // the call moves on to a question: the moderator speaks again
            OutletsAsked = OutletsAsked.Add(reporter.Outlet.Trim()),
            Turns = Turns.Add(new LiveTurn(null, BriefingSpeakers.Operator, null, at, [announcement])),
        };
    }
}
