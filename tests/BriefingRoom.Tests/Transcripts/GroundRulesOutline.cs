using BriefingRoom.Formats;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Transcripts;

/// <summary>Ground rules one field a line, the expected output of the ground-rules specs.</summary>
public static class GroundRulesOutline
{
    public static string Of(GroundRules rules) =>
        $"""
        attribution: {WireNames.Of(rules.Attribution)}
        attributed to: {rules.AttributedTo ?? "(none)"}
        embargo: {rules.Embargo ?? "(none)"}
        disclosed: {(rules.DisclosedForInformation ? "yes" : "no")}

        """;
}
