using System.Net.Http.Json;
using System.Text.Json;

namespace BriefingRoom.Browser.Tests;

/// <summary>The background call the page tests schedule: one official, on background, embargoed until the conclusion.</summary>
public static class CanariesBriefing
{
    /// <summary>Schedules it as <paramref name="moderator"/> and returns its id; <paramref name="aliases"/> null leaves the server's default.</summary>
    public static async Task<long> ScheduleAsync(HttpClient moderator, string publishMode = "automatic", IReadOnlyList<string>? aliases = null)
    {
        ArgumentNullException.ThrowIfNull(moderator);
        var scheduled = await moderator.PostAsJsonAsync("/api/briefings", new
        {
            title = "Background Press Call on Canaries",
            location = "Via Teleconference",
            starts = "2026-11-24T13:00",
            timeZone = "America/New_York",
            attribution = "background",
            embargo = "until-conclusion",
            publishMode,
            speakers = new[] { new { name = "Marguerite Quillfeather", aliases, label = "Senior Administration Official" } },
        });
        scheduled.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await scheduled.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
    }
}
