using System.Diagnostics;
using System.Globalization;
using BriefingRoom.Protection;
using BriefingRoom.Publishing;

namespace BriefingRoom.Benchmarks;

/// <summary>
/// <c>--long-calls</c> describes the redaction benchmark's calls (Markdown MB, turns, paragraphs, words) and times one
/// cold check, redaction and publication of each, as a server's first publication after a start pays them, as a
/// Markdown table.
/// </summary>
internal static class LongCallsCommand
{
    public static int Run()
    {
        Console.WriteLine("| Call | Markdown MB | Turns | Paragraphs | Words | Cold build + check ms | Cold redact ms | Cold publish ms | Published |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var call in Enum.GetValues<LongCall>())
        {
            var (staff, ids, markdown) = RedactionBenchmarks.Of(call);
            var paragraphs = staff.Turns.Sum(t => t.Paragraphs.Count);
            var words = staff.Turns.Sum(t => t.Paragraphs.Sum(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));
            var clock = Stopwatch.StartNew();
            var matcher = IdentityMatcher.Build(ids);
            LeakChecker.Check(markdown, TextKind.Markdown, matcher);
            var check = clock.Elapsed;
            clock.Restart();
            Redactor.Redact(staff, ids, matcher.Find);
            var redact = clock.Elapsed;
            clock.Restart();
            var result = Publisher.Publish(new PublicationRequest(staff, ids, "Background Press Call on Long Calls", "press-briefings",
                DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "America/New_York", 1, "https://briefing.example"));
            var publish = clock.Elapsed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {call} | {Corpus.BenchCorpus.Utf8Bytes(markdown) / 1e6:0.00} | {staff.Turns.Count:N0} | {paragraphs:N0} | {words:N0} | {check.TotalMilliseconds:0} | {redact.TotalMilliseconds:0} | {publish.TotalMilliseconds:0} | {(result is PublicRecord ? "yes" : "blocked")} |"));
        }
        return 0;
    }
}
