using System.Globalization;
using System.Security.Claims;
using BriefingRoom.Briefings;
using BriefingRoom.Server.Accounts;

namespace BriefingRoom.Server.Briefings;

/// <summary>How much of a briefing a person may see: staff everything, an admitted verified reporter the press view, anyone else nothing.</summary>
public enum Access
{
    None,
    Press,
    Staff,
}

public static class BriefingAccess
{
    public static Access Of(ClaimsPrincipal user, BriefingState state)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(state);
        if (user.IsStaff())
        {
            return Access.Staff;
        }
        return user.IsVerifiedReporter() && ReporterId(user) is { } id && state.Reporters.ContainsKey(id) ? Access.Press : Access.None;
    }

    /// <summary>The id a reporter has in a briefing's log: their account id.</summary>
    public static string? ReporterId(ClaimsPrincipal user) => user.Id()?.ToString(CultureInfo.InvariantCulture);
}
