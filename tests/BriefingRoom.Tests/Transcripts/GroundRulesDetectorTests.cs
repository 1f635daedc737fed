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
        // A first line "title: …" is the transcript's title, which may state the rules too.
        var (title, input) = spec.Input.StartsWith("title: ", StringComparison.Ordinal)
            ? (spec.Input[7..spec.Input.IndexOf('\n', StringComparison.Ordinal)], spec.Input[(spec.Input.IndexOf('\n', StringComparison.Ordinal) + 1)..])
            : (null, spec.Input);
        var rules = GroundRulesDetector.Detect(CompactTurns.Parse(input), title);

        Assert.Equal(spec.Expected, GroundRulesOutline.Of(rules));
    }

    [Fact]
    public void No_turns_state_no_rules() =>
        Assert.Equal(GroundRules.NotStated, GroundRulesDetector.Detect([]));
}
