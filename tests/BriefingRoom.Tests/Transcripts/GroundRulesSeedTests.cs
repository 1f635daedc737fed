using BriefingRoom.Formats;
using BriefingRoom.Tests.Specs;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Transcripts;

public sealed class GroundRulesSeedTests
{
    public static TheoryData<string> SeedNames() => Seeds.Names();

    [SkippableTheory]
    [MemberData(nameof(SeedNames))]
    public void Both_seeds_are_on_background_attributed_to_a_senior_administration_official(string name)
    {
        var rules = TranscriptFormats.Read(Seeds.Read(name), TranscriptFormat.Markdown).GroundRules;

        Assert.Equal(AttributionLevel.Background, rules.Attribution);
        Assert.Equal(["senior administration official"], rules.AttributedTo);
        Assert.Null(rules.Change);
        Assert.Matches("^until (its )?conclusion$", rules.Embargo);
        Assert.True(rules.DisclosedForInformation);
    }
}
