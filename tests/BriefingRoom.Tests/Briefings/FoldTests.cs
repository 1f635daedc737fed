using System.Text.Json;
using BriefingRoom.Briefings;
using static BriefingRoom.Tests.Briefings.CallLog;

namespace BriefingRoom.Tests.Briefings;

/// <summary>A server that applies events as they are appended and one that replays the log after a restart hold the same briefing.</summary>
public class FoldTests
{
    [Fact]
    public void Replaying_the_log_gives_the_state_built_event_by_event()
    {
        var log = Live();
        log.Say("s1", "Thanks, everyone.", "A few words first.");
        log.Do(s => BriefingCommands.RaiseHand(s, "r1"));
        log.Do(s => BriefingCommands.RaiseHand(s, "r3"));
        log.Do(s => BriefingCommands.MoveEntry(s, "q2", 0));
        log.Do(s => BriefingCommands.OpenLine(s, "q2"));
        var q = log.SayAs(BriefingSpeakers.Reporter, "r3", "Upon what basis?");
        log.Do(s => BriefingCommands.Correct(s, q, 1, 0, 4, "On"));
        log.Do(BriefingCommands.Conclude);
        log.Do(s => BriefingCommands.LiftEmbargo(s, log.Now));

        var replayed = BriefingState.Replay(JsonSerializer.Deserialize<List<LoggedEvent>>(JsonSerializer.Serialize(log.Events))!);

        Assert.Equal(JsonSerializer.Serialize(log.State), JsonSerializer.Serialize(replayed));
        Assert.Equal(BriefingTranscript.ToTranscript(log.State, Audience.Staff), BriefingTranscript.ToTranscript(replayed, Audience.Staff));
        Assert.Equal(log.Events[^1].Seq, replayed.LastSeq);
    }

    [Fact]
    public void An_event_out_of_order_is_refused_as_a_corrupt_log()
    {
        var log = Scheduled();
        var stale = new LoggedEvent(log.State.LastSeq, Start, "staff", new CallOpened());
        Assert.Throws<InvalidOperationException>(() => log.State.Apply(stale));
    }
}
