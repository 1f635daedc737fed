using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BriefingRoom.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace BriefingRoom.Server.Tests;

/// <summary>
/// Embargoes until a set time, on a clock the test moves: the lift happens at the instant, to the second, from stored
/// state, across a restart and a daylight-saving change, and not a moment before; the record waits for the conclusion.
/// </summary>
public sealed class EmbargoTests
{
    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    // 20:00:44 UTC: 15:00:44 in New York on 24 November 2026 (EST, UTC-5).
    private static readonly DateTimeOffset Instant = new(2026, 11, 24, 20, 0, 44, TimeSpan.Zero);

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task An_embargo_until_a_time_holds_after_the_call_and_lifts_at_that_instant_to_the_second(string engine)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.Zero));
        await using var office = await Office.OpenAsync(engine, clock, UntilThreeInTheAfternoon("2026-11-24T15:00:44"));
        await office.RunCallAsync();

        clock.SetUtcNow(Instant.AddSeconds(-1));
        await StillEmbargoedAsync(office);

        clock.SetUtcNow(Instant);
        var status = await PublishedAsync(office);
        Assert.Equal(Instant, status.GetProperty("versions")[0].GetProperty("modified").GetDateTimeOffset());
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_call_that_never_opened_publishes_nothing_at_its_instant_nor_after_until_it_opens_and_concludes(string engine)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.Zero));
        await using var office = await Office.OpenAsync(engine, clock, UntilThreeInTheAfternoon("2026-11-24T15:00:44"));

        clock.SetUtcNow(Instant);
        await StillEmbargoedAsync(office);
        clock.SetUtcNow(Instant.AddHours(2));
        await StillEmbargoedAsync(office);
        await using (var db = office.Database.Choice.CreateContext())
        {
            Assert.False(await db.Publications.AnyAsync());
        }

        // Opened after its instant, the call's embargo lifts as it opens; the record still waits for the conclusion.
        await office.RunCallAsync(conclude: false);
        await Eventually.ThatAsync(() => office["publisher"].GetFromJsonAsync<JsonElement>(office.Api("/publication")),
            s => s.GetProperty("state").GetString() == "awaiting-conclusion", "the lift as the call opened");
        await NothingPublicAsync(office);
        await office.OkAsync("moderator", office.Api("/conclude?confirm=true"));
        await PublishedAsync(office);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_call_live_at_its_instant_is_published_whole_once_it_concludes(string engine)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.Zero));
        await using var office = await Office.OpenAsync(engine, clock, UntilThreeInTheAfternoon("2026-11-24T15:00:44"));
        await office.RunCallAsync(conclude: false);

        clock.SetUtcNow(Instant);
        var lifted = await Eventually.ThatAsync(() => office["publisher"].GetFromJsonAsync<JsonElement>(office.Api("/publication")),
            s => s.GetProperty("state").GetString() == "awaiting-conclusion", "the lift at the instant");
        Assert.Equal(0, lifted.GetProperty("version").GetInt32());
        Assert.True((await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api())).GetProperty("lifted").GetBoolean());
        await NothingPublicAsync(office);

        var turn = (await office.OkAsync("stenographer", office.Api("/turns"), new { speaker = "s1" })).GetProperty("turnId").GetInt32();
        await office.OkAsync("stenographer", office.Api($"/turns/{turn}/paragraphs"), new { text = "Said after the instant: apricot-canary-9021." });
        clock.SetUtcNow(Instant.AddMinutes(10));
        await NothingPublicAsync(office);
        await office.OkAsync("moderator", office.Api("/conclude?confirm=true"));

        var status = await PublishedAsync(office);
        Assert.Equal(1, status.GetProperty("version").GetInt32());
        var record = await office["anonymous"].GetStringAsync(status.GetProperty("path").GetString() + "index.md");
        Assert.Contains(Office.RemarkCanary, record, StringComparison.Ordinal);
        Assert.Contains("apricot-canary-9021", record, StringComparison.Ordinal);
        Assert.Contains("Will the plan change?", record, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_lift_that_fell_due_while_the_server_was_down_happens_as_it_starts()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        long id;
        await using (var server = await RunningServer.StartAsync(database.Choice, clock))
        await using (var office = await Office.OnAsync(database, server, UntilThreeInTheAfternoon("2026-11-24T15:00")))
        {
            await office.RunCallAsync();
            await StillEmbargoedAsync(office);
            id = office.BriefingId;
        }

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 21, 30, 0, TimeSpan.Zero)); // the server was down at 20:00
        await using var restarted = await RunningServer.StartAsync(database.Choice, clock);
        using var publisher = await restarted.SignInAsync("publisher@press.gov", Office.Password);
        await Eventually.ThatAsync(() => publisher.GetFromJsonAsync<JsonElement>($"/api/briefings/{id}/publication"),
            s => s.GetProperty("state").GetString() == "published", "the lift after the restart");
    }

    [SkippableFact]
    public async Task A_lift_set_in_local_time_after_the_spring_change_uses_the_new_offset()
    {
        // 8 March 2026: New York moves from EST (UTC-5) to EDT (UTC-4) at 2 a.m.; 14:00 that afternoon is 18:00 UTC, not 19:00.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 8, 6, 0, 0, TimeSpan.Zero));
        await using var office = await Office.OpenAsync(TestDatabase.Sqlite, clock, UntilThreeInTheAfternoon("2026-03-08T14:00", starts: "2026-03-08T01:00"));
        await office.RunCallAsync();

        clock.SetUtcNow(new DateTimeOffset(2026, 3, 8, 17, 59, 59, TimeSpan.Zero));
        await StillEmbargoedAsync(office);
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 8, 18, 0, 0, TimeSpan.Zero));
        await PublishedAsync(office);
    }

    [SkippableTheory]
    [InlineData("2026-11-01T01:30", "occurs twice")]
    [InlineData("2026-03-08T02:30", "does not occur")]
    public async Task A_local_time_the_clocks_skip_or_repeat_is_refused_with_the_reason(string until, string reason)
    {
        await using var office = await Office.OpenAsync(TestDatabase.Sqlite);
        var response = await office["moderator"].PostAsJsonAsync("/api/briefings", UntilThreeInTheAfternoon(until));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(reason, problem.GetProperty("errors").GetProperty("embargoUntil")[0].GetString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> UntilThreeInTheAfternoon(string until, string starts = "2026-11-24T11:00") => Office.Plan(p =>
    {
        p["embargo"] = "until-instant";
        p["embargoUntil"] = until;
        p["starts"] = starts;
    });

    // The scheduler looks at least once a second; after two, a lift that was going to happen has happened.
    private static async Task StillEmbargoedAsync(Office office)
    {
        await NothingPublicAsync(office);
        var status = await office["publisher"].GetFromJsonAsync<JsonElement>(office.Api("/publication"));
        Assert.Equal("embargoed", status.GetProperty("state").GetString());
    }

    // After two seconds (two scheduler passes), still nothing of the call in the public index, feed or archive search.
    private static async Task NothingPublicAsync(Office office)
    {
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.DoesNotContain("Canaries", await office["anonymous"].GetStringAsync("/briefing-room/"), StringComparison.Ordinal);
        Assert.DoesNotContain("Canaries", await office["anonymous"].GetStringAsync("/briefing-room/feed.atom"), StringComparison.Ordinal);
        Assert.DoesNotContain(Office.RemarkCanary, await office["anonymous"].GetStringAsync("/api/search?q=tangerine"), StringComparison.Ordinal);
    }

    private static Task<JsonElement> PublishedAsync(Office office) =>
        Eventually.ThatAsync(() => office["publisher"].GetFromJsonAsync<JsonElement>(office.Api("/publication")),
            s => s.GetProperty("state").GetString() == "published", "the lift at its instant", seconds: 5);
}
