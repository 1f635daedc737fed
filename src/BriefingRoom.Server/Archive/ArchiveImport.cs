using BriefingRoom.Formats;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Archive;

/// <summary>
/// Imports transcript files into the archive: parsed in parallel a chunk at a time, written in file order (so which of
/// two duplicates is kept never depends on thread timing) through the engine's bulk path, one transaction per chunk.
/// A file that fails is reported and skipped; a file already archived, by URL or by content, is skipped; running it
/// twice changes nothing.
/// </summary>
public sealed class ArchiveImport(DatabaseChoice database, TimeProvider time)
{
    public static readonly string[] Extensions = [".md", ".markdown", ".txt", ".text", ".html", ".htm", ".xhtml", ".shtml"];

    /// <summary>Files parsed together and written in one transaction: enough rows per commit, little memory held.</summary>
    internal int ChunkSize { get; init; } = 256;

    /// <summary>Every transcript file under the paths, in a stable order; a path that does not exist is named in <paramref name="missing"/>.</summary>
    public static IReadOnlyList<FileInfo> FindFiles(IEnumerable<string> paths, List<string> missing)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(missing);
        var files = new List<FileInfo>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(new FileInfo(path));
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .Select(f => new FileInfo(f)));
            }
            else
            {
                missing.Add(path);
            }
        }
        return files;
    }

    /// <param name="failed">Called with each failure as <c>file:line:col: message</c> (or <c>file: message</c>), and with a note for each file skipped as not a transcript.</param>
    /// <param name="progress">Called with the bytes of each file done.</param>
    public async Task<ImportOutcome> RunAsync(IReadOnlyList<FileInfo> files, Action<string> failed, Action<long> progress, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(failed);
        ArgumentNullException.ThrowIfNull(progress);
        var started = time.GetTimestamp();
        var (hashes, urls) = await KnownAsync(cancel);
        int imported = 0, duplicates = 0, failures = 0, notTranscripts = 0;
        await using var writer = await IArchiveWriter.OpenAsync(database, cancel);
        Task<Parsed[]>? next = files.Count > 0 ? ParseAsync(files, 0, cancel) : null;
        for (var start = 0; next is not null; start += ChunkSize)
        {
            var chunk = await next;
            // The next chunk is parsed while this one is written.
            next = start + ChunkSize < files.Count ? ParseAsync(files, start + ChunkSize, cancel) : null;
            var fresh = new List<ArchiveEntry>(chunk.Length);
            foreach (var parsed in chunk)
            {
                if (parsed.Error is { } error)
                {
                    failures += parsed.NotTranscript ? 0 : 1;
                    notTranscripts += parsed.NotTranscript ? 1 : 0;
                    failed(error);
                }
                else if (!hashes.Add(parsed.Entry!.Document.ContentHash) || (parsed.Entry.Document.Url is { } url && !urls.Add(url)))
                {
                    duplicates++;
                }
                else
                {
                    fresh.Add(parsed.Entry);
                }
                progress(parsed.Bytes);
            }
            await writer.WriteAsync(fresh, cancel);
            imported += fresh.Count;
        }
        if (imported > 0)
        {
            await writer.AnalyzeAsync(cancel);
        }
        return new ImportOutcome(files.Count, imported, duplicates, failures, time.GetElapsedTime(started), notTranscripts);
    }

    private sealed record Parsed(ArchiveEntry? Entry, string? Error, long Bytes, bool NotTranscript = false);

    private Task<Parsed[]> ParseAsync(IReadOnlyList<FileInfo> files, int start, CancellationToken cancel)
    {
        var count = Math.Min(ChunkSize, files.Count - start);
        var now = time.GetUtcNow();
        return Task.Run(() =>
        {
            var parsed = new Parsed[count];
            Parallel.For(0, count, new ParallelOptions { CancellationToken = cancel }, i => parsed[i] = Parse(files[start + i], now));
            return parsed;
        }, cancel);
    }

    private static Parsed Parse(FileInfo file, DateTimeOffset now)
    {
        try
        {
            if (file.Length > ReaderLimits.MaxChars)
            {
                return new Parsed(null, $"{file.ToString()}: too large ({file.Length:N0} bytes); the limit is {ReaderLimits.MaxChars:N0} characters", file.Length);
            }
            var text = File.ReadAllText(file.FullName);
            var transcript = TranscriptFormats.Read(text, TranscriptFormats.Detect(text, file.Name));
            var entry = ArchiveEntry.From(transcript, "import", now);
            // A README or a page of site chrome reads without error but holds nobody speaking: not a transcript.
            return entry.Paragraphs.Count == 0 || transcript.Turns.Count == 0
                ? new Parsed(null, $"{file}: skipped: no speaker turns found, so not a transcript", file.Length, NotTranscript: true)
                : new Parsed(entry, null, file.Length);
        }
        catch (TranscriptParseException e)
        {
            return new Parsed(null, e.Describe(file.ToString()), file.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Parsed(null, $"{file.ToString()}: cannot read: {e.Message}", 0);
        }
    }

    private async Task<(HashSet<string> Hashes, HashSet<string> Urls)> KnownAsync(CancellationToken cancel)
    {
        await using var db = database.CreateContext();
        var known = await db.ArchiveDocuments.Select(d => new { d.ContentHash, d.Url }).ToListAsync(cancel);
        return ([.. known.Select(k => k.ContentHash)], [.. known.Where(k => k.Url is not null).Select(k => k.Url!)]);
    }
}
