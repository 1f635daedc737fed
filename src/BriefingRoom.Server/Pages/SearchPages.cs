using System.Globalization;
using BriefingRoom.Server.Archive;

namespace BriefingRoom.Server.Pages;

/// <summary>The archive's search page: a GET form, so every search, filter and page is a link that can be shared.</summary>
public static class SearchPages
{
    public const int PageSize = 20;

    public static void MapSearchPages(this IEndpointRouteBuilder app)
    {
        app.MapGet(SearchLinks.Page, async (HttpContext http, ArchiveSearch search, string? q, string? from, string? to, string? kind, string? attribution, string? role, string? order, string? page) =>
        {
            var errors = new Dictionary<string, string[]>();
            int? number = null;
            if (!string.IsNullOrWhiteSpace(page))
            {
                if (int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    number = n;
                }
                else
                {
                    errors["page"] = [$"'{page}' is not a page number."];
                }
            }
            var input = new SearchInput(q, from, to, kind, attribution, role, order, number, PageSize);
            var (request, invalid) = input.ToRequest();
            foreach (var (field, messages) in invalid)
            {
                errors[field] = messages;
            }
            // No query yet is not an error: the form and how to write a query.
            if (string.IsNullOrWhiteSpace(q))
            {
                errors.Remove("q");
                request = null;
            }
            var results = request is not null && errors.Count == 0 ? await search.RunAsync(request, http.RequestAborted) : null;
            return Page.Show<SearchPage>(http, new SearchPageModel(input, errors, results), errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
        }).AllowAnonymous();
    }
}
