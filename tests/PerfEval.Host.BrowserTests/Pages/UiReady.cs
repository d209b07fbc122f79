using Microsoft.Playwright;

namespace PerfEval.Host.BrowserTests.Pages;

internal static class UiReady
{
    /// <summary>Waits until the Blazor circuit is live (the layout sets data-interactive after its first interactive render).</summary>
    public static Task WaitInteractiveAsync(this IPage page) =>
        page.Locator("#pe-main[data-interactive=true]").WaitForAsync();

    /// <summary>A text field by its data-testid: MudBlazor puts it on the input or on its wrapper, depending on the component.</summary>
    public static ILocator Field(this IPage page, string testId) => page.Locator(
        $"input[data-testid='{testId}'], textarea[data-testid='{testId}']:not([aria-hidden]), [data-testid='{testId}'] input, [data-testid='{testId}'] textarea:not([aria-hidden])").First;

    /// <summary>Types into a field and leaves it (numeric fields update as typed; text fields on change).</summary>
    public static async Task FillFieldAsync(this IPage page, string testId, string value)
    {
        var field = page.Field(testId);
        await field.FillAsync(value);
        await field.PressAsync("Tab");
    }

    /// <summary>
    /// Picks <paramref name="itemText"/> in a MudSelect and waits for its list to close. Under load a click can land while
    /// the server re-renders the list and be lost, so the pick is retried; <paramref name="shows"/>, when given, is what
    /// the page shows once the server has taken the choice (retried too while it does not appear).
    /// </summary>
    public static async Task ChooseAsync(this IPage page, ILocator select, string itemText, ILocator? shows = null)
    {
        var openList = page.Locator(".mud-popover-open .mud-list-item");
        var item = openList.Filter(new() { HasText = itemText }).First;
        for (var attempt = 1; ; attempt++)
        {
            if (!await item.IsVisibleAsync())
            {
                await select.ClickAsync();
            }

            await item.ClickAsync();
            try
            {
                await openList.First.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 10_000 });
                if (shows is not null)
                {
                    await shows.WaitForAsync(new() { Timeout = 10_000 });
                }

                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                // The pick did not take: open the list again and pick once more.
            }
        }
    }
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
