using BriefingRoom.Formats;

namespace BriefingRoom.Tests.Formats;

/// <summary>
/// Runs a reader on hostile input: it must read it or refuse it with a position, and never hang. How fast it does so is
/// measured in bench/BriefingRoom.Benchmarks (HostileInputBenchmarks), not asserted here, so a loaded machine cannot fail it.
/// </summary>
public static class ReaderBounds
{
    // Far beyond any linear reading (the slowest of these takes seconds on a loaded 2-core machine): past it the reader is stuck.
    private static readonly TimeSpan Stuck = TimeSpan.FromMinutes(2);

    public static async Task ReadsOrRefusesWithAPosition(Action read, string input = "the input")
    {
        var work = Task.Run(() =>
        {
            try
            {
                read();
            }
            catch (TranscriptParseException e)
            {
                // Refusing (too deep, too large) is a fine answer when it says where.
                Assert.True(e.Line >= 1 && e.Column >= 1, $"{input}: refused without a position: {e.Message}");
            }
        });
        var finished = await Task.WhenAny(work, Task.Delay(Stuck));
        Assert.True(finished == work, $"{input}: no answer after {Stuck.TotalMinutes} minutes");
        await work;
    }

    /// <summary><paramref name="unit"/> repeated to about <paramref name="chars"/> characters.</summary>
    public static string Repeat(string unit, int chars) => string.Concat(Enumerable.Repeat(unit, chars / unit.Length));
}
