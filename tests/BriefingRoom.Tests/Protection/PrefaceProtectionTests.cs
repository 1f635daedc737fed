using BriefingRoom.Formats;
using BriefingRoom.Protection;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Protection;

/// <summary>The preface is public text: a protected name in it is redacted, and caught by the leak check when it is not.</summary>
public sealed class PrefaceProtectionTests
{
    private static readonly Transcript NameInPreface = new(
        new Metadata(Title: "Background Press Call"),
        null, null, null, GroundRules.NotStated,
        [new Turn("MODERATOR", SpeakerRole.Moderator, [new Paragraph(new TextRun("Thanks, everyone."))])],
        Preface: [new Paragraph(new TextRun("Jake Sullivan joined the call late."))]);

    public static TheoryData<TranscriptFormat, TextKind> Formats => new()
    {
        { TranscriptFormat.Json, TextKind.Json },
        { TranscriptFormat.Markdown, TextKind.Markdown },
        { TranscriptFormat.Html, TextKind.Markup },
        { TranscriptFormat.Text, TextKind.Plain },
        { TranscriptFormat.AkomaNtoso, TextKind.Markup },
    };

    private static string Written(Transcript t, TranscriptFormat format)
    {
        using var output = new StringWriter();
        TranscriptFormats.Write(t, format, output);
        return output.ToString();
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_leak_check_finds_a_protected_name_in_the_preface(TranscriptFormat format, TextKind kind)
    {
        var findings = LeakChecker.Check(Written(NameInPreface, format), kind, TestIdentities.Matcher);
        Assert.Contains(findings, f => f.Identifier == "Jake Sullivan");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_redactor_replaces_it_and_the_written_preface_holds_no_name(TranscriptFormat format, TextKind kind)
    {
        var redacted = Redactor.Redact(NameInPreface, TestIdentities.Identities, TestIdentities.Matcher.Find);

        Assert.Equal("[Senior administration official] joined the call late.", Assert.Single(redacted.Preface).Text);
        var written = Written(redacted, format);
        Assert.Contains("joined the call late", written, StringComparison.Ordinal);
        Assert.DoesNotContain(LeakChecker.Check(written, kind, TestIdentities.Matcher), f => f.Blocks);
    }
}
