using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BriefingRoom.Server.CommandLine;
using BriefingRoom.TestSupport;

namespace BriefingRoom.Server.Tests;

/// <summary>The search page and the Atom feed per search, on each database: what a reporter sees, follows and subscribes to.</summary>
public sealed partial class SearchPageTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-search-page-").FullName;

    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    /// <summary>A server over an archive of three imported transcripts, and an anonymous client of it.</summary>
    private sealed record Archive(TestDatabase Database, RunningServer Server, HttpClient Client) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await Server.DisposeAsync();
            await Database.DisposeAsync();
        }
    }

    private async Task<Archive> ArchiveAsync(string engine, string siteBase = "")
    {
        var database = await TestDatabase.CreateAsync(engine);
        File.WriteAllText(Path.Combine(_folder, "a.md"), SearchTests.Call("2019-05-14", "Background Press Call on the Vienna Document", "https://example.gov/a/",
            "MODERATOR:  This call is on background.",
            "SENIOR ADMINISTRATION OFFICIAL:  The Vienna Document needs modernising.",
            "Q    Will the Vienna Document cover snap exercises?"));
        File.WriteAllText(Path.Combine(_folder, "b.md"), SearchTests.Call("2022-01-08", "Press Briefing by the Press Secretary", "https://example.gov/b/",
            "MS. PARKER:  Good afternoon.",
            // Escaped, so the reader keeps the markup as words a person typed (a bare tag would be a raw HTML inline, never written out).
            "Q    Is the Vienna Document \\<script>alert(1)\\</script> dead?"));
        File.WriteAllText(Path.Combine(_folder, "c.md"), SearchTests.Call("2020-03-02", "Press Gaggle on the Canal", "https://example.gov/c/",
            [.. Enumerable.Range(1, 25).Select(i => $"Q    Canal question number {i}?\n\nMR. LOCK:  Canal answer number {i}.")]));
        Assert.Equal(Cli.Ok, Cli.Run(["import", _folder, "--database", database.Choice.ConnectionString], TextReader.Null, new StringWriter(), new StringWriter()));
        var server = await RunningServer.StartAsync(database.Choice, options: o => o with { SiteBase = siteBase });
        return new Archive(database, server, server.NewClient());
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task The_page_finds_a_phrase_narrows_by_facet_and_pages_keeping_the_filters(string engine)
    {
        await using var archive = await ArchiveAsync(engine);
        var client = archive.Client;

        var found = await client.GetStringAsync("/archive/search?q=%22vienna+document%22");
        Assert.Contains("1–3 of 3 paragraphs", found, StringComparison.Ordinal);
        Assert.Contains("The <mark>Vienna</mark> <mark>Document</mark> needs modernising.", found, StringComparison.Ordinal);
        // The label already says the role, so no badge repeats it.
        Assert.Contains("<span class=\"speaker\">SENIOR ADMINISTRATION OFFICIAL</span></p>", found, StringComparison.Ordinal);
        Assert.Matches("<a href=\"[^\"#]+#p-[0-9a-f]{10}\">Background Press Call on the Vienna Document</a>", found);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"This search (Atom)\" href=\"/archive/search.atom?q=%22vienna%20document%22\"", System.Net.WebUtility.HtmlDecode(found), StringComparison.Ordinal);
        Assert.Contains(">Follow this search (Atom)</a>", found, StringComparison.Ordinal);

        // The paragraph's markup is text: escaped in the snippet, never a script.
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", found, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", found, StringComparison.Ordinal);

        var narrowed = await FollowAsync(client, found, "Reporters&#x27; questions", "/archive/search?q=%22vienna%20document%22&role=reporter");
        Assert.Contains("1–2 of 2 paragraphs", narrowed, StringComparison.Ordinal);
        Assert.Contains("<option value=\"reporter\" selected>", narrowed, StringComparison.Ordinal);
        Assert.Equal("/archive/search?q=%22vienna%20document%22", Href(narrowed, "Who spoke: Reporters&#x27; questions <span aria-hidden=\"true\">×</span>"));
        var year = await client.GetStringAsync(Href(narrowed, "2022"));
        Assert.Contains("1–1 of 1 paragraphs", year, StringComparison.Ordinal);
        Assert.Contains("value=\"2022-01-01\"", year, StringComparison.Ordinal);

        var first = await client.GetStringAsync("/archive/search?q=canal&role=reporter&order=date");
        Assert.Contains("1–20 of 25 paragraphs", first, StringComparison.Ordinal);
        var second = await FollowAsync(client, first, "Next →", "/archive/search?q=canal&role=reporter&order=date&page=2");
        Assert.Contains("21–25 of 25 paragraphs", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Next →", second, StringComparison.Ordinal);
        Assert.Equal("/archive/search?q=canal&role=reporter&order=date", Href(second, "← Previous"));
        Assert.DoesNotContain("(named)", second, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task The_feed_lists_the_newest_matches_with_links_under_the_public_url(string engine)
    {
        await using var archive = await ArchiveAsync(engine, "https://briefings.example.gov");
        var client = archive.Client;

        using var response = await client.GetAsync("/archive/search.atom?q=vienna&role=reporter");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(["Press Briefing by the Press Secretary — Q", "Background Press Call on the Vienna Document — Q"], entries.Select(e => (string)e.Element(Atom + "title")!));
        Assert.Equal(["2022-01-08T00:00:00Z", "2019-05-14T00:00:00Z"], entries.Select(e => (string)e.Element(Atom + "updated")!));
        Assert.Equal("Is the Vienna Document <script>alert(1)</script> dead?", (string)entries[0].Element(Atom + "summary")!);
        foreach (var entry in entries)
        {
            var link = (string)entry.Element(Atom + "link")!.Attribute("href")!;
            Assert.Matches("^https://briefings\\.example\\.gov/archive/[^#]+#p-[0-9a-f]{10}$", link);
            Assert.Equal(link, (string)entry.Element(Atom + "id")!);
        }
        Assert.StartsWith("https://briefings.example.gov/archive/search.atom?q=vienna&role=reporter", (string)feed.Element(Atom + "id")!, StringComparison.Ordinal);

        var again = XDocument.Parse(await client.GetStringAsync("/archive/search.atom?q=vienna&role=reporter")).Root!;
        Assert.Equal(entries.Select(e => (string)e.Element(Atom + "id")!), again.Elements(Atom + "entry").Select(e => (string)e.Element(Atom + "id")!));

        using var bad = await client.GetAsync("/archive/search.atom?q=%22vienna");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("column 1: the quote opened here is never closed", problem.GetProperty("errors").GetProperty("q")[0].GetString());
    }

    [SkippableFact]
    public async Task Bad_input_is_shown_at_its_field_with_what_was_typed_and_a_blank_query_gets_the_cheat_sheet()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var server = await RunningServer.StartAsync(database.Choice);
        using var client = server.NewClient();

        using var response = await client.GetAsync("/archive/search?q=sanctions+and+%22Vienna+Document&from=2022-13-01&role=reporter&page=two");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<span class=\"field-error\" id=\"f-q-error\">column 15: the quote opened here is never closed</span>", page, StringComparison.Ordinal);
        Assert.Contains("sanctions and \"Vienna Document<br>              ^</pre>", page.Replace("&quot;", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<span class=\"field-error\" id=\"f-from-error\">&#x27;2022-13-01&#x27; is not a date like 2022-01-08.</span>", page, StringComparison.Ordinal);
        Assert.Contains("'two' is not a page number.", page.Replace("&#x27;", "'", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("value=\"sanctions and &quot;Vienna Document\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"2022-13-01\"", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"reporter\" selected>", page, StringComparison.Ordinal);

        var typed = await client.GetStringAsync("/archive/search?q=%3Cb%3Ebold");
        Assert.Contains("value=\"&lt;b&gt;bold\"", typed, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold", typed, StringComparison.Ordinal);

        using var blank = await client.GetAsync("/archive/search");
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        var help = await blank.Content.ReadAsStringAsync();
        Assert.Contains("How to write a query", help, StringComparison.Ordinal);
        Assert.DoesNotContain("field-error", help, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/archive/search\">Search</a>", help, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task The_page_and_feed_show_a_briefing_only_once_published_and_never_its_officials_name(string engine)
    {
        await using var office = await Office.OpenAsync(engine);
        await office.RunCallAsync(conclude: false);
        var query = "?q=" + Office.RemarkCanary.Replace("-", "+", StringComparison.Ordinal);
        var page = await office["anonymous"].GetStringAsync("/archive/search" + query);
        var feed = await office["anonymous"].GetStringAsync("/archive/search.atom" + query);
        Assert.Contains("No paragraphs match", page, StringComparison.Ordinal);
        Assert.Empty(XDocument.Parse(feed).Root!.Elements(Atom + "entry"));
        Assert.DoesNotContain(Office.RemarkCanary, page + feed, StringComparison.OrdinalIgnoreCase);

        await office.OkAsync("moderator", office.Api("/conclude?confirm=true"));
        await Eventually.ThatAsync(() => office["publisher"].GetFromJsonAsync<JsonElement>(office.Api("/publication")),
            s => s.GetProperty("state").GetString() == "published", "publication");

        page = await office["anonymous"].GetStringAsync("/archive/search" + query);
        feed = await office["anonymous"].GetStringAsync("/archive/search.atom" + query);
        Assert.Contains("1–1 of 1 paragraphs", page, StringComparison.Ordinal);
        Assert.Single(XDocument.Parse(feed).Root!.Elements(Atom + "entry"));
        Assert.Contains("<mark>tangerine</mark>-<mark>canary</mark>-<mark>4417</mark>", page, StringComparison.Ordinal);
        Assert.Contains(Office.RemarkCanary, feed, StringComparison.Ordinal);
        Assert.All([page, feed], body => Assert.Contains("SENIOR ADMINISTRATION OFFICIAL", body, StringComparison.Ordinal));
        Office.AssertNoOfficialName(page, feed);
    }

    private static async Task<string> FollowAsync(HttpClient client, string html, string content, string expected)
    {
        Assert.Equal(expected, Href(html, content));
        return await client.GetStringAsync(expected);
    }

    // The href of the link whose content is exactly this markup, HTML entities in the href undone.
    private static string Href(string html, string content)
    {
        var match = Regex.Match(html, "<a [^>]*href=\"([^\"]*)\"[^>]*>" + Regex.Escape(content) + "</a>");
        Assert.True(match.Success, $"no link \"{content}\"");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
