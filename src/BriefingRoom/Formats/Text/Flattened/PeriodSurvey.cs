using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats.Text.Flattened;

/// <summary>
/// What a flattened document shows of speaker labels ending in a period (<c>Q.</c>, <c>The President.</c>, see
/// <see cref="PeriodLabels"/>). Run together, every sentence that is a name and a period looks like one, so a label
/// counts only as a person would take it: the document labels its questions <c>Q.</c>, or another such label recurs
/// beside it, and this label itself answers a <c>Q.</c> or opens a turn more than once. A first reading gathers
/// this; <see cref="Known"/> carries it into the reading that cuts.
/// </summary>
internal sealed class PeriodSurvey
{
    private const int Repeated = 2;

    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _answers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known;
    private bool _questions;
    private bool _awaitingAnswer;

    public PeriodSurvey() : this([], false)
    {
    }

    private PeriodSurvey(HashSet<string> known, bool questions) => (_known, Questions) = (known, questions);

    /// <summary>True when an earlier reading found labels ending in a period the document shows.</summary>
    public bool Shown => _known.Count > 0;

    /// <summary>True when an earlier reading found the questions labelled <c>Q.</c>: one may follow a subject heading ("… Vice President Q. What …").</summary>
    public bool Questions { get; }

    /// <summary>True when the first reading found labels the document shows: the one that cuts must read it again.</summary>
    public bool Found => Known()._known.Count > 0;

    /// <summary>The labels this reading has shown, for the next one to cut at.</summary>
    public PeriodSurvey Known()
    {
        var shown = _questions || (_seen.Count >= Repeated && _seen.Values.Any(n => n >= Repeated));
        return new PeriodSurvey(shown ? [.. _seen.Keys.Where(l => _seen[l] >= Repeated || _answers.Contains(l))] : [], _questions);
    }

    /// <summary>Notes a turn's label: a reporter's <c>Q.</c> (the period form) awaits its answer.</summary>
    public void Started(LabelMatch match)
    {
        _awaitingAnswer = match.Label == "Q" && match.Separator.StartsWith('.');
        _questions |= _awaitingAnswer;
    }

    /// <summary>
    /// Notes a name and a period where a turn could start; true when an earlier reading showed it is a label, or when it
    /// answers a "Q." in a document an earlier reading found labelling its questions so (the answer to a "Q." it cut only now).
    /// </summary>
    public bool Accepts(string label)
    {
        _seen[label] = _seen.GetValueOrDefault(label) + 1;
        var answers = _awaitingAnswer;
        if (_awaitingAnswer)
        {
            _answers.Add(label);
            _awaitingAnswer = false;
        }
        return _known.Contains(label) || (answers && Questions);
    }
}
