using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BriefingRoom.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace BriefingRoom.Server.Tests;

/// <summary>
/// Embargoes until a set time, on a clock the test moves: the lift happens at the instant, from stored state, across
/// a restart and a daylight-saving change, and not a moment before.
/// </summary>
public sealed class EmbargoTests
{
    [SkippableFact]
    public async Task An_embargo_until_a_time_holds_after_the_call_and_lifts_at_that_instant()
    {
        // 12:00 in New York on 24 November 2026 (EST, UTC-5); the embargo lifts at 15:00 there, 20:00 UTC.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.Zero));
        await using var office = await Office.OpenAsync(TestDatabase.Sqlite, clock, UntilThreeInTheAfternoon("2026-11-24T15:00"));
        await office.RunCallAsync();

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 19, 59, 59, TimeSpan.Zero));
        await StillEmbargoedAsync(office);

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 20, 0, 0, TimeSpan.Zero));
        var status = await PublishedAsync(office);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 20, 0, 0, TimeSpan.Zero), status.GetProperty("versions")[0].GetProperty("modified").GetDateTimeOffset());
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
        await Task.Delay(TimeSpan.FromSeconds(2));
        var status = await office["publisher"].GetFromJsonAsync<JsonElement>(office.Api("/publication"));
        Assert.Equal("embargoed", status.GetProperty("state").GetString());
        Assert.DoesNotContain("Canaries", await office["anonymous"].GetStringAsync("/briefing-room/"), StringComparison.Ordinal);
    }

    private static Task<JsonElement> PublishedAsync(Office office) =>
        Eventually.ThatAsync(() => office["publisher"].GetFromJsonAsync<JsonElement>(office.Api("/publication")),
            s => s.GetProperty("state").GetString() == "published", "the lift at its instant", seconds: 5);
}
