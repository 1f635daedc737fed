using BriefingRoom.Formats;
using BriefingRoom.Protection;

namespace BriefingRoom.CommandLine;

/// <summary>What kind of text a written format or a file to check is, so the leak check reads through its markup.</summary>
internal static class LeakKinds
{
    public static TextKind Of(TranscriptFormat format) => format switch
    {
        TranscriptFormat.Markdown => TextKind.Markdown,
        TranscriptFormat.Json => TextKind.Json,
        TranscriptFormat.Html or TranscriptFormat.AkomaNtoso or TranscriptFormat.WebVtt => TextKind.Markup,
        _ => TextKind.Plain,
    };

    /// <summary>By the file's extension, or for standard input and unknown extensions by its content.</summary>
    public static TextKind Of(CliInput input) => Path.GetExtension(input.Name).ToLowerInvariant() switch
    {
        ".md" or ".markdown" => TextKind.Markdown,
        ".html" or ".htm" or ".xml" or ".rss" or ".atom" or ".akn" or ".vtt" => TextKind.Markup,
        ".json" => TextKind.Json,
        ".txt" => TextKind.Plain,
        _ => input.Text.TrimStart() is ['{' or '[', ..] ? TextKind.Json : Of(TranscriptFormats.Detect(input.Text)),
    };
}
