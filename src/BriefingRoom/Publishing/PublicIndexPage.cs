using System.Globalization;
using BriefingRoom.Formats;
using BriefingRoom.Formats.Html;

namespace BriefingRoom.Publishing;

/// <summary>
/// The public briefing-room index: published records newest first, a table of date, time, title, kind and attribution
/// (stacked rows on a phone), with the feeds beside them. Built only from <see cref="PublicIndexRow"/> values, whose
/// records exist only once checked.
/// </summary>
public static class PublicIndexPage
{
    public const string RssFile = "feed.rss";
    public const string AtomFile = "feed.atom";

    /// <param name="page">1-based; <paramref name="more"/> says whether an older page follows.</param>
    public static string Write(IReadOnlyList<PublicIndexRow> rows, int page, bool more)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        PublicLayout.Open(output, "Briefings and transcripts", "Skip to the list", head =>
        {
            PublicPage.Link(head, "alternate", "application/rss+xml", PublicPaths.Root + RssFile);
            PublicPage.Link(head, "alternate", "application/atom+xml", PublicPaths.Root + AtomFile);
        });
        output.Write("<main id=\"content\">\n<h1>Briefings and transcripts</h1>\n");
        if (rows.Count == 0)
        {
            output.Write("<p>Nothing has been published yet.</p>\n");
        }
        else
        {
            output.Write("<p class=\"meta\">Published transcripts, newest first. Every transcript is also in the <a href=\"" + SiteHeader.ArchivePath
                + "\">archive</a>, where it can be searched.</p>\n");
            // The archive index's table, its classes and labels, so both stack into rows the same way on a phone.
            output.Write("<table class=\"list archive public\">\n<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Time</th>"
                + "<th scope=\"col\">Title</th><th scope=\"col\">Kind</th><th scope=\"col\">Attribution</th></tr></thead>\n<tbody>\n");
            foreach (var row in rows)
            {
                Row(output, row);
            }
            output.Write("</tbody>\n</table>\n");
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
        output.Write("</nav>\n</main>\n<footer class=\"site\">\n");
        PublicLayout.FeedLine(output);
        PublicLayout.Close(output);
        return output.ToString();
    }

    private static void Row(TextWriter output, PublicIndexRow row)
    {
        var (r, facts) = (row.Record, row.Facts);
        var date = facts.Date ?? r.Date;
        output.Write("<tr>\n<td class=\"date\" data-label=\"Date\"><time datetime=\"" + DateFormats.Date(date) + "\">" + DateFormats.InRow(date) + "</time></td>\n");
        output.Write("<td class=\"date\" data-label=\"Time\">");
        if (facts.Time is { } time)
        {
            output.Write("<time datetime=\"" + DateFormats.Time(time) + "\">");
            HtmlEscape.Text(output, DateFormats.Clock(time, facts.Zone));
            output.Write("</time>");
        }
        else
        {
            output.Write("<span class=\"hint\">Not recorded</span>");
        }
        output.Write("</td>\n<td data-label=\"Title\"><a href=\"");
        HtmlEscape.Attribute(output, r.Path);
        output.Write("\">");
        HtmlEscape.Text(output, r.Title);
        output.Write("</a>");
        if (r.Version > 1)
        {
            output.Write("<span class=\"hint\"> · corrected</span>");
        }
        output.Write("</td>\n<td class=\"kind\" data-label=\"Kind\">");
        HtmlEscape.Text(output, VocabularyLabels.Kind(facts.Kind));
        output.Write("</td>\n<td class=\"kind\" data-label=\"Attribution\">");
        HtmlEscape.Text(output, VocabularyLabels.Attribution(facts.Attribution));
        output.Write("</td>\n</tr>\n");
    }

    /// <summary>The public "not found" page; it never says whether something exists but is not yet public.</summary>
    public static string NotFound()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        PublicLayout.Open(output, "Not found", "Skip to the message");
        output.Write("<main id=\"content\">\n<h1>Not found</h1>\n<p>There is no published transcript at this address. See <a href=\"" + PublicPaths.Root
            + "\">all briefings and transcripts</a>.</p>\n</main>\n<footer class=\"site\">\n");
        PublicLayout.FeedLine(output);
        PublicLayout.Close(output);
        return output.ToString();
    }
}
