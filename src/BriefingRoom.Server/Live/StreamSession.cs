using System.Security.Claims;
using BriefingRoom.Server.Briefings;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace BriefingRoom.Server.Live;

/// <summary>Who is asking for a briefing's live feed: how much they may see and, for a reporter, their id in its log.</summary>
public sealed record StreamViewer(Access Access, string? ReporterId);

/// <summary>
/// A live stream's session, read by the stream itself in a DI scope of its own that ends before the stream begins. The
/// shared authentication step (skipped for the stream's endpoint, see <see cref="Marker"/>) would keep the cookie
/// handler, its results, ticket and principal in the request for as long as the stream lasts: ~2 KB a stream.
/// The same cookie handler decides, with the same re-check against the account (SessionCookie.Revalidate).
/// </summary>
public static class StreamSession
{
    /// <summary>On an endpoint that reads its own session; ServerApp runs the authentication step for every other.</summary>
    public sealed class Marker;

    public static bool ReadsItsOwn(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<Marker>() is not null;

    /// <summary>The viewer (access None for a briefing that is not there), or null when the request has no valid session: the caller then challenges it (401).</summary>
    public static async Task<StreamViewer?> ReadAsync(HttpContext http, LiveBriefing? briefing)
    {
        ArgumentNullException.ThrowIfNull(http);
        await using var scope = http.RequestServices.CreateAsyncScope();
        var handler = await scope.ServiceProvider.GetRequiredService<IAuthenticationHandlerProvider>().GetHandlerAsync(http, CookieAuthenticationDefaults.AuthenticationScheme);
        var result = handler is null ? null : await handler.AuthenticateAsync();
        return result is { Succeeded: true, Principal: { } user } ? Viewer(user, briefing) : null;
    }

    private static StreamViewer Viewer(ClaimsPrincipal user, LiveBriefing? briefing)
    {
        var access = briefing is null ? Access.None : BriefingAccess.Of(user, briefing.State);
        return new(access, access == Access.Press ? BriefingAccess.ReporterId(user) : null);
    }
}
