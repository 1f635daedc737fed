using System.Text;
using BriefingRoom.Formats.Text.Flattened;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text;

/// <summary>
/// Splits a reader's source paragraphs into the head (chrome, title, dateline, start time), the preface (any other
/// text before the first label), the turns and the tail (END, ###, end time). The plain-text and HTML readers share it, so both understand a page alike.
/// </summary>
public static class BodySegmenter
{
    private const int MaxLabelLead = 120;
    private const int MaxDatelineLines = 3;

    /// <param name="source">The paragraphs in source order.</param>
    /// <param name="knownTitle">The title when the source states it apart (an HTML heading); a body paragraph repeating it is dropped.</param>
    public static SegmentedBody Segment(IReadOnlyList<SourceParagraph> source, string? knownTitle = null)
    {
        var paragraphs = SplitHeadLines(FlattenedText.Split(source));
        var texts = paragraphs.Select(p => InlineText.Flatten(p.Text)).ToArray();
        // Weaker label forms (Voice:, A:) count only where the document's other labels show it is a transcript.
        var evidence = LabelEvidences.Of(texts, anyWord: false, apart: t => HeadLines.IsChrome(t, out _));
        var firstTurn = Array.FindIndex(texts, t => StartsTurn(t, evidence));
        var headEnd = firstTurn < 0 ? texts.Length : firstTurn;
        // The start is the time nearest the first label: a mailing's send time or a presenter line may print one above it.
        var startAt = firstTurn > 0 ? Array.FindLastIndex(texts, headEnd - 1, headEnd, IsStartLine) : Array.FindIndex(texts, 0, headEnd, IsStartLine);
        var bodyStart = firstTurn >= 0 ? firstTurn : startAt + 1;
        var (cut, end) = FindTail(texts, paragraphs, bodyStart);
        var titleKey = knownTitle is null ? null : InlineText.Flatten(knownTitle);
        var topics = new SiteChrome.TopicIndex();
        // A presenter line that carries the start time stands above the title; the head then runs to the first label.
        var headLimit = startAt < 0 || SiteChrome.IsPresenterLine(texts[startAt]) ? headEnd : startAt;
        var head = ReadHead(texts, paragraphs, Math.Min(headLimit, cut), startAt, titleKey, topics);

        DateOnly? startDate = null;
        var start = startAt < 0 ? null : TimeOf(Raw(paragraphs[startAt]));
        if (startAt >= 0 && start is null && HeadLines.TryDatedTime(Raw(paragraphs[startAt]), out var dated, out var mark))
        {
            (start, startDate) = (mark, dated);
        }
        // Text before the first label is the preface, never a turn; chrome between the start time and the label is dropped.
        var preface = new List<Paragraph>();
        foreach (var index in head.Unplaced)
        {
            AddContent(preface, paragraphs[index].Inlines);
        }
        var turns = new TurnBuilder(evidence);
        // An index above the start time ends there; one may also stand between the time and the first label.
        topics = new SiteChrome.TopicIndex();
        for (var i = Math.Max(startAt + 1, 0); i < cut; i++)
        {
            if (i < headEnd && head.Placed(i))
            {
                continue;
            }
            if (firstTurn >= 0 && i >= firstTurn)
            {
                turns.Add(paragraphs[i].Inlines, texts[i]);
            }
            else if (!topics.Takes(texts[i]) && !HeadLines.IsChrome(texts[i], out _))
            {
                AddContent(preface, paragraphs[i].Inlines);
            }
        }
        return new SegmentedBody(head.Title ?? knownTitle, head.Date ?? startDate, head.Dateline, start, end, turns.Build(), head.Url, [.. preface]);
    }

    /// <summary>Where the body stops: at END or ### (an end time after it is taken), or before a closing time line.</summary>
    private static (int Cut, TimeMark? End) FindTail(string[] texts, List<SourceParagraph> paragraphs, int bodyStart)
    {
        var cut = texts.Length;
        TimeMark? end = null;
        for (var i = bodyStart; i < texts.Length; i++)
        {
            if (IsTrailer(texts[i]))
            {
                cut = i;
                var raw = Raw(paragraphs[i]);
                end = raw.StartsWith("END", StringComparison.Ordinal) ? TimeOf(raw[3..]) : null;
                break;
            }
        }
        for (var i = cut + 1; i < texts.Length && end is null; i++)
        {
            end = TimeOf(Raw(paragraphs[i]));
        }
        var last = cut - 1;
        while (last >= bodyStart && texts[last].Length == 0)
        {
            last--;
        }
        if (last >= bodyStart && TimeMarks.TryParse(texts[last], out _))
        {
            end ??= TimeOf(Raw(paragraphs[last]));
            cut = last;
        }
        return (cut, end);
    }

    /// <summary>The paragraph as printed, no-break spaces kept, for the facts the model stores as written: title, dateline, times.</summary>
    private static string Raw(SourceParagraph paragraph) => InlineEdits.Printed(paragraph.Inlines).Trim(InlineEdits.Blanks);

    /// <summary>
    /// Splits paragraphs above the first label at their hard line breaks when a line is chrome, a dateline or a
    /// time: pages print "For Immediate Release&lt;br&gt;June 2, 2004" or "Via Teleconference&lt;br&gt;1:11 P.M. EST".
    /// </summary>
    private static List<SourceParagraph> SplitHeadLines(IReadOnlyList<SourceParagraph> source)
    {
        var result = new List<SourceParagraph>(source.Count);
        var inHead = true;
        foreach (var paragraph in source)
        {
            inHead = inHead && !StartsTurn(InlineText.Flatten(paragraph.Text));
            if (!inHead || !paragraph.Inlines.Any(i => i is LineBreak))
            {
                result.Add(paragraph);
                continue;
            }
            var lines = SplitAtBreaks(paragraph);
            if (lines.Any(l => IsHeadLine(InlineText.Flatten(l.Text))))
            {
                result.AddRange(JoinTitleLines(lines));
            }
            else
            {
                result.Add(paragraph);
            }
        }
        return result;
    }

    /// <summary>Lines that are no head line stay together, joined by a space: a title broken over lines ("PRESS BRIEFING BY" / "MIKE MCCURRY").</summary>
    private static IEnumerable<SourceParagraph> JoinTitleLines(List<SourceParagraph> lines)
    {
        SourceParagraph? pending = null;
        foreach (var line in lines)
        {
            if (IsHeadLine(InlineText.Flatten(line.Text)))
            {
                if (pending is not null)
                {
                    yield return pending;
                    pending = null;
                }
                yield return line;
            }
            else
            {
                pending = pending is null
                    ? line
                    : new SourceParagraph(InlineText.Normalize([.. pending.Inlines, new TextRun(" "), .. line.Inlines]), pending.Line, pending.Column);
            }
        }
        if (pending is not null)
        {
            yield return pending;
        }
    }

    private static List<SourceParagraph> SplitAtBreaks(SourceParagraph paragraph)
    {
        var lines = new List<SourceParagraph>();
        var line = new List<Inline>();
        // A closing break flushes the last line.
        foreach (var inline in paragraph.Inlines.Append(new LineBreak()))
        {
            if (inline is not LineBreak)
            {
                line.Add(inline);
                continue;
            }
            if (line.Count > 0)
            {
                lines.Add(new SourceParagraph(InlineText.Normalize(InlineEdits.TrimEnd(InlineEdits.TrimStart(line))), paragraph.Line, paragraph.Column));
            }
            line = [];
        }
        return lines;
    }

    private static bool IsHeadLine(string text) =>
        HeadLines.IsUrl(text) || HeadLines.IsChrome(text, out _) || HeadLines.IsDateline(text) || HeadLines.NamesPresenter(text) || IsStartLine(text) || IsTrailer(text);

    /// <summary>True when a paragraph opens with a speaker label; "FOR IMMEDIATE RELEASE: June 2" is chrome, not a speaker.</summary>
    internal static bool StartsTurn(string text, LabelEvidence evidence = LabelEvidence.None) =>
        SpeakerLabels.TryMatch(text, out _, evidence) && !HeadLines.IsChrome(text, out _);

    /// <summary>A start time line: the time alone, or a date line ending in it ("January 23, 1997 1:30 PM EDT").</summary>
    internal static bool IsStartLine(string text) => TimeOf(text) is not null || HeadLines.TryDatedTime(text, out _, out _);

    /// <summary>The time a line holds; older transcripts print it in parentheses ("(1:05 p.m. EDT)"), and the mark is the time inside.</summary>
    private static TimeMark? TimeOf(string text) =>
        TimeMarks.TryParse(text is ['(', .., ')'] ? text.AsSpan(1, text.Length - 2) : text, out var mark) ? mark : null;

    /// <summary>True for END, ### and the like, and for "END 1:28 P.M. EST".</summary>
    internal static bool IsTrailer(string text) =>
        text is "END" or "###" or "# # #" or "* * *" or "***" ||
        (text.StartsWith("END ", StringComparison.Ordinal) && TimeMarks.TryParse(text.AsSpan(4), out _));

    private static Head ReadHead(string[] texts, List<SourceParagraph> paragraphs, int limit, int startAt, string? knownTitle, SiteChrome.TopicIndex topics)
    {
        var head = new Head();
        var candidates = new List<int>();
        var lastDateline = -2;
        var aboveStart = startAt - 1;
        while (aboveStart > 0 && texts[aboveStart].Length == 0)
        {
            aboveStart--;
        }
        for (var i = 0; i < limit; i++)
        {
            var text = texts[i];
            // "The Briefing Room" is a menu in a page's chrome, and the dateline right above the start time.
            var datelineAboveStart = i == aboveStart && HeadLines.IsDateline(text);
            if (text.Length == 0 && i == lastDateline + 1)
            {
                lastDateline = i;
            }
            if (text.Length == 0 || (knownTitle is not null && text.Equals(knownTitle, StringComparison.OrdinalIgnoreCase)) || topics.Takes(text))
            {
                head.Skip(i);
            }
            else if (HeadLines.IsUrl(text))
            {
                head.Url ??= text;
                head.Skip(i);
            }
            else if (!datelineAboveStart && HeadLines.IsChrome(text, out var date))
            {
                head.Date ??= date;
                head.Skip(i);
            }
            else if (HeadLines.IsDateline(text) && (head.DatelineLines.Count == 0 || (i == lastDateline + 1 && head.DatelineLines.Count < MaxDatelineLines)))
            {
                // A dateline printed over lines ("Aboard Air Force One" / "En Route …") is kept whole, a line each.
                head.DatelineLines.Add(i);
                lastDateline = i;
                head.Skip(i);
            }
            else
            {
                candidates.Add(i);
            }
        }
        if (knownTitle is null)
        {
            // A page about the transcript (an article, a video page) prints its own headline above the line introducing it.
            var intro = limit == 0 ? -1 : Array.FindLastIndex(texts, limit - 1, limit, HeadLines.IntroducesTranscript);
            foreach (var i in candidates.Where(i => i <= intro))
            {
                head.Keep(i);
            }
            candidates.RemoveAll(i => i <= intro);
            var title = candidates.FirstOrDefault(i => HeadLines.HasTitleKeyword(texts[i]) && HeadLines.IsHeadingLike(texts[i]), -1);
            if (title < 0)
            {
                title = candidates.FirstOrDefault(i => i != startAt - 1 && HeadLines.IsHeadingLike(texts[i]) && !HeadLines.NamesPresenter(texts[i]), -1);
            }
            if (title >= 0)
            {
                head.Title = Raw(paragraphs[title]);
                head.Skip(title);
            }
        }
        TakeDatelineAboveStart(texts, head, candidates, startAt);
        if (startAt < 0 && head.DatelineLines.Count > 1)
        {
            // Without a start time only the line nearest the first turn is the dateline, as the Markdown reader reads it.
            foreach (var i in head.DatelineLines.Take(head.DatelineLines.Count - 1))
            {
                head.Keep(i);
            }
            head.DatelineLines.RemoveRange(0, head.DatelineLines.Count - 1);
        }
        head.Dateline = head.DatelineLines.Count == 0 ? null : string.Join('\n', head.DatelineLines.Select(i => Raw(paragraphs[i])));
        foreach (var i in candidates.Where(i => !head.Placed(i)).ToList())
        {
            head.Keep(i);
        }
        return head;
    }

    /// <summary>
    /// Short place lines right above the start time join the dateline, up to three lines: "Library of Congress" above
    /// "Washington, D.C.", "The Colonnade" alone. A line the dateline does not end right above the start is left.
    /// </summary>
    private static void TakeDatelineAboveStart(string[] texts, Head head, List<int> candidates, int startAt)
    {
        var below = startAt;
        while (below > 0 && texts[below - 1].Length == 0)
        {
            below--;
        }
        var lines = head.DatelineLines;
        if (startAt < 0 || (lines.Count > 0 && lines[^1] != below - 1))
        {
            return;
        }
        var above = lines.Count > 0 ? lines[0] - 1 : below - 1;
        while (above >= 0 && lines.Count < MaxDatelineLines && candidates.Contains(above) && !head.Placed(above) && HeadLines.CouldBeDateline(texts[above]))
        {
            lines.Insert(0, above);
            head.Skip(above);
            above--;
        }
    }

    /// <summary>The head's facts and which of its paragraphs they used; the rest is text before the first label.</summary>
    private sealed class Head
    {
        private readonly HashSet<int> _placed = [];

        public string? Title { get; set; }

        public DateOnly? Date { get; set; }

        public string? Dateline { get; set; }

        /// <summary>The paragraphs holding the dateline's lines, top to bottom.</summary>
        public List<int> DatelineLines { get; } = [];

        public string? Url { get; set; }

        public List<int> Unplaced { get; } = [];

        public void Skip(int index) => _placed.Add(index);

        public void Keep(int index)
        {
            _placed.Add(index);
            Unplaced.Add(index);
        }

        public bool Placed(int index) => _placed.Contains(index);
    }

    /// <summary>A paragraph's inlines, blanks trimmed at its ends, added unless nothing is left.</summary>
    private static void AddContent(List<Paragraph> to, IEnumerable<Inline> inlines)
    {
        var content = InlineText.Normalize(InlineEdits.TrimEnd(InlineEdits.TrimStart([.. inlines])));
        if (content.Count > 0)
        {
            to.Add(new Paragraph(content));
        }
    }

    /// <summary>Gathers paragraphs into turns: a paragraph opening with a label starts one.</summary>
    private sealed class TurnBuilder(LabelEvidence evidence)
    {
        private readonly List<Turn> _turns = [];
        private readonly List<Paragraph> _paragraphs = [];
        private LabelMatch? _label;

        /// <summary>Adds a paragraph from the first label on: one opening with a label starts a turn, any other continues it.</summary>
        public void Add(ValueList<Inline> inlines, string text)
        {
            var items = inlines.AsImmutableArray();
            if (items.Length == 0)
            {
                return;
            }
            var lead = InlineEdits.LeadText(items, MaxLabelLead).TrimStart(InlineEdits.Blanks);
            if (StartsTurn(text, evidence) && SpeakerLabels.TryMatch(lead, out var match, evidence))
            {
                Flush();
                _label = match;
                var skipped = InlineEdits.LeadText(items, MaxLabelLead).Length - lead.Length;
                AddContent(_paragraphs, InlineEdits.DropLead(items, skipped + match.Length));
                return;
            }
            AddContent(_paragraphs, [.. items]);
        }

        private void Flush()
        {
            if (_label is { } l)
            {
                // The separator is Markdown layout, except a label's period: written as a colon, The President. would read back as a quotation's source.
                _turns.Add(new Turn(l.Label, l.Role, [.. _paragraphs], l.Separator.StartsWith('.') ? l.Separator : null));
            }
            _paragraphs.Clear();
            _label = null;
        }

        public ValueList<Turn> Build()
        {
            Flush();
            return [.. _turns];
        }
    }
}
