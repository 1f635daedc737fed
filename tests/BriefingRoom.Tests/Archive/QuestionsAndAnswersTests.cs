using BriefingRoom.Formats;
using BriefingRoom.Server.Archive;
using BriefingRoom.Server.Storage;
using BriefingRoom.Tests.Specs;

namespace BriefingRoom.Tests.Archive;

/// <summary>Pairing each reporter question with the answer that followed, as the questions-and-answers page shows it.</summary>
public sealed class QuestionsAndAnswersTests
{
    private static ArchiveTurn Turn(int n, string role, string? speaker, string text) =>
        new(n, speaker, role, [new ArchiveParagraph { Turn = n, Number = 0, Anchor = $"p-{n}", Speaker = speaker, Role = role, Text = text, Folded = text }]);

    private static string[][] Shape(IReadOnlyList<QuestionAndAnswer> pairs) =>
        [.. pairs.Select(p => (string[])[p.Question.Paragraphs[0].Text, .. p.Answer.Select(a => a.Paragraphs[0].Text)])];

    [Fact]
    public void An_answer_is_every_official_turn_up_to_the_next_question_skipping_the_moderator_and_operator()
    {
        var pairs = QuestionsAndAnswers.Pair([
            Turn(0, "moderator", "MODERATOR", "Welcome."),
            Turn(1, "official", "SENIOR ADMINISTRATION OFFICIAL", "Opening remarks."),
            Turn(2, "reporter", "Q", "First?"),
            Turn(3, "operator", "OPERATOR", "Hold on."),
            Turn(4, "official", "SENIOR ADMINISTRATION OFFICIAL ONE", "Part one."),
            Turn(5, "moderator", "MODERATOR", "And my colleague."),
            Turn(6, "named", "MS. PARKER", "Part two."),
            Turn(7, "reporter", "Q", "Second?"),
            Turn(8, "reporter", "Q", "Third?"),
            Turn(9, "unknown", null, "Crosstalk."),
            Turn(10, "official", "SENIOR ADMINISTRATION OFFICIAL", "Answer three."),
            Turn(11, "reporter", "Q", "Last, unanswered?"),
            Turn(12, "moderator", "MODERATOR", "That ends the call."),
        ]);

        Assert.Equal([["First?", "Part one.", "Part two."], ["Second?"], ["Third?", "Answer three."], ["Last, unanswered?"]], Shape(pairs));
    }

    [Fact]
    public void A_transcript_without_reporters_has_no_questions() =>
        Assert.Empty(QuestionsAndAnswers.Pair([Turn(0, "official", "MR. SMITH", "A statement."), Turn(1, "moderator", "MODERATOR", "Thanks.")]));

    [SkippableFact]
    public void The_Russia_call_seed_pairs_each_of_its_seven_questions_with_the_officials_reply()
    {
        var transcript = TranscriptFormats.Read(Seeds.Read("2022-01-08-background-press-call-on-russia.md"), TranscriptFormat.Markdown);
        var entry = ArchiveEntry.From(transcript, "import", DateTimeOffset.UnixEpoch);

        var pairs = QuestionsAndAnswers.Pair(ArchiveTurn.Of(entry.Paragraphs));

        Assert.Equal(7, pairs.Count);
        Assert.All(pairs, p => Assert.Equal("reporter", p.Question.Role));
        Assert.All(pairs, p => Assert.All(p.Answer, a => Assert.Equal("SENIOR ADMINISTRATION OFFICIAL", a.Speaker)));
        Assert.All(pairs, p => Assert.Single(p.Answer));
        Assert.StartsWith("So, on the first point", pairs[0].Answer[0].Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal("Yeah.", pairs[1].Answer[0].Paragraphs[0].Text); // the official's interjection before the reporter went on
        Assert.StartsWith("No, Alex, I think what it means", pairs[2].Answer[0].Paragraphs[0].Text, StringComparison.Ordinal);
    }
}
