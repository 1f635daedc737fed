using System.Text.Json.Serialization;

namespace BriefingRoom.Briefings;

/// <summary>
/// Something that happened to a briefing. Only the payload: the log adds the sequence number, time and actor
/// (<see cref="LoggedEvent"/>). Serialise as <c>JsonSerializer.Serialize&lt;BriefingEvent&gt;(e)</c> to keep the type.
/// </summary>
[JsonPolymorphic]
[JsonDerivedType(typeof(Scheduled), "scheduled")]
[JsonDerivedType(typeof(PlanRevised), "plan-revised")]
[JsonDerivedType(typeof(ReporterAdmitted), "reporter-admitted")]
[JsonDerivedType(typeof(ReporterRemoved), "reporter-removed")]
[JsonDerivedType(typeof(CallOpened), "call-opened")]
[JsonDerivedType(typeof(TurnStarted), "turn-started")]
[JsonDerivedType(typeof(TurnText), "turn-text")]
[JsonDerivedType(typeof(TurnCorrected), "turn-corrected")]
[JsonDerivedType(typeof(QuestionRequested), "question-requested")]
[JsonDerivedType(typeof(QuestionWithdrawn), "question-withdrawn")]
[JsonDerivedType(typeof(QueueEntryMoved), "queue-entry-moved")]
[JsonDerivedType(typeof(QueueEntryRemoved), "queue-entry-removed")]
[JsonDerivedType(typeof(LineOpened), "line-opened")]
[JsonDerivedType(typeof(LineClosed), "line-closed")]
[JsonDerivedType(typeof(LinesMuted), "lines-muted")]
[JsonDerivedType(typeof(StaffUnmuted), "staff-unmuted")]
[JsonDerivedType(typeof(CallConcluded), "call-concluded")]
[JsonDerivedType(typeof(Cancelled), "cancelled")]
[JsonDerivedType(typeof(EmbargoLifted), "embargo-lifted")]
[JsonDerivedType(typeof(PublicationApproved), "publication-approved")]
[JsonDerivedType(typeof(Published), "published")]
[JsonDerivedType(typeof(PublicationBlocked), "publication-blocked")]
public abstract record BriefingEvent;

/// <summary>An event as the log holds it: its per-briefing sequence number, when it was appended, and who did it.</summary>
public sealed record LoggedEvent(long Seq, DateTimeOffset At, string Actor, BriefingEvent Event);

/// <summary>The briefing was put on the schedule.</summary>
public sealed record Scheduled(BriefingPlan Plan) : BriefingEvent;

/// <summary>The plan was changed before the call opened.</summary>
public sealed record PlanRevised(BriefingPlan Plan) : BriefingEvent;

/// <summary>A reporter may join the call and ask questions.</summary>
public sealed record ReporterAdmitted(string ReporterId, string Name, string Outlet) : BriefingEvent;

/// <summary>
/// Staff took a reporter out of the call: they no longer see it, hear it or queue in it. Any hand of theirs and their
/// open line end first, in the same command (<see cref="QueueEntryRemoved"/>, <see cref="LineClosed"/>); they may be admitted again.
/// </summary>
public sealed record ReporterRemoved(string ReporterId) : BriefingEvent;

/// <summary>The call went live.</summary>
public sealed record CallOpened : BriefingEvent;

/// <summary>
/// Someone took the floor: <see cref="Speaker"/> is "moderator", "operator", "reporter" (with
/// <see cref="ReporterId"/>) or a plan speaker's key.
/// </summary>
public sealed record TurnStarted(int TurnId, string Speaker, string? ReporterId) : BriefingEvent;

/// <summary>One paragraph appended to a turn.</summary>
public sealed record TurnText(int TurnId, int ParagraphId, string Text) : BriefingEvent;

/// <summary>
/// A correction of a paragraph: <see cref="Length"/> characters from <see cref="Start"/> of the text as first
/// typed are struck out and <see cref="Replacement"/> inserted, shown as <c>&lt;s&gt;upon&lt;/s&gt; [until]</c>.
/// </summary>
public sealed record TurnCorrected(int TurnId, int ParagraphId, int Start, int Length, string Replacement) : BriefingEvent;

/// <summary>A reporter raised a hand.</summary>
public sealed record QuestionRequested(string EntryId, string ReporterId) : BriefingEvent;

/// <summary>A reporter lowered their hand.</summary>
public sealed record QuestionWithdrawn(string EntryId) : BriefingEvent;

/// <summary>The moderator put a queue entry at <see cref="ToIndex"/> (0 = next); it keeps that place.</summary>
public sealed record QueueEntryMoved(string EntryId, int ToIndex) : BriefingEvent;

/// <summary>The moderator took an entry off the queue.</summary>
public sealed record QueueEntryRemoved(string EntryId) : BriefingEvent;

/// <summary>The operator opened the line of a queued reporter; the entry leaves the queue.</summary>
public sealed record LineOpened(string EntryId) : BriefingEvent;

/// <summary>The open line was closed.</summary>
public sealed record LineClosed(string EntryId) : BriefingEvent;

/// <summary>
/// The moderator muted everyone but the officials: no reporter's line is open (the command closes it first) and staff
/// are muted too, until a line is opened or the moderator lets staff speak again (<see cref="StaffUnmuted"/>).
/// </summary>
public sealed record LinesMuted : BriefingEvent;

/// <summary>The moderator let staff speak again after <see cref="LinesMuted"/>.</summary>
public sealed record StaffUnmuted : BriefingEvent;

/// <summary>The moderator ended the call.</summary>
public sealed record CallConcluded : BriefingEvent;

/// <summary>Staff called the briefing off before its call opened; it takes no more commands and leaves every list.</summary>
public sealed record Cancelled : BriefingEvent;

/// <summary>The embargo ended: reporters may report what they heard; the record is published once the call has also concluded.</summary>
public sealed record EmbargoLifted : BriefingEvent;

/// <summary>A person approved the record for publication.</summary>
public sealed record PublicationApproved : BriefingEvent;

/// <summary>Version <see cref="Version"/> of the record was published.</summary>
public sealed record Published(int Version) : BriefingEvent;

/// <summary>Publication was refused because the leak check found <see cref="FindingCount"/> leaks.</summary>
public sealed record PublicationBlocked(int FindingCount) : BriefingEvent;
