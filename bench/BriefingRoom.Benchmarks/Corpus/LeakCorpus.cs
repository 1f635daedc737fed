using System.Globalization;

namespace BriefingRoom.Benchmarks.Corpus;

/// <summary>The leak check's input: the generated call as Markdown, BRIEFING_LEAK_MB megabytes (default 20).</summary>
internal static class LeakCorpus
{
    public static double Megabytes { get; } =
        double.TryParse(Environment.GetEnvironmentVariable("BRIEFING_LEAK_MB"), NumberStyles.Float, CultureInfo.InvariantCulture, out var mb) ? mb : 20;

    private static readonly Lazy<string> LazyText = new(() => BenchCorpus.Markdown(Megabytes));

    public static string Text => LazyText.Value;
}
