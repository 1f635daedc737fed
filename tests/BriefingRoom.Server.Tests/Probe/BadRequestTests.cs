using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace BriefingRoom.Server.Tests.Probe;

/// <summary>
/// Requests past what a field can hold — megabytes of text, offsets at int.MaxValue, a page number no archive has, the
/// wrong media type — get a 4xx that names the problem, never a 500, and change nothing in the briefing.
/// </summary>
public sealed class BadRequestTests
{
    private static readonly string Megabyte = new('x', 1 << 20);

    [SkippableTheory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Oversized_out_of_range_and_mistyped_requests_are_refused_and_change_nothing(string engine)
    {
        await using var probe = await ProbeOffice.OpenAsync(engine);
        await probe.RunAsync();
        var office = probe.Office;
        var before = await LastSeqAsync(office);
        var paragraphs = office.Api("/turns/2/paragraphs");
        var corrections = office.Api("/turns/2/paragraphs/1/corrections");
        var failures = new List<string>();

        async Task Expect(string who, string method, string path, HttpContent? content, int[] allowed, string what)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = content };
            // As large uploads do: a body refused by its size is answered before it is sent, not by a closed connection mid-write.
            request.Headers.ExpectContinue = content is not null;
            using var response = await office[who].SendAsync(request);
            var status = (int)response.StatusCode;
            if (!allowed.Contains(status))
            {
                failures.Add($"{what}: {method} {path} as {who} gave {status}, expected {string.Join(" or ", allowed)}: {Short(await response.Content.ReadAsStringAsync())}");
            }
        }
        int[] tooBig = [400, 413];
        int[] refused = [400, 409];
        await Expect("stenographer", "POST", paragraphs, Json(new { text = Megabyte }), tooBig, "a paragraph of a million characters");
        await Expect("stenographer", "POST", paragraphs, Json(new { text = new string('x', 10 << 20) }), tooBig, "a 10 MB body");
        await Expect("stenographer", "POST", corrections, Json(new { start = 0, length = 1, replacement = Megabyte }), tooBig, "a correction of a million characters");
        await Expect("moderator", "POST", "/api/briefings", Json(ProbeOffice.Plan(p => p["title"] = Megabyte)), tooBig, "a title of a million characters");
        await Expect("moderator", "PUT", office.Api("/plan"), Json(ProbeOffice.Plan(p => p["title"] = Megabyte)), tooBig, "a revised title of a million characters");
        await Expect("anonymous", "POST", "/api/reporters", Json(new { email = "big@news.example", name = Megabyte, outlet = "Big", password = "probe-password-1" }), tooBig, "a name of a million characters");
        foreach (var (start, length) in ((int, int)[])[(int.MaxValue, 1), (1, int.MaxValue), (int.MaxValue - 2, 5), (int.MinValue, 1), (0, -1)])
        {
            await Expect("stenographer", "POST", corrections, Json(new { start, length, replacement = "A" }), refused, $"a correction at {start} of {length}");
        }
        foreach (var path in (string[])["/api/search?q=canary&page=2147483647", "/api/search?q=canary&pageSize=2147483647", "/archive/search?q=canary&page=2147483647", "/archive/?page=2147483647", "/briefing-room/?page=2147483647"])
        {
            await Expect("anonymous", "GET", path, null, [200, 400, 404], "a page no archive has");
        }
        await Expect("stenographer", "POST", paragraphs, new StringContent("{\"text\":\"plain\"}", Encoding.UTF8, "text/plain"), [415], "JSON sent as text/plain");
        await Expect("moderator", "POST", "/api/briefings", new FormUrlEncodedContent([KeyValuePair.Create("title", "form")]), [415], "a form sent to a JSON route");

        var after = await LastSeqAsync(office);
        if (after != before)
        {
            failures.Add($"the refused requests changed the briefing: its log went from seq {before} to {after}");
        }
        failures.AddRange(probe.Log.Errors().Select(line => $"the server logged: {line}"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    // Serialised up front so the request states its length, and a body over the limit is refused on its headers.
    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static async Task<long> LastSeqAsync(Office office) =>
        (await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api())).GetProperty("lastSeq").GetInt64();

    private static string Short(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
