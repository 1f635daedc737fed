using BriefingRoom.Formats.Html;

namespace BriefingRoom.Publishing;

/// <summary>The frame every public page shares: document head with the site stylesheet, skip link, the site's header (<see cref="SiteHeader"/>); the footer's close.</summary>
internal static class PublicLayout
{
    public const string SiteName = "Briefing Room";
    public const string Stylesheet = "/site.css";

    /// <summary>Writes up to the site header; <paramref name="head"/> adds links to the head.</summary>
    public static void Open(TextWriter output, string title, string skipText, Action<TextWriter>? head = null)
    {
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        HtmlEscape.Text(output, title);
        output.Write(" | " + SiteName + "</title>\n");
        PublicPage.Link(output, "stylesheet", null, Stylesheet);
        output.Write("<link rel=\"icon\" href=\"data:,\">\n");
        head?.Invoke(output);
        output.Write("</head>\n<body>\n<a class=\"skip\" href=\"#content\">");
        HtmlEscape.Text(output, skipText);
        output.Write("</a>\n");
        SiteHeader.Write(output);
    }

    /// <summary>The footer's line on every public page: where to follow new transcripts.</summary>
    public static void FeedLine(TextWriter output) =>
        output.Write("<p>Follow new transcripts by <a href=\"" + PublicPaths.Root + PublicIndexPage.RssFile
            + "\">RSS</a> or <a href=\"" + PublicPaths.Root + PublicIndexPage.AtomFile + "\">Atom</a>.</p>\n");

    public static void Close(TextWriter output) => output.Write("</footer>\n</body>\n</html>\n");
}
