using System.Net;
using BriefingRoom.Formats.Html;
using BriefingRoom.Server.Storage;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Server.Archive;

/// <summary>
/// One speaker's turn of an archived transcript, rebuilt from its stored paragraphs (their anchors as stored), with
/// each paragraph's HTML rendered as the public page renders it (<see cref="HtmlInlines"/>: deletions struck through,
/// insertions in brackets) from the document's stored Markdown.
/// </summary>
public sealed record ArchiveTurn(int Number, string? Speaker, string Role, IReadOnlyList<ArchiveParagraph> Paragraphs)
{
    /// <summary>Each paragraph's words as HTML, one for each of <see cref="Paragraphs"/>.</summary>
    public IReadOnlyList<string> Markup { get; init; } = [.. Paragraphs.Select(p => WebUtility.HtmlEncode(p.Text))];

    /// <summary>The turns in order; paragraphs may come in any order. <paramref name="source"/> is the document read back from its Markdown.</summary>
    public static IReadOnlyList<ArchiveTurn> Of(IEnumerable<ArchiveParagraph> paragraphs, Transcript? source = null) =>
        [.. paragraphs.OrderBy(p => p.Turn).ThenBy(p => p.Number).GroupBy(p => p.Turn)
            .Select(g => new ArchiveTurn(g.Key, g.First().Speaker, g.First().Role, [.. g]) { Markup = [.. g.Select(p => MarkupOf(source, p))] })];

    // The stored words decide: the Markdown's paragraph is used only when it says exactly what was indexed.
    private static string MarkupOf(Transcript? source, ArchiveParagraph stored)
    {
        if (source is not null && stored.Turn < source.Turns.Count && stored.Number < source.Turns[stored.Turn].Paragraphs.Count)
        {
            var paragraph = source.Turns[stored.Turn].Paragraphs[stored.Number];
            if (InlineText.Collapse(paragraph.Text).Trim() == stored.Text)
            {
                return HtmlInlines.Html(paragraph);
            }
        }
        return WebUtility.HtmlEncode(stored.Text);
    }
}
