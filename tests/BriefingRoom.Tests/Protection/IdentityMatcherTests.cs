using BriefingRoom.Protection;

namespace BriefingRoom.Tests.Protection;

/// <summary>The contract the redactor relies on: spans of the original text, the identifier, and whose it is.</summary>
public class IdentityMatcherTests
{
    [Fact]
    public void A_match_spans_the_original_text_markup_included()
    {
        const string html = "<p>Thanks, Jake <em>Sullivan</em>.</p>";

        var match = Assert.Single(TestIdentities.Matcher.Find(html, TextKind.Markup));

        Assert.Equal("Jake <em>Sullivan", html[match.Start..match.End]);
        Assert.Equal("Jake Sullivan", match.Identifier);
        Assert.Same(TestIdentities.Official, match.Speaker);
    }

    [Fact]
    public void A_redact_phrase_has_no_speaker()
    {
        var match = Assert.Single(TestIdentities.Matcher.Find("in the Situation Room today", TextKind.Plain));

        Assert.True(match.IsRedactPhrase);
        Assert.Equal("Situation Room", match.Identifier);
    }

    [Fact]
    public void A_possessive_leaves_the_apostrophe_and_s_outside_the_span()
    {
        const string text = "Morgan’s question";

        var match = Assert.Single(TestIdentities.Matcher.Find(text, TextKind.Plain));

        Assert.Equal("Morgan", text[match.Start..match.End]);
    }

    [Fact]
    public void A_double_hyphen_at_a_line_end_is_a_dash_not_hyphenation()
    {
        Assert.Empty(TestIdentities.Matcher.Find("Jak--\ne said", TextKind.Plain));
    }

    [Fact]
    public void No_identities_find_nothing()
    {
        var matcher = IdentityMatcher.Build(new ProtectedIdentities([], [], []));

        Assert.Empty(matcher.Find("Jake Sullivan", TextKind.Plain));
    }

    [Fact]
    public void An_identifier_of_only_punctuation_is_ignored()
    {
        var matcher = IdentityMatcher.Build(new ProtectedIdentities([new ProtectedSpeaker("X", "x", ["—"], ["@", "Jake"])], [], []));

        Assert.Equal(["Jake"], matcher.Find("— @ Jake", TextKind.Plain).Select(m => m.Identifier));
    }

    [Fact]
    public void Describe_escapes_line_breaks_so_a_finding_stays_one_line()
    {
        var finding = Assert.Single(LeakChecker.Check("x\nSulli-\nvan", TextKind.Plain, TestIdentities.Matcher));

        Assert.Equal("a.md:2:1: leak: \"Sulli-\\nvan\" matches Sullivan of SENIOR ADMINISTRATION OFFICIAL", finding.Describe("a.md"));
        Assert.True(finding.Blocks);
    }
}
