using System.Globalization;
using BriefingRoom.Formats;
using BriefingRoom.Transcripts;

namespace BriefingRoom.CommandLine;

/// <summary>Reading and writing whole transcripts for the commands, with reader errors reported as <c>file:line:col: message</c>.</summary>
internal static class CliTranscripts
{
    /// <summary>The transcript, or null after writing the positioned error to <paramref name="stderr"/>.</summary>
    public static Transcript? TryRead(CliInput input, TranscriptFormat? from, TextWriter stderr)
    {
        try
        {
            return TranscriptFormats.Read(input.Text, from ?? TranscriptFormats.Detect(input.Text, input.Name));
        }
        catch (TranscriptParseException e)
        {
            stderr.WriteLine(e.Describe(input.Name));
            return null;
        }
    }

    /// <summary>
    /// Written whole before any byte goes out, so a failure leaves no half document on stdout; null after writing to
    /// <paramref name="stderr"/> why the transcript cannot be written in that format (WebVTT without turn times).
    /// </summary>
    public static string? TryRender(Transcript transcript, TranscriptFormat to, CliInput input, TextWriter stderr)
    {
        if (to == TranscriptFormat.WebVtt && BriefingRoom.Formats.Vtt.VttWriter.Unwritable(transcript) is { } why)
        {
            stderr.WriteLine($"{input.Name}: {why}");
            return null;
        }
        return Render(transcript, to);
    }

    public static string Render(Transcript transcript, TranscriptFormat to)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        TranscriptFormats.Write(transcript, to, output);
        return output.ToString();
    }
}
