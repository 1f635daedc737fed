using Microsoft.Playwright;

namespace BriefingRoom.Browser.Tests;

/// <summary>The two screens every staff and reporter page is tried at: a laptop's 1366×900 and a phone's 390×844.</summary>
public static class Screens
{
    public const string Laptop = "1366x900";
    public const string Phone = "390x844";

    public static ViewportSize Of(string screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        var parts = screen.Split('x');
        return new() { Width = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), Height = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) };
    }

    /// <summary>The page fits the screen's width (no sideways scroll), passes axe-core, and is saved as name-screen.png to be looked at.</summary>
    public static async Task AssertFitsAsync(IPage page, string screen, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var width = Of(screen).Width;
        var scroll = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scroll <= width, $"{name} is {scroll} px wide on a {width} px screen");
        await Chromium.ScreenshotAsync(page, $"{name}-{screen}");
        await Axe.AssertNoViolationsAsync(page, $"{name} at {screen}");
    }
}
