using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace BriefingRoom.Server.Live;

/// <summary>
/// What a live stream lets go of once its response has started: the request's headers and parsed cookies. Nothing
/// reads them after that (the session was checked, the resume point read), and the session cookie alone is ~0.8 KB
/// of text kept twice (the header and the parsed value) for each of thousands of streams that last hours.
/// </summary>
internal static class RequestLeftovers
{
    public static void Drop(HttpContext http)
    {
        var headers = http.Request.Headers;
        foreach (var name in headers.Keys.ToArray())
        {
            headers[name] = StringValues.Empty; // overwritten first: Kestrel's Clear keeps known headers' values for reuse
        }
        headers.Clear();
        http.Features.Set<IRequestCookiesFeature>(null); // it held the Cookie header and the values parsed from it
    }
}
