using System.Globalization;
using BriefingRoom.Formats;

namespace BriefingRoom.Corpus;

/// <summary>The command line: how many transcripts, from which seed, where, in which formats, with how many defects.</summary>
internal sealed record CorpusOptions(
    int Count,
    long Seed,
    string Out,
    TranscriptFormat[] Formats,
    int SameUrl,
    int SameContent,
    int Broken,
    int Threads)
{
    public const string Usage =
        "usage: --count N --seed S --out DIR [--formats markdown,text,html] [--same-url N] [--same-content N] [--broken N] [--threads N]";

    /// <summary>Reads the arguments; defaults add one duplicate of each kind per 500 transcripts and one broken file per 1,000.</summary>
    public static CorpusOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"expected --option value at '{args[i]}'");
            }
            values[args[i][2..]] = args[i + 1];
        }
        string Required(string key) => values.TryGetValue(key, out var v) ? v : throw new ArgumentException($"--{key} is required");
        int Int(string key, int fallback) => !values.TryGetValue(key, out var v) ? fallback
            : int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new ArgumentException($"--{key} needs a whole number");
        var unknown = values.Keys.Except(["count", "seed", "out", "formats", "same-url", "same-content", "broken", "threads"]).FirstOrDefault();
        if (unknown is not null)
        {
            throw new ArgumentException($"unknown option --{unknown}");
        }
        var count = Int("count", -1);
        if (count < 1)
        {
            throw new ArgumentException("--count must be at least 1");
        }
        if (!long.TryParse(Required("seed"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed))
        {
            throw new ArgumentException("--seed needs a whole number");
        }
        var formats = (values.TryGetValue("formats", out var f) ? f : "markdown")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => name switch
            {
                "markdown" => TranscriptFormat.Markdown,
                "text" => TranscriptFormat.Text,
                "html" => TranscriptFormat.Html,
                _ => throw new ArgumentException($"--formats: '{name}' is not one of markdown, text, html"),
            })
            .Distinct()
            .ToArray();
        return new CorpusOptions(count, seed, Required("out"), formats,
            Int("same-url", Math.Max(1, count / 500)), Int("same-content", Math.Max(1, count / 500)), Int("broken", Math.Max(1, count / 1000)),
            Int("threads", Environment.ProcessorCount));
    }
}
