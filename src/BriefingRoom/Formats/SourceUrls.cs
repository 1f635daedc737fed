using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats;

/// <summary>What a transcript's source address says about it.</summary>
public static class SourceUrls
{
    /// <summary>True for an absolute http, https or mailto address: the only links a writer makes live.</summary>
    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto);

    /// <summary>Archive for the archived sites of earlier administrations (*.archives.gov), otherwise Live.</summary>
    public static FrontMatterStyle StyleOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) &&
        (uri.Host.Equals("archives.gov", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".archives.gov", StringComparison.OrdinalIgnoreCase))
            ? FrontMatterStyle.Archive
            : FrontMatterStyle.Live;
}
