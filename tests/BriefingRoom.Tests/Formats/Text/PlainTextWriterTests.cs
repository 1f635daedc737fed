using System.Globalization;
using BriefingRoom.Formats.Text;
using BriefingRoom.Tests.Specs;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Formats.Text;

public sealed class PlainTextWriterTests
{
    public static TheoryData<SpecCase> Cases() => WriterSpecs.Cases("text");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Writes_the_golden_output(SpecCase spec) =>
        Assert.Equal(spec.Expected, PlainTextWriter.Write(OutlineInput.Parse(spec.Input)));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Wraps_at_72_columns_and_keeps_every_word_in_order(int seed)
    {
        var t = RandomTranscript(new Random(seed));
        var text = PlainTextWriter.Write(t);

        foreach (var line in text.Split('\n'))
        {
            Assert.True(line.Length <= PlainTextWriter.Width || !line.Contains(' ', StringComparison.Ordinal), $"too wide: '{line}'");
        }
        var expected = new List<string>();
        foreach (var turn in t.Turns)
        {
            expected.AddRange(Words(turn.Speaker + (turn.Speaker == "Q" ? "" : ":")));
            expected.AddRange(turn.Paragraphs.SelectMany(p => Words(p.Text)));
        }
        Assert.Equal(expected, Words(text));
    }

    [Fact]
    public void Starts_each_turn_with_its_label_and_separates_paragraphs_with_one_blank_line()
    {
        var text = PlainTextWriter.Write(WriterSpecs.Input("text", "briefing"));
        var blocks = text.Split("\n\n");
        Assert.Equal(["Background Press Call on Harbor Inspections", "Via Teleconference", "2:05 P.M. EST"], blocks[..3]);
        Assert.StartsWith("MODERATOR:  Good afternoon.", blocks[3], StringComparison.Ordinal);
        Assert.StartsWith("For your awareness", blocks[4], StringComparison.Ordinal);
        Assert.StartsWith("Q   Thank you,", blocks[6], StringComparison.Ordinal);
        Assert.Equal("2:31 P.M. EST\n", blocks[^1]);
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
    }

    private static string[] Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

    private static Transcript RandomTranscript(Random random)
    {
        string Word() => new('x', random.Next(1, random.Next(10) == 0 ? 90 : 14));
        Paragraph Paragraph() => new([.. Enumerable.Range(0, random.Next(1, 120)).Select(i => (Inline)new TextRun(Word() + i.ToString(CultureInfo.InvariantCulture) + (random.Next(4) == 0 ? "\u00a0 " : " ")))]);
        var labels = new[] { ("Q", SpeakerRole.Reporter), ("SENIOR ADMINISTRATION OFFICIAL NUMBER TWO", SpeakerRole.Official), ("MODERATOR", SpeakerRole.Moderator) };
        var turns = Enumerable.Range(0, 12).Select(_ =>
        {
            var (label, role) = labels[random.Next(labels.Length)];
            return new Turn(label, role, [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => Paragraph())]);
        });
        return new Transcript(Metadata.None, null, null, null, GroundRules.NotStated, [.. turns]);
    }
}
