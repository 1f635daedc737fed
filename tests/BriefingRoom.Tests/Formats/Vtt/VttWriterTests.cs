using BriefingRoom.Formats;
using BriefingRoom.Formats.Vtt;
using BriefingRoom.Tests.Specs;

namespace BriefingRoom.Tests.Formats.Vtt;

public sealed class VttWriterTests
{
    public static TheoryData<SpecCase> Cases() => WriterSpecs.Cases("vtt");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Writes_the_golden_output(SpecCase spec) =>
        Assert.Equal(spec.Expected, VttWriter.Write(OutlineInput.Parse(spec.Input)));

    [Fact]
    public void A_printed_transcript_has_no_times_and_the_refusal_says_where_times_come_from()
    {
        var printed = TranscriptFormats.Read("MODERATOR:  Good afternoon.\n\nSENIOR ADMINISTRATION OFFICIAL:  Thanks.\n", TranscriptFormat.Text);

        var e = Assert.Throws<ArgumentException>(() => VttWriter.Write(printed));

        Assert.StartsWith("WebVTT needs a time on every turn, and this transcript has none", e.Message, StringComparison.Ordinal);
        Assert.Contains("recorded", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_turn_without_a_time_among_timed_turns_is_named()
    {
        var t = OutlineInput.Parse("rules: Background\nMODERATOR (moderator) @ 00:00:01.000\n  ¶ Hello.\nQ (reporter)\n  ¶ Hi.\n");

        Assert.Equal("turn 2 (Q) has no time, and WebVTT needs one on every turn", VttWriter.Unwritable(t));
    }

    [Fact]
    public void Times_that_go_back_are_refused_with_both_times()
    {
        var t = OutlineInput.Parse("rules: Background\nMODERATOR (moderator) @ 00:00:09.000\n  ¶ Hello.\nQ (reporter) @ 00:00:08.500\n  ¶ Hi.\n");

        Assert.Equal("turn 2 (Q) starts at 00:00:08.500, before the turn ahead of it (00:00:09.000)", VttWriter.Unwritable(t));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_cue_is_well_formed(SpecCase spec)
    {
        var blocks = VttWriter.Write(OutlineInput.Parse(spec.Input)).TrimEnd('\n').Split("\n\n");

        Assert.Equal("WEBVTT", blocks[0]);
        foreach (var cue in blocks.Skip(1))
        {
            var lines = cue.Split('\n');
            Assert.Matches(@"^\d+$", lines[0]);
            var times = lines[1].Split(" --> ");
            Assert.True(TimeSpan.Parse(times[0], System.Globalization.CultureInfo.InvariantCulture) < TimeSpan.Parse(times[1], System.Globalization.CultureInfo.InvariantCulture), lines[1]);
            Assert.All(lines.Skip(2), l => Assert.DoesNotContain("-->", l, StringComparison.Ordinal));
            Assert.All(lines.Skip(2), l => Assert.NotEqual("", l.Trim()));
        }
    }
}
