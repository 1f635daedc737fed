namespace BriefingRoom.Publishing;

/// <summary>
/// The site header's markup, the same bytes on the static public pages and the server's pages (Layout.razor), so the
/// briefing room, the archive and search read as one site. The server puts the signed-in user where
/// <see cref="SignedOut"/> goes; the static pages cannot know who reads them, so they always offer to sign in.
/// </summary>
public static class SiteHeader
{
    public const string ArchivePath = "/archive/";
    public const string SearchPath = "/archive/search";
    public const string SignInPath = "/sign-in";

    /// <summary>The site's name and its sections; the brand leads to "/", which sends each reader to their own start page.</summary>
    public const string Sections =
        "<a class=\"brand\" href=\"/\">Briefing Room</a>\n" +
        "<nav aria-label=\"Site\" class=\"sections\"><a href=\"" + PublicPaths.Root + "\">Briefing room</a> <a href=\"" + ArchivePath
        + "\">Archive</a> <a href=\"" + SearchPath + "\">Search</a></nav>\n";

    /// <summary>The account links for a reader who is not signed in.</summary>
    public const string SignedOut =
        "<nav aria-label=\"Account\"><a href=\"" + SignInPath + "\">Sign in</a> <a href=\"/register\">Register as a reporter</a></nav>\n";

    public static void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write("<header class=\"site\">\n" + Sections + SignedOut + "</header>\n");
    }
}
