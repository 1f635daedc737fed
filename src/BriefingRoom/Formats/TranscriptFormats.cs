using BriefingRoom.Formats.AkomaNtoso;
using BriefingRoom.Formats.Html;
using BriefingRoom.Formats.Json;
using BriefingRoom.Formats.Markdown;
using BriefingRoom.Formats.Text;
using BriefingRoom.Formats.Vtt;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats;

/// <summary>One door to every reader and writer: tell a format, read text in it, write a transcript out in it.</summary>
public static class TranscriptFormats
{
    /// <summary>The format a transcript is written in: Markdown (front matter or Markdown marks), HTML, or plain text.</summary>
    public static TranscriptFormat Detect(string text) => FormatDetection.Detect(text);

    /// <summary>The format of a file: HTML when its name says so (.html, .htm, .xhtml in any case), else as its text says.</summary>
    public static TranscriptFormat Detect(string text, string? fileName) => FormatDetection.Detect(text, fileName);

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
            ? transcript with { GroundRules = DetectRules(transcript) }
            : transcript;
    }

    /// <summary>
    /// The rules, read with the preface first as an unlabelled opening: a moderator's words printed before
    /// the first label still state the rules, as they did when such text was read as a turn.
    /// </summary>
    private static GroundRules DetectRules(Transcript transcript)
    {
        if (transcript.Preface.Count == 0)
        {
            return GroundRulesDetector.Detect(transcript.Turns, transcript.Metadata.Title);
        }
        ValueList<Turn> opening = [new Turn(PrefaceReading, SpeakerRole.Unknown, transcript.Preface), .. transcript.Turns];
        var rules = GroundRulesDetector.Detect(opening, transcript.Metadata.Title);
        // The change's turn counts from the preface reading; the transcript's turns start one later.
        return rules.Change is { FromTurn: { } from } change
            ? rules with { Change = change with { FromTurn = Math.Max(0, from - 1) } }
            : rules;
    }

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
            case TranscriptFormat.WebVtt: VttWriter.Write(transcript, output); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, "no writer for this format");
        }
    }
}
