using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Archive;

/// <summary>
/// Every transcript a filter lists, newest first, read a batch at a time so a whole archive streams out (CSV, zip, or a folder)
/// without being held in memory.
/// </summary>
public sealed class ArchiveBulkExport(BriefingDb db)
{
    private const int Batch = 100;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async IAsyncEnumerable<(ArchiveDocument Document, IReadOnlyList<ArchiveParagraph> Paragraphs)> DocumentsAsync(
        ArchiveFilter filter, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var ids = await ArchiveFilter.Newest(filter.Apply(db.ArchiveDocuments.AsNoTracking())).Select(d => d.Id).ToListAsync(cancel);
        foreach (var chunk in ids.Chunk(Batch))
        {
            var documents = await db.ArchiveDocuments.AsNoTracking().Where(d => chunk.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancel);
            var paragraphs = (await db.ArchiveParagraphs.AsNoTracking().Where(p => chunk.Contains(p.DocumentId)).ToListAsync(cancel))
                .ToLookup(p => p.DocumentId);
            foreach (var id in chunk)
            {
                if (documents.TryGetValue(id, out var document))
                {
                    yield return (document, [.. paragraphs[id].OrderBy(p => p.Turn).ThenBy(p => p.Number)]);
                }
            }
        }
    }

    /// <summary>One CSV of turns for every listed transcript, UTF-8 with a byte-order mark so spreadsheets read accents right.</summary>
    public async Task WriteCsvAsync(ArchiveFilter filter, Stream output, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        TurnsCsv.WriteHeader(writer);
        await foreach (var (document, paragraphs) in DocumentsAsync(filter, cancel))
        {
            // A document's rows are put together first: a response body takes only asynchronous writes.
            using var rows = new StringWriter();
            TurnsCsv.WriteRows(rows, document.Id, paragraphs);
            await writer.WriteAsync(rows.GetStringBuilder(), cancel);
            await writer.FlushAsync(cancel);
        }
    }

    /// <summary>A zip with one file per listed transcript, each entry written and sent on before the next is read.</summary>
    public async Task WriteZipAsync(ArchiveFilter filter, ArchiveExportFormat format, Stream output, CancellationToken cancel = default)
    {
        await using var held = new HeldWritesStream(output);
        using (var zip = new ZipArchive(held, ZipArchiveMode.Create, leaveOpen: true, Utf8))
        {
            await foreach (var (document, paragraphs) in DocumentsAsync(filter, cancel))
            {
                var entry = zip.CreateEntry(ArchiveExports.FileName(document, format), CompressionLevel.Fastest);
                using (var stream = entry.Open())
                {
                    stream.Write(Utf8.GetBytes(Render(document, paragraphs, format)));
                }
                await held.FlushAsync(cancel);
            }
        }
        await held.FlushAsync(cancel);
    }

    /// <summary>One file per listed transcript in <paramref name="folder"/>; returns how many.</summary>
    public async Task<int> WriteFolderAsync(ArchiveFilter filter, ArchiveExportFormat format, string folder, CancellationToken cancel = default)
    {
        Directory.CreateDirectory(folder);
        var count = 0;
        await foreach (var (document, paragraphs) in DocumentsAsync(filter, cancel))
        {
            await File.WriteAllTextAsync(Path.Combine(folder, ArchiveExports.FileName(document, format)), Render(document, paragraphs, format), Utf8, cancel);
            count++;
        }
        return count;
    }

    private static string Render(ArchiveDocument document, IReadOnlyList<ArchiveParagraph> paragraphs, ArchiveExportFormat format)
    {
        using var text = new StringWriter();
        ArchiveExports.Write(document, paragraphs, format, text);
        return text.ToString();
    }
}
