namespace BriefingRoom.Protection;

/// <summary>
/// Finds every protected identifier in a text, however it is written (see docs/protection.md, "The leak check"):
/// the text is normalised once, then one Aho–Corasick automaton finds every variant of every identifier, of the
/// <c>redact</c> phrases and of the <c>allow</c> phrases in a single pass.
/// </summary>
public sealed class IdentityMatcher
{
    private readonly AhoCorasick _automaton;
    private readonly PatternOwner[] _owners;
    private readonly int _longest;

    private IdentityMatcher(AhoCorasick automaton, PatternOwner[] owners, int longest)
    {
        _automaton = automaton;
        _owners = owners;
        _longest = longest;
    }

    /// <summary>How many automaton states the patterns took; the benchmark reports it.</summary>
    public int States => _automaton.States;

    public static IdentityMatcher Build(ProtectedIdentities ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var patterns = new List<string>();
        var owners = new List<PatternOwner>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string identifier, ProtectedSpeaker? speaker, bool allow, HashSet<string>? names = null)
        {
            var exactCase = speaker is not null && speaker.ExactCase.Contains(identifier);
            foreach (var variant in IdentifierVariants.Of(identifier))
            {
                // The first owner of a form keeps it; speakers come first, so an allow phrase never hides a name.
                if (seen.Add(variant.Pattern))
                {
                    patterns.Add(variant.Pattern);
                    // Multi-word forms name someone however they are written; a one-word one may be an everyday word.
                    var everyday = !allow && variant.OneWord is { } word && EverydayWords.Contains(word);
                    owners.Add(new PatternOwner(identifier, speaker, allow, exactCase ? variant.Case : null, everyday, names));
                }
            }
        }
        foreach (var speaker in ids.Speakers)
        {
            var names = NameWords(speaker);
            foreach (var identifier in speaker.Identifiers)
            {
                Add(identifier, speaker, allow: false, names);
            }
        }
        foreach (var phrase in ids.Redact)
        {
            Add(phrase, null, allow: false);
        }
        foreach (var phrase in ids.Allow)
        {
            Add(phrase, null, allow: true);
        }
        return new IdentityMatcher(AhoCorasick.Build(patterns), [.. owners], patterns.Count == 0 ? 0 : patterns.Max(p => p.Length));
    }

    /// <summary>The words of a speaker's full names, and of their aliases those that are not everyday words: beside one, written as a name, an everyday alias names the speaker.</summary>
    private static HashSet<string> NameWords(ProtectedSpeaker speaker)
    {
        static IEnumerable<string> WordsOf(string identifier) =>
            IdentifierVariants.Of(identifier).Take(1).SelectMany(v => v.Pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return [.. speaker.Names.SelectMany(WordsOf), .. speaker.Aliases.SelectMany(WordsOf).Where(w => !EverydayWords.Contains(w))];
    }

    /// <summary>Every identifier in <paramref name="text"/>, as spans of the original text in order: leftmost-longest, without overlaps (an overlapping match is flagged by the one kept).</summary>
    public IReadOnlyList<IdentityMatch> Find(string text, TextKind kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var normalised = TextNormaliser.Normalise(text, kind);
        return [.. Scan(normalised, text, kind).Select(m => ToMatch(normalised, m))];
    }

    internal static IdentityMatch ToMatch(NormalisedText normalised, WordMatch m)
    {
        var (start, end) = Span(normalised, m);
        return new(start, end - start, m.Owner.Identifier, m.Owner.Speaker);
    }

    /// <summary>Where a match lies in the original text: its words, and the whole of any correction it runs through.</summary>
    private static (int Start, int End) Span(NormalisedText normalised, WordMatch m) => m.RawStart < 0
        ? (normalised.Starts[m.Start], normalised.Ends[m.End - 1])
        : (Math.Min(m.RawStart, normalised.Starts[m.Start]), Math.Max(m.RawEnd, normalised.Ends[m.End - 1]));

    /// <summary>
    /// The matches in <paramref name="normalised"/> (of <paramref name="original"/>), in word-character positions, allow-listed and
    /// nested ones removed, and everyday words and <c>exact-case</c> forms only where the case shows a name; around corrections, in both readings too.
    /// </summary>
    internal List<WordMatch> Scan(NormalisedText normalised, string original, TextKind kind)
    {
        var hits = new List<(int Start, int End, int Pattern)>();
        var text = new ScanText(normalised.Chars, normalised.Length, null);
        _automaton.Scan(text.Chars.AsSpan(0, text.Length), hits);
        foreach (var cluster in Clusters(normalised.Joins))
        {
            ScanJoined(text, cluster, hits);
        }
        var matches = Matches(hits);
        if (normalised.Edits.Count > 0)
        {
            CorrectionReadings.Scan(this, normalised, matches);
        }
        var evidence = new CaseEvidence(original, kind, normalised);
        matches.RemoveAll(m => !evidence.Names(m));
        return Outermost(matches, normalised);
    }

    /// <summary>Hits (with their framing spaces) as matches of identifiers, without those an allow phrase among the hits covers.</summary>
    internal List<WordMatch> Matches(List<(int Start, int End, int Pattern)> hits)
    {
        var matches = new List<WordMatch>(hits.Count);
        var allowed = new List<WordMatch>();
        foreach (var (start, end, pattern) in hits)
        {
            // The pattern's framing spaces are not part of the name.
            var match = new WordMatch(start + 1, end - 1, _owners[pattern]);
            (match.Owner.Allow ? allowed : matches).Add(match);
        }
        return WithoutAllowed(matches, allowed);
    }

    /// <summary>The longest identifier's length, framing spaces included: how far one match can reach.</summary>
    internal int Longest => _longest;

    // Up to this many joins within one identifier's reach are read in every combination; more, all joined or one at a time
    // (six made text dense with joins 50× slower than normal; three, 9×).
    private const int MaxCombinedJoins = 3;

    /// <summary>Groups joins (hyphens at line breaks, markup between letters) that one identifier could span.</summary>
    internal IEnumerable<List<int>> Clusters(List<int> joins)
    {
        var cluster = new List<int>();
        foreach (var join in joins)
        {
            if (cluster.Count > 0 && join - cluster[^1] > _longest)
            {
                yield return cluster;
                cluster = [];
            }
            cluster.Add(join);
        }
        if (cluster.Count > 0)
        {
            yield return cluster;
        }
    }

    /// <summary>
    /// Rescans around joins with them joining their word (<c>Sulli-⏎van</c>), in each combination of a small group,
    /// else all together and each alone (linear, however many a hostile text holds). The scan of
    /// <paramref name="text"/> itself already read every one as a separator.
    /// </summary>
    internal void ScanJoined(ScanText text, List<int> cluster, List<(int Start, int End, int Pattern)> hits)
    {
        if (cluster.Count <= MaxCombinedJoins)
        {
            for (var mask = 1; mask < 1 << cluster.Count; mask++)
            {
                ScanWindow(text, [.. cluster.Where((_, bit) => (mask & (1 << bit)) != 0)], hits);
            }
            return;
        }
        ScanWindow(text, cluster, hits);
        foreach (var join in cluster)
        {
            ScanWindow(text, [join], hits);
        }
    }

    /// <summary>
    /// Scans <paramref name="text"/> around <paramref name="joined"/> (all of it when none) with those separators removed;
    /// keeps, in normalised positions, the matches whose words are not one stretch of the normalised text: those only
    /// this reading finds.
    /// </summary>
    internal void ScanWindow(ScanText text, List<int> joined, List<(int Start, int End, int Pattern)> hits)
    {
        var from = joined.Count == 0 ? 0 : Math.Max(0, joined[0] - _longest);
        var to = joined.Count == 0 ? text.Length : Math.Min(text.Length, joined[^1] + _longest + 1);
        var window = new char[to - from];
        var back = new int[to - from];
        var length = 0;
        var next = 0;
        for (var k = from; k < to; k++)
        {
            if (next < joined.Count && joined[next] == k)
            {
                next++;
                continue;
            }
            window[length] = text.Chars[k];
            back[length++] = text.At(k);
        }
        var local = new List<(int Start, int End, int Pattern)>();
        _automaton.Scan(window.AsSpan(0, length), local);
        foreach (var (start, end, pattern) in local)
        {
            if (Crosses(back, start + 1, end - 1))
            {
                // Framing positions just outside the words, as the main scan reports them.
                hits.Add((back[start + 1] - 1, back[end - 2] + 2, pattern));
            }
        }
    }

    /// <summary>True when the words at <paramref name="start"/>..<paramref name="end"/> of a window are not consecutive in the normalised text.</summary>
    private static bool Crosses(int[] back, int start, int end)
    {
        for (var k = start; k + 1 < end; k++)
        {
            if (back[k + 1] != back[k] + 1)
            {
                return true;
            }
        }
        return false;
    }

    private static List<WordMatch> WithoutAllowed(List<WordMatch> matches, List<WordMatch> allowed)
    {
        if (allowed.Count == 0)
        {
            return matches;
        }
        allowed.Sort((a, b) => a.Start.CompareTo(b.Start));
        matches.Sort((a, b) => a.Start.CompareTo(b.Start));
        var kept = new List<WordMatch>(matches.Count);
        var next = 0;
        var reach = -1;
        foreach (var m in matches)
        {
            while (next < allowed.Count && allowed[next].Start <= m.Start)
            {
                reach = Math.Max(reach, allowed[next++].End);
            }
            if (reach < m.End)
            {
                kept.Add(m);
            }
        }
        return kept;
    }

    /// <summary>
    /// Leftmost-longest matches that do not overlap in the original text (an attribute value read after the text may
    /// lie inside a match across its tag): every dropped match shares characters with a kept one. In text order.
    /// </summary>
    private static List<WordMatch> Outermost(List<WordMatch> matches, NormalisedText normalised)
    {
        int Start(WordMatch m) => Span(normalised, m).Start;
        int End(WordMatch m) => Span(normalised, m).End;
        matches.Sort((a, b) => Start(a) != Start(b) ? Start(a).CompareTo(Start(b)) : End(b).CompareTo(End(a)));
        var kept = new List<WordMatch>(matches.Count);
        var reach = -1;
        foreach (var m in matches)
        {
            if (Start(m) >= reach)
            {
                kept.Add(m);
                reach = End(m);
            }
        }
        return kept;
    }
}

/// <summary>
/// Whose a search pattern is: an identifier with its speaker (none for a redact phrase), or an allow phrase; for an
/// <c>exact-case</c> identifier the case of the form's letters ('A', 'a', '*' either, spaces as in the pattern); whether the
/// form is one everyday word; and the speaker's name words, beside which an everyday word names them.
/// </summary>
internal sealed record PatternOwner(string Identifier, ProtectedSpeaker? Speaker, bool Allow, string? Case = null, bool Everyday = false, HashSet<string>? NameWords = null);

/// <summary>
/// A match in word-character positions of a <see cref="NormalisedText"/>, end exclusive; a match only a correction's
/// reading makes also covers <see cref="RawStart"/>..<see cref="RawEnd"/> of the original (the corrections it runs through).
/// </summary>
internal readonly record struct WordMatch(int Start, int End, PatternOwner Owner, int RawStart = -1, int RawEnd = -1);

/// <summary>Characters the automaton reads and, for a reading rebuilt around corrections, where each stands in the normalised text (none: the same place).</summary>
internal readonly record struct ScanText(char[] Chars, int Length, int[]? Back)
{
    public int At(int k) => Back is null ? k : Back[k];
}
