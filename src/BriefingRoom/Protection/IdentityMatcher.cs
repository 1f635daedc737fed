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
        void Add(string identifier, ProtectedSpeaker? speaker, bool allow)
        {
            foreach (var pattern in IdentifierVariants.Of(identifier))
            {
                // The first owner of a form keeps it; speakers come first, so an allow phrase never hides a name.
                if (seen.Add(pattern))
                {
                    patterns.Add(pattern);
                    owners.Add(new PatternOwner(identifier, speaker, allow));
                }
            }
        }
        foreach (var speaker in ids.Speakers)
        {
            foreach (var identifier in speaker.Identifiers)
            {
                Add(identifier, speaker, allow: false);
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

    /// <summary>Every identifier in <paramref name="text"/>, as spans of the original text in order: leftmost-longest, without overlaps (an overlapping match is flagged by the one kept).</summary>
    public IReadOnlyList<IdentityMatch> Find(string text, TextKind kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var normalised = TextNormaliser.Normalise(text, kind);
        return [.. Scan(normalised).Select(m => ToMatch(normalised, m))];
    }

    internal static IdentityMatch ToMatch(NormalisedText normalised, WordMatch m) =>
        new(normalised.Starts[m.Start], normalised.Ends[m.End - 1] - normalised.Starts[m.Start], m.Owner.Identifier, m.Owner.Speaker);

    /// <summary>The matches in <paramref name="normalised"/>, in word-character positions, allow-listed and nested ones removed.</summary>
    internal List<WordMatch> Scan(NormalisedText normalised)
    {
        var hits = new List<(int Start, int End, int Pattern)>();
        var chars = normalised.Chars.AsSpan(0, normalised.Length);
        _automaton.Scan(chars, hits);
        foreach (var cluster in Clusters(normalised.Joins))
        {
            ScanJoined(normalised, cluster, hits);
        }
        var matches = new List<WordMatch>(hits.Count);
        var allowed = new List<WordMatch>();
        foreach (var (start, end, pattern) in hits)
        {
            // The pattern's framing spaces are not part of the name.
            var match = new WordMatch(start + 1, end - 1, _owners[pattern]);
            (match.Owner.Allow ? allowed : matches).Add(match);
        }
        return Outermost(WithoutAllowed(matches, allowed), normalised);
    }

    // Up to this many joins within one identifier's reach are read in every combination; more, all joined or one at a time
    // (six made text dense with joins 50× slower than normal; three, 9×).
    private const int MaxCombinedJoins = 3;

    /// <summary>Groups hyphens at line breaks that one identifier could span.</summary>
    private IEnumerable<List<int>> Clusters(List<int> joins)
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
    /// Rescans around hyphens at line breaks with them joining their word (<c>Sulli-⏎van</c>), in each combination
    /// of a small group, else all together and each alone (linear, however many a hostile text holds). The main
    /// scan already read every one as a separator.
    /// </summary>
    private void ScanJoined(NormalisedText normalised, List<int> cluster, List<(int Start, int End, int Pattern)> hits)
    {
        if (cluster.Count <= MaxCombinedJoins)
        {
            for (var mask = 1; mask < 1 << cluster.Count; mask++)
            {
                ScanWindow(normalised, [.. cluster.Where((_, bit) => (mask & (1 << bit)) != 0)], hits);
            }
            return;
        }
        ScanWindow(normalised, cluster, hits);
        foreach (var join in cluster)
        {
            ScanWindow(normalised, [join], hits);
        }
    }

    /// <summary>Scans the text around <paramref name="joined"/> with those separators removed; keeps matches that cross one.</summary>
    private void ScanWindow(NormalisedText normalised, List<int> joined, List<(int Start, int End, int Pattern)> hits)
    {
        var from = Math.Max(0, joined[0] - _longest);
        var to = Math.Min(normalised.Length, joined[^1] + _longest + 1);
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
            window[length] = normalised.Chars[k];
            back[length++] = k;
        }
        var local = new List<(int Start, int End, int Pattern)>();
        _automaton.Scan(window.AsSpan(0, length), local);
        foreach (var (start, end, pattern) in local)
        {
            var (s, e) = (back[start], back[end - 1] + 1);
            // Longer in the text than in the window: it crosses a joined hyphen.
            if (e - s != end - start)
            {
                hits.Add((s, e, pattern));
            }
        }
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
        int Start(WordMatch m) => normalised.Starts[m.Start];
        int End(WordMatch m) => normalised.Ends[m.End - 1];
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

/// <summary>Whose a search pattern is: an identifier with its speaker (none for a redact phrase), or an allow phrase.</summary>
internal sealed record PatternOwner(string Identifier, ProtectedSpeaker? Speaker, bool Allow);

/// <summary>A match in word-character positions of a <see cref="NormalisedText"/>, end exclusive.</summary>
internal readonly record struct WordMatch(int Start, int End, PatternOwner Owner);
