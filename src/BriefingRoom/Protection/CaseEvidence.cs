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

    // Elements inside a sentence; any other tag (p, li, h1, div, br, Akoma Ntoso's speech and from) starts a block.
    private static readonly FrozenSet<string> InlineTags = FrozenSet.ToFrozenSet(
        ["a", "abbr", "b", "cite", "code", "del", "em", "i", "ins", "mark", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "u", "inline", "ref", "term"],
        StringComparer.OrdinalIgnoreCase);

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
            return InAddress(start, end) || TitleBefore(m.Start) || !ShowsCase();
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

    /// <summary>
    /// The match is part of an address, handle or slug (<c>/rice</c>, <c>remarks-by-rice</c>, <c>rice@</c>), read through
    /// escapes and entities, or runs into a percent-escape (<c>by%20rice</c>).
    /// </summary>
    private bool InAddress(int start, int end)
    {
        if (start >= 3 && text[start - 3] == '%' || end < text.Length && text[end] == '%')
        {
            return true;
        }
        if (start > 0)
        {
            var at = CharBefore(start - 1, out var before);
            if (Joiner(before) && (before is '/' or '@' || at > 0 && CharBefore(at - 1, out var beyond) >= 0 && IsWord(beyond)))
            {
                return true;
            }
        }
        if (end < text.Length)
        {
            var length = EscapeDecoder.Decode(text, end, kind, out var after);
            var next = end + length;
            if (Joiner(after) && (after is '/' or '@' || next < text.Length && EscapeDecoder.Decode(text, next, kind, out var beyond) > 0 && IsWord(beyond)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Joiner(int c) => c < 0x10000 && AddressJoiners.Contains((char)c, StringComparison.Ordinal);

    private static bool IsWord(int c) => System.Text.Rune.IsValid(c) && System.Text.Rune.IsLetterOrDigit(new System.Text.Rune(c));

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
                // A paragraph's, a heading's or any other block's tag starts its text as a blank line does.
                if (!InlineTag(open))
                {
                    return true;
                }
                at = open;
            }
            else if (!(c < 0x10000 && char.IsWhiteSpace((char)c) || c < 0x10000 && Openers.Contains((char)c, StringComparison.Ordinal)))
            {
                return c switch
                {
                    '.' => !AfterAbbreviation(at) || QuestionLabel(at - 1),
                    '?' or '!' or '…' or ':' => true,
                    _ => QuestionLabel(at),
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

    /// <summary>Whether the tag at <paramref name="open"/> (its <c>&lt;</c>) is of an element that runs inside a sentence (emphasis, a link, a correction).</summary>
    private bool InlineTag(int open)
    {
        var from = open + 1 < text.Length && text[open + 1] == '/' ? open + 2 : open + 1;
        var to = from;
        while (to < text.Length && char.IsAsciiLetterOrDigit(text[to]))
        {
            to++;
        }
        return InlineTags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(from, to - from));
    }

    /// <summary>The character at <paramref name="i"/> is a lone <c>Q</c>: the reporter's label (<c>Q    Does it…</c>, <c>Q. Will…</c>) before a turn's words.</summary>
    private bool QuestionLabel(int i) =>
        i >= 0 && text[i] == 'Q' && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));

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
            && IdentifierVariants.CaseAt(text, normalised.Starts[next], kind) == LetterCase.Upper
            // Only blanks apart, in one paragraph: a name across punctuation or a blank line is another sentence's.
            && Beside(normalised.Ends[m.End - 1], normalised.Starts[next], " \t\u00a0\r\n");
    }

    /// <summary>A courtesy title right before the word, with only a full stop and blanks between (<c>mr. rice</c>).</summary>
    private bool TitleBefore(int start)
    {
        var end = start - 1;
        var s = end;
        while (s > 0 && normalised.Chars[s - 1] != ' ')
        {
            s--;
        }
        return s < end && CourtesyTitles.Contains(new string(normalised.Chars, s, end - s))
            && Beside(normalised.Ends[end - 1], normalised.Starts[start], ". \t\u00a0\r\n");
    }

    /// <summary>Only <paramref name="allowed"/> characters between <paramref name="from"/> and <paramref name="to"/>, and no blank line.</summary>
    private bool Beside(int from, int to, string allowed)
    {
        var gap = text.AsSpan(from, Math.Max(0, to - from));
        return !gap.ContainsAnyExcept(allowed) && gap.Count('\n') <= 1;
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
