using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace BriefingRoom.Server.Tests;

/// <summary>The moderator's control-room button that mutes everyone but the official, and lets staff speak again, without the script.</summary>
public sealed class MuteLinesPageTests
{
    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task The_moderators_button_closes_the_open_line_mutes_staff_and_then_lets_them_speak(string engine)
    {
        await using var office = await Office.OpenAsync(engine);
        var page = $"/staff/briefings/{office.BriefingId}";
        await office.OkAsync("moderator", office.Api("/open"));
        await office.OkAsync("reporterA", office.Api("/queue"));
        await office.OkAsync("operator", office.Api("/line"), new { entryId = "q1" });

        Assert.Contains("Mute everyone but the official", await office["moderator"].GetStringAsync(page), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"mute-lines\"", await office["operator"].GetStringAsync(page), StringComparison.Ordinal);

        var muted = await PageForms.PostAsync(office["moderator"], page, $"{page}/lines/mute");
        Assert.Equal(HttpStatusCode.Redirect, muted.StatusCode);
        var queue = await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api("/queue"));
        Assert.Equal(JsonValueKind.Null, queue.GetProperty("open").ValueKind);
        Assert.True(queue.GetProperty("onlyOfficialsSpeak").GetBoolean());
        Assert.False((await office["reporterA"].GetFromJsonAsync<JsonElement>(office.Api("/queue"))).GetProperty("lineOpen").GetBoolean());
        var after = await office["moderator"].GetStringAsync(page);
        Assert.Contains("Let staff speak again", after, StringComparison.Ordinal);
        Assert.Contains("Only the official speaks until a line opens.", after, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.PostAsync(office["moderator"], page, $"{page}/lines/unmute")).StatusCode);
        Assert.False((await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api("/queue"))).GetProperty("onlyOfficialsSpeak").GetBoolean());
        Assert.Contains("Mute everyone but the official", await office["moderator"].GetStringAsync(page), StringComparison.Ordinal);

        // Refused where it does not fit, with the reason on the page and nothing changed.
        await PageForms.PostAsync(office["moderator"], page, $"{page}/lines/unmute");
        Assert.Contains("Staff are not muted.", await office["moderator"].GetStringAsync(page), StringComparison.Ordinal);
    }
}
