namespace BriefingRoom.Server.Archive;

/// <summary>A reporter's question and the turns that answered it (none when the next thing said was another question).</summary>
public sealed record QuestionAndAnswer(ArchiveTurn Question, IReadOnlyList<ArchiveTurn> Answer);

/// <summary>Pairs each reporter question with the answer that followed it.</summary>
public static class QuestionsAndAnswers
{
    private static readonly HashSet<string> Answerers = new(["official", "named"], StringComparer.Ordinal);

    /// <summary>
    /// Every reporter turn, with the official and named speakers' turns after it up to the next reporter turn;
    /// moderators and operators passing the floor in between are not part of the answer. Turns before the first question are left out.
    /// </summary>
    public static IReadOnlyList<QuestionAndAnswer> Pair(IReadOnlyList<ArchiveTurn> turns)
    {
        ArgumentNullException.ThrowIfNull(turns);
        var pairs = new List<QuestionAndAnswer>();
        ArchiveTurn? question = null;
        var answer = new List<ArchiveTurn>();
        foreach (var turn in turns)
        {
            if (turn.Role == "reporter")
            {
                if (question is not null)
                {
                    pairs.Add(new(question, [.. answer]));
                }
                (question, answer) = (turn, []);
            }
            else if (question is not null && Answerers.Contains(turn.Role))
            {
                answer.Add(turn);
            }
        }
        if (question is not null)
        {
            pairs.Add(new(question, [.. answer]));
        }
        return pairs;
    }
}
