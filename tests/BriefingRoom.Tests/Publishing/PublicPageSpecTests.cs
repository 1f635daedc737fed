using BriefingRoom.Publishing;
using BriefingRoom.Tests.Formats;
using BriefingRoom.Tests.Specs;

namespace BriefingRoom.Tests.Publishing;

/// <summary>The public page's golden cases: fixtures/specs/publishing/page.spec.</summary>
public class PublicPageSpecTests
{
    public static TheoryData<SpecCase> Cases() => SpecFile.Cases("publishing");

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_page_is_as_specified(SpecCase spec)
    {
        var staff = OutlineInput.Parse(spec.Input);
        var request = JaneVoss.Request(staff, staff.Metadata.Title!) with
        {
            Published = new DateTimeOffset(2024, 3, 5, 21, 20, 0, TimeSpan.Zero),
            Modified = new DateTimeOffset(2024, 3, 5, 21, 21, 7, TimeSpan.Zero),
        };

        Assert.Equal(spec.Expected, JaneVoss.Published(request).Html);
    }
}
