using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BriefingRoom.Server.Pages;

/// <summary>Renders a page component (static server-side rendering) with its model and the request's <see cref="PageContext"/>.</summary>
public static class Page
{
    public static RazorComponentResult Show<TPage>(HttpContext http, object? model = null, int status = StatusCodes.Status200OK)
        where TPage : IComponent
    {
        ArgumentNullException.ThrowIfNull(http);
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        var context = PageContext.For(http.User, tokens.FormFieldName, tokens.RequestToken ?? "", Notice.Take(http));
        var parameters = new Dictionary<string, object?> { ["Context"] = context };
        if (model is not null)
        {
            parameters["Model"] = model;
        }
        return new RazorComponentResult<TPage>(parameters) { StatusCode = status };
    }

    public static RazorComponentResult NotFound(HttpContext http, string what) =>
        Show<ErrorPage>(http, new ErrorModel("Not found", $"There is no {what} here, or it is not yours to see."), StatusCodes.Status404NotFound);

    public static RazorComponentResult Forbidden(HttpContext http) =>
        Show<ErrorPage>(http, new ErrorModel("Not allowed", "Your account does not hold the role this page needs. Ask an administrator if it should."), StatusCodes.Status403Forbidden);

    /// <summary>True for a path on this site: "/x" but not "//host" or "/\host", which browsers treat as another site.</summary>
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}

/// <summary>The model of the friendly error page.</summary>
public sealed record ErrorModel(string Title, string Message);
