using BriefingRoom.Server.Storage;

namespace BriefingRoom.Server.Archive;

/// <summary>Which transcripts the archive index and the bulk exports list: a date range, kind, attribution level and source.</summary>
public sealed record ArchiveFilter(DateOnly? From = null, DateOnly? To = null, string? Kind = null, string? Attribution = null, string? Source = null)
{
    public static readonly string[] Sources = ["import", "published"];

    public IQueryable<ArchiveDocument> Apply(IQueryable<ArchiveDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (From is { } from)
        {
            documents = documents.Where(d => d.Date >= from);
        }
        if (To is { } to)
        {
            documents = documents.Where(d => d.Date <= to);
        }
        if (Kind is { } kind)
        {
            documents = documents.Where(d => d.Kind == kind);
        }
        if (Attribution is { } attribution)
        {
            documents = documents.Where(d => d.Attribution == attribution);
        }
        if (Source is { } source)
        {
            documents = documents.Where(d => d.Source == source);
        }
        return documents;
    }

    /// <summary>Newest first; undated transcripts last, then the latest added first so the order is stable across pages.</summary>
    public static IQueryable<ArchiveDocument> Newest(IQueryable<ArchiveDocument> documents) =>
        documents.OrderBy(d => d.Date == null).ThenByDescending(d => d.Date).ThenByDescending(d => d.Id);
}

/// <summary>The index filters as typed (query string or command line), checked with the search's own date and page rules.</summary>
public sealed record ArchiveFilterInput(string? From, string? To, string? Kind, string? Attribution, string? Source, int? Page = null)
{
    public (ArchiveFilter? Filter, Dictionary<string, string[]> Errors) ToFilter()
    {
        var errors = new Dictionary<string, string[]>();
        var from = SearchInput.Date("from", From, errors);
        var to = SearchInput.Date("to", To, errors);
        SearchInput.CheckPage(Page, errors);
        var kind = SearchInput.Choice("kind", Kind, ArchiveEntry.Kinds, errors);
        var attribution = SearchInput.Choice("attribution", Attribution, ArchiveEntry.Attributions, errors);
        var source = SearchInput.Choice("source", Source, ArchiveFilter.Sources, errors);
        if (from is { } f && to is { } t && f > t)
        {
            errors["to"] = [$"'{To}' is before the from date {From}."];
        }
        return errors.Count > 0 ? (null, errors) : (new ArchiveFilter(from, to, kind, attribution, source), errors);
    }
}
