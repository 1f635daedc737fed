using BriefingRoom.Formats.Html;

namespace BriefingRoom.Publishing;

/// <summary>The frame every public page shares: document head with the site stylesheet, skip link, site header; the footer's close.</summary>
internal static class PublicLayout
{
    public const string SiteName = "Briefing Room";
    public const string Stylesheet = "/site.css";

    /// <summary>Writes up to and including <c>&lt;main id="content"&gt;</c>'s opening; <paramref name="head"/> adds links to the head.</summary>
    public static void Open(TextWriter output, string title, string skipText, Action<TextWriter>? head = null)
    {
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        HtmlEscape.Text(output, title);
        output.Write(" | " + SiteName + "</title>\n");
        PublicPage.Link(output, "stylesheet", null, Stylesheet);
        head?.Invoke(output);
        output.Write("</head>\n<body>\n<a class=\"skip\" href=\"#content\">");
        HtmlEscape.Text(output, skipText);
        output.Write("</a>\n<header class=\"site\">\n<a href=\"" + PublicPaths.Root + "\">" + SiteName + "</a>\n</header>\n");
    }

    public static void Close(TextWriter output) => output.Write("</footer>\n</body>\n</html>\n");
}
