using BriefingRoom.Formats.Markdown;
using BriefingRoom.Transcripts;
using BriefingRoom.Tests.Specs;
using CsCheck;

namespace BriefingRoom.Tests.Formats.Markdown;

/// <summary>Model → Markdown → model is the identity for any transcript in the model's normal form.</summary>
public sealed class MarkdownPropertyTests
{
    private static readonly string[] Words =
    [
        "the", "embargo", "lifts", "Russia", "NATO", "P5+1", "100", "percent", "de-escalation", "“open", "door,”", "Biden’s",
        "—", "it’s", "a*b", "snake_case", "[bracket", "closed]", "back\\slash", "AT&amp;T", "<tag>", "#hash", "1.", "-", "Q",
        "MODERATOR:", "1:01", "P.M.", "über", "naïve", "“quote”", "`tick`", "x<y", "5)", "fine.\u00a0", "\u00a0", "--",
    ];

    private static readonly Gen<string> Word = Gen.OneOf(Words);

    private static readonly Gen<string> PlainWord = Gen.OneOf("alpha", "bravo", "Charlie", "delta", "echo", "foxtrot");

    private static readonly Gen<Inline> Typed = Gen.OneOf<Inline>(
        Gen.OneOf<Inline>(
            new AttributionPlaceholder("senior administration official"),
            new AttributionPlaceholder("Senior administration officials"),
            new Redaction(),
            new Insertion("until"),
            new Deletion("upon"),
            new Note("inaudible"),
            new Note("Laughter."),
            new Note("crosstalk", Square: true)),
        PlainWord.Array[1, 3].Select(w => (Inline)new Emphasis(new ValueList<Inline>([new TextRun(string.Join(' ', w))]))),
        PlainWord.Array[1, 3].Select(w => (Inline)new Emphasis(new ValueList<Inline>([new TextRun(string.Join(' ', w))]), Strong: true)));

    /// <summary>Tokens separated by single spaces; a hard break only between two words.</summary>
    private static readonly Gen<Paragraph> ParagraphGen =
        Gen.Frequency<Inline>((6, Word.Select(w => (Inline)new TextRun(w))), (2, Typed), (1, Gen.Const<Inline>(new LineBreak())))
            .Array[1, 40]
            .Select(tokens =>
            {
                var inlines = new List<Inline> { new TextRun("Start") };
                foreach (var token in tokens)
                {
                    if (token is LineBreak)
                    {
                        inlines.Add(token);
                        inlines.Add(new TextRun("next"));
                    }
                    else
                    {
                        inlines.Add(new TextRun(" "));
                        inlines.Add(token);
                    }
                }
                inlines.Add(new TextRun(" end."));
                return new Paragraph(InlineText.Normalize(inlines));
            });

    private static readonly Gen<string> Label = Gen.OneOf(
        "Q", "MODERATOR", "OPERATOR", "SENIOR ADMINISTRATION OFFICIAL", "SENIOR ADMINISTRATION OFFICIAL ONE", "MR. McCLELLAN", "THE PRESIDENT");

    private static readonly Gen<Turn> TurnGen =
        Gen.Select(Label, ParagraphGen.Array[1, 4], (label, paragraphs) =>
            new Turn(label, SpeakerLabels.RoleOf(label), new ValueList<Paragraph>(paragraphs)));

    private static readonly Gen<string> TitleChar = Gen.OneOf("a", "B", " ", "’", "\u00a0", "\"", "\\", ":", "#", "é", "—", "'", "x", "y", "z");

    private static readonly Gen<Metadata> MetadataGen =
        Gen.Select(
            TitleChar.Array[1, 160].Select(c => string.Concat(c).Trim()),
            Gen.Int[0, 3000],
            Gen.Int[-12, 12],
            Gen.Bool,
            Gen.OneOf("press-briefings", "statements-releases", "speeches-remarks").Array[0, 3],
            (title, days, offset, live, tags) => new Metadata(
                Title: title.Length == 0 ? null : title,
                Date: DateOnly.FromDayNumber(738000 + days),
                Published: new DateTimeOffset(2021, 1, 1, 12, 0, 0, TimeSpan.FromHours(offset)).AddDays(days),
                Modified: new DateTimeOffset(2021, 1, 1, 11, 59, 30, TimeSpan.FromHours(offset)).AddDays(days),
                Url: "https://www.example.gov/briefing-room/" + days + "/",
                Tags: new ValueList<string>(tags.Distinct()),
                Style: live ? FrontMatterStyle.Live : FrontMatterStyle.Archive));

    private static readonly Gen<Transcript> TranscriptGen =
        Gen.Select(MetadataGen, Gen.Bool, Gen.Int[1, 12], TurnGen.Array[1, 8], (metadata, dateline, hour, turns) => new Transcript(
            metadata,
            dateline ? "Via Teleconference" : null,
            new TimeMark($"{hour}:11 P.M.\u00a0EST", new TimeOnly(hour % 12 + 12, 11), "EST"),
            new TimeMark($"{hour}:48 P.M. EST", new TimeOnly(hour % 12 + 12, 48), "EST"),
            GroundRules.NotStated,
            new ValueList<Turn>(turns)));

    [Fact]
    public void Any_normal_form_transcript_reads_back_from_its_Markdown_unchanged()
    {
        TranscriptGen.Sample(t =>
        {
            var written = MarkdownWriter.Write(t);
            var back = MarkdownReader.Read(written);
            Assert.True(t == back, $"round trip changed the model at {ModelDiff.First(t, back)}\nMarkdown was:\n{written}");
        }, iter: 1000);
    }

    [Fact]
    public void No_break_spaces_before_a_hard_break_stay_on_their_line()
    {
        // The case the property found: a wrap before "\u00a0 \u00a0" and a hard break left a line of blanks, which reads as a paragraph break.
        TranscriptGen.Sample(t =>
        {
            var written = MarkdownWriter.Write(t);
            var back = MarkdownReader.Read(written);
            Assert.True(t == back, $"round trip changed the model at {ModelDiff.First(t, back)}\nMarkdown was:\n{written}");
        }, seed: "cZm7Tzt-6ID2");
    }

    [Theory]
    [InlineData("before a hard break", "  \nand on")]
    [InlineData("at the paragraph's end", "")]
    [InlineData("before more words", " and on and on and on and on and on and on and on and on and on")]
    public void A_long_run_of_no_break_spaces_is_never_wrapped_into_a_line_of_only_blanks(string where, string after)
    {
        // The wrap looks at each run of blanks once; spaces inside the run must still see where the run ends.
        var run = string.Concat(Enumerable.Repeat("\u00a0 ", 60)).TrimEnd();
        var read = MarkdownReader.Read("MODERATOR: " + string.Concat(Enumerable.Repeat("word ", 12)) + "end" + run + after + "\n");

        var written = MarkdownWriter.Write(read);

        Assert.DoesNotContain(written.Split('\n'), line => line.Length > 0 && line.All(c => c is ' ' or '\t' or '\u00a0'));
        Assert.True(read == MarkdownReader.Read(written), $"{where}: round trip changed the model\nMarkdown was:\n{written}");
    }

    [Fact]
    public void Markdown_written_from_a_read_file_is_a_fixed_point()
    {
        TranscriptGen.Sample(t =>
        {
            var once = MarkdownWriter.Write(t);
            Assert.Equal(once, MarkdownWriter.Write(MarkdownReader.Read(once)));
        }, iter: 200);
    }
}
