using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BriefingRoom.CommandLine;
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
    private async Task<Archived> ArchiveAsync(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
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
            // Escaped, so the markup is words someone typed (a bare tag reads as a raw HTML inline, which no page writes out).
            "MS. PARKER:  Good morning. \\<script>alert(2)\\</script> is not a tariff.",
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
        return new(database, server, server.NewClient(), ids);
    }

    /// <summary>A database holding the fixtures, a server on it, and a visitor who is not signed in.</summary>
    private sealed record Archived(TestDatabase Database, RunningServer Server, HttpClient Client, Dictionary<string, long> Ids) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await Server.DisposeAsync();
            await Database.DisposeAsync();
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task The_index_lists_newest_first_filters_pages_and_refuses_bad_filters_by_name(string engine)
    {
        await using var archived = await ArchiveAsync(engine);
        var client = archived.Client;

        var first = await client.GetStringAsync("/archive/");
        Assert.Equal([Briefing, Gaggle, Vienna], Titles(first).Take(3));
        Assert.Equal(50, Titles(first).Count);
        Assert.Contains("52 transcripts, newest first", first, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/archive/\">Archive</a>", first, StringComparison.Ordinal);
        Assert.Matches(@"<td class=""number"" data-label=""Paragraphs"">8</td>", first); // the Vienna call's paragraphs
        var second = await client.GetStringAsync("/archive/?page=2");
        Assert.Equal(2, Titles(second).Count);
        Assert.Empty(Titles(second).Intersect(Titles(first)));

        Assert.Equal([Gaggle], Titles(await client.GetStringAsync("/archive/?kind=gaggle")));
        Assert.Equal([Briefing, Gaggle], Titles(await client.GetStringAsync("/archive/?from=2020-01-01&to=2023-12-31")));
        Assert.Equal([Vienna], Titles(await client.GetStringAsync("/archive/?attribution=background&from=2019-01-01")));
        Assert.Empty(Titles(await client.GetStringAsync("/archive/?source=published")));
        Assert.Contains("No transcripts match", await client.GetStringAsync("/archive/?source=published"), StringComparison.Ordinal);
        Assert.Contains("<a rel=\"next\" href=\"/archive/?page=2\">Older</a>", first, StringComparison.Ordinal);
        Assert.Contains("There is no page 9; the last is page 2.", await client.GetStringAsync("/archive/?page=9"), StringComparison.Ordinal);
        Assert.Contains("href=\"/archive/export.zip?kind=gaggle&amp;format=json\"", await client.GetStringAsync("/archive/?kind=gaggle"), StringComparison.Ordinal);

        foreach (var path in new[] { "/archive/?from=2022-13-45&source=elsewhere&kind=gagle", "/archive/export.csv?from=2022-13-45&source=elsewhere&kind=gagle", "/archive/export.zip?from=2022-13-45&source=elsewhere&kind=gagle" })
        {
            using var bad = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            var page = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
            Assert.Contains("from</strong>: '2022-13-45' is not a date like 2022-01-08.", page, StringComparison.Ordinal);
            Assert.Contains("source</strong>: 'elsewhere' is not one of: import, published.", page, StringComparison.Ordinal);
            Assert.Contains("kind</strong>: 'gagle' is not one of: background-press-call, press-briefing, gaggle,", page, StringComparison.Ordinal);
            Assert.Contains("value=\"2022-13-45\"", page, StringComparison.Ordinal); // what was typed stays in the form
        }
        using var badPage = await client.GetAsync("/archive/?page=0");
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        Assert.Contains("Pages count from 1 to 1,000,000.", await badPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_transcript_shows_roles_stored_anchors_its_source_and_its_questions_with_their_answers(string engine)
    {
        await using var archived = await ArchiveAsync(engine);
        var (database, client, ids) = (archived.Database, archived.Client, archived.Ids);
        var id = ids[Vienna];
        await using var db = database.Choice.CreateContext();
        var stored = await db.ArchiveParagraphs.Where(p => p.DocumentId == id).OrderBy(p => p.Turn).ToListAsync();

        var page = await client.GetStringAsync($"/archive/{id}/");
        Assert.Contains($"<h1>{Vienna}</h1>", page, StringComparison.Ordinal);
        Assert.Contains(">Tuesday, May 14, 2019", page, StringComparison.Ordinal);
        Assert.Contains("<span>Background press call</span>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.gov/vienna/\" rel=\"noopener noreferrer\">https://example.gov/vienna/</a>", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"role role-reporter\">Reporter</span>", page, StringComparison.Ordinal);
        Assert.Contains("<strong>MODERATOR</strong></p>", page, StringComparison.Ordinal); // the badge would only repeat it
        Assert.DoesNotContain("role-moderator", page, StringComparison.Ordinal);
        Assert.Contains("<strong>SENIOR ADMINISTRATION OFFICIAL TWO</strong></p>", page, StringComparison.Ordinal); // nor "Official" here
        Assert.All(stored, p =>
        {
            Assert.Contains($"<p id=\"{p.Anchor}\">", page, StringComparison.Ordinal);
            Assert.Contains($"href=\"#{p.Anchor}\"", page, StringComparison.Ordinal);
        });
        Assert.Contains($"href=\"/archive/{id}/questions\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/archive/{id}/transcript.akn.xml\"", page, StringComparison.Ordinal);

        var qa = await client.GetStringAsync($"/archive/{id}/questions");
        var sections = qa.Split("<section class=\"qa\"")[1..];
        Assert.Equal(3, sections.Length);
        Assert.Contains("snap exercises, or \"notified\" ones only?", sections[0], StringComparison.Ordinal); // the shared renderer escapes only what text needs
        Assert.Contains("It should cover snap exercises.", sections[0], StringComparison.Ordinal);
        Assert.Contains("And we will press for it, with allies.", sections[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Go ahead.", sections[0], StringComparison.Ordinal); // the moderator passing the floor is not the answer
        Assert.Contains($"href=\"/archive/{id}/#{stored[1].Anchor}\"", sections[0], StringComparison.Ordinal);
        Assert.Contains($"href=\"/archive/{id}/#{stored[4].Anchor}\"", sections[0], StringComparison.Ordinal);
        Assert.Contains("No answer followed this question.", sections[1], StringComparison.Ordinal);
        Assert.Contains("No answer followed this question.", sections[2], StringComparison.Ordinal); // the operator closing the call answers nothing

        using var missing = await client.GetAsync("/archive/999999/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("There is no archived transcript with that number here", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var notFile = await client.GetAsync($"/archive/{id}/transcript.exe");
        Assert.Equal(HttpStatusCode.NotFound, notFile.StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Titles_text_and_source_links_typed_by_others_are_escaped(string engine)
    {
        await using var archived = await ArchiveAsync(engine);
        var (database, client, ids) = (archived.Database, archived.Client, archived.Ids);

        foreach (var path in new[] { "/archive/", $"/archive/{ids[Gaggle]}/", $"/archive/{ids[Gaggle]}/questions", "/archive/?kind=%3Cscript%3Ealert(4)%3C/script%3E" })
        {
            using var response = await client.GetAsync(path); // the last is refused, echoing what was typed
            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains("<h1>", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript:", page, StringComparison.OrdinalIgnoreCase);
        }
        var transcript = await client.GetStringAsync($"/archive/{ids[Gaggle]}/");
        Assert.Contains("Gaggle on &lt;script&gt;alert(1)&lt;/script&gt; tariffs", transcript, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(2)&lt;/script&gt; is not a tariff.", transcript, StringComparison.Ordinal);
        using var refused = await client.GetAsync("/archive/?kind=%3Cscript%3Ealert(4)%3C/script%3E");
        Assert.Contains("&#x27;&lt;script&gt;alert(4)&lt;/script&gt;&#x27; is not one of", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Source:\njavascript:alert(3)", transcript.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal); // shown, not linked
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Each_download_has_its_type_an_attachment_name_and_content_that_reads_back_whatever_the_import_format(string engine)
    {
        await using var archived = await ArchiveAsync(engine);
        var (database, client, ids) = (archived.Database, archived.Client, archived.Ids);
        await using var db = database.Choice.CreateContext();

        foreach (var (title, speakers) in new[] { (Vienna, new[] { "MODERATOR", "SENIOR ADMINISTRATION OFFICIAL ONE" }), (Gaggle, ["MS. PARKER"]), (Briefing, ["MS. PARKER"]) })
        {
            var id = ids[title];
            var document = await db.ArchiveDocuments.Include(d => d.Paragraphs).SingleAsync(d => d.Id == id);
            var md = await DownloadAsync(client, id, "md", "text/markdown");
            Assert.Equal(document.Markdown, md);

            using var json = JsonDocument.Parse(await DownloadAsync(client, id, "json", "application/json"));
            Assert.Equal(title, json.RootElement.GetProperty("title").GetString());
            Assert.Equal(speakers, json.RootElement.GetProperty("turns").EnumerateArray().Select(t => t.GetProperty("speaker").GetString()).Where(speakers.Contains).Distinct());

            var akn = XDocument.Parse(await DownloadAsync(client, id, "akn.xml", "application/akn+xml"));
            Assert.Equal("akomaNtoso", akn.Root!.Name.LocalName);
            Assert.All(speakers, s => Assert.Contains(akn.Descendants(), e => e.Name.LocalName == "from" && e.Value == s));

            var rows = Csv(await DownloadAsync(client, id, "csv", "text/csv"));
            Assert.Equal(["document", "turn", "speaker", "role", "text"], rows[0]);
            Assert.Equal(document.Paragraphs.Count, rows.Count - 1);
            Assert.All(rows.Skip(1), r => Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), r[0]));
        }
        var vienna = Csv(await DownloadAsync(client, ids[Vienna], "csv", "text/csv"));
        Assert.Equal(["2", "Q", "reporter", "Will the Vienna Document cover snap exercises, or \"notified\" ones only?"], vienna[2][1..]);
        Assert.Equal("'=HYPERLINK(\"https://evil.example\") is what I typed.", vienna[6][4]); // a formula is defused, shown as text
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Bulk_exports_stream_every_transcript_the_filters_list(string engine)
    {
        await using var archived = await ArchiveAsync(engine);
        var (database, client, ids) = (archived.Database, archived.Client, archived.Ids);

        using var csv = await client.GetAsync("/archive/export.csv?from=2019-01-01&kind=background-press-call");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", csv.Content.Headers.ContentDisposition!.DispositionType);
        var rows = Csv(await csv.Content.ReadAsStringAsync());
        Assert.Equal(8, rows.Count - 1);
        Assert.All(rows.Skip(1), r => Assert.Equal(ids[Vienna].ToString(System.Globalization.CultureInfo.InvariantCulture), r[0]));
        await using var db = database.Choice.CreateContext();
        Assert.Equal(1 + await db.ArchiveParagraphs.CountAsync(), Csv(await client.GetStringAsync("/archive/export.csv")).Count);

        using var zip = await client.GetAsync("/archive/export.zip?format=json&from=2019-01-01");
        Assert.Equal("application/zip", zip.Content.Headers.ContentType!.MediaType);
        using var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        Assert.Equal([$"2022-01-08-press-briefing-by-the-press-secretary-{ids[Briefing]}.json", $"2020-03-01-press-gaggle-on-script-alert-1-script-tariffs-{ids[Gaggle]}.json", $"2019-05-14-background-press-call-on-the-vienna-document-{ids[Vienna]}.json"],
            archive.Entries.Select(e => e.FullName));
        foreach (var entry in archive.Entries)
        {
            await using var stream = await entry.OpenAsync();
            using var parsed = await JsonDocument.ParseAsync(stream);
            Assert.NotEqual(0, parsed.RootElement.GetProperty("turns").GetArrayLength());
        }
        using var unknown = await client.GetAsync("/archive/export.zip?format=docx");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("format</strong>: &#x27;docx&#x27; is not one of: md, json, akn.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task The_export_command_writes_what_the_web_export_serves_and_names_a_bad_filter(string engine)
    {
        await using var archived = await ArchiveAsync(engine);
        var connection = archived.Database.Choice.ConnectionString;
        var folder = Path.Combine(_folder, "out");

        var (code, stdout, _) = Export(["--out", folder, "--format", "akn", "--from", "2019-01-01", "--source", "import", "--database", connection]);
        Assert.Equal((Cli.Ok, $"wrote 3 transcripts to {folder}"), (code, stdout.Trim()));
        Assert.Equal($"2020-03-01-press-gaggle-on-script-alert-1-script-tariffs-{archived.Ids[Gaggle]}.akn.xml", Path.GetFileName(Directory.GetFiles(folder).Order(StringComparer.Ordinal).ElementAt(1)));
        Assert.All(Directory.GetFiles(folder), f => Assert.Equal("akomaNtoso", XDocument.Load(f).Root!.Name.LocalName));

        Assert.Equal(Cli.Ok, Export(["--out", folder, "--format", "csv", "--kind", "gaggle", "--database", connection]).Code);
        Assert.Equal(await archived.Client.GetByteArrayAsync("/archive/export.csv?kind=gaggle"), await File.ReadAllBytesAsync(Path.Combine(folder, "archive.csv")));

        var (bad, _, stderr) = Export(["--out", Path.Combine(_folder, "never"), "--format", "docx", "--to", "last week", "--database", connection]);
        Assert.Equal(Cli.BadInput, bad);
        Assert.Contains("briefing export: to: 'last week' is not a date like 2022-01-08.", stderr, StringComparison.Ordinal);
        Assert.Contains("briefing export: format: 'docx' is not one of: md, json, akn, csv.", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "never")));
    }

    private static (int Code, string Stdout, string Stderr) Export(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        return (Cli.Run(["export", .. args], TextReader.Null, stdout, stderr), stdout.ToString(), stderr.ToString());
    }

    private static async Task<string> DownloadAsync(HttpClient client, long id, string extension, string type)
    {
        using var response = await client.GetAsync($"/archive/{id}/transcript.{extension}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith($"-{id}.{extension}", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        return await response.Content.ReadAsStringAsync();
    }

    // RFC 4180 read back: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF.
    private static List<string[]> Csv(string text)
    {
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = text.StartsWith('\uFEFF') ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && text[i + 1] == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add([.. row]); row.Clear(); i++; }
            else { field.Append(c); }
        }
        return rows;
    }

    [GeneratedRegex("<a href=\"/archive/[0-9]+/\">([^<]*)</a>")]
    private static partial Regex RowLink();

    private static List<string> Titles(string page) => [.. RowLink().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
