using System.Globalization;
using System.Text;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Benchmarks.Corpus;

/// <summary>
/// Builds a long background press call as a model, deterministically from a seed: a moderator's ground rules,
/// an official's remarks, then operator, reporter and official turns until the printed text reaches a target size.
/// Written by <c>MarkdownWriter</c> it reads like the seeds: no-break spaces after sentences, bracketed attributions,
/// a struck-out correction, notes, 72-column wrap.
/// </summary>
internal sealed class TranscriptGenerator(int seed)
{
    private const string Official = "SENIOR ADMINISTRATION OFFICIAL";
    private const string SentenceGap = "\u00a0 ";

    private readonly Random _random = new(seed);

    public Transcript Generate(int targetChars)
    {
        var topic = Pick(Vocabulary.Topics);
        var metadata = new Metadata(
            Title: "Background Press Call by a Senior Administration Official on\u00a0" + topic,
            Date: new DateOnly(2026, 3, 14),
            Published: new DateTimeOffset(2026, 3, 14, 18, 2, 41, TimeSpan.FromHours(-4)),
            Modified: new DateTimeOffset(2026, 3, 14, 18, 2, 42, TimeSpan.FromHours(-4)),
            Url: "https://briefing.example/press-calls/2026/03/14/background-press-call-on-" + Slug(topic) + "/",
            Tags: ["press-briefings"],
            Style: FrontMatterStyle.Archive);
        var turns = new List<Turn>
        {
            Turn("MODERATOR", GroundRules(), Paragraph(2)),
            Turn(Official, Paragraph(3), Paragraph(5), Paragraph(4), Paragraph(6)),
            Turn("MODERATOR", Plain("Thank you.\u00a0 Operator, could you open the first line, please?")),
        };
        var chars = turns.Sum(Chars);
        while (chars < targetChars)
        {
            foreach (var turn in Exchange())
            {
                turns.Add(turn);
                chars += Chars(turn);
            }
        }
        turns.Add(Turn("MODERATOR", Plain("That is all the time we have.\u00a0 As a reminder, this call was on background, attributed to a " +
            "\u201csenior administration official,\u201d and with that, the embargo is lifted.\u00a0 Thanks, everyone.")));
        turns.Add(Turn(Official, Plain("Thanks, all.")));
        return new Transcript(
            metadata,
            "Via Teleconference",
            Time("2:03 P.M.\u00a0EDT"),
            Time("4:58 P.M. EDT"),
            BriefingRoom.Transcripts.GroundRules.NotStated,
            new ValueList<Turn>(turns));
    }

    private IEnumerable<Turn> Exchange()
    {
        var name = Pick(Vocabulary.Reporters);
        yield return Turn("OPERATOR", Plain($"{name} with {Pick(Vocabulary.Outlets)}, your line is open."));
        yield return Turn("Q", [Question(), .. Repeat(_random.Next(2), () => Paragraph(2))]);
        yield return Turn(Official, [.. Repeat(1 + _random.Next(4), () => Paragraph(2 + _random.Next(5)))]);
        if (_random.Next(6) == 0)
        {
            yield return Turn("MODERATOR", Plain("Operator, next question, please."));
        }
    }

    private static Turn Turn(string speaker, params Paragraph[] paragraphs) =>
        new(speaker, SpeakerLabels.RoleOf(speaker), new ValueList<Paragraph>(paragraphs));

    private static int Chars(Turn turn) =>
        (turn.Speaker?.Length ?? 0) + 4 + turn.Paragraphs.Sum(p => p.Inlines.Sum(InlineChars) + 2);

    private static int InlineChars(Inline inline) => inline switch
    {
        TextRun t => t.Text.Length,
        Emphasis e => e.Content.Sum(InlineChars) + (e.Strong ? 4 : 2),
        Deletion d => d.Text.Length + 7,
        Insertion i => i.Text.Length + 4,
        AttributionPlaceholder a => a.Text.Length + 4,
        Note n => n.Text.Length + 2,
        _ => 1,
    };

    private static Paragraph Plain(string text) => new(InlineText.Normalize([new TextRun(text)]));

    private static Paragraph GroundRules()
    {
        var embargo = new Inline[]
        {
            new TextRun("Today\u2019s call is on background, attributed to a \u201csenior administration official,\u201d and the " +
                "contents are embargoed "),
            new Deletion("upon"),
            new TextRun(" [until] the end of the call.\u00a0 For your information only, our speaker is [senior administration official]."),
        };
        return new Paragraph(InlineText.Normalize(embargo));
    }

    private Paragraph Question()
    {
        var sb = new StringBuilder("Thanks for doing this.\u00a0 ");
        sb.Append(Pick(Vocabulary.Questions)).Append(' ').Append(Pick(Vocabulary.Subjects)).Append(' ')
            .Append(Pick(Vocabulary.Verbs)).Append(' ').Append(Pick(Vocabulary.Objects)).Append(" in ")
            .Append(Pick(Vocabulary.Places)).Append('?');
        if (_random.Next(5) == 0)
        {
            sb.Append(SentenceGap).Append("And separately, on ").Append(Pick(Vocabulary.Objects)).Append(' ')
                .Append(Pick(Vocabulary.Notes)).Append(" \u2014 is that still on the table?");
        }
        return Plain(sb.ToString());
    }

    /// <summary>A paragraph of <paramref name="sentences"/> sentences, now and then with emphasis, a bracket or a correction.</summary>
    private Paragraph Paragraph(int sentences)
    {
        var inlines = new List<Inline>();
        var sb = new StringBuilder();
        for (var s = 0; s < sentences; s++)
        {
            if (s > 0)
            {
                sb.Append(SentenceGap);
            }
            switch (_random.Next(12))
            {
                case 0:
                    sb.Append("As [senior administration official] said, ");
                    break;
                case 1:
                    InlineRuns.Add(inlines, sb, new Emphasis([new TextRun(Pick(Vocabulary.Places))]));
                    sb.Append(" is the test here.\u00a0 ").Append(Pick(Vocabulary.Openers)).Append(' ');
                    break;
                case 2:
                    InlineRuns.StruckOutNot(inlines, sb);
                    break;
                default:
                    sb.Append(Pick(Vocabulary.Openers)).Append(' ');
                    break;
            }
            Sentence(sb);
        }
        if (_random.Next(3) == 0)
        {
            sb.Append('\u00a0');
        }
        inlines.Add(new TextRun(sb.ToString()));
        return new Paragraph(InlineText.Normalize(inlines));
    }

    private void Sentence(StringBuilder sb)
    {
        sb.Append(Pick(Vocabulary.Subjects)).Append(' ').Append(Pick(Vocabulary.Verbs)).Append(' ')
            .Append(Pick(Vocabulary.Objects));
        var extra = _random.Next(4);
        if (extra == 0)
        {
            sb.Append(" with ").Append(Pick(Vocabulary.Places)).Append(" \u2014 ").Append(Pick(Vocabulary.Clauses));
        }
        else if (extra == 1)
        {
            sb.Append(", ").Append(Pick(Vocabulary.Clauses)).Append(", and ").Append(_random.Next(2, 90).ToString(CultureInfo.InvariantCulture))
                .Append(" percent of that is already in place");
        }
        else
        {
            sb.Append(' ').Append(Pick(Vocabulary.Clauses));
        }
        sb.Append('.');
    }

    private static IEnumerable<Paragraph> Repeat(int count, Func<Paragraph> make)
    {
        for (var i = 0; i < count; i++)
        {
            yield return make();
        }
    }

    private string Pick(string[] words) => words[_random.Next(words.Length)];

    private static TimeMark Time(string text) =>
        TimeMarks.TryParse(text, out var mark) ? mark : throw new InvalidOperationException($"not a time: {text}");

    private static string Slug(string topic) => string.Join('-', topic.ToLowerInvariant().Split(' '));
}
