using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BriefingRoom.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace BriefingRoom.Server.Tests;

/// <summary>
/// Scheduling stores the briefing's row and its first event in one transaction: with the database refusing the event
/// (a trigger, the real engine's own failure), nothing of the briefing is left, and the next schedule is whole.
/// </summary>
public sealed class ScheduleTransactionTests
{
    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_schedule_that_fails_between_row_and_event_leaves_no_briefing(string engine)
    {
        await using var office = await Office.OpenAsync(engine);
        var choice = office.Database.Choice;
        await using (var db = choice.CreateContext())
        {
            foreach (var sql in choice.IsPostgres ? PostgresFailure : SqliteFailure)
            {
                await db.Database.ExecuteSqlRawAsync(sql);
            }
        }

        var failed = await office["moderator"].PostAsJsonAsync("/api/briefings", Office.Plan(p => p["title"] = "Background Press Call on the Harbour"));
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.DoesNotContain("injected", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using (var db = choice.CreateContext())
        {
            Assert.Equal([office.BriefingId], await db.Briefings.Select(b => b.Id).ToListAsync());
            await db.Database.ExecuteSqlRawAsync(choice.IsPostgres ? "DROP TRIGGER fail_schedule ON \"Events\"" : "DROP TRIGGER fail_schedule");
        }
        var listed = await office["moderator"].GetFromJsonAsync<JsonElement>("/api/briefings");
        Assert.Equal([office.BriefingId], listed.EnumerateArray().Select(b => b.GetProperty("id").GetInt64()));

        var id = await office.ScheduleAsync(Office.Plan(p => p["title"] = "Background Press Call on the Harbour"));
        Assert.Equal("scheduled", (await office["moderator"].GetFromJsonAsync<JsonElement>($"/api/briefings/{id}")).GetProperty("phase").GetString());
        await office.OkAsync("moderator", $"/api/briefings/{id}/open");
    }

    private static readonly string[] SqliteFailure =
        ["CREATE TRIGGER fail_schedule BEFORE INSERT ON \"Events\" WHEN NEW.\"Type\" = 'scheduled' BEGIN SELECT RAISE(ABORT, 'injected failure'); END"];

    private static readonly string[] PostgresFailure =
    [
        "CREATE FUNCTION fail_schedule() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.\"Type\" = 'scheduled' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$",
        "CREATE TRIGGER fail_schedule BEFORE INSERT ON \"Events\" FOR EACH ROW EXECUTE FUNCTION fail_schedule()",
    ];
}
