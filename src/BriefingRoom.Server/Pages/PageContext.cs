using System.Security.Claims;
using BriefingRoom.Server.Accounts;

namespace BriefingRoom.Server.Pages;

/// <summary>What every page needs besides its own model: who is signed in, the form token, and a notice left by the last form.</summary>
public sealed record PageContext(string? Name, IReadOnlySet<string> Roles, bool Verified, string TokenField, string Token, string? Notice)
{
    public bool SignedIn => Name is not null;

    public bool IsStaff => Accounts.Roles.Staff.Any(Roles.Contains);

    public bool Has(string role) => Roles.Contains(role);

    public bool HasAny(params IReadOnlyList<string> roles) => roles.Any(Roles.Contains);

    public static PageContext For(ClaimsPrincipal user, string tokenField, string token, string? notice)
    {
        ArgumentNullException.ThrowIfNull(user);
        var signedIn = user.Id() is not null;
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new(signedIn ? user.FindFirstValue(ClaimTypes.Name) ?? "" : null, roles, user.HasClaim(Accounts.Roles.VerifiedClaim, "true"), tokenField, token, notice);
    }
}
