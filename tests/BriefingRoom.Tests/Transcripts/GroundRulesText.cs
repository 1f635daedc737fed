using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Transcripts;

/// <summary>Ground rules one field a line, the expected output of the ground-rules specs.</summary>
public static class GroundRulesText
{
    public static string Of(GroundRules rules) =>
        $"""
        attribution: {Level(rules.Attribution)}
        attributed to: {rules.AttributedTo ?? "(none)"}
        embargo: {rules.Embargo ?? "(none)"}
        disclosed: {(rules.DisclosedForInformation ? "yes" : "no")}

        """;

    public static string Level(AttributionLevel level) => level switch
    {
        AttributionLevel.OnRecord => "on-record",
        AttributionLevel.Background => "background",
        AttributionLevel.DeepBackground => "deep-background",
        AttributionLevel.OffRecord => "off-record",
        _ => "not-stated",
    };
}
