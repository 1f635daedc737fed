using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BriefingRoom.Briefings;
using BriefingRoom.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingRoom.Server.Tests;

/// <summary>
/// A battery of malformed, oversized and odd requests against the real server: each gets a 4xx problem that names the
/// field and why, nothing is stored, no answer is a 5xx and the server logs no error for any of it.
/// </summary>
public sealed class HostileRequestTests
{
    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    private sealed record Expect(int Status, string? Field = null);

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Every_bad_request_is_a_clean_4xx_naming_its_field_and_the_server_logs_no_error(string engine)
    {
        var log = new LogCapture();
        var database = await TestDatabase.CreateAsync(engine);
        var server = await RunningServer.StartAsync(database.Choice, services: log.AddTo);
        await using var office = await Office.OnAsync(database, server, ownsDatabase: true);
        await office.RunCallAsync(conclude: false);
        var turn = office.Api("/turns/2/paragraphs");
        var correction = office.Api("/turns/2/paragraphs/1/corrections");
        var eventsBefore = await EventCountAsync(office);
        var failures = new List<string>();

        async Task Check(string who, HttpMethod method, string url, Expect expect, HttpContent? content = null, Action<HttpRequestMessage>? change = null)
        {
            using var request = new HttpRequestMessage(method, url) { Content = content };
            change?.Invoke(request);
            HttpResponseMessage response;
            try
            {
                response = await office[who].SendAsync(request);
            }
            catch (HttpRequestException e)
            {
                failures.Add($"{method} {Shorten(url)}: no answer: {e.Message}");
                return;
            }
            using var answered = response;
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            if (status != expect.Status)
            {
                failures.Add($"{method} {Shorten(url)}: {status}, expected {expect.Status}: {Shorten(body)}");
                return;
            }
            if (status >= 400 && response.Content.Headers.ContentType?.MediaType == "application/json")
            {
                failures.Add($"{method} {Shorten(url)}: a {status} without a problem document");
            }
            if (expect.Field is { } field && !(response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                && JsonDocument.Parse(body).RootElement.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _)))
            {
                failures.Add($"{method} {Shorten(url)}: the problem does not name '{field}': {Shorten(body)}");
            }
            if (body.Contains("   at ", StringComparison.Ordinal) || body.Contains("Exception", StringComparison.Ordinal))
            {
                failures.Add($"{method} {Shorten(url)}: the answer shows a stack trace or exception: {Shorten(body)}");
            }
        }

        static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
        var huge = new string('x', FieldLimits.Paragraph + 1);

        // Content types, malformed JSON, wrong JSON types, missing fields.
        await Check("anonymous", HttpMethod.Post, "/api/session", new(415), new StringContent("{}", Encoding.UTF8, "text/plain"));
        await Check("moderator", HttpMethod.Post, "/api/briefings", new(415), new StringContent("title=x", Encoding.UTF8, "application/x-www-form-urlencoded"));
        await Check("stenographer", HttpMethod.Post, turn, new(415), new StringContent("{\"text\":\"x\"}", Encoding.UTF8, "text/xml"));
        await Check("anonymous", HttpMethod.Post, "/api/session", new(400, "email"), Json("{\"email\":"));
        await Check("anonymous", HttpMethod.Post, "/api/session", new(400, "email"), Json("{\"email\":5,\"password\":\"x\"}"));
        await Check("anonymous", HttpMethod.Post, "/api/session", new(400, "body"), Json("null"));
        await Check("anonymous", HttpMethod.Post, "/api/session", new(400, "body"), Json(""));
        await Check("anonymous", HttpMethod.Post, "/api/session", new(400), Json("[1,2,3]"));
        await Check("stenographer", HttpMethod.Post, correction, new(400, "start"), Json("{\"start\":\"zero\",\"length\":1,\"replacement\":\"x\"}"));
        await Check("stenographer", HttpMethod.Post, correction, new(400, "start"), Json("{\"start\":2147483648,\"length\":1,\"replacement\":\"x\"}"));
        await Check("stenographer", HttpMethod.Post, correction, new(400, "start"), Json("{\"length\":1,\"replacement\":\"x\"}"));
        await Check("stenographer", HttpMethod.Post, correction, new(409), Json("{\"start\":2147483647,\"length\":2147483647,\"replacement\":\"x\"}"));
        await Check("stenographer", HttpMethod.Post, correction, new(409), Json("{\"start\":1,\"length\":2147483647,\"replacement\":\"x\"}"));
        await Check("moderator", HttpMethod.Post, office.Api("/queue/q2/move"), new(400, "toIndex"), Json("{}"));
        await Check("moderator", HttpMethod.Post, office.Api("/reporters"), new(400, "accountId"), Json("{\"accountId\":\"me\"}"));

        // Numbers in the route out of range or not numbers at all.
        await Check("moderator", HttpMethod.Get, "/api/briefings/99999999999999999999", new(400, "id"));
        await Check("moderator", HttpMethod.Get, "/api/briefings/abc", new(400, "id"));
        await Check("moderator", HttpMethod.Get, "/api/briefings/-1", new(404));
        await Check("stenographer", HttpMethod.Post, office.Api("/turns/99999999999/paragraphs"), new(400, "turn"), Json("{\"text\":\"x\"}"));
        await Check("admin", HttpMethod.Post, "/api/accounts/1e9/verify", new(400, "id"));

        // Field sizes: one character past each limit.
        await Check("stenographer", HttpMethod.Post, turn, new(400, "text"), Json(JsonSerializer.Serialize(new { text = huge })));
        await Check("stenographer", HttpMethod.Post, office.Api("/turns"), new(400, "speaker"), Json(JsonSerializer.Serialize(new { speaker = huge })));
        await Check("stenographer", HttpMethod.Post, correction, new(400, "replacement"), Json(JsonSerializer.Serialize(new { start = 0, length = 0, replacement = huge })));
        await Check("moderator", HttpMethod.Post, "/api/briefings", new(400, "title"), Json(JsonSerializer.Serialize(Office.Plan(p => p["title"] = new string('t', FieldLimits.Title + 1)))));
        await Check("moderator", HttpMethod.Post, "/api/briefings", new(400, "location"), Json(JsonSerializer.Serialize(Office.Plan(p => p["location"] = new string('l', FieldLimits.Location + 1)))));
        await Check("moderator", HttpMethod.Post, "/api/briefings", new(400, "speakers[0].aliases[0]"), Json(JsonSerializer.Serialize(Office.Plan(p =>
            p["speakers"] = new[] { new { name = "Ann Other", aliases = new[] { new string('a', FieldLimits.Name + 1) }, label = "SENIOR OFFICIAL" } }))));
        await Check("moderator", HttpMethod.Put, office.Api("/plan"), new(400, "speakers"), Json(JsonSerializer.Serialize(Office.Plan(p =>
            p["speakers"] = Enumerable.Range(1, FieldLimits.Speakers + 1).Select(i => new { name = $"Person Number{i}", label = "SENIOR OFFICIAL" }).ToArray()))));
        await Check("anonymous", HttpMethod.Post, "/api/reporters", new(400, "name"), Json(JsonSerializer.Serialize(new { email = "n@x.example", name = new string('n', 201), outlet = "O", password = Office.Password })));
        await Check("anonymous", HttpMethod.Post, "/api/reporters", new(400, "outlet"), Json(JsonSerializer.Serialize(new { email = "o@x.example", name = "N", outlet = new string('o', 201), password = Office.Password })));
        await Check("anonymous", HttpMethod.Post, "/api/reporters", new(400, "password"), Json(JsonSerializer.Serialize(new { email = "p@x.example", name = "N", outlet = "O", password = new string('p', 1001) })));
        await Check("anonymous", HttpMethod.Post, "/api/reporters", new(400, "email"), Json(JsonSerializer.Serialize(new { email = new string('e', 321) + "@x", name = "N", outlet = "O", password = Office.Password })));
        await Check("admin", HttpMethod.Post, "/api/accounts", new(400, "roles"), Json(JsonSerializer.Serialize(new { email = "r@x.example", name = "N", roles = Enumerable.Repeat("operator", 6), password = Office.Password })));
        await Check("reporterA", HttpMethod.Post, "/api/me/password", new(400, "new"), Json(JsonSerializer.Serialize(new { current = Office.Password, @new = new string('p', 1001) })));
        await Check("anonymous", HttpMethod.Post, "/api/session", new(401), Json(JsonSerializer.Serialize(new { email = "admin@localhost", password = new string('p', 100_000) })));

        // Bodies past 1 MiB, declared or chunked.
        await Check("stenographer", HttpMethod.Post, turn, new(413), new ByteArrayContent(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { text = new string('y', 1_100_000) }))), r =>
        {
            // As a careful client does with a large body: the server can refuse it before a byte is sent.
            r.Content!.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            r.Headers.ExpectContinue = true;
        });
        await Check("stenographer", HttpMethod.Post, turn, new(413), new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { text = new string('y', 1_100_000) })))), r =>
        {
            r.Content!.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            r.Headers.TransferEncodingChunked = true;
            r.Headers.ExpectContinue = true;
        });

        // Paging and query strings: out of range, repeated, empty, huge, not UTF-8, NUL.
        foreach (var page in (string[])["2147483647", "0", "-1", "abc", "1000001"])
        {
            await Check("anonymous", HttpMethod.Get, $"/api/search?q=canary&page={page}", new(400, "page"));
            await Check("anonymous", HttpMethod.Get, $"/archive/search?q=canary&page={page}", new(400));
            await Check("anonymous", HttpMethod.Get, $"/archive/?page={page}", new(400));
            await Check("anonymous", HttpMethod.Get, $"/briefing-room/?page={page}", new(400, "page"));
        }
        await Check("anonymous", HttpMethod.Get, "/api/search?q=canary&page=1000000", new(200));
        await Check("anonymous", HttpMethod.Get, "/api/search?q=canary&pageSize=2147483647", new(400, "pageSize"));
        await Check("anonymous", HttpMethod.Get, "/api/search?q=" + new string('w', FieldLimits.SearchQuery + 1), new(400, "q"));
        await Check("anonymous", HttpMethod.Get, "/api/search?q=" + Uri.EscapeDataString(string.Join(" OR ", Enumerable.Repeat("w", 150))), new(400, "q"));
        await Check("anonymous", HttpMethod.Get, "/api/search?q=canary&page=1&page=2", new(400, "page"));
        await Check("anonymous", HttpMethod.Get, "/api/search?q=a&q=b", new(200));
        await Check("anonymous", HttpMethod.Get, "/api/search?q=&page=&pageSize=", new(400, "page"));
        await Check("anonymous", HttpMethod.Get, "/api/search?q=%00", new(400, "q"));
        await Check("anonymous", HttpMethod.Get, "/api/search?q=%ff%fe%c3", new(200));
        await Check("anonymous", HttpMethod.Get, "/archive/search?q=%ff%00&from=%00", new(400));
        await Check("anonymous", HttpMethod.Get, "/archive/%ff/", new(404));
        await Check("anonymous", HttpMethod.Get, "/archive/99999999999999999999/", new(404));
        await Check("anonymous", HttpMethod.Get, "/briefing-room/press-briefings/2026/99/99/x/?version=99999999999", new(400, "version"));
        await Check("anonymous", HttpMethod.Get, "/briefing-room/press-briefings/2026/99/99/x/?version=1", new(404));
        // Kestrel itself refuses a NUL in the path, before any of the app runs.
        await Check("anonymous", HttpMethod.Get, "/api/%00", new(400));
        await Check("reporterA", HttpMethod.Get, office.Api("/events?after=abc"), new(400, "after"));
        await Check("reporterA", HttpMethod.Get, office.Api("/events?after=99999999999999999999"), new(400, "after"));
        await Check("reporterA", HttpMethod.Get, office.Api("/events"), new(400, "Last-Event-ID"), change: r => r.Headers.Add("Last-Event-ID", "-1"));

        // Methods and addresses the API does not have.
        await Check("moderator", HttpMethod.Delete, "/api/briefings", new(405));
        await Check("anonymous", HttpMethod.Get, "/api/no/such/thing", new(404));
        await Check("anonymous", HttpMethod.Post, "/sign-in", new(415), Json("{}"));

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(eventsBefore, await EventCountAsync(office));
        Assert.Empty(log.Errors());
    }

    private static async Task<long> EventCountAsync(Office office) =>
        JsonDocument.Parse(await office["moderator"].GetStringAsync(office.Api())).RootElement.GetProperty("lastSeq").GetInt64();

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
