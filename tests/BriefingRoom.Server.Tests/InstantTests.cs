using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingRoom.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace BriefingRoom.Server.Tests;

/// <summary>Instants exactly as stored: a plan's times keep their seconds everywhere, an event's time reads back live and replayed alike.</summary>
public sealed class InstantTests
{
    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_plan_sent_back_as_read_keeps_its_seconds_before_and_after_the_call_opens(string engine)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.Zero));
        await using var office = await Office.OpenAsync(engine, clock, Office.Plan(p =>
            (p["starts"], p["embargo"], p["embargoUntil"]) = ("2026-11-24T13:00:15", "until-instant", "2026-11-24T15:30:44")));

        var plan = await PlanAsync(office);
        Assert.Equal(("2026-11-24T13:00:15", "2026-11-24T15:30:44"), ((string?)plan["starts"], (string?)plan["embargoUntil"]));
        await ReviseTitleAsync(office, plan, "Background Press Call on Canaries, Revised");
        Assert.Equal(("2026-11-24T13:00:15", "2026-11-24T15:30:44"), ((string?)(await PlanAsync(office))["starts"], (string?)(await PlanAsync(office))["embargoUntil"]));

        Assert.Contains("3:30:44 P.M. EST, November 24, 2026", await office["reporterA"].GetStringAsync($"/briefings/{office.BriefingId}"), StringComparison.Ordinal);
        Assert.Contains("1:00:15 P.M. EST", await office["moderator"].GetStringAsync($"/staff/briefings/{office.BriefingId}"), StringComparison.Ordinal);
        var ics = await office["reporterA"].GetStringAsync(office.Api("/invitation.ics"));
        Assert.Contains("DTSTART;TZID=America/New_York:20261124T130015", ics, StringComparison.Ordinal);
        Assert.Contains("3:30:44 P.M. EST", ics.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);

        await office.OkAsync("moderator", office.Api("/open"));
        await ReviseTitleAsync(office, await PlanAsync(office), "Background Press Call on Canaries and Finches");
        Assert.Equal("2026-11-24T15:30:44", (string?)(await PlanAsync(office))["embargoUntil"]);
    }

    [SkippableFact]
    public async Task The_schedule_form_takes_times_to_the_second()
    {
        await using var office = await Office.OpenAsync(TestDatabase.Sqlite);
        var form = await office["moderator"].GetStringAsync("/staff/briefings/new");
        Assert.Contains("name=\"starts\" type=\"datetime-local\"", form, StringComparison.Ordinal);
        Assert.Equal(2, form.Split("type=\"datetime-local\"").Skip(1).Count(part => part.Split('>')[0].Contains("step=\"1\"", StringComparison.Ordinal)));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task An_event_sent_live_and_replayed_after_a_restart_carries_the_same_bytes(string engine)
    {
        // A clock with sub-microsecond ticks: what PostgreSQL would cut off if the server did not cut it first.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.Zero).AddTicks(1_234_567));
        await using var database = await TestDatabase.CreateAsync(engine);
        List<SseMessage> live;
        long last;
        long id;
        await using (var server = await RunningServer.StartAsync(database.Choice, clock))
        await using (var office = await Office.OnAsync(database, server))
        {
            id = office.BriefingId;
            await using var stream = await SseClient.ConnectAsync(office["moderator"], office.Api("/events"), lastEventId: 0);
            await office.OkAsync("moderator", office.Api("/open"));
            clock.Advance(TimeSpan.FromTicks(4_321));
            last = (await office.OkAsync("stenographer", office.Api("/turns"), new { speaker = "s1" })).GetProperty("seq").GetInt64();
            live = await stream.ReadUntilAsync(m => m.Id == last);
        }

        await using var restarted = await RunningServer.StartAsync(database.Choice, clock);
        using var moderator = await restarted.SignInAsync("moderator@press.gov", Office.Password);
        await using var replay = await SseClient.ConnectAsync(moderator, $"/api/briefings/{id}/events", lastEventId: 0);
        var replayed = await replay.ReadUntilAsync(m => m.Id == last);
        Assert.Contains(live, m => m.Data.Contains("openedAt", StringComparison.Ordinal) && m.Data.Contains("18:00:00.123456+00:00", StringComparison.Ordinal));
        Assert.Equal(live, replayed);
    }

    private static async Task<JsonObject> PlanAsync(Office office) =>
        JsonNode.Parse((await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api())).GetProperty("plan").GetRawText())!.AsObject();

    private static async Task ReviseTitleAsync(Office office, JsonObject plan, string title)
    {
        plan["title"] = title;
        var response = await office["moderator"].PutAsJsonAsync(office.Api("/plan"), plan);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
