using BenchmarkDotNet.Attributes;
using BriefingRoom.Benchmarks.Corpus;
using BriefingRoom.Benchmarks.Throughput;
using BriefingRoom.Formats.Markdown;
using BriefingRoom.Protection;
using BriefingRoom.Publishing;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Benchmarks;

/// <summary>Which long call the redaction benchmark times.</summary>
public enum LongCall
{
    /// <summary>The leak benchmark's generated call (BRIEFING_LEAK_MB of Markdown) and its 1,000 generated identities, none of whom it names.</summary>
    Generated,

    /// <summary>A three-hour call (~30,000 words, ~1,500 paragraphs) naming its two officials (<see cref="ThreeHourCall"/>).</summary>
    ThreeHours,
}

/// <summary>
/// Issue 14: what publishing a long call costs next to the leak check alone. <c>Check</c> is the leak check of the
/// call's staff Markdown, <c>Redact</c> the redactor over its model, <c>Publish</c> the publisher's whole path (build
/// the matcher, redact, render Markdown, JSON and the page, leak-check each). MB/s is per MB of the staff Markdown.
/// </summary>
[Config(typeof(RedactionConfig))]
public class RedactionBenchmarks
{
    private string _markdown = "";
    private Transcript _staff = null!;
    private ProtectedIdentities _ids = null!;
    private IdentityMatcher _matcher = null!;
    private PublicationRequest _request = null!;

    [Params(LongCall.Generated, LongCall.ThreeHours)]
    public LongCall Call { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_staff, _ids, _markdown) = Of(Call);
        _matcher = IdentityMatcher.Build(_ids);
        _request = new PublicationRequest(_staff, _ids, "Background Press Call on Long Calls", "press-briefings",
            new DateTimeOffset(2026, 3, 14, 18, 2, 41, TimeSpan.FromHours(-4)), new DateTimeOffset(2026, 3, 14, 18, 2, 41, TimeSpan.FromHours(-4)),
            "America/New_York", 1, "https://briefing.example");
        // Timing a refusal would time the wrong path: the call must publish.
        if (Publisher.Publish(_request) is Blocked blocked)
        {
            throw new InvalidOperationException($"the {Call} call does not publish: {string.Join("; ", blocked.Findings.Take(5).Select(f => f.Finding.Describe(f.Artefact)))}");
        }
    }

    [Benchmark(Baseline = true)]
    public int Check() => LeakChecker.Check(_markdown, TextKind.Markdown, _matcher).Count;

    [Benchmark]
    public int Redact() => Redactor.Redact(_staff, _ids, _matcher.Find).Turns.Count;

    [Benchmark]
    public int Publish() => Publisher.Publish(_request) is PublicRecord record ? record.Html.Length : -1;

    /// <summary>The call's staff transcript, its identities and its staff Markdown (what the MB/s column counts).</summary>
    public static (Transcript Staff, ProtectedIdentities Ids, string Markdown) Of(LongCall call)
    {
        if (call == LongCall.Generated)
        {
            return (MarkdownReader.Read(LeakCorpus.Text), LeakIdentities.Generate(), LeakCorpus.Text);
        }
        var staff = ThreeHourCall.Generate();
        return (staff, ThreeHourCall.Identities, MarkdownWriter.Write(staff));
    }
}
