namespace BriefingRoom.Transcripts;

/// <summary>The kinds of event a transcript records, told from its title: titles are how sites say what an event was.</summary>
public static class TranscriptKinds
{
    /// <summary>Every kind <see cref="Of"/> files a transcript under.</summary>
    public static readonly string[] All = ["background-press-call", "press-briefing", "gaggle", "on-the-record-call", "press-call", "other"];

    public static string Of(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var t = title.ToLowerInvariant();
        return t.Contains("background", StringComparison.Ordinal) && t.Contains("call", StringComparison.Ordinal) ? "background-press-call"
            : t.Contains("gaggle", StringComparison.Ordinal) ? "gaggle"
            : t.Contains("on-the-record", StringComparison.Ordinal) || t.Contains("on the record", StringComparison.Ordinal) ? "on-the-record-call"
            : t.Contains("briefing", StringComparison.Ordinal) ? "press-briefing"
            : t.Contains("call", StringComparison.Ordinal) ? "press-call"
            : "other";
    }
}
