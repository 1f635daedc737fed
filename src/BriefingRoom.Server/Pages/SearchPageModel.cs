using BriefingRoom.Formats;
using BriefingRoom.Archive.Search;
using BriefingRoom.Server.Archive;

namespace BriefingRoom.Server.Pages;

/// <summary>The search page: what was typed, the messages for fields that need attention, and the results when the search ran.</summary>
public sealed record SearchPageModel(SearchInput Input, IReadOnlyDictionary<string, string[]> Errors, SearchResults? Results)
{
    public static readonly IReadOnlyList<(string Value, string Text)> RoleChoices =
    [
        ("", "Anyone"), ("reporter", "Reporters' questions"), ("official", "Officials' answers"), ("named", "Named speakers (on the record)"),
        ("moderator", "Moderators"), ("operator", "Operators"), ("unknown", "Unknown speakers"),
    ];

    public static readonly IReadOnlyList<(string Facet, string Heading)> Facets =
        [("role", "Who spoke"), ("kind", "Kind"), ("attribution", "Attribution"), ("year", "Year")];

    public FormState Form => new(new Dictionary<string, string>
    {
        ["q"] = Input.Q ?? "", ["from"] = Input.From ?? "", ["to"] = Input.To ?? "", ["kind"] = Input.Kind ?? "",
        ["attribution"] = Input.Attribution ?? "", ["role"] = Input.Role ?? "", ["order"] = Input.Order ?? "",
    }, Errors);

    public int Page => Math.Max(Input.Page ?? 1, 1);

    public int First => (Page - 1) * SearchPages.PageSize + 1;

    /// <summary>Where in the typed query the error is, to point at it; null when the query parses.</summary>
    public int? QueryColumn
    {
        get
        {
            if (!Errors.ContainsKey("q"))
            {
                return null;
            }
            try
            {
                SearchQuery.Parse(Input.Q ?? "");
                return null;
            }
            catch (SearchQueryException e)
            {
                return e.Column;
            }
        }
    }

    public string Link(SearchInput input) => SearchLinks.To(SearchLinks.Page, input);

    public string FeedLink => SearchLinks.To(SearchLinks.Feed, Input with { Order = null, Page = null });

    /// <summary>The search with one facet's value as its filter, from the first page; a year is a date range.</summary>
    public string FacetLink(string facet, string value) => Link(facet switch
    {
        "role" => Input with { Role = value, Page = null },
        "kind" => Input with { Kind = value, Page = null },
        "attribution" => Input with { Attribution = value, Page = null },
        _ => Input with { From = $"{value}-01-01", To = $"{value}-12-31", Page = null },
    });

    public bool IsActive(string facet, string value) => facet switch
    {
        "role" => Input.Role == value,
        "kind" => Input.Kind == value,
        "attribution" => Input.Attribution == value,
        _ => Input.From == $"{value}-01-01" && Input.To == $"{value}-12-31",
    };

    /// <summary>The filters in force, each with the link that drops it.</summary>
    public IEnumerable<(string Label, string Remove)> ActiveFilters()
    {
        if (!string.IsNullOrWhiteSpace(Input.From))
        {
            yield return ($"From {Input.From}", Link(Input with { From = null, Page = null }));
        }
        if (!string.IsNullOrWhiteSpace(Input.To))
        {
            yield return ($"To {Input.To}", Link(Input with { To = null, Page = null }));
        }
        if (!string.IsNullOrWhiteSpace(Input.Kind))
        {
            yield return ($"Kind: {Plain("kind", Input.Kind)}", Link(Input with { Kind = null, Page = null }));
        }
        if (!string.IsNullOrWhiteSpace(Input.Attribution))
        {
            yield return ($"Attribution: {Plain("attribution", Input.Attribution)}", Link(Input with { Attribution = null, Page = null }));
        }
        if (!string.IsNullOrWhiteSpace(Input.Role))
        {
            yield return ($"Who spoke: {Plain("role", Input.Role)}", Link(Input with { Role = null, Page = null }));
        }
    }

    /// <summary>A facet value in words: "Reporters' questions" for reporter, "Background press call" for background-press-call.</summary>
    public static string Plain(string facet, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return facet switch
        {
            "role" => RoleChoices.FirstOrDefault(c => c.Value == value).Text ?? VocabularyLabels.Role(value),
            "kind" => VocabularyLabels.Kind(value),
            "attribution" => VocabularyLabels.Attribution(value),
            _ => value,
        };
    }

    public IReadOnlyList<(string Value, string Text)> KindChoices => Choices(SearchInput.Kinds, "kind", Input.Kind);

    public IReadOnlyList<(string Value, string Text)> AttributionChoices => Choices(SearchInput.Attributions, "attribution", Input.Attribution);

    public IReadOnlyList<string> PageMessages => Form.Messages("page");

    /// <summary>The options of a filter's select; a value given in the link but not known here is kept, so what was asked is shown.</summary>
    public static IReadOnlyList<(string Value, string Text)> Choices(IReadOnlyList<string> values, string facet, string? current) =>
        [("", "Any"), .. values.Concat(string.IsNullOrWhiteSpace(current) || values.Contains(current) ? [] : [current]).Select(v => (v, Plain(facet, v)))];
}
