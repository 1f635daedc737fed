using System.ServiceModel.Syndication;
using System.Xml;
using BriefingRoom.Publishing;

namespace BriefingRoom.Tests.Publishing;

/// <summary>The RSS and Atom feeds: valid XML a feed reader loads, titles escaped, newest first, capped.</summary>
public class PublicFeedsTests
{
    private static readonly SiteInfo Site = new("Briefing Room", "https://example.gov", "Transcripts of background press calls");
    private static readonly DateTimeOffset Now = new(2024, 3, 6, 12, 0, 0, TimeSpan.Zero);

    private static PublicRecordSummary Record(int day, string title = "Background Press Call", string summary = "Thanks. Two points.") =>
        new($"/briefing-room/press-briefings/2024/03/{day:00}/call-{day}/", title, new DateOnly(2024, 3, day),
            new DateTimeOffset(2024, 3, day, 15, 0, 0, TimeSpan.FromHours(-5)), new DateTimeOffset(2024, 3, day, 15, 5, 0, TimeSpan.FromHours(-5)), 1, summary);

    public static TheoryData<string> Formats() => ["rss", "atom"];

    private static string Write(string format, IEnumerable<PublicRecordSummary> records) =>
        format == "rss" ? PublicFeeds.Rss(records, Site, Now) : PublicFeeds.Atom(records, Site, Now);

    private static SyndicationFeed Load(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml));
        return SyndicationFeed.Load(reader);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_feed_loads_back_with_each_records_title_link_summary_and_dates(string format)
    {
        var xml = Write(format, [Record(5, "Q&A on \"Tariffs\" <draft> & more", "Costs < benefits & \"soon\".")]);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", xml, StringComparison.Ordinal);
        Assert.Contains("Q&amp;A on", xml, StringComparison.Ordinal);
        Assert.Contains("&lt;draft&gt;", xml, StringComparison.Ordinal);
        var item = Assert.Single(Load(xml).Items);
        Assert.Equal("Q&A on \"Tariffs\" <draft> & more", item.Title.Text);
        Assert.Equal("Costs < benefits & \"soon\".", item.Summary.Text);
        Assert.Equal(new Uri("https://example.gov/briefing-room/press-briefings/2024/03/05/call-5/"), Assert.Single(item.Links).Uri);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 20, 0, 0, TimeSpan.Zero), item.PublishDate.ToUniversalTime());
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Entries_are_newest_first_and_capped(string format)
    {
        var records = Enumerable.Range(1, 28).Concat(Enumerable.Range(1, 28)).Select(day => Record(day)).ToList();

        var items = Load(Write(format, records)).Items.ToList();

        Assert.Equal(PublicFeeds.MaxEntries, items.Count);
        Assert.Equal("https://example.gov/briefing-room/press-briefings/2024/03/28/call-28/", items[0].Links[0].Uri.ToString());
        Assert.Equal(items.OrderByDescending(i => i.PublishDate).Select(i => i.PublishDate), items.Select(i => i.PublishDate));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_control_character_in_a_title_does_not_break_the_feed(string format)
    {
        var item = Assert.Single(Load(Write(format, [Record(5, "Call\u0001 on trade")])).Items);

        Assert.Equal("Call on trade", item.Title.Text);
    }
}
