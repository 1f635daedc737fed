using BriefingRoom.Formats;
using BriefingRoom.Formats.Html;
using BriefingRoom.Tests.Specs;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Formats.Html;

public sealed class HtmlReaderTests
{
    [Fact]
    public void Archive_urls_give_the_archive_style_and_others_the_live_style()
    {
        static FrontMatterStyle StyleOf(string url) =>
            HtmlReader.Read($"<link rel=canonical href=\"{url}\"><p>MODERATOR: Hi.</p>").Metadata.Style;
        Assert.Equal(FrontMatterStyle.Archive, StyleOf("https://obamawhitehouse.archives.gov/the-press-office/2010/01/08/briefing"));
        Assert.Equal(FrontMatterStyle.Live, StyleOf("https://www.whitehouse.gov/briefing-room/press-briefings/2024/01/08/briefing/"));
        Assert.Equal(FrontMatterStyle.Live, StyleOf("https://archives.gov.example.com/briefing"));
    }

    [Fact]
    public void Labels_in_bold_are_labels_and_leave_no_empty_emphasis()
    {
        var turn = HtmlReader.Read("<p><strong>MR. CARNEY:</strong>&nbsp; Thanks.</p>").Turns.Single();
        Assert.Equal(("MR. CARNEY", SpeakerRole.Named, null), (turn.Speaker, turn.Role, turn.Separator));
        Assert.Equal(new Paragraph(new TextRun("Thanks.")), turn.Paragraphs.Single());
    }

    [Fact]
    public void A_line_break_is_a_line_break_inline_in_the_model()
    {
        var paragraph = HtmlReader.Read("<p>MODERATOR: one<br>two</p>").Turns.Single().Paragraphs.Single();
        Assert.Equal(new Paragraph(new TextRun("one"), new LineBreak(), new TextRun("two")), paragraph);
    }

    [Fact]
    public void Ground_rules_are_left_for_the_detector() =>
        Assert.Same(GroundRules.NotStated, HtmlReader.Read("<p>MODERATOR:  This call is on background.</p>").GroundRules);

    [Fact]
    public void Nesting_deeper_than_the_limit_is_a_positioned_error()
    {
        // html and body count: 62 divs reach the limit, the span goes past it.
        var html = "<html><body>\n" + string.Concat(Enumerable.Repeat("<div>", ReaderLimits.MaxNesting - 2)) + "\n  <span>deep</span>";
        var e = Assert.Throws<TranscriptParseException>(() => HtmlReader.Read(html));
        Assert.Equal((3, 3), (e.Line, e.Column));
        Assert.Contains("limit is 64", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_implied_element_past_the_limit_is_placed_at_the_element_written_around_it()
    {
        // 61 divs put the table at the limit; the tbody the parser implies inside it is the first too deep (found by the fuzzer).
        var html = "<html><body>\n" + string.Concat(Enumerable.Repeat("<div>", ReaderLimits.MaxNesting - 3)) + "\n<table><tr><td>deep";
        var e = Assert.Throws<TranscriptParseException>(() => HtmlReader.Read(html));
        Assert.Contains("<tbody> is nested 65", e.Message, StringComparison.Ordinal);
        Assert.Equal((3, 1), (e.Line, e.Column));
    }

    [Fact]
    public void Nesting_up_to_the_limit_reads()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", ReaderLimits.MaxNesting - 2)) + "MODERATOR: Deep.";
        Assert.Equal("MODERATOR", HtmlReader.Read(html).Turns.Single().Speaker);
    }

    [Fact]
    public void Thousands_of_unclosed_tags_are_refused_before_parsing_where_they_pass_the_estimate()
    {
        var html = "<p>MODERATOR: Hi.</p>\n" + string.Concat(Enumerable.Repeat("<font>", 5000));
        var e = Assert.Throws<TranscriptParseException>(() => HtmlReader.Read(html));
        Assert.Equal((2, (HtmlNesting.Limit * 6) + 1), (e.Line, e.Column));
    }

    [Fact]
    public void Implicitly_closed_cells_items_and_paragraphs_do_not_count_as_nesting()
    {
        var rows = string.Concat(Enumerable.Repeat("<tr><td><font>Cell<td>Cell<li>Item<p>Text<dt>a<dd>b", 2000));
        Assert.NotNull(HtmlReader.Read("<table>" + rows + "</table>"));
    }

    [Theory]
    [InlineData("<select><button><td><template></template><button></td>>", 1, 55)]
    [InlineData("<p>MODERATOR: Hi.</p>\n<select><option><em><td><template></template></em></td><", 2, 56)]
    public void Markup_the_parser_trips_on_is_a_positioned_error(string html, int line, int column)
    {
        var e = Assert.Throws<TranscriptParseException>(() => HtmlReader.Read(html));
        Assert.Equal((line, column), (e.Line, e.Column));
    }

    [SkippableTheory]
    [MemberData(nameof(Seeds.Names), MemberType = typeof(Seeds))]
    public void A_seed_body_as_a_page_keeps_every_word(string name)
    {
        var body = SeedText.PlainBody(Seeds.Read(name));
        var t = HtmlReader.Read(SeedText.AsHtml(body));
        Assert.Equal(SeedText.Words(body), SeedText.WordsOf(t));
        Assert.Equal("Via Teleconference", t.Dateline);
        Assert.NotNull(t.End);
    }

    [Fact]
    public void Empty_input_is_an_empty_transcript() =>
        Assert.Empty(HtmlReader.Read("").Turns);

    [Fact]
    public void Too_large_input_is_a_positioned_error() =>
        Assert.Throws<TranscriptParseException>(() => HtmlReader.Read(new string(' ', ReaderLimits.MaxChars + 1)));

    [Theory]
    [InlineData("<div>")]
    [InlineData("<b><i>")]
    [InlineData("<a>")]
    [InlineData("<table><tr><td>")]
    [InlineData("<p>Q<br>")]
    [InlineData("<br>")]
    [InlineData("<s>x")]
    [InlineData("</p>")]
    [InlineData("<em>MODERATOR: x</em><p>")]
    public Task Pathological_repetition_reads_or_is_refused_with_a_position(string unit) =>
        ReaderBounds.ReadsOrRefusesWithAPosition(() => HtmlReader.Read(ReaderBounds.Repeat(unit, 300_000)));
}
