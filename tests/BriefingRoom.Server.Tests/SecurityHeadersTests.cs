namespace BriefingRoom.Server.Tests;

/// <summary>Pages, API answers and public records all tell the browser to run only the site's own script and never to frame or sniff it.</summary>
public sealed class SecurityHeadersTests
{
    [SkippableTheory]
    [InlineData("/sign-in")]
    [InlineData("/api/me")]
    [InlineData("/briefing-room/")]
    [InlineData("/no/such/page")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        await using var office = await Office.OpenAsync(TestDatabase.Sqlite);
        using var response = await office["anonymous"].GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
