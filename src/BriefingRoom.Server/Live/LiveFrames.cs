using System.Text;
using System.Text.Json;
using BriefingRoom.Briefings;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Server.Live;

/// <summary>
/// What each audience hears of a logged event, as SSE messages. Staff get names, outlets and every event; the
/// press get the transcript under the ground rules, the call's phase and the queue as opaque entry ids (each
/// reporter knows their own); schedule, admissions and publication checks stay with staff.
/// </summary>
public static class LiveFrames
{
    public static LiveFrame For(LoggedEvent logged, BriefingState after)
    {
        ArgumentNullException.ThrowIfNull(logged);
        ArgumentNullException.ThrowIfNull(after);
        // Exactly one message per event and audience: a client resuming after an id can never have seen half of one.
        Message? message = logged.Event switch
        {
            TurnStarted e => Turn(after, after.Turn(e.TurnId)!),
            TurnText e => Paragraph(after, e.TurnId, e.ParagraphId),
            TurnCorrected e => Paragraph(after, e.TurnId, e.ParagraphId),
            LineOpened => Line(after),
            QuestionRequested or QuestionWithdrawn or QueueEntryMoved or QueueEntryRemoved or LineClosed => Queue(after),
            CallOpened or CallConcluded or EmbargoLifted or Cancelled => Phase(after),
            Published e => Both("published", new { version = e.Version }),
            _ => StaffOnly("briefing", new { type = EventNames.Of(logged.Event) }),
        };
        return new LiveFrame(logged.Seq, Encode(logged.Seq, message.Event, message.Staff), Encode(logged.Seq, message.Event, message.Press));
    }

    /// <summary>A turn's key on the page: its id, or <c>line-N</c> for an operator turn the queue made.</summary>
    public static string TurnKey(BriefingState state, LiveTurn turn)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Id is { } id ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"line-{state.Turns.IndexOf(turn)}";
    }

    /// <summary>The id of a staff paragraph on the control room (<c>p-3-2</c>), where the publisher's review list links to; live.js makes the same.</summary>
    public static string ParagraphAnchor(string turnKey, int paragraph) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"p-{turnKey}-{paragraph}");

    /// <summary>
    /// A paragraph as segments of plain text for the page's script to put in with textContent, never as markup:
    /// <c>del</c> holds the words struck out and <c>ins</c> the words put in (without brackets), spaces kept.
    /// </summary>
    public static IReadOnlyList<Segment> Segments(Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return [.. paragraph.Inlines.Select(i => i switch
        {
            Deletion d => new Segment("del", d.Text),
            Insertion n => new Segment("ins", n.Text),
            TextRun t => new Segment("text", t.Text),
            _ => new Segment("text", InlineText.Plain([i])),
        })];
    }

    public sealed record Segment(string Kind, string Text);

    private sealed record Message(string Event, object? Staff, object? Press);

    private static Message Turn(BriefingState state, LiveTurn turn) =>
        new("turn", TurnView(state, turn, Audience.Staff), TurnView(state, turn, Audience.Press));

    // The operator's "NAME, your line is open." turn travels with the queue change that made it.
    private static Message Line(BriefingState state)
    {
        var queue = Queue(state);
        var turn = state.Turns[^1];
        return new("line", new { queue = queue.Staff, turn = TurnView(state, turn, Audience.Staff) }, new { queue = queue.Press, turn = TurnView(state, turn, Audience.Press) });
    }

    private static object TurnView(BriefingState state, LiveTurn turn, Audience audience)
    {
        var t = BriefingTranscript.ToTurn(turn, state.Plan!, audience);
        return new { id = TurnKey(state, turn), label = t.Speaker, role = t.Role.ToString().ToLowerInvariant(), at = turn.StartedAt, paragraphs = t.Paragraphs.Select(Segments) };
    }

    // Only the paragraph that changed is rendered: the lock is held meanwhile, and turns can be long.
    private static Message Paragraph(BriefingState state, int turnId, int paragraphId)
    {
        var paragraph = BriefingTranscript.ToParagraph(state.Turn(turnId)!.Paragraphs[paragraphId - 1]);
        var body = new { turn = turnId.ToString(System.Globalization.CultureInfo.InvariantCulture), paragraph = paragraphId, segments = Segments(paragraph) };
        return Both("paragraph", body);
    }

    private static Message Queue(BriefingState state)
    {
        var view = QueueView.Of(state);
        var open = state.OpenLine is { } line && state.Reporters.TryGetValue(line.ReporterId, out var who)
            ? new { entryId = line.EntryId, reporterId = line.ReporterId, name = who.Name, outlet = who.Outlet }
            : null;
        var staff = new { entries = view.Entries, open };
        var press = new { entries = view.Entries.Select(e => e.EntryId), open = open?.entryId };
        return new("queue", staff, press);
    }

    private static Message Phase(BriefingState state) =>
        Both("phase", new { phase = state.Phase.ToString().ToLowerInvariant(), openedAt = state.OpenedAt, concludedAt = state.ConcludedAt, lifted = state.IsEmbargoLifted });

    private static Message Both(string name, object body) => new(name, body, body);

    private static Message StaffOnly(string name, object body) => new(name, body, null);

    private static byte[]? Encode(long seq, string name, object? data) => data is null ? null : Encoding.UTF8.GetBytes(
        $"id: {seq.ToString(System.Globalization.CultureInfo.InvariantCulture)}\nevent: {name}\ndata: {JsonSerializer.Serialize(data, EventJson.Options)}\n\n");
}
