using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace BriefingRoom.Server.Tests.Probe;

/// <summary>
/// An embargo until an instant, through the API on a clock the test moves: the record is published only once the
/// instant has passed and the call has concluded — never for a call that did not open, never while it is live — and
/// the instant keeps its seconds, also through a plan read back and sent again.
/// </summary>
public sealed class EmbargoRuleTests
{
    // 12:00 in New York on 24 November 2026 (EST, UTC-5); the call was to start at 11:00 there.
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 17, 0, 0, TimeSpan.Zero);

    [SkippableTheory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_call_that_never_opened_publishes_nothing_when_its_instant_passes(string engine)
    {
        var clock = new FakeTimeProvider(Noon);
        await using var probe = await ProbeOffice.OpenAsync(engine, clock, Until("2026-11-24T15:00"));

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 20, 0, 1, TimeSpan.Zero));
        await NothingPublicAsync(probe);
        // Hours later, yet inside the 12-hour sign-in, so the publisher can still look.
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 23, 30, 0, TimeSpan.Zero));
        await NothingPublicAsync(probe);
    }

    [SkippableTheory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_live_call_publishes_nothing_when_its_instant_passes_and_once_when_it_concludes(string engine)
    {
        var clock = new FakeTimeProvider(Noon);
        await using var probe = await ProbeOffice.OpenAsync(engine, clock, Until("2026-11-24T15:00"));
        await probe.Office.RunCallAsync(conclude: false);

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 20, 30, 0, TimeSpan.Zero));
        await NothingPublicAsync(probe);

        await probe.Office.OkAsync("moderator", probe.Office.Api("/conclude?confirm=true"));
        var status = await PublishedAsync(probe);
        Assert.Equal(1, status.GetProperty("versions").GetArrayLength());
    }

    [SkippableTheory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task An_instant_keeps_its_seconds_through_a_plan_read_back_and_sent_again(string engine)
    {
        var clock = new FakeTimeProvider(Noon);
        await using var probe = await ProbeOffice.OpenAsync(engine, clock, Until("2026-11-24T15:00:44"));
        var moderator = probe.Office["moderator"];
        var plan = (await moderator.GetFromJsonAsync<JsonElement>(probe.Office.Api())).GetProperty("plan");
        Assert.Equal("2026-11-24T15:00:44", plan.GetProperty("embargoUntil").GetString());

        var revised = await moderator.PutAsJsonAsync(probe.Office.Api("/plan"), plan);
        Assert.True(revised.IsSuccessStatusCode, await revised.Content.ReadAsStringAsync());
        var again = (await moderator.GetFromJsonAsync<JsonElement>(probe.Office.Api())).GetProperty("plan");
        Assert.Equal("2026-11-24T15:00:44", again.GetProperty("embargoUntil").GetString());

        await probe.Office.RunCallAsync();
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 20, 0, 43, TimeSpan.Zero));
        await NothingPublicAsync(probe);
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 20, 0, 44, TimeSpan.Zero));
        var status = await PublishedAsync(probe);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 20, 0, 44, TimeSpan.Zero), status.GetProperty("versions")[0].GetProperty("modified").GetDateTimeOffset());
    }

    private static Dictionary<string, object?> Until(string instant) => ProbeOffice.Plan(p =>
    {
        p["embargo"] = "until-instant";
        p["embargoUntil"] = instant;
        p["starts"] = "2026-11-24T11:00";
    });

    // The scheduler looks at least once a second; after two, a lift that was going to happen has happened.
    private static async Task NothingPublicAsync(ProbeOffice probe)
    {
        await Task.Delay(TimeSpan.FromSeconds(2));
        var status = await probe.Office["publisher"].GetFromJsonAsync<JsonElement>(probe.Office.Api("/publication"));
        Assert.NotEqual("published", status.GetProperty("state").GetString());
        Assert.Equal(0, status.GetProperty("versions").GetArrayLength());
        foreach (var path in (string[])["/briefing-room/", "/briefing-room/feed.atom", "/briefing-room/feed.rss", "/archive/", "/api/search?q=canaries"])
        {
            var body = await probe.Office["anonymous"].GetStringAsync(path);
            Assert.Empty(Readings.Find(body, ProbeOffice.Embargoed));
        }
    }

    private static Task<JsonElement> PublishedAsync(ProbeOffice probe) =>
        Eventually.ThatAsync(() => probe.Office["publisher"].GetFromJsonAsync<JsonElement>(probe.Office.Api("/publication")),
            s => s.GetProperty("state").GetString() == "published", "the lift", seconds: 5);
}
