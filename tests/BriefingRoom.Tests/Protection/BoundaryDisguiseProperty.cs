using System.Globalization;
using System.Text;
using BriefingRoom.CommandLine;
using BriefingRoom.Formats;
using BriefingRoom.Formats.Html;
using BriefingRoom.Formats.Markdown;
using BriefingRoom.Protection;
using BriefingRoom.Transcripts;
using CsCheck;

namespace BriefingRoom.Tests.Protection;

/// <summary>
/// Property: an alias planted in a Markdown transcript (read as Markdown, or written as HTML and read back), split at any point by any boundary the leak check reads
/// across (hard and soft line breaks, hyphenation, a hyphen between letters, emphasis between and inside words, a
/// link's words, a tag between letters, zero-width and soft-hyphen characters, no-break spaces, entities, literal entities) and carrying a courtesy
/// title, possessive or plural, is found by the check; once redacted it is exactly one placeholder, and every format
/// the redacted transcript is written in passes the check.
/// </summary>
public sealed class BoundaryDisguiseProperty
{
    private static readonly ProtectedIdentities Identities = PlantedAliasProperty.Identities;

    private static readonly IdentityMatcher Matcher = PlantedAliasProperty.Matcher;

    // Names and titles, the aliases prose carries; addresses and handles are not split across emphasis or lines.
    private static readonly string[] Aliases = [.. PlantedAliasProperty.Aliases.Where(a => a.All(c => char.IsLetter(c) || c == ' '))];

    private static readonly string[] Filler = ["the", "call", "we", "said", "and", "on", "record", "thank", "you", "is", "a", "well-known", "sanctions", "2026", "policy."];

    /// <summary>What may stand between two words of an alias.</summary>
    private static readonly string[] BetweenWords = ["  \n", "\n", "\u00a0", "&nbsp;", "  ", " \u200b", "-", "-\n", "\t"];

    /// <summary>What may stand between two letters of one word, the word still read whole.</summary>
    private static readonly string[] BetweenLetters = ["\u200b", "\u00ad", "&shy;", "-", "-\n", "-  \n", "\u2011", "\ufeff", "<wbr>", "&#8203;"];

    [Fact]
    public void A_disguised_alias_is_one_placeholder_and_no_format_of_the_redaction_leaks()
    {
        var unseen = 0;
        Gen.Select(Gen.Int[0, Aliases.Length - 1], Gen.Int, Gen.Int[0, 3], (alias, seed, html) => (alias, seed, html)).Sample(c =>
        {
            var random = new Random(c.seed);
            var planted = Planted(Aliases[c.alias], random);
            var markdown = $"Q    {Words(random)} {planted} {Words(random)} end.\n";
            var context = $"'{Aliases[c.alias]}' planted as {Quoted(planted)} in {Quoted(markdown)}{(c.html == 0 ? " read back from its HTML" : "")}";
            var read = MarkdownReader.Read(markdown);
            // A quarter of the draws come in through the HTML reader, as a published page would.
            read = c.html == 0 ? HtmlReader.Read(HtmlWriter.Write(read)) : read;
            read = read with { Turns = new(read.Turns.Select(t => t with { Offset = TimeSpan.FromSeconds(3) })) };
            // Only a disguise the check knows is tested: some format of the unredacted transcript is refused (Markdown can make
            // a marker literal, "k*\&#97;*" is no emphasis, and then no one reads a name there).
            if (Leaks(read).Count == 0)
            {
                Interlocked.Increment(ref unseen);
                return;
            }

            var redacted = Redactor.Redact(read, Identities, Matcher.Find);

            var placeholders = Placeholders(redacted.Turns[0].Paragraphs[0].Inlines);
            Assert.True(placeholders == 1, $"{context}: {placeholders} placeholders in {Quoted(MarkdownWriter.Write(redacted))}");
            var leaks = Leaks(redacted);
            Assert.True(leaks.Count == 0, $"{context}: the redaction leaks {string.Join("\n", leaks)}");
        }, iter: 2000);
        Assert.True(unseen < 200, $"{unseen} of 2000 draws were not seen by the check, so the property tests little");
    }

    /// <summary>Each blocking finding in each format the transcript is written in, with the written text.</summary>
    private static List<string> Leaks(Transcript transcript)
    {
        var leaks = new List<string>();
        foreach (var format in Enum.GetValues<TranscriptFormat>())
        {
            var written = CliTranscripts.Render(transcript, format);
            var found = LeakChecker.Check(written, LeakKinds.Of(format), Matcher).Where(f => f.Blocks).ToList();
            if (found.Count > 0)
            {
                leaks.Add($"{format}: {string.Join("; ", found.Select(l => l.Describe("out")))} in:\n{written}");
            }
        }
        return leaks;
    }

    /// <summary>The alias split at one to three points and dressed (case, courtesy title, possessive, plural, a link around it).</summary>
    private static string Planted(string alias, Random random)
    {
        var sb = new StringBuilder();
        if (random.Next(4) == 0)
        {
            sb.Append(random.Next(2) == 0 ? "Mr. " : "Dr. ");
        }
        var cased = random.Next(5) switch { 0 => alias.ToUpperInvariant(), 1 => alias.ToLowerInvariant(), _ => alias };
        var splits = new HashSet<int>();
        for (var k = random.Next(1, 4); k > 0; k--)
        {
            splits.Add(random.Next(1, cased.Length));
        }
        // Emphasis opens and closes at split points, its markers flanking words as Markdown needs.
        var marker = random.Next(3) == 0 ? (random.Next(2) == 0 ? "*" : "**") : null;
        var open = false;
        for (var i = 0; i < cased.Length; i++)
        {
            var c = cased[i];
            if (splits.Contains(i) && marker is not null && c == ' ')
            {
                sb.Append(open ? marker + " " : " " + marker);
                open = !open;
                continue;
            }
            if (splits.Contains(i) && marker is not null && !(open && cased[i - 1] == ' '))
            {
                sb.Append(marker);
                open = !open;
            }
            else if (splits.Contains(i) && c == ' ')
            {
                sb.Append(BetweenWords[random.Next(BetweenWords.Length)]);
                continue;
            }
            else if (splits.Contains(i) && char.IsLetter(c) && char.IsLetter(cased[i - 1]))
            {
                sb.Append(BetweenLetters[random.Next(BetweenLetters.Length)]);
            }
            // A literal entity the model holds as typed (J&#97;ke), which HTML escapes and the check decodes twice.
            sb.Append(random.Next(12) == 0 && char.IsAsciiLetter(c) ? $"\\&#{(int)c};" : c.ToString());
        }
        sb.Append(random.Next(5) switch { 0 => "’s", 1 => "'s", 2 => "s", _ => "" });
        if (open)
        {
            sb.Append(marker);
        }
        return random.Next(6) == 0 ? $"[{sb}](https://example.org/page)" : sb.ToString();
    }

    private static string Words(Random random) =>
        string.Join(' ', Enumerable.Range(0, random.Next(0, 5)).Select(_ => Filler[random.Next(Filler.Length)]));

    private static int Placeholders(IEnumerable<Inline> inlines) => inlines.Sum(i => i switch
    {
        AttributionPlaceholder or Redaction => 1,
        Emphasis e => Placeholders(e.Content),
        Link l => Placeholders(l.Content),
        _ => 0,
    });

    private static string Quoted(string text) => "\"" + string.Concat(text.Select(c => c switch
    {
        '\n' => "\\n",
        '\u00a0' => "\\u00a0",
        < ' ' or (> '\u007e' and < '\u00a1') or '\u00ad' or (>= '\u2000' and <= '\u206f') or '\ufeff' => $"\\u{(int)c:x4}",
        _ => c.ToString(CultureInfo.InvariantCulture),
    })) + "\"";
}
