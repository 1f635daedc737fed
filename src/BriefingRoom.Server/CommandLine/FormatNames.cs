using BriefingRoom.Formats;

namespace BriefingRoom.Server.CommandLine;

/// <summary>The format names the commands take for <c>--from</c> and <c>--to</c>.</summary>
internal static class FormatNames
{
    public static readonly Dictionary<string, TranscriptFormat?> From = new(StringComparer.Ordinal)
    {
        ["auto"] = null,
        ["markdown"] = TranscriptFormat.Markdown,
        ["text"] = TranscriptFormat.Text,
        ["html"] = TranscriptFormat.Html,
    };

    public static readonly Dictionary<string, TranscriptFormat> To = new(StringComparer.Ordinal)
    {
        ["json"] = TranscriptFormat.Json,
        ["markdown"] = TranscriptFormat.Markdown,
        ["html"] = TranscriptFormat.Html,
        ["text"] = TranscriptFormat.Text,
        ["akn"] = TranscriptFormat.AkomaNtoso,
    };
}
