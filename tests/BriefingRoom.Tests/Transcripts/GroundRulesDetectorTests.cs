using BriefingRoom.Tests.Specs;
using BriefingRoom.Transcripts;

namespace BriefingRoom.Tests.Transcripts;

public sealed class GroundRulesDetectorTests
{
    public static TheoryData<SpecCase> Cases() => SpecFile.Cases("groundrules");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Detects_the_rules_stated(SpecCase spec)
    {
        var rules = GroundRulesDetector.Detect(CompactTurns.Parse(spec.Input));

        Assert.Equal(spec.Expected, GroundRulesOutline.Of(rules));
    }

    [Fact]
    public void No_turns_state_no_rules() =>
        Assert.Equal(GroundRules.NotStated, GroundRulesDetector.Detect([]));
}
