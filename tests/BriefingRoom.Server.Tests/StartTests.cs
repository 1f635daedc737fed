using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BriefingRoom.Server.Storage;
using BriefingRoom.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace BriefingRoom.Server.Tests;

/// <summary>What the server does as it starts: a clean first start, due publications at once, and no briefing left half-scheduled.</summary>
public sealed class StartTests(ITestOutputHelper output)
{
    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_first_start_on_a_fresh_database_logs_no_error(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var logs = new LogCapture();
        await using (var server = await RunningServer.StartAsync(database.Choice, services: logs.AddTo))
        {
            using var admin = await server.SignInAsAdminAsync();
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/briefings")).StatusCode);
        }
        Assert.NotEmpty(logs.Lines);
        Assert.Empty(logs.Errors());
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_publication_that_fell_due_while_the_server_was_down_is_made_as_it_starts(string engine)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.CreateAsync(engine);
        long id;
        var plan = Office.Plan(p => (p["embargo"], p["embargoUntil"], p["starts"]) = ("until-instant", "2026-11-24T15:00:30", "2026-11-24T11:00"));
        await using (var server = await RunningServer.StartAsync(database.Choice, clock))
        await using (var office = await Office.OnAsync(database, server, plan))
        {
            await office.RunCallAsync();
            id = office.BriefingId;
        }

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 21, 30, 0, TimeSpan.Zero)); // the lift fell due at 20:00:30, while the server was down
        var logs = new LogCapture();
        var starting = Stopwatch.StartNew();
        await using var restarted = await RunningServer.StartAsync(database.Choice, clock, services: logs.AddTo);
        var started = starting.ElapsedMilliseconds;
        // Published before the server serves: the record is stored by the time the first reader can ask.
        await using (var db = database.Choice.CreateContext())
        {
            Assert.True(await db.Publications.AnyAsync(p => p.BriefingId == id), "not yet published when the server began to serve");
        }
        var serving = Stopwatch.StartNew();
        using var anonymous = restarted.NewClient();
        Assert.Contains("Canaries", await anonymous.GetStringAsync("/briefing-room/"), StringComparison.Ordinal);
        output.WriteLine($"{engine}: start (migrations, first pass, listening) {started} ms; the first public page, published, came {serving.ElapsedMilliseconds} ms after serving began");
        Assert.Empty(logs.Errors());
        using var publisher = await restarted.SignInAsync("publisher@press.gov", Office.Password);
        var status = await publisher.GetFromJsonAsync<JsonElement>($"/api/briefings/{id}/publication");
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 21, 30, 0, TimeSpan.Zero), status.GetProperty("versions")[0].GetProperty("modified").GetDateTimeOffset());
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_briefing_row_without_events_left_by_an_old_crash_is_removed_at_start(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        long whole;
        long broken;
        await using (var server = await RunningServer.StartAsync(database.Choice))
        await using (var office = await Office.OnAsync(database, server))
        {
            whole = office.BriefingId;
            await using var db = database.Choice.CreateContext();
            var row = new BriefingRow { Title = "Half-scheduled", StartsAt = DateTimeOffset.UtcNow, TimeZone = "America/New_York", Phase = "Scheduled", CreatedAt = DateTimeOffset.UtcNow };
            db.Briefings.Add(row);
            await db.SaveChangesAsync();
            broken = row.Id;
            // Even before a restart repairs it, the row answers as no briefing, not as a server error.
            Assert.Equal(HttpStatusCode.NotFound, (await office["moderator"].GetAsync($"/api/briefings/{broken}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await office["moderator"].GetAsync($"/staff/briefings/{broken}")).StatusCode);
        }

        var logs = new LogCapture();
        await using var restarted = await RunningServer.StartAsync(database.Choice, services: logs.AddTo);
        await using (var db = database.Choice.CreateContext())
        {
            Assert.Equal([whole], await db.Briefings.Select(b => b.Id).ToListAsync());
        }
        Assert.Contains(logs.Lines, l => l.Message.Contains("Removed 1 briefing rows without events", StringComparison.Ordinal));
        using var moderator = await restarted.SignInAsync("moderator@press.gov", Office.Password);
        var list = await moderator.GetFromJsonAsync<JsonElement>("/api/briefings");
        Assert.Equal([whole], list.EnumerateArray().Select(b => b.GetProperty("id").GetInt64()));
    }
}
