using System.Data.Common;
using BriefingRoom.CommandLine;
using BriefingRoom.Formats;
using BriefingRoom.Server.CommandLine;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Tests;

/// <summary><c>briefing import</c> on each database: every format, duplicates by URL and by content, failures reported by position, and idempotence.</summary>
public sealed class ImportTests : IDisposable
{
    private const string Call = """
        ---
        tags: press-briefings
        date: '2019-05-14'
        source_url: https://archive.example.gov/briefing-room/2019/05/14/background-call-on-the-vienna-document/
        title: Background Press Call on the Vienna Document
        ---

        Via Teleconference

        2:03 P.M. EDT

        MODERATOR:  Thanks, everyone. This call is on background.

        SENIOR ADMINISTRATION OFFICIAL:  We want the Vienna Document modernised. Strategic stability matters.

        Q    Does the Vienna Document cover snap exercises?

        SENIOR ADMINISTRATION OFFICIAL:  It should, and we will press for it.

        2:30 P.M. EDT
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-import-").FullName;

    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Every_format_imports_duplicates_are_skipped_and_failures_are_reported_by_position(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var call = TranscriptFormats.Read(Call, TranscriptFormat.Markdown);
        Write("2019/vienna.md", Call);
        Write("2019/vienna-copy.html", CliTranscripts.Render(call, TranscriptFormat.Html)); // the same words in another format
        Write("2019/other-site/same-url.md", Call.Replace("snap exercises", "naval drills", StringComparison.Ordinal)); // same URL, other words
        Write("2020/gaggle.txt", CliTranscripts.Render(call with { Metadata = call.Metadata with { Title = "Press Gaggle aboard Air Force One", Url = null } }, TranscriptFormat.Text)
            .Replace("Vienna Document", "budget talks", StringComparison.Ordinal));
        Write("2020/broken.md", "---\ntitle: \"unclosed\ndate: '2020-01-01'\n---\n\nMODERATOR:  Hello.\n");
        Write("README.md", "# Notes\n\nThis folder holds transcripts.\n");

        var (code, stdout, stderr) = Import(database);

        Assert.Equal(Cli.Findings, code);
        Assert.Equal("imported 2, skipped 2 already archived and 1 not a transcript, 1 failed, of 6 files", stdout[..stdout.IndexOf(" in ", StringComparison.Ordinal)]);
        Assert.Matches(@"2020/broken\.md:2:8: front matter: ", stderr);
        Assert.Contains("README.md: skipped: no speaker turns found, so not a transcript", stderr, StringComparison.Ordinal);

        await using var db = database.Choice.CreateContext();
        var documents = await db.ArchiveDocuments.OrderBy(d => d.Title).ToListAsync();
        Assert.Equal(["Background Press Call on the Vienna Document", "Press Gaggle aboard Air Force One"], documents.Select(d => d.Title));
        Assert.Equal(["background-press-call", "gaggle"], documents.Select(d => d.Kind));
        Assert.Equal("background", documents[0].Attribution);
        Assert.Equal(new DateOnly(2019, 5, 14), documents[0].Date);
        var paragraphs = await db.ArchiveParagraphs.Where(p => p.DocumentId == documents[0].Id).OrderBy(p => p.Turn).ToListAsync();
        Assert.Equal(["moderator", "official", "reporter", "official"], paragraphs.Select(p => p.Role));
        Assert.Equal(2, await MatchesAsync(db, "vienna document"));

        var (again, againOut, _) = Import(database);
        Assert.Equal(Cli.Findings, again);
        Assert.StartsWith("imported 0, skipped 4 already archived and 1 not a transcript, 1 failed", againOut, StringComparison.Ordinal);
        Assert.Equal(2, await db.ArchiveDocuments.CountAsync());
    }

    [SkippableFact]
    public async Task A_folder_with_a_read_me_beside_its_transcripts_imports_them_and_exits_0()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        Write("vienna.md", Call);
        Write("README.md", "# Seeds\n\nTwo published transcripts.\n");
        var (code, stdout, stderr) = Import(database);
        Assert.Equal(Cli.Ok, code);
        Assert.StartsWith("imported 1, skipped 0 already archived and 1 not a transcript, 0 failed, of 2 files", stdout, StringComparison.Ordinal);
        Assert.Contains("README.md: skipped: no speaker turns found, so not a transcript", stderr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_path_that_does_not_exist_is_bad_input_and_nothing_is_imported()
    {
        var (code, _, stderr) = Run(["import", Path.Combine(_folder, "nowhere"), "--database", Path.Combine(_folder, "a.db")]);
        Assert.Equal(Cli.BadInput, code);
        Assert.Contains("nowhere: no such file or folder", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "a.db")));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task The_published_seeds_import_as_background_calls(string engine)
    {
        var seeds = TestSupport.RepositoryPaths.Seeds();
        Skip.If(seeds is null, "../shared/seeds is not beside the checkout");
        await using var database = await TestDatabase.CreateAsync(engine);
        var (code, stdout, _) = Run(["import", .. Directory.GetFiles(seeds!, "2*.md"), "--database", database.Choice.ConnectionString]);
        Assert.Equal(Cli.Ok, code);
        Assert.StartsWith("imported 2,", stdout, StringComparison.Ordinal);
        await using var db = database.Choice.CreateContext();
        Assert.All(await db.ArchiveDocuments.ToListAsync(), d => Assert.Equal(("background-press-call", "background"), (d.Kind, d.Attribution)));
    }

    private (int Code, string Stdout, string Stderr) Import(TestDatabase database) =>
        Run(["import", _folder, "--database", database.Choice.ConnectionString]);

    private static (int Code, string Stdout, string Stderr) Run(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Cli.Run(args, TextReader.Null, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString().Replace('\\', '/'));
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    // Paragraphs the engine's own full-text index finds for a phrase: the index was filled as the rows went in.
    private static async Task<long> MatchesAsync(BriefingDb db, string phrase)
    {
        var sql = db.Database.IsNpgsql()
            ? "SELECT count(*) FROM \"ArchiveParagraphs\" WHERE \"Search\" @@ phraseto_tsquery('simple', @p)"
            : "SELECT count(*) FROM \"ArchiveSearch\" WHERE \"ArchiveSearch\" MATCH '\"' || @p || '\"'";
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@p";
        parameter.Value = phrase;
        command.Parameters.Add(parameter);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
