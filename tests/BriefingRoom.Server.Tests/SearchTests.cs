using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BriefingRoom.Server.Archive;
using BriefingRoom.Server.CommandLine;
using BriefingRoom.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Tests;

/// <summary>The archive's search on each database: phrases, prefixes, booleans, filters, facets, order, paging, snippets — and never embargoed words.</summary>
public sealed class SearchTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-search-").FullName;

    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    internal static string Call(string date, string title, string url, params string[] turns) => $"""
        ---
        tags: press-briefings
        date: '{date}'
        source_url: {url}
        title: {title}
        ---

        Via Teleconference

        2:03 P.M. EDT

        {string.Join("\n\n", turns)}

        2:30 P.M. EDT
        """;

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Queries_filters_facets_order_and_paging_answer_the_same_on_each_engine(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        File.WriteAllText(Path.Combine(_folder, "a.md"), Call("2019-05-14", "Background Press Call on the Vienna Document", "https://example.gov/a/",
            "MODERATOR:  This call is on background.",
            "SENIOR ADMINISTRATION OFFICIAL:  The Vienna Document needs modernising; sanctions stay.",
            "Q    Will the Vienna Document cover snap exercises?",
            "SENIOR ADMINISTRATION OFFICIAL:  Sanctioned exercises are covered already."));
        File.WriteAllText(Path.Combine(_folder, "b.md"), Call("2022-01-08", "Press Briefing by the Press Secretary", "https://example.gov/b/",
            "MS. PARKER:  Good afternoon. On sanctions, nothing changes.",
            "Q    Does the Vienna Document matter to Belarus?",
            "MS. PARKER:  I will not speak to Belarus."));
        Assert.Equal(Cli.Ok, Cli.Run(["import", _folder, "--database", database.Choice.ConnectionString], TextReader.Null, new StringWriter(), new StringWriter()));
        await using var server = await RunningServer.StartAsync(database.Choice);
        using var client = server.NewClient();

        async Task<JsonElement> Search(string query) => await client.GetFromJsonAsync<JsonElement>("/api/search?" + query);
        static string[] Anchors(JsonElement found) => [.. found.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("speaker").GetString() + ":" + h.GetProperty("role").GetString())];

        var phrase = await Search("q=%22vienna%20document%22");
        Assert.Equal(3, phrase.GetProperty("total").GetInt32());
        Assert.Equal(2, phrase.GetProperty("facets").GetProperty("role").GetProperty("reporter").GetInt32());
        Assert.Equal(1, phrase.GetProperty("facets").GetProperty("year").GetProperty("2022").GetInt32());
        Assert.Equal(3, (await Search("q=sanction*")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await Search("q=%22vienna%20document%22%20NOT%20belarus&role=reporter")).GetProperty("total").GetInt32());
        Assert.Equal(3, (await Search("q=belarus%20OR%20snap")).GetProperty("total").GetInt32());
        Assert.Equal(["MS. PARKER:named"], Anchors(await Search("q=sanctions&from=2020-01-01")));
        Assert.Equal(2, (await Search("q=vienna&kind=background-press-call")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await Search("q=vienna&attribution=on-record")).GetProperty("total").GetInt32());

        var byDate = await Search("q=vienna&order=date&pageSize=1&page=1");
        var hit = byDate.GetProperty("hits")[0];
        Assert.Equal(["url", "title", "date", "speaker", "role", "paragraph", "snippet"], hit.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2022-01-08", hit.GetProperty("date").GetString());
        Assert.Equal("Does the <mark>Vienna</mark> Document matter to Belarus?", hit.GetProperty("snippet").GetString());
        Assert.Matches("^p-[0-9a-f]{10}$", hit.GetProperty("paragraph").GetString());
        var page = await client.GetStringAsync(hit.GetProperty("url").GetString()); // the hit leads to our transcript page, where its anchor is
        Assert.Matches("^/archive/[0-9]+/$", hit.GetProperty("url").GetString());
        Assert.Contains($"<p id=\"{hit.GetProperty("paragraph").GetString()}\">", page, StringComparison.Ordinal);
        Assert.Contains("https://example.gov/b/", page, StringComparison.Ordinal);
        var second = (await Search("q=vienna&order=date&pageSize=1&page=2")).GetProperty("hits")[0];
        Assert.Equal("2019-05-14", second.GetProperty("date").GetString());
    }

    [SkippableFact]
    public async Task A_malformed_query_says_where_on_the_API_and_the_command_line()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var server = await RunningServer.StartAsync(database.Choice);
        using var client = server.NewClient();

        var response = await client.GetAsync("/api/search?q=%22unclosed&role=senator&attribution=anonymous&kind=");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("column 1: the quote opened here is never closed", problem.GetProperty("errors").GetProperty("q")[0].GetString());
        Assert.StartsWith("'senator' is not one of", problem.GetProperty("errors").GetProperty("role")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("'anonymous' is not one of: not-stated, on-record, background, deep-background, off-record.", problem.GetProperty("errors").GetProperty("attribution")[0].GetString());
        Assert.False(problem.GetProperty("errors").TryGetProperty("kind", out _)); // blank is any kind, as a form's "Any" sends it

        using var stderr = new StringWriter();
        Assert.Equal(Cli.BadInput, Cli.Run(["search", "NOT alone", "--database", database.Choice.ConnectionString], TextReader.Null, new StringWriter(), stderr));
        Assert.StartsWith("briefing search: q: column 1:", stderr.ToString(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Search_finds_a_briefing_only_once_it_is_published_and_never_its_officials_name(string engine)
    {
        await using var office = await Office.OpenAsync(engine);
        await office.RunCallAsync(conclude: false);
        var query = "/api/search?q=" + Office.RemarkCanary.Replace("-", "%20", StringComparison.Ordinal);
        Assert.Equal(0, (await office["anonymous"].GetFromJsonAsync<JsonElement>(query)).GetProperty("total").GetInt32());

        await office.OkAsync("moderator", office.Api("/conclude?confirm=true"));
        await Eventually.ThatAsync(() => office["publisher"].GetFromJsonAsync<JsonElement>(office.Api("/publication")),
            s => s.GetProperty("state").GetString() == "published", "publication");

        var found = await office["anonymous"].GetStringAsync(query);
        Assert.Contains("\"total\":1", found, StringComparison.Ordinal);
        Assert.Contains("SENIOR ADMINISTRATION OFFICIAL", found, StringComparison.Ordinal);
        Assert.DoesNotContain("Quillfeather", found, StringComparison.OrdinalIgnoreCase);
        var byName = await office["anonymous"].GetFromJsonAsync<JsonElement>("/api/search?q=quillfeather");
        Assert.Equal(0, byName.GetProperty("total").GetInt32());
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task More_matches_than_can_be_ranked_come_newest_first_and_say_so_and_a_filter_ranks_them_again(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var questions = Enumerable.Range(1, ArchiveSearch.MostRanked).Select(i => $"Q    Question {i} on tariffs.");
        File.WriteAllText(Path.Combine(_folder, "long.md"), Call("2019-05-14", "Press Briefing on Trade", "https://example.gov/long/",
            ["MS. PARKER:  Tariffs, tariffs, tariffs: that is today's subject.", .. questions]));
        File.WriteAllText(Path.Combine(_folder, "new.md"), Call("2024-02-01", "Press Gaggle on Ports", "https://example.gov/new/",
            "MS. PARKER:  Port fees, not tariffs, are the news today."));
        Assert.Equal(Cli.Ok, Cli.Run(["import", _folder, "--database", database.Choice.ConnectionString], TextReader.Null, new StringWriter(), new StringWriter()));
        await using var server = await RunningServer.StartAsync(database.Choice);
        using var client = server.NewClient();

        // 10,002 paragraphs match: too many to score, so the newest transcript's comes first, and the answer says which order it used.
        var all = await client.GetFromJsonAsync<JsonElement>("/api/search?q=tariffs");
        Assert.Equal(ArchiveSearch.MostRanked + 2, all.GetProperty("total").GetInt32());
        Assert.Equal("date", all.GetProperty("order").GetString());
        Assert.Equal("2024-02-01", all.GetProperty("hits")[0].GetProperty("date").GetString());
        var page = await client.GetStringAsync("/archive/search?q=tariffs");
        Assert.Contains("too many to rank by relevance, so the newest come first", page, StringComparison.Ordinal);

        // Narrowed to the two officials' paragraphs, they are ranked: three mentions in a short paragraph beat one.
        var ranked = await client.GetFromJsonAsync<JsonElement>("/api/search?q=tariffs&role=named");
        Assert.Equal("relevance", ranked.GetProperty("order").GetString());
        Assert.Equal(2, ranked.GetProperty("total").GetInt32());
        Assert.Equal("2019-05-14", ranked.GetProperty("hits")[0].GetProperty("date").GetString());
        Assert.DoesNotContain("too many to rank", await client.GetStringAsync("/archive/search?q=tariffs&role=named"), StringComparison.Ordinal);

        using var output = new StringWriter();
        Assert.Equal(Cli.Ok, Cli.Run(["search", "tariffs", "--database", database.Choice.ConnectionString], TextReader.Null, output, new StringWriter()));
        Assert.Contains("too many to rank: newest first", output.ToString(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_document_rewritten_with_new_paragraphs_is_searched_by_its_new_date_and_words(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        File.WriteAllText(Path.Combine(_folder, "a.md"), Call("2019-05-14", "Press Briefing on Trade", "https://example.gov/a/",
            "MS. PARKER:  Tariffs stay where they are."));
        Assert.Equal(Cli.Ok, Cli.Run(["import", _folder, "--database", database.Choice.ConnectionString], TextReader.Null, new StringWriter(), new StringWriter()));
        using var columns = new SearchColumns();
        async Task<SearchResults> Search(string query, DateOnly? from = null)
        {
            await using var db = database.Choice.CreateContext();
            return await new ArchiveSearch(db, columns).RunAsync(new SearchRequest(BriefingRoom.Archive.Search.SearchQuery.Parse(query), From: from));
        }
        Assert.Equal(1, (await Search("tariffs")).Total);

        // As a published correction does: the document keeps its row, takes a new date, and its paragraphs are written afresh.
        await using (var db = database.Choice.CreateContext())
        {
            var document = await db.ArchiveDocuments.Include(d => d.Paragraphs).SingleAsync();
            document.Date = new DateOnly(2024, 2, 1);
            var paragraph = document.Paragraphs.Single();
            db.ArchiveParagraphs.Remove(paragraph);
            document.Paragraphs = [new() { Turn = 0, Number = 0, Anchor = "p-0000000001", Speaker = "MS. PARKER", Role = "named", Text = "Quotas stay where they are.", Folded = "quotas stay where they are" }];
            await db.SaveChangesAsync();
        }
        Assert.Equal(0, (await Search("tariffs")).Total);
        var found = await Search("quotas", from: new DateOnly(2024, 1, 1));
        Assert.Equal(1, found.Total);
        Assert.Equal(new DateOnly(2024, 2, 1), found.Hits[0].Date);
        Assert.Equal(1, found.Facets["year"]["2024"]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
