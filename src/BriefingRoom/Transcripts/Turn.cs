namespace BriefingRoom.Transcripts;

/// <summary>Who holds the floor in a turn, as far as the label tells.</summary>
public enum SpeakerRole
{
    Unknown,
    Moderator,
    Official,
    Reporter,
    Operator,
    Named,
}

/// <summary>
/// One speaker's turn. <see cref="Speaker"/> is the label exactly as printed without its colon
/// (<c>MR. McCLELLAN</c>, <c>Q</c>), never empty: text before the first label is the transcript's preface, not a turn.
/// <see cref="Separator"/> is the exact text between the label and the first word (<c>:\u00a0 </c>);
/// null means the writer's default for the role. <see cref="Offset"/> is when the turn began, counted from the start
/// of the call's recording (DESIGN §4a); null where the source does not say, as in every printed transcript.
/// </summary>
public sealed record Turn(string Speaker, SpeakerRole Role, ValueList<Paragraph> Paragraphs, string? Separator = null, TimeSpan? Offset = null)
{
    private readonly string _speaker = Labelled(Speaker);

    public string Speaker { get => _speaker; init => _speaker = Labelled(value); }

    private static string Labelled(string speaker) => string.IsNullOrWhiteSpace(speaker)
        ? throw new ArgumentException("a turn always has a speaker label; unlabelled text belongs in the transcript's preface", nameof(speaker))
        : speaker;
}
