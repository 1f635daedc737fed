using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using BriefingRoom.Formats;

namespace BriefingRoom.Publishing;

/// <summary>What every feed of the site shares: text XML can hold, links, and writing a syndication feed out as UTF-8.</summary>
public static class FeedXml
{
    // XML 1.0 cannot hold control characters; a title carrying one must not make the feed unwritable.
    public static string Text(string text) => MarkupChars.Clean(text);

    public static Uri Link(string url) => new(url, UriKind.RelativeOrAbsolute);

    /// <summary>An entry with a plain-text title and summary, one alternate link, and its id.</summary>
    public static SyndicationItem Item(string id, string url, string title, string summary, DateTimeOffset updated)
    {
        var item = new SyndicationItem
        {
            Title = new TextSyndicationContent(Text(title)),
            Summary = new TextSyndicationContent(Text(summary)),
            Id = id,
            LastUpdatedTime = updated,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(Link(url)));
        return item;
    }

    public static string Atom(SyndicationFeed feed) => Write(new Atom10FeedFormatter(feed));

    public static string Rss(SyndicationFeed feed) => Write(new Rss20FeedFormatter(feed));

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
