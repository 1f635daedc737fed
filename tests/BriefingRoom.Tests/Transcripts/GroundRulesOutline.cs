using BriefingRoom.Formats;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Transcripts;

/// <summary>Ground rules one field a line, the expected output of the ground-rules specs.</summary>
public static class GroundRulesOutline
{
    public static string Of(GroundRules rules) =>
        $"""
        attribution: {WireNames.Of(rules.Attribution)}
        attributed to: {(rules.AttributedTo.Count == 0 ? "(none)" : string.Join(" | ", rules.AttributedTo))}
        embargo: {rules.Embargo ?? "(none)"}
        disclosed: {(rules.DisclosedForInformation ? "yes" : "no")}{Change(rules.Change)}

        """;

    // Written only when the questions change the rules, so the cases without a change need no extra line.
    private static string Change(GroundRulesChange? change) => change is null ? ""
        : $"\nquestions: {WireNames.Of(change.Attribution)} from turn {change.FromTurn?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}";
}
