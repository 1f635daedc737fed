using System.Text.RegularExpressions;
using BriefingRoom.Archive.Search;
using BriefingRoom.Server.Archive;
using BriefingRoom.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace BriefingRoom.Server.Tests;

/// <summary>
/// Pages saved from the White House sites of five administrations, state.gov and defense.gov (the HTML template
/// specs' inputs) imported into each database: their speech is searchable, their banners and menus are not; the archive
/// shows the text before the first speaker apart from the turns and counts no chrome as a question.
/// </summary>
public sealed class ImportedChromeTests : IDisposable
{
    private static readonly string[] Chrome =
    [
        "official website", "how you know", "historical material", "Skip to", "Printer-Friendly", "Click to print",
        "Issued on", "Privacy Policy", "Share on Facebook", "Related Articles",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-chrome-").FullName;

    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task No_paragraph_of_site_chrome_is_stored_or_searchable(string engine)
    {
        var pages = WritePages();
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.Choice.CreateContext();
        await db.Database.MigrateAsync();

        var outcome = await new ArchiveImport(database.Choice, new FakeTimeProvider(DateTimeOffset.UnixEpoch)).RunAsync(
            ArchiveImport.FindFiles([_folder], []), _ => { }, _ => { });

        Assert.True(outcome.Imported >= pages - 1, $"imported {outcome.Imported} of {pages} pages");
        var texts = await db.ArchiveParagraphs.Select(p => p.Text).ToListAsync();
        var titles = await db.ArchiveDocuments.Select(d => d.Title).ToListAsync();
        using var columns = new SearchColumns();
        var search = new ArchiveSearch(db, columns);
        // The control: the pages' speech is there to be found.
        Assert.True((await search.RunAsync(new SearchRequest(SearchQuery.Parse("afternoon")))).Total > 0);
        foreach (var words in Chrome)
        {
            Assert.DoesNotContain(texts, t => t.Contains(words, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(titles, t => t is not null && t.Contains(words, StringComparison.OrdinalIgnoreCase));
            Assert.Equal(0, (await search.RunAsync(new SearchRequest(SearchQuery.Parse($"\"{words}\"")))).Total);
        }
        Assert.DoesNotContain(texts, t => t is "Remarks" or "Healthcare" or "Press Briefings" or "Transcript");
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Text_before_the_first_speaker_is_kept_with_the_record_but_is_not_speech(string engine)
    {
        File.WriteAllText(Path.Combine(_folder, "call.txt"), """
            An official website of the United States Government
            Here's how you know

            Background Press Call on Harbour Repairs

            Editor's note: the line carrying the first minute of this call failed; the transcript begins after it.

            Via Teleconference

            2:00 P.M. EST

            MODERATOR:  Good afternoon, and thanks for joining.

            Q  Will the harbour reopen this week?

            SENIOR ADMINISTRATION OFFICIAL:  We expect it to reopen on Friday.
            """);
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var db = database.Choice.CreateContext();
        await db.Database.MigrateAsync();

        var outcome = await new ArchiveImport(database.Choice, new FakeTimeProvider(DateTimeOffset.UnixEpoch)).RunAsync(
            ArchiveImport.FindFiles([_folder], []), _ => { }, _ => { });

        Assert.Equal(1, outcome.Imported);
        var paragraphs = await db.ArchiveParagraphs.ToListAsync();
        // Only the three turns are speech: no speakerless paragraph, no editor's note, no banner.
        Assert.Equal(3, paragraphs.Count);
        Assert.All(paragraphs, p => Assert.False(string.IsNullOrEmpty(p.Speaker)));
        Assert.DoesNotContain(paragraphs, p => p.Text.Contains("first minute", StringComparison.Ordinal));
        using var columns = new SearchColumns();
        var search = new ArchiveSearch(db, columns);
        Assert.Equal(0, (await search.RunAsync(new SearchRequest(SearchQuery.Parse("\"first minute\"")))).Total);
        Assert.True((await search.RunAsync(new SearchRequest(SearchQuery.Parse("reopen")))).Total > 0);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task The_archive_page_of_an_imported_page_shows_the_preface_apart_and_no_chrome_as_speech_or_as_a_question(string engine)
    {
        File.WriteAllText(Path.Combine(_folder, "harbour.html"), """
            <html><head><title>Background Press Call on Harbour Repairs</title></head><body>
            <p>An official website of the United States Government</p>
            <p>Here's how you know</p>
            <p>Click to print this document</p>
            <h1>Background Press Call on Harbour Repairs</h1>
            <p>Editor's note: the line carrying the first minute of this call failed; the transcript begins after it.</p>
            <p>Via Teleconference</p>
            <p>2:00 P.M. EST</p>
            <p>MODERATOR:  Good afternoon, and thanks for joining.</p>
            <p>Q  Will the harbour reopen this week?</p>
            <p>SENIOR ADMINISTRATION OFFICIAL:  We expect it to reopen on Friday.</p>
            </body></html>
            """);
        await using var database = await TestDatabase.CreateAsync(engine);
        await using (var db = database.Choice.CreateContext())
        {
            await db.Database.MigrateAsync();
        }
        var outcome = await new ArchiveImport(database.Choice, new FakeTimeProvider(DateTimeOffset.UnixEpoch)).RunAsync(
            ArchiveImport.FindFiles([_folder], []), _ => { }, _ => { });
        Assert.Equal(1, outcome.Imported);
        long id;
        await using (var db = database.Choice.CreateContext())
        {
            id = await db.ArchiveDocuments.Select(d => d.Id).SingleAsync();
        }
        await using var server = await RunningServer.StartAsync(database.Choice);
        using var client = server.NewClient();

        var page = await client.GetStringAsync($"/archive/{id}/");
        var article = page[page.IndexOf("<article class=\"archived\">", StringComparison.Ordinal)..];
        // The editor's note is shown once, in its own section before the first turn, and inside no turn.
        var preface = article.IndexOf("<section class=\"preface\"", StringComparison.Ordinal);
        var firstTurn = article.IndexOf("<div class=\"turn\">", StringComparison.Ordinal);
        Assert.InRange(preface, 0, firstTurn);
        Assert.Equal(1, Regex.Count(article, "first minute of this call"));
        Assert.InRange(article.IndexOf("first minute of this call", StringComparison.Ordinal), preface, firstTurn);
        Assert.Equal(3, Regex.Count(article, "<div class=\"turn\">"));
        Assert.DoesNotContain("(no speaker)", page, StringComparison.Ordinal);

        var questions = await client.GetStringAsync($"/archive/{id}/questions");
        var sections = questions.Split("<section class=\"qa\"")[1..];
        var question = Assert.Single(sections);
        Assert.Contains("Will the harbour reopen this week?", question, StringComparison.Ordinal);
        Assert.Contains("We expect it to reopen on Friday.", question, StringComparison.Ordinal);
        Assert.DoesNotContain("first minute", questions, StringComparison.Ordinal);
        foreach (var words in new[] { "official website", "how you know", "Click to print" })
        {
            Assert.DoesNotContain(words, page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(words, questions, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Each case input of the template specs (near misses aside) as a file named like a saved page; returns how many.</summary>
    private int WritePages()
    {
        var specs = Path.Combine(RepositoryPaths.Root, "tests", "BriefingRoom.Tests", "fixtures", "specs", "html", "templates");
        var count = 0;
        foreach (var spec in Directory.GetFiles(specs, "*.spec").Order(StringComparer.Ordinal))
        {
            // Near misses hold banner-like words that someone says; they are the reader specs' business.
            foreach (var part in File.ReadAllText(spec).Split("\n=== case: ").Skip(1).Where(p => !p.StartsWith("near miss", StringComparison.Ordinal)))
            {
                var input = part[(part.IndexOf('\n', StringComparison.Ordinal) + 1)..].Split("\n--- expected\n")[0];
                File.WriteAllText(Path.Combine(_folder, $"{Path.GetFileNameWithoutExtension(spec)}-{++count}.html"), input);
            }
        }
        return count;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
