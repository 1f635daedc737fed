using BriefingRoom.Corpus;
using BriefingRoom.Formats;
using BriefingRoom.Formats.Markdown;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Corpus;

/// <summary>Generated calls read back through every reader, and their distributions are the documented ones.</summary>
public sealed class CallGeneratorTests
{
    private const long Seed = 20261124;

    [Fact]
    public void Every_call_round_trips_through_Markdown_and_reads_as_text_and_HTML_with_the_same_turns()
    {
        for (var i = 0; i < 200; i++)
        {
            var call = CallGenerator.Generate(Seed, i);
            var markdown = DumpFormat.Render(call.Transcript, TranscriptFormat.Markdown);
            Assert.Equal(call.Transcript, MarkdownReader.Read(markdown));
            Assert.Equal(markdown, MarkdownWriter.Write(MarkdownReader.Read(markdown)));
            foreach (var format in new[] { TranscriptFormat.Text, TranscriptFormat.Html })
            {
                var read = TranscriptFormats.Read(DumpFormat.Render(call.Transcript, format), format);
                Assert.Equal(call.Transcript.Turns.Select(t => (t.Speaker, t.Role)), read.Turns.Select(t => (t.Speaker, t.Role)));
                Assert.Equal(call.Words, CallGenerator.Words(read.Turns));
                // Plain text carries the title but no address: the writer has nowhere to put one.
                Assert.Equal(format == TranscriptFormat.Html ? call.Transcript.Metadata.Url : null, read.Metadata.Url);
            }
        }
    }

    [Fact]
    public void Ground_rules_are_detected_as_each_kind_states_them()
    {
        var byKind = Enumerable.Range(0, 200).Select(i => CallGenerator.Generate(Seed, i))
            .GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.First());
        Assert.Equal(4, byKind.Count);
        GroundRules Rules(CallKind kind) =>
            TranscriptFormats.Read(DumpFormat.Render(byKind[kind].Transcript, TranscriptFormat.Markdown), TranscriptFormat.Markdown).GroundRules;
        Assert.Equal(AttributionLevel.Background, Rules(CallKind.BackgroundCall).Attribution);
        Assert.NotNull(Rules(CallKind.BackgroundCall).Embargo);
        Assert.True(Rules(CallKind.BackgroundCall).DisclosedForInformation);
        Assert.Equal(AttributionLevel.OnRecord, Rules(CallKind.OnRecordCall).Attribution);
    }

    [Fact]
    public void Words_kinds_dates_and_terms_follow_the_documented_distributions()
    {
        var calls = Enumerable.Range(0, 2000).Select(i => CallGenerator.Generate(Seed, i)).ToArray();

        Assert.InRange(calls.Average(c => c.Words), 920, 1080);
        Assert.InRange(calls.Count(c => c.Kind == CallKind.BackgroundCall) / 2000.0, 0.30, 0.40);
        Assert.Equal(1993, calls.Min(c => c.Transcript.Metadata.Date!.Value.Year));
        Assert.Equal(2026, calls.Max(c => c.Transcript.Metadata.Date!.Value.Year));

        double MeanWords(SpeakerRole role) => calls.SelectMany(c => c.Transcript.Turns).Where(t => t.Role == role)
            .SelectMany(t => t.Paragraphs).Average(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(MeanWords(SpeakerRole.Official) > 1.5 * MeanWords(SpeakerRole.Reporter));

        var text = string.Join('\n', calls.Take(500).SelectMany(c => c.Transcript.Turns).SelectMany(t => t.Paragraphs).Select(p => p.Text));
        int Hits(string term) => text.Split(term).Length - 1;
        var topics = Lexicon.Shared.Topics.Words;
        // Zipf: the head term is far more common than one a hundred ranks down, which still occurs.
        Assert.True(Hits(topics[0]) > 10 * Hits(topics[100]));
        Assert.True(Hits(topics[100]) > 0);
        Assert.True(Hits("strategic stability") > 20);
    }
}
