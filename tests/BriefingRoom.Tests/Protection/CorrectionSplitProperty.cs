using System.Text;
using BriefingRoom.Briefings;
using BriefingRoom.Protection;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Protection;

/// <summary>
/// Property (seeded, so every run checks the same cases): an alias split by a stenographer's correction — letters
/// put in that complete or alter it, letters struck out, a span inside it or across its edge, or a correction right
/// beside it — is found by the leak check in the Markdown, HTML and JSON that show the correction, and the redactor's output
/// passes the check in every format.
/// </summary>
public class CorrectionSplitProperty
{
    private static readonly string[] Filler = ["the", "call", "we", "said", "and", "on", "record", "thank", "you", "is", "a", "sanctions", "2026"];

    private static readonly ProtectedIdentities Identities = PlantedAliasProperty.Identities;

    private static readonly IdentityMatcher Matcher = PlantedAliasProperty.Matcher;

    private static readonly string[] Aliases = PlantedAliasProperty.Aliases;

    private enum Split
    {
        // The correction puts in what makes the alias: the corrected text holds it.
        Completes,

        // The correction strikes out part of the alias, or across its edge: the typed text holds it.
        Alters,

        // The correction is right beside the alias, which stands whole in both readings.
        Beside,
    }

    [Fact]
    public void An_alias_split_by_a_correction_is_found_and_its_redaction_passes()
    {
        var cases = 0;
        for (var seed = 0; seed < 1500; seed++)
        {
            var random = new Random(20261206 + seed);
            if (Case(random) is not var (typed, correction, alias))
            {
                continue;
            }
            cases++;
            var context = $"case {seed}: \"{typed}\" corrected at {correction.Start}+{correction.Length} to \"{correction.Replacement}\" (alias {alias})";
            var staff = CorrectionReadingTests.Transcript(BriefingTranscript.ToParagraph(new LiveParagraph(typed, [correction])));

            foreach (var (name, text, kind) in CorrectionReadingTests.Rendered(staff).Where(r => r.Name is "markdown" or "html" or "json"))
            {
                Assert.True(LeakChecker.Check(text, kind, Matcher).Any(f => f.Blocks), $"{context}: {name} passed unredacted:\n{text}");
            }
            var redacted = Redactor.Redact(staff, Identities, Matcher.Find);
            foreach (var (name, text, kind) in CorrectionReadingTests.Rendered(redacted))
            {
                var findings = LeakChecker.Check(text, kind, Matcher).Where(f => f.Blocks).ToList();
                Assert.True(findings.Count == 0, $"{context}: {name} of the redaction still leaks {string.Join("; ", findings.Select(f => f.Describe(name)))}:\n{text}");
            }
        }
        // Skipped draws (a correction the live call would refuse) must stay few, or the property checks little.
        Assert.True(cases > 1200, $"only {cases} of 1500 draws made a correction");
    }

    /// <summary>A typed paragraph and one correction to it around a planted alias; null when the draw makes no valid correction.</summary>
    private static (string Typed, TextCorrection Correction, string Alias)? Case(Random random)
    {
        var alias = Aliases[random.Next(Aliases.Length)];
        var before = Words(random);
        var after = Words(random);
        var prefix = before.Length > 0 ? before + " " : "";
        var final = prefix + Cased(alias, random) + (after.Length > 0 ? " " + after : "");
        var (aliasStart, aliasEnd) = (prefix.Length, prefix.Length + alias.Length);
        var split = (Split)random.Next(3);
        string typed;
        int start;
        int length;
        string replacement;
        switch (split)
        {
            case Split.Completes:
                // A span of the final text over the alias was typed as other letters (or not at all).
                start = random.Next(Math.Max(0, aliasStart - 2), aliasEnd);
                var span = random.Next(1, Math.Min(aliasEnd + 2, final.Length) - start + 1);
                replacement = final.Substring(start, span);
                var garbage = Letters(random, random.Next(0, 4));
                typed = final[..start] + garbage + final[(start + span)..];
                length = garbage.Length;
                break;
            case Split.Alters:
                typed = final;
                start = random.Next(Math.Max(0, aliasStart - 2), aliasEnd);
                length = random.Next(random.Next(4) == 0 ? 0 : 1, Math.Min(aliasEnd + 2, typed.Length) - start + 1);
                replacement = Letters(random, random.Next(length == 0 ? 1 : 0, 5));
                break;
            default:
                typed = final;
                start = random.Next(2) == 0 ? Math.Max(0, aliasStart - 1 - random.Next(3)) : Math.Min(typed.Length, aliasEnd + random.Next(3));
                length = random.Next(0, Math.Min(3, (start < aliasStart ? aliasStart : typed.Length) - start) + 1);
                replacement = Letters(random, random.Next(length == 0 ? 1 : 0, 4));
                break;
        }
        // The live call trims a replacement and refuses an empty correction; such a draw is skipped, not bent.
        if (replacement.Trim() != replacement || length == 0 && replacement.Length == 0 || start + length > typed.Length)
        {
            return null;
        }
        return (typed, new TextCorrection(start, length, replacement), alias);
    }

    private static string Words(Random random) =>
        string.Join(' ', Enumerable.Range(0, random.Next(0, 5)).Select(_ => Filler[random.Next(Filler.Length)]));

    private static string Letters(Random random, int count)
    {
        var sb = new StringBuilder(count);
        for (var k = 0; k < count; k++)
        {
            sb.Append((char)('a' + random.Next(26)));
        }
        return sb.ToString();
    }

    private static string Cased(string alias, Random random) => random.Next(3) switch
    {
        0 => alias.ToUpperInvariant(),
        1 => alias.ToLowerInvariant(),
        _ => alias,
    };
}
