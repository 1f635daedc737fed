using System.Text;
using BriefingRoom.Protection;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Benchmarks.Corpus;

/// <summary>
/// A realistic long call as the publisher receives it: the staff transcript of a three-hour background call (about
/// 30,000 words in 1,500 paragraphs, real names on the officials' turns), its two officials' identities, and in the
/// text what a stenographer's copy holds: the officials named by name, surname, title and possessive, corrections
/// (one inside a surname), emphasis (one around a surname). Every mention is one today's redactor rewrites, so the
/// record publishes and the benchmark times the whole path.
/// </summary>
internal static class ThreeHourCall
{
    public const int Words = 30_000;

    private const string SentenceGap = "\u00a0 ";

    private static readonly (string Name, string Surname, string Title, string Label)[] Officials =
    [
        ("Edith Sullivan", "Sullivan", "Deputy National Security Advisor", "SENIOR ADMINISTRATION OFFICIAL ONE"),
        ("Marcus Okafor", "Okafor", "Assistant Secretary for Maritime Trade", "SENIOR ADMINISTRATION OFFICIAL TWO"),
    ];

    public static ProtectedIdentities Identities { get; } = new(
        [.. Officials.Select(o => new ProtectedSpeaker(o.Label, "senior administration official", [o.Name], [o.Surname, o.Title]))], [], []);

    public static Transcript Generate()
    {
        var random = new Random(BenchCorpus.Seed);
        string Pick(string[] words) => words[random.Next(words.Length)];
        var words = 0;
        var mentions = 0;

        Paragraph Paragraph()
        {
            var inlines = new List<Inline>();
            var sb = new StringBuilder();
            var sentences = random.Next(3) == 0 ? 2 : 1;
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    sb.Append(SentenceGap);
                }
                var (name, surname, title, _) = Officials[random.Next(Officials.Length)];
                switch (random.Next(16))
                {
                    case 0:
                        sb.Append("As ").Append(name).Append(" said, ");
                        mentions++;
                        break;
                    case 1:
                        sb.Append(surname).Append("\u2019s team ").Append(Pick(Vocabulary.Verbs)).Append(" this, and ");
                        mentions++;
                        break;
                    case 2:
                        sb.Append("The ").Append(title).Append(" made the point that ");
                        mentions++;
                        break;
                    case 3:
                        // A correction inside a surname, struck out and put right: "Sulli<s>anv</s> [van]".
                        InlineRuns.Add(inlines, sb.Append("Thanks to ").Append(surname[..^3]), new Deletion(surname[^2..] + surname[^3]));
                        inlines.Add(new TextRun(" "));
                        inlines.Add(new Insertion(surname[^3..]));
                        sb.Append(" for that.").Append(SentenceGap);
                        mentions++;
                        break;
                    case 4:
                        InlineRuns.StruckOutNot(inlines, sb);
                        break;
                    case 5:
                        InlineRuns.Add(inlines, sb, new Emphasis([new TextRun(Pick(Vocabulary.Places))]));
                        sb.Append(" is the test here, and ");
                        break;
                    case 6:
                        InlineRuns.Add(inlines, sb.Append("I agree with "), new Emphasis([new TextRun(surname)]));
                        sb.Append(" that ");
                        mentions++;
                        break;
                    default:
                        sb.Append(Pick(Vocabulary.Openers)).Append(' ');
                        break;
                }
                sb.Append(Pick(Vocabulary.Subjects)).Append(' ').Append(Pick(Vocabulary.Verbs)).Append(' ').Append(Pick(Vocabulary.Objects));
                if (random.Next(2) == 0)
                {
                    sb.Append(' ').Append(Pick(Vocabulary.Clauses));
                }
                sb.Append('.');
            }
            inlines.Add(new TextRun(sb.ToString()));
            var paragraph = new Paragraph(InlineText.Normalize(inlines));
            words += paragraph.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            return paragraph;
        }

        Turn Turn(string speaker, SpeakerRole role, int paragraphs) =>
            new(speaker, role, [.. Enumerable.Range(0, paragraphs).Select(_ => Paragraph())]);

        var turns = new List<Turn> { Turn("MODERATOR", SpeakerRole.Moderator, 2) };
        while (words < Words)
        {
            var reporter = Pick(Vocabulary.Reporters);
            var line = new Paragraph([new TextRun($"{reporter} with {Pick(Vocabulary.Outlets)}, your line is open.")]);
            words += line.Text.Split(' ').Length;
            turns.Add(new Turn("OPERATOR", SpeakerRole.Operator, [line]));
            turns.Add(Turn("Q", SpeakerRole.Reporter, 1 + random.Next(2)));
            var official = Officials[random.Next(Officials.Length)];
            // The staff transcript prints a protected official under the real name; the redactor gives the label.
            turns.Add(Turn(official.Name.ToUpperInvariant(), SpeakerRole.Official, 1 + random.Next(4)));
        }
        if (mentions == 0)
        {
            throw new InvalidOperationException("the three-hour call names nobody");
        }
        return new Transcript(
            new Metadata(Title: "Background Press Call by Senior Administration Officials on Maritime Trade", Date: new DateOnly(2026, 3, 14)),
            "Via Teleconference",
            null,
            null,
            new GroundRules(AttributionLevel.Background, [.. Officials.Select(o => o.Label)], "until the end of the call"),
            [.. turns]);
    }
}
