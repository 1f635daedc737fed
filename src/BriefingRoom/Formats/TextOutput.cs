using System.Globalization;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats;

/// <summary>Runs a writer's <see cref="TextWriter"/> form into a string, which is each writer's string form.</summary>
internal static class TextOutput
{
    public static string Capture(Transcript t, Action<Transcript, TextWriter> write)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        write(t, output);
        return output.ToString();
    }
}
