using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace BriefingRoom.Server.Tests;

/// <summary>
/// A conclusion lifts the embargo at once, so one sent within ten seconds of the opening (a double click on Open) is
/// refused unless it is confirmed; later, and confirmed, it goes through. The clock is the test's.
/// </summary>
public sealed class ConclusionGuardTests
{
    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_conclusion_just_after_the_opening_is_refused_unless_confirmed(string engine)
    {
        var (clock, office) = await OpenedAsync(engine);
        await using var _ = office;
        clock.Advance(TimeSpan.FromMilliseconds(700));

        foreach (var (path, body) in new (string, object?)[] { ("/conclude", null), ("/conclude", new { confirm = false }), ("/conclude?confirm=no", null) })
        {
            var refused = body is null ? await office["moderator"].PostAsync(office.Api(path), null) : await office["moderator"].PostAsJsonAsync(office.Api(path), body);
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("conclusion-not-confirmed", problem.GetProperty("code").GetString());
            Assert.Equal("The call opened 0 s ago. This ends the call and lifts the embargo now. Confirm to conclude this soon after the opening.", problem.GetProperty("detail").GetString());
        }
        var briefing = await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api());
        Assert.Equal("live", briefing.GetProperty("phase").GetString());
        Assert.Equal("embargoed", (await office["publisher"].GetFromJsonAsync<JsonElement>(office.Api("/publication"))).GetProperty("state").GetString());

        await office.OkAsync("moderator", office.Api("/conclude"), new { confirm = true });
        Assert.Equal("concluded", (await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api())).GetProperty("phase").GetString());
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Ten_seconds_after_the_opening_a_conclusion_needs_no_confirmation(string engine)
    {
        var (clock, office) = await OpenedAsync(engine);
        await using var _ = office;
        clock.Advance(TimeSpan.FromSeconds(9.9));
        Assert.Equal(HttpStatusCode.Conflict, (await office["moderator"].PostAsync(office.Api("/conclude"), null)).StatusCode);
        clock.Advance(TimeSpan.FromSeconds(0.1));
        await office.OkAsync("moderator", office.Api("/conclude"));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task The_control_room_form_concludes_only_with_its_tick_box(string engine)
    {
        var (clock, office) = await OpenedAsync(engine);
        await using var _ = office;
        clock.Advance(TimeSpan.FromMinutes(30)); // long past the guard: the page's form still asks
        var form = await FormPostAsync(office, []);
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        Assert.Equal("live", (await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api())).GetProperty("phase").GetString());
        await FormPostAsync(office, [("confirm", "true")]);
        Assert.Equal("concluded", (await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api())).GetProperty("phase").GetString());
    }

    // A call opened on the test's clock, which then stands still until the test moves it.
    private static async Task<(FakeTimeProvider Clock, Office Office)> OpenedAsync(string engine)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.Zero));
        var office = await Office.OpenAsync(engine, clock);
        await office.OkAsync("moderator", office.Api("/open"));
        return (clock, office);
    }

    private static Task<HttpResponseMessage> FormPostAsync(Office office, (string, string)[] fields) =>
        PageForms.PostAsync(office["moderator"], $"/staff/briefings/{office.BriefingId}", $"/staff/briefings/{office.BriefingId}/conclude", fields);
}
