using System.Security.Claims;
using BriefingRoom.Server.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace BriefingRoom.Server.Accounts;

/// <summary>Turns an account into the claims a session carries, and reads them back.</summary>
public static class AccountPrincipal
{
    public static ClaimsPrincipal For(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, account.Name),
            new(ClaimTypes.Email, account.Email),
        };
        claims.AddRange(account.RoleList.Select(r => new Claim(ClaimTypes.Role, r)));
        if (account.Verified)
        {
            claims.Add(new Claim(Roles.VerifiedClaim, "true"));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>The signed-in account's id, or null for an anonymous request.</summary>
    public static long? Id(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var value = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    public static bool IsStaff(this ClaimsPrincipal user) => Roles.Staff.Any(user.IsInRole);

    public static bool IsVerifiedReporter(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.Reporter) && user.HasClaim(Roles.VerifiedClaim, "true");

    /// <summary>How the actor is written in logs: <c>account:12</c>, or <c>system</c> for the server's own work.</summary>
    public static string Actor(this ClaimsPrincipal user) => user.Id() is { } id ? $"account:{id}" : "system";
}
