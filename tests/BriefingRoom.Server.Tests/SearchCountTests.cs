using System.Globalization;
using BriefingRoom.Archive.Search;
using BriefingRoom.Server.Archive;
using BriefingRoom.Server.CommandLine;
using BriefingRoom.Server.Storage;
using BriefingRoom.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Tests;

/// <summary>
/// A search's total, its facet counts and its newest-first page against a count of the archive's own rows, on a seeded
/// archive of many transcripts, dates, kinds and roles: what a reporter reads off the results page must be exact.
/// </summary>
public sealed class SearchCountTests : IDisposable
{
    private static readonly string[] Words = ["alpha", "bravo", "charlie", "delta"];
    private static readonly string[] Titles = ["Background Press Call on Trade", "Press Briefing by the Press Secretary", "Press Gaggle Aboard Air Force One"];

    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-search-count-").FullName;

    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Totals_facets_and_the_newest_page_are_those_of_the_matching_rows(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var random = new Random(20261207);
        for (var i = 0; i < 40; i++)
        {
            var date = new DateOnly(2015, 1, 1).AddDays(random.Next(0, 3000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var turns = Enumerable.Range(0, 8).Select(t =>
            {
                var said = string.Join(' ', Enumerable.Range(0, 6).Select(_ => random.Next(3) == 0 ? Words[random.Next(Words.Length)] : "words"));
                return t % 2 == 0 ? $"MS. PARKER:  Today {said} {t}." : $"Q    Will {said} {t}?";
            });
            var call = SearchTests.Call(date, $"{Titles[i % Titles.Length]} {i}", $"https://example.gov/c{i}/", [.. turns]);
            // Every seventh has no date: counted under "unknown", last by date, and outside any date filter.
            File.WriteAllText(Path.Combine(_folder, $"c{i}.md"), i % 7 == 3 ? call.Replace($"date: '{date}'\n", "", StringComparison.Ordinal) : call);
        }
        Assert.Equal(Cli.Ok, Cli.Run(["import", _folder, "--database", database.Choice.ConnectionString], TextReader.Null, new StringWriter(), new StringWriter()));

        List<(ArchiveParagraph P, ArchiveDocument D, HashSet<string> Words)> rows;
        await using (var db = database.Choice.CreateContext())
        {
            var documents = await db.ArchiveDocuments.ToDictionaryAsync(d => d.Id);
            rows = [.. (await db.ArchiveParagraphs.ToListAsync()).Select(p => (p, documents[p.DocumentId], p.Folded.Split(' ', '.', '?').ToHashSet(StringComparer.Ordinal)))];
        }
        using var columns = new SearchColumns();
        var kinds = rows.Select(r => r.D.Kind).Distinct().ToArray();
        Assert.True(kinds.Length > 1);
        Assert.Contains(rows, r => r.D.Date is null);
        var cases = new (string Query, Func<HashSet<string>, bool> Matches, SearchRequest Request)[]
        {
            ("alpha", w => w.Contains("alpha"), Request("alpha")),
            ("bravo OR charlie", w => w.Contains("bravo") || w.Contains("charlie"), Request("bravo OR charlie")),
            ("alpha -delta", w => w.Contains("alpha") && !w.Contains("delta"), Request("alpha -delta")),
            ("words kind", w => w.Contains("words"), Request("words") with { Kind = kinds[0] }),
            ("charlie reporter dated", w => w.Contains("charlie"), Request("charlie") with { Role = "reporter", From = new DateOnly(2016, 3, 1), To = new DateOnly(2020, 6, 30) }),
            ("delta page 2", w => w.Contains("delta"), Request("delta") with { Page = 2 }),
        };
        foreach (var (name, matches, request) in cases)
        {
            var kept = rows.Where(r => matches(r.Words)
                && (request.Kind is null || r.D.Kind == request.Kind)
                && (request.Role is null || r.P.Role == request.Role)
                && (request.From is null || r.D.Date >= request.From)
                && (request.To is null || r.D.Date <= request.To)).ToList();
            Assert.True(kept.Count > request.PageSize, $"{name}: {kept.Count} matches is too few to fill a page");

            await using var db = database.Choice.CreateContext();
            var found = await new ArchiveSearch(db, columns).RunAsync(request);

            Assert.Equal(kept.Count, found.Total);
            Assert.Equal(Counted(kept, r => r.P.Role), found.Facets["role"]);
            Assert.Equal(Counted(kept, r => r.D.Kind), found.Facets["kind"]);
            Assert.Equal(Counted(kept, r => r.D.Attribution), found.Facets["attribution"]);
            Assert.Equal(Counted(kept, r => r.D.Date?.Year.ToString("D4", CultureInfo.InvariantCulture) ?? "unknown"), found.Facets["year"]);
            // Newest transcript first (the later id when two share a day), each transcript's paragraphs in reading order.
            var newest = kept.OrderByDescending(r => r.D.Date).ThenByDescending(r => r.D.Id).ThenBy(r => r.P.Turn).ThenBy(r => r.P.Number)
                .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
                .Select(r => ArchivePaths.Transcript(r.D.Id) + "#" + r.P.Anchor);
            Assert.Equal(SearchOrder.Date, found.Order);
            Assert.Equal(newest, found.Hits.Select(h => h.Url + "#" + h.Paragraph));
        }
    }

    private static SearchRequest Request(string query) => new(SearchQuery.Parse(query), Order: SearchOrder.Date, PageSize: 7);

    private static SortedDictionary<string, int> Counted<T>(List<T> rows, Func<T, string> by) =>
        new(rows.GroupBy(by).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
