using BriefingRoom.Formats;
using BriefingRoom.Publishing;

namespace BriefingRoom.Tests.Publishing;

/// <summary>Slugs and record paths as the live site's URLs have them.</summary>
public class PublicPathsTests
{
    [Theory]
    [InlineData("Background Press Call by a Senior Administration Official on\u00a0Russia", "background-press-call-by-a-senior-administration-official-on-russia")]
    [InlineData("President Biden\u2019s Call with Président Zelenskyy — Readout!", "president-bidens-call-with-president-zelenskyy-readout")]
    [InlineData("  Q&A: 2024's \"budget\"  ", "q-a-2024s-budget")]
    public void A_slug_is_lower_case_folded_words_joined_by_hyphens(string title, string slug) =>
        Assert.Equal(slug, Slug.Of(title, PublicPaths.MaxSlugLength));

    [Fact]
    public void A_long_title_is_cut_at_a_whole_word()
    {
        var slug = Slug.Of(string.Join(' ', Enumerable.Repeat("inspections", 30)), PublicPaths.MaxSlugLength);

        Assert.True(slug.Length <= PublicPaths.MaxSlugLength);
        Assert.All(slug.Split('-'), word => Assert.Equal("inspections", word));
    }

    [Fact]
    public void A_path_has_the_section_the_date_and_the_slug() =>
        Assert.Equal(
            "/briefing-room/press-briefings/2022/01/08/background-press-call-on-russia/",
            PublicPaths.Of("press-briefings", new DateOnly(2022, 1, 8), "Background Press Call on Russia"));
}
