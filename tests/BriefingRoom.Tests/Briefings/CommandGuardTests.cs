using BriefingRoom.Briefings;
using BriefingRoom.Transcripts;
using static BriefingRoom.Tests.Briefings.CallLog;

namespace BriefingRoom.Tests.Briefings;

/// <summary>Each command is accepted in the state it belongs to and refused, with its code, where it does not.</summary>
public class CommandGuardTests
{
    [Fact]
    public void Schedule_takes_a_valid_plan_once()
    {
        Rejected("invalid-plan", BriefingCommands.Schedule(BriefingState.Initial, Plan() with { Title = " " }));
        var log = Scheduled();
        Assert.Equal(BriefingPhase.Scheduled, log.State.Phase);
        Rejected("already-scheduled", BriefingCommands.Schedule(log.State, Plan()));
    }

    [Fact]
    public void A_plan_is_revised_before_the_call_opens_and_after_it_only_in_what_shapes_the_public_record()
    {
        Rejected("not-scheduled", BriefingCommands.RevisePlan(BriefingState.Initial, Plan()));
        var log = Scheduled();
        log.Do(s => BriefingCommands.RevisePlan(s, Plan() with { Title = "Revised" }));
        Assert.Equal("Revised", log.State.Plan!.Title);
        Rejected("invalid-plan", BriefingCommands.RevisePlan(log.State, Plan() with { Speakers = [] }));
        log.Do(BriefingCommands.OpenCall);
        Rejected("call-already-opened", BriefingCommands.RevisePlan(log.State, log.State.Plan! with { Speakers = [] }));
        Rejected("call-already-opened", BriefingCommands.RevisePlan(log.State, log.State.Plan! with { Location = "Room 450" }));
        log.Do(BriefingCommands.Conclude);
        log.Do(s => BriefingCommands.RevisePlan(s, s.Plan! with { Title = "Background Press Call on the Talks" }));
        Assert.Equal("Background Press Call on the Talks", log.State.Plan!.Title);
        log.Do(s => BriefingCommands.RevisePlan(s, s.Plan! with { Speakers = [Official with { Aliases = ["Quill", "Q.V."] }] }));
        Assert.Equal(["Quill", "Q.V."], log.State.Plan!.Speakers[0].Aliases);
        Rejected("call-already-opened", BriefingCommands.RevisePlan(log.State, log.State.Plan! with { Speakers = [Official with { Name = "Someone Else" }] }));
    }

    [Fact]
    public void Reporters_are_admitted_once_each_with_name_and_outlet()
    {
        var log = Scheduled();
        Rejected("already-admitted", BriefingCommands.AdmitReporter(log.State, "r1", "Alex Marlowe", "Wire Service"));
        Rejected("invalid-reporter", BriefingCommands.AdmitReporter(log.State, "r9", "", "Wire Service"));
        Rejected("not-scheduled", BriefingCommands.AdmitReporter(BriefingState.Initial, "r1", "A B", "C"));
    }

    [Fact]
    public void Opening_the_call_drafts_the_ground_rules_as_the_moderators_first_turn()
    {
        Rejected("not-scheduled", BriefingCommands.OpenCall(BriefingState.Initial));
        var log = Live();
        Assert.Equal(BriefingPhase.Live, log.State.Phase);
        var turn = Assert.Single(log.State.Turns);
        Assert.Equal((1, BriefingSpeakers.Moderator), (turn.Id, turn.Speaker));
        Assert.Equal(log.State.Plan!.GroundRulesAnnouncement().Split('\n'), turn.Paragraphs.Select(p => p.Text));
        Rejected("call-already-opened", BriefingCommands.OpenCall(log.State));
    }

    [Fact]
    public void A_turn_goes_to_a_role_a_plan_speaker_or_an_admitted_reporter()
    {
        Rejected("call-not-open", BriefingCommands.StartTurn(Scheduled().State, BriefingSpeakers.Moderator));
        var log = Live();
        Assert.Equal(2, log.Say("s1", "Thanks."));
        Assert.Equal(3, log.SayAs(BriefingSpeakers.Reporter, "r1", "A question."));
        Rejected("unknown-speaker", BriefingCommands.StartTurn(log.State, "s9"));
        Rejected("unknown-reporter", BriefingCommands.StartTurn(log.State, BriefingSpeakers.Reporter, "r9"));
        Rejected("unknown-reporter", BriefingCommands.StartTurn(log.State, BriefingSpeakers.Reporter));
        Rejected("unexpected-reporter", BriefingCommands.StartTurn(log.State, "s1", "r1"));
    }

    [Fact]
    public void Paragraphs_are_one_line_of_text_added_to_an_existing_turn()
    {
        var log = Live();
        var result = BriefingCommands.AddParagraph(log.State, 1, "  More rules.  ");
        Assert.Equal(new TurnText(1, 3, "More rules."), Assert.Single(result.Events));
        Rejected("unknown-turn", BriefingCommands.AddParagraph(log.State, 7, "Hello."));
        Rejected("empty-text", BriefingCommands.AddParagraph(log.State, 1, " \t"));
        Rejected("line-break", BriefingCommands.AddParagraph(log.State, 1, "One.\nTwo."));
        log.Do(BriefingCommands.Conclude);
        Assert.True(BriefingCommands.AddParagraph(log.State, 1, "Typed up after the call.").Accepted);
    }

    [Fact]
    public void A_correction_stays_inside_its_paragraph_and_off_earlier_corrections()
    {
        var log = Live();
        var turn = log.Say(BriefingSpeakers.Moderator, "Embargoed upon conclusion.");
        log.Do(s => BriefingCommands.Correct(s, turn, 1, 10, 4, "until"));
        Rejected("correction-overlaps", BriefingCommands.Correct(log.State, turn, 1, 12, 4, "x"));
        Rejected("correction-out-of-range", BriefingCommands.Correct(log.State, turn, 1, 20, 10, "x"));
        Rejected("correction-out-of-range", BriefingCommands.Correct(log.State, turn, 1, -1, 1, "x"));
        Rejected("unknown-paragraph", BriefingCommands.Correct(log.State, turn, 2, 0, 1, "x"));
        Rejected("empty-correction", BriefingCommands.Correct(log.State, turn, 1, 0, 0, " "));
        Rejected("invalid-replacement", BriefingCommands.Correct(log.State, turn, 1, 0, 9, "[x]"));
        Assert.True(BriefingCommands.Correct(log.State, turn, 1, 0, 9, "Held").Accepted);
    }

    [Fact]
    public void A_hand_is_raised_by_an_admitted_reporter_while_live_and_only_once()
    {
        Rejected("call-not-open", BriefingCommands.RaiseHand(Scheduled().State, "r1"));
        var log = Live();
        Assert.Equal(new QuestionRequested("q1", "r1"), Assert.Single(log.Do(s => BriefingCommands.RaiseHand(s, "r1")).Events));
        Rejected("already-queued", BriefingCommands.RaiseHand(log.State, "r1"));
        Rejected("unknown-reporter", BriefingCommands.RaiseHand(log.State, "r9"));
        log.Do(s => BriefingCommands.OpenLine(s, "q1"));
        Rejected("line-open", BriefingCommands.RaiseHand(log.State, "r1"));
        log.Do(BriefingCommands.Conclude);
        Rejected("call-concluded", BriefingCommands.RaiseHand(log.State, "r2"));
    }

    [Fact]
    public void Withdrawing_removing_and_moving_need_a_queued_entry()
    {
        var log = Live();
        Rejected("not-queued", BriefingCommands.Withdraw(log.State, "r1"));
        log.Do(s => BriefingCommands.RaiseHand(s, "r1"));
        log.Do(s => BriefingCommands.RaiseHand(s, "r3"));
        Rejected("unknown-entry", BriefingCommands.RemoveEntry(log.State, "q9"));
        Rejected("unknown-entry", BriefingCommands.MoveEntry(log.State, "q9", 0));
        Rejected("index-out-of-range", BriefingCommands.MoveEntry(log.State, "q1", 2));
        Rejected("index-out-of-range", BriefingCommands.MoveEntry(log.State, "q1", -1));
        log.Do(s => BriefingCommands.Withdraw(s, "r1"));
        log.Do(s => BriefingCommands.RemoveEntry(s, "q2"));
        Assert.Empty(log.State.Queue);
    }

    [Fact]
    public void Opening_a_line_closes_the_line_open_before_and_the_operator_announces_it()
    {
        var log = Live();
        log.Do(s => BriefingCommands.RaiseHand(s, "r1"));
        log.Do(s => BriefingCommands.RaiseHand(s, "r3"));
        Rejected("no-open-line", BriefingCommands.CloseLine(log.State));
        Assert.Equal([new LineOpened("q1")], log.Do(s => BriefingCommands.OpenLine(s, "q1")).Events);
        Assert.Equal([new LineClosed("q1"), new LineOpened("q2")], log.Do(s => BriefingCommands.OpenLine(s, "q2")).Events);
        Assert.Equal("r3", log.State.OpenLine!.ReporterId);
        Assert.Equal("Cam, your line is open.", log.State.Turns[^1].Paragraphs.Single().Text);
        Rejected("unknown-entry", BriefingCommands.OpenLine(log.State, "q1"));
        Assert.Equal([new LineClosed("q2")], log.Do(BriefingCommands.CloseLine).Events);
    }

    [Fact]
    public void Muting_everyone_but_the_official_closes_the_open_line_and_holds_until_a_line_opens_or_staff_are_let_speak()
    {
        Rejected("call-not-open", BriefingCommands.MuteLines(Scheduled().State));
        var log = Live();
        log.Do(s => BriefingCommands.RaiseHand(s, "r1"));
        log.Do(s => BriefingCommands.RaiseHand(s, "r3"));
        log.Do(s => BriefingCommands.OpenLine(s, "q1"));
        Rejected("not-muted", BriefingCommands.UnmuteStaff(log.State));

        Assert.Equal([new LineClosed("q1"), new LinesMuted()], log.Do(BriefingCommands.MuteLines).Events);
        Assert.Null(log.State.OpenLine);
        Assert.True(log.State.OnlyOfficialsSpeak);
        Rejected("already-muted", BriefingCommands.MuteLines(log.State));
        Assert.Equal([new StaffUnmuted()], log.Do(BriefingCommands.UnmuteStaff).Events);
        Assert.False(log.State.OnlyOfficialsSpeak);

        // Muted again with no line open, then the operator takes the next question: the call moves on and staff speak.
        Assert.Equal([new LinesMuted()], log.Do(BriefingCommands.MuteLines).Events);
        log.Do(s => BriefingCommands.OpenLine(s, "q2"));
        Assert.False(log.State.OnlyOfficialsSpeak);
        log.Do(BriefingCommands.MuteLines);
        Assert.True(BriefingState.Replay(log.Events).OnlyOfficialsSpeak, "a restarted server must rebuild the muting from the log");
        log.Do(BriefingCommands.Conclude);
        Assert.False(log.State.OnlyOfficialsSpeak);
        Rejected("call-concluded", BriefingCommands.MuteLines(log.State));
    }

    [Fact]
    public void Concluding_closes_the_open_line_and_happens_once()
    {
        var log = Live();
        log.Do(s => BriefingCommands.RaiseHand(s, "r1"));
        log.Do(s => BriefingCommands.OpenLine(s, "q1"));
        Assert.Equal([new LineClosed("q1"), new CallConcluded()], log.Do(BriefingCommands.Conclude).Events);
        Assert.Equal(BriefingPhase.Concluded, log.State.Phase);
        Rejected("call-concluded", BriefingCommands.Conclude(log.State));
        Rejected("call-not-open", BriefingCommands.Conclude(Scheduled().State));
    }

    [Fact]
    public void A_conclusion_within_the_guard_after_the_opening_needs_a_confirmation_naming_its_consequence()
    {
        var log = Scheduled();
        log.Do(BriefingCommands.OpenCall);
        var opened = log.State.OpenedAt!.Value;
        var refused = BriefingCommands.Conclude(log.State, opened.AddSeconds(9), confirmed: false);
        Rejected("conclusion-not-confirmed", refused);
        Assert.Equal("The call opened 9 s ago. This ends the call and lifts the embargo now. Confirm to conclude this soon after the opening.", refused.Rejection!.Message);
        Assert.True(BriefingCommands.Conclude(log.State, opened.AddSeconds(9), confirmed: true).Accepted);
        Assert.True(BriefingCommands.Conclude(log.State, opened + BriefingCommands.ConclusionGuard, confirmed: false).Accepted);
        Rejected("call-not-open", BriefingCommands.Conclude(Scheduled().State, opened, confirmed: true));

        var later = Live(Plan(embargo: Embargo.UntilInstant(CallLog.Start.AddHours(3))));
        Assert.Equal("This ends the call; the embargo holds until 4:10 P.M. EST, January 8, 2022.", BriefingCommands.WhatConcludingDoes(later.State, CallLog.Start));
        Assert.Equal("This ends the call and lifts the embargo now.", BriefingCommands.WhatConcludingDoes(later.State, CallLog.Start.AddHours(4)));
    }

    [Fact]
    public void A_published_record_takes_corrections_but_no_new_paragraphs()
    {
        var log = Live();
        log.Do(BriefingCommands.Conclude);
        log.Do(s => BriefingCommands.LiftEmbargo(s, log.Now));
        log.Do(BriefingCommands.Publish);
        Rejected("record-published", BriefingCommands.AddParagraph(log.State, 1, "Typed after publication."));
        Assert.True(BriefingCommands.Correct(log.State, 1, 1, 0, 0, "Okay.").Accepted);
    }

    [Fact]
    public void A_reporter_turn_with_no_line_open_says_so()
    {
        var result = BriefingCommands.StartTurn(Live().State, BriefingSpeakers.Reporter, "");
        Rejected("unknown-reporter", result);
        Assert.StartsWith("No reporter's line is open", result.Rejection!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Approval_is_for_plans_that_ask_for_it_after_the_call()
    {
        Rejected("approval-not-needed", BriefingCommands.Approve(Live().State));
        var log = Live(Plan(publish: PublishMode.AfterApproval));
        Rejected("call-not-concluded", BriefingCommands.Approve(log.State));
        log.Do(BriefingCommands.Conclude);
        log.Do(BriefingCommands.Approve);
        Rejected("already-approved", BriefingCommands.Approve(log.State));
    }

    [Fact]
    public void Publication_waits_for_the_lift_and_for_approval_where_asked()
    {
        var log = Live(Plan(publish: PublishMode.AfterApproval));
        log.Do(BriefingCommands.Conclude);
        Rejected("embargo-in-force", BriefingCommands.Publish(log.State));
        log.Do(s => BriefingCommands.LiftEmbargo(s, log.Now));
        Rejected("awaiting-approval", BriefingCommands.Publish(log.State));
        log.Do(BriefingCommands.Approve);
        Rejected("no-findings", BriefingCommands.BlockPublication(log.State, 0));
        log.Do(s => BriefingCommands.BlockPublication(s, 2));
        Assert.Equal(2, log.State.BlockedFindings);
        log.Do(BriefingCommands.Publish);
        log.Do(BriefingCommands.Publish);
        Assert.Equal((2, (int?)null), (log.State.PublishedVersion, log.State.BlockedFindings));
    }

    [Fact]
    public void Only_a_briefing_that_has_not_opened_can_be_cancelled_and_once()
    {
        Rejected("not-scheduled", BriefingCommands.Cancel(BriefingState.Initial));
        Rejected("call-already-opened", BriefingCommands.Cancel(Live().State));
        var concluded = Live();
        concluded.Do(BriefingCommands.Conclude);
        Rejected("call-already-opened", BriefingCommands.Cancel(concluded.State));

        var log = Scheduled();
        log.Do(BriefingCommands.Cancel);
        Assert.Equal(BriefingPhase.Cancelled, log.State.Phase);
        Assert.NotNull(log.State.CancelledAt);
        Rejected("briefing-cancelled", BriefingCommands.Cancel(log.State));
    }

    [Fact]
    public void A_cancelled_briefing_refuses_every_command_saying_it_was_cancelled()
    {
        var log = Scheduled(Plan(embargo: Embargo.UntilInstant(CallLog.Start)));
        log.Do(BriefingCommands.Cancel);
        var s = log.State;
        Assert.Null(BriefingCommands.EmbargoDueAt(s));
        CommandResult[] refused =
        [
            BriefingCommands.Schedule(s, Plan()),
            BriefingCommands.RevisePlan(s, s.Plan! with { Title = "Another title" }),
            BriefingCommands.AdmitReporter(s, "r9", "Eve Stone", "Morning Call"),
            BriefingCommands.OpenCall(s),
            BriefingCommands.StartTurn(s, BriefingSpeakers.Moderator),
            BriefingCommands.AddParagraph(s, 1, "Words."),
            BriefingCommands.Correct(s, 1, 1, 0, 1, "x"),
            BriefingCommands.RaiseHand(s, "r1"),
            BriefingCommands.Withdraw(s, "r1"),
            BriefingCommands.MoveEntry(s, "q1", 0),
            BriefingCommands.RemoveEntry(s, "q1"),
            BriefingCommands.OpenLine(s, "q1"),
            BriefingCommands.CloseLine(s),
            BriefingCommands.MuteLines(s),
            BriefingCommands.UnmuteStaff(s),
            BriefingCommands.Conclude(s),
            BriefingCommands.LiftEmbargo(s, CallLog.Start.AddDays(1)),
            BriefingCommands.Approve(s),
            BriefingCommands.Publish(s),
            BriefingCommands.BlockPublication(s, 1),
        ];
        Assert.All(refused, r => Rejected("briefing-cancelled", r));
    }
}
