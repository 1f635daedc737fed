using System.Diagnostics;
using System.Net;
using BriefingRoom.Publishing;

namespace BriefingRoom.LoadTest;

/// <summary>Conclusion to public page: concludes a call, then polls its public path every 10 ms until the page is served.</summary>
public static class Publication
{
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(15);

    /// <summary>Milliseconds from the conclusion's acknowledgement to the first 200 of the public page; NaN when it never came.</summary>
    public static async Task<double> ConcludeAndPollAsync(LoadOffice office, long id, string title, Findings findings)
    {
        using var reader = new HttpClient { BaseAddress = office.Admin.Http.BaseAddress };
        var path = PublicPaths.Of("press-briefings", DateOnly.FromDateTime(DateTime.UtcNow), title);
        using (var before = await reader.GetAsync(path))
        {
            if (before.StatusCode != HttpStatusCode.NotFound)
            {
                findings.Add($"{path} answered {(int)before.StatusCode} before the conclusion");
            }
        }
        await office.Moderator.PostAsync($"/api/briefings/{id}/conclude?confirm=true");
        var acked = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(acked) < GiveUp)
        {
            using var page = await reader.GetAsync(path);
            if (page.StatusCode == HttpStatusCode.OK)
            {
                await page.Content.ReadAsByteArrayAsync();
                return Distribution.Ms(acked, Stopwatch.GetTimestamp());
            }
            await Task.Delay(10);
        }
        var status = await office.Moderator.Http.GetStringAsync($"/api/briefings/{id}/publication");
        findings.Add($"briefing {id}: {path} not served {GiveUp.TotalSeconds} s after the conclusion; publication status {status}");
        return double.NaN;
    }

    /// <summary>Fresh briefings, each opened, given <paramref name="paragraphs"/> paragraphs as fast as they are taken, and concluded.</summary>
    public static async Task<List<double>> FreshAsync(LoadOffice office, int count, int paragraphs, Findings findings)
    {
        var samples = new List<double>();
        for (var k = 0; k < count; k++)
        {
            var title = $"Load test {office.Tag} conclusion {k}";
            var id = await office.ScheduleAsync(title, admitReporters: false);
            await office.Moderator.PostAsync($"/api/briefings/{id}/open");
            var turn = (await office.Stenographer.PostAsync($"/api/briefings/{id}/turns", new { speaker = "s1" })).GetProperty("turnId").GetInt32();
            for (var i = 0; i < paragraphs; i++)
            {
                await office.Stenographer.PostAsync($"/api/briefings/{id}/turns/{turn}/paragraphs", new { text = $"Paragraph {i}: the plan goes ahead as announced, the official said." });
            }
            samples.Add(await ConcludeAndPollAsync(office, id, title, findings));
        }
        return samples;
    }
}
