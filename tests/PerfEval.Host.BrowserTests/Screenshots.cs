using Microsoft.Playwright;
using PerfEval.Host.BrowserTests.Infrastructure;

namespace PerfEval.Host.BrowserTests;

internal static class Screenshots
{
    /// <summary>Full-page screenshot into artifacts/screenshots/NAME.png.</summary>
    public static async Task TakeAsync(IPage page, string name)
    {
        // From the top: a full-page shot of a scrolled page draws the fixed app bar in the middle.
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.Locator(".pe-side-panel").EvaluateAllAsync<int>("els => { els.forEach(e => e.scrollTop = 0); return els.length; }");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotDir, name + ".png"), FullPage = true });
    }

    /// <summary>What the user sees right now (the 1366×768 or 390 px window), not the whole page.</summary>
    public static Task TakeViewportAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotDir, name + ".png"), FullPage = false });
}
