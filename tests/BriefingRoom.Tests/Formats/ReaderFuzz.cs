using BriefingRoom.Formats;
using BriefingRoom.Formats.Html;
using BriefingRoom.Formats.Text;
using BriefingRoom.Transcripts;
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
        // Heads, prefaces and rules of other eras (issue 12): each reads into the model's preface, rules and links.
        "Editor's note: lost.", "Following is the transcript:", "Read the Transcript", "Office of the Secretary", "DPB #11",
        "Presenter: Dana Whitfield June 25, 2008 1:00 PM EDT", "Sean McCormack, Spokesman", "on the record", "on background",
        "the Q&A will be on background", "attributable to \"senior officials\"", "PRESS SECRETARY JOHN F. KIRBY:", "MR. KIRBY:",
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

    [Fact]
    public void Whatever_plain_text_reads_into_keeps_the_models_promises() =>
        Soup(TextPieces).Sample(text => Total(() => Promises(TranscriptFormats.Read(text, TranscriptFormat.Text))), iter: 2000);

    /// <summary>Every turn has a speaker, no preface paragraph is empty, a rule change starts at a turn there is, links join labels that speak.</summary>
    private static void Promises(Transcript transcript)
    {
        Assert.All(transcript.Turns, t => Assert.False(string.IsNullOrWhiteSpace(t.Speaker)));
        Assert.All(transcript.Preface, p => Assert.False(string.IsNullOrWhiteSpace(p.Text)));
        if (transcript.GroundRules.Change?.FromTurn is { } from)
        {
            Assert.InRange(from, 0, transcript.Turns.Count - 1);
        }
        var speakers = transcript.Turns.Select(t => t.Speaker).ToHashSet(StringComparer.Ordinal);
        Assert.All(SpeakerLinks.Of(transcript.Turns), link => Assert.True(link.Count > 1 && link.All(speakers.Contains), string.Join(" = ", link)));
    }

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
