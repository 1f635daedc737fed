using System.ServiceModel.Syndication;

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
        FeedXml.Rss(Feed(records, site, now));

    public static string Atom(IEnumerable<PublicRecordSummary> records, SiteInfo site, DateTimeOffset now) =>
        FeedXml.Atom(Feed(records, site, now));

    private static SyndicationFeed Feed(IEnumerable<PublicRecordSummary> records, SiteInfo site, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(site);
        var home = PublicPaths.Url(site.SiteBase, PublicPaths.Root);
        var feed = new SyndicationFeed(FeedXml.Text(site.Name), FeedXml.Text(site.Description), FeedXml.Link(home), home, now)
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
        var item = FeedXml.Item(url, url, r.Title, r.Summary, r.Modified);
        item.PublishDate = r.Published;
        return item;
    }
}
