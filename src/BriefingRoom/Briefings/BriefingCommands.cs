using BriefingRoom.Transcripts;
using static BriefingRoom.Briefings.CommandResult;

namespace BriefingRoom.Briefings;

/// <summary>
/// The commands of a briefing, each checked against the folded state: an allowed command gives the events to
/// append, a disallowed one a <see cref="Rejection"/>. Nothing here changes state or throws on a user's mistake.
/// </summary>
public static class BriefingCommands
{
    public static CommandResult Schedule(BriefingState state, BriefingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Phase != BriefingPhase.Unscheduled)
        {
            return WasCancelled(state) ?? new Rejection("already-scheduled", "The briefing is already scheduled; revise its plan instead.");
        }
        return Invalid(plan) ?? Accept(new Scheduled(plan));
    }

    public static CommandResult RevisePlan(BriefingState state, BriefingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(plan);
        if (state.Phase is BriefingPhase.Unscheduled or BriefingPhase.Cancelled)
        {
            return WasCancelled(state) ?? NotScheduled();
        }
        // Once the call has opened its rules and speakers are history. What only shapes the public record may still change before
        // publication: the title and section, and the aliases protected (a nickname said on the call, a word wrongly listed).
        if (state.Phase != BriefingPhase.Scheduled && !OnlyRecordChanges(state.Plan!, plan))
        {
            return new Rejection("call-already-opened", "Once the call has opened, only the public title, the section and the speakers' aliases can change.");
        }
        return Invalid(plan) ?? Accept(new PlanRevised(plan));
    }

    public static CommandResult AdmitReporter(BriefingState state, string reporterId, string name, string outlet)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Phase is BriefingPhase.Unscheduled or BriefingPhase.Concluded or BriefingPhase.Cancelled)
        {
            return WasCancelled(state) ?? (state.Phase == BriefingPhase.Unscheduled ? NotScheduled() : new Rejection("call-concluded", "The call has concluded; nobody more can join."));
        }
        if (string.IsNullOrWhiteSpace(reporterId) || string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(outlet))
        {
            return new Rejection("invalid-reporter", "A reporter needs an id, a name and an outlet.");
        }
        if ((TooLong("reporterId", reporterId, FieldLimits.Id) ?? TooLong("name", name, FieldLimits.Name) ?? TooLong("outlet", outlet, FieldLimits.Outlet)) is { } tooLong)
        {
            return tooLong;
        }
        if (state.Reporters.ContainsKey(reporterId))
        {
            return new Rejection("already-admitted", $"Reporter '{reporterId}' is already admitted.");
        }
        return Accept(new ReporterAdmitted(reporterId, name.Trim(), outlet.Trim()));
    }

    /// <summary>
    /// Takes an admitted reporter out of the call, before, during or after it: their raised hand is taken off the queue and
    /// their open line closed in the same append, so no entry or line outlives the person. They can be admitted again.
    /// </summary>
    public static CommandResult RemoveReporter(BriefingState state, string reporterId)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Phase is BriefingPhase.Unscheduled or BriefingPhase.Cancelled)
        {
            return WasCancelled(state) ?? NotScheduled();
        }
        if (TooLong("reporterId", reporterId ?? "", FieldLimits.Id) is { } tooLong)
        {
            return tooLong;
        }
        if (string.IsNullOrEmpty(reporterId) || !state.Reporters.ContainsKey(reporterId))
        {
            return UnknownReporter(reporterId);
        }
        List<BriefingEvent> events = [];
        if (state.EntryOf(reporterId) is { } entry)
        {
            events.Add(new QueueEntryRemoved(entry.EntryId));
        }
        if (state.OpenLine is { } open && open.ReporterId == reporterId)
        {
            events.Add(new LineClosed(open.EntryId));
        }
        events.Add(new ReporterRemoved(reporterId));
        return Accept([.. events]);
    }

    /// <summary>Opens the call and drafts the moderator's first turn from the ground rules, for the stenographer to correct.</summary>
    public static CommandResult OpenCall(BriefingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Phase != BriefingPhase.Scheduled)
        {
            return WasCancelled(state) ?? (state.Phase == BriefingPhase.Unscheduled ? NotScheduled() : new Rejection("call-already-opened", "The call has already been opened."));
        }
        var turnId = state.NextTurnId;
        var paragraphs = state.Plan!.GroundRulesAnnouncement().Split('\n');
        return Accept([
            new CallOpened(),
            new TurnStarted(turnId, BriefingSpeakers.Moderator, null),
            .. paragraphs.Select((text, i) => new TurnText(turnId, i + 1, text)),
        ]);
    }

    /// <summary>Gives the floor to the moderator, the operator, a plan speaker (by key) or an admitted reporter.</summary>
    public static CommandResult StartTurn(BriefingState state, string speaker, string? reporterId = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (NotLive(state) is { } notLive)
        {
            return notLive;
        }
        // Checked first: the refusals below quote what was sent.
        if ((TooLong("speaker", speaker, FieldLimits.Id) ?? TooLong("reporterId", reporterId ?? "", FieldLimits.Id)) is { } tooLong)
        {
            return tooLong;
        }
        if (speaker == BriefingSpeakers.Reporter)
        {
            if (string.IsNullOrEmpty(reporterId))
            {
                return new Rejection("unknown-reporter", "No reporter's line is open, so there is no reporter to give the floor to; the operator opens a line from the queue.");
            }
            if (!state.Reporters.ContainsKey(reporterId))
            {
                return UnknownReporter(reporterId);
            }
        }
        else if (reporterId is not null)
        {
            return new Rejection("unexpected-reporter", $"Only a reporter's turn names a reporter, not a turn of '{speaker}'.");
        }
        else if (speaker is not (BriefingSpeakers.Moderator or BriefingSpeakers.Operator) && state.Plan!.Speaker(speaker) is null)
        {
            return new Rejection("unknown-speaker", $"'{speaker}' is not moderator, operator, reporter or a speaker key of the plan.");
        }
        return Accept(new TurnStarted(state.NextTurnId, speaker, reporterId));
    }

    /// <summary>Appends one paragraph (no line breaks) to a turn, during the call or after it until the record is first published.</summary>
    public static CommandResult AddParagraph(BriefingState state, int turnId, string text)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (NotEditable(state, turnId, out var turn) is { } rejection)
        {
            return rejection;
        }
        // A paragraph added to a published record would sit in the staff transcript unseen by the public: it must be a correction.
        if (state.PublishedVersion > 0)
        {
            return new Rejection("record-published", "The call has ended and its record is published, so it takes no new paragraphs. Correct a paragraph instead; a publisher then publishes the corrected version.");
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return new Rejection("empty-text", "A paragraph needs some text.");
        }
        if (TooLong("text", text, FieldLimits.Paragraph) is { } tooLong)
        {
            return tooLong;
        }
        if (text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal))
        {
            return new Rejection("line-break", "A paragraph is one line of text; add each paragraph separately.");
        }
        return Accept(new TurnText(turnId, turn!.Paragraphs.Count + 1, text.Trim()));
    }

    /// <summary>Strikes <paramref name="length"/> characters from <paramref name="start"/> of the paragraph as typed and inserts <paramref name="replacement"/>.</summary>
    public static CommandResult Correct(BriefingState state, int turnId, int paragraphId, int start, int length, string replacement)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(replacement);
        if (NotEditable(state, turnId, out var turn) is { } rejection)
        {
            return rejection;
        }
        if (paragraphId < 1 || paragraphId > turn!.Paragraphs.Count)
        {
            return new Rejection("unknown-paragraph", $"Turn {turnId} has no paragraph {paragraphId}.");
        }
        var paragraph = turn.Paragraphs[paragraphId - 1];
        // Compared without adding start and length: both come from the client, and their sum can overflow.
        if (start < 0 || length < 0 || start > paragraph.Text.Length || length > paragraph.Text.Length - start)
        {
            return new Rejection("correction-out-of-range", $"Characters {start} to {(long)start + length} are outside paragraph {paragraphId} of turn {turnId}, which has {paragraph.Text.Length}.");
        }
        // Insertions at one point never overlap, so without a cap on their sum a paragraph could grow without end.
        if (FieldLimits.ControlCharacter(replacement) is { } control)
        {
            return new Rejection("control-character", $"replacement: {control}.", "replacement");
        }
        if (FieldLimits.TooLong(replacement, FieldLimits.Replacement - paragraph.Corrections.Sum(c => c.Replacement.Length)) is not null)
        {
            return new Rejection("too-long", string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The corrections of one paragraph put in at most {FieldLimits.Replacement:N0} characters together."), "replacement");
        }
        if (length == 0 && replacement.Trim().Length == 0)
        {
            return new Rejection("empty-correction", "A correction must strike out or insert something.");
        }
        if (replacement.Contains('\n', StringComparison.Ordinal) || replacement.Contains('[', StringComparison.Ordinal) || replacement.Contains(']', StringComparison.Ordinal))
        {
            return new Rejection("invalid-replacement", "A replacement is words on one line, without brackets.");
        }
        if (!paragraph.IsFree(start, length))
        {
            return new Rejection("correction-overlaps", "That span overlaps an earlier correction of the paragraph.");
        }
        return Accept(new TurnCorrected(turnId, paragraphId, start, length, replacement.Trim()));
    }

    public static CommandResult RaiseHand(BriefingState state, string reporterId)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (NotLive(state) is { } notLive)
        {
            return notLive;
        }
        if (!state.Reporters.ContainsKey(reporterId))
        {
            return UnknownReporter(reporterId);
        }
        if (state.EntryOf(reporterId) is not null)
        {
            return new Rejection("already-queued", "Your hand is already raised.");
        }
        if (state.OpenLine?.ReporterId == reporterId)
        {
            return new Rejection("line-open", "Your line is open: ask your question.");
        }
        return Accept(new QuestionRequested($"q{state.QuestionsRequested + 1}", reporterId));
    }

    public static CommandResult Withdraw(BriefingState state, string reporterId)
    {
        ArgumentNullException.ThrowIfNull(state);
        return WasCancelled(state) ?? (state.EntryOf(reporterId) is { } entry
            ? Accept(new QuestionWithdrawn(entry.EntryId))
            : new Rejection("not-queued", "Your hand is not raised."));
    }

    /// <summary>Puts a queued entry at <paramref name="toIndex"/> of the queue as shown (0 = next), where it then stays.</summary>
    public static CommandResult MoveEntry(BriefingState state, string entryId, int toIndex)
    {
        ArgumentNullException.ThrowIfNull(state);
        if ((WasCancelled(state) ?? UnknownEntry(state, entryId)) is { } unknown)
        {
            return unknown;
        }
        if (toIndex < 0 || toIndex >= state.Queue.Count)
        {
            return new Rejection("index-out-of-range", $"Place {toIndex} is outside the queue of {state.Queue.Count} (0 is next).");
        }
        return Accept(new QueueEntryMoved(entryId, toIndex));
    }

    public static CommandResult RemoveEntry(BriefingState state, string entryId)
    {
        ArgumentNullException.ThrowIfNull(state);
        return WasCancelled(state) ?? UnknownEntry(state, entryId) ?? Accept(new QueueEntryRemoved(entryId));
    }

    /// <summary>Opens a queued reporter's line, closing the line open before it.</summary>
    public static CommandResult OpenLine(BriefingState state, string entryId)
    {
        ArgumentNullException.ThrowIfNull(state);
        if ((NotLive(state) ?? UnknownEntry(state, entryId)) is { } rejection)
        {
            return rejection;
        }
        return state.OpenLine is { } open
            ? Accept(new LineClosed(open.EntryId), new LineOpened(entryId))
            : Accept(new LineOpened(entryId));
    }

    public static CommandResult CloseLine(BriefingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return WasCancelled(state) ?? (state.OpenLine is { } open
            ? Accept(new LineClosed(open.EntryId))
            : new Rejection("no-open-line", "No line is open."));
    }

    /// <summary>Mutes everyone but the officials, closing the open line in the same step; staff stay muted until a line opens or <see cref="UnmuteStaff"/>.</summary>
    public static CommandResult MuteLines(BriefingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (NotLive(state) is { } notLive)
        {
            return notLive;
        }
        if (state.OnlyOfficialsSpeak)
        {
            return new Rejection("already-muted", "Everyone but the official is already muted.");
        }
        return state.OpenLine is { } open
            ? Accept(new LineClosed(open.EntryId), new LinesMuted())
            : Accept(new LinesMuted());
    }

    /// <summary>Lets staff speak again after <see cref="MuteLines"/>; reporters' lines stay closed until one is opened.</summary>
    public static CommandResult UnmuteStaff(BriefingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return NotLive(state) ?? (state.OnlyOfficialsSpeak
            ? Accept(new StaffUnmuted())
            : new Rejection("not-muted", "Staff are not muted."));
    }

    /// <summary>How soon after the opening a conclusion must be confirmed: a double click on Open must not end the call.</summary>
    public static readonly TimeSpan ConclusionGuard = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Ends the call as a person asked at <paramref name="now"/>: within <see cref="ConclusionGuard"/> of the opening
    /// only when <paramref name="confirmed"/>, since concluding can lift the embargo at once.
    /// </summary>
    public static CommandResult Conclude(BriefingState state, DateTimeOffset now, bool confirmed)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!confirmed && state.Phase == BriefingPhase.Live && state.OpenedAt is { } opened && now - opened < ConclusionGuard)
        {
            var seconds = Math.Max(0, (int)(now - opened).TotalSeconds);
            return new Rejection("conclusion-not-confirmed", $"The call opened {seconds} s ago. {WhatConcludingDoes(state, now)} Confirm to conclude this soon after the opening.");
        }
        return Conclude(state);
    }

    /// <summary>The consequence of concluding at <paramref name="now"/>, in one sentence for the confirmation a person gives.</summary>
    public static string WhatConcludingDoes(BriefingState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Plan?.Rules.Embargo switch
        {
            { Kind: EmbargoKind.UntilInstant, Until: { } until } when until > now =>
                $"This ends the call; the embargo holds until {BriefingTimes.Spelled(until, state.Plan.Zone)}.",
            { Kind: EmbargoKind.None } => "This ends the call, and its record is published.",
            _ => "This ends the call and lifts the embargo now.",
        };
    }

    /// <summary>Ends the call, closing any open line; the queue is dropped with it.</summary>
    public static CommandResult Conclude(BriefingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (NotLive(state) is { } notLive)
        {
            return notLive;
        }
        return state.OpenLine is { } open
            ? Accept(new LineClosed(open.EntryId), new CallConcluded())
            : Accept(new CallConcluded());
    }

    /// <summary>
    /// When the embargo is due to lift: the conclusion of the call for an embargo until conclusion or for none, the
    /// set time for one until an instant; null while that is not yet known. Only a call that has opened has anything
    /// to lift: before, nothing has been said and the plan may still move the instant (docs/api.md, "Embargoes").
    /// </summary>
    public static DateTimeOffset? EmbargoDueAt(BriefingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Phase is not (BriefingPhase.Live or BriefingPhase.Concluded))
        {
            return null;
        }
        return state.Plan!.Rules.Embargo switch
        {
            { Kind: EmbargoKind.UntilInstant, Until: var until } => until,
            _ => state.ConcludedAt,
        };
    }

    /// <summary>
    /// Lifts the embargo once it is due: reporters may then report what they heard. The public record still waits
    /// for the conclusion of the call (<see cref="Publish"/>), so a call live at its instant publishes only once it ends.
    /// </summary>
    public static CommandResult LiftEmbargo(BriefingState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (WasCancelled(state) is { } cancelled)
        {
            return cancelled;
        }
        if (state.IsEmbargoLifted)
        {
            return new Rejection("embargo-already-lifted", "The embargo has already been lifted.");
        }
        if (EmbargoDueAt(state) is { } due)
        {
            return now >= due ? Accept(new EmbargoLifted()) : new Rejection("embargo-not-due", $"The embargo lifts at {due:O}, not before.");
        }
        return new Rejection("embargo-not-due", state.Plan?.Rules.Embargo is { Kind: EmbargoKind.UntilInstant, Until: { } until }
            ? $"The embargo lifts at {until:O} or, if the call opens later, as it opens; the call has not opened."
            : "The embargo lifts when the call concludes, and it has not.");
    }

    /// <summary>Takes a briefing off the schedule before its call opens; it is kept in the log, takes no more commands and leaves every list.</summary>
    public static CommandResult Cancel(BriefingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Phase switch
        {
            BriefingPhase.Scheduled => Accept(new Cancelled()),
            BriefingPhase.Unscheduled => NotScheduled(),
            BriefingPhase.Cancelled => WasCancelled(state)!,
            _ => new Rejection("call-already-opened", "The call has opened; only a briefing that has not opened can be cancelled."),
        };
    }

    public static CommandResult Approve(BriefingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (WasCancelled(state) is { } cancelled)
        {
            return cancelled;
        }
        if (state.Plan?.PublishMode != PublishMode.AfterApproval)
        {
            return new Rejection("approval-not-needed", "This briefing publishes without approval.");
        }
        if (state.Phase != BriefingPhase.Concluded)
        {
            return new Rejection("call-not-concluded", "The record can be approved only after the call concludes.");
        }
        return state.IsApproved
            ? new Rejection("already-approved", "The record is already approved.")
            : Accept(new PublicationApproved());
    }

    /// <summary>Records the next published version, once the embargo has lifted, the call has concluded and, where the plan asks, the record is approved.</summary>
    public static CommandResult Publish(BriefingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return NotPublishable(state) ?? Accept(new Published(state.PublishedVersion + 1));
    }

    /// <summary>Records that the leak check stopped a publication.</summary>
    public static CommandResult BlockPublication(BriefingState state, int findingCount)
    {
        ArgumentNullException.ThrowIfNull(state);
        return findingCount < 1
            ? new Rejection("no-findings", "A publication is blocked only by at least one finding.")
            : NotPublishable(state) ?? Accept(new PublicationBlocked(findingCount));
    }

    private static Rejection? NotPublishable(BriefingState state) =>
        WasCancelled(state) is { } cancelled ? cancelled
        : !state.IsEmbargoLifted ? new Rejection("embargo-in-force", "The record cannot be published while the embargo holds.")
        : state.Phase != BriefingPhase.Concluded ? new Rejection("call-not-concluded", "The record is published only once the call has concluded.")
        : state.Plan!.PublishMode == PublishMode.AfterApproval && !state.IsApproved ? new Rejection("awaiting-approval", "The record must be approved before it is published.")
        : null;

    private static bool OnlyRecordChanges(BriefingPlan current, BriefingPlan revised) =>
        revised.Speakers.Count == current.Speakers.Count
        && revised with { Title = current.Title, Section = current.Section, Speakers = new(revised.Speakers.Select((s, i) => s with { Aliases = current.Speakers[i].Aliases })) } == current;

    private static Rejection? Invalid(BriefingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var errors = plan.Validate();
        return errors.Count == 0 ? null : new Rejection("invalid-plan", string.Join("; ", errors));
    }

    private static Rejection? NotLive(BriefingState state) => state.Phase switch
    {
        BriefingPhase.Live => null,
        BriefingPhase.Unscheduled => NotScheduled(),
        BriefingPhase.Scheduled => new Rejection("call-not-open", "The call has not opened yet."),
        BriefingPhase.Cancelled => WasCancelled(state),
        _ => new Rejection("call-concluded", "The call has concluded."),
    };

    private static Rejection? NotEditable(BriefingState state, int turnId, out LiveTurn? turn)
    {
        turn = state.Turn(turnId);
        if (state.Phase is BriefingPhase.Unscheduled or BriefingPhase.Scheduled or BriefingPhase.Cancelled)
        {
            return NotLive(state);
        }
        return turn is null ? new Rejection("unknown-turn", $"There is no turn {turnId}.") : null;
    }

    private static Rejection? UnknownEntry(BriefingState state, string entryId) =>
        state.FindEntry(entryId) is null ? new Rejection("unknown-entry", $"'{entryId}' is not in the queue.") : null;

    private static Rejection UnknownReporter(string? reporterId) =>
        new("unknown-reporter", $"Reporter '{reporterId}' is not admitted to this call.");

    private static Rejection? WasCancelled(BriefingState state) => state.Phase == BriefingPhase.Cancelled
        ? new Rejection("briefing-cancelled", "The briefing was cancelled; it takes no more commands.")
        : null;

    private static Rejection? TooLong(string field, string value, int max) =>
        FieldLimits.TooLong(value, max) is { } message ? new Rejection("too-long", $"{field}: {message}.", field)
        : FieldLimits.ControlCharacter(value) is { } control ? new Rejection("control-character", $"{field}: {control}.", field)
        : null;

    private static Rejection NotScheduled() => new("not-scheduled", "The briefing has not been scheduled.");
}
