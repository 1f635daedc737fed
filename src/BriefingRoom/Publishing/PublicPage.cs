using System.Globalization;
using BriefingRoom.Formats;
using BriefingRoom.Formats.Html;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Publishing;

/// <summary>
/// The public HTML page of a record: a complete HTML5 document readable without script, the site's header linking
/// to <c>/briefing-room/</c>, the transcript's article (<see cref="HtmlWriter"/>), and links to the Markdown and JSON
/// beside it (<see cref="PublicPaths"/>). The site stylesheet is <c>/site.css</c>. Every value is escaped.
/// </summary>
internal static class PublicPage
{
    public const string SiteName = "Briefing Room";
    public const string Stylesheet = "/site.css";

    public static string Write(Transcript t, string path, string permalink, int version)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var m = t.Metadata;
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        HtmlEscape.Text(output, InlineText.Flatten(m.Title ?? ""));
        output.Write(" | " + SiteName + "</title>\n");
        Link(output, "canonical", null, permalink);
        Link(output, "stylesheet", null, Stylesheet);
        Link(output, "alternate", "text/markdown", path + PublicPaths.MarkdownFile);
        Link(output, "alternate", "application/json", path + PublicPaths.JsonFile);
        output.Write("</head>\n<body>\n<a class=\"skip\" href=\"#content\">Skip to the transcript</a>\n");
        output.Write("<header class=\"site\">\n<a href=\"" + PublicPaths.Root + "\">" + SiteName + "</a>\n</header>\n");
        output.Write("<main id=\"content\">\n");
        HtmlWriter.WriteArticle(t, output);
        output.Write("</main>\n<footer class=\"site\">\n<p>This transcript as <a href=\"");
        HtmlEscape.Attribute(output, path + PublicPaths.MarkdownFile);
        output.Write("\">Markdown</a> or <a href=\"");
        HtmlEscape.Attribute(output, path + PublicPaths.JsonFile);
        output.Write("\">JSON</a>.</p>\n");
        if (version > 1 && m.Modified is { } modified)
        {
            // A reader of a corrected record must be able to tell it changed since it was first published.
            output.Write(string.Create(CultureInfo.InvariantCulture, $"<p class=\"version\">Corrected: version {version}, <time datetime=\"{DateFormats.Instant(modified)}\">"));
            output.Write(DateFormats.Spelled(DateOnly.FromDateTime(modified.DateTime)));
            output.Write("</time>.</p>\n");
        }
        output.Write("</footer>\n</body>\n</html>\n");
        return output.ToString();
    }

    private static void Link(TextWriter output, string rel, string? type, string href)
    {
        output.Write("<link rel=\"" + rel + "\"");
        if (type is not null)
        {
            output.Write(" type=\"" + type + "\"");
        }
        output.Write(" href=\"");
        HtmlEscape.Attribute(output, href);
        output.Write("\">\n");
    }
}
