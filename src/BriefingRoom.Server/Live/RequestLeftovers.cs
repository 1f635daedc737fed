using Microsoft.Extensions.Primitives;

namespace BriefingRoom.Server.Live;

/// <summary>
/// What a live stream lets go of once its response has started: the request's headers, cookies and query (its session
/// was read and let go by StreamSession). Nothing reads them after that (the reporter's id and the resume point read),
/// and kept they cost ~2.5 KB a stream (the session cookie alone is ~0.8 KB of text, held twice) for thousands of
/// streams that last hours. The reporter's admission is still checked before every write, from the briefing's state.
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
        _ = http.Request.Cookies.Count; // parsed again over the emptied headers: the old parse, with the session cookie, is let go
        http.Request.Query = QueryCollection.Empty; // the parsed query (the resume point was read from it)
    }
}
