using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using BriefingRoom.TestSupport;

namespace BriefingRoom.Server.Tests;

/// <summary>
/// Links never take their origin from the request: a forged Host or X-Forwarded-Host (even from loopback, a trusted
/// proxy) appears in no feed, page, invitation or redirect. Absolute links come from --public-url alone.
/// </summary>
public sealed class HostHeaderTests
{
    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    private const string Forged = "evil.example";
    private const string PublicUrl = "https://briefings.example.gov";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_forged_host_reaches_no_feed_page_invitation_or_redirect_and_feed_links_are_site_relative(string engine)
    {
        await using var office = await PublishedAsync(engine, siteBase: "");
        var path = office.PublicPath!;

        var answers = await ForgedAsync(office, path);

        foreach (var (url, answer) in answers)
        {
            Assert.DoesNotContain("evil", answer, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(office.Server.Address.Authority, answer, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(answer), url);
        }
        var atom = XDocument.Parse(answers["/briefing-room/feed.atom"]).Root!;
        Assert.Equal(path, (string)atom.Element(Atom + "entry")!.Element(Atom + "link")!.Attribute("href")!);
        Assert.Contains($"<link>{path}</link>", answers["/briefing-room/feed.rss"], StringComparison.Ordinal);
        var search = XDocument.Parse(answers["/archive/search.atom"]).Root!;
        Assert.All(search.Elements(Atom + "entry"), e => Assert.StartsWith("/archive/", (string)e.Element(Atom + "link")!.Attribute("href")!, StringComparison.Ordinal));
        Assert.Contains($"/briefings/{office.BriefingId}", answers["invitation.ics"], StringComparison.Ordinal);
        Assert.DoesNotContain("URL:", answers["invitation.ics"], StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task With_a_public_url_feeds_and_the_invitation_link_to_it_whatever_the_host_header_says(string engine)
    {
        await using var office = await PublishedAsync(engine, PublicUrl);
        var path = office.PublicPath!;

        var answers = await ForgedAsync(office, path);

        Assert.All(answers.Values, a => Assert.DoesNotContain("evil", a, StringComparison.OrdinalIgnoreCase));
        var atom = XDocument.Parse(answers["/briefing-room/feed.atom"]).Root!;
        Assert.Equal(PublicUrl + path, (string)atom.Element(Atom + "entry")!.Element(Atom + "link")!.Attribute("href")!);
        Assert.Contains($"<link>{PublicUrl}{path}</link>", answers["/briefing-room/feed.rss"], StringComparison.Ordinal);
        var search = XDocument.Parse(answers["/archive/search.atom"]).Root!;
        Assert.StartsWith(PublicUrl + "/archive/search.atom?q=", (string)search.Element(Atom + "id")!, StringComparison.Ordinal);
        Assert.NotEmpty(search.Elements(Atom + "entry"));
        Assert.All(search.Elements(Atom + "entry"), e => Assert.StartsWith(PublicUrl + "/archive/", (string)e.Element(Atom + "link")!.Attribute("href")!, StringComparison.Ordinal));
        Assert.Contains($"URL:{PublicUrl}/briefings/{office.BriefingId}", answers["invitation.ics"], StringComparison.Ordinal);
    }

    private static async Task<Office> PublishedAsync(string engine, string siteBase)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var server = await RunningServer.StartAsync(database.Choice, options: o => o with { SiteBase = siteBase });
        var office = await Office.OnAsync(database, server, ownsDatabase: true);
        await office.RunCallAsync();
        var status = await Eventually.ThatAsync(
            async () => JsonDocument.Parse(await office["publisher"].GetStringAsync(office.Api("/publication"))).RootElement.Clone(),
            s => s.GetProperty("state").GetString() == "published", "publication");
        office.PublicPath = status.GetProperty("path").GetString();
        return office;
    }

    // Every answer that could carry a link, each asked with a forged Host and X-Forwarded-Host; redirects give their Location.
    private static async Task<Dictionary<string, string>> ForgedAsync(Office office, string path)
    {
        var query = "?q=" + Uri.EscapeDataString(Office.RemarkCanary.Replace('-', ' '));
        var answers = new Dictionary<string, string>();
        foreach (var url in (string[])["/briefing-room/", "/briefing-room/feed.rss", "/briefing-room/feed.atom", path, path + "index.md", path + "index.json",
            "/archive/", "/archive/search" + query, "/api/search" + query, "/sign-in"])
        {
            answers[url] = await AskAsync(office["anonymous"], url);
        }
        answers["/archive/search.atom"] = await AskAsync(office["anonymous"], "/archive/search.atom" + query);
        answers["invitation.ics"] = await AskAsync(office["reporterA"], office.Api("/invitation.ics"));
        answers["redirect: no final slash"] = await AskAsync(office["anonymous"], path.TrimEnd('/'), HttpStatusCode.MovedPermanently);
        answers["redirect: sign in first"] = await AskAsync(office["anonymous"], "/staff", HttpStatusCode.Redirect);
        answers["redirect: home"] = await AskAsync(office["reporterA"], "/", HttpStatusCode.Redirect);
        return answers;
    }

    private static async Task<string> AskAsync(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = Forged;
        request.Headers.Add("X-Forwarded-Host", "forwarded." + Forged);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return response.Headers.Location is { } location ? "Location: " + location.OriginalString : body;
    }
}
