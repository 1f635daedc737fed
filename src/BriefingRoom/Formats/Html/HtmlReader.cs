using BriefingRoom.Formats.Text;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Html;

/// <summary>
/// Reads a briefing-room HTML page, from whitehouse.gov or an archived site of an earlier administration:
/// metadata from the page head, the transcript from its content element through the shared body segmenter.
/// </summary>
public static class HtmlReader
{
    public static Transcript Read(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        html = ReaderLimits.Prepare(html);
        HtmlNesting.Check(html);
        using var document = HtmlParsing.Parse(html);
        HtmlDepth.CheckDocument(document);
        var container = HtmlContent.Container(document);
        var metadata = HtmlMetadata.Read(document, container);
        var paragraphs = container is null ? [] : HtmlParagraphs.Of(container);
        var body = BodySegmenter.Segment(paragraphs, metadata.Title);
        // The page's own date and place stand in when the transcript prints none (archived pages often don't).
        return new Transcript(
            metadata with { Title = body.Title, Date = body.Date ?? metadata.Date },
            body.Dateline ?? HtmlMetadata.Dateline(document),
            body.Start,
            body.End,
            GroundRules.NotStated,
            body.Turns,
            Preface: body.Preface);
    }
}
