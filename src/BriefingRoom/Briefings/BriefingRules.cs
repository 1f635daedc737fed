using System.Text.Json.Serialization;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Briefings;

/// <summary>What kind of event a briefing is; it sets the title's wording, not the rules.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BriefingKind>))]
public enum BriefingKind
{
    BackgroundPressCall,
    OnTheRecordCall,
    PressBriefing,
    Gaggle,
}

/// <summary>Whether the transcript is published as soon as the embargo lifts or only after a person approves it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PublishMode>))]
public enum PublishMode
{
    Automatic,
    AfterApproval,
}

/// <summary>How long the contents of a call are held back.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EmbargoKind>))]
public enum EmbargoKind
{
    None,
    UntilConclusion,
    UntilInstant,
}

/// <summary>An embargo: none, until the call concludes, or until <see cref="Until"/> (UTC).</summary>
public sealed record Embargo(EmbargoKind Kind, DateTimeOffset? Until = null)
{
    public static Embargo None { get; } = new(EmbargoKind.None);

    public static Embargo UntilConclusion { get; } = new(EmbargoKind.UntilConclusion);

    public static Embargo UntilInstant(DateTimeOffset until) => new(EmbargoKind.UntilInstant, until);
}

/// <summary>The ground rules a briefing is planned under: attribution level, embargo, and whether speakers are named for reporters' information only.</summary>
public sealed record BriefingRules(
    [property: JsonConverter(typeof(JsonStringEnumConverter<AttributionLevel>))] AttributionLevel Attribution,
    Embargo Embargo,
    bool DisclosedForInformation = false)
{
    /// <summary>Speakers are protected under every level but on the record.</summary>
    public bool ProtectsSpeakers => Attribution != AttributionLevel.OnRecord;
}
