using System.Diagnostics;
using System.Globalization;
using BriefingRoom.Server.Archive;
using BriefingRoom.Server.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.ArchiveBench;

/// <summary>
/// <c>--database DB [--runs N] [--warmup N]</c>: times the archive's search on an imported corpus, per query class,
/// through <see cref="ArchiveSearch.RunAsync"/> in this process (no HTTP), each run on a fresh context as a request
/// gets one. Exit codes: 0 measured, 2 bad arguments.
/// </summary>
internal static class Program
{
    // One set of search columns for the whole run, as a server keeps one for its life.
    private static readonly SearchColumns Columns = new();

    private const string Usage = "usage: --database <SQLite file or connection string> [--runs N (per class, default 200)] [--warmup N (per query, default 5)]";

    public static async Task<int> Main(string[] args)
    {
        string? target = null;
        int runs = 200, warmup = 5;
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            string? error = null;
            if (value is null)
            {
                error = $"{args[i]} needs a value";
            }
            else if (args[i] == "--database")
            {
                target = value;
            }
            else if (args[i] == "--runs")
            {
                error = int.TryParse(value, CultureInfo.InvariantCulture, out runs) && runs >= 1 ? null : $"--runs {value}: a whole number from 1";
            }
            else if (args[i] == "--warmup")
            {
                error = int.TryParse(value, CultureInfo.InvariantCulture, out warmup) && warmup >= 0 ? null : $"--warmup {value}: a whole number from 0";
            }
            else
            {
                error = $"{args[i]}: unknown option";
            }
            if (error is not null)
            {
                Console.Error.WriteLine(error + "\n" + Usage);
                return 2;
            }
        }
        if (target is null)
        {
            Console.Error.WriteLine("--database is required\n" + Usage);
            return 2;
        }
        var database = DatabaseChoice.Parse(target);
        // Opening a SQLite file that is not there would create an empty one; an imported corpus is what is wanted.
        if (!database.IsPostgres && !File.Exists(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource))
        {
            Console.Error.WriteLine($"--database {target}: no such SQLite file; import a corpus first (bench/archive-bench.sh)");
            return 2;
        }
        await using (var db = database.CreateContext())
        {
            var (documents, paragraphs) = (await db.ArchiveDocuments.CountAsync(), await db.ArchiveParagraphs.CountAsync());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{database.Describe()}: {documents:N0} documents, {paragraphs:N0} paragraphs"));
        }
        foreach (var (what, bytes) in await IndexSize.MeasureAsync(database))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  size {what,-42} {bytes / 1048576.0,10:N1} MB"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ArchiveSearch.RunAsync in process (no HTTP), page 1 of 20 by relevance with facets; {warmup} warm-up runs per query, then {runs} runs per class taken in turn over its queries"));

        // The server loads its search columns once (at its first search); timed apart, as it is not part of any query.
        await using (var db = database.CreateContext())
        {
            var started = Stopwatch.GetTimestamp();
            await db.Database.OpenConnectionAsync();
            await Columns.CurrentAsync(db.Database.GetDbConnection(), CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"search columns loaded in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:N0} ms, {GC.GetTotalMemory(true) / 1048576.0:N0} MB managed heap after"));
        }

        var totals = new Dictionary<BenchQuery, int>();
        foreach (var query in BenchQuery.All)
        {
            for (var k = 0; k < warmup; k++)
            {
                totals[query] = (await TimeAsync(database, query)).Total;
            }
        }
        var byQuery = BenchQuery.All.ToDictionary(q => q, _ => new Latency());
        var floors = BenchQuery.All.ToDictionary(q => q, _ => new Latency());
        Console.WriteLine($"{"class",-9} {"query",-78} {"hits",9} {Latency.Header}");
        foreach (var group in BenchQuery.All.GroupBy(q => q.Class))
        {
            var queries = group.ToArray();
            var pooled = new Latency();
            for (var k = 0; k < runs; k++)
            {
                var query = queries[k % queries.Length];
                var (elapsed, total) = await TimeAsync(database, query);
                totals[query] = total;
                byQuery[query].Add(elapsed);
                pooled.Add(elapsed);
                if (await IndexFloor.TimeAsync(database, query) is { } floor)
                {
                    floors[query].Add(floor);
                }
            }
            foreach (var query in queries)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key,-9} {query.Describe(),-78} {totals.GetValueOrDefault(query),9:N0} {byQuery[query].Summary()}"));
                if (!database.IsPostgres)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"",-9} {"  FTS5 alone (count(*) of the MATCH), timed after each run",-78} {"",9} {floors[query].Summary()}"));
                }
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key,-9} {"(all of the class)",-78} {"",9} {pooled.Summary()}"));
        }
        return 0;
    }

    private static async Task<(TimeSpan Elapsed, int Total)> TimeAsync(DatabaseChoice database, BenchQuery query)
    {
        var started = Stopwatch.GetTimestamp();
        await using var db = database.CreateContext();
        var results = await new ArchiveSearch(db, Columns).RunAsync(query.Request());
        return (Stopwatch.GetElapsedTime(started), results.Total);
    }
}
