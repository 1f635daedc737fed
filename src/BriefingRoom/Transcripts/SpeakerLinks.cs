namespace BriefingRoom.Transcripts;

/// <summary>
/// Which labels of a transcript name the same person, where the document makes it plain: a full name and title
/// first (<c>PRESS SECRETARY JOHN F. KIRBY</c>, <c>Maj. Gen. Jim Jackson</c>), then a courtesy title, rank or office and the
/// same surname (<c>MR. KIRBY</c>, <c>Gen. Jackson</c>).
/// Derived from the turns, never stored, so every reader and writer agrees on it.
/// </summary>
public static class SpeakerLinks
{
    // Courtesy titles, and ranks and offices a short form keeps (Gen. Jackson after Maj. Gen. Jim Jackson).
    private static readonly string[] Courtesies =
    [
        "MR.", "MR", "MS.", "MS", "MRS.", "MRS", "DR.", "DR", "Mr.", "Ms.", "Mrs.", "Dr.",
        "GEN.", "GENERAL", "ADM.", "ADMIRAL", "SECRETARY", "AMBASSADOR", "Gen.", "General", "Adm.", "Admiral", "Secretary", "Ambassador",
    ];

    /// <summary>Each speaker printed under more than one label: the full label first, then its short forms in order of appearance.</summary>
    public static List<List<string>> Of(IReadOnlyList<Turn> turns)
    {
        var seen = new List<string>();
        var groups = new List<List<string>>();
        foreach (var turn in turns)
        {
            if (turn.Speaker is not { } label || turn.Role != SpeakerRole.Named || seen.Contains(label, StringComparer.Ordinal))
            {
                continue;
            }
            seen.Add(label);
            var words = Words(label);
            if (words.Length != 2 || !Courtesies.Contains(words[0], StringComparer.Ordinal))
            {
                continue;
            }
            // Only an earlier full label with the same surname, and only one: two KIRBYs would be a guess.
            var full = seen.Where(s => Words(s) is { Length: >= 3 } w && w[^1].Equals(words[1], StringComparison.OrdinalIgnoreCase)).ToList();
            if (full.Count != 1)
            {
                continue;
            }
            var group = groups.Find(g => g[0] == full[0]);
            if (group is null)
            {
                groups.Add([full[0], label]);
            }
            else
            {
                group.Add(label);
            }
        }
        return groups;
    }

    private static string[] Words(string label) => label.Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
}
