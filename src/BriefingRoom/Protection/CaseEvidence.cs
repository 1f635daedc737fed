using System.Collections.Frozen;

namespace BriefingRoom.Protection;

/// <summary>
/// Whether a match names someone where the case of the text can tell (docs/protection.md, "Which matches are
/// reported"): an <c>exact-case</c> form only with the letters' case as written; a one-word everyday alias ("Will",
/// "Rice", the plural "Does") only capitalised and not opening a sentence, in capitals, in an address or slug, after a
/// courtesy title, beside the person's name, as a vocative or possessive, or in a text that shows no case at all.
/// </summary>
internal sealed class CaseEvidence(string text, TextKind kind, NormalisedText normalised)
{
    // Before a lower-case everyday word these make it a name ("mr. rice"); "the secretary will" stays a verb.
    private static readonly FrozenSet<string> CourtesyTitles = FrozenSet.ToFrozenSet(["mr", "mrs", "ms", "mx", "dr", "miss", "prof", "sir", "dame"], StringComparer.Ordinal);

    // A full stop after these (or after one letter, an initial) does not end a sentence: "Mr. Rice", "J. Rice".
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
        ["mr", "mrs", "ms", "mx", "dr", "prof", "st", "sen", "rep", "gov", "gen", "adm", "amb", "sec", "lt", "col", "capt", "maj", "sgt", "hon", "rev", "jr", "sr", "pres"],
        StringComparer.OrdinalIgnoreCase);

    // Characters that may open a sentence before its first word: quotes, brackets, emphasis, list and heading markers, dashes.
    private const string Openers = "\"'“‘«([{*_~`#>-–—•|";

    // Characters that join a word into an address, a handle or a slug.
    private const string AddressJoiners = "-_/.@=+#%~:?&";

    // Blanks and punctuation around a word that is a whole text.
    private static readonly System.Buffers.SearchValues<char> NotWords = System.Buffers.SearchValues.Create(" \t\n\r\u00a0.,;:!?\"'“”‘’()[]*_~`");

    private bool? _showsCase;

    public bool Names(WordMatch m)
    {
        var owner = m.Owner;
        // Corrections' readings leave words out, so their letters are not the form's: such a match stands.
        if (owner.Case is null && !owner.Everyday || m.RawStart >= 0)
        {
            return true;
        }
        var letters = Letters(m);
        if (owner.Case is { } written)
        {
            return AsWritten(letters, written);
        }
        var upper = letters.Count(c => c == LetterCase.Upper);
        // A URL, or letters without case (circled or other symbols that fold to letters), show nothing to tell by.
        if (kind == TextKind.Url || upper == 0 && !letters.Contains(LetterCase.Lower))
        {
            return true;
        }
        var start = normalised.Starts[m.Start];
        var end = normalised.Ends[m.End - 1];
        if (upper == 0)
        {
            return InAddress(start, end) || CourtesyTitles.Contains(WordBefore(m.Start)) || !ShowsCase();
        }
        var capitalised = letters[0] == LetterCase.Upper && upper == 1;
        if (!capitalised)
        {
            // In capitals (a headline, a label, an acronym) or mixed: no sign it is the everyday word.
            return true;
        }
        // A text that is only the word (an emphasis, a link's words, a field) has no sentence to open.
        return !OpensSentence(start) || VocativeOrPossessive(end) || NameFollows(m) || OnlyWord(start, end);
    }

    /// <summary>The case of each word character of the match, as the text shows it (escapes decoded).</summary>
    private List<LetterCase> Letters(WordMatch m)
    {
        var letters = new List<LetterCase>(m.End - m.Start);
        for (var k = m.Start; k < m.End; k++)
        {
            if (normalised.Chars[k] != ' ')
            {
                letters.Add(char.IsLetter(normalised.Chars[k]) ? IdentifierVariants.CaseAt(text, normalised.Starts[k], kind) : LetterCase.None);
            }
        }
        return letters;
    }

    /// <summary>Every letter in the case it is written in the identities file; a letter without case (or a count that differs) cannot refuse it.</summary>
    private static bool AsWritten(List<LetterCase> letters, string written)
    {
        var expected = written.Where(c => c != ' ').ToList();
        if (expected.Count != letters.Count)
        {
            return true;
        }
        for (var i = 0; i < letters.Count; i++)
        {
            if (expected[i] == 'A' && letters[i] == LetterCase.Lower || expected[i] == 'a' && letters[i] == LetterCase.Upper)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether any letter of the text is upper case: a text without one (a lower-cased slug or tag) shows no case.</summary>
    private bool ShowsCase() => _showsCase ??= text.AsSpan().IndexOfAnyInRange('A', 'Z') >= 0 || text.Any(char.IsUpper);

    /// <summary>The match is part of an address, handle or slug (<c>/rice</c>, <c>remarks-by-rice</c>, <c>rice@</c>), or runs into an escape.</summary>
    private bool InAddress(int start, int end)
    {
        bool Joined(int joiner, int beyond) =>
            joiner >= 0 && joiner < text.Length && (char.IsLetterOrDigit(text[joiner])
                || AddressJoiners.Contains(text[joiner], StringComparison.Ordinal) && (text[joiner] is '/' or '@' || beyond >= 0 && beyond < text.Length && char.IsLetterOrDigit(text[beyond])));
        return Joined(start - 1, start - 2) || Joined(end, end + 1);
    }

    /// <summary>Whether the word at <paramref name="start"/> opens a sentence: nothing before it but openers, markup and blanks since a sentence's end, a colon, a blank line or the start.</summary>
    private bool OpensSentence(int start)
    {
        var newlines = 0;
        var i = start - 1;
        while (i >= 0)
        {
            var at = CharBefore(i, out var c);
            if (c == '\n')
            {
                if (++newlines >= 2)
                {
                    return true;
                }
            }
            else if (c == '>' && at == i && kind != TextKind.Plain && text.LastIndexOf('<', i) is var open and >= 0 && text.IndexOf('>', open) == i)
            {
                at = open;
            }
            else if (!(c < 0x10000 && char.IsWhiteSpace((char)c) || c < 0x10000 && Openers.Contains((char)c, StringComparison.Ordinal)))
            {
                return c switch
                {
                    '.' => !AfterAbbreviation(at),
                    '?' or '!' or '…' or ':' => true,
                    _ => false,
                };
            }
            i = at - 1;
        }
        return true;
    }

    /// <summary>
    /// The character a reader sees ending at <paramref name="i"/>, read backwards: an entity (<c>&amp;quot;</c>), a
    /// Markdown escape (<c>\*</c>) or a JSON one (<c>\"</c>, <c>\n</c>, <c>\u201c</c>) decoded; returns where it starts.
    /// </summary>
    private int CharBefore(int i, out int c)
    {
        if (kind is TextKind.Markdown or TextKind.Markup or TextKind.Json && text[i] == ';' && text.LastIndexOf('&', i, Math.Min(i + 1, 12)) is var amp and >= 0
            && EscapeDecoder.Decode(text, amp, kind, out c) == i - amp + 1)
        {
            return amp;
        }
        if (kind is TextKind.Markdown or TextKind.Json)
        {
            foreach (var back in (ReadOnlySpan<int>)[5, 1])
            {
                if (i >= back && text[i - back] == '\\' && EscapeDecoder.Decode(text, i - back, kind, out c) == back + 1)
                {
                    return i - back;
                }
            }
        }
        c = text[i];
        return i;
    }

    private bool OnlyWord(int start, int end) =>
        !text.AsSpan(0, start).ContainsAnyExcept(NotWords) && !text.AsSpan(end).ContainsAnyExcept(NotWords);

    /// <summary>The full stop at <paramref name="dot"/> ends a courtesy title or an initial, not a sentence.</summary>
    private bool AfterAbbreviation(int dot)
    {
        var s = dot;
        while (s > 0 && char.IsLetter(text[s - 1]))
        {
            s--;
        }
        var word = text.AsSpan(s, dot - s);
        return word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>A comma (<c>Will, can you…</c>) or a possessive (<c>Rice's office</c>) right after the word, past closing emphasis and tags.</summary>
    private bool VocativeOrPossessive(int end)
    {
        var i = end;
        while (i < text.Length)
        {
            var length = EscapeDecoder.Decode(text, i, kind, out var c);
            if (c is '*' or '_' or '~' or '`')
            {
                i += length;
            }
            else if (c == '<' && length == 1 && kind != TextKind.Plain && text.IndexOf('>', i) is var close and > 0)
            {
                i = close + 1;
            }
            else if (c is '\'' or '’' && i + length < text.Length)
            {
                EscapeDecoder.Decode(text, i + length, kind, out var next);
                return next is 's' or 'S';
            }
            else
            {
                return c == ',';
            }
        }
        return false;
    }

    /// <summary>The next word is one of the speaker's name words, written as a name (<c>Will Burns said</c>, not <c>Will burns heal</c>).</summary>
    private bool NameFollows(WordMatch m)
    {
        var next = m.End + 1;
        return m.Owner.NameWords?.Contains(WordAfter(m.End)) == true && next < normalised.Length
            && IdentifierVariants.CaseAt(text, normalised.Starts[next], kind) == LetterCase.Upper;
    }

    private string WordBefore(int start)
    {
        var end = start - 1;
        var s = end;
        while (s > 0 && normalised.Chars[s - 1] != ' ')
        {
            s--;
        }
        return s < end ? new string(normalised.Chars, s, end - s) : "";
    }

    private string WordAfter(int end)
    {
        var s = end + 1;
        var e = s;
        while (e < normalised.Length && normalised.Chars[e] != ' ')
        {
            e++;
        }
        return e > s ? new string(normalised.Chars, s, e - s) : "";
    }
}
