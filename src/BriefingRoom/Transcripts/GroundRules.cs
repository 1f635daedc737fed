namespace BriefingRoom.Transcripts;

/// <summary>The attribution level a briefing is held under.</summary>
public enum AttributionLevel
{
    NotStated,
    OnRecord,
    Background,
    DeepBackground,
    OffRecord,
}

/// <summary>
/// The ground rules as stated on the call: attribution level, the label remarks are attributed to, the
/// embargo in the words used, and whether the speaker's identity was shared "for your information only".
/// </summary>
public sealed record GroundRules(
    AttributionLevel Attribution = AttributionLevel.NotStated,
    string? AttributedTo = null,
    string? Embargo = null,
    bool DisclosedForInformation = false)
{
    public static GroundRules NotStated { get; } = new();
}
