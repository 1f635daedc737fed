using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text.Flattened;

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
    internal const int LeadLength = 120;

    public static IReadOnlyList<SourceParagraph> Split(IReadOnlyList<SourceParagraph> source)
    {
        var first = Reading.Of(source, new PeriodSurvey());
        // Labels ending in a period count only once the whole document has shown them: read it again where it has.
        var (cuts, inside, opening, firstTurn, firstOpens, flat, scan) = first.Scan.Periods.Found ? Reading.Of(source, first.Scan.Periods.Known()) : first;
        // More labels inside paragraphs than opening them, one inside a paragraph far longer than a turn, or the head's time run into the first: copied flat.
        if (!flat && !scan.HeadRunsIntoTurn && (inside <= opening || inside < 2))
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
                if (cuts[i] == TurnScanner.NoCuts)
                {
                    cuts[i] = [];
                }
                HeadCuts.Add(source[i].Inlines, label, cuts[i], scan.Periods.Shown);
                cuts[i].Sort();
            }
            Pieces.Apply(source[i], cuts[i], result);
        }
        return result;
    }

    /// <summary>One reading of the document: where it cuts, and how many labels open paragraphs and stand inside them.</summary>
    private sealed record Reading(List<Cut>[] Cuts, int Inside, int Opening, int FirstTurn, bool FirstOpens, bool Flat, TurnScanner Scan)
    {
        public static Reading Of(IReadOnlyList<SourceParagraph> source, PeriodSurvey periods)
        {
            var cuts = new List<Cut>[source.Count];
            var scan = new TurnScanner(periods);
            var (inside, opening, firstTurn, firstOpens, flat) = (0, 0, -1, false, false);
            for (var i = 0; i < source.Count; i++)
            {
                var opens = Opens(source[i].Inlines.AsImmutableArray(), scan);
                opening += opens ? 1 : 0;
                firstOpens |= firstTurn < 0 && opens;
                scan.InHead &= !opens;
                cuts[i] = TurnScanner.NoCuts;
                var labels = scan.Find(source[i].Inlines, ref cuts[i]);
                inside += labels;
                flat |= labels > 0 && source[i].Text.Length > MinFlatLength;
                if (firstTurn < 0 && !scan.InHead)
                {
                    firstTurn = i;
                }
            }
            return new Reading(cuts, inside, opening, firstTurn, firstOpens, flat, scan);
        }
    }

    /// <summary>True when the paragraph opens with a label; chrome such as "FOR IMMEDIATE RELEASE: June 2" matters only above the first.</summary>
    private static bool Opens(IReadOnlyList<Inline> items, TurnScanner scan)
    {
        if (items.Count == 0)
        {
            return false;
        }
        var lead = items[0] is TextRun run ? run.Text[..Math.Min(run.Text.Length, LeadLength)] : Lead(items, 0, 0);
        var colon = SpeakerLabels.TryMatch(lead, out var match, scan.Evidence);
        if ((colon && scan.InHead && !BodySegmenter.StartsTurn(InlineText.Flatten(lead), scan.Evidence)) || (!colon && !scan.TryMatchPeriod(lead, out match)))
        {
            return false;
        }
        scan.Learn(lead, match);
        return true;
    }

    /// <summary>The text from character <paramref name="offset"/> of inline <paramref name="index"/>, read through emphasis, up to <see cref="LeadLength"/>.</summary>
    internal static string Lead(IReadOnlyList<Inline> items, int index, int offset)
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
        var lead = InlineEdits.LeadText(rest, LeadLength);
        // The lead stops at a note; one right after the words ("Q (Inaudible.)") is read as printed, so a label before it is seen.
        return lead.Length < LeadLength && rest.FirstOrDefault(i => i is not (TextRun or Emphasis)) is Note note ? lead + InlineText.Plain([note]) : lead;
    }
}
