using System.Collections.Frozen;

namespace BriefingRoom.Transcripts;

/// <summary>A speaker label found at the start of a line: the label as printed and what follows it up to the first word.</summary>
public readonly record struct LabelMatch(string Label, SpeakerRole Role, string Separator)
{
    /// <summary>Characters of the line taken by the label and its separator.</summary>
    public int Length => Label.Length + Separator.Length;
}

/// <summary>
/// Recognises speaker labels in their printed forms (<c>MR. McCLELLAN:</c>, <c>SENIOR ADMINISTRATION OFFICIAL ONE:</c>,
/// <c>Q</c> with spaces, <c>QWhat…</c>, and in mixed case <c>Mr. Bacon:</c> and <c>A:</c>, see <see cref="MixedCaseLabels"/>)
/// and tells a speaker's role from the label.
/// </summary>
public static class SpeakerLabels
{
    private const int MaxLabelLength = 90;
    private const int MaxWords = 10;

    private static readonly FrozenSet<string> SingleWordLabels = FrozenSet.ToFrozenSet(
        ["MODERATOR", "OPERATOR", "PARTICIPANT", "STAFF", "REPORTER", "QUESTION", "ANSWER", "SPEAKER", "INTERPRETER", "TRANSLATOR", "AUDIENCE", "AIDE", "NARRATOR", "PARTICIPANTS"],
        StringComparer.Ordinal);

    private static readonly string[] Titles =
    [
        "MR.", "MR", "MS.", "MS", "MRS.", "MRS", "MISS", "DR.", "DR", "THE", "SECRETARY", "GENERAL", "GEN.", "ADMIRAL", "ADM.",
        "AMBASSADOR", "SENATOR", "SEN.", "GOVERNOR", "GOV.", "MAYOR", "PRESIDENT", "VICE", "PRIME", "PRESS", "CAPTAIN", "CAPT.",
        "COLONEL", "COL.", "LT.", "MAJOR", "MAJ.", "REPRESENTATIVE", "REP.", "DIRECTOR", "DEPUTY", "ADMINISTRATOR", "CHAIRMAN",
        "CHAIR", "COMMISSIONER", "ATTORNEY", "SPEAKER", "LEADER", "SERGEANT", "SGT.", "CHIEF", "FIRST", "SENIOR", "SPOKESPERSON",
    ];

    /// <summary>Finds a label at the start of <paramref name="line"/>; false when the line starts with ordinary text.</summary>
    /// <param name="evidence">
    /// What the document shows (<see cref="LabelEvidences.Of"/>): with <see cref="LabelEvidence.AnyWord"/> any single
    /// upper-case word is a label too (<c>ANNOUNCER:</c>, a misspelt <c>MODERTOR:</c>), right once the document is known
    /// to be a transcript, wrong in a memorandum's <c>SUBJECT:</c>; mixed-case roles and <c>A:</c> need evidence too.
    /// </param>
    public static bool TryMatch(ReadOnlySpan<char> line, out LabelMatch match, LabelEvidence evidence = LabelEvidence.None)
    {
        match = default;
        if (line.IsEmpty)
        {
            return false;
        }
        if (line[0] == 'Q' && TryMatchQuestion(line, out match))
        {
            return true;
        }
        if (line[0] == 'A' && evidence.HasFlag(LabelEvidence.Questions) && TryMatchAnswer(line, out match))
        {
            return true;
        }
        return TryMatchColon(line, out match, evidence) ||
            (evidence.HasFlag(LabelEvidence.PeriodLabels) && PeriodLabels.TryMatch(line, out match) &&
             // Where named speakers are printed MR. SMITH:, a mixed-case "President Yeltsin. He…" is the speaker's sentence, as with a colon.
             (!evidence.HasFlag(LabelEvidence.UpperCaseNames) || LooksLikeLabel(match.Label)));
    }

    /// <summary>A label ending in a colon: <c>MR. McCLELLAN:</c>, and where the document shows it, <c>Mr. Bacon:</c> or <c>ANNOUNCER:</c>.</summary>
    private static bool TryMatchColon(ReadOnlySpan<char> line, out LabelMatch match, LabelEvidence evidence)
    {
        match = default;
        var anyWord = evidence.HasFlag(LabelEvidence.AnyWord);
        var colon = line[..Math.Min(line.Length, MaxLabelLength + 1)].IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }
        // A blank printed before the colon (MS. PSAKI\u00a0:) belongs to the separator, not the label.
        var label = line[..colon].TrimEnd(" \t\u00a0");
        var after = colon + 1;
        if (label.IsEmpty || (after < line.Length && !InlineText.IsBlank(line[after])))
        {
            return false;
        }
        var end = after;
        while (end < line.Length && InlineText.IsBlank(line[end]))
        {
            end++;
        }
        var upper = LooksLikeLabel(label, anyWord);
        if (!upper && !MixedCaseLabels.Accepts(label, line[end..], evidence))
        {
            return false;
        }
        if (upper && anyWord && end < line.Length && char.IsLower(line[end]) && !LooksLikeLabel(label))
        {
            // A word taken only as a transcript's one-word label is followed by a sentence: "NATO: the alliance" is text.
            return false;
        }
        var text = label.ToString();
        match = new LabelMatch(text, RoleOf(text), line[label.Length..end].ToString());
        return true;
    }

    private static bool TryMatchQuestion(ReadOnlySpan<char> line, out LabelMatch match)
    {
        match = default;
        if (line.Length == 1)
        {
            match = new LabelMatch("Q", SpeakerRole.Reporter, "");
            return true;
        }
        var next = line[1];
        int end;
        if (next is ':' or '.')
        {
            // "Q:" and "Q." are labels only when a blank or the line's end follows ("Q.E.D." is not).
            if (line.Length > 2 && !InlineText.IsBlank(line[2]))
            {
                return false;
            }
            end = 2;
            if (next == '.' && FollowedByDigit(line[end..]))
            {
                // "Q. 4 results": a quarter written apart, not a question.
                return false;
            }
        }
        else if (InlineText.IsBlank(next))
        {
            end = 1;
        }
        else if (next == '(' || IsRunOnWord(line[1..]))
        {
            // "QWhat…", "Q(inaudible)": the stenographer's Q run into the first word.
            match = new LabelMatch("Q", SpeakerRole.Reporter, "");
            return true;
        }
        else
        {
            return false;
        }
        while (end < line.Length && InlineText.IsBlank(line[end]))
        {
            end++;
        }
        match = new LabelMatch("Q", SpeakerRole.Reporter, line[1..end].ToString());
        return true;
    }

    private static bool FollowedByDigit(ReadOnlySpan<char> rest)
    {
        var text = rest.TrimStart(" \t\u00a0");
        return text.Length > 0 && char.IsAsciiDigit(text[0]);
    }

    /// <summary>The official's answer printed as <c>A.</c> and a blank; <c>A.M.</c> and an initial run into a name are not.</summary>
    private static bool TryMatchAnswer(ReadOnlySpan<char> line, out LabelMatch match)
    {
        match = default;
        if (line.Length < 2 || line[1] != '.' || (line.Length > 2 && !InlineText.IsBlank(line[2])))
        {
            return false;
        }
        var end = 2;
        while (end < line.Length && InlineText.IsBlank(line[end]))
        {
            end++;
        }
        if (end < line.Length && char.IsLower(line[end]))
        {
            return false;
        }
        match = new LabelMatch("A", SpeakerRole.Official, line[1..end].ToString());
        return true;
    }

    /// <summary>True for a capitalised word run into the Q (<c>What</c>, <c>I'm</c>), false for QUESTIONS or QAnon.</summary>
    private static bool IsRunOnWord(ReadOnlySpan<char> rest)
    {
        if (!char.IsUpper(rest[0]) || rest.StartsWith("Anon", StringComparison.Ordinal))
        {
            return false;
        }
        if (rest.Length > 1 && char.IsLower(rest[1]))
        {
            return true;
        }
        return rest[0] == 'I' && (rest.Length == 1 || InlineText.IsBlank(rest[1]) || rest[1] is '\'' or '\u2019');
    }

    /// <summary>True for an upper-case speaker label (name parts such as <c>McCLELLAN</c> allowed), false for an acronym or a sentence.</summary>
    public static bool LooksLikeLabel(ReadOnlySpan<char> label, bool anyWord = false)
    {
        if (label.Length is 0 or > MaxLabelLength || !char.IsUpper(label[0]) || InlineText.IsBlank(label[^1]))
        {
            return false;
        }
        var words = 0;
        var firstWord = ReadOnlySpan<char>.Empty;
        // Words may be parted by no-break spaces as printed (MS.\u00a0JEAN-PIERRE).
        foreach (var range in label.SplitAny(" \u00a0"))
        {
            var word = label[range];
            if (word.IsEmpty)
            {
                // Two blanks in a row (a no-break space and a space) part two words.
                continue;
            }
            if (!IsLabelWord(word))
            {
                return false;
            }
            if (words == 0)
            {
                firstWord = word;
            }
            words++;
        }
        if (words > MaxWords)
        {
            return false;
        }
        if (words == 1)
        {
            return SingleWordLabels.Contains(label.ToString()) || label.EndsWith("OFFICIAL", StringComparison.Ordinal) ||
                (anyWord && label.Length >= 2 && char.IsUpper(label[^1]));
        }
        return true;
    }

    private static bool IsLabelWord(ReadOnlySpan<char> word)
    {
        var letters = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsUpper(c) || char.IsDigit(c))
            {
                letters++;
                continue;
            }
            if (c is '.' or '-' or '\'' or '\u2019' or '#' or ',' or '(' or ')' or '/' or '&')
            {
                continue;
            }
            if (char.IsLower(c))
            {
                // Name particles printed in mixed case: McCLELLAN, MacARTHUR, DeSANTIS, LaHOOD.
                var prefix = word[..(i + 1)];
                if (i is 1 or 2 && (prefix.SequenceEqual("Mc") || prefix.SequenceEqual("Mac") || prefix.SequenceEqual("De") || prefix.SequenceEqual("La") || prefix.SequenceEqual("Di") || prefix.SequenceEqual("Da") || prefix.SequenceEqual("Le")))
                {
                    continue;
                }
                return false;
            }
            return false;
        }
        return letters > 0;
    }

    /// <summary>The role a label announces: the moderator, an operator, a reporter, an official by role, or a named speaker.</summary>
    public static SpeakerRole RoleOf(string label)
    {
        var upper = label.ToUpperInvariant().Trim();
        if (label == "A")
        {
            // The answer of a Q-and-A transcript is the official's: A: and A. are read only where reporters are labelled.
            return SpeakerRole.Official;
        }
        if (upper is "Q" or "QUESTION" or "REPORTER" or "AUDIENCE MEMBER" or "AUDIENCE" or "THE PRESS" or "PRESS")
        {
            return SpeakerRole.Reporter;
        }
        if (upper.StartsWith("MODERATOR", StringComparison.Ordinal))
        {
            return SpeakerRole.Moderator;
        }
        if (upper.StartsWith("OPERATOR", StringComparison.Ordinal))
        {
            return SpeakerRole.Operator;
        }
        if (upper.Contains("OFFICIAL", StringComparison.Ordinal))
        {
            return SpeakerRole.Official;
        }
        if (upper is "PARTICIPANT" or "STAFF" or "AIDE" or "SPEAKER" or "INTERPRETER" or "TRANSLATOR" or "ANSWER" or "VOICE" || upper.StartsWith("PARTICIPANT", StringComparison.Ordinal))
        {
            return SpeakerRole.Unknown;
        }
        return SpeakerRole.Named;
    }

    /// <summary>True when the first word of a label is a title or honorific such as MR. or SECRETARY.</summary>
    public static bool StartsWithTitle(string label) =>
        Titles.Any(t => label.StartsWith(t + " ", StringComparison.Ordinal));
}
