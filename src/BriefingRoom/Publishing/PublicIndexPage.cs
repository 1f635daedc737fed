using System.Globalization;
using BriefingRoom.Formats;
using BriefingRoom.Formats.Html;

namespace BriefingRoom.Publishing;

/// <summary>
/// The public briefing-room index: published records newest first, each its title, date and link, with the feeds
/// beside them. Built only from <see cref="PublicRecordSummary"/> values, which exist only for checked records.
/// </summary>
public static class PublicIndexPage
{
    public const string RssFile = "feed.rss";
    public const string AtomFile = "feed.atom";

    /// <param name="page">1-based; <paramref name="more"/> says whether an older page follows.</param>
    public static string Write(IReadOnlyList<PublicRecordSummary> records, int page, bool more)
    {
        ArgumentNullException.ThrowIfNull(records);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        PublicLayout.Open(output, "Briefings and transcripts", "Skip to the list", head =>
        {
            PublicPage.Link(head, "alternate", "application/rss+xml", PublicPaths.Root + RssFile);
            PublicPage.Link(head, "alternate", "application/atom+xml", PublicPaths.Root + AtomFile);
        });
        output.Write("<main id=\"content\">\n<h1>Briefings and transcripts</h1>\n");
        if (records.Count == 0)
        {
            output.Write("<p>Nothing has been published yet.</p>\n");
        }
        else
        {
            output.Write("<ol class=\"records\">\n");
            foreach (var r in records)
            {
                output.Write("<li><a href=\"");
                HtmlEscape.Attribute(output, r.Path);
                output.Write("\">");
                HtmlEscape.Text(output, r.Title);
                output.Write("</a> <time datetime=\"" + r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\">");
                output.Write(DateFormats.Spelled(r.Date));
                output.Write("</time>");
                if (r.Version > 1)
                {
                    output.Write(" <span class=\"version\">corrected</span>");
                }
                output.Write("</li>\n");
            }
            output.Write("</ol>\n");
        }
        output.Write("<nav class=\"pages\" aria-label=\"Pages\">");
        if (page > 1)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"<a rel=\"prev\" href=\"{PublicPaths.Root}?page={page - 1}\">Newer</a> "));
        }
        if (more)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"<a rel=\"next\" href=\"{PublicPaths.Root}?page={page + 1}\">Older</a>"));
        }
        output.Write("</nav>\n</main>\n<footer class=\"site\">\n<p>Follow new transcripts by <a href=\"" + PublicPaths.Root + RssFile
            + "\">RSS</a> or <a href=\"" + PublicPaths.Root + AtomFile + "\">Atom</a>.</p>\n");
        PublicLayout.Close(output);
        return output.ToString();
    }

    /// <summary>The public "not found" page; it never says whether something exists but is not yet public.</summary>
    public static string NotFound()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        PublicLayout.Open(output, "Not found", "Skip to the message");
        output.Write("<main id=\"content\">\n<h1>Not found</h1>\n<p>There is no published transcript at this address. See <a href=\"" + PublicPaths.Root
            + "\">all briefings and transcripts</a>.</p>\n</main>\n<footer class=\"site\">\n");
        PublicLayout.Close(output);
        return output.ToString();
    }
}
