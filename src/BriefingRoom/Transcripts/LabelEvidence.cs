namespace BriefingRoom.Transcripts;

/// <summary>
/// What a whole document shows about its speaker labels, so a weaker form counts as a label only where the
/// document makes plain that it is one (<see cref="SpeakerLabels.TryMatch(ReadOnlySpan{char}, out LabelMatch, LabelEvidence)"/>).
/// </summary>
[Flags]
public enum LabelEvidence
{
    None = 0,

    /// <summary>A paragraph opens with a label that needs no evidence: mixed-case roles (<c>Moderator:</c>, <c>Voice:</c>) are labels too.</summary>
    Transcript = 1,

    /// <summary>Any single upper-case word is a label (<c>ANNOUNCER:</c>): the Markdown reader's reading of a transcript.</summary>
    AnyWord = 2,

    /// <summary>Reporters are labelled (<c>Q:</c>, <c>QUESTION:</c>): <c>A:</c> and <c>A.</c> are the official's answer.</summary>
    Questions = 4,

    /// <summary>
    /// Named speakers are printed in upper case (<c>MS. PSAKI:</c>): a mixed-case <c>Speaker McCarthy:</c> opening a
    /// paragraph is a quotation's source read out, not a label.
    /// </summary>
    UpperCaseNames = 8,

    /// <summary>
    /// Labels end in a period, as the Public Papers print them (<c>Q.</c>, <c>The President.</c>): the document labels
    /// its questions <c>Q.</c>, or the same such label opens several paragraphs beside another one. A mixed-case one
    /// still yields to <see cref="UpperCaseNames"/>.
    /// </summary>
    PeriodLabels = 16,

    /// <summary>Every form that could be a label in some document: what a writer escapes to be safe.</summary>
    Any = Transcript | AnyWord | Questions | PeriodLabels,
}

/// <summary>Gathers a document's <see cref="LabelEvidence"/> from the starts of its paragraphs.</summary>
public static class LabelEvidences
{
    /// <param name="paragraphStarts">Each paragraph's text, or its first line, as the reader will match it.</param>
    /// <param name="anyWord">Whether a transcript's lone upper-case words count as labels (the Markdown reader's choice).</param>
    /// <param name="apart">Paragraphs that open like a label but are not one (site chrome: "FOR IMMEDIATE RELEASE:"), asked only of those.</param>
    public static LabelEvidence Of(IEnumerable<string> paragraphStarts, bool anyWord, Func<string, bool>? apart = null)
    {
        var evidence = LabelEvidence.None;
        var starts = paragraphStarts as IReadOnlyCollection<string> ?? [.. paragraphStarts];
        var periodLabels = new PeriodLabels.Tally();
        foreach (var start in starts)
        {
            if (!SpeakerLabels.TryMatch(start, out var match))
            {
                periodLabels.Add(start, apart);
                continue;
            }
            if (apart?.Invoke(start) == true)
            {
                continue;
            }
            periodLabels.AddQuestion(match);
            evidence |= LabelEvidence.Transcript;
            if (match.Role == SpeakerRole.Reporter)
            {
                evidence |= LabelEvidence.Questions;
            }
            if (match.Role == SpeakerRole.Named && SpeakerLabels.LooksLikeLabel(match.Label))
            {
                evidence |= LabelEvidence.UpperCaseNames;
            }
        }
        if (periodLabels.Shown)
        {
            evidence |= LabelEvidence.PeriodLabels | LabelEvidence.Transcript;
        }
        if (evidence.HasFlag(LabelEvidence.Transcript) && anyWord)
        {
            evidence |= LabelEvidence.AnyWord;
        }
        // A reporter may be labelled only in a form that needs a transcript first (Question:).
        if (evidence.HasFlag(LabelEvidence.Transcript) && !evidence.HasFlag(LabelEvidence.Questions) &&
            starts.Any(s => SpeakerLabels.TryMatch(s, out var m, evidence) && m.Role == SpeakerRole.Reporter && apart?.Invoke(s) != true))
        {
            evidence |= LabelEvidence.Questions;
        }
        return evidence;
    }
}

