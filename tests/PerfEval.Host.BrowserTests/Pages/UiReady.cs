using Microsoft.Playwright;

namespace PerfEval.Host.BrowserTests.Pages;

internal static class UiReady
{
    /// <summary>Waits until the Blazor circuit is live (the layout sets data-interactive after its first interactive render).</summary>
    public static Task WaitInteractiveAsync(this IPage page) =>
        page.Locator("#pe-main[data-interactive=true]").WaitForAsync();
}

/// <summary>Navigation waits used by the page objects.</summary>
internal static class Ready
{
    /// <summary>
    /// Returns once the new URL is committed, not at its <c>load</c> event: the page objects then wait for the element
    /// that proves the page is usable, and a loaded machine can hold back <c>load</c> past the timeout.
    /// </summary>
    public static PageWaitForURLOptions Committed => new() { WaitUntil = WaitUntilState.Commit };
}
