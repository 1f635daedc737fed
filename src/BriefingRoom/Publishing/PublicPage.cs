using System.Globalization;
using BriefingRoom.Formats;
using BriefingRoom.Formats.Html;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Publishing;

/// <summary>
/// The public HTML page of a record: a complete HTML5 document readable without script, the site's header
/// (<see cref="SiteHeader"/>), the transcript's article (<see cref="HtmlWriter"/>) with its facts line, and links to
/// its archive copy, questions view and every download (<see cref="PublicPaths"/>). Every value is escaped.
/// </summary>
internal static class PublicPage
{
    /// <param name="modifiedZone">The zone's abbreviation at the last modification, for a correction's note.</param>
    public static string Write(Transcript t, string path, string permalink, int version, FactsLine facts, string? modifiedZone)
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
        HtmlWriter.WriteArticle(t, output, header =>
        {
            facts.Write(header);
            Views(header, path);
        });
        output.Write("</main>\n<footer class=\"site\">\n");
        if (version > 1 && m.Modified is { } modified)
        {
            // A reader of a corrected record must be able to tell it changed since it was first published.
            output.Write(string.Create(CultureInfo.InvariantCulture, $"<p class=\"version\">Corrected: version {version}, <time datetime=\"{DateFormats.Instant(modified)}\">"));
            output.Write(DateFormats.OnPage(DateOnly.FromDateTime(modified.DateTime), TimeOnly.FromDateTime(modified.DateTime), modifiedZone));
            output.Write("</time>.</p>\n");
        }
        PublicLayout.FeedLine(output);
        PublicLayout.Close(output);
        return output.ToString();
    }

    // The same views and downloads, in the same words and order, as the archive's transcript page.
    private static void Views(TextWriter output, string path)
    {
        output.Write("<nav class=\"views\" aria-label=\"Views and downloads\">\n");
        Anchor(output, PublicPaths.ArchiveCopy(path), "In the archive");
        Anchor(output, PublicPaths.ArchiveCopy(path, "questions"), "Questions and answers");
        output.Write("<span>Download:</span>\n");
        Anchor(output, path + PublicPaths.MarkdownFile, "Markdown");
        Anchor(output, path + PublicPaths.JsonFile, "JSON");
        Anchor(output, PublicPaths.ArchiveCopy(path, "transcript.akn.xml"), "Akoma Ntoso");
        Anchor(output, PublicPaths.ArchiveCopy(path, "transcript.csv"), "CSV of turns");
        output.Write("</nav>\n");
    }

    private static void Anchor(TextWriter output, string href, string text)
    {
        output.Write("<a href=\"");
        HtmlEscape.Attribute(output, href);
        output.Write("\">");
        HtmlEscape.Text(output, text);
        output.Write("</a>\n");
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
