namespace BriefingRoom.Server.Pages;

/// <summary>
/// A friendly page for a page address that leads nowhere (a missing role gets its page from <see cref="PageAuthorization"/>).
/// It takes only GET and HEAD and never /api: a fallback that matched every request would also win over routing's own 405
/// (wrong method) and 415 (wrong Content-Type) answers. An unknown API address gets its 404 problem from the status code pages.
/// </summary>
public static class ErrorPages
{
    /// <summary>Any path that is not a file nor under /api.</summary>
    public const string Pattern = @"{*path:nonfile:regex(^(?!api(\W|$)))}";

    public static void MapErrorPages(this IEndpointRouteBuilder app) =>
        app.MapFallback(Pattern, (HttpContext http) => Page.NotFound(http, "page at this address"))
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
}
