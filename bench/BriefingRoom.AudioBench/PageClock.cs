using System.Diagnostics;
using Microsoft.Playwright;

namespace BriefingRoom.AudioBench;

/// <summary>
/// The benchmark's clock (a Stopwatch, in ms) and a page's (performance.timeOrigin + performance.now()), tied together
/// by the quickest of several round trips: the offset is off by at most half that round trip (printed as its error).
/// </summary>
public sealed record PageClock(double Offset, double Error)
{
    public const string PageNow = "() => performance.timeOrigin + performance.now()";

    public static double Now() => Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency;

    public static async Task<PageClock> OfAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var best = new PageClock(0, double.MaxValue);
        for (var i = 0; i < 20; i++)
        {
            var before = Now();
            var there = await page.EvaluateAsync<double>(PageNow);
            var after = Now();
            if ((after - before) / 2 < best.Error)
            {
                best = new PageClock(there - (before + after) / 2, (after - before) / 2);
            }
        }
        return best;
    }

    public double ToPage(double benchMs) => benchMs + Offset;

    public double ToBench(double pageMs) => pageMs - Offset;
}
