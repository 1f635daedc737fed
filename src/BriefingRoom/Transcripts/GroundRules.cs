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
/// The ground rules as stated on the call: attribution level, the labels remarks are attributed to (in the order
/// named; several when the rules name several, "senior administration officials" is one), the embargo in the words
/// used, whether the speaker's identity was shared "for your information only", and a second level when the
/// questions are held under another rule than the remarks.
/// </summary>
public sealed record GroundRules(
    AttributionLevel Attribution = AttributionLevel.NotStated,
    ValueList<string> AttributedTo = default,
    string? Embargo = null,
    bool DisclosedForInformation = false,
    GroundRulesChange? Change = null)
{
    public static GroundRules NotStated { get; } = new();
}

/// <summary>
/// Rules that change for the questions ("opening remarks on the record, the Q&amp;A on background"): the level from
/// the questions on, and the index in the transcript's turns of the first turn it covers (the moderator's turn that
/// opens the questions, else the first question); <c>null</c> when no question was asked.
/// </summary>
public sealed record GroundRulesChange(AttributionLevel Attribution, int? FromTurn);
