using BriefingRoom.Briefings;
using BriefingRoom.Formats;
using BriefingRoom.Protection;
using BriefingRoom.Transcripts;
using static BriefingRoom.Tests.Briefings.CallLog;

namespace BriefingRoom.Tests.Briefings;

/// <summary>
/// The staff transcript of a realistic call, redacted with the plan's identities, is attribution-safe in every
/// format; the same transcript unredacted is not, so the check is doing the work.
/// </summary>
public class PublishSafetyTests
{
    private static CallLog RealisticCall()
    {
        // Five setup commands 30 s apart: the call opens at 1:12 P.M. EST.
        var log = Live();
        var rules = log.State.Turns[0].Id!.Value;
        log.Do(s => BriefingCommands.Correct(s, rules, 1, 0, 6, "Thank you"));
        log.Say("s1", "Thanks. I will say a few things and then take questions.", "The talks start tomorrow.");
        log.Do(s => BriefingCommands.RaiseHand(s, "r1"));
        log.Say(BriefingSpeakers.Moderator, "Thanks, Quillon. Operator, the first question, please.");
        log.Do(s => BriefingCommands.OpenLine(s, "q1"));
        log.SayAs(BriefingSpeakers.Reporter, "r1", "Thanks. Quill, will the Undersecretary for Zephyr Affairs travel? And does Varsedy's team expect a deal?");
        log.Say("s1", "I won't get ahead of the talks.");
        log.Say(BriefingSpeakers.Moderator, "That concludes our call. A reminder: on background, attributed to a senior administration official.");
        log.Do(BriefingCommands.Conclude);
        return log;
    }

    [Fact]
    public void The_staff_transcript_names_the_official_and_the_press_one_does_not_label_them()
    {
        var log = RealisticCall();
        var staff = BriefingTranscript.ToTranscript(log.State, Audience.Staff);
        var press = BriefingTranscript.ToTranscript(log.State, Audience.Press);

        Assert.Equal(["MODERATOR", "QUILLON VARSEDY", "MODERATOR", "OPERATOR", "Q", "QUILLON VARSEDY", "MODERATOR"], staff.Turns.Select(t => t.Speaker));
        Assert.Equal("SENIOR ADMINISTRATION OFFICIAL", press.Turns[1].Speaker);
        Assert.Equal(SpeakerRole.Official, press.Turns[1].Role);
        Assert.Equal("Alex, your line is open.", staff.Turns[3].Paragraphs.Single().Text);
        Assert.Equal(new Deletion("Thanks"), staff.Turns[0].Paragraphs[0].Inlines[0]);
        Assert.Equal(new Insertion("Thank you"), staff.Turns[0].Paragraphs[0].Inlines[2]);
        Assert.Equal(("1:12 P.M. EST", "Via Teleconference"), (staff.Start!.Text, staff.Dateline));
        Assert.NotNull(staff.End);
    }

    [Fact]
    public void Redacting_the_staff_transcript_with_the_plans_identities_passes_the_leak_check_in_every_format()
    {
        var log = RealisticCall();
        var ids = log.State.Plan!.ToProtectedIdentities();
        var matcher = IdentityMatcher.Build(ids);
        var staff = BriefingTranscript.ToTranscript(log.State, Audience.Staff);

        var published = Redactor.Redact(staff, ids, matcher.Find);

        Assert.Equal("SENIOR ADMINISTRATION OFFICIAL", published.Turns[1].Speaker);
        Assert.Contains(published.Turns[2].Paragraphs[0].Inlines, i => i is AttributionPlaceholder);
        Assert.NotEmpty(LeakChecker.Check(Written(staff, TranscriptFormat.Markdown), TextKind.Markdown, matcher));
        foreach (var (format, kind) in new[]
        {
            (TranscriptFormat.Markdown, TextKind.Markdown), (TranscriptFormat.Html, TextKind.Markup),
            (TranscriptFormat.Json, TextKind.Json), (TranscriptFormat.Text, TextKind.Plain),
        })
        {
            Assert.DoesNotContain(LeakChecker.Check(Written(published, format), kind, matcher), f => f.Blocks);
        }
    }

    private static string Written(Transcript transcript, TranscriptFormat format)
    {
        using var writer = new StringWriter();
        TranscriptFormats.Write(transcript, format, writer);
        return writer.ToString();
    }
}
