using System.Text;
using BriefingRoom.Formats;

namespace BriefingRoom.Corpus;

/// <summary>The dump's formats: their names on the command line and in the manifest, file extensions, and rendering.</summary>
internal static class DumpFormat
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Name(TranscriptFormat format) => format switch
    {
        TranscriptFormat.Markdown => "markdown",
        TranscriptFormat.Text => "text",
        TranscriptFormat.Html => "html",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a dump format"),
    };

    public static string Extension(TranscriptFormat format) => format switch
    {
        TranscriptFormat.Markdown => ".md",
        TranscriptFormat.Text => ".txt",
        TranscriptFormat.Html => ".html",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a dump format"),
    };

    /// <summary>The transcript as the project's own writer renders it, so each reader gets its own kind of input.</summary>
    public static string Render(BriefingRoom.Transcripts.Transcript transcript, TranscriptFormat format)
    {
        using var output = new StringWriter { NewLine = "\n" };
        TranscriptFormats.Write(transcript, format, output);
        return output.ToString();
    }
}
