using BriefingRoom.Server.Hosting;

namespace BriefingRoom.Server.Pages;

/// <summary>Friendly pages for a path that leads nowhere and for a role that is missing; the API keeps its problem details.</summary>
public static class ErrorPages
{
    public static void MapErrorPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/forbidden", (HttpContext http) => Page.Forbidden(http));
        app.MapFallback((HttpContext http) => http.Request.Path.StartsWithSegments("/api")
            ? Problems.NotFound("such address in the API")
            : Page.NotFound(http, "page at this address"));
    }
}
