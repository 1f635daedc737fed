using BriefingRoom.Server.Accounts;
using BriefingRoom.Server.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BriefingRoom.FanoutSetup;

/// <summary>
/// Session cookies as the server's sign-in would issue them: the same claims (<see cref="AccountPrincipal"/>) sealed by the
/// cookie handler's own ticket format, whose data-protection keys live in the server's database (so the server reads them).
/// </summary>
public sealed class SessionMint(IServiceProvider services, TimeProvider time)
{
    private readonly CookieAuthenticationOptions _cookie =
        services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);

    /// <summary>The Cookie header value (<c>briefing-session=…</c>) for one account, valid for the session's usual 12 hours.</summary>
    public string CookieFor(Account account)
    {
        var now = time.GetUtcNow();
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + _cookie.ExpireTimeSpan };
        var ticket = new AuthenticationTicket(AccountPrincipal.For(account), properties, CookieAuthenticationDefaults.AuthenticationScheme);
        return $"{_cookie.Cookie.Name}={_cookie.TicketDataFormat.Protect(ticket)}";
    }

    /// <summary>Whether a minted cookie reads back as the account: one that did not would only show up later as N refused streams.</summary>
    public bool ReadsBack(string cookie, Account account) =>
        _cookie.TicketDataFormat.Unprotect(cookie[(cookie.IndexOf('=', StringComparison.Ordinal) + 1)..])?.Principal is { } principal
        && principal.Id() == account.Id;
}
