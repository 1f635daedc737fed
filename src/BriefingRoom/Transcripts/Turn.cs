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
/// (<c>MR. McCLELLAN</c>, <c>Q</c>), or null for unlabelled text before the first turn.
/// <see cref="Separator"/> is the exact text between the label and the first word (<c>:\u00a0 </c>);
/// null means the writer's default for the role.
/// </summary>
public sealed record Turn(string? Speaker, SpeakerRole Role, ValueList<Paragraph> Paragraphs, string? Separator = null);
