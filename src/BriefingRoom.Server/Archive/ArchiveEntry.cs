using System.Security.Cryptography;
using System.Text;
using BriefingRoom.Archive.Search;
using BriefingRoom.Formats;
using BriefingRoom.Formats.Markdown;
using BriefingRoom.Server.Storage;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Server.Archive;

/// <summary>A transcript made ready for the archive: its document row and its paragraphs, with hash, kind and anchors worked out.</summary>
public sealed record ArchiveEntry(ArchiveDocument Document, IReadOnlyList<ArchiveParagraph> Paragraphs)
{
    /// <param name="markdown">The transcript already written as Markdown, when the caller has it (a published record does).</param>
    public static ArchiveEntry From(Transcript transcript, string source, DateTimeOffset now, long? briefingId = null, string? markdown = null)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var metadata = transcript.Metadata;
        var title = string.IsNullOrWhiteSpace(metadata.Title) ? "(untitled)" : InlineText.Collapse(metadata.Title).Trim();
        var paragraphs = ParagraphsOf(transcript);
        var document = new ArchiveDocument
        {
            Url = string.IsNullOrWhiteSpace(metadata.Url) ? null : metadata.Url.Trim(),
            ContentHash = ContentHash(paragraphs),
            Title = title,
            Date = metadata.Date ?? (metadata.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : null),
            Kind = KindOf(title),
            Attribution = VocabularyLabels.WireName(transcript.GroundRules.Attribution),
            Source = source,
            BriefingId = briefingId,
            Markdown = markdown ?? MarkdownWriter.Write(transcript),
            AddedAt = now,
        };
        return new ArchiveEntry(document, paragraphs);
    }

    /// <summary>Every kind <see cref="KindOf"/> files a transcript under.</summary>
    public static readonly string[] Kinds = TranscriptKinds.All;

    /// <summary>Every attribution level a document is filed under, as its ground rules name it.</summary>
    public static readonly string[] Attributions = [.. Enum.GetValues<AttributionLevel>().Select(VocabularyLabels.WireName)];

    /// <summary>The kind a title names, as the archive files it.</summary>
    public static string KindOf(string title) => TranscriptKinds.Of(title);

    private static List<ArchiveParagraph> ParagraphsOf(Transcript transcript)
    {
        var result = new List<ArchiveParagraph>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < transcript.Turns.Count; t++)
        {
            var turn = transcript.Turns[t];
            for (var p = 0; p < turn.Paragraphs.Count; p++)
            {
                var text = InlineText.Collapse(turn.Paragraphs[p].Text).Trim();
                if (text.Length == 0)
                {
                    continue;
                }
                // The anchor comes from the paragraph's own speaker and words; a repeat ("Thank you.") takes a count.
                var anchor = "p-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{turn.Speaker}\n{text}")))[..10];
                var count = seen[anchor] = seen.GetValueOrDefault(anchor) + 1;
                result.Add(new ArchiveParagraph
                {
                    Turn = t,
                    Number = p,
                    Anchor = count == 1 ? anchor : $"{anchor}-{count}",
                    Speaker = turn.Speaker,
                    Role = turn.Role.ToString().ToLowerInvariant(),
                    Text = text,
                    Folded = SearchText.Normalise(text),
                });
            }
        }
        return result;
    }

    // Same speakers saying the same words is the same transcript, whatever its format, file name or front matter.
    private static string ContentHash(List<ArchiveParagraph> paragraphs)
    {
        var text = new StringBuilder();
        foreach (var p in paragraphs)
        {
            text.Append(p.Speaker).Append('\u001f').Append(p.Folded).Append('\u001e');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
