using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BriefingRoom.Formats;
using BriefingRoom.Server.CommandLine;
using BriefingRoom.Server.Storage;
using BriefingRoom.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Tests;

/// <summary>The archive's pages and downloads on each database: index order, filters and paging, transcripts with roles and anchors, questions and answers, every export.</summary>
public sealed partial class ArchivePagesTests : IDisposable
{
    private const string Vienna = "Background Press Call on the Vienna Document";
    private const string Gaggle = "Press Gaggle on <script>alert(1)</script> tariffs";
    private const string Briefing = "Press Briefing by the Press Secretary";

    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-archive-").FullName;

    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    private static string Call(string date, string title, string? url, params string[] turns) => $"""
        ---
        tags: press-briefings
        date: '{date}'
        {(url is null ? "" : $"source_url: {url}")}
        title: '{title}'
        ---

        Via Teleconference

        2:03 P.M. EDT

        {string.Join("\n\n", turns)}

        2:30 P.M. EDT
        """;

    // Three calls in the three import formats, and enough older filler to need a second page.
    private async Task<(RunningServer Server, HttpClient Client, Dictionary<string, long> Ids)> ArchiveAsync(TestDatabase database)
    {
        File.WriteAllText(Path.Combine(_folder, "vienna.md"), Call("2019-05-14", Vienna, "https://example.gov/vienna/",
            "MODERATOR:  This call is on background. First question, please.",
            "Q    Will the Vienna Document cover snap exercises, or \"notified\" ones only?",
            "MODERATOR:  Go ahead.",
            "SENIOR ADMINISTRATION OFFICIAL ONE:  It should cover snap exercises.",
            "SENIOR ADMINISTRATION OFFICIAL TWO:  And we will press for it, with allies.",
            "Q    =HYPERLINK(\"https://evil.example\") is what I typed.",
            "Q    One last question: what about Belarus?",
            "OPERATOR:  That concludes the call."));
        var gaggle = TranscriptFormats.Read(Call("2020-03-01", Gaggle, "javascript:alert(3)",
            "MS. PARKER:  Good morning. <script>alert(2)</script> is not a tariff.",
            "Q    Any news on tariffs?",
            "MS. PARKER:  None today."), TranscriptFormat.Markdown);
        File.WriteAllText(Path.Combine(_folder, "gaggle.html"), CliTranscripts.Render(gaggle, TranscriptFormat.Html));
        // Plain text carries its date in the prose, as stenographers' files do.
        File.WriteAllText(Path.Combine(_folder, "briefing.txt"), $"{Briefing}\n\nJanuary 8, 2022\n\nMS. PARKER:  Good afternoon, everyone.\n\nQ   Does Belarus matter here?\n\nMS. PARKER:  I will not speak to Belarus.\n");
        for (var i = 1; i <= 49; i++)
        {
            File.WriteAllText(Path.Combine(_folder, $"filler-{i}.md"), Call($"2001-01-{(i % 28) + 1:00}", $"Press Call number {i}", $"https://example.gov/filler/{i}/",
                $"MODERATOR:  Filler call {i} opens.", $"SENIOR ADMINISTRATION OFFICIAL:  Filler remark {i}."));
        }
        using var stderr = new StringWriter();
        Assert.True(Cli.Ok == Cli.Run(["import", _folder, "--database", database.Choice.ConnectionString], TextReader.Null, new StringWriter(), stderr), stderr.ToString());
        await using var db = database.Choice.CreateContext();
        var ids = await db.ArchiveDocuments.ToDictionaryAsync(d => d.Title, d => d.Id);
        var server = await RunningServer.StartAsync(database.Choice);
        return (server, server.NewClient(), ids);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task The_index_lists_newest_first_filters_pages_and_refuses_bad_filters_by_name(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var (server, client, _) = await ArchiveAsync(database);
        await using var running = server;
        using var browser = client;

        var first = await client.GetStringAsync("/archive/");
        Assert.Equal([Briefing, Gaggle, Vienna], Titles(first).Take(3));
        Assert.Equal(50, Titles(first).Count);
        Assert.Contains("52 transcripts, newest first", first, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/archive/\">Archive</a>", first, StringComparison.Ordinal);
        Assert.Matches(@"<td class=""number"">8</td>", first); // the Vienna call's paragraphs
        var second = await client.GetStringAsync("/archive/?page=2");
        Assert.Equal(2, Titles(second).Count);
        Assert.Empty(Titles(second).Intersect(Titles(first)));

        Assert.Equal([Gaggle], Titles(await client.GetStringAsync("/archive/?kind=gaggle")));
        Assert.Equal([Briefing, Gaggle], Titles(await client.GetStringAsync("/archive/?from=2020-01-01&to=2023-12-31")));
        Assert.Equal([Vienna], Titles(await client.GetStringAsync("/archive/?attribution=background&from=2019-01-01")));
        Assert.Empty(Titles(await client.GetStringAsync("/archive/?source=published")));
        Assert.Contains("No transcripts match", await client.GetStringAsync("/archive/?source=published"), StringComparison.Ordinal);
        Assert.Contains("<a rel=\"next\" href=\"/archive/?page=2\">Older</a>", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/archive/export.zip?kind=gaggle&amp;format=json\"", await client.GetStringAsync("/archive/?kind=gaggle"), StringComparison.Ordinal);

        foreach (var path in new[] { "/archive/?from=2022-13-45&source=elsewhere", "/archive/export.csv?from=2022-13-45&source=elsewhere", "/archive/export.zip?from=2022-13-45&source=elsewhere" })
        {
            using var bad = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            var page = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
            Assert.Contains("from</strong>: '2022-13-45' is not a date like 2022-01-08.", page, StringComparison.Ordinal);
            Assert.Contains("source</strong>: 'elsewhere' is not one of: import, published.", page, StringComparison.Ordinal);
            Assert.Contains("value=\"2022-13-45\"", page, StringComparison.Ordinal); // what was typed stays in the form
        }
        using var badPage = await client.GetAsync("/archive/?page=0");
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        Assert.Contains("Pages count from 1.", await badPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<a href=\"/archive/[0-9]+/\">([^<]*)</a>")]
    private static partial Regex RowLink();

    private static List<string> Titles(string page) => [.. RowLink().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
