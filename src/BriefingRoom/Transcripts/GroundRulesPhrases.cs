using System.Text.RegularExpressions;

namespace BriefingRoom.Transcripts;

/// <summary>
/// Text as spoken (<see cref="Original"/>) beside a copy of the same length folded for matching (<see cref="Folded"/>):
/// lower case, straight quotes, hyphens as spaces, so a match's position points into the original wording.
/// </summary>
internal sealed record FoldedText(string Original, string Folded);

/// <summary>A level stated at <see cref="Index"/> of the folded text, <see cref="Questions"/> when its clause is about the questions.</summary>
internal sealed record LevelMention(AttributionLevel Level, int Index, bool Questions);

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

    private static readonly string[] LabelStops = [" and ", " or ", " with ", " who ", " but ", " so ", " until ", " on ", " in your ", " in their ", " in any ", " in stories", " in reports", " for "];

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
    public static AttributionLevel? Level(FoldedText text, bool weak) => Levels(text, weak).Select(m => (AttributionLevel?)m.Level).FirstOrDefault();

    /// <summary>
    /// Every level stated, in order, leaving out the negated, the aside ("off the record: …") and the one said of
    /// another occasion ("I said that off the record last week"); each marked when its clause is about the questions.
    /// </summary>
    public static List<LevelMention> Levels(FoldedText text, bool weak)
    {
        var found = new List<LevelMention>();
        foreach (Match m in (weak ? WeakLevel() : StrongLevel()).Matches(text.Folded))
        {
            if (m.Groups["not"].Success || (m.Groups["off"].Success && IsAside(text.Folded, m.Index + m.Length)))
            {
                continue;
            }
            var (from, to) = Around(text.Folded, m.Index, m.Index + m.Length, ClauseMarks);
            var clause = text.Folded.AsSpan(from, to - from);
            if (OtherOccasion().IsMatch(clause))
            {
                continue;
            }
            var level = m.Groups["deep"].Success ? AttributionLevel.DeepBackground
                : m.Groups["off"].Success ? AttributionLevel.OffRecord
                : m.Groups["on"].Success ? AttributionLevel.OnRecord
                : AttributionLevel.Background;
            // About the questions when its clause names them, or its sentence does and its clause names no remarks.
            var (sentenceFrom, sentenceTo) = SentenceAround(text.Folded, m.Index);
            var questions = Questions().IsMatch(clause)
                || (Questions().IsMatch(text.Folded.AsSpan(sentenceFrom, sentenceTo - sentenceFrom)) && !Remarks().IsMatch(clause));
            found.Add(new LevelMention(level, m.Index, questions));
        }
        return found;
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

    // A rule said of another occasion: "last week", "yesterday's session", "unlike …", "I said that off the record".
    [GeneratedRegex(@"\b(?:last (?:week|night|time|month|year|call|briefing|session)|yesterday|the other day|earlier this (?:week|month|year)|previous|previously|unlike|as opposed to|(?:said|told you|shared|mentioned) (?:that|this|it|those|them)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex OtherOccasion();

    [GeneratedRegex(@"\b(?:q ?& ?a|q and a|qa|questions?|question and answer|question answer)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Questions();

    [GeneratedRegex(@"\b(?:remarks|top|topper|opening|statement|presentation)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Remarks();

    [GeneratedRegex(@"(?<not>\bnot )?\b(?:(?<deep>(?:on )?deep background)|(?<off>off (?:the )?record)|(?<bg>on background|on a background basis|on a not for attribution basis|(?<=\b(?:is|are|be|remains?) )not for attribution|not for attribution (?:briefing|call|session|basis)|background(?= (?:q ?& ?a|q and a|qa|question)))|(?<on>on (?:the )?record))\b", RegexOptions.CultureInvariant)]
    private static partial Regex StrongLevel();

    [GeneratedRegex(@"(?<not>\bnot )?\b(?:(?<deep>deep background)|(?<bg>background)) (?:press )?(?:call|briefing|conference call)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WeakLevel();

    /// <summary>
    /// The labels after "attributed to", "attributable to", "for attribution to", "on background to", "refer to them as", "listed as" and the like: quoted or
    /// running to the end of their clause, articles and punctuation stripped; several when joined by "and" or commas.
    /// </summary>
    public static ValueList<string> AttributedTo(FoldedText text)
    {
        foreach (Match m in AttributionIntro().Matches(text.Folded))
        {
            var first = LabelAt(text, m.Index + m.Length);
            if (first is not { } label)
            {
                continue;
            }
            var labels = new List<string> { label.Label };
            var at = label.End;
            while (labels.Count < MaxLabels && NextLabel().Match(text.Folded, at) is { Success: true } next && next.Index == at
                && LabelAt(text, next.Index + next.Length) is { } more
                && (more.Quoted || (IsTitle(labels[^1]) && IsTitle(more.Label))))
            {
                labels.Add(more.Label);
                at = more.End;
            }
            return new(labels.DistinctBy(l => l.ToLowerInvariant()));
        }
        return [];
    }

    private const int MaxLabels = 8;

    private static bool IsTitle(string label) => TitleNoun().IsMatch(label);

    [GeneratedRegex(@"\b(?:officials?|officers?|spokesperson|spokesman|spokeswoman|aides?|sources?|diplomats?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TitleNoun();

    // After a label: "and", "or", a comma or a closing quote's comma, then the next label's article.
    [GeneratedRegex(@"\G[,.]?(?:,? (?:and|or|as well as) |, )(?:(?:a|an|the) )?", RegexOptions.CultureInvariant)]
    private static partial Regex NextLabel();

    [GeneratedRegex(@"\b(?:(?:attributed|attributable|attribute(?: this| that| it| these| them| everything| (?:(?:today's|the|our|my|his|her|their|these|those) )?(?:remarks|comments|information|briefing|call))?) (?:to|as|at)|refer(?:red)? to (?:them|him|her|it|us|me|the (?:speakers?|officials?|briefers?)|our (?:speakers?|briefers?)|this official|today's (?:speakers?|briefers?)) as|(?:listed|identified|described|quoted|cited|sourced) as|on background as|on background to(?= [""']| an? )|(?<!\bno )attribution to) (?:(?:a|an|the) )?", RegexOptions.CultureInvariant)]
    private static partial Regex AttributionIntro();

    private static (string Label, int End, bool Quoted)? LabelAt(FoldedText text, int start)
    {
        var s = text.Original;
        var f = text.Folded;
        if (start >= s.Length)
        {
            return null;
        }
        int end;
        var quoted = f[start] is '"' or '\'';
        if (quoted)
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
        return words is 0 or > MaxLabelWords ? null : (label, quoted ? end + 1 : end, quoted);
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

    private static (int From, int To) SentenceAround(string folded, int index) => Around(folded, index, index, SentenceMarks);

    private static readonly char[] SentenceMarks = ['.', '?', '!', '\n'];

    private static readonly char[] ClauseMarks = ['.', '?', '!', '\n', ',', ';', ':', '\u2014', '\u2013'];

    /// <summary>The span around <paramref name="start"/>..<paramref name="end"/> bounded by the nearest <paramref name="marks"/> either side.</summary>
    private static (int From, int To) Around(string folded, int start, int end, char[] marks)
    {
        var from = start == 0 ? 0 : folded.LastIndexOfAny(marks, start - 1) + 1;
        var to = folded.IndexOfAny(marks, end);
        return (from, to < 0 ? folded.Length : to);
    }

    /// <summary>Trims blanks, quotes and trailing punctuation: <c>“senior administration official,”</c> gives the bare label.</summary>
    private static string Tidy(string value) =>
        value.Trim().TrimEnd(',', '.', ';', ':', '"', '\'', '\u201d', '\u2019').Trim();

    /// <summary>
    /// What a title says of the rules: "Background Briefing by Senior Administration Officials on …" is on background,
    /// attributed to the officials it names; a title naming a person gives the level alone; a rule anywhere in the title
    /// that qualifies the event ("Holds an Off-Camera, On-the-Record Press Briefing") is its level.
    /// </summary>
    public static (AttributionLevel? Level, string? Label) FromTitle(string? title)
    {
        if (title is null || title.Length > MaxTitleChars)
        {
            return (null, null);
        }
        var m = TitleRules().Match(Fold(title).Folded);
        if (!m.Success)
        {
            return (null, null);
        }
        var level = m.Groups["deep"].Success ? AttributionLevel.DeepBackground
            : m.Groups["on"].Success ? AttributionLevel.OnRecord
            : m.Groups["off"].Success ? AttributionLevel.OffRecord
            : AttributionLevel.Background;
        var by = m.Groups["by"];
        var label = by.Success && TitleNoun().IsMatch(by.Value.TrimEnd()) ? title.Substring(by.Index, by.Length).Trim().ToLowerInvariant() : null;
        return (level, label);
    }

    private const int MaxTitleChars = 400;

    [GeneratedRegex(@"(?:^\W*|\b)(?:(?<deep>(?:on )?deep background)|(?<on>on the record)|(?<off>off the record)|on background|background|backgrounder|not for attribution)(?: press| media| conference| telephone)? (?:briefing|call|teleconference|gaggle|interview|session)\b(?: by (?:(?:a|an|the|two|three|four|several) )?(?<by>.+?)(?= on | to | previewing| regarding| about| aboard| en route| at | in | following| ahead|,|:|$))?", RegexOptions.CultureInvariant)]
    private static partial Regex TitleRules();
}
