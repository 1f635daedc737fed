namespace BriefingRoom.Transcripts;

/// <summary>
/// A start or end time line: <see cref="Text"/> exactly as written (<c>1:11 P.M.\u00a0EST</c>), the parsed
/// wall-clock time, and the zone as written (<c>EST</c>, <c>Local</c>); null where the text does not say.
/// </summary>
public sealed record TimeMark(string Text, TimeOnly? Time, string? Zone);
