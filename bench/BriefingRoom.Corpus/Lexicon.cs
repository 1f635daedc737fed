using System.Globalization;

namespace BriefingRoom.Corpus;

/// <summary>
/// The corpus vocabulary: a few thousand invented words built from syllables, the hand-written lists, and a Zipf
/// table over each. It is the same for every corpus seed, so query sets written against one corpus fit any other.
/// </summary>
internal sealed class Lexicon
{
    /// <summary>Zipf exponents: content words a little steeper than topics, phrases flattest so most recur.</summary>
    public const double NounExponent = 1.07;
    public const double TopicExponent = 1.0;
    public const double PhraseExponent = 0.9;

    private const ulong VocabularySeed = 0xB1EF_1993_2026;

    public static Lexicon Shared { get; } = new();

    private Lexicon()
    {
        var random = new Prng(VocabularySeed);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        string[] Make(int count, Func<string> word)
        {
            var words = new List<string>(count);
            while (words.Count < count)
            {
                var w = word();
                if (w.Length is >= 4 and <= 11 && taken.Add(w))
                {
                    words.Add(w);
                }
            }
            return [.. words];
        }
        string Root(int syllables) => string.Concat(Enumerable.Range(0, syllables).Select(_ =>
            random.Pick(Wordlists.Onsets) + random.Pick(Wordlists.Nuclei) + random.Pick(Wordlists.Codas)));

        InventedNouns = Make(2000, () => Root(1 + random.Next(2)) + (random.Chance(0.6) ? random.Pick(Wordlists.NounSuffixes) : ""));
        InventedAdjectives = Make(700, () => Root(1 + random.Next(2)) + random.Pick(Wordlists.AdjectiveSuffixes));
        InventedVerbs = Make(400, () => Root(1 + random.Next(2)) + random.Pick(Wordlists.VerbSuffixes));
        Places = Make(300, () => Title(Root(1 + random.Next(2)) + random.Pick(Wordlists.PlaceSuffixes)));
        Surnames = Make(800, () => Title(Root(2 + random.Next(2))));
        GivenNames = Make(250, () => Title(Root(1 + random.Next(2)) + random.Pick(["a", "o", "el", "en", "ia", "us", "", ""])));
        Outlets = Make(120, () => (random.Chance(0.5) ? "the " : "") + Title(Root(2)) + " " + random.Pick(Wordlists.OutletNouns));

        Nouns = new ZipfTable([.. Interleave(Wordlists.Nouns, InventedNouns)], NounExponent);
        Adjectives = new ZipfTable(InventedAdjectives, NounExponent);
        Verbs = new ZipfTable([.. Interleave(Wordlists.Verbs, InventedVerbs)], NounExponent);
        Topics = new ZipfTable(Wordlists.Topical, TopicExponent);
        PhraseTable = new ZipfTable(Wordlists.Phrases, PhraseExponent);
        PlaceTable = new ZipfTable(Places, TopicExponent);
    }

    public string[] InventedNouns { get; }
    public string[] InventedAdjectives { get; }
    public string[] InventedVerbs { get; }
    public string[] Places { get; }
    public string[] Surnames { get; }
    public string[] GivenNames { get; }
    public string[] Outlets { get; }

    public ZipfTable Nouns { get; }
    public ZipfTable Adjectives { get; }
    public ZipfTable Verbs { get; }
    public ZipfTable Topics { get; }
    public ZipfTable PhraseTable { get; }
    public ZipfTable PlaceTable { get; }

    /// <summary>Distinct words the generator can emit (phrases count once per word).</summary>
    public int Size => InventedNouns.Length + InventedAdjectives.Length + InventedVerbs.Length + Places.Length +
        Wordlists.Nouns.Length + Wordlists.Verbs.Length + Wordlists.Topical.Length;

    private static string Title(string word) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(word);

    /// <summary>Everyday words take the head ranks, one in every few, so common English stays common.</summary>
    private static IEnumerable<string> Interleave(string[] everyday, string[] invented)
    {
        for (var k = 0; k < invented.Length; k++)
        {
            if (k % 3 == 0 && k / 3 < everyday.Length)
            {
                yield return everyday[k / 3];
            }
            yield return invented[k];
        }
    }
}
