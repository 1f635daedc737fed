using BriefingRoom.Server.Hosting;

namespace BriefingRoom.Server.Pages;

/// <summary>A friendly page for a path that leads nowhere (a missing role gets its page from <see cref="PageAuthorization"/>); the API keeps its problem details.</summary>
public static class ErrorPages
{
    public static void MapErrorPages(this IEndpointRouteBuilder app)
    {
        app.MapFallback((HttpContext http) => http.Request.Path.StartsWithSegments("/api")
            ? Problems.NotFound("such address in the API")
            : Page.NotFound(http, "page at this address"));
    }
}
