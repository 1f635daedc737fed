using BriefingRoom.Transcripts;

namespace BriefingRoom.Formats;

/// <summary>The lower-case names the JSON contract, HTML data attributes and Akoma Ntoso references give roles and attribution levels.</summary>
public static class WireNames
{
    public static string Of(SpeakerRole role) => role switch
    {
        SpeakerRole.Moderator => "moderator",
        SpeakerRole.Official => "official",
        SpeakerRole.Reporter => "reporter",
        SpeakerRole.Operator => "operator",
        SpeakerRole.Named => "named",
        _ => "unknown",
    };

    public static string Of(AttributionLevel level) => level switch
    {
        AttributionLevel.OnRecord => "on-record",
        AttributionLevel.Background => "background",
        AttributionLevel.DeepBackground => "deep-background",
        AttributionLevel.OffRecord => "off-record",
        _ => "not-stated",
    };
}
