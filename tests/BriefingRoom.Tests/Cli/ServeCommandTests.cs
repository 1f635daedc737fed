namespace BriefingRoom.Tests.Cli;

/// <summary><c>briefing serve</c> refuses, before it starts, a public address its links could not be built on, or a media server it could not call.</summary>
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

    [Theory]
    [InlineData("janus.example.gov:8088")]
    [InlineData("ws://127.0.0.1:8188")]
    [InlineData("http://user:secret@127.0.0.1:8088/janus")]
    public void A_media_server_that_is_not_an_http_url_exits_2_naming_it(string url)
    {
        var result = CliResult.Of("serve", "--media-server", url, "--database", Path.Combine(Path.GetTempPath(), $"never-{Guid.NewGuid():N}.db"));

        Assert.Equal(2, result.Code);
        Assert.Contains($"--media-server '{url}' is not the address of a Janus HTTP API", result.Err, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace, result.Err);
    }
}
