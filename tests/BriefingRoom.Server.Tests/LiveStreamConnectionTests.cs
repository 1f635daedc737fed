using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace BriefingRoom.Server.Tests;

/// <summary>
/// A live stream lets go of its request's headers once it has started (Live/RequestLeftovers.cs). What a reader relies
/// on still holds on the raw connection a browser keeps: the stream starts only for a session, ends when the reporter
/// is removed, and the connection's next request is judged by its own headers — none of the stream's session is left over.
/// </summary>
public sealed class LiveStreamConnectionTests
{
    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    [SkippableTheory(Timeout = 90_000)]
    [MemberData(nameof(Engines))]
    public async Task After_a_removed_reporters_stream_ends_the_same_connection_serves_each_request_by_its_own_session(string engine)
    {
        await using var office = await Office.OpenAsync(engine);
        await office.RunCallAsync(conclude: false);
        var cookie = await SessionCookieAsync(office, "reporterA@news.example");
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(office.Server.Address.Host, office.Server.Address.Port);
        var connection = new RawConnection(tcp.GetStream());

        // Signed out: refused with 401 as before, and the connection stays usable.
        await connection.SendAsync($"GET {office.Api("/events")} HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n");
        var (refused, _) = await connection.ReadResponseAsync();
        Assert.StartsWith("HTTP/1.1 401", refused, StringComparison.Ordinal);

        await connection.SendAsync($"GET {office.Api("/events")} HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\nCookie: {cookie}\r\n\r\n");
        var head = await connection.ReadUntilAsync("\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 200", head, StringComparison.Ordinal);
        Assert.Contains("text/event-stream", head, StringComparison.Ordinal);
        await connection.ReadUntilAsync("retry:");

        var removal = await office["moderator"].DeleteAsync(office.Api($"/reporters/{office.ReporterId("reporterA")}"));
        Assert.Equal(HttpStatusCode.OK, removal.StatusCode);
        await office.OkAsync("stenographer", office.Api("/turns/2/paragraphs"), new { text = "Said after the removal: quince-canary-305." });
        var rest = await connection.ReadUntilAsync("\r\n0\r\n\r\n"); // the chunked body's end: the stream is over, the connection kept
        Assert.DoesNotContain("quince-canary-305", rest, StringComparison.Ordinal);

        // Next on the same connection: without a cookie it is anonymous (nothing of the stream's session carried over) ...
        await connection.SendAsync("GET /api/me HTTP/1.1\r\nHost: localhost\r\n\r\n");
        var (anonymous, _) = await connection.ReadResponseAsync();
        Assert.StartsWith("HTTP/1.1 401", anonymous, StringComparison.Ordinal);
        // ... and with one it is that session's own.
        await connection.SendAsync($"GET /api/me HTTP/1.1\r\nHost: localhost\r\nCookie: {cookie}\r\n\r\n");
        var (me, body) = await connection.ReadResponseAsync();
        Assert.StartsWith("HTTP/1.1 200", me, StringComparison.Ordinal);
        Assert.Contains("\"email\":\"reportera@news.example\"", body, StringComparison.Ordinal);
        // Removed from the call, the reporter's feed is closed to them on this connection too.
        await connection.SendAsync($"GET {office.Api("/events")} HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\nCookie: {cookie}\r\n\r\n");
        var (closed, _) = await connection.ReadResponseAsync();
        Assert.StartsWith("HTTP/1.1 404", closed, StringComparison.Ordinal);
    }

    // The stream reads its session by itself (Live/StreamSession.cs), and still renews it as every other request does.
    [SkippableFact(Timeout = 60_000)]
    public async Task A_stream_opened_late_in_a_session_renews_its_cookie_and_the_renewed_one_outlasts_the_first()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero));
        await using var office = await Office.OpenAsync(TestDatabase.Sqlite, clock);
        await office.OkAsync("moderator", office.Api("/open"));
        var first = await SessionCookieAsync(office, "reporterA@news.example");
        clock.Advance(TimeSpan.FromHours(7)); // past half of the 12-hour session: a request re-issues it
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = office.Server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, office.Api("/events"));
        request.Headers.Accept.ParseAdd("text/event-stream");
        request.Headers.Add("Cookie", first);
        using var stream = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
        var renewed = SessionCookieOf(stream); // one: were the shared authentication step to run too, it would renew it a second time
        Assert.NotEqual(first, renewed);

        clock.Advance(TimeSpan.FromHours(6)); // 13 hours after sign-in: the first cookie has expired, the renewed one has not
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(client, first));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(client, renewed));
    }

    private static async Task<HttpStatusCode> MeAsync(HttpClient client, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<string> SessionCookieAsync(Office office, string email)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = office.Server.Address };
        var response = await client.PostAsJsonAsync("/api/session", new { email, password = Office.Password });
        Assert.True(response.IsSuccessStatusCode);
        return SessionCookieOf(response);
    }

    private static string SessionCookieOf(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("briefing-session=", StringComparison.Ordinal));

    // HTTP/1.1 by hand, so that every request is sure to go over one connection.
    private sealed class RawConnection(NetworkStream stream)
    {
        private readonly StringBuilder _seen = new();

        public Task SendAsync(string request) => stream.WriteAsync(Encoding.ASCII.GetBytes(request)).AsTask();

        public async Task<string> ReadUntilAsync(string marker)
        {
            var buffer = new byte[8192];
            int at;
            while ((at = _seen.ToString().IndexOf(marker, StringComparison.Ordinal)) < 0)
            {
                var read = await stream.ReadAsync(buffer);
                if (read == 0)
                {
                    throw new InvalidOperationException($"the connection closed before \"{marker}\"; it had: {_seen}");
                }
                _seen.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }
            var text = _seen.ToString(0, at + marker.Length);
            _seen.Remove(0, at + marker.Length);
            return text;
        }

        // A whole answer, chunked or with a Content-Length (or neither): its head and its body (chunk sizes left in).
        public async Task<(string Head, string Body)> ReadResponseAsync()
        {
            var head = await ReadUntilAsync("\r\n\r\n");
            if (head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
            {
                return (head, await ReadUntilAsync("\r\n0\r\n\r\n"));
            }
            var length = head.Split("\r\n").Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                .Select(p => int.Parse(p[1].Trim(), System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
            var buffer = new byte[8192];
            while (_seen.Length < length)
            {
                var read = await stream.ReadAsync(buffer);
                if (read == 0)
                {
                    throw new InvalidOperationException("the connection closed inside a body");
                }
                _seen.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }
            var body = _seen.ToString(0, length);
            _seen.Remove(0, length);
            return (head, body);
        }
    }
}
