using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BriefingRoom.TestSupport;

namespace BriefingRoom.Server.Tests.Media;

/// <summary>
/// A reporter in the call's audio without a microphone (their offer only receives): staff see it, and the queue refuses
/// their raised hand, through the API and the page's form alike, changing nothing, until they join again with one. A
/// reporter not in the audio raises a hand as ever. Against a real Janus; the offers are the test's.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ListenOnlyTests
{
    [SkippableFact(Timeout = 120_000)]
    public async Task A_reporter_listening_without_a_microphone_is_shown_so_and_refused_a_raised_hand_until_they_join_with_one()
    {
        Requires.Janus();
        await using var call = await LiveCall.StartAsync();
        var office = call.Office;
        const string A = "Reporter reporterA (Daily Planet)";

        await call.JoinAsync("reporterA", direction: "recvonly");
        await call.JoinAsync("moderator");
        await call.JoinAsync("stenographer", direction: "recvonly");
        var present = await PresentAsync(office);
        Assert.False(present[A].GetProperty("microphone").GetBoolean());
        Assert.True(present[A].GetProperty("muted").GetBoolean());
        Assert.True(present["The moderator"].GetProperty("microphone").GetBoolean());
        Assert.False(present["The stenographer"].GetProperty("microphone").GetBoolean());

        var before = await QueueAsync(office);
        var refused = await office["reporterA"].PostAsync(office.Api("/queue"), null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("microphone-needed", problem.GetProperty("code").GetString());
        Assert.Contains("Asking a question needs your microphone", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("Allow microphone", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // The page's form (no script) is refused the same way, and says why on the page it returns to.
        var page = $"/briefings/{office.BriefingId}";
        var form = await PageForms.PostAsync(office["reporterA"], page, $"{page}/hand");
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        Assert.Contains("Asking a question needs your microphone", await office["reporterA"].GetStringAsync(page), StringComparison.Ordinal);

        var after = await QueueAsync(office);
        Assert.Equal(before.GetProperty("seq").GetInt64(), after.GetProperty("seq").GetInt64());
        Assert.Equal(0, after.GetProperty("entries").GetArrayLength());

        // Reporter B is not in the audio at all: the queue works as it does without audio.
        await office.OkAsync("reporterB", office.Api("/queue"));

        // A joins again, now with the microphone: the new join replaces the old, muted as before, and the hand goes up.
        await call.JoinAsync("reporterA");
        present = await PresentAsync(office);
        Assert.True(present[A].GetProperty("microphone").GetBoolean());
        Assert.True(present[A].GetProperty("muted").GetBoolean());
        Assert.Equal(3, present.Count); // one line per person: the listen-only join is gone
        var place = await office.OkAsync("reporterA", office.Api("/queue"));
        Assert.Equal(2, place.GetProperty("position").GetInt32());
    }

    private static async Task<Dictionary<string, JsonElement>> PresentAsync(Office office) =>
        (await office["operator"].GetFromJsonAsync<JsonElement>(office.Api("/audio/participants")))
            .EnumerateArray().ToDictionary(p => p.GetProperty("display").GetString()!);

    private static Task<JsonElement> QueueAsync(Office office) =>
        office["operator"].GetFromJsonAsync<JsonElement>(office.Api("/queue"));
}
