using BriefingRoom.Archive.Search;
using BriefingRoom.CommandLine;
using BriefingRoom.Formats;
using BriefingRoom.Server.Archive;
using BriefingRoom.Server.CommandLine;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace BriefingRoom.Server.Tests;

/// <summary>
/// The bulk import path on each database, with chunks of three files so duplicates and failures fall within one
/// chunk, across chunks and on chunk boundaries: what is kept, in what order, and exactly what the rows hold.
/// </summary>
public sealed class ImportChunkTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 30, 15, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-chunks-").FullName;

    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    private static string Call(string date, string title, string? url, string answer) => string.Join('\n',
        "---", $"date: '{date}'", url is null ? "tags: gaggles" : $"source_url: {url}", $"title: {title}", "---", "",
        "MODERATOR:  Thanks, everyone. This call is on background.", "",
        "Q    Does the agreement cover snap exercises?", "",
        $"SENIOR ADMINISTRATION OFFICIAL:  {answer}", "",
        "Q    Thank you.", "",
        "SENIOR ADMINISTRATION OFFICIAL:  Thank you.", "");

    private static readonly string A = Call("2019-05-14", "Background Press Call on the Vienna Document", "https://example.gov/a/", "It should, and we will press for it.");
    private static readonly string B = Call("2020-02-03", "Background Press Call on Naval Drills", "https://example.gov/b/", "Naval drills are a separate matter.");
    private static readonly string C = Call("2021-07-09", "Press Gaggle aboard Air Force One", null, "Budget talks resume on Monday.");
    private static readonly string D = Call("2022-01-08", "Background Press Call on Grain Exports", "https://example.gov/d/", "Grain exports leave from three ports.");

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Duplicates_and_failures_within_and_across_chunks_keep_the_first_copy_in_file_order(string engine)
    {
        await using var database = await MigratedAsync(engine);
        Write("01-a.md", A);
        Write("02-a-copy.html", CliTranscripts.Render(TranscriptFormats.Read(A, TranscriptFormat.Markdown), TranscriptFormat.Html)); // same words, same chunk
        Write("03-b.md", B);
        Write("04-b-revised.md", B.Replace("separate matter", "matter for the navy", StringComparison.Ordinal)); // same URL, next chunk
        Write("05-broken.md", "---\ntitle: \"unclosed\ndate: '2020-01-01'\n---\n\nMODERATOR:  Hello.\n");
        Write("06-c.md", C);
        Write("07-a-elsewhere.md", A.Replace("https://example.gov/a/", "https://mirror.example.org/a/", StringComparison.Ordinal)); // same words, third chunk
        Write("08-d.md", D);
        var files = ArchiveImport.FindFiles([_folder], []);
        var failures = new List<string>();
        var progress = new List<long>();

        var outcome = await Import(database).RunAsync(files, failures.Add, progress.Add);

        Assert.Equal((8, 4, 3, 1), (outcome.Files, outcome.Imported, outcome.Duplicates, outcome.Failed));
        Assert.Equal(files.Select(f => f.Length), progress);
        Assert.Matches(@"05-broken\.md:2:8: front matter: ", Assert.Single(failures));
        await using var db = database.Choice.CreateContext();
        var kept = await db.ArchiveDocuments.OrderBy(d => d.Id).Select(d => new { d.Id, d.Title, d.Url }).ToListAsync();
        Assert.Equal(["Background Press Call on the Vienna Document", "Background Press Call on Naval Drills", "Press Gaggle aboard Air Force One", "Background Press Call on Grain Exports"],
            kept.Select(d => d.Title));
        Assert.Equal(["https://example.gov/a/", "https://example.gov/b/", null, "https://example.gov/d/"], kept.Select(d => d.Url));
        using var columns = new SearchColumns();
        var found = await new ArchiveSearch(db, columns).RunAsync(new SearchRequest(SearchQuery.Parse("\"snap exercises\""), Role: "reporter"));
        Assert.Equal(4, found.Total);
        Assert.Equal(1, (await new ArchiveSearch(db, columns).RunAsync(new SearchRequest(SearchQuery.Parse("separate"), Role: "official"))).Total);

        var again = await Import(database).RunAsync(files, _ => { }, _ => { });
        Assert.Equal((8, 0, 7, 1), (again.Files, again.Imported, again.Duplicates, again.Failed));
        Assert.Equal(kept.Select(d => d.Id), await db.ArchiveDocuments.OrderBy(d => d.Id).Select(d => d.Id).ToListAsync());
        Assert.Equal(20, await db.ArchiveParagraphs.CountAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task The_rows_hold_exactly_the_document_and_paragraphs_the_transcript_makes(string engine)
    {
        await using var database = await MigratedAsync(engine);
        Write("a.md", A);
        Write("c.md", C);

        await Import(database).RunAsync(ArchiveImport.FindFiles([_folder], []), failed => Assert.Fail(failed), _ => { });

        await using var db = database.Choice.CreateContext();
        foreach (var text in new[] { A, C })
        {
            var (expected, paragraphs) = ArchiveEntry.From(TranscriptFormats.Read(text, TranscriptFormat.Markdown), "import", Now);
            var stored = await db.ArchiveDocuments.Include(d => d.Paragraphs).SingleAsync(d => d.ContentHash == expected.ContentHash);
            Assert.Equal((expected.Url, expected.Title, expected.Date, expected.Kind, expected.Attribution, expected.Source, expected.BriefingId, expected.Markdown, Now),
                (stored.Url, stored.Title, stored.Date, stored.Kind, stored.Attribution, stored.Source, stored.BriefingId, stored.Markdown, stored.AddedAt));
            Assert.Equal(paragraphs.Select(p => (p.Turn, p.Number, p.Anchor, p.Speaker, p.Role, p.Text, p.Folded)),
                stored.Paragraphs.OrderBy(p => p.Turn).ThenBy(p => p.Number).Select(p => (p.Turn, p.Number, p.Anchor, p.Speaker, p.Role, p.Text, p.Folded)));
        }
        // Search plans go by the planner's statistics, so the import leaves them describing the rows it added.
        var planned = await db.Database.SqlQueryRaw<long>(db.Database.IsNpgsql()
            ? "SELECT reltuples::bigint AS \"Value\" FROM pg_class WHERE relname = 'ArchiveParagraphs'"
            : "SELECT MAX(CAST(stat AS INTEGER)) AS \"Value\" FROM sqlite_stat1 WHERE tbl = 'ArchiveParagraphs'").SingleAsync();
        Assert.Equal(10, planned);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_published_record_is_never_replaced_by_an_imported_copy_of_its_page(string engine)
    {
        await using var database = await MigratedAsync(engine);
        var published = ArchiveEntry.From(TranscriptFormats.Read(D, TranscriptFormat.Markdown), "published", Now.AddDays(-1), 7, "the record as published").Document;
        await using (var db = database.Choice.CreateContext())
        {
            db.ArchiveDocuments.Add(published);
            await db.SaveChangesAsync();
        }
        Write("d-revised.md", D.Replace("three ports", "four ports", StringComparison.Ordinal));
        Write("b.md", B);

        var outcome = await Import(database).RunAsync(ArchiveImport.FindFiles([_folder], []), failed => Assert.Fail(failed), _ => { });

        Assert.Equal((1, 1), (outcome.Imported, outcome.Duplicates));
        await using var after = database.Choice.CreateContext();
        var record = await after.ArchiveDocuments.SingleAsync(d => d.Url == "https://example.gov/d/");
        Assert.Equal(("published", 7L, "the record as published", published.Id), (record.Source, record.BriefingId, record.Markdown, record.Id));
    }

    // The tables as `briefing import` finds them, after its migration.
    private static async Task<TestDatabase> MigratedAsync(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.Choice.CreateContext();
        await db.Database.MigrateAsync();
        return database;
    }

    private static ArchiveImport Import(TestDatabase database) => new(database.Choice, new FakeTimeProvider(Now)) { ChunkSize = 3 };

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
