using AngleSharp.Html.Parser;
using BriefingRoom.Formats.Html;
using BriefingRoom.Tests.Specs;
using static BriefingRoom.Tests.Formats.HostileTranscript;

namespace BriefingRoom.Tests.Formats.Html;

public sealed class HtmlWriterTests
{
    public static TheoryData<SpecCase> Cases() => WriterSpecs.Cases("html");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Writes_the_golden_output(SpecCase spec) =>
        Assert.Equal(spec.Expected, HtmlWriter.Write(OutlineInput.Parse(spec.Input)));

    [Fact]
    public void Every_hostile_string_comes_back_as_text_and_no_script_element_exists()
    {
        var html = HtmlWriter.Write(Create());
        var errors = new List<string>();
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = false });
        parser.Error += (_, e) => errors.Add(e.ToString() ?? "");
        var doc = parser.ParseDocument(html);

        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Empty(doc.QuerySelectorAll("p b:not(.speaker)"));
        Assert.Equal("Title " + Kept(Evil), doc.Title);
        Assert.Equal("Title " + Kept(Evil), doc.QuerySelector("h1")!.TextContent);
        Assert.Equal("https://example.org/?q=" + Kept(Evil), doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("tag " + Kept(Evil), doc.QuerySelector("meta[name=keywords]")!.GetAttribute("content"));
        Assert.Equal("Dateline " + Kept(Evil), doc.QuerySelector(".dateline")!.TextContent);
        Assert.Equal("1:00 P.M. " + Kept(Evil), doc.QuerySelector(".start time")!.TextContent);
        // Attribution, Questions, Attributed to (both labels), Embargo.
        Assert.Equal("official " + Kept(Evil) + " and aide " + Kept(Evil), doc.QuerySelectorAll(".ground-rules dd")[2].TextContent);
        Assert.Equal("until " + Kept(Evil), doc.QuerySelectorAll(".ground-rules dd")[3].TextContent);
        Assert.Equal("LABEL " + Kept(Evil) + ":", doc.QuerySelector(".speaker")!.TextContent);
        Assert.Equal("[ins " + Kept(Evil) + "]", doc.QuerySelector("ins")!.TextContent);
        Assert.Equal("del " + Kept(Evil), doc.QuerySelector("del")!.TextContent);
        Assert.Equal("[red " + Kept(Evil) + "]", doc.QuerySelector(".redaction")!.TextContent);
        Assert.Equal("[attr " + Kept(Evil) + "]", doc.QuerySelector(".attribution")!.TextContent);
        Assert.Equal("(note " + Kept(Evil) + ")", doc.QuerySelector(".note")!.TextContent);
        Assert.Equal("em " + Kept(Evil), doc.QuerySelector("em")!.TextContent);
        var k = Kept(Evil);
        Assert.Equal($"LABEL {k}: Text {k} [ins {k}] del {k} [red {k}] [attr {k}] (note {k}) em {k}", doc.QuerySelector(".turn p")!.TextContent);
        Assert.Empty(errors);
    }

    [Fact]
    public void Marks_each_turn_with_its_role_and_shows_ground_rules_only_when_stated()
    {
        var doc = new HtmlParser().ParseDocument(HtmlWriter.Write(WriterSpecs.Input("html", "briefing")));
        Assert.Equal(["moderator", "official", "reporter", "official", "operator"], doc.QuerySelectorAll("section.turn").Select(s => s.GetAttribute("data-role")));
        Assert.Equal("en", doc.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(doc.QuerySelector("aside.ground-rules"));
        Assert.Equal("14:05", doc.QuerySelector(".start time")!.GetAttribute("datetime"));

        var bare = new HtmlParser().ParseDocument(HtmlWriter.Write(WriterSpecs.Input("html", "bare")));
        Assert.Null(bare.QuerySelector("aside"));
    }
}
