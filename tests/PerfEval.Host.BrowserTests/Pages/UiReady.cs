using Microsoft.Playwright;

namespace PerfEval.Host.BrowserTests.Pages;

internal static class UiReady
{
    /// <summary>Waits until the Blazor circuit is live (the layout sets data-interactive after its first interactive render).</summary>
    public static Task WaitInteractiveAsync(this IPage page) =>
        page.Locator("#pe-main[data-interactive=true]").WaitForAsync();
}
