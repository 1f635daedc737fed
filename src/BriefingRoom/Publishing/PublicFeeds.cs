using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using BriefingRoom.Formats;

namespace BriefingRoom.Publishing;

/// <summary>The site a feed belongs to: its name, origin (<c>https://example.gov</c>, or "" for site-relative links) and one-line description.</summary>
public sealed record SiteInfo(string Name, string SiteBase, string Description);

/// <summary>
/// RSS 2.0 and Atom 1.0 feeds of published records, newest publication first, at most <see cref="MaxEntries"/>.
/// They take only <see cref="PublicRecordSummary"/> values, which exist only for records that passed the leak check.
/// </summary>
public static class PublicFeeds
{
    public const int MaxEntries = 50;

    public static string Rss(IEnumerable<PublicRecordSummary> records, SiteInfo site, DateTimeOffset now) =>
        Write(new Rss20FeedFormatter(Feed(records, site, now)));

    public static string Atom(IEnumerable<PublicRecordSummary> records, SiteInfo site, DateTimeOffset now) =>
        Write(new Atom10FeedFormatter(Feed(records, site, now)));

    private static SyndicationFeed Feed(IEnumerable<PublicRecordSummary> records, SiteInfo site, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(site);
        var home = PublicPaths.Url(site.SiteBase, PublicPaths.Root);
        var feed = new SyndicationFeed(Text(site.Name), Text(site.Description), Link(home), home, now)
        {
            Items = [.. records
                .OrderByDescending(r => r.Published)
                .ThenBy(r => r.Path, StringComparer.Ordinal)
                .Take(MaxEntries)
                .Select(r => Item(r, site))],
        };
        return feed;
    }

    private static SyndicationItem Item(PublicRecordSummary r, SiteInfo site)
    {
        var url = PublicPaths.Url(site.SiteBase, r.Path);
        var item = new SyndicationItem
        {
            Title = new TextSyndicationContent(Text(r.Title)),
            Summary = new TextSyndicationContent(Text(r.Summary)),
            Id = url,
            PublishDate = r.Published,
            LastUpdatedTime = r.Modified,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(Link(url)));
        return item;
    }

    // XML 1.0 cannot hold control characters; a title carrying one must not make the feed unwritable.
    private static string Text(string text) => MarkupChars.Clean(text);

    private static Uri Link(string url) => new(url, UriKind.RelativeOrAbsolute);

    private static string Write(SyndicationFeedFormatter formatter)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            formatter.WriteTo(xml);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
