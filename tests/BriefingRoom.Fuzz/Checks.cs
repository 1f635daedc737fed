using BriefingRoom.Formats;
using BriefingRoom.Formats.Markdown;

namespace BriefingRoom.Fuzz;

/// <summary>What a reader owes any input: a transcript or a positioned parse error; and for Markdown, a stable round trip.</summary>
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
        foreach (var output in Enum.GetValues<TranscriptFormat>())
        {
            // Every writer must take whatever a reader produced.
            TranscriptFormats.Write(transcript, output, TextWriter.Null);
        }
        if (roundTrip && format == TranscriptFormat.Markdown)
        {
            RoundTrip(input);
        }
        return true;
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
