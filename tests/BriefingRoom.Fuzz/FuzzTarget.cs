using BriefingRoom.Formats;

namespace BriefingRoom.Fuzz;

/// <summary>
/// One parser to fuzz: its name (for <c>--format</c>, corpus/&lt;name&gt;/ and reports), the check an input must pass
/// (true when the parser accepted it; the flag turns on checks only a seeded run can repeat), the tokens mutations
/// splice in, and whether the shared seed transcripts start its corpus.
/// </summary>
internal sealed record FuzzTarget(string Name, Func<string, bool, bool> Check, IReadOnlyList<string> Tokens, bool Seeds)
{
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        Reader(TranscriptFormat.Markdown),
        Reader(TranscriptFormat.Text),
        Reader(TranscriptFormat.Html),
        new("query", (input, _) => QueryChecks.Run(input), QueryChecks.Tokens, Seeds: false),
        new("identities", (input, _) => IdentitiesChecks.Run(input), IdentitiesChecks.Tokens, Seeds: false),
    ];

    private static FuzzTarget Reader(TranscriptFormat format) =>
        new(format.ToString().ToLowerInvariant(), (input, seeded) => Checks.Run(input, format, seeded), Mutator.TranscriptTokens, Seeds: true);
}
