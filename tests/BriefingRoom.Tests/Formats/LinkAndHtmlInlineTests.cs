using System.Text.Json;
using BriefingRoom.Formats.AkomaNtoso;
using BriefingRoom.Formats.Html;
using BriefingRoom.Formats.Json;
using BriefingRoom.Formats.Markdown;
using BriefingRoom.Formats.Text;
using BriefingRoom.Protection;
using BriefingRoom.Tests.Protection;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Formats;

/// <summary>Links and raw HTML tags (issue 12) through every writer and the redactor: words kept, markup never trusted.</summary>
public sealed class LinkAndHtmlInlineTests
{
    private const string Source =
        "MR. ZIENTS:\u00a0 Slides at <https://example.gov/slides.pdf>, see [the <b>site</b> & more](https://example.gov/a?x=1&y=\"2\"), " +
        "[bad](javascript:void0) and 31<sup>st</sup> <script>alert(1)</script>.\n";

    private static Transcript Read(string markdown) => MarkdownReader.Read(markdown);

    [Fact]
    public void Markdown_writes_links_and_tags_back_byte_for_byte()
    {
        Assert.Equal(Source, MarkdownWriter.Write(Read(Source)));
    }

    [Fact]
    public void Html_makes_only_web_addresses_live_and_never_writes_a_source_tag()
    {
        var html = HtmlWriter.Write(Read(Source));

        Assert.Contains("<a href=\"https://example.gov/slides.pdf\">https://example.gov/slides.pdf</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.gov/a?x=1&amp;y=&quot;2&quot;\">the site &amp; more</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.Contains("bad", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<sup>", html, StringComparison.Ordinal);
        Assert.Contains("31st", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_keeps_the_address_the_words_and_the_tags()
    {
        using var doc = JsonDocument.Parse(JsonWriter.Write(Read(Source)));
        var inlines = doc.RootElement.GetProperty("turns")[0].GetProperty("paragraphs")[0].GetProperty("inlines").EnumerateArray().ToList();

        var auto = inlines.First(i => i.GetProperty("type").GetString() == "link");
        Assert.Equal("https://example.gov/slides.pdf", auto.GetProperty("url").GetString());
        Assert.True(auto.GetProperty("auto").GetBoolean());
        var link = inlines.Where(i => i.GetProperty("type").GetString() == "link").ElementAt(1);
        Assert.Equal("https://example.gov/a?x=1&y=\"2\"", link.GetProperty("url").GetString());
        Assert.Equal(["text", "html", "text", "html", "text"], link.GetProperty("inlines").EnumerateArray().Select(i => i.GetProperty("type").GetString()));
        Assert.Contains(inlines, i => i.GetProperty("type").GetString() == "html" && i.GetProperty("html").GetString() == "<sup>");
        Assert.Contains("the site & more <https://example.gov/a?x=1&y=\"2\">", doc.RootElement.GetProperty("turns")[0].GetProperty("paragraphs")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_shows_a_links_words_and_its_address()
    {
        var text = InlineText.Flatten(PlainTextWriter.Write(Read(Source)));

        Assert.Contains("the site & more <https://example.gov/a?x=1&y=\"2\">", text, StringComparison.Ordinal);
        Assert.Contains("bad <javascript:void0>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<sup>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Akoma_Ntoso_links_web_addresses_and_drops_source_tags()
    {
        var xml = AkomaNtosoWriter.Write(Read(Source));

        Assert.Contains("<a href=\"https://example.gov/slides.pdf\">https://example.gov/slides.pdf</a>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<sup>", xml, StringComparison.Ordinal);
    }

    private static readonly ProtectedIdentities Ids = ProtectedIdentitiesReader.Read("""
        speakers:
          - label: SENIOR ADMINISTRATION OFFICIAL
            aliases: [Jake Sullivan]
        """);

    private static Transcript Redacted(string markdown) => Redactor.Redact(Read(markdown), Ids, new ExactFinder(Ids).Find);

    [Fact]
    public void The_redactor_reads_inside_links_and_drops_a_tag_that_names_someone()
    {
        var t = Redacted(
            "Q\u00a0 \u00a0 \u00a0  Ask [Jake Sullivan](https://example.gov/staff), " +
            "or <img alt=\"Jake Sullivan\"> <https://example.gov/Jake Sullivan>.\n");
        var markdown = MarkdownWriter.Write(t);

        Assert.DoesNotContain("Jake", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Jake", HtmlWriter.Write(t), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Jake", JsonWriter.Write(t), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(new Link([new AttributionPlaceholder("senior administration official")], "https://example.gov/staff"), t.Turns[0].Paragraphs[0].Inlines);
    }

    [Fact]
    public void A_source_spelling_left_on_a_changed_paragraph_is_never_written()
    {
        var t = Read("MODERATOR:\u00a0 \\#Jake is here.\n");
        var paragraph = t.Turns[0].Paragraphs[0];
        Assert.NotNull(paragraph.Spelling);
        Assert.Equal("MODERATOR:\u00a0 \\#Jake is here.\n", MarkdownWriter.Write(t));

        // A model edited without clearing the spelling (as a careless caller might) still writes what the model says.
        var changed = t with { Turns = [t.Turns[0] with { Paragraphs = [paragraph with { Inlines = [new TextRun("#"), new Redaction(), new TextRun(" is here.")] }] }] };

        Assert.Equal("MODERATOR:\u00a0 #\\[redacted\\] is here.\n", MarkdownWriter.Write(changed));
    }
}
