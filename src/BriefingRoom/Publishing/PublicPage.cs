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
    public static string Write(Transcript t, string path, string permalink, int version)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var m = t.Metadata;
        PublicLayout.Open(output, InlineText.Flatten(m.Title ?? ""), "Skip to the transcript", head =>
        {
            Link(head, "canonical", null, permalink);
            Link(head, "alternate", "text/markdown", path + PublicPaths.MarkdownFile);
            Link(head, "alternate", "application/json", path + PublicPaths.JsonFile);
        });
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
        PublicLayout.Close(output);
        return output.ToString();
    }

    internal static void Link(TextWriter output, string rel, string? type, string href)
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
