using System.Globalization;
using System.Text;
using BriefingRoom.Protection;
using CsCheck;

namespace BriefingRoom.Tests.Protection;

/// <summary>
/// Property: an alias planted anywhere in random text, disguised at random (case, diacritics, zero-width characters,
/// soft hyphens, line breaks, hyphenation, markup between and inside words, entities, escapes), is always found, over the span it was planted in.
/// </summary>
public class PlantedAliasProperty
{
    private static readonly string[] Syllables = ["ka", "zo", "rim", "vel", "dor", "qui", "sen", "mab", "tur", "lox"];

    private static readonly string[] Filler =
        ["the", "call", "policy", "we", "said", "and", "on", "record", "question", "thank", "you", "is", "a", "sanctions", "(crosstalk)", "—", "“quote”", "Q:", "2026", "U.S."];

    /// <summary>Twelve invented officials with names, an e-mail address, a handle and a title each; other properties plant them too.</summary>
    internal static readonly ProtectedIdentities Identities = MakeIdentities();

    internal static readonly IdentityMatcher Matcher = IdentityMatcher.Build(Identities);

    internal static readonly string[] Aliases = [.. Identities.Speakers.SelectMany(s => s.Identifiers)];

    private static ProtectedIdentities MakeIdentities()
    {
        var random = new Random(7);
        string Name() => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(string.Concat(Enumerable.Range(0, 3).Select(_ => Syllables[random.Next(Syllables.Length)])));
        var speakers = new List<ProtectedSpeaker>();
        for (var k = 0; k < 12; k++)
        {
            var (first, last) = (Name(), Name());
            speakers.Add(new ProtectedSpeaker($"OFFICIAL {k}", "senior administration official", [$"{first} {last}"],
                [first, last, $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}@example.org", $"@{first}{last}", $"Deputy {last} Envoy"]));
        }
        return new ProtectedIdentities([.. speakers], [], []);
    }

    private static readonly Gen<TextKind> Kinds = Gen.Frequency(
        (3, Gen.Const(TextKind.Plain)), (2, Gen.Const(TextKind.Markdown)), (3, Gen.Const(TextKind.Markup)), (2, Gen.Const(TextKind.Json)), (1, Gen.Const(TextKind.Url)));

    private static readonly Gen<string> Words = Gen.OneOf(Filler).Array[0, 60].Select(w => string.Join(' ', w));

    [Fact]
    public void A_planted_alias_is_always_found()
    {
        Gen.Select(Gen.Int[0, Aliases.Length - 1], Words, Words, Kinds, Gen.Int)
            .Sample((alias, before, after, kind, seed) =>
            {
                var disguised = Disguise(Aliases[alias], kind, new Random(seed));
                var prefix = before + (before.Length > 0 ? " " : "");
                var text = prefix + disguised + (after.Length > 0 ? " " : "") + after;

                var matches = Matcher.Find(text, kind);

                var start = prefix.Length;
                var end = start + disguised.Length;
                Assert.True(matches.Any(m => m.Start < end && m.End > start),
                    $"'{Aliases[alias]}' planted as '{disguised}' ({kind}) not found in: {text}");
                Assert.Contains(LeakChecker.Check(text, kind, Matcher), f => f.Blocks);
            }, iter: 3000);
    }

    /// <summary>Writes an alias the way a careless or hostile rendering might, keeping what a reader sees.</summary>
    private static string Disguise(string alias, TextKind kind, Random random)
    {
        var output = new StringBuilder();
        for (var i = 0; i < alias.Length; i++)
        {
            var c = alias[i];
            c = random.Next(3) == 0 ? char.ToUpperInvariant(c) : random.Next(2) == 0 ? char.ToLowerInvariant(c) : c;
            var letterNext = i + 1 < alias.Length && char.IsLetter(alias[i + 1]);
            if (c == ' ')
            {
                output.Append(random.Next(5) switch { 0 => "\n", 1 => "\u00a0", 2 => "  ", 3 => kind == TextKind.Markup ? " <em>" : " ", _ => " " });
                continue;
            }
            if (char.IsLetter(c) && kind == TextKind.Markup && random.Next(6) == 0)
            {
                output.Append(CultureInfo.InvariantCulture, $"&#{(int)c};");
            }
            else if (char.IsLetter(c) && kind == TextKind.Json && random.Next(6) == 0)
            {
                output.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else if (char.IsLetter(c) && kind == TextKind.Url && random.Next(6) == 0)
            {
                output.Append(CultureInfo.InvariantCulture, $"%{(int)c:X2}");
            }
            else
            {
                output.Append(c);
            }
            if (char.IsLetter(c) && random.Next(5) == 0 && kind != TextKind.Url)
            {
                output.Append('\u0301');
            }
            if (char.IsLetter(c) && letterNext)
            {
                output.Append(random.Next(12) switch
                {
                    0 => "\u200b",
                    1 => "\u00ad",
                    2 => "\ufeff",
                    3 when kind != TextKind.Url => "-\n",
                    4 when kind == TextKind.Markdown => "**",
                    4 when kind == TextKind.Markup => "<b class=\"x\">",
                    _ => "",
                });
            }
        }
        return output.ToString();
    }
}
