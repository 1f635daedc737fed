using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BriefingRoom.Server.Tests;

/// <summary>Staff call off a briefing that has not opened: it leaves every list, its pages say so, and it takes no more commands.</summary>
public sealed partial class CancelTests
{
    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_cancelled_briefing_leaves_every_list_says_so_and_refuses_commands(string engine)
    {
        await using var office = await Office.OpenAsync(engine);
        var other = await office.ScheduleAsync(Office.Plan(p => p["title"] = "Background Press Call on the Harbour"));
        await office.OkAsync("moderator", office.Api("/cancel"));

        foreach (var who in (string[])["moderator", "admin", "reporterA"])
        {
            var listed = (await office[who].GetFromJsonAsync<JsonElement>("/api/briefings")).EnumerateArray().Select(b => b.GetProperty("id").GetInt64()).ToList();
            Assert.DoesNotContain(office.BriefingId, listed);
        }
        Assert.Contains(other, (await office["moderator"].GetFromJsonAsync<JsonElement>("/api/briefings")).EnumerateArray().Select(b => b.GetProperty("id").GetInt64()));
        Assert.DoesNotContain("Canaries", await office["moderator"].GetStringAsync("/staff"), StringComparison.Ordinal);
        Assert.DoesNotContain("Canaries", await office["reporterA"].GetStringAsync("/briefings"), StringComparison.Ordinal);

        Assert.Equal("cancelled", (await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api())).GetProperty("phase").GetString());
        Assert.Equal("cancelled", (await office["publisher"].GetFromJsonAsync<JsonElement>(office.Api("/publication"))).GetProperty("state").GetString());
        Assert.Contains("This briefing was cancelled", await office["moderator"].GetStringAsync($"/staff/briefings/{office.BriefingId}"), StringComparison.Ordinal);
        Assert.Contains("This briefing was cancelled", await office["reporterA"].GetStringAsync($"/briefings/{office.BriefingId}"), StringComparison.Ordinal);

        var plan = (await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api())).GetProperty("plan");
        await RefusedAsync(await office["moderator"].PostAsync(office.Api("/open"), null));
        await RefusedAsync(await office["moderator"].PutAsJsonAsync(office.Api("/plan"), plan));
        await RefusedAsync(await office["moderator"].PostAsJsonAsync(office.Api("/reporters"), new { accountId = long.Parse(office.ReporterId("outsider"), System.Globalization.CultureInfo.InvariantCulture) }));
        await RefusedAsync(await office["admin"].PostAsync(office.Api("/cancel"), null));
        await RefusedAsync(await office["reporterA"].PostAsync(office.Api("/queue"), null));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Only_a_briefing_whose_call_has_not_opened_can_be_cancelled(string engine)
    {
        await using var office = await Office.OpenAsync(engine);
        await office.OkAsync("moderator", office.Api("/open"));
        var response = await office["admin"].PostAsync(office.Api("/cancel"), null);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("call-already-opened", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal("live", (await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api())).GetProperty("phase").GetString());
    }

    [SkippableFact]
    public async Task The_control_room_cancels_after_a_confirmation_step()
    {
        await using var office = await Office.OpenAsync(TestDatabase.Sqlite);
        var room = $"/staff/briefings/{office.BriefingId}";
        var page = await office["moderator"].GetStringAsync(room);
        Assert.Contains("<summary>Cancel this briefing…</summary>", page, StringComparison.Ordinal);
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        var response = await office["moderator"].PostAsync(room + "/cancel", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await office["moderator"].GetStringAsync(room);
        Assert.Contains("The briefing is cancelled.", after, StringComparison.Ordinal);
        Assert.Contains("data-phase=\"cancelled\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Canaries", await office["moderator"].GetStringAsync("/staff"), StringComparison.Ordinal);
    }

    private static async Task RefusedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"{(int)response.StatusCode} {body}");
        Assert.Equal("briefing-cancelled", JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
