using System.Text.Json;
using BriefingRoom.Briefings;
using static BriefingRoom.Tests.Briefings.CallLog;

namespace BriefingRoom.Tests.Briefings;

/// <summary>Staff take a reporter out of a call: no hand or line of theirs outlives them, the log replays to the same state, and they can come back.</summary>
public class ReporterRemovalTests
{
    [Fact]
    public void A_removed_reporter_leaves_the_admitted_list_and_their_raised_hand_goes_with_them()
    {
        var log = Live();
        log.Do(s => BriefingCommands.RaiseHand(s, "r1"));
        log.Do(s => BriefingCommands.RaiseHand(s, "r3"));

        var removal = log.Do(s => BriefingCommands.RemoveReporter(s, "r3"));

        Assert.Equal([new QueueEntryRemoved("q2"), new ReporterRemoved("r3")], removal.Events);
        Assert.False(log.State.Reporters.ContainsKey("r3"));
        Assert.Equal(["q1"], QueueView.Of(log.State).Entries.Select(e => e.EntryId));
        Assert.Equal("unknown-reporter", BriefingCommands.RaiseHand(log.State, "r3").Rejection?.Code);
        Assert.Equal("unknown-reporter", BriefingCommands.StartTurn(log.State, BriefingSpeakers.Reporter, "r3").Rejection?.Code);
    }

    [Fact]
    public void Removing_the_reporter_whose_line_is_open_closes_it_in_the_same_append_and_keeps_their_question()
    {
        var log = Live();
        log.Do(s => BriefingCommands.RaiseHand(s, "r2"));
        log.Do(s => BriefingCommands.OpenLine(s, "q1"));
        log.SayAs(BriefingSpeakers.Reporter, "r2", "Will the plan change?");

        var removal = log.Do(s => BriefingCommands.RemoveReporter(s, "r2"));

        Assert.Equal([new LineClosed("q1"), new ReporterRemoved("r2")], removal.Events);
        Assert.Null(log.State.OpenLine);
        // What they asked stays in the record: removal ends their access, not the history of the call.
        Assert.Contains(log.State.Turns, t => t.ReporterId == "r2" && t.Paragraphs.Single().Text == "Will the plan change?");
        var replayed = BriefingState.Replay(JsonSerializer.Deserialize<List<LoggedEvent>>(JsonSerializer.Serialize(log.Events))!);
        Assert.Equal(JsonSerializer.Serialize(log.State), JsonSerializer.Serialize(replayed));
    }

    [Fact]
    public void A_removed_reporter_can_be_admitted_again_and_then_queue_as_before()
    {
        var log = Scheduled();
        log.Do(s => BriefingCommands.RemoveReporter(s, "r4"));
        Assert.Equal("unknown-reporter", BriefingCommands.RemoveReporter(log.State, "r4").Rejection?.Code);
        Assert.Contains("r4", log.State.RemovedReporters);

        log.Do(s => BriefingCommands.AdmitReporter(s, "r4", "Dee Park", "Evening Post"));
        log.Do(BriefingCommands.OpenCall);
        log.Do(s => BriefingCommands.RaiseHand(s, "r4"));

        Assert.Equal("r4", log.State.Queue.Single().ReporterId);
        Assert.DoesNotContain("r4", log.State.RemovedReporters);
    }

    [Fact]
    public void Only_an_admitted_reporter_of_a_briefing_that_was_not_cancelled_can_be_removed()
    {
        Assert.Equal("not-scheduled", BriefingCommands.RemoveReporter(BriefingState.Initial, "r1").Rejection?.Code);
        Assert.Equal("unknown-reporter", BriefingCommands.RemoveReporter(Live().State, "nobody").Rejection?.Code);
        Assert.Equal("too-long", BriefingCommands.RemoveReporter(Live().State, new string('r', FieldLimits.Id + 1)).Rejection?.Code);
        var cancelled = Scheduled();
        cancelled.Do(BriefingCommands.Cancel);
        Assert.Equal("briefing-cancelled", BriefingCommands.RemoveReporter(cancelled.State, "r1").Rejection?.Code);
        // After the call a reporter can still lose access to it (its press view and, until the lift, its embargoed transcript).
        var concluded = Live();
        concluded.Do(BriefingCommands.Conclude);
        Assert.True(BriefingCommands.RemoveReporter(concluded.State, "r1").Accepted);
    }

    [Fact]
    public void A_log_that_removes_a_reporter_still_in_the_queue_is_refused_as_corrupt()
    {
        var log = Live();
        log.Do(s => BriefingCommands.RaiseHand(s, "r1"));
        var corrupt = new LoggedEvent(log.State.LastSeq + 1, log.Now, "staff", new ReporterRemoved("r1"));
        Assert.Throws<InvalidOperationException>(() => log.State.Apply(corrupt));
        var unknown = new LoggedEvent(log.State.LastSeq + 1, log.Now, "staff", new ReporterRemoved("nobody"));
        Assert.Throws<InvalidOperationException>(() => log.State.Apply(unknown));
    }
}
