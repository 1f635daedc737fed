namespace BriefingRoom.Server.Hosting;

/// <summary>
/// Headers on every answer that keep browsers from doing what the pages never need: running script or loading
/// anything from elsewhere, framing the site, sniffing a type, or telling other sites where a reader came from.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    // Not async: it returns the rest of the pipeline's task, so a live stream holds no state machine of this middleware.
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        return next(http);
    });
}
