using BriefingRoom.Transcripts;

namespace BriefingRoom.Protection;

/// <summary>One span of a text to replace, and the attribution or redaction that takes its place.</summary>
internal readonly record struct Replacement(int Start, int Length, Inline With)
{
    public int End => Start + Length;
}

/// <summary>
/// Decides what replaces the protected identifiers found in one text: overlapping matches resolved to the longest,
/// a courtesy title taken with the name, the possessive left outside, and a list of protected people who share
/// a mention ("Jake, Morgan and Sam") made one plural attribution.
/// </summary>
internal static class MentionPlan
{
    private static readonly string[] Courtesies = ["Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Mr ", "Ms ", "Mrs ", "Dr "];

    public static List<Replacement> Of(string text, IReadOnlyList<IdentityMatch> matches)
    {
        var chosen = Choose(text, matches);
        var plan = new List<Replacement>(chosen.Count);
        for (var i = 0; i < chosen.Count;)
        {
            var last = PluralRunEnd(text, chosen, i);
            var first = chosen[i];
            var start = Math.Max(WithCourtesy(text, first), plan.Count > 0 ? plan[^1].End : 0);
            Inline with = first.Speaker is null ? new Redaction()
                : new AttributionPlaceholder(last > i ? first.Speaker.Mention + "s" : first.Speaker.Mention);
            plan.Add(new Replacement(start, chosen[last].End - start, with));
            i = last + 1;
        }
        return plan;
    }

    /// <summary>Non-overlapping matches in text order, the longest winning where they overlap ("Jake Sullivan" over "Jake").</summary>
    private static List<IdentityMatch> Choose(string text, IReadOnlyList<IdentityMatch> matches)
    {
        var chosen = new List<IdentityMatch>();
        foreach (var m in matches.OrderBy(m => m.Start).ThenByDescending(m => m.Length))
        {
            if (m.Start < 0 || m.Length <= 0 || m.End > text.Length)
            {
                throw new ArgumentException($"match {m.Start}+{m.Length} of '{m.Identifier}' lies outside a text of {text.Length} characters", nameof(matches));
            }
            if (chosen.Count == 0 || m.Start >= chosen[^1].End)
            {
                chosen.Add(WithoutPossessive(text, m));
            }
        }
        return chosen;
    }

    /// <summary>"Jake’s" becomes "[senior administration official]’s": the possessive is grammar, not identity.</summary>
    private static IdentityMatch WithoutPossessive(string text, IdentityMatch m)
    {
        var span = text.AsSpan(m.Start, m.Length);
        foreach (var suffix in (ReadOnlySpan<string>)["'s", "\u2019s", "'", "\u2019"])
        {
            if (span.Length > suffix.Length && span.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) &&
                !m.Identifier.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return m with { Length = m.Length - suffix.Length };
            }
        }
        return m;
    }

    /// <summary>Where a name's replacement starts: before a courtesy title ("Mr. Sullivan") or a handle's '@', which would read oddly left outside.</summary>
    private static int WithCourtesy(string text, IdentityMatch m)
    {
        if (m.Speaker is null)
        {
            return m.Start;
        }
        // A handle's '@' is taken too where the matcher's span starts at the name after it.
        if (m.Identifier.StartsWith('@') && m.Start > 0 && text[m.Start - 1] == '@')
        {
            return m.Start - 1;
        }
        return CourtesyBefore(text, m.Start) is var at and >= 0 ? at : m.Start;
    }

    /// <summary>Where a courtesy title ("Mr. ") ending at <paramref name="end"/> starts; -1 when there is none.</summary>
    public static int CourtesyBefore(string text, int end)
    {
        foreach (var courtesy in Courtesies)
        {
            var at = end - courtesy.Length;
            if (at >= 0 && text.AsSpan(at, courtesy.Length).Equals(courtesy, StringComparison.OrdinalIgnoreCase) &&
                (at == 0 || !char.IsLetterOrDigit(text[at - 1])))
            {
                return at;
            }
        }
        return -1;
    }

    /// <summary>
    /// The last match of a list starting at <paramref name="first"/> ("A and B", "A, B and C", "A, B, and C") whose
    /// people are all distinct, protected and share a pluralisable mention; <paramref name="first"/> when there is none.
    /// </summary>
    private static int PluralRunEnd(string text, List<IdentityMatch> chosen, int first)
    {
        var head = chosen[first].Speaker;
        if (head is null || !head.Mention.EndsWith("official", StringComparison.OrdinalIgnoreCase))
        {
            return first;
        }
        var people = new HashSet<ProtectedSpeaker> { head };
        for (var k = first + 1; k < chosen.Count; k++)
        {
            var next = chosen[k].Speaker;
            if (next is null || next.Mention != head.Mention || !people.Add(next))
            {
                return first;
            }
            var gap = text.AsSpan(chosen[k - 1].End, chosen[k].Start - chosen[k - 1].End).Trim();
            if (gap is "and" or ", and" or "&" or ", &" || (gap.StartsWith(',') && gap[1..].Trim() is "and" or "&"))
            {
                return k;
            }
            if (gap is not ",")
            {
                return first;
            }
        }
        return first;
    }
}
