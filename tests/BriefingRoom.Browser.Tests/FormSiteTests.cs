using Microsoft.Playwright;

namespace BriefingRoom.Browser.Tests;

[Collection(nameof(Chromium))]
public sealed class FormSiteTests(Chromium chromium)
{
    [SkippableFact]
    public async Task A_form_filled_by_its_label_from_the_keyboard_posts_what_was_typed()
    {
        await using var context = await chromium.NewContextAsync();
        await using var site = await FormSite.StartAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Address.ToString());

        await page.GetByLabel("Reporter name").PressSequentiallyAsync("Ada <Lovelace>");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#result")).ToHaveTextAsync("Question from Ada <Lovelace>");
        Assert.True(File.Exists(await Chromium.ScreenshotAsync(page)));
    }
}
