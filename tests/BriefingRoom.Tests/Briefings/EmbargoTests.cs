using BriefingRoom.Briefings;
using static BriefingRoom.Tests.Briefings.CallLog;

namespace BriefingRoom.Tests.Briefings;

/// <summary>When each kind of embargo falls due, and that it cannot be lifted a moment before.</summary>
public class EmbargoTests
{
    private static readonly DateTimeOffset TwoPm = new(2022, 1, 8, 19, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(EmbargoKind.UntilConclusion)]
    [InlineData(EmbargoKind.None)]
    public void An_embargo_tied_to_the_call_is_due_when_it_concludes(EmbargoKind kind)
    {
        var log = Live(Plan(embargo: new Embargo(kind)));
        Assert.Null(BriefingCommands.EmbargoDueAt(log.State));
        Rejected("embargo-not-due", BriefingCommands.LiftEmbargo(log.State, log.Now.AddDays(1)));
        var concludedAt = log.Now;
        log.Do(BriefingCommands.Conclude);

        Assert.Equal(concludedAt, BriefingCommands.EmbargoDueAt(log.State));
        Rejected("embargo-not-due", BriefingCommands.LiftEmbargo(log.State, concludedAt.AddTicks(-1)));
        log.Do(s => BriefingCommands.LiftEmbargo(s, concludedAt));
        Assert.Equal(log.Now.AddSeconds(-30), log.State.EmbargoLiftedAt);
        Rejected("embargo-already-lifted", BriefingCommands.LiftEmbargo(log.State, concludedAt));
    }

    [Fact]
    public void An_embargo_until_an_instant_is_due_then_whatever_the_call_does()
    {
        var log = Scheduled(Plan(embargo: Embargo.UntilInstant(TwoPm)));
        Assert.Equal(TwoPm, BriefingCommands.EmbargoDueAt(log.State));
        log.Do(BriefingCommands.OpenCall);
        log.Do(BriefingCommands.Conclude);
        Rejected("embargo-not-due", BriefingCommands.LiftEmbargo(log.State, TwoPm.AddSeconds(-1)));
        Assert.True(BriefingCommands.LiftEmbargo(log.State, TwoPm).Accepted);
    }

    [Fact]
    public void An_unscheduled_briefing_has_no_due_time()
    {
        Assert.Null(BriefingCommands.EmbargoDueAt(BriefingState.Initial));
    }

    [Theory]
    // The Sunday 6 November 2022 change: 1:59 EDT is followed by 1:00 EST.
    [InlineData("2022-11-05T17:11:00Z", "1:11 P.M. EDT")]
    [InlineData("2022-11-06T05:30:00Z", "1:30 A.M. EDT")]
    [InlineData("2022-11-06T06:30:00Z", "1:30 A.M. EST")]
    [InlineData("2022-11-07T18:11:00Z", "1:11 P.M. EST")]
    [InlineData("2022-11-07T05:05:00Z", "12:05 A.M. EST")]
    [InlineData("2022-11-07T17:00:00Z", "12:00 P.M. EST")]
    public void Times_are_printed_on_the_briefings_clock_with_the_abbreviation_in_force(string instant, string expected)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var mark = BriefingTimes.Mark(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), zone);
        Assert.Equal(expected, mark.Text);
        Assert.Equal(expected[^3..], mark.Zone);
        Assert.NotNull(mark.Time);
    }
}
