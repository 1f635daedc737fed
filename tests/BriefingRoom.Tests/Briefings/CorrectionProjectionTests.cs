using BriefingRoom.Briefings;
using BriefingRoom.Formats;
using BriefingRoom.Transcripts;
using static BriefingRoom.Tests.Briefings.CallLog;

namespace BriefingRoom.Tests.Briefings;

/// <summary>A stenographer's correction reads in the transcript as the seeds print one: struck words, then the bracketed words, set apart by spaces.</summary>
public class CorrectionProjectionTests
{
    [Theory]
    [InlineData("The contents are embargoed upon conclusion.", 27, 4, "until", "The contents are embargoed <s>upon</s> \\[until\\] conclusion.")]
    [InlineData("I will not get into travel.", 0, 0, "Okay.", "\\[Okay.\\] I will not get into travel.")]
    [InlineData("We expect talks on Monday.", 19, 0, "next", "We expect talks on \\[next\\] Monday.")]
    [InlineData("We expect talks on Monday.", 25, 0, "at the latest", "We expect talks on Monday \\[at the latest\\].")]
    public void A_correction_is_written_as_struck_and_inserted_words_with_spaces_around_them(string typed, int start, int length, string replacement, string markdown)
    {
        var log = Live();
        log.Say("s1", typed);
        var turn = log.State.Turns[^1].Id!.Value;

        log.Do(s => BriefingCommands.Correct(s, turn, 1, start, length, replacement));

        var paragraph = BriefingTranscript.ToTranscript(log.State, Audience.Staff).Turns[^1].Paragraphs[0];
        using var output = new StringWriter();
        TranscriptFormats.Write(new Transcript(Metadata.None, null, null, null, GroundRules.NotStated, [new Turn("X", SpeakerRole.Named, [paragraph])]), TranscriptFormat.Markdown, output);
        var written = output.ToString();
        Assert.Contains(markdown, written.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
