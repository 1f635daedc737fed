using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text.Flattened;

/// <summary>Reads a document's paragraphs in order, remembering the end of the last sentence across inlines and paragraphs.</summary>
/// <param name="periods">What an earlier reading showed of labels ending in a period; this reading adds to it.</param>
internal sealed class TurnScanner(PeriodSurvey periods)
{
    private string? _lastLabel;

    /// <summary>What this reading shows of labels ending in a period (<see cref="PeriodSurvey"/>).</summary>
    public PeriodSurvey Periods => periods;

    private char _last;
    private char _beforeLast;
    private bool _blank;
    private bool _abbreviation;
    private bool _started;
    private bool _upperWord;
    private bool _capitalWord;
    private bool _lowerWord;
    private bool _wordAfterEnd;

    /// <summary>Capitalised words since the last sentence ended, -1 once another word broke the run: a subject heading ("California Floods").</summary>
    private int _headingWords = -1;

    /// <summary>The capitalised words of the head: a title names who is in the room ("… With Prime Minister Tomiichi Murayama of Japan").</summary>
    private readonly HashSet<string> _headWords = new(StringComparer.Ordinal);

    private const int MaxHeadingWords = 4;

    /// <summary>How far past a "Q." after a heading its question mark is looked for.</summary>
    private const int MaxQuestionChars = 300;

    /// <summary>True until the first label: there a label may follow a time or a title, not only a sentence.</summary>
    public bool InHead { get; set; } = true;

    /// <summary>What the labels read so far show, so a weaker form ("A:" after "Q:", "Voice:") counts where the document has made it plain.</summary>
    public LabelEvidence Evidence { get; private set; }

    /// <summary>True when the first label stands inside a paragraph right after the head's time ("… 12:03 P.M. EDT MS. HAYDEN:"): the head was copied flat.</summary>
    public bool HeadRunsIntoTurn { get; private set; }

    private bool _afterTime;

    /// <summary>Takes in the evidence of a label that starts a turn, found inside a paragraph or opening one.</summary>
    public void Learn(string lead, LabelMatch match)
    {
        Evidence |= LabelEvidences.Of([lead], anyWord: false);
        periods.Started(match);
        _lastLabel = match.Label;
    }

    /// <summary>
    /// A label ending in a period that the document shows (<see cref="PeriodSurvey"/>), never the speaker's own again:
    /// the Public Papers print a label only where the speaker changes, so "… The President." inside his answer is his sentence.
    /// </summary>
    /// <param name="once">After a subject heading: a speaker the head names counts though the document shows the label only here.</param>
    public bool TryMatchPeriod(string lead, out LabelMatch match, bool once = false) =>
        PeriodLabels.TryMatch(lead, out match) && (periods.Accepts(match.Label) | (once && NamedInHead(match.Label))) && match.Label != _lastLabel &&
        // Where named speakers are printed MR. SMITH:, a mixed-case "President Yeltsin. He…" is speech, as the broken reading has it.
        (!Evidence.HasFlag(LabelEvidence.UpperCaseNames) || SpeakerLabels.LooksLikeLabel(match.Label));

    /// <summary>True when the label's last word, the speaker's name, stands among the head's words.</summary>
    private bool NamedInHead(string label)
    {
        var space = label.LastIndexOfAny([' ', '\u00a0']);
        return space > 0 && _headWords.Contains(label[(space + 1)..]);
    }

    /// <summary>Shared by the paragraphs nothing cuts, so a document of many short ones allocates nothing for them.</summary>
    public static readonly List<Cut> NoCuts = [];

    private readonly List<Cut> _scratch = [];

    /// <summary>Adds the paragraph's cuts and returns how many of them start a turn.</summary>
    public int Find(ValueList<Inline> inlines, ref List<Cut> found)
    {
        var cuts = _scratch;
        cuts.Clear();
        var items = inlines.AsImmutableArray();
        var labels = 0;
        // A paragraph's start is a break already: the text before it has ended.
        (_last, _blank, _started, _upperWord, _capitalWord) = ('.', true, false, false, false);
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is TextRun run)
            {
                labels += FindInRun(items, i, run.Text, cuts);
                continue;
            }
            if (_started && _blank && EndsSentence() && TryCut(items, i, 0, cuts, out var length) && length > 0)
            {
                labels++;
            }
            var plain = items[i] is LineBreak ? " " : InlineText.Plain([items[i]]);
            var trimmed = plain.TrimEnd(InlineEdits.Blanks);
            if (trimmed.Length > 0)
            {
                (_beforeLast, _last, _abbreviation, _started, _headingWords) = (trimmed.Length > 1 ? trimmed[^2] : _last, trimmed[^1], false, true, -1);
            }
            _blank = trimmed.Length < plain.Length || (trimmed.Length == 0 && _blank);
        }
        if (cuts.Count > 0)
        {
            found = [.. cuts];
        }
        return labels;
    }

    private int FindInRun(IReadOnlyList<Inline> items, int index, string text, List<Cut> cuts)
    {
        var labels = 0;
        var wordStart = 0;
        for (var p = 0; p < text.Length; p++)
        {
            var c = text[p];
            if (InlineText.IsBlank(c))
            {
                if (!_blank)
                {
                    _blank = true;
                    var word = text.AsSpan(wordStart, p - wordStart);
                    _abbreviation = _last == '.' && Abbreviations.Is(word);
                    _upperWord = word.ContainsAnyInRange('A', 'Z') && !word.ContainsAnyInRange('a', 'z');
                    _capitalWord = !word.IsEmpty && char.IsUpper(word[0]);
                    _lowerWord = !word.IsEmpty && !word.ContainsAnyExceptInRange('a', 'z');
                    NoteWord(word);
                }
                continue;
            }
            if (_blank && (IsTimeAt(text, p, out var time) || IsBracketedTimeAt(text, p, out time)))
            {
                // A time's words ("P.M. EST") start no label; in the head the time ends a line, in a sentence it ends nothing.
                p += time - 1;
                (_beforeLast, _last, _blank, _started, _abbreviation, _upperWord, _capitalWord, _lowerWord, _headingWords) = (' ', InHead ? '.' : ',', false, true, false, false, false, false, -1);
                (wordStart, _afterTime) = (p + 1, true);
                continue;
            }
            var (afterTime, inHead) = (_afterTime, InHead);
            _afterTime = false;
            if (_blank)
            {
                wordStart = p;
                _wordAfterEnd = EndsSentence();
                var heading = periods.Questions && !_wordAfterEnd && _headingWords is > 0 and <= MaxHeadingWords;
                var sentence = _wordAfterEnd || IsQuestionAt(text, p, heading);
                // In the head a label may follow a title or a place ("… Briefing Room MR. FLEISCHER:"), not more capitals it would run on from.
                if (_started && (((sentence || (InHead && !_upperWord) || IsSpacedQ(text, p)) && TryCut(items, index, p, cuts, out var length, sentence || IsSpacedQ(text, p))) ||
                    (!sentence && IsPeriodLabelAt(text, p, heading) && TryCutPeriod(items, index, p, cuts, heading, out length))) && length > 0)
                {
                    _headingWords = -1;
                    labels++;
                    HeadRunsIntoTurn |= afterTime && inHead;
                    // Words inside the label ("ADM. JOHN KIRBY:") start no other.
                    p += length - 1;
                    wordStart = p + 1;
                    (_beforeLast, _last, _blank) = (' ', ':', false);
                    continue;
                }
            }
            (_beforeLast, _last, _blank, _started) = (_last, c, false, true);
        }
        return labels;
    }

    /// <summary>
    /// Where the questions are labelled "Q.", one stands where no sentence ended: after a lower-case word or a number (a
    /// line lost from the copy: "… to meet on Q. Mr. President …", "December 7, 1988 Q. So, …"), where no name's initial
    /// stands, and after the Public Papers' subject heading when a question follows ("… yet. Vice President Q. What …?";
    /// "John Q. Public came." is a name).
    /// </summary>
    private bool IsQuestionAt(string text, int at, bool heading) =>
        periods.Questions && IsPeriodQ(text, at) && (heading ? Asks(text, at + 2) : !_capitalWord && !_abbreviation);

    /// <summary>True when the first sentence from <paramref name="at"/> ends in a question mark, a title's or an initial's period read through.</summary>
    private static bool Asks(string text, int at)
    {
        var limit = Math.Min(text.Length, at + MaxQuestionChars);
        var wordStart = at;
        for (var i = at; i < limit; i++)
        {
            if (InlineText.IsBlank(text[i]))
            {
                wordStart = i + 1;
            }
            else if (text[i] is '?')
            {
                return true;
            }
            else if (text[i] is '!' || (text[i] == '.' && (i + 1 == text.Length || InlineText.IsBlank(text[i + 1])) && !Abbreviations.Is(text.AsSpan(wordStart, i + 1 - wordStart))))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// A label ending in a period where no sentence ended: after a subject heading (<paramref name="heading"/>), or "The …"
    /// after a lower-case word, which prose prints "the President" (a line lost from the copy: "… intend to The Vice President. That's …").
    /// </summary>
    private bool IsPeriodLabelAt(string text, int at, bool heading) =>
        periods.Shown && (heading || (_lowerWord && text.AsSpan(at).StartsWith("The ", StringComparison.Ordinal)));

    /// <summary>Cuts before a label ending in a period the document shows; after a heading, also one the head names.</summary>
    private bool TryCutPeriod(IReadOnlyList<Inline> items, int index, int offset, List<Cut> cuts, bool heading, out int length)
    {
        length = 0;
        var lead = FlattenedText.Lead(items, index, offset);
        if (!TryMatchPeriod(lead, out var match, once: heading))
        {
            return false;
        }
        length = Take(lead, match, new Cut(index, offset, true), cuts);
        return true;
    }

    /// <summary>Starts a turn at <paramref name="cut"/>: the head ends there. Returns the label's length.</summary>
    private int Take(string lead, LabelMatch match, Cut cut, List<Cut> cuts)
    {
        Learn(lead, match);
        cuts.Add(cut);
        InHead = false;
        return match.Length;
    }

    /// <summary>Notes a word just read: whether it carries a subject heading on, and the head's capitalised words.</summary>
    private void NoteWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return;
        }
        var small = word is "and" or "of" or "the" or "in" or "on" or "for";
        var capital = char.IsUpper(word[0]) && char.IsLetter(word[^1]);
        _headingWords = capital && _wordAfterEnd ? 1 : (capital || small) && _headingWords > 0 ? _headingWords + 1 : -1;
        // Only a reading that knows the questions are "Q." asks who the head names.
        if (InHead && periods.Questions && char.IsUpper(word[0]))
        {
            _headWords.Add(word.TrimEnd(".,;:)").ToString());
        }
    }

    /// <summary>The stenographer's "Q" and a run of blanks before a capital ("Q    Can you…"): no sentence uses it, ended or not.</summary>
    private static bool IsSpacedQ(string text, int at) =>
        text[at] == 'Q' && at + 3 < text.Length && InlineText.IsBlank(text[at + 1]) && InlineText.IsBlank(text[at + 2]) &&
        text.AsSpan(at + 1).TrimStart(InlineEdits.Blanks) is { Length: > 0 } rest && char.IsUpper(rest[0]);

    private static bool IsPeriodQ(string text, int at) => text.AsSpan(at).StartsWith("Q.") && at + 2 < text.Length && InlineText.IsBlank(text[at + 2]);

    /// <summary>A time in parentheses, as older transcripts print the start above the first label: "(1:05 p.m. EDT)".</summary>
    private static bool IsBracketedTimeAt(string text, int at, out int length)
    {
        length = 0;
        if (text[at] != '(' || at + 1 >= text.Length || !IsTimeAt(text, at + 1, out var time) || text[at + time] != ')')
        {
            return false;
        }
        length = time + 1;
        return true;
    }

    private static bool IsTimeAt(string text, int at, out int length)
    {
        length = 0;
        var colon = text.AsSpan(at, Math.Min(3, text.Length - at)).IndexOf(':');
        if (colon is not (1 or 2) || !char.IsAsciiDigit(text[at]))
        {
            return false;
        }
        length = FlatTimes.Length(text.AsSpan(at, Math.Min(40, text.Length - at)));
        return length > 0;
    }

    /// <summary>The text so far ends a sentence: . ? ! a closing quote, bracket or parenthesis, or a dash.</summary>
    private bool EndsSentence() => _last switch
    {
        '.' => !_abbreviation,
        '?' or '!' or '"' or '\'' or ')' or ']' or '\u201d' or '\u2019' or '\u2026' or '\u2014' or '\u2013' => true,
        '-' => _beforeLast == '-',
        _ => false,
    };

    /// <summary>
    /// Cuts before a label, END, ### or a closing time at this word. <paramref name="length"/> is the label's length
    /// when a turn starts here, 0 for a tail cut; false when nothing is cut.
    /// </summary>
    private bool TryCut(IReadOnlyList<Inline> items, int index, int offset, List<Cut> cuts, out int length, bool sentence = true)
    {
        length = 0;
        var lead = FlattenedText.Lead(items, index, offset);
        if ((SpeakerLabels.TryMatch(lead, out var match, Evidence) && IsTurnLabel(match, lead, sentence, InHead, Evidence)) ||
            ((sentence || InHead) && TryMatchPeriod(lead, out match)))
        {
            length = Take(lead, match, new Cut(index, offset, true), cuts);
            return true;
        }
        if (InHead || !sentence)
        {
            return false;
        }
        var tail = Tail.Length(lead, items, index, offset);
        if (tail < 0)
        {
            return false;
        }
        cuts.Add(new Cut(index, offset, false));
        if (tail > 0 && items[index] is TextRun run && offset + tail < run.Text.Length)
        {
            cuts.Add(new Cut(index, offset + tail, false));
        }
        return true;
    }

    /// <summary>True for a label a person would start a turn at here: Q before a capitalised word, a label before no lower-case word.</summary>
    private static bool IsTurnLabel(LabelMatch match, string lead, bool sentence, bool inHead, LabelEvidence evidence)
    {
        var after = lead.AsSpan(match.Length);
        if (match.Label == "Q")
        {
            // "Q3 numbers" never matches; "Q What" and "QWhat" after a sentence do, "Q" at the paragraph's end does not;
            // in the head "Q." or "Q:" and a capital follow a title, a date or a subject heading ("… Baker, Jr. Q. Mr. President").
            var marked = inHead && match.Separator.Length > 0 && !after.IsEmpty && char.IsUpper(after[0]);
            return (sentence || marked) && !after.IsEmpty && (match.Separator.Length == 0 || char.IsUpper(after[0]) || after[0] is '(' or '[' or '\u2014' or '\u2026' || after.StartsWith("--"));
        }
        if (!after.IsEmpty && char.IsLower(after[0]))
        {
            return false;
        }
        // A label printed in mixed case ("Mr. Bacon:") reads as one only where a sentence has ended.
        return BodySegmenter.StartsTurn(lead, evidence) && (sentence || !match.Label.Any(char.IsLower));
    }

}
