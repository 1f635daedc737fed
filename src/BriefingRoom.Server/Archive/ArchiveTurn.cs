using BriefingRoom.Server.Storage;

namespace BriefingRoom.Server.Archive;

/// <summary>One speaker's turn of an archived transcript, rebuilt from its stored paragraphs (their anchors as stored).</summary>
public sealed record ArchiveTurn(int Number, string? Speaker, string Role, IReadOnlyList<ArchiveParagraph> Paragraphs)
{
    /// <summary>The turns in order; paragraphs may come in any order.</summary>
    public static IReadOnlyList<ArchiveTurn> Of(IEnumerable<ArchiveParagraph> paragraphs) =>
        [.. paragraphs.OrderBy(p => p.Turn).ThenBy(p => p.Number).GroupBy(p => p.Turn)
            .Select(g => new ArchiveTurn(g.Key, g.First().Speaker, g.First().Role, [.. g]))];
}
