using BriefingRoom.Transcripts;

namespace BriefingRoom.Corpus;

/// <summary>
/// The running order of a call, appended turn by turn: the opening (ground rules on calls, the secretary's
/// toppers at briefings), question-and-answer exchanges, and the close that repeats the rules and lifts the embargo.
/// </summary>
internal sealed class Script(Prng random, Lexicon lexicon, Prose prose, Cast cast, CallKind kind, List<Turn> turns)
{
    /// <summary>Answer paragraph medians in words (σ 0.55): officials on calls talk longest, gaggles are quick.</summary>
    public const double CallAnswerMedian = 58, BriefingAnswerMedian = 42, GaggleAnswerMedian = 30, QuestionMedian = 28, RemarksMedian = 70;

    public int Words { get; private set; }

    private bool Background => kind == CallKind.BackgroundCall;

    private double Notes => kind is CallKind.PressBriefing or CallKind.Gaggle ? 0.04 : 0.015;

    public void Open(string topic)
    {
        if (Background)
        {
            var plural = cast.Labels.Length > 1;
            Add(CallGenerator.ModeratorLabel,
                prose.Line("Hi, everyone, and thanks for joining us.", $"Today we want to walk through {topic} and a few related items."),
                prose.Line(
                    $"This call is on background, attributed to {(plural ? "\u201csenior administration officials,\u201d" : "a \u201csenior administration official,\u201d")} and it is embargoed until the end of the call."),
                prose.Line($"For your information only, our {(plural ? "speakers today are" : "speaker today is")} [senior administration official]{(plural ? " and [senior administration official]" : "")}.",
                    "With that, over to you."));
        }
        else if (cast.Moderated)
        {
            Add(CallGenerator.ModeratorLabel,
                prose.Line("Good afternoon, everyone.", "This call is on the record.",
                    $"We are joined by {string.Join(" and ", cast.Names)} of the {cast.Office}, who will open with a few words on {topic}."));
        }
        for (var k = 0; k < cast.Labels.Length; k++)
        {
            var paragraphs = kind == CallKind.Gaggle ? 1 : random.Next(k == 0 ? 2 : 1, k == 0 ? 6 : 3);
            Add(cast.Labels[k], [.. Enumerable.Range(0, paragraphs).Select(_ => prose.Statement(Length(RemarksMedian), Notes))]);
        }
        if (cast.Moderated)
        {
            Add(CallGenerator.ModeratorLabel, prose.Line("Thank you.", "Operator, could you open the first line, please?"));
        }
    }

    public void Exchange()
    {
        if (cast.Moderated)
        {
            var reporter = random.Pick(lexicon.GivenNames);
            Add(CallGenerator.OperatorLabel, prose.Line(random.Chance(0.6)
                ? $"{reporter} {random.Pick(lexicon.Surnames)} with {random.Pick(lexicon.Outlets)}, your line is open."
                : $"{reporter}, your line is open."));
        }
        Add(CallGenerator.ReporterLabel, [.. Enumerable.Range(0, random.Chance(0.25) ? 2 : 1).Select(_ => prose.Question(Length(QuestionMedian)))]);
        Answer(1 + Geometric(0.45, 5));
        if (random.Chance(0.2))
        {
            Add(CallGenerator.ReporterLabel, prose.Question(Length(QuestionMedian / 2)));
            Answer(1);
        }
        if (cast.Moderated && random.Chance(0.12))
        {
            Add(CallGenerator.ModeratorLabel, prose.Line("Operator, next question, please."));
        }
    }

    public void Close()
    {
        if (Background)
        {
            Add(CallGenerator.ModeratorLabel, prose.Line("That is all the time we have today.",
                "As a reminder, this call was on background, attributed to senior administration officials, and with that the embargo is lifted.",
                "Thanks, everyone."));
        }
        else if (cast.Moderated)
        {
            Add(CallGenerator.ModeratorLabel, prose.Line("Thanks, everyone, for joining.", "That concludes the call."));
        }
        else
        {
            Add(cast.Labels[0], prose.Line(kind == CallKind.Gaggle ? "All right, thanks, guys." : "Thanks, everybody.", "See you tomorrow."));
            Add(CallGenerator.ReporterLabel, prose.Line("Thank you."));
        }
    }

    private void Answer(int paragraphs)
    {
        var median = kind switch { CallKind.PressBriefing => BriefingAnswerMedian, CallKind.Gaggle => GaggleAnswerMedian, _ => CallAnswerMedian };
        var who = random.Pick(cast.Labels);
        Add(who, [.. Enumerable.Range(0, paragraphs).Select(_ => prose.Statement(Length(median), Notes))]);
    }

    private int Length(double median) => random.LogNormalInt(median, 0.55, 4, 400);

    /// <summary>Extra paragraphs: each further one with probability <paramref name="p"/>, at most <paramref name="max"/>.</summary>
    private int Geometric(double p, int max)
    {
        var n = 0;
        while (n < max && random.Chance(p))
        {
            n++;
        }
        return n;
    }

    private void Add(string label, params Paragraph[] paragraphs)
    {
        var turn = new Turn(label, SpeakerLabels.RoleOf(label), new ValueList<Paragraph>(paragraphs));
        turns.Add(turn);
        Words += CallGenerator.Words([turn]);
    }
}
