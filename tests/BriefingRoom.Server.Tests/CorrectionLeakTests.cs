using System.Net.Http.Json;
using System.Text.Json;

namespace BriefingRoom.Server.Tests;

/// <summary>
/// Issue 10 through the real server: the stenographer mistypes the official's name and corrects the typo inside it;
/// the record publishes automatically at the conclusion, and nothing public holds a fragment the name reads from.
/// </summary>
public sealed class CorrectionLeakTests
{
    public static TheoryData<string> Engines => [TestDatabase.Sqlite, TestDatabase.Postgres];

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_correction_inside_the_officials_name_publishes_as_the_attribution(string engine)
    {
        await using var office = await Office.OpenAsync(engine);
        await office.RunCallAsync(conclude: false);
        const string Typed = "Our thanks to Marguerite Quillfaether today.";
        var turn = (await office.OkAsync("stenographer", office.Api("/turns"), new { speaker = "moderator" })).GetProperty("turnId").GetInt32();
        await office.OkAsync("stenographer", office.Api($"/turns/{turn}/paragraphs"), new { text = Typed });
        // "ae" put right as "ea": the corrected words read "Marguerite Quillfeather", neither half does alone.
        await office.OkAsync("stenographer", office.Api($"/turns/{turn}/paragraphs/1/corrections"), new { start = Typed.IndexOf("ae", StringComparison.Ordinal), length = 2, replacement = "ea" });
        await office.OkAsync("moderator", office.Api("/conclude?confirm=true"));

        var status = await Eventually.ThatAsync(() => office["publisher"].GetFromJsonAsync<JsonElement>(office.Api("/publication")),
            s => s.GetProperty("state").GetString() is "published" or "blocked", "a publication decision");
        Assert.Equal("published", status.GetProperty("state").GetString());
        var path = status.GetProperty("path").GetString()!;
        var anonymous = office["anonymous"];
        var markdown = await anonymous.GetStringAsync(path + "index.md");
        var answers = new[]
        {
            markdown,
            await anonymous.GetStringAsync(path),
            await anonymous.GetStringAsync(path + "index.json"),
            await anonymous.GetStringAsync("/briefing-room/"),
            await anonymous.GetStringAsync("/briefing-room/feed.rss"),
            await anonymous.GetStringAsync("/briefing-room/feed.atom"),
        };
        Assert.Contains("Our thanks to \\[senior administration official\\] today.", markdown.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Office.AssertNoOfficialName(answers);
        Assert.All(answers, a => Assert.DoesNotContain("Quillf", a, StringComparison.OrdinalIgnoreCase));
        Assert.All(answers, a => Assert.DoesNotContain("ther today", a, StringComparison.OrdinalIgnoreCase));
    }
}
