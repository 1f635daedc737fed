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

        Assert.Equal((true, false), Shown(await office["moderator"].GetStringAsync(page)));
        Assert.DoesNotContain("id=\"mute-lines\"", await office["operator"].GetStringAsync(page), StringComparison.Ordinal);

        var muted = await PageForms.PostAsync(office["moderator"], page, $"{page}/lines/mute");
        Assert.Equal(HttpStatusCode.Redirect, muted.StatusCode);
        var queue = await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api("/queue"));
        Assert.Equal(JsonValueKind.Null, queue.GetProperty("open").ValueKind);
        Assert.True(queue.GetProperty("onlyOfficialsSpeak").GetBoolean());
        Assert.False((await office["reporterA"].GetFromJsonAsync<JsonElement>(office.Api("/queue"))).GetProperty("lineOpen").GetBoolean());
        Assert.Equal((false, true), Shown(await office["moderator"].GetStringAsync(page)));

        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.PostAsync(office["moderator"], page, $"{page}/lines/unmute")).StatusCode);
        Assert.False((await office["moderator"].GetFromJsonAsync<JsonElement>(office.Api("/queue"))).GetProperty("onlyOfficialsSpeak").GetBoolean());
        Assert.Equal((true, false), Shown(await office["moderator"].GetStringAsync(page)));

        // Refused where it does not fit, with the reason on the page and nothing changed.
        await PageForms.PostAsync(office["moderator"], page, $"{page}/lines/unmute");
        Assert.Contains("Staff are not muted.", await office["moderator"].GetStringAsync(page), StringComparison.Ordinal);
    }

    // Whether the page shows the mute form and the unmute form (both are there; the other is hidden).
    private static (bool Mute, bool Unmute) Shown(string html) => (IsShown(html, "mute-lines"), IsShown(html, "unmute-staff"));

    private static bool IsShown(string html, string id)
    {
        var form = System.Text.RegularExpressions.Regex.Match(html, $"<form[^>]*id=\"{id}\"[^>]*>");
        Assert.True(form.Success, $"no form #{id} on the moderator's page");
        return !form.Value.Contains(" hidden", StringComparison.Ordinal);
    }
}
