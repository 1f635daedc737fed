using System.Text.Json;
using BriefingRoom.LoadTest;
using Microsoft.Playwright;

namespace BriefingRoom.AudioBench;

/// <summary>
/// The listening clients: crowd.js's peer connections, <see cref="PerPage"/> to a page (one renderer process holds no
/// more than about 32 here: the 33rd offer never finished), the pages in one Chromium, each joined through the real join route as its
/// own admitted reporter (that reporter's session posts the page's offer and hands the answer back).
/// </summary>
public sealed class Crowd
{
    private static readonly string Script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "crowd.js"));

    public const int PerPage = 25;

    private readonly List<IPage> _pages;

    private Crowd(List<IPage> pages) => _pages = pages;

    /// <summary>Opens enough pages of the browser for <paramref name="clients"/> clients and installs crowd.js in each.</summary>
    public static async Task<Crowd> InstallAsync(ToneBrowser browser, int clients)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var pages = new List<IPage>();
        for (var i = 0; i < (clients + PerPage - 1) / PerPage; i++)
        {
            var page = await browser.NewPageAsync("/");
            await page.EvaluateAsync(Script, new { fftSize = Ear.FftSize });
            pages.Add(page);
        }
        return new Crowd(pages);
    }

    public int Pages => _pages.Count;

    /// <summary>
    /// Joins one client per reporter, each as a browser would (offer, post, answer at once: Janus's ICE checks start with
    /// the join and give up if the answer comes seconds later), a few at a time.
    /// </summary>
    public async Task JoinAsync(long briefing, IReadOnlyList<Person> reporters)
    {
        ArgumentNullException.ThrowIfNull(reporters);
        var joined = 0;
        await Parallel.ForEachAsync(reporters.Select((reporter, i) => (reporter, Page: _pages[i / PerPage])), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (client, _) =>
        {
            var (reporter, page) = client;
            var offer = await Step(page.EvaluateAsync<JsonElement>("() => window.briefingCrowd.offer()"), "making its offer", reporter);
            var answer = await Step(reporter.PostAsync($"/api/briefings/{briefing}/audio", new { sdp = offer.GetProperty("sdp").GetString() }), "joining", reporter);
            await Step(page.EvaluateAsync<JsonElement>("([index, sdp]) => window.briefingCrowd.answer(index, sdp)", new object[] { offer.GetProperty("index").GetInt32(), answer.GetProperty("sdp").GetString()! }), "taking the answer", reporter);
            if (Interlocked.Increment(ref joined) % 10 == 0)
            {
                Console.Error.WriteLine($"{joined} listening clients joined");
            }
        });
    }

    // A step that hangs names itself, rather than holding the run until its time limit.
    private static async Task<T> Step<T>(Task<T> step, string what, Person who)
    {
        try
        {
            return await step.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"listening client {who.Name}: {what} took over 30 s");
        }
    }

    public async Task<string[]> StatesAsync() => [.. (await Task.WhenAll(_pages.Select(p => p.EvaluateAsync<string[]>("() => window.briefingCrowd.states()")))).SelectMany(s => s)];

    /// <summary>How many clients hear <paramref name="tone"/> over a second.</summary>
    public async Task<int> HearingAsync(int tone) =>
        (await Task.WhenAll(_pages.Select(p => p.EvaluateAsync<double[]>("([tone, ms]) => window.briefingCrowd.hearing(tone, ms)", new object[] { tone, 1000 })))).SelectMany(p => p).Count(p => p > Ear.HeardAbove);
}
