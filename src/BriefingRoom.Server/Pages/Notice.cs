namespace BriefingRoom.Server.Pages;

/// <summary>A one-line message carried across a form's redirect (POST-redirect-GET) in a short-lived cookie, shown once.</summary>
public static class Notice
{
    private const string Cookie = "briefing-notice";

    public static void Set(HttpContext http, string message)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Cookies.Append(Cookie, Uri.EscapeDataString(message), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            MaxAge = TimeSpan.FromMinutes(1),
        });
    }

    public static string? Take(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.Request.Cookies.TryGetValue(Cookie, out var value))
        {
            return null;
        }
        http.Response.Cookies.Delete(Cookie, new CookieOptions { Path = "/" });
        return Uri.UnescapeDataString(value);
    }
}
