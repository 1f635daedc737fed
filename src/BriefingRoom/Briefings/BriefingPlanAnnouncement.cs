using BriefingRoom.Formats;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Briefings;

public sealed partial record BriefingPlan
{
    /// <summary>
    /// The moderator's opening drafted from the rules, one paragraph a line: the attribution level and label, the
    /// embargo, and, when the rules allow it, who is speaking. The stenographer edits it like any other turn.
    /// </summary>
    public string GroundRulesAnnouncement()
    {
        var opening = $"Thanks, everyone, for joining us. {LevelSentence()} {EmbargoSentence()}";
        var names = GroundRulesText.Labels(Speakers.Select(s => s.Name.Trim()).ToList());
        var many = Speakers.Count > 1;
        var speakers = Rules.Attribution switch
        {
            AttributionLevel.OnRecord => $"Joining us today {(many ? "are" : "is")} {names}.",
            _ when Rules.DisclosedForInformation =>
                $"For your information only, and not for attribution, today\u2019s {(many ? "speakers are" : "speaker is")} {names}.",
            _ => null,
        };
        var handOver = many ? "With that, over to our speakers." : "With that, over to our speaker.";
        return speakers is null ? $"{opening}\n{handOver}" : $"{opening}\n{speakers} {handOver}";
    }

    /// <summary>The embargo in the words a transcript's ground rules record: "until the conclusion of the call", "none".</summary>
    public string EmbargoText() => Rules.Embargo switch
    {
        { Kind: EmbargoKind.UntilConclusion } => "until the conclusion of the call",
        { Kind: EmbargoKind.UntilInstant, Until: { } until } => "until " + BriefingTimes.Spelled(until, Zone),
        _ => "none",
    };

    /// <summary>The labels remarks are attributed to, lower-cased, each once, in the speakers' order; none unless on background.</summary>
    public ValueList<string> AttributedTo() => Rules.Attribution == AttributionLevel.Background
        ? new(Speakers.Select(s => s.Label.ToLowerInvariant()).Distinct())
        : [];

    private string LevelSentence()
    {
        var labels = Speakers.Select(s => s.Label.ToLowerInvariant()).Distinct().ToList();
        return Rules.Attribution switch
        {
            AttributionLevel.OnRecord => "This call is on the record.",
            AttributionLevel.DeepBackground => "This call is on deep background: you may use what you hear, but not quote it or name any source.",
            AttributionLevel.OffRecord => "This call is off the record: nothing said on it may be reported.",
            _ when labels.Count == 1 => $"This call is on background, attributed to {("aeiou".Contains(labels[0][0], StringComparison.Ordinal) ? "an" : "a")} \u201c{labels[0]}.\u201d",
            _ => $"This call is on background, attributed to {GroundRulesText.Labels(labels.Select((l, i) => i == labels.Count - 1 ? $"\u201c{l}.\u201d" : $"\u201c{l}\u201d").ToList())}",
        };
    }

    private string EmbargoSentence() => Rules.Embargo.Kind switch
    {
        EmbargoKind.None => "There is no embargo on its contents.",
        _ => $"Its contents are embargoed {EmbargoText()}.",
    };
}
