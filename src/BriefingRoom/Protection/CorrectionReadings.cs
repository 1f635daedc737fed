using BriefingRoom.Transcripts;

namespace BriefingRoom.Protection;

/// <summary>
/// Reads the text around corrections twice more (docs/protection.md, "Corrections"): as corrected (struck-out words
/// gone, put-in words free to join the words beside them: "Quarter" + "[maine]" is "Quartermaine") and as typed
/// (put-in words gone, struck-out words free to join: "Quarter" + "&lt;s&gt;mane&lt;/s&gt;" is "Quartermane"). Each
/// reading is rebuilt only in windows around its corrections and scanned by the same automaton, so a text without
/// corrections costs nothing more.
/// </summary>
internal static class CorrectionReadings
{
    public static void Scan(IdentityMatcher matcher, NormalisedText normalised, List<WordMatch> matches)
    {
        var edits = normalised.Edits.Where(e => e.Kind != EditKind.Insertion || PutsIn(normalised, e)).OrderBy(e => e.From).ToList();
        if (!edits.Any(e => e.Kind != EditKind.Structure))
        {
            return;
        }
        // A match the text itself makes is reported as it already is, not again as a reading's.
        var seen = matches.Select(m => (m.Start, m.End)).ToHashSet();
        // The corrected reading leaves deletions out; the typed one, insertions.
        foreach (var removes in (ReadOnlySpan<EditKind>)[EditKind.Deletion, EditKind.Insertion])
        {
            // JSON's structure alone is no correction: only windows holding one are read.
            foreach (var window in Windows(edits, matcher.Longest, normalised.Length).Where(w => w.Edits.Any(e => e.Kind != EditKind.Structure)))
            {
                ScanWindow(matcher, normalised, window, removes, seen, matches);
            }
        }
    }

    /// <summary>The edits close enough for one identifier to span them, each group with its window of the normalised text.</summary>
    private static IEnumerable<(int From, int To, List<Edit> Edits)> Windows(List<Edit> edits, int longest, int length)
    {
        var group = new List<Edit>();
        var reach = -1;
        foreach (var edit in edits)
        {
            if (group.Count > 0 && edit.From - reach > longest)
            {
                yield return Window(group, reach, longest, length);
                group = [];
            }
            group.Add(edit);
            reach = Math.Max(reach, edit.To);
        }
        if (group.Count > 0)
        {
            yield return Window(group, reach, longest, length);
        }
    }

    private static (int From, int To, List<Edit> Edits) Window(List<Edit> group, int reach, int longest, int length) =>
        (Math.Max(0, group[0].From - longest - 2), Math.Min(length, reach + longest + 2), group);

    /// <summary>One window in one reading: the edits of kind <paramref name="removes"/> left out, the edges of the others and every join free to join.</summary>
    private static void ScanWindow(IdentityMatcher matcher, NormalisedText normalised, (int From, int To, List<Edit> Edits) window, EditKind removes, HashSet<(int, int)> seen, List<WordMatch> matches)
    {
        var removed = window.Edits.Where(e => e.Kind == removes || e.Kind == EditKind.Structure).ToList();
        var edges = new HashSet<int>();
        foreach (var e in window.Edits.Where(e => e.Kind != removes && e.Kind != EditKind.Structure))
        {
            edges.Add(e.From - 1);
            edges.Add(e.To);
        }
        var first = normalised.Joins.BinarySearch(window.From);
        for (var k = first < 0 ? ~first : first; k < normalised.Joins.Count && normalised.Joins[k] < window.To; k++)
        {
            edges.Add(normalised.Joins[k]);
        }
        var (text, joins) = Read(normalised, window.From, window.To, removed, edges);
        var hits = new List<(int Start, int End, int Pattern)>();
        if (removed.Count > 0)
        {
            // With nothing left out, only a join can make a match the main scan did not.
            matcher.ScanWindow(text, [], hits);
        }
        foreach (var cluster in matcher.Clusters(joins))
        {
            matcher.ScanJoined(text, cluster, hits);
        }
        foreach (var m in matcher.Matches(hits))
        {
            if (!seen.Add((m.Start, m.End)))
            {
                continue;
            }
            // A match runs through every edit its words reach across or into; the finding shows their markers too.
            var (rawStart, rawEnd) = (normalised.Starts[m.Start], normalised.Ends[m.End - 1]);
            foreach (var e in window.Edits)
            {
                if (e.From < m.End && e.To > m.Start)
                {
                    (rawStart, rawEnd) = (Math.Min(rawStart, e.RawStart), Math.Max(rawEnd, e.RawEnd));
                }
            }
            matches.Add(m with { RawStart = rawStart, RawEnd = rawEnd });
        }
    }

    /// <summary>
    /// The reading of <paramref name="from"/>..<paramref name="to"/>: removed edits left out, runs of spaces made one, and
    /// the spaces that may join words (a removed edit's seam, an edge, a join) listed in the reading's positions.
    /// </summary>
    private static (ScanText Text, List<int> Joins) Read(NormalisedText normalised, int from, int to, List<Edit> removed, HashSet<int> edges)
    {
        var chars = new char[to - from + 1];
        var back = new int[to - from + 1];
        var joins = new List<int>();
        var length = 0;
        var next = 0;
        var seam = false;
        for (var k = from; k < to; k++)
        {
            while (next < removed.Count && removed[next].To <= k)
            {
                next++;
            }
            if (next < removed.Count && removed[next].From <= k)
            {
                seam = true;
                continue;
            }
            var c = normalised.Chars[k];
            var lastIsSpace = length > 0 && chars[length - 1] == ' ';
            if (c == ' ' && lastIsSpace)
            {
                // The space after a removed edit becomes one with the space before it.
                if (seam || edges.Contains(k))
                {
                    Join(joins, length - 1);
                }
                seam = false;
                continue;
            }
            if (c != ' ' && seam && length > 0 && !lastIsSpace)
            {
                // Words the removed edit held apart with no space of their own now meet at a space that may join them.
                Join(joins, length);
                chars[length] = ' ';
                back[length++] = k - 1;
            }
            if (c == ' ' && (seam || edges.Contains(k)))
            {
                Join(joins, length);
            }
            seam = false;
            chars[length] = c;
            back[length++] = k;
        }
        // Only a space between two word characters can join anything.
        joins.RemoveAll(j => j == 0 || j + 1 >= length || !IsWord(chars[j - 1]) || !IsWord(chars[j + 1]));
        return (new ScanText(chars, length, back), joins);
    }

    /// <summary>False for brackets that hold a placeholder or a note (<c>[senior administration official]</c>, <c>[inaudible]</c>): no one typed or put those in.</summary>
    private static bool PutsIn(NormalisedText normalised, Edit e) =>
        InlineText.Classify("[" + new string(normalised.Chars, e.From, e.To - e.From).Trim() + "]") is [Insertion];

    private static void Join(List<int> joins, int at)
    {
        if (joins.Count == 0 || joins[^1] != at)
        {
            joins.Add(at);
        }
    }

    private static bool IsWord(char c) => c is not (' ' or '\u0001');
}
