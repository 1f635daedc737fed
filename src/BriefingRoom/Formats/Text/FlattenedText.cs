using System.Collections.Frozen;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text;

/// <summary>
/// Splits a transcript copied into one long line (or a few) where a person would: before a speaker label that
/// follows the end of a sentence, around the head's date, dateline and start time, and before END, ### or the end
/// time. A document is flattened when more labels stand inside its paragraphs than open them; any other is
/// returned as it came, so broken transcripts read exactly as without this pass. Linear in the document's length.
/// </summary>
internal static class FlattenedText
{
    /// <summary>Longer than this, a paragraph holding a label inside is flattened text, not one turn.</summary>
    private const int MinFlatLength = 1000;

    /// <summary>Characters read after a possible label, as the segmenter reads a paragraph's lead.</summary>
    private const int LeadLength = 120;

    /// <summary>The head facts stand right above the first label; words further back are the page's chrome.</summary>
    private const int MaxHeadWords = 150;

    private const int MaxTimeWords = 4;

    private const int MaxChromeWords = 8;

    // Words ending in a full stop that do not end a sentence: "Mr. Smith said", "Gen. Milley".
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
        ["MR.", "MRS.", "MS.", "DR.", "ST.", "GEN.", "SEN.", "REP.", "GOV.", "LT.", "COL.", "SGT.", "CAPT.", "ADM.", "MAJ.", "AMB.",
         "NO.", "VS.", "JR.", "SR.", "MESSRS.", "PROF.", "REV.", "HON.", "SEC.", "PRES.", "CMDR.", "CPL.", "PVT.", "FT.", "MT."],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IReadOnlyList<SourceParagraph> Split(IReadOnlyList<SourceParagraph> source)
    {
        var cuts = new List<Cut>[source.Count];
        var scan = new Scanner();
        var (inside, opening, firstTurn, firstOpens, flat) = (0, 0, -1, false, false);
        for (var i = 0; i < source.Count; i++)
        {
            var opens = Opens(source[i].Inlines.AsImmutableArray(), scan.InHead);
            opening += opens ? 1 : 0;
            firstOpens |= firstTurn < 0 && opens;
            scan.InHead &= !opens;
            cuts[i] = Scanner.NoCuts;
            var labels = scan.Find(source[i].Inlines, ref cuts[i]);
            inside += labels;
            flat |= labels > 0 && source[i].Text.Length > MinFlatLength;
            if (firstTurn < 0 && !scan.InHead)
            {
                firstTurn = i;
            }
        }
        // More labels inside paragraphs than opening them, or one inside a paragraph far longer than a turn: copied flat.
        if (!flat && (inside <= opening || inside < 2))
        {
            return source;
        }
        var result = new List<SourceParagraph>(source.Count + inside * 2);
        for (var i = 0; i < source.Count; i++)
        {
            if (firstTurn < 0 || i <= firstTurn)
            {
                // The head: the paragraphs above the first label, and the lead of the one holding it.
                var label = i < firstTurn ? new Cut(int.MaxValue, 0, false) : firstOpens ? new Cut(0, 0, true) : cuts[i].FirstOrDefault(c => c.Label);
                if (cuts[i] == Scanner.NoCuts)
                {
                    cuts[i] = [];
                }
                HeadCuts(source[i].Inlines, label, cuts[i]);
                cuts[i].Sort();
            }
            Apply(source[i], cuts[i], result);
        }
        return result;
    }

    /// <summary>True when the paragraph opens with a label; chrome such as "FOR IMMEDIATE RELEASE: June 2" matters only above the first.</summary>
    private static bool Opens(IReadOnlyList<Inline> items, bool inHead)
    {
        if (items.Count == 0)
        {
            return false;
        }
        var lead = items[0] is TextRun run ? run.Text.AsSpan(0, Math.Min(run.Text.Length, LeadLength)) : Lead(items, 0, 0);
        return SpeakerLabels.TryMatch(lead, out _) && (!inHead || BodySegmenter.StartsTurn(InlineText.Flatten(lead.ToString())));
    }

    /// <summary>Where a paragraph is cut: before character <see cref="Offset"/> of top-level inline <see cref="Inline"/>.</summary>
    private readonly record struct Cut(int Inline, int Offset, bool Label) : IComparable<Cut>
    {
        public int CompareTo(Cut other) => (Inline, Offset).CompareTo((other.Inline, other.Offset));
    }

    /// <summary>Reads a document's paragraphs in order, remembering the end of the last sentence across inlines and paragraphs.</summary>
    private sealed class Scanner
    {
        private char _last;
        private char _beforeLast;
        private bool _blank;
        private bool _abbreviation;
        private bool _started;
        private bool _upperWord;

        /// <summary>True until the first label: there a label may follow a time or a title, not only a sentence.</summary>
        public bool InHead { get; set; } = true;

        /// <summary>Adds the paragraph's cuts and returns how many of them start a turn.</summary>
        /// <summary>Shared by the paragraphs nothing cuts, so a document of many short ones allocates nothing for them.</summary>
        public static readonly List<Cut> NoCuts = [];

        private readonly List<Cut> _scratch = [];

        public int Find(ValueList<Inline> inlines, ref List<Cut> found)
        {
            var cuts = _scratch;
            cuts.Clear();
            var items = inlines.AsImmutableArray();
            var labels = 0;
            // A paragraph's start is a break already: the text before it has ended.
            (_last, _blank, _started, _upperWord) = ('.', true, false, false);
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
                    (_beforeLast, _last, _abbreviation, _started) = (trimmed.Length > 1 ? trimmed[^2] : _last, trimmed[^1], false, true);
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
                        _abbreviation = _last == '.' && Abbreviation(word);
                        _upperWord = word.ContainsAnyInRange('A', 'Z') && !word.ContainsAnyInRange('a', 'z');
                    }
                    continue;
                }
                if (_blank && IsTimeAt(text, p, out var time))
                {
                    // A time's words ("P.M. EST") start no label; in the head the time ends a line, in a sentence it ends nothing.
                    p += time - 1;
                    (_beforeLast, _last, _blank, _started, _abbreviation, _upperWord) = (' ', InHead ? '.' : ',', false, true, false, false);
                    wordStart = p + 1;
                    continue;
                }
                if (_blank)
                {
                    wordStart = p;
                    var sentence = EndsSentence();
                    // In the head a label may follow a title or a place ("… Briefing Room MR. FLEISCHER:"), not more capitals it would run on from.
                    if (_started && (sentence || (InHead && !_upperWord) || IsSpacedQ(text, p)) && TryCut(items, index, p, cuts, out var length, sentence || IsSpacedQ(text, p)) && length > 0)
                    {
                        labels++;
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

        /// <summary>The stenographer's "Q" and a run of blanks before a capital ("Q    Can you…"): no sentence uses it, ended or not.</summary>
        private static bool IsSpacedQ(string text, int at) =>
            text[at] == 'Q' && at + 3 < text.Length && InlineText.IsBlank(text[at + 1]) && InlineText.IsBlank(text[at + 2]) &&
            text.AsSpan(at + 1).TrimStart(InlineEdits.Blanks) is { Length: > 0 } rest && char.IsUpper(rest[0]);

        private static bool IsTimeAt(string text, int at, out int length)
        {
            length = 0;
            var colon = text.AsSpan(at, Math.Min(3, text.Length - at)).IndexOf(':');
            if (colon is not (1 or 2) || !char.IsAsciiDigit(text[at]))
            {
                return false;
            }
            length = TimeLength(text.AsSpan(at, Math.Min(40, text.Length - at)));
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
            var lead = Lead(items, index, offset);
            if (SpeakerLabels.TryMatch(lead, out var match) && IsTurnLabel(match, lead, sentence))
            {
                cuts.Add(new Cut(index, offset, true));
                InHead = false;
                length = match.Length;
                return true;
            }
            if (InHead || !sentence)
            {
                return false;
            }
            var tail = TailLength(lead, items, index, offset);
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
        private static bool IsTurnLabel(LabelMatch match, string lead, bool sentence)
        {
            var after = lead.AsSpan(match.Length);
            if (match.Label == "Q")
            {
                // "Q3 numbers" never matches; "Q What" and "QWhat" after a sentence do, "Q" at the paragraph's end does not.
                return sentence && !after.IsEmpty && (match.Separator.Length == 0 || char.IsUpper(after[0]) || after[0] is '(' or '[' or '\u2014' or '\u2026' || after.StartsWith("--"));
            }
            if (!after.IsEmpty && char.IsLower(after[0]))
            {
                return false;
            }
            // A label printed in mixed case ("Mr. Bacon:") reads as one only where a sentence has ended.
            return BodySegmenter.StartsTurn(lead) && (sentence || !match.Label.Any(char.IsLower));
        }

    }

    private static bool Abbreviation(ReadOnlySpan<char> word)
    {
        word = word.TrimStart("\"'(\u201c\u2018[");
        // An initial ("John F. Kennedy") or a title ("Mr.", "Gen.").
        return (word.Length == 2 && char.IsUpper(word[0])) || AbbreviationLookup.Contains(word);
    }

    /// <summary>
    /// The length of END (with its end time), ### or a closing time line starting <paramref name="lead"/>: -1 when it
    /// is none. A time counts only at the paragraph's end, where a transcript prints its end time.
    /// </summary>
    private static int TailLength(string lead, IReadOnlyList<Inline> items, int index, int offset)
    {
        if (lead.StartsWith("###", StringComparison.Ordinal) || lead.StartsWith("# # #", StringComparison.Ordinal))
        {
            return lead[1] == '#' ? 3 : 5;
        }
        var atEnd = index == items.Count - 1 && items[index] is TextRun run && run.Text.AsSpan(offset).TrimEnd(InlineEdits.Blanks).Length < LeadLength;
        if (lead.StartsWith("END", StringComparison.Ordinal) && (lead.Length == 3 || InlineText.IsBlank(lead[3])))
        {
            var rest = lead.AsSpan(3);
            var blanks = rest.Length - rest.TrimStart(InlineEdits.Blanks).Length;
            var time = TimeLength(rest[blanks..]);
            if (time > 0)
            {
                return 3 + blanks + time;
            }
            return rest.Trim(InlineEdits.Blanks).IsEmpty || rest.TrimStart(InlineEdits.Blanks).StartsWith("#") ? 3 : -1;
        }
        if (atEnd && char.IsAsciiDigit(lead[0]) && TimeLength(lead) == lead.TrimEnd(InlineEdits.Blanks).Length)
        {
            return 0;
        }
        return -1;
    }

    /// <summary>
    /// The length of the time mark ("12:30 P.M. EDT") <paramref name="text"/> starts with; 0 when none. Only a known
    /// zone or one in parentheses is taken after the meridiem: in flattened text "EST MS. PSAKI:" is a zone and a label.
    /// </summary>
    private static int TimeLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !char.IsAsciiDigit(text[0]))
        {
            return 0;
        }
        var (best, end, words) = (0, 0, 0);
        while (words < MaxTimeWords && end < text.Length)
        {
            var wordStart = end;
            while (end < text.Length && !InlineText.IsBlank(text[end]))
            {
                end++;
            }
            words++;
            var word = text[wordStart..end];
            if (best > 0 && !(Zones.Contains(word.ToString()) || (word.Length <= 12 && word[0] == '(' && word[^1] == ')')))
            {
                break;
            }
            if (TimeMarks.TryParse(text[..end], out _))
            {
                best = end;
            }
            while (end < text.Length && InlineText.IsBlank(text[end]))
            {
                end++;
            }
        }
        return best;
    }

    private static readonly FrozenSet<string> Zones = FrozenSet.ToFrozenSet(
        ["EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "HAST", "HADT", "GMT", "UTC", "BST", "CET", "CEST",
         "EET", "EEST", "MSK", "JST", "KST", "IST", "AST", "ADT", "ET", "CT", "PT", "Local", "LOCAL", "Time", "TIME", "E.S.T.", "E.D.T."],
        StringComparer.Ordinal);

    /// <summary>The text from character <paramref name="offset"/> of inline <paramref name="index"/>, read through emphasis, up to <see cref="LeadLength"/>.</summary>
    private static string Lead(IReadOnlyList<Inline> items, int index, int offset)
    {
        if (index >= items.Count)
        {
            return "";
        }
        if (items[index] is TextRun run && run.Text.Length - offset >= LeadLength)
        {
            return run.Text.Substring(offset, LeadLength);
        }
        var first = items[index] is TextRun t ? new TextRun(t.Text[offset..]) : items[index];
        var rest = new List<Inline> { first };
        for (var i = index + 1; i < items.Count && i <= index + 8; i++)
        {
            rest.Add(items[i]);
        }
        return InlineEdits.LeadText(rest, LeadLength);
    }

    /// <summary>
    /// Cuts the head's words apart where its lines were: before the start time that ends it, around a date, and
    /// before a dateline standing right above the time ("… Jen Psaki May 5, 2021 James S. Brady Press Briefing Room 12:30 P.M. EDT").
    /// </summary>
    private static void HeadCuts(ValueList<Inline> inlines, Cut label, List<Cut> cuts)
    {
        var items = inlines.AsImmutableArray();
        for (var i = 0; i < items.Length && i <= label.Inline; i++)
        {
            if (items[i] is not TextRun run)
            {
                continue;
            }
            var end = i == label.Inline ? label.Offset : run.Text.Length;
            var words = Words(run.Text, end);
            var found = new List<int>();
            HeadSentences(run.Text, words, found);
            var timeAt = HeadTime(run.Text, words);
            // A date right before the time stays on its line ("January 23, 1997 1:30 PM EDT"), as era heads print it.
            var lineAt = HeadDates(run.Text, words, timeAt, found);
            if (lineAt >= 0)
            {
                found.Add(words[lineAt].Start);
                var timeEnd = words[timeAt].Start + TimeLength(run.Text.AsSpan(words[timeAt].Start, end - words[timeAt].Start));
                var after = words.FindIndex(w => w.Start >= timeEnd);
                if (after >= 0)
                {
                    found.Add(words[after].Start);
                }
            }
            var lineStart = lineAt >= 0 ? words[lineAt].Start : end;
            var segment = found.Where(f => f < lineStart).DefaultIfEmpty(0).Max();
            // A dateline of two or three lines ("Aboard Air Force One" / "En route Charlotte, …") is cut at each line it holds.
            for (var line = 0; line < 3 && HeadDateline(run.Text, words, segment, lineStart, whole: line > 0) is { } dateline; line++)
            {
                found.Add(dateline);
                segment = dateline;
            }
            HeadChrome(run.Text, words, found);
            foreach (var at in found.Distinct())
            {
                if (at > 0 && at < end)
                {
                    cuts.Add(new Cut(i, at, false));
                }
            }
        }
    }

    /// <summary>Cuts after each sentence in the head ("… in the West Wing. Download mp4"): prose above a transcript is the preface, never the title.</summary>
    private static void HeadSentences(string text, List<Word> words, List<int> found)
    {
        for (var w = 0; w + 1 < words.Count; w++)
        {
            var (start, end) = (words[w].Start, words[w].End);
            // "p.m." and "U.S." end no sentence here; "Wing." does.
            if (end - start >= 3 && text[end - 1] is '.' or '?' or '!' && char.IsLower(text[end - 2]) && text.AsSpan(start, end - start - 1).IndexOf('.') < 0 &&
                !Abbreviation(text.AsSpan(start, end - start)) &&
                char.IsUpper(text[words[w + 1].Start]))
            {
                found.Add(words[w + 1].Start);
            }
        }
    }

    /// <summary>
    /// The word where the head's start time starts, or -1: the last time in it that no word of a sentence leads to
    /// ("at 10:30 A.M." is prose) and that ends the head or is followed by a capitalised word.
    /// </summary>
    private static int HeadTime(string text, List<Word> words)
    {
        for (var w = words.Count - 1; w >= 0; w--)
        {
            var start = words[w].Start;
            var length = char.IsAsciiDigit(text[start]) ? TimeLength(text.AsSpan(start, words[^1].End - start)) : 0;
            if (length == 0 || (w > 0 && IsLowerWord(text.AsSpan(words[w - 1].Start, words[w - 1].End - words[w - 1].Start)) && text[words[w - 1].End - 1] is not ('.' or '?' or '!')))
            {
                continue;
            }
            var next = words.FindIndex(w, x => x.Start >= start + length);
            if (next < 0 || char.IsUpper(text[words[next].Start]) || text[words[next].Start] is '(' or '[')
            {
                return w;
            }
        }
        return -1;
    }

    private static bool IsLowerWord(ReadOnlySpan<char> word) => word.ContainsAnyInRange('a', 'z') && !word.ContainsAnyInRange('A', 'Z');

    /// <summary>Cuts after the chrome phrases a segment of the head opens with ("The White House Office of the Press Secretary For Immediate Release …").</summary>
    private static void HeadChrome(string text, List<Word> words, List<int> found)
    {
        var starts = found.Append(words.Count > 0 ? words[0].Start : 0).Distinct().Order().ToList();
        foreach (var start in starts)
        {
            var w = words.FindIndex(x => x.Start == start);
            while (w >= 0 && w < words.Count)
            {
                var taken = 0;
                for (var k = Math.Min(MaxChromeWords, words.Count - w); k >= 1 && taken == 0; k--)
                {
                    taken = SiteChrome.IsPhrase(InlineText.Flatten(text[words[w].Start..words[w + k - 1].End])) ? k : 0;
                }
                if (taken == 0)
                {
                    break;
                }
                w += taken;
                if (w < words.Count)
                {
                    found.Add(words[w].Start);
                }
            }
        }
    }

    /// <summary>
    /// Cuts around each date of two to four words ending in a year. Returns where the start-time line begins: at
    /// the date right before the time when there is one, else at the time (-1 without a time).
    /// </summary>
    private static int HeadDates(string text, List<Word> words, int timeAt, List<int> found)
    {
        var lineAt = timeAt;
        for (var w = 1; w < words.Count && (timeAt < 0 || w < timeAt); w++)
        {
            var year = text.AsSpan(words[w].Start, words[w].End - words[w].Start).TrimEnd(",.");
            if (year.Length != 4 || year.ContainsAnyExceptInRange('0', '9'))
            {
                continue;
            }
            for (var size = 4; size >= 2; size--)
            {
                var first = w - size + 1;
                if (first < 0 || !HeadLines.TryDate(text[words[first].Start..(words[w].Start + year.Length)], out _))
                {
                    continue;
                }
                var timeEnd = timeAt < 0 ? 0 : words[timeAt].Start + TimeLength(text.AsSpan(words[timeAt].Start, words[^1].End - words[timeAt].Start));
                if (w + 1 == timeAt && HeadLines.TryDatedTime(InlineText.Flatten(text[words[first].Start..timeEnd]), out _, out _))
                {
                    lineAt = first;
                    break;
                }
                // "Department Press Briefing – May 6, 2025" is a title that carries its date.
                if (first == 0 || (text[words[first - 1].Start..words[first - 1].End] is not ("–" or "-" or "—" or "--") && text[words[first - 1].End - 1] != ','))
                {
                    found.Add(words[first].Start);
                }
                if (w + 1 < words.Count)
                {
                    found.Add(words[w + 1].Start);
                }
                break;
            }
        }
        return lineAt;
    }

    private readonly record struct Word(int Start, int End);

    /// <summary>The last <see cref="MaxHeadWords"/> words before <paramref name="end"/>.</summary>
    private static List<Word> Words(string text, int end)
    {
        var words = new List<Word>();
        var i = end;
        while (i > 0 && words.Count < MaxHeadWords)
        {
            while (i > 0 && InlineText.IsBlank(text[i - 1]))
            {
                i--;
            }
            var wordEnd = i;
            while (i > 0 && !InlineText.IsBlank(text[i - 1]))
            {
                i--;
            }
            if (wordEnd > i)
            {
                words.Add(new Word(i, wordEnd));
            }
        }
        words.Reverse();
        return words;
    }

    /// <summary>Where a dateline begins that runs to <paramref name="end"/> and does not carry on the words before it, or null.</summary>
    private static int? HeadDateline(string text, List<Word> words, int start, int end, bool whole)
    {
        var inside = words.FindAll(w => w.Start >= start && w.End <= end);
        if (inside.Count == 0 || (!whole && HeadLines.IsDateline(InlineText.Flatten(text[inside[0].Start..inside[^1].End]))))
        {
            return null;
        }
        for (var j = 1; j < inside.Count; j++)
        {
            var line = InlineText.Flatten(text[inside[j].Start..inside[^1].End]);
            if (line.Length > 80)
            {
                continue;
            }
            var before = text.AsSpan(inside[j - 1].Start, inside[j - 1].End - inside[j - 1].Start);
            // "James S. Brady …" and "Gen. Pat Ryder …" carry on past the initial or title.
            // Within a dateline, only a line of its own on both sides is cut off ("Aboard Air Force One" / "En route …", not "En route" / "Charlotte, …").
            var first = whole ? InlineText.Flatten(text[inside[0].Start..inside[j - 1].End]) : null;
            if (first is not null && (j < 3 || !HeadLines.IsDateline(first)))
            {
                continue;
            }
            if (HeadLines.IsDateline(line) && !MixesCase(line) && !Abbreviation(before) && !HeadLines.ContinuesTitle(InlineText.Flatten(text[inside[0].Start..inside[j - 1].End]), line))
            {
                return inside[j].Start;
            }
        }
        return null;
    }

    /// <summary>True for words in capitals beside words in lower case ("BY MIKE MCCURRY The Briefing Room"): a dateline's words are printed alike.</summary>
    private static bool MixesCase(string line)
    {
        var (upper, mixed) = (false, false);
        foreach (var word in line.Split(' '))
        {
            if (word.Contains('.', StringComparison.Ordinal) || word.Count(char.IsLetter) < 2)
            {
                continue;
            }
            upper |= !word.Any(char.IsLower);
            mixed |= word.Any(char.IsLower);
        }
        return upper && mixed;
    }

    /// <summary>Adds the paragraph's pieces between its cuts, blanks trimmed at their ends, empty pieces left out.</summary>
    private static void Apply(SourceParagraph paragraph, List<Cut> cuts, List<SourceParagraph> into)
    {
        if (cuts.Count == 0)
        {
            into.Add(paragraph);
            return;
        }
        var items = paragraph.Inlines.AsImmutableArray();
        var piece = new List<Inline>();
        var (next, column, consumed) = (0, paragraph.Column, 0);
        void Emit()
        {
            var content = InlineEdits.TrimEnd(InlineEdits.TrimStart(piece));
            if (content.Count > 0)
            {
                into.Add(new SourceParagraph(InlineText.Normalize(content), paragraph.Line, column));
            }
            piece = [];
            column = paragraph.Column + consumed;
        }
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is not TextRun run)
            {
                for (; next < cuts.Count && cuts[next].Inline == i; next++)
                {
                    Emit();
                }
                piece.Add(items[i]);
                continue;
            }
            var from = 0;
            for (; next < cuts.Count && cuts[next].Inline == i; next++)
            {
                var at = cuts[next].Offset;
                if (at > from)
                {
                    piece.Add(new TextRun(run.Text[from..at]));
                    consumed += at - from;
                    from = at;
                }
                Emit();
            }
            if (from < run.Text.Length)
            {
                piece.Add(from == 0 ? run : new TextRun(run.Text[from..]));
                consumed += run.Text.Length - from;
            }
        }
        Emit();
    }
}
