using BriefingRoom.Briefings;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Server.Briefings;

/// <summary>The ground rules in one plain sentence each, naming nobody: for the reporter's banner and the invitation.</summary>
public static class RulesText
{
    public static string Attribution(BriefingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var labels = plan.Speakers.Select(s => s.Label.ToLowerInvariant()).Distinct().ToList();
        var to = labels.Count == 0 ? "" : $", attributed to {string.Join(" and ", labels.Select(l => $"a \u201c{l}\u201d"))}";
        return plan.Rules.Attribution switch
        {
            AttributionLevel.OnRecord => "On the record: speakers may be quoted by name.",
            AttributionLevel.Background => $"On background{to}.",
            AttributionLevel.DeepBackground => "On deep background: use the information, but quote and attribute nothing.",
            AttributionLevel.OffRecord => "Off the record: nothing said may be reported.",
            _ => "Ground rules not stated.",
        };
    }

    public static string Embargo(BriefingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Rules.Embargo switch
        {
            { Kind: EmbargoKind.UntilConclusion } => "Embargoed until the conclusion of the call.",
            { Kind: EmbargoKind.UntilInstant, Until: { } until } => $"Embargoed until {BriefingTimes.Spelled(until, plan.Zone)}.",
            _ => "No embargo.",
        };
    }
}
