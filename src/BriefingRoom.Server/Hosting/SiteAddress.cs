namespace BriefingRoom.Server.Hosting;

/// <summary>The site's public origin, for links that must be absolute (feeds).</summary>
public static class SiteAddress
{
    // Feed readers need absolute links: the configured public address, else the one this request came to.
    public static string Origin(ServerOptions options, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(request);
        return options.SiteBase.Length > 0 ? options.SiteBase : $"{request.Scheme}://{request.Host}";
    }

    /// <summary>An absolute URL for a site path ("/x"); any other URL (a transcript's source elsewhere) is left as it is.</summary>
    public static string Absolute(string origin, string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.StartsWith('/') ? BriefingRoom.Publishing.PublicPaths.Url(origin, url) : url;
    }
}
