using BriefingRoom.Formats;
using BriefingRoom.Formats.Text;
using BriefingRoom.Tests.Specs;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Formats.Text;

public sealed class PlainTextReaderTests
{
    [Theory]
    [MemberData(nameof(ReaderSpecs.TextCases), MemberType = typeof(ReaderSpecs))]
    public void Windows_line_endings_read_the_same(SpecCase spec) =>
        Assert.Equal(spec.Expected, Outline.Of(PlainTextReader.Read(spec.Input.Replace("\n", "\r\n", StringComparison.Ordinal))));

    [Theory]
    [MemberData(nameof(ReaderSpecs.TextCases), MemberType = typeof(ReaderSpecs))]
    public void Old_Mac_line_endings_read_the_same(SpecCase spec) =>
        Assert.Equal(spec.Expected, Outline.Of(PlainTextReader.Read(spec.Input.Replace('\n', '\r'))));

    [Fact]
    public void A_byte_order_mark_and_form_feeds_are_layout_not_text()
    {
        var t = PlainTextReader.Read("\uFEFFVia Teleconference\n\f\n2:00 P.M. EST\n\nMODERATOR:  Page one\fends here.\n\f\nQ    Next page.\n");
        Assert.Equal(
            "dateline: Via Teleconference\nstart: 2:00 P.M. EST = 14:00 EST\nMODERATOR (moderator)\n  ¶ Page one ends here.\nQ (reporter)\n  ¶ Next page.\n",
            Outline.Of(t));
    }

    [Fact]
    public void Words_keep_their_no_break_spaces_and_the_label_no_layout()
    {
        var turn = PlainTextReader.Read("MODERATOR:\u00a0 Hi.\u00a0 Welcome.\n").Turns.Single();
        Assert.Null(turn.Separator);
        Assert.Equal(new Paragraph(new TextRun("Hi.\u00a0 Welcome.")), turn.Paragraphs.Single());
    }

    [Fact]
    public void Ground_rules_are_left_for_the_detector()
    {
        var t = PlainTextReader.Read("MODERATOR:  This call is on background.\n");
        Assert.Same(GroundRules.NotStated, t.GroundRules);
        Assert.Equal(FrontMatterStyle.Live, t.Metadata.Style);
    }

    [Theory]
    [InlineData("https://bidenwhitehouse.archives.gov/briefing-room/press-briefings/2022/01/08/call/", FrontMatterStyle.Archive)]
    [InlineData("https://www.whitehouse.gov/briefing-room/press-briefings/2024/01/08/call/", FrontMatterStyle.Live)]
    public void A_printed_address_sets_the_style(string url, FrontMatterStyle style) =>
        Assert.Equal(style, PlainTextReader.Read(url + "\n\nMODERATOR:  Hi.\n").Metadata.Style);

    [Fact]
    public void A_control_character_is_reported_where_it_is()
    {
        var e = Assert.Throws<TranscriptParseException>(() => PlainTextReader.Read("MODERATOR:  Hi.\r\nQ    Wh\0at?\n"));
        Assert.Equal((2, 8), (e.Line, e.Column));
    }

    [Fact]
    public void Empty_text_is_an_empty_transcript() =>
        Assert.Empty(PlainTextReader.Read("").Turns);

    [SkippableTheory]
    [MemberData(nameof(Seeds.Names), MemberType = typeof(Seeds))]
    public void A_seed_body_as_plain_text_keeps_every_word(string name)
    {
        var body = SeedText.PlainBody(Seeds.Read(name));
        var t = PlainTextReader.Read(body);
        Assert.Equal(SeedText.Words(body), SeedText.WordsOf(t));
        Assert.Equal("Via Teleconference", t.Dateline);
        Assert.NotNull(t.Start);
        Assert.NotNull(t.End);
        Assert.Contains(t.Turns, turn => turn.Role == SpeakerRole.Reporter);
    }

    [Theory]
    [InlineData("Q\n")]
    [InlineData("[(")]
    [InlineData("MR. A:  x\n")]
    [InlineData("NATO: x ")]
    [InlineData("1:11 P.M. EST\n")]
    [InlineData("The White House\n")]
    public Task Pathological_repetition_reads_or_is_refused_with_a_position(string unit) =>
        ReaderBounds.ReadsOrRefusesWithAPosition(() => PlainTextReader.Read(ReaderBounds.Repeat(unit, 1_000_000)));

    [Fact]
    public Task One_huge_line_reads_or_is_refused_with_a_position() =>
        ReaderBounds.ReadsOrRefusesWithAPosition(() => PlainTextReader.Read("MODERATOR: " + new string('x', 4_000_000) + "\n" + new string('Q', 1_000_000)));

    [Fact]
    public void Too_large_input_is_a_positioned_error() =>
        Assert.Throws<TranscriptParseException>(() => PlainTextReader.Read(new string(' ', ReaderLimits.MaxChars + 1)));
}
