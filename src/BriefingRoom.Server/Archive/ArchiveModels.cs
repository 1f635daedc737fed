using BriefingRoom.Formats.Html;
using BriefingRoom.Server.Pages;
using BriefingRoom.Server.Storage;

namespace BriefingRoom.Server.Archive;

/// <summary>One line of the archive index.</summary>
public sealed record ArchiveRow(long Id, string Title, DateOnly? Date, string Kind, string Attribution, string Source, int Paragraphs);

/// <summary>A page of the archive index: the filter form as typed (with any errors), the rows, and where the pages go.</summary>
public sealed record ArchiveIndexModel(FormState Form, IReadOnlyList<ArchiveRow> Rows, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The filters as typed, as a query string (with its <c>?</c>) for page and export links.</summary>
    public string Filters(params (string Name, string Value)[] more)
    {
        var pairs = Form.Values.Where(v => v.Value.Length > 0).Select(v => (Name: v.Key, v.Value)).Concat(more)
            .Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value)).ToList();
        return pairs.Count == 0 ? "" : "?" + string.Join("&", pairs);
    }
}

/// <summary>A transcript page: the stored document and its turns rebuilt from the stored paragraphs.</summary>
public sealed record ArchiveTranscriptModel(ArchiveDocument Document, IReadOnlyList<ArchiveTurn> Turns, FactsLine Facts)
{
    /// <summary>
    /// The text before the first speaker, read from the stored Markdown: it is kept out of the searchable paragraphs,
    /// since no one said it, and shown apart from the turns.
    /// </summary>
    public IReadOnlyList<string> Preface { get; } = PrefaceOf(Document.Markdown);

    private static string[] PrefaceOf(string markdown)
    {
        try
        {
            return [.. BriefingRoom.Formats.Markdown.MarkdownReader.Read(markdown).Preface.Select(p => p.Text)];
        }
        catch (BriefingRoom.Formats.TranscriptParseException)
        {
            return [];
        }
    }

    /// <summary>The source URL as a link target, only when it is a web address or a path on this site (never <c>javascript:</c>).</summary>
    public string? SourceLink => Document.Url is not { } url ? null
        : Page.IsLocal(url) || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)) ? url
        : null;
}

/// <summary>The questions-and-answers view of a transcript.</summary>
public sealed record ArchiveQuestionsModel(ArchiveDocument Document, IReadOnlyList<QuestionAndAnswer> Pairs, FactsLine Facts);
