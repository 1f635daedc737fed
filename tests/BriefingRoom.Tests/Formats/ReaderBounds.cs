using System.Diagnostics;
using BriefingRoom.Formats;

namespace BriefingRoom.Tests.Formats;

/// <summary>Runs a reader on hostile input and fails the test if it is slow; a positioned refusal counts as an answer.</summary>
public static class ReaderBounds
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    public static void AnswersQuickly(Action read)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            read();
        }
        catch (TranscriptParseException)
        {
            // Refusing (too deep, too large) is a fine answer; what matters is that it comes quickly.
        }
        Assert.True(clock.Elapsed < Budget, $"took {clock.Elapsed}");
    }

    /// <summary><paramref name="unit"/> repeated to about <paramref name="chars"/> characters.</summary>
    public static string Repeat(string unit, int chars) => string.Concat(Enumerable.Repeat(unit, chars / unit.Length));
}
