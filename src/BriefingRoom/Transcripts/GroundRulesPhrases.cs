using System.Text.RegularExpressions;

namespace BriefingRoom.Transcripts;

/// <summary>
/// Text as spoken (<see cref="Original"/>) beside a copy of the same length folded for matching (<see cref="Folded"/>):
/// lower case, straight quotes, hyphens as spaces, so a match's position points into the original wording.
/// </summary>
internal sealed record FoldedText(string Original, string Folded);

/// <summary>The phrases in which moderators state ground rules, and how to read each one's value.</summary>
internal static partial class GroundRulesPhrases
{
    private const int MaxLabelChars = 100;
    private const int MaxLabelWords = 10;
    private const int MaxEmbargoChars = 100;

    // Words that may follow "a.m."/"p.m." inside an embargo time, so that period does not end the sentence.
    private static readonly HashSet<string> TimeFollowers = new(StringComparer.Ordinal)
    {
        "eastern", "et", "est", "edt", "pacific", "pt", "pst", "pdt", "central", "ct", "cst", "cdt", "mountain",
        "mt", "mst", "mdt", "gmt", "utc", "washington", "local", "tomorrow", "today", "tonight", "on", "this",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    private static readonly string[] LabelStops = [" and ", " with ", " who ", " but ", " so ", " until ", " on "];

    private static readonly string[] Articles = ["a ", "an ", "the "];

    public static FoldedText Fold(string text)
    {
        var folded = string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    '\u2018' or '\u2019' or '\u02bc' => '\'',
                    '\u201c' or '\u201d' or '\u00ab' or '\u00bb' => '"',
                    '-' or '\u2010' or '\u2011' => ' ',
                    var c => char.ToLowerInvariant(c),
                };
            }
        });
        return new FoldedText(text, folded);
    }

    /// <summary>The earliest level stated and not negated: plain statements, or with <paramref name="weak"/> only "background call" and the like.</summary>
    public static AttributionLevel? Level(FoldedText text, bool weak)
    {
        foreach (Match m in (weak ? WeakLevel() : StrongLevel()).Matches(text.Folded))
        {
            if (m.Groups["not"].Success || (m.Groups["off"].Success && IsAside(text.Folded, m.Index + m.Length)))
            {
                continue;
            }
            return m.Groups["deep"].Success ? AttributionLevel.DeepBackground
                : m.Groups["off"].Success ? AttributionLevel.OffRecord
                : m.Groups["on"].Success ? AttributionLevel.OnRecord
                : AttributionLevel.Background;
        }
        return null;
    }

    /// <summary>"Just again, off the record: …", "I'd say, off the record, …": words said aside, not the call's rule.</summary>
    private static bool IsAside(string folded, int end)
    {
        while (end < folded.Length && folded[end] == ' ')
        {
            end++;
        }
        return end < folded.Length && folded[end] is ',' or ':';
    }

    [GeneratedRegex(@"(?<not>\bnot )?\b(?:(?<deep>(?:on )?deep background)|(?<off>off (?:the )?record)|(?<bg>on background|on a background basis|on a not for attribution basis)|(?<on>on (?:the )?record))\b", RegexOptions.CultureInvariant)]
    private static partial Regex StrongLevel();

    [GeneratedRegex(@"(?<not>\bnot )?\b(?:(?<deep>deep background)|(?<bg>background)) (?:press )?(?:call|briefing|conference call)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WeakLevel();

    /// <summary>The label after "attributed to" / "attributable to": quoted or running to the end of its clause, article and punctuation stripped.</summary>
    public static string? AttributedTo(FoldedText text)
    {
        foreach (Match m in AttributionIntro().Matches(text.Folded))
        {
            var label = LabelAt(text, m.Index + m.Length);
            if (label is not null)
            {
                return label;
            }
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:attributed|attributable|attribute(?: this| that| it| these| them| remarks| comments| everything)?) to (?:(?:a|an|the) )?", RegexOptions.CultureInvariant)]
    private static partial Regex AttributionIntro();

    private static string? LabelAt(FoldedText text, int start)
    {
        var s = text.Original;
        var f = text.Folded;
        if (start >= s.Length)
        {
            return null;
        }
        int end;
        if (f[start] is '"' or '\'')
        {
            end = ClosingQuote(f, start + 1, f[start]);
            if (end < 0)
            {
                return null;
            }
            start++;
        }
        else
        {
            end = ClauseEnd(text, start, MaxLabelChars, LabelStops);
        }
        var label = Tidy(s[start..end]);
        foreach (var article in Articles)
        {
            if (label.StartsWith(article, StringComparison.OrdinalIgnoreCase))
            {
                label = label[article.Length..];
            }
        }
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is 0 or > MaxLabelWords ? null : label;
    }

    /// <summary>The matching closing quote on the same line; an apostrophe inside a single-quoted label (official's) is no closing quote.</summary>
    private static int ClosingQuote(string folded, int from, char quote)
    {
        var limit = Math.Min(folded.Length, from + MaxLabelChars);
        for (var i = from; i < limit && folded[i] != '\n'; i++)
        {
            if (folded[i] == quote && (quote == '"' || i + 1 == folded.Length || !char.IsLetter(folded[i + 1])))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The embargo in the words used ("until its conclusion"), "none" when the call is said to have none.</summary>
    public static string? Embargo(FoldedText text)
    {
        var none = NoEmbargo().Match(text.Folded);
        var stated = EmbargoUntil().Match(text.Folded);
        var lift = EmbargoLift().Match(text.Folded);
        var first = new[] { none, stated, lift }.Where(m => m.Success).MinBy(m => m.Index);
        if (first is null)
        {
            return null;
        }
        if (first == none)
        {
            return "none";
        }
        var prep = first.Groups["prep"];
        var end = ClauseEnd(text, prep.Index, MaxEmbargoChars, [" and ", " with "]);
        var words = Tidy(text.Original[prep.Index..end]);
        if (first == stated)
        {
            return words;
        }
        // "the embargo lifts at the end of the call" states the same embargo as "until the end of the call".
        var rest = words[prep.Length..].TrimStart();
        return prep.Value == "after" ? "until after " + rest : "until " + rest;
    }

    [GeneratedRegex(@"\b(?:no embargo|not (?:be )?(?:under )?embargoed|not under (?:an |any )?embargo|without (?:an |any )?embargo)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NoEmbargo();

    // "embargoed for 5:00 a.m. tomorrow" names the lift time with "for", as "until" would.
    [GeneratedRegex(@"\bembargo(?:ed)?\b[^.;\n]{0,40}?\b(?<prep>until|till|upon|through|for(?= \d{1,2}(?::\d\d)? ?[ap]\.? ?m\b))\b", RegexOptions.CultureInvariant)]
    private static partial Regex EmbargoUntil();

    [GeneratedRegex(@"\bembargo (?:will )?(?:lift|lifts|be lifted|will be lifted) (?<prep>at|when|after|upon|once)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EmbargoLift();

    /// <summary>Whether the speaker's identity was shared for the reporters' information only, not for attribution.</summary>
    public static bool Disclosed(FoldedText text)
    {
        if (StrongDisclosure().IsMatch(text.Folded))
        {
            return true;
        }
        foreach (Match m in WeakDisclosure().Matches(text.Folded))
        {
            var (from, to) = SentenceAround(text.Folded, m.Index);
            if (SpeakerMention().IsMatch(text.Folded.AsSpan(from, to - from)))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"\bfor (?:your|everyone's|everybody's|all of your|the group's) (?:situational )?(?:information|awareness|knowledge) only\b|\bnot for attribution,? but (?:just )?for (?:your |everyone's |everybody's |all of your )?(?:situational )?(?:information|awareness|knowledge)\b|\bfor your situational awareness\b", RegexOptions.CultureInvariant)]
    private static partial Regex StrongDisclosure();

    [GeneratedRegex(@"\bfor (?:your |everyone's |everybody's |the group's )?(?:information|awareness|knowledge|reference)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WeakDisclosure();

    [GeneratedRegex(@"\b(?:speakers?|briefers?|joining us|with us|on the line|officials? (?:is|are)|name|identity)\b|\b(?:is|are) \[", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerMention();

    /// <summary>
    /// Where a clause starting at <paramref name="start"/> ends: at a line end, a comma, semicolon, colon, dash or
    /// parenthesis, one of <paramref name="stops"/>, or a sentence end ("a.m. Eastern" and "U.S. official" do not end one).
    /// </summary>
    private static int ClauseEnd(FoldedText text, int start, int maxChars, string[] stops)
    {
        var folded = text.Folded;
        var limit = Math.Min(folded.Length, start + maxChars);
        for (var i = start; i < limit; i++)
        {
            var c = folded[i];
            if (c is '\n' or ',' or ';' or '(' or ')' or '\u2014' or '\u2013' or '"' or '?' or '!')
            {
                return i;
            }
            if ((c == ':' && !NextIsDigit(folded, i)) || (c == '.' && EndsSentence(text, i)))
            {
                return i;
            }
            if (c == ' ' && i > start && stops.Any(stop => folded.AsSpan(i).StartsWith(stop, StringComparison.Ordinal)))
            {
                return i;
            }
        }
        return limit;
    }

    private static bool NextIsDigit(string s, int i) => i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]);

    private static bool EndsSentence(FoldedText text, int dot)
    {
        var folded = text.Folded;
        if (dot + 2 >= folded.Length || folded[dot + 1] == '\n')
        {
            return true;
        }
        if (folded[dot + 1] != ' ')
        {
            return false;
        }
        var wordStart = dot + 2;
        while (wordStart < folded.Length && folded[wordStart] == ' ')
        {
            wordStart++;
        }
        if (wordStart < folded.Length && char.IsLower(text.Original[wordStart]))
        {
            return false;
        }
        var isAbbreviation = dot >= 2 && folded[dot - 2] == '.';
        var wordEnd = folded.IndexOfAny([' ', '.', ',', '\n'], wordStart);
        var nextWord = folded[wordStart..(wordEnd < 0 ? folded.Length : wordEnd)];
        return !(isAbbreviation && TimeFollowers.Contains(nextWord));
    }

    private static (int From, int To) SentenceAround(string folded, int index)
    {
        var from = folded.LastIndexOfAny(['.', '?', '!', '\n'], Math.Max(0, index - 1)) + 1;
        var to = folded.IndexOfAny(['.', '?', '!', '\n'], index);
        return (from, to < 0 ? folded.Length : to);
    }

    /// <summary>Trims blanks, quotes and trailing punctuation: <c>“senior administration official,”</c> gives the bare label.</summary>
    private static string Tidy(string value) =>
        value.Trim().TrimEnd(',', '.', ';', ':', '"', '\'', '\u201d', '\u2019').Trim();
}
