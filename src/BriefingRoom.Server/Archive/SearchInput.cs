using System.Globalization;
using BriefingRoom.Archive.Search;
using BriefingRoom.Briefings;

namespace BriefingRoom.Server.Archive;

/// <summary>A search as typed (query string or command line), checked into a <see cref="SearchRequest"/> or field errors that say what and where.</summary>
public sealed record SearchInput(string? Q, string? From, string? To, string? Kind, string? Attribution, string? Role, string? Order, int? Page, int? PageSize)
{
    public static readonly string[] Roles = ["moderator", "official", "reporter", "operator", "named", "unknown"];

    /// <summary>The kinds the archive tells from titles (<see cref="ArchiveEntry.KindOf"/>), for choosing among.</summary>
    public static readonly string[] Kinds = ["background-press-call", "press-briefing", "gaggle", "on-the-record-call", "press-call", "other"];

    public static readonly string[] Attributions = ["on-record", "background", "deep-background", "off-record", "not-stated"];

    public (SearchRequest? Request, Dictionary<string, string[]> Errors) ToRequest()
    {
        var errors = new Dictionary<string, string[]>();
        SearchQuery? query = null;
        if ((FieldLimits.TooLong(Q, FieldLimits.SearchQuery) ?? FieldLimits.ControlCharacter(Q)) is { } tooLong)
        {
            errors["q"] = [$"A search of {tooLong}."];
        }
        else
        {
            try
            {
                query = SearchQuery.Parse(Q ?? "");
            }
            catch (SearchQueryException e)
            {
                errors["q"] = [e.Message];
            }
        }
        var from = Date("from", From, errors);
        var to = Date("to", To, errors);
        var role = Choice("role", Role, Roles, errors);
        var kind = Choice("kind", Kind, ArchiveEntry.Kinds, errors);
        var attribution = Choice("attribution", Attribution, ArchiveEntry.Attributions, errors);
        var order = Order switch
        {
            null or "" or "relevance" => SearchOrder.Relevance,
            "date" => SearchOrder.Date,
            _ => (SearchOrder?)null,
        };
        if (order is null)
        {
            errors["order"] = [$"'{Order}' is not relevance or date."];
        }
        CheckPage(Page, errors);
        if (PageSize is < 1 or > SearchRequest.MaxPageSize)
        {
            errors["pageSize"] = [$"Give 1 to {SearchRequest.MaxPageSize} hits a page."];
        }
        return errors.Count > 0
            ? (null, errors)
            : (new SearchRequest(query!, from, to, kind, attribution, role, order!.Value, Page ?? 1, PageSize ?? 20), errors);
    }

    /// <summary>The page rule every paged archive view shares.</summary>
    internal static void CheckPage(int? page, Dictionary<string, string[]> errors)
    {
        if (FieldLimits.PageProblem(page) is { } problem)
        {
            errors["page"] = [problem];
        }
    }

    /// <summary>A filter that must be one of a fixed set; blank means any.</summary>
    internal static string? Choice(string field, string? value, string[] allowed, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var trimmed = value.Trim();
        if (allowed.Contains(trimmed))
        {
            return trimmed;
        }
        errors[field] = [$"'{value}' is not one of: {string.Join(", ", allowed)}."];
        return null;
    }

    internal static DateOnly? Date(string field, string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors[field] = [$"'{value}' is not a date like 2022-01-08."];
        return null;
    }
}
