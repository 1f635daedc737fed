using System.Globalization;

namespace BriefingRoom.LoadTest;

/// <summary>The compact table a run prints: one line per latency, then the event check, the server's cost and the verdict.</summary>
public static class Report
{
    public static void Print(TextWriter o, LoadOptions options, LiveFigures live, List<double> conclusions, double setupSeconds,
        (double Cpu, long Rss, int Threads) server, double wallSeconds, string loadBefore, string loadAfter, Findings findings)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine(string.Create(c, $"Briefing Room live load: {(options.Database is null ? "SQLite" : "PostgreSQL")}, {options.Reporters} reporters, {options.Paragraphs} paragraphs at {options.ParagraphsPerSecond}/s, queue {Math.Min(options.QueueActionsPerSecond, 0.4 * options.Reporters)} actions/s for {options.QueueSeconds} s, {conclusions.Count} conclusions"));
        o.WriteLine(string.Create(c, $"setup {setupSeconds:F1} s; {options.Reporters} streams connected in {live.ConnectSeconds:F2} s"));
        o.WriteLine($"{"ms",-36}{"count",8}{"p50",9}{"p95",9}{"p99",9}{"max",9}");
        Row(o, "paragraph append (POST → ack)", live.ParagraphPost);
        Row(o, "paragraph delivery (ack → seen)", live.ParagraphDelivery);
        Row(o, "queue action (POST/DELETE → ack)", live.QueuePost);
        Row(o, "queue own update (sent → seen)", live.QueueOwnUpdate);
        Row(o, "conclusion ack → public page 200", conclusions);
        o.WriteLine(string.Create(c, $"  of which the live call's own (first publication since the server started): {live.ConclusionToPublic:F1} ms"));
        var k = live.Check;
        o.WriteLine($"events: {k.Expected} press-visible × {k.Streams} streams; lost {k.Lost}, duplicated {k.Duplicated}, out of order {k.OutOfOrder}, unexpected {k.Unexpected}, dropped streams {k.Dropped}");
        if (server.Cpu > 0)
        {
            o.WriteLine(string.Create(c, $"server: {server.Cpu:F1} s CPU in {wallSeconds:F0} s ({100 * server.Cpu / wallSeconds:F0}% of one core), peak RSS {server.Rss} MB, {server.Threads} threads"));
        }
        o.WriteLine($"load average (1, 5, 15 min): before {loadBefore}; after {loadAfter}");
        o.WriteLine(findings.Count == 0 ? "result: OK" : $"result: FAILED, {findings.Count} findings:");
        foreach (var f in findings.First(20))
        {
            o.WriteLine($"  {f}");
        }
    }

    public static string LoadAverage() => string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private static void Row(TextWriter o, string name, IEnumerable<double> samples)
    {
        var d = Distribution.Of(samples.Where(double.IsFinite));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-36}{d.Count,8}{d.P50,9:F1}{d.P95,9:F1}{d.P99,9:F1}{d.Max,9:F1}"));
    }
}
