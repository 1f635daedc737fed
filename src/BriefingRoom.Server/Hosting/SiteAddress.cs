namespace BriefingRoom.Server.Hosting;

/// <summary>
/// The site's public origin for links that leave the page (feeds, invitations): only ever <c>--public-url</c>. Never the
/// request's Host header nor a forwarded host — anyone can send those, and a cache in front would serve the forged
/// links to everyone. Without <c>--public-url</c> links are site-relative (docs/operations.md says what that costs).
/// </summary>
public static class SiteAddress
{
    /// <summary>The configured origin (<c>https://example.gov</c>), or "" for site-relative links.</summary>
    public static string Origin(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.SiteBase;
    }

    /// <summary>A URL for a site path ("/x") under the origin; any other URL (a transcript's source elsewhere) is left as it is.</summary>
    public static string Absolute(string origin, string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.StartsWith('/') ? BriefingRoom.Publishing.PublicPaths.Url(origin, url) : url;
    }
}
