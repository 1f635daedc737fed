using BriefingRoom.Formats;
using BriefingRoom.Formats.Markdown;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Archive;

/// <summary>
/// Archives imported before transcripts had a preface kept the text above the first label (a site's banners, a
/// topic index) as a speakerless turn: searchable as if someone said it, counted by the questions view. At start,
/// each such document is read again from its stored Markdown, where that text now reads as the preface, and its
/// paragraphs and content hash become what an import today would give.
/// </summary>
internal static partial class SpeakerlessRepair
{
    public static async Task<int> RunAsync(BriefingDb db, ILogger logger, CancellationToken cancel = default)
    {
        // The filtered index IX_ArchiveParagraphs_Speakerless holds only such rows, so on a repaired archive this costs nothing.
        var ids = await db.ArchiveParagraphs.Where(p => p.Speaker == null || p.Speaker == "")
            .Select(p => p.DocumentId).Distinct().ToListAsync(cancel);
        var repaired = 0;
        foreach (var id in ids)
        {
            repaired += await RepairAsync(db, id, logger, cancel) ? 1 : 0;
        }
        if (ids.Count > 0)
        {
            Repaired(logger, repaired, ids.Count);
        }
        return repaired;
    }

    private static async Task<bool> RepairAsync(BriefingDb db, long id, ILogger logger, CancellationToken cancel)
    {
        var document = await db.ArchiveDocuments.AsNoTracking().SingleAsync(d => d.Id == id, cancel);
        List<ArchiveParagraph> paragraphs;
        string hash;
        try
        {
            var entry = ArchiveEntry.From(MarkdownReader.Read(document.Markdown), document.Source, document.AddedAt, document.BriefingId, document.Markdown);
            (paragraphs, hash) = ([.. entry.Paragraphs], entry.Document.ContentHash);
        }
        catch (TranscriptParseException e)
        {
            // Its own stored copy no longer reads: drop only the speakerless rows, which were never anyone's words.
            Unreadable(logger, id, e.Message);
            (paragraphs, hash) = (await db.ArchiveParagraphs.AsNoTracking().Where(p => p.DocumentId == id && p.Speaker != null && p.Speaker != "").ToListAsync(cancel), document.ContentHash);
            paragraphs.ForEach(p => p.Id = 0);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        await db.ArchiveParagraphs.Where(p => p.DocumentId == id).ExecuteDeleteAsync(cancel);
        foreach (var p in paragraphs)
        {
            p.DocumentId = id;
        }
        db.ArchiveParagraphs.AddRange(paragraphs);
        await db.SaveChangesAsync(cancel);
        db.ChangeTracker.Clear();
        // The same transcript imported again today must be found a duplicate, unless another copy already holds that hash.
        if (hash != document.ContentHash && !await db.ArchiveDocuments.AnyAsync(d => d.ContentHash == hash, cancel))
        {
            await db.ArchiveDocuments.Where(d => d.Id == id).ExecuteUpdateAsync(u => u.SetProperty(d => d.ContentHash, hash), cancel);
        }
        await transaction.CommitAsync(cancel);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Archive: {Repaired} of {Count} documents imported with text above the first speaker read again; that text is now their preface, not speech")]
    private static partial void Repaired(ILogger logger, int repaired, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Archive document {Id} does not read again ({Error}); its text above the first speaker is no longer searchable")]
    private static partial void Unreadable(ILogger logger, long id, string error);
}
