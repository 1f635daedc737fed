using BriefingRoom.Briefings;
using static BriefingRoom.Tests.Briefings.CallLog;

namespace BriefingRoom.Tests.Briefings;

/// <summary>Questions are taken first come first served, outlets that have not asked first, and a moderator's move holds.</summary>
public class QueueFairnessTests
{
    private static CallLog Raised(bool fairness, params string[] reporters)
    {
        return Raise(Live(Plan(fairness: fairness)), reporters);
    }

    /// <summary>r1 of Wire Service has asked; then r2, also of Wire Service, and r3 of Daily Ledger raise hands.</summary>
    private static CallLog WireServiceAsked(bool fairness)
    {
        var log = Raised(fairness, "r1");
        log.Do(s => BriefingCommands.OpenLine(s, "q1"));
        return Raise(log, "r2", "r3");
    }

    private static CallLog Raise(CallLog log, params string[] reporters)
    {
        foreach (var r in reporters)
        {
            log.Do(s => BriefingCommands.RaiseHand(s, r));
        }
        return log;
    }

    private static string[] Order(CallLog log) => [.. QueueView.Of(log.State).Entries.Select(e => e.ReporterId)];

    [Fact]
    public void Hands_are_taken_in_the_order_they_were_raised()
    {
        Assert.Equal(["r3", "r1", "r4"], Order(Raised(true, "r3", "r1", "r4")));
    }

    [Fact]
    public void An_outlet_that_has_asked_goes_behind_outlets_that_have_not()
    {
        var log = WireServiceAsked(fairness: true);

        // r2 is from "wire service", which asked through r1 (outlets compare ignoring case).
        Assert.Equal(["r3", "r2"], Order(log));
        var view = QueueView.Of(log.State);
        Assert.Equal([false, true], view.Entries.Select(e => e.OutletAlreadyAsked));
        Assert.Equal(("Bea Ortiz", "wire service"), (view.Entries[1].Name, view.Entries[1].Outlet));
    }

    [Fact]
    public void Without_fairness_the_queue_is_strictly_first_come()
    {
        var log = WireServiceAsked(fairness: false);
        Assert.Equal(["r2", "r3"], Order(log));
    }

    [Fact]
    public void A_moved_entry_keeps_its_place_as_others_join()
    {
        var log = Raised(true, "r1", "r3", "r4");
        log.Do(s => BriefingCommands.MoveEntry(s, "q3", 0));
        Assert.Equal(["r4", "r1", "r3"], Order(log));
        log.Do(s => BriefingCommands.RaiseHand(s, "r2"));
        Assert.Equal(["r4", "r1", "r3", "r2"], Order(log));
        log.Do(s => BriefingCommands.MoveEntry(s, "q4", 0));
        Assert.Equal(["r2", "r4", "r1", "r3"], Order(log));
    }

    [Fact]
    public void A_reporter_learns_their_place_in_line()
    {
        var view = QueueView.Of(Raised(true, "r3", "r1").State);
        Assert.Equal(1, view.PositionOf("r3"));
        Assert.Equal(2, view.PositionOf("r1"));
        Assert.Null(view.PositionOf("r4"));
    }
}
