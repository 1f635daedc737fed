namespace BriefingRoom.Tests.Cli;

/// <summary><c>briefing serve</c> refuses, before it starts, a public address its links could not be built on.</summary>
public class ServeCommandTests
{
    [Theory]
    [InlineData("press.example.gov")]
    [InlineData("ftp://press.example.gov")]
    [InlineData("https://press.example.gov/?x=1")]
    [InlineData("/briefing-room")]
    public void A_public_url_that_is_not_an_http_origin_exits_2_naming_it(string url)
    {
        var result = CliResult.Of("serve", "--public-url", url, "--database", Path.Combine(Path.GetTempPath(), $"never-{Guid.NewGuid():N}.db"));

        Assert.Equal(2, result.Code);
        Assert.Contains($"--public-url '{url}' is not an address like https://press.example.gov", result.Err, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace, result.Err);
    }
}
