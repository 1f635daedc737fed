using BriefingRoom.Formats;

namespace BriefingRoom.Tests.Formats;

public sealed class FormatDetectionTests
{
    [Theory]
    [InlineData("---\ntitle: x\n---\n\nMODERATOR:  Hi.\n", TranscriptFormat.Markdown)]
    [InlineData("\ufeff---\r\ntitle: x\r\n---\r\n", TranscriptFormat.Markdown)]
    [InlineData("MODERATOR:  Hi, \\[senior administration official\\].\n", TranscriptFormat.Markdown)]
    [InlineData("MODERATOR:  embargoed <s>upon</s> \\[until\\] conclusion\n", TranscriptFormat.Markdown)]
    [InlineData("# Background Press Call\n\nMODERATOR:  Hi.\n", TranscriptFormat.Markdown)]
    [InlineData("<!DOCTYPE html>\n<html><body><p>MODERATOR: Hi.</p></body></html>", TranscriptFormat.Html)]
    [InlineData("  <html lang=\"en\">\n<p>Q Hi.</p>", TranscriptFormat.Html)]
    [InlineData("<div class=\"body\">\n<p>MODERATOR: Hi.</p>\n<p>Q Thanks.</p>\n", TranscriptFormat.Html)]
    [InlineData("The White House\nOffice of the Press Secretary\n\nMR. McCLELLAN: Good morning.\n\nQ Scott, a question.\n", TranscriptFormat.Text)]
    [InlineData("MODERATOR: Paragraphs about <p> tags\nare still text.\nAnother line.\n", TranscriptFormat.Text)]
    [InlineData("", TranscriptFormat.Text)]
    public void Tells_the_format_from_the_head(string text, TranscriptFormat expected) =>
        Assert.Equal(expected, TranscriptFormats.Detect(text));

    [Theory]
    [InlineData("page.html")]
    [InlineData("PAGE.HTM")]
    [InlineData("/archive/2016/briefing.xhtml")]
    [InlineData("Briefing.Html")]
    public void A_file_named_as_html_is_html_whatever_its_first_bytes(string name) =>
        Assert.Equal(TranscriptFormat.Html, TranscriptFormats.Detect("MODERATOR:  Hi.\n\n<p>Q Thanks.</p>\n", name));

    [Theory]
    [InlineData("notes.txt", TranscriptFormat.Text)]
    [InlineData("page.html.txt", TranscriptFormat.Text)]
    [InlineData("htm", TranscriptFormat.Text)]
    [InlineData(null, TranscriptFormat.Text)]
    public void Other_names_leave_it_to_the_text(string? name, TranscriptFormat expected) =>
        Assert.Equal(expected, TranscriptFormats.Detect("MODERATOR:  Hi.\n\nQ Thanks.\n", name));
}
