using BriefingRoom.Formats;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Formats;

/// <summary>A transcript whose every string carries markup, quotes, a CDATA end, control characters and a lone surrogate.</summary>
public static class HostileTranscript
{
    public const string Evil = "<script>alert(\"x\")</script> & ]]> \"q\" 'single' &amp; ctl\u0001\u0007\u001f\u007f\ufffe\ud800end";

    /// <summary>What a markup writer can keep of a string: everything but the characters XML and HTML forbid.</summary>
    public static string Kept(string text) => MarkupChars.Clean(text);

    public static Transcript Create() => new(
        new Metadata(
            Title: "Title " + Evil,
            Date: new DateOnly(2024, 1, 2),
            Published: new DateTimeOffset(2024, 1, 2, 15, 0, 0, TimeSpan.FromHours(-5)),
            Url: "https://example.org/?q=" + Evil,
            Tags: ["tag " + Evil]),
        "Dateline " + Evil,
        new TimeMark("1:00 P.M. " + Evil, new TimeOnly(13, 0), "EST"),
        null,
        new GroundRules(AttributionLevel.Background, ["official " + Evil, "aide " + Evil], "until " + Evil, true, new GroundRulesChange(AttributionLevel.OnRecord, 1)),
        [
            new Turn("LABEL " + Evil, SpeakerRole.Official,
            [
                new Paragraph(
                    new TextRun("Text " + Evil + " "),
                    new Insertion("ins " + Evil),
                    new TextRun(" "),
                    new Deletion("del " + Evil),
                    new TextRun(" "),
                    new Redaction("red " + Evil),
                    new TextRun(" "),
                    new AttributionPlaceholder("attr " + Evil),
                    new TextRun(" "),
                    new Note("note " + Evil),
                    new TextRun(" "),
                    new Emphasis([new TextRun("em " + Evil)])),
            ]),
        ]);
}
