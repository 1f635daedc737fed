using Microsoft.Playwright;

namespace BriefingRoom.Browser.Tests;

/// <summary>The accessibility check itself: it must find what it is there to find, or its silence on the real pages means nothing.</summary>
[Collection(nameof(Chromium))]
public sealed class AxeTests(Chromium chromium)
{
    [SkippableFact]
    public async Task The_check_reports_an_image_without_text_and_pale_text()
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("""<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><h1>t</h1><img src="data:,"><p style="color:#ccc">pale</p></main></body></html>""");
        var failure = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => Axe.AssertNoViolationsAsync(page, "a bad page"));
        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("color-contrast", failure.Message, StringComparison.Ordinal);
    }
}
