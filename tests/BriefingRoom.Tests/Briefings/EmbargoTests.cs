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
    public void An_embargo_until_an_instant_does_not_lift_on_a_call_that_never_opened()
    {
        var log = Scheduled(Plan(embargo: Embargo.UntilInstant(TwoPm)));
        Assert.Null(BriefingCommands.EmbargoDueAt(log.State));
        Rejected("embargo-not-due", BriefingCommands.LiftEmbargo(log.State, TwoPm.AddDays(1)));
        Rejected("embargo-in-force", BriefingCommands.Publish(log.State));
    }

    [Fact]
    public void A_call_live_at_its_instant_has_the_embargo_lifted_but_publishes_only_once_it_concludes()
    {
        var log = Scheduled(Plan(embargo: Embargo.UntilInstant(TwoPm)));
        log.Do(BriefingCommands.OpenCall);
        Assert.Equal(TwoPm, BriefingCommands.EmbargoDueAt(log.State));
        Rejected("embargo-not-due", BriefingCommands.LiftEmbargo(log.State, TwoPm.AddTicks(-1)));
        log.Do(s => BriefingCommands.LiftEmbargo(s, TwoPm));
        Assert.True(log.State.IsEmbargoLifted);
        Rejected("call-not-concluded", BriefingCommands.Publish(log.State));
        Rejected("call-not-concluded", BriefingCommands.BlockPublication(log.State, 1));
        log.Say("s1", "Said after the instant, still part of the record.");
        log.Do(BriefingCommands.Conclude);
        var published = Assert.IsType<Published>(Assert.Single(BriefingCommands.Publish(log.State).Events));
        Assert.Equal(1, published.Version);
    }

    [Fact]
    public void A_call_concluded_before_its_instant_is_held_until_the_instant()
    {
        var log = Live(Plan(embargo: Embargo.UntilInstant(TwoPm)));
        log.Do(BriefingCommands.Conclude);
        Rejected("embargo-not-due", BriefingCommands.LiftEmbargo(log.State, TwoPm.AddSeconds(-1)));
        Rejected("embargo-in-force", BriefingCommands.Publish(log.State));
        log.Do(s => BriefingCommands.LiftEmbargo(s, TwoPm));
        Assert.True(BriefingCommands.Publish(log.State).Accepted);
    }

    [Fact]
    public void A_call_opened_after_its_instant_is_lifted_as_soon_as_it_opens()
    {
        var log = Scheduled(Plan(embargo: Embargo.UntilInstant(CallLog.Start.AddMinutes(-5))));
        log.Do(BriefingCommands.OpenCall);
        Assert.True(BriefingCommands.LiftEmbargo(log.State, log.Now).Accepted);
    }

    [Fact]
    public void An_instant_within_a_minute_is_spelled_with_its_seconds()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        Assert.Equal("2:30:44 P.M. EST, November 24, 2026", BriefingTimes.Spelled(new DateTimeOffset(2026, 11, 24, 19, 30, 44, TimeSpan.Zero), zone));
        Assert.Equal("2:30 P.M. EST, November 24, 2026", BriefingTimes.Spelled(new DateTimeOffset(2026, 11, 24, 19, 30, 0, TimeSpan.Zero), zone));
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
