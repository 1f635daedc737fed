using BriefingRoom.Formats.AkomaNtoso;
using BriefingRoom.Formats.Html;
using BriefingRoom.Formats.Json;
using BriefingRoom.Formats.Markdown;
using BriefingRoom.Formats.Text;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats;

/// <summary>One door to every reader and writer: tell a format, read text in it, write a transcript out in it.</summary>
public static class TranscriptFormats
{
    /// <summary>The format a transcript is written in: Markdown (front matter or Markdown marks), HTML, or plain text.</summary>
    public static TranscriptFormat Detect(string text) => FormatDetection.Detect(text);

    /// <summary>
    /// Reads <paramref name="text"/> in <paramref name="format"/>, detecting the ground rules from the opening
    /// turns where the source did not state them. Throws <see cref="TranscriptParseException"/> on bad input.
    /// </summary>
    public static Transcript Read(string text, TranscriptFormat format)
    {
        var transcript = format switch
        {
            TranscriptFormat.Markdown => MarkdownReader.Read(text),
            TranscriptFormat.Text => PlainTextReader.Read(text),
            TranscriptFormat.Html => HtmlReader.Read(text),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no reader for this format"),
        };
        return transcript.GroundRules == GroundRules.NotStated
            ? transcript with { GroundRules = GroundRulesDetector.Detect(OpeningTurns(transcript)) }
            : transcript;
    }

    /// <summary>
    /// The turns the detector reads, the preface first as an unlabelled opening: a moderator's words printed before
    /// the first label still state the rules, as they did when such text was read as a turn.
    /// </summary>
    private static ValueList<Turn> OpeningTurns(Transcript transcript) =>
        transcript.Preface.Count == 0
            ? transcript.Turns
            : [new Turn(PrefaceReading, SpeakerRole.Unknown, transcript.Preface), .. transcript.Turns];

    /// <summary>The label the preface is read under by the detector only; it never reaches a transcript.</summary>
    private const string PrefaceReading = "(preface)";

    public static void Write(Transcript transcript, TranscriptFormat format, TextWriter output)
    {
        switch (format)
        {
            case TranscriptFormat.Json: JsonWriter.Write(transcript, output); break;
            case TranscriptFormat.Markdown: MarkdownWriter.Write(transcript, output); break;
            case TranscriptFormat.Html: HtmlWriter.Write(transcript, output); break;
            case TranscriptFormat.Text: PlainTextWriter.Write(transcript, output); break;
            case TranscriptFormat.AkomaNtoso: AkomaNtosoWriter.Write(transcript, output); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, "no writer for this format");
        }
    }
}
