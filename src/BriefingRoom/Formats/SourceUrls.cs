using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats;

/// <summary>What a transcript's source address says about it.</summary>
public static class SourceUrls
{
    /// <summary>Archive for the archived sites of earlier administrations (*.archives.gov), otherwise Live.</summary>
    public static FrontMatterStyle StyleOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) &&
        (uri.Host.Equals("archives.gov", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".archives.gov", StringComparison.OrdinalIgnoreCase))
            ? FrontMatterStyle.Archive
            : FrontMatterStyle.Live;
}
