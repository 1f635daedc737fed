using BriefingRoom.Briefings;
using BriefingRoom.Transcripts;
using static BriefingRoom.Tests.Briefings.CallLog;

namespace BriefingRoom.Tests.Briefings;

/// <summary>A plan typed by a user is checked field by field; a valid one gives the identities publishing protects.</summary>
public class PlanTests
{
    [Fact]
    public void A_good_plan_has_no_errors()
    {
        Assert.Empty(Plan().Validate());
    }

    [Fact]
    public void Each_problem_is_reported_at_its_field()
    {
        var plan = Plan() with
        {
            Title = "",
            TimeZone = "Eastern",
            StartsAt = new DateTimeOffset(2022, 1, 8, 13, 10, 0, TimeSpan.FromHours(-5)),
            Rules = new BriefingRules(AttributionLevel.NotStated, new Embargo(EmbargoKind.UntilInstant)),
            Speakers =
            [
                new PlanSpeaker("s1", "Quillon Varsedy", ["Quill", " "], ""),
                new PlanSpeaker("s1", "", ["quill"], "Senior official"),
                new PlanSpeaker("moderator", "Ottoline Brasque", [], "MODERATOR"),
            ],
        };

        Assert.Equal(
            [
                "title: required",
                "startsAt: must be given in UTC (offset +00:00), not -05:00",
                "timeZone: unknown time zone 'Eastern': give an IANA id such as America/New_York",
                "rules.attribution: required: on-record, background, deep-background or off-record",
                "rules.embargo.until: required when the embargo runs until a set time",
                "speakers[0].label: required",
                "speakers[0].aliases[1]: blank: remove it or type the alias",
                "speakers[1].key: 's1' is used by another speaker",
                "speakers[1].name: required",
                "speakers[1].label: 'Senior official' must be written in capitals, as printed: SENIOR ADMINISTRATION OFFICIAL",
                "speakers[1].aliases[0]: 'quill' also names speakers[0]",
                "speakers[2].key: 'moderator' must be lower-case letters, digits and hyphens, and not moderator, operator or reporter",
            ],
            plan.Validate().Select(e => e.ToString()));
    }

    [Fact]
    public void A_plan_without_speakers_says_so()
    {
        Assert.Equal("speakers: at least one speaker is required", Assert.Single((Plan() with { Speakers = [] }).Validate()).ToString());
    }

    [Fact]
    public void Background_speakers_are_protected_by_name_and_aliases_under_their_label_and_nothing_unseen()
    {
        var speaker = Assert.Single(Plan().ToProtectedIdentities().Speakers);
        Assert.Equal("SENIOR ADMINISTRATION OFFICIAL", speaker.Label);
        Assert.Equal("senior administration official", speaker.Mention);
        Assert.Equal(["Quillon Varsedy"], speaker.Names);
        Assert.Equal(["Quillon", "Varsedy", "Quill", "Undersecretary for Zephyr Affairs"], speaker.Aliases);
        var withoutParts = Plan() with { Speakers = [Official with { Aliases = ["Quill"] }] };
        Assert.Equal(["Quill"], Assert.Single(withoutParts.ToProtectedIdentities().Speakers).Aliases);
    }

    [Theory]
    [InlineData("Quillon Varsedy", new[] { "Quillon", "Varsedy" })]
    [InlineData("Mary Ann de la Cruz", new[] { "Mary", "Cruz" })]
    [InlineData("Cher", new string[0])]
    public void A_name_suggests_its_first_and_last_word_as_aliases(string name, string[] suggested)
    {
        Assert.Equal(suggested, PlanSpeaker.SuggestedAliases(name));
    }

    [Fact]
    public void Nobody_is_protected_on_the_record()
    {
        Assert.Empty(Plan(AttributionLevel.OnRecord).ToProtectedIdentities().Speakers);
    }
}
