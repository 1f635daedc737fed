using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace BriefingRoom.Server.Tests;

/// <summary>Staff remove a reporter from a call: from that moment they see nothing more of it — briefing, list, feed, queue — until admitted again.</summary>
public sealed class ReporterRemovalTests
{
    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    [SkippableTheory(Timeout = 90_000)]
    [MemberData(nameof(Engines))]
    public async Task A_removed_reporter_loses_the_briefing_and_its_live_feed_at_once_and_can_be_admitted_again(string engine)
    {
        await using var office = await Office.OpenAsync(engine);
        await office.RunCallAsync(conclude: false);
        var a = office.ReporterId("reporterA");
        var seen = new List<SseMessage>();
        await using var feed = await SseClient.ConnectAsync(office["reporterA"], office.Api("/events"));
        var last = (await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api())).GetProperty("lastSeq").GetInt64();
        await feed.ReadUntilAsync(m => m.Id == last);

        // A's line is open (RunCallAsync): removing them closes it in the same append.
        var removal = await office["moderator"].DeleteAsync(office.Api($"/reporters/{a}"));
        Assert.Equal(HttpStatusCode.OK, removal.StatusCode);
        await office.OkAsync("stenographer", office.Api("/turns/2/paragraphs"), new { text = "Said after the removal: plum-canary-771." });

        var ended = await Assert.ThrowsAsync<InvalidOperationException>(() => feed.ReadUntilAsync(m => { seen.Add(m); return false; }));
        Assert.Equal("the stream ended", ended.Message);
        Assert.DoesNotContain(seen, m => m.Data.Contains("plum-canary-771", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await office["reporterA"].GetAsync(office.Api())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office["reporterA"].GetAsync(office.Api("/events"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office["reporterA"].GetAsync($"/briefings/{office.BriefingId}")).StatusCode);
        Assert.Empty((await office["reporterA"].GetFromJsonAsync<JsonElement>("/api/briefings")).EnumerateArray());
        var staffView = await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api());
        Assert.DoesNotContain(staffView.GetProperty("reporters").EnumerateArray(), r => r.GetProperty("id").GetString() == a);
        var queue = await office["operator"].GetFromJsonAsync<JsonElement>(office.Api("/queue"));
        Assert.Equal(JsonValueKind.Null, queue.GetProperty("open").ValueKind);
        // Reporter B, still admitted, keeps the call.
        Assert.Equal(HttpStatusCode.OK, (await office["reporterB"].GetAsync(office.Api())).StatusCode);

        // Removing someone who is not admitted (any more) changes nothing and says why.
        foreach (var nobody in (string[])[a, "999999"])
        {
            var again = await office["moderator"].DeleteAsync(office.Api($"/reporters/{nobody}"));
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            Assert.Equal("unknown-reporter", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await office["moderator"].DeleteAsync($"/api/briefings/999999/reporters/{a}")).StatusCode);
        await office.OkAsync("moderator", office.Api("/reporters"), new { accountId = long.Parse(a, System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, (await office["reporterA"].GetAsync(office.Api())).StatusCode);
        Assert.Single((await office["reporterA"].GetFromJsonAsync<JsonElement>("/api/briefings")).EnumerateArray());
    }

    [Fact(Timeout = 60_000)]
    public async Task The_control_room_lists_each_admitted_reporter_with_a_remove_control_that_works()
    {
        await using var office = await Office.OpenAsync(TestDatabase.Sqlite);
        var room = await office["moderator"].GetStringAsync($"/staff/briefings/{office.BriefingId}");
        Assert.Contains("aria-label=\"Remove Reporter reporterB from the call\"", room, StringComparison.Ordinal);

        var posted = await PageForms.PostAsync(office["moderator"], $"/staff/briefings/{office.BriefingId}", $"/staff/briefings/{office.BriefingId}/reporters/remove", ("reporterId", office.ReporterId("reporterB")));
        Assert.Equal(HttpStatusCode.Found, posted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office["reporterB"].GetAsync(office.Api())).StatusCode);
        room = await office["moderator"].GetStringAsync($"/staff/briefings/{office.BriefingId}");
        Assert.DoesNotContain("Remove Reporter reporterB", room, StringComparison.Ordinal);
    }
}
