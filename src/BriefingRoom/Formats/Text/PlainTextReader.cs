using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text;

/// <summary>
/// Reads a transcript from plain text as press offices e-mail it and as archive pages read when copied: site
/// chrome skipped, title, dateline and times found, hard-wrapped lines joined, turns split at speaker labels.
/// </summary>
public static class PlainTextReader
{
    public static Transcript Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = ReaderLimits.Prepare(text);
        var paragraphs = TextParagraphs.Group(SourceLines.Split(text));
        var body = BodySegmenter.Segment(paragraphs);
        return new Transcript(
            new Metadata(Title: body.Title, Date: body.Date, Url: body.Url, Style: SourceUrls.StyleOf(body.Url)),
            body.Dateline,
            body.Start,
            body.End,
            GroundRules.NotStated,
            body.Turns,
            Preface: body.Preface);
    }
}
