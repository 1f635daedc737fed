using BriefingRoom.Formats;
using BriefingRoom.Protection;

namespace BriefingRoom.Fuzz;

/// <summary>
/// What the protected identities reader owes any input: identities, or a <see cref="TranscriptParseException"/> at a
/// line and column inside the input; identities it reads build a matcher that finds every identifier written in
/// capitals in a sentence (a headline: no case to tell an everyday word by) unless it is marked exact-case (ASCII identifiers; folding is the normaliser's fuzzing).
/// </summary>
internal static class IdentitiesChecks
{
    // What the reader branches on: YAML structure, the keys, exact-case's values, anchors.
    public static readonly string[] Tokens =
    [
        "speakers:", "\n  - label: ", "\n    names: ", "\n    aliases: ", "\n    mention: ", "allow: ", "redact: ", "[", "]", "{", "}", ", ",
        "alias: ", "name: ", "exact-case: ", "true", "false", "yes", "\"true\"", "~", "null", "\"\"", "&a ", "*a", "- ", ": ", "\n", "\t", "#",
        "---\n", "...\n", "Will", "BUSH", "Rice", "Jake Sullivan", "does", "\u00a0", "\ud800", "'", "\"",
    ];

    private const int MatcherLimit = 20_000;

    public static bool Run(string input)
    {
        ProtectedIdentities ids;
        try
        {
            ids = ProtectedIdentitiesReader.Read(input);
        }
        catch (TranscriptParseException e) when (e.Line >= 1 && e.Line <= input.Count(c => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029') + 2 && e.Column >= 1)
        {
            return false;
        }
        if (input.Length > MatcherLimit)
        {
            // A megabyte-long alias makes an automaton of a million states: real, but not the reader's to answer for.
            return true;
        }
        var matcher = IdentityMatcher.Build(ids);
        foreach (var speaker in ids.Speakers)
        {
            foreach (var identifier in speaker.Identifiers.Where(i => !speaker.ExactCase.Contains(i)))
            {
                var text = $"THANKS TO {identifier.ToUpperInvariant()} TODAY";
                if (matcher.Find(text, TextKind.Plain).Count == 0 && IdentifiesAnything(identifier) && !ids.Allow.Any(a => a.Contains(identifier, StringComparison.OrdinalIgnoreCase) || identifier.Contains(a, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new FuzzFailure($"'{identifier}' of '{speaker.Label}' is not found in capitals", input);
                }
            }
        }
        return true;
    }

    /// <summary>An identifier of ASCII letters and spaces, whose capitals fold back to it: others are the normaliser's to test.</summary>
    private static bool IdentifiesAnything(string identifier) => identifier.Any(char.IsAsciiLetter) && identifier.All(c => char.IsAsciiLetter(c) || c == ' ');
}
