using System.Text.Json;
using BriefingRoom.LoadTest;
using Microsoft.Playwright;

namespace BriefingRoom.AudioBench;

/// <summary>
/// The listening clients: crowd.js's peer connections in one page, each joined through the real join route as its
/// own admitted reporter (that reporter's session posts the page's offer and hands the answer back).
/// </summary>
public sealed class Crowd
{
    private static readonly string Script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "crowd.js"));

    private Crowd(IPage page) => Page = page;

    public IPage Page { get; }

    public static async Task<Crowd> InstallAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.EvaluateAsync(Script, new { fftSize = Ear.FftSize });
        return new Crowd(page);
    }

    /// <summary>Joins one client per reporter; the page's calls are one at a time, the server's joins a few at once.</summary>
    public async Task JoinAsync(long briefing, IReadOnlyList<Person> reporters)
    {
        ArgumentNullException.ThrowIfNull(reporters);
        var offers = new List<(int Index, string Sdp)>();
        foreach (var _ in reporters)
        {
            var offer = await Page.EvaluateAsync<JsonElement>("() => window.briefingCrowd.offer()");
            offers.Add((offer.GetProperty("index").GetInt32(), offer.GetProperty("sdp").GetString()!));
        }
        var answers = new string[offers.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, offers.Count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var joined = await reporters[i].PostAsync($"/api/briefings/{briefing}/audio", new { sdp = offers[i].Sdp });
            answers[i] = joined.GetProperty("sdp").GetString()!;
        });
        for (var i = 0; i < offers.Count; i++)
        {
            await Page.EvaluateAsync("([index, sdp]) => window.briefingCrowd.answer(index, sdp)", new object[] { offers[i].Index, answers[i] });
        }
    }

    public async Task<string[]> StatesAsync() => await Page.EvaluateAsync<string[]>("() => window.briefingCrowd.states()");

    /// <summary>How many clients hear <paramref name="tone"/> over a second.</summary>
    public async Task<int> HearingAsync(int tone) =>
        (await Page.EvaluateAsync<double[]>("([tone, ms]) => window.briefingCrowd.hearing(tone, ms)", new object[] { tone, 1000 })).Count(p => p > Ear.HeardAbove);
}
