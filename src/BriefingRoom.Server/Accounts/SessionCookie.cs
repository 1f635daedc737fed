using BriefingRoom.Server.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace BriefingRoom.Server.Accounts;

/// <summary>The session cookie: strict same-site (the JSON API's defence against cross-site requests), re-checked against the account on every request.</summary>
public static class SessionCookie
{
    public static void Configure(CookieAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Cookie.Name = "briefing-session";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.LoginPath = "/sign-in";
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = TimeSpan.FromHours(12);
        options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
        // Pages show their own 403 page (Pages/PageAuthorization.cs); everything else gets the bare status.
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
        options.Events.OnValidatePrincipal = Revalidate;
    }

    // API callers get a status code; pages get the redirect to the sign-in page.
    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Headers.Accept.ToString().Contains("text/event-stream", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        // Site-relative: the handler's RedirectUri is built from the request's Host header, which the client chose.
        var back = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        context.Response.Redirect(context.Request.PathBase + context.Options.LoginPath + QueryString.Create(context.Options.ReturnUrlParameter, back));
        return Task.CompletedTask;
    }

    // A removed account, a changed role or a withdrawn verification takes effect on the next request, not at cookie expiry.
    private static async Task Revalidate(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.Id();
        var account = id is null ? null : await context.HttpContext.RequestServices.GetRequiredService<AccountCache>().FindAsync(id.Value);
        if (account is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        var current = AccountPrincipal.For(account);
        if (!SameClaims(context.Principal!, current))
        {
            context.ReplacePrincipal(current);
            context.ShouldRenew = true;
        }
    }

    private static bool SameClaims(System.Security.Claims.ClaimsPrincipal a, System.Security.Claims.ClaimsPrincipal b) =>
        a.Claims.Select(c => (c.Type, c.Value)).Order().SequenceEqual(b.Claims.Select(c => (c.Type, c.Value)).Order());
}
