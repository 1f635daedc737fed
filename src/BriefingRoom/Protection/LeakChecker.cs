namespace BriefingRoom.Protection;

/// <summary>
/// The leak check: every protected identifier in a rendered artefact is a blocking <see cref="FindingKind.Leak"/>;
/// a speaker's identifier in a first-person frame ("as national security advisor, I …") is also a non-blocking
/// <see cref="FindingKind.Review"/>, because rewording, not just the bracket, is what hides the speaker there.
/// </summary>
public static class LeakChecker
{
    public const string RedactLabel = "redact list";

    public static IReadOnlyList<LeakFinding> Check(string text, TextKind kind, IdentityMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matcher);
        using var normalised = TextNormaliser.Normalise(text, kind);
        var findings = new List<LeakFinding>();
        var lines = new LinePositions(text);
        foreach (var m in matcher.Scan(normalised, text, kind))
        {
            var match = IdentityMatcher.ToMatch(normalised, m);
            var (line, column) = lines.At(match.Start);
            var matched = text.Substring(match.Start, match.Length);
            var label = match.Speaker?.Label ?? RedactLabel;
            findings.Add(new LeakFinding(FindingKind.Leak, line, column, matched, match.Identifier, label));
            if (match.Speaker is not null && SelfIdentification.Frames(normalised, m))
            {
                findings.Add(new LeakFinding(FindingKind.Review, line, column, matched, match.Identifier, label));
            }
        }
        return findings;
    }
}
