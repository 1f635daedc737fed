using System.Collections.Frozen;

namespace BriefingRoom.Transcripts;

/// <summary>
/// Speaker labels printed in mixed case, as the Defense Department and the White House printed them in the 1990s
/// and 2000s (<c>Mr. Bacon:</c>, <c>Gen. Jackson:</c>, <c>Voice:</c>, <c>A:</c>), told apart from prose that opens with a
/// name and a colon: a quotation's source (<c>Sen. Tom Carper: “…”</c>), a list entry, a headline, a salutation.
/// </summary>
internal static class MixedCaseLabels
{
    private const int MaxTitles = 4;
    private const int MaxNameWords = 4;
    private const int HeadingWords = 5;

    /// <summary>Courtesy and office titles a speaker is printed with; a name follows them.</summary>
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
    [
        "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dr.", "Dr", "Prof.", "Professor",
        "Gen.", "General", "Adm.", "Admiral", "Col.", "Colonel", "Maj.", "Major", "Capt.", "Captain", "Cmdr.", "Commander",
        "Lt.", "Lieutenant", "Sgt.", "Sergeant", "Brig.", "Brigadier",
        "Secretary", "Ambassador", "Senator", "Representative", "Congressman", "Congresswoman", "Governor", "Gov.", "Mayor",
        "President", "Minister", "Chancellor", "Chairman", "Chairwoman", "Director", "Administrator", "Commissioner", "Spokesman", "Spokeswoman",
    ], StringComparer.Ordinal);

    /// <summary>Words that go before a title: <c>Vice Adm.</c>, <c>Deputy Secretary</c>, <c>Prime Minister</c>.</summary>
    private static readonly FrozenSet<string> TitleModifiers = FrozenSet.ToFrozenSet(
        ["Vice", "Rear", "Deputy", "Assistant", "Under", "Acting", "Press", "Prime", "Foreign", "Defense", "Lt.", "Maj.", "Brig."], StringComparer.Ordinal);

    /// <summary>A speaker by role: the last word of the label (<c>Senior Administration Official</c>, <c>Audience Member</c>).</summary>
    private static readonly FrozenSet<string> Roles = FrozenSet.ToFrozenSet(
    [
        "Moderator", "Operator", "Participant", "Reporter", "Question", "Questioner", "Answer", "Speaker", "Interpreter", "Translator",
        "Voice", "Official", "Announcer", "Narrator", "Staff", "Aide", "Audience", "Member",
    ], StringComparer.Ordinal);

    /// <summary>Name particles printed in lower case inside a name: <c>Mr. de Klerk</c>, <c>Gen. van Riper</c>.</summary>
    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["de", "da", "di", "du", "del", "der", "van", "von", "la", "le", "bin", "al", "ter"], StringComparer.Ordinal);

    /// <summary>Trailing words that number one of several speakers of a role: <c>Senior Official 2</c>, <c>Participant A</c>.</summary>
    private static readonly FrozenSet<string> Numbers = FrozenSet.ToFrozenSet(
        ["One", "Two", "Three", "Four", "Five", "Six", "#1", "#2", "#3", "#4", "#5"], StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="label"/> (the text before the colon) is a mixed-case label given what the document
    /// shows and what follows the colon (<paramref name="rest"/>, blanks after the colon skipped).
    /// </summary>
    public static bool Accepts(ReadOnlySpan<char> label, ReadOnlySpan<char> rest, LabelEvidence evidence)
    {
        if (rest.Length > 0 && char.IsLower(rest[0]))
        {
            // "Mr. Jones: please unmute." and "A: apples" are sentences and list entries, not speakers.
            return false;
        }
        if (label is "A")
        {
            return evidence.HasFlag(LabelEvidence.Questions);
        }
        var words = Words(label);
        if (words.Count == 0)
        {
            return false;
        }
        if (IsRole(words))
        {
            return evidence.HasFlag(LabelEvidence.Transcript);
        }
        if (!IsNamed(words, out var upperName))
        {
            return false;
        }
        if (upperName)
        {
            // Mr. KIRBY: the upper-case label with its title typed in mixed case.
            return true;
        }
        if (evidence.HasFlag(LabelEvidence.UpperCaseNames) || OpensQuotation(rest) || ReadsAsHeading(rest))
        {
            return false;
        }
        // A label alone, with the words below it, needs the document to be a transcript: "Mr. President:" opens letters.
        return rest.Length > 0 || evidence.HasFlag(LabelEvidence.Transcript);
    }

    /// <summary>
    /// True when <paramref name="label"/> names a speaker by title and name or by role (<c>The President</c>,
    /// <c>Prime Minister Murayama</c>, <c>Moderator</c>): what a label ending in a period must be (<see cref="PeriodLabels"/>).
    /// </summary>
    public static bool NamesSpeaker(ReadOnlySpan<char> label)
    {
        var words = Words(label);
        return words.Count > 0 && (IsRole(words) || IsNamed(words, out _));
    }

    private static List<string> Words(ReadOnlySpan<char> label)
    {
        var words = new List<string>();
        foreach (var range in label.SplitAny(" \u00a0"))
        {
            if (!label[range].IsEmpty)
            {
                words.Add(label[range].ToString());
            }
        }
        return words;
    }

    /// <summary>Capitalised words ending in a role, with a number after it or not: <c>Moderator</c>, <c>Senior Official 2</c>.</summary>
    private static bool IsRole(List<string> words)
    {
        var last = words.Count - 1;
        if (last > 0 && (Numbers.Contains(words[last]) || IsNumberWord(words[last])))
        {
            last--;
        }
        if (last > 3 || !Roles.Contains(words[last]))
        {
            return false;
        }
        for (var i = 0; i < last; i++)
        {
            if (!IsCapitalised(words[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Titles, then a name: <c>Mr. Bacon</c>, <c>Maj. Gen. Jim Jackson</c>, <c>Mr. Kenneth H. Bacon</c>, <c>The President</c>.
    /// <paramref name="upperName"/> tells a name printed in capitals (<c>Mr. KIRBY</c>).
    /// </summary>
    private static bool IsNamed(List<string> words, out bool upperName)
    {
        upperName = false;
        var at = 0;
        var the = words[0] == "The";
        if (the)
        {
            at++;
        }
        var titles = 0;
        while (at < words.Count && titles < MaxTitles && (Titles.Contains(words[at]) || (TitleModifiers.Contains(words[at]) && at + 1 < words.Count)))
        {
            titles += Titles.Contains(words[at]) ? 1 : 0;
            at++;
        }
        if (titles == 0)
        {
            return false;
        }
        var name = words.Count - at;
        if (the)
        {
            // "The President", "The Vice President": the office is the name.
            return name == 0;
        }
        if (name is 0 or > MaxNameWords)
        {
            return false;
        }
        var upper = 0;
        for (var i = at; i < words.Count; i++)
        {
            var word = words[i];
            if (Particles.Contains(word) && i + 1 < words.Count)
            {
                continue;
            }
            if (IsInitial(word))
            {
                continue;
            }
            if (IsUpperWord(word))
            {
                upper++;
                continue;
            }
            if (!IsCapitalised(word))
            {
                return false;
            }
        }
        upperName = upper > 0 && upper == words.Skip(at).Count(w => !IsInitial(w) && !Particles.Contains(w));
        return true;
    }

    /// <summary>A capitalised word of letters (<c>Bacon</c>, <c>O'Brien</c>, <c>Jean-Pierre</c>, <c>McCurry</c>, <c>Jr.</c>).</summary>
    private static bool IsCapitalised(string word)
    {
        var body = word is "Jr." or "Sr." ? word[..^1] : word;
        if (body.Length < 2 || !char.IsUpper(body[0]))
        {
            return false;
        }
        var lower = false;
        foreach (var c in body.AsSpan(1))
        {
            if (char.IsLower(c))
            {
                lower = true;
            }
            else if (!char.IsUpper(c) && c is not ('\'' or '\u2019' or '-'))
            {
                return false;
            }
        }
        return lower;
    }

    private static bool IsUpperWord(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c is not ('\'' or '\u2019' or '-' or '.') && !(char.IsLower(c) && word.StartsWith("Mc", StringComparison.Ordinal)))
            {
                return false;
            }
        }
        return letters >= 2;
    }

    private static bool IsHeadingSmallWord(ReadOnlySpan<char> word) =>
        word is "a" or "an" or "the" or "and" or "of" or "in" or "on" or "at" or "for" or "to" or "with" or "by";

    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    private static bool IsNumberWord(string word) =>
        (word.Length == 1 && char.IsUpper(word[0])) || word.All(char.IsAsciiDigit);

    /// <summary>True when the words after the colon open with a quotation mark: a source and what it said.</summary>
    private static bool OpensQuotation(ReadOnlySpan<char> rest)
    {
        var text = rest.TrimStart("*_ \u00a0");
        return text.Length > 0 && text[0] is '"' or '\u201c' or '\u2018' or '\u00ab' or '\u201e';
    }

    /// <summary>
    /// True when the first words after the colon are all capitalised with no sentence mark: a headline
    /// ("Secretary Kerry: Remarks on Climate Action"), not a speaker's words.
    /// </summary>
    public static bool ReadsAsHeading(ReadOnlySpan<char> rest)
    {
        var words = 0;
        foreach (var range in rest.SplitAny(" \u00a0"))
        {
            var word = rest[range];
            if (word.IsEmpty)
            {
                continue;
            }
            if (words == HeadingWords)
            {
                break;
            }
            if (word[^1] is '.' or '?' or '!' or ',' or ';' or ':' || !(char.IsUpper(word[0]) || char.IsAsciiDigit(word[0]) || IsHeadingSmallWord(word)))
            {
                return false;
            }
            words++;
        }
        return words >= 2;
    }
}
