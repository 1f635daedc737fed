using System.CommandLine;
using BriefingRoom.Formats;

namespace BriefingRoom.CommandLine;

/// <summary>The format names the commands take for <c>--from</c> and <c>--to</c>, and those two options.</summary>
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
        ["vtt"] = TranscriptFormat.WebVtt,
    };

    public static Option<string> FromOption()
    {
        var from = new Option<string>("--from") { Description = "The input's format.", DefaultValueFactory = _ => "auto" };
        from.AcceptOnlyFromAmong([.. From.Keys]);
        return from;
    }

    public static Option<string> ToOption(string defaultName)
    {
        var to = new Option<string>("--to") { Description = "The output's format.", DefaultValueFactory = _ => defaultName };
        to.AcceptOnlyFromAmong([.. To.Keys]);
        return to;
    }
}
