using BriefingRoom.Briefings;
using static BriefingRoom.Tests.Briefings.CallLog;

namespace BriefingRoom.Tests.Briefings;

/// <summary>
/// Every typed field has a most (<see cref="FieldLimits"/>), and numbers a client sends are compared without
/// arithmetic that can overflow: a refusal that names the field, never an exception and never a megabyte stored.
/// </summary>
public class FieldLimitTests
{
    [Theory]
    [InlineData(int.MaxValue, int.MaxValue)]
    [InlineData(1, int.MaxValue)]
    [InlineData(int.MaxValue, 1)]
    [InlineData(int.MinValue, 1)]
    [InlineData(0, -1)]
    public void A_correction_span_outside_the_paragraph_is_refused_even_when_start_plus_length_overflows(int start, int length)
    {
        var log = Live();
        var result = BriefingCommands.Correct(log.State, 1, 1, start, length, "x");
        Assert.Equal("correction-out-of-range", result.Rejection?.Code);
        Assert.Null(result.Rejection!.Field);
    }

    [Theory]
    [InlineData("probe\u0000nul", 6)]
    [InlineData("bell\u0007", 5)]
    [InlineData("\u001B[31mred", 1)]
    [InlineData("del\u007F", 4)]
    public void Typed_text_with_a_control_character_is_refused_at_its_field_naming_where(string text, int at)
    {
        var log = Live();
        var refused = BriefingCommands.AddParagraph(log.State, 1, text);
        Assert.Equal("control-character", refused.Rejection?.Code);
        Assert.Equal("text", refused.Rejection!.Field);
        Assert.Contains($"character {at} is U+", refused.Rejection.Message, StringComparison.Ordinal);
        Assert.Equal("control-character", BriefingCommands.Correct(log.State, 1, 1, 0, 1, text).Rejection?.Code);
    }

    [Theory]
    [InlineData("tab\tand more")]
    [InlineData("right-to-left \u202E and a line separator \u2028 are letters' business, not controls")]
    public void Tabs_and_format_characters_are_not_control_characters(string text) => Assert.Null(FieldLimits.ControlCharacter(text));

    [Fact]
    public void A_correction_up_to_the_paragraphs_end_is_taken()
    {
        var log = Live();
        var text = log.State.Turn(1)!.Paragraphs[0].Text;
        Assert.True(BriefingCommands.Correct(log.State, 1, 1, text.Length - 1, 1, "x").Accepted);
        Assert.True(BriefingCommands.Correct(log.State, 1, 1, text.Length, 0, "x").Accepted);
    }

    [Fact]
    public void A_paragraph_of_up_to_the_limit_is_taken_and_one_character_more_is_refused_at_the_text_field()
    {
        var log = Live();
        Assert.True(BriefingCommands.AddParagraph(log.State, 1, new string('a', FieldLimits.Paragraph)).Accepted);
        var refused = BriefingCommands.AddParagraph(log.State, 1, new string('a', FieldLimits.Paragraph + 1));
        Assert.Equal(("too-long", "text"), (refused.Rejection?.Code, refused.Rejection?.Field));
        Assert.Contains("at most 20,000 characters, not 20,001", refused.Rejection!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Insertions_at_one_point_cannot_grow_a_paragraph_past_the_limit()
    {
        var log = Live();
        var half = new string('b', FieldLimits.Replacement / 2);
        log.Do(s => BriefingCommands.Correct(s, 1, 1, 0, 0, half));
        log.Do(s => BriefingCommands.Correct(s, 1, 1, 0, 0, half));
        var refused = BriefingCommands.Correct(log.State, 1, 1, 0, 0, "one more");
        Assert.Equal(("too-long", "replacement"), (refused.Rejection?.Code, refused.Rejection?.Field));
        Assert.Equal("too-long", BriefingCommands.Correct(Live().State, 1, 1, 0, 0, new string('c', FieldLimits.Replacement + 1)).Rejection?.Code);
    }

    [Fact]
    public void A_reporter_with_an_overlong_name_or_outlet_is_not_admitted()
    {
        var log = Scheduled();
        Assert.Equal("name", BriefingCommands.AdmitReporter(log.State, "r9", new string('n', FieldLimits.Name + 1), "Wire").Rejection?.Field);
        Assert.Equal("outlet", BriefingCommands.AdmitReporter(log.State, "r9", "Nia Long", new string('o', FieldLimits.Outlet + 1)).Rejection?.Field);
        Assert.True(BriefingCommands.AdmitReporter(log.State, "r9", new string('n', FieldLimits.Name), new string('o', FieldLimits.Outlet)).Accepted);
    }

    [Fact]
    public void A_turn_for_an_overlong_speaker_or_reporter_id_is_refused_at_that_field_without_quoting_it()
    {
        var log = Live();
        var speaker = BriefingCommands.StartTurn(log.State, new string('s', FieldLimits.Id + 1));
        Assert.Equal(("too-long", "speaker"), (speaker.Rejection?.Code, speaker.Rejection?.Field));
        Assert.DoesNotContain(new string('s', FieldLimits.Id + 1), speaker.Rejection!.Message, StringComparison.Ordinal);
        Assert.Equal("reporterId", BriefingCommands.StartTurn(log.State, BriefingSpeakers.Reporter, new string('r', FieldLimits.Id + 1)).Rejection?.Field);
    }

    [Fact]
    public void Each_overlong_plan_field_is_reported_at_its_field()
    {
        var speaker = Official with
        {
            Key = new string('k', FieldLimits.SpeakerKey + 1),
            Name = new string('N', FieldLimits.Name + 1),
            Label = new string('L', FieldLimits.SpeakerLabel + 1),
            Aliases = [new string('a', FieldLimits.Name + 1)],
        };
        var plan = Plan() with
        {
            Title = new string('t', FieldLimits.Title + 1),
            Location = new string('l', FieldLimits.Location + 1),
            Section = new string('s', FieldLimits.Section + 1),
            Speakers = [speaker],
        };
        var fields = plan.Validate().Where(e => e.Message.StartsWith("at most", StringComparison.Ordinal)).Select(e => e.Field);
        string[] expected = ["title", "location", "section", "speakers[0].key", "speakers[0].name", "speakers[0].label", "speakers[0].aliases[0]"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Too_many_speakers_or_aliases_are_refused_and_the_limits_themselves_are_taken()
    {
        var many = Enumerable.Range(1, FieldLimits.Speakers + 1).Select(i => Official with { Key = $"s{i}", Name = $"Person Number{i}", Aliases = [] }).ToArray();
        Assert.Contains((Plan() with { Speakers = [.. many] }).Validate(), e => e.Field == "speakers" && e.Message.Contains("at most 50 speakers", StringComparison.Ordinal));
        Assert.Empty((Plan() with { Speakers = [.. many.Take(FieldLimits.Speakers)] }).Validate());
        var aliases = Enumerable.Range(1, FieldLimits.Aliases + 1).Select(i => $"alias{i}").ToArray();
        Assert.Contains((Plan() with { Speakers = [Official with { Aliases = [.. aliases] }] }).Validate(), e => e.Field == "speakers[0].aliases");
        Assert.Empty((Plan() with { Speakers = [Official with { Aliases = [.. aliases.Take(FieldLimits.Aliases)] }] }).Validate());
        Assert.Empty((Plan() with { Title = new string('t', FieldLimits.Title) }).Validate());
    }
}
