using BriefingRoom.Formats;
using BriefingRoom.Formats.Html;
using BriefingRoom.Formats.Text;
using CsCheck;

namespace BriefingRoom.Tests.Formats;

/// <summary>Both readers are total: any mix of the pieces transcripts and pages are made of reads or is refused with a position.</summary>
public sealed class ReaderFuzz
{
    private static readonly string[] TextPieces =
    [
        "MODERATOR:", "Q", "Q:", "QWhat", " ", "  ", "\u00a0", "\t", "\n", "\n\n", "\r\n", "\r", "\f", "\uFEFF", "END", "###",
        "1:11 P.M. EST", "11:30 A.M. (Local)", "(", ")", "[", "]", "[senior administration official]", "(inaudible)",
        "NATO:", "THE PRESIDENT:", "MR. McCLELLAN:", "Via Teleconference", "The White House", "January 8, 2022",
        "Press Briefing by", "word", ".", ":", "›", "\u0000", "\u001f", "\ud800", "<s>x</s>",
    ];

    private static readonly string[] HtmlPieces =
    [
        "<p>", "</p>", "<div>", "</div>", "<br>", "<br/>", "<b>", "</b>", "<em>", "</em>", "<s>", "</s>", "<del>",
        "<table>", "<tr>", "<td>", "</td>", "<li>", "<font size=2>", "</font>", "<script>", "</script>", "<style>",
        "<!--", "-->", "<![CDATA[", "]]>", "<nav>", "</nav>", "<section class=\"body-content\">", "<div id=\"content\">",
        "<h1 class=\"page-title\">", "</h1>", "<time datetime=\"2022-01-08\">", "<meta property=\"og:title\" content=\"T\">",
        "<link rel=\"canonical\" href=\"https://x.archives.gov/briefing-room/press-briefings/a\">", "&nbsp;", "&amp;",
        "&#0;", "&#xD800;", "<", ">", "=\"", "'", "MODERATOR:", "Q", " ", "\n", "1:11 P.M. EST", "END", "[until]",
    ];

    private static Gen<string> Soup(string[] pieces) => Gen.OneOf(pieces).Array[0, 120].Select(a => string.Concat(a));

    [Fact]
    public void Plain_text_reads_or_refuses_with_a_position() =>
        Soup(TextPieces).Sample(text => Total(() => PlainTextReader.Read(text)), iter: 3000);

    [Fact]
    public void Html_reads_or_refuses_with_a_position() =>
        Soup(HtmlPieces).Sample(html => Total(() => HtmlReader.Read(html)), iter: 3000);

    private static void Total(Action read)
    {
        try
        {
            read();
        }
        catch (TranscriptParseException e)
        {
            Assert.True(e.Line >= 1 && e.Column >= 1, $"position {e.Line}:{e.Column}");
        }
    }
}
