namespace BriefingRoom.Transcripts;

/// <summary>
/// Speaker labels that end in a period, as the Public Papers of the Presidents print them (<c>The President.</c>,
/// <c>President Callejas.</c>, <c>Prime Minister Murayama.</c>, with <c>Q.</c> for the reporters). A name and a
/// period open ordinary sentences too ("Mr. Smith. He left."), so the form counts only where the document shows it
/// (<see cref="LabelEvidence.PeriodLabels"/>).
/// </summary>
internal static class PeriodLabels
{
    private const int MaxLabelLength = 60;

    /// <summary>Finds a label and its period at the start of <paramref name="line"/>, whatever the document shows.</summary>
    public static bool TryMatch(ReadOnlySpan<char> line, out LabelMatch match)
    {
        match = default;
        if (line.IsEmpty || !char.IsUpper(line[0]))
        {
            return false;
        }
        // The label's own periods are a title's or an initial's ("Mr.", "H."): the first period that ends a label is its end.
        var limit = Math.Min(line.Length, MaxLabelLength + 1);
        for (var dot = line[..limit].IndexOf('.'); dot > 0; dot = NextDot(line, dot, limit))
        {
            var after = dot + 1;
            if (after < line.Length && !InlineText.IsBlank(line[after]))
            {
                continue;
            }
            var end = after;
            while (end < line.Length && InlineText.IsBlank(line[end]))
            {
                end++;
            }
            var label = line[..dot];
            if (IsLabel(label, line[end..]))
            {
                var text = label.ToString();
                match = new LabelMatch(text, SpeakerLabels.RoleOf(text), line[dot..end].ToString());
                return true;
            }
        }
        return false;
    }

    private static int NextDot(ReadOnlySpan<char> line, int dot, int limit)
    {
        var next = line[(dot + 1)..limit].IndexOf('.');
        return next < 0 ? -1 : dot + 1 + next;
    }

    /// <summary>A speaker by title and name or by role, followed by the words said; never an abbreviation ("U.S.") or a heading.</summary>
    private static bool IsLabel(ReadOnlySpan<char> label, ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty || char.IsLower(rest[0]) || HasAbbreviation(label) || MixedCaseLabels.ReadsAsHeading(rest))
        {
            // "The President. he said", "U.S. ARMY. Troops…", "Mr. Smith. Remarks at the Dedication" are text.
            return false;
        }
        return MixedCaseLabels.NamesSpeaker(label) || (SpeakerLabels.LooksLikeLabel(label) && label.ContainsAny(' ', '\u00a0'));
    }

    /// <summary>
    /// Counts paragraphs opening with such a label: the form is the document's when its questions are labelled
    /// <c>Q.</c>, or when one such label opens two paragraphs and another label a third ("Mr. Smith. He left." once is prose).
    /// </summary>
    internal sealed class Tally
    {
        private readonly Dictionary<string, int> _labels = new(StringComparer.Ordinal);
        private bool _questions;

        /// <param name="apart">Paragraphs that open like a label but are not one (site chrome), asked only of those.</param>
        public void Add(string start, Func<string, bool>? apart)
        {
            if (TryMatch(start, out var match) && apart?.Invoke(start) != true)
            {
                _labels[match.Label] = _labels.GetValueOrDefault(match.Label) + 1;
            }
        }

        /// <summary>Notes a reporter's <c>Q.</c> (the period form; <c>Q:</c> and <c>Q</c> say nothing about periods).</summary>
        public void AddQuestion(LabelMatch match) => _questions |= match.Label == "Q" && match.Separator.StartsWith('.');

        public bool Shown => _labels.Count > 0 && (_questions || (_labels.Count >= 2 && _labels.Values.Any(n => n >= 2)));
    }

    /// <summary>True when a word holds a period before its end: "U.S.", "D.C.", "p.m." belong to sentences, not labels.</summary>
    private static bool HasAbbreviation(ReadOnlySpan<char> label)
    {
        foreach (var range in label.SplitAny(" \u00a0"))
        {
            var word = label[range];
            var dot = word.IndexOf('.');
            if (dot >= 0 && dot < word.Length - 1)
            {
                return true;
            }
        }
        return false;
    }
}
