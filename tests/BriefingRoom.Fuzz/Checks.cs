using BriefingRoom.Formats;
using BriefingRoom.Formats.Markdown;

namespace BriefingRoom.Fuzz;

/// <summary>
/// What a reader owes any input: a transcript that keeps the model's promises (speakers, preface, rule change, speaker
/// links) or a positioned parse error; and for Markdown, a stable round trip.
/// </summary>
internal static class Checks
{
    /// <summary>
    /// True when the reader accepted the input; throws <see cref="FuzzFailure"/> when a property is broken. The
    /// Markdown round trip is checked where runs are reproducible from a seed, not under AFL's open-ended search.
    /// </summary>
    public static bool Run(string input, TranscriptFormat format, bool roundTrip = true)
    {
        Transcripts.Transcript transcript;
        try
        {
            transcript = TranscriptFormats.Read(input, format);
        }
        catch (TranscriptParseException e) when (e.Line >= 1 && e.Column >= 1)
        {
            return false;
        }
        Model(transcript);
        foreach (var output in Enum.GetValues<TranscriptFormat>())
        {
            // Every writer must take whatever a reader produced; WebVTT once its turns are given times, as a recorded call's are.
            TranscriptFormats.Write(output == TranscriptFormat.WebVtt ? Timed(transcript) : transcript, output, TextWriter.Null);
        }
        if (roundTrip && format == TranscriptFormat.Markdown)
        {
            RoundTrip(input);
        }
        return true;
    }

    private static Transcripts.Transcript Timed(Transcripts.Transcript transcript) =>
        transcript with { Turns = new(transcript.Turns.Select((turn, i) => turn with { Offset = TimeSpan.FromSeconds(i * 1.5) })) };

    /// <summary>
    /// The model's own promises: every turn has a speaker; no preface paragraph is empty; a ground-rule change starts at a
    /// turn there is; speaker links join only labels that speak, each full label to its short forms.
    /// </summary>
    private static void Model(Transcripts.Transcript transcript)
    {
        var turns = transcript.Turns;
        if (turns.FirstOrDefault(t => string.IsNullOrWhiteSpace(t.Speaker)) is { } silent)
        {
            throw new FuzzFailure("a turn has no speaker", silent.ToString());
        }
        // Empty means holding no character at all: a paragraph of raw HTML (<figure>), of a deletion or of a line the reader
        // keeps as printed (a vertical tab is not blank to Markdown) has no plain words but is what the file writes back.
        if (transcript.Preface.Any(p => p.Inlines.All(i => i is Transcripts.TextRun { Text.Length: 0 })))
        {
            throw new FuzzFailure("an empty preface paragraph", transcript.ToString());
        }
        if (transcript.GroundRules.Change?.FromTurn is { } from && (from < 0 || from >= turns.Count))
        {
            throw new FuzzFailure($"the rules change from turn {from} of {turns.Count}", transcript.GroundRules.ToString());
        }
        var speakers = turns.Select(t => t.Speaker).ToHashSet(StringComparer.Ordinal);
        if (Transcripts.SpeakerLinks.Of(turns).FirstOrDefault(g => g.Count < 2 || !g.All(speakers.Contains)) is { } link)
        {
            throw new FuzzFailure("a speaker link joins a label no turn has", string.Join(" = ", link));
        }
    }

    /// <summary>Read(Write(Read(x))) == Read(x): writing a model as Markdown and reading it back gives the same model.</summary>
    private static void RoundTrip(string input)
    {
        var model = MarkdownReader.Read(input);
        var written = MarkdownWriter.Write(model);
        Transcripts.Transcript again;
        try
        {
            again = MarkdownReader.Read(written);
        }
        catch (TranscriptParseException e)
        {
            throw new FuzzFailure($"round trip: the writer's Markdown does not read back: {e.Describe("written")}", written);
        }
        if (again != model)
        {
            throw new FuzzFailure($"round trip: reading the written Markdown gives another model: {FirstDifference(model.ToString(), again.ToString())}", written);
        }
    }

    /// <summary>Where two printed models part, with a little context on each side.</summary>
    private static string FirstDifference(string expected, string actual)
    {
        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
        {
            at++;
        }
        var from = Math.Max(0, at - 60);
        return $"read «…{expected[from..Math.Min(expected.Length, at + 60)]}…» but read back «…{actual[from..Math.Min(actual.Length, at + 60)]}…»";
    }
}

/// <summary>A broken property, with the intermediate text that shows it.</summary>
internal sealed class FuzzFailure(string message, string evidence) : Exception(message)
{
    public string Evidence { get; } = evidence;
}
