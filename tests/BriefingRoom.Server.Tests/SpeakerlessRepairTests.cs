using System.Net.Http.Json;
using BriefingRoom.Formats.Text;
using BriefingRoom.Server.Archive;
using BriefingRoom.Server.Storage;
using BriefingRoom.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Tests;

/// <summary>
/// An archive filled before transcripts had a preface, where the text above the first label was stored as a
/// speakerless turn, is repaired when the server starts: that text is no longer speech, search or a question.
/// </summary>
public sealed class SpeakerlessRepairTests
{
    private const string Call = """
        Daily topics: the budget, Ukraine, the hurricane season

        MS. PSAKI: Good afternoon. The budget goes to the Hill today.

        Q Thank you. When will the budget pass?

        MS. PSAKI: We expect a vote next week.
        """;

    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_speakerless_first_turn_stored_by_an_old_import_becomes_the_preface_at_start(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var today = ArchiveEntry.From(PlainTextReader.Read(Call), "imported", DateTimeOffset.UnixEpoch);
        var hashToday = today.Document.ContentHash;
        long id;
        await using (var db = database.Choice.CreateContext())
        {
            await db.Database.MigrateAsync();
            id = await StoreAsAnOldImportDidAsync(db, today);
        }

        await using (var server = await RunningServer.StartAsync(database.Choice))
        {
            using var client = server.NewClient();
            Assert.Equal(0, (await client.GetFromJsonAsync<SearchResults>("/api/search?q=hurricane"))!.Total);
            var vote = (await client.GetFromJsonAsync<SearchResults>("/api/search?q=vote"))!;
            Assert.Equal("MS. PSAKI", Assert.Single(vote.Hits).Speaker);
            var questions = await client.GetStringAsync($"/archive/{id}/questions");
            Assert.Single(questions.Split("<section class=\"qa\"")[1..]);
            var page = await client.GetStringAsync($"/archive/{id}/");
            Assert.Contains("Daily topics", page, StringComparison.Ordinal); // kept with the record, as its preface
        }

        await using (var db = database.Choice.CreateContext())
        {
            var rows = await db.ArchiveParagraphs.Where(p => p.DocumentId == id).OrderBy(p => p.Turn).ThenBy(p => p.Number).ToListAsync();
            Assert.Equal(today.Paragraphs.Select(p => (p.Turn, p.Speaker, p.Text, p.Anchor)), rows.Select(p => (p.Turn, p.Speaker, p.Text, p.Anchor)));
            // Importing the same transcript again is now found to be a duplicate.
            Assert.Equal(hashToday, (await db.ArchiveDocuments.SingleAsync(d => d.Id == id)).ContentHash);
            Assert.Equal(0, await SpeakerlessRepair.RunAsync(db, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance));
        }
    }

    // As imports before the preface stored it: the text above the first label as turn 0 with no speaker, the turns after it moved down one.
    private static async Task<long> StoreAsAnOldImportDidAsync(BriefingDb db, ArchiveEntry today)
    {
        var document = today.Document;
        document.ContentHash = "hash-of-the-old-reading";
        document.Paragraphs =
        [
            new ArchiveParagraph { Turn = 0, Number = 0, Anchor = "p-0ld0ld0ld0", Speaker = null, Role = "unknown", Text = "Daily topics: the budget, Ukraine, the hurricane season", Folded = "daily topics the budget ukraine the hurricane season" },
            .. today.Paragraphs.Select(p => new ArchiveParagraph { Turn = p.Turn + 1, Number = p.Number, Anchor = p.Anchor, Speaker = p.Speaker, Role = p.Role, Text = p.Text, Folded = p.Folded }),
        ];
        db.ArchiveDocuments.Add(document);
        await db.SaveChangesAsync();
        return document.Id;
    }
}
