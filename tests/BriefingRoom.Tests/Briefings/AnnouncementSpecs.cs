using BriefingRoom.Briefings;
using BriefingRoom.Tests.Specs;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Briefings;

/// <summary>
/// The moderator's drafted opening for each spec's rules (fixtures/specs/briefings/announcement.spec), and that
/// the ground-rules detector reads back from it the rules it was drafted from.
/// </summary>
public class AnnouncementSpecs
{
    public static TheoryData<SpecCase> Cases() => SpecFile.Cases("briefings");

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_drafted_opening_states_the_rules(SpecCase spec)
    {
        var plan = PlanOf(spec.Input);
        var announcement = plan.GroundRulesAnnouncement();
        Assert.Equal(spec.Expected, announcement + "\n");

        var detected = GroundRulesDetector.Detect([new Turn("MODERATOR", SpeakerRole.Moderator, new(announcement.Split('\n').Select(p => new Paragraph(new TextRun(p)))))]);
        Assert.Equal(plan.Rules.Attribution, detected.Attribution);
        Assert.Equal(plan.AttributedTo(), detected.AttributedTo);
        Assert.Equal(plan.Rules.DisclosedForInformation, detected.DisclosedForInformation);
        Assert.StartsWith(plan.Rules.Embargo.Kind == EmbargoKind.None ? "none" : "until", detected.Embargo, StringComparison.Ordinal);
    }

    /// <summary>Reads <c>key: value</c> lines: attribution, embargo (none, until-conclusion or an ISO instant), disclosed, and speakers as <c>Name = LABEL</c> joined by <c>;</c>.</summary>
    private static BriefingPlan PlanOf(string input)
    {
        var fields = input.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 2))
            .ToDictionary(kv => kv[0].Trim(), kv => kv[1].Trim());
        var embargo = fields["embargo"] switch
        {
            "none" => Embargo.None,
            "until-conclusion" => Embargo.UntilConclusion,
            var instant => Embargo.UntilInstant(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)),
        };
        var speakers = fields["speakers"].Split(';').Select((s, i) =>
        {
            var parts = s.Split('=');
            return new PlanSpeaker($"s{i + 1}", parts[0].Trim(), [], parts[1].Trim());
        });
        var plan = CallLog.Plan() with
        {
            Rules = new BriefingRules(Enum.Parse<AttributionLevel>(fields["attribution"]), embargo, fields["disclosed"] == "yes"),
            Speakers = new(speakers),
        };
        Assert.Empty(plan.Validate());
        return plan;
    }
}
