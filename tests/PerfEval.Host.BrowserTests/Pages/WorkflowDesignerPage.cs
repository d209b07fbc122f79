using Microsoft.Playwright;

namespace PerfEval.Host.BrowserTests.Pages;

/// <summary>The workflow designer (/workflows/designer/{id}): stages, actions and routes addressed by their indexes.</summary>
public sealed class WorkflowDesignerPage(IPage page)
{
    public IPage Page => page;

    public async Task OpenAsync(string id)
    {
        await page.GotoAsync($"/workflows/designer/{id}");
        await page.WaitInteractiveAsync();
        await page.Locator("#designer-title").WaitForAsync();
        await page.Locator("[data-testid=designer-ok], [data-testid=designer-problems]").First.WaitForAsync();
    }

    public ILocator Ok => page.Locator("[data-testid=designer-ok]");

    public ILocator Problems => page.Locator("[data-testid=designer-problem]");

    public ILocator PublishButton => page.Locator("[data-testid=publish]");

    /// <summary>The change-note prompt publishing opens.</summary>
    public ILocator NotePanel => page.Locator("[data-testid=publish-note-panel]");

    /// <summary>The version history (audit) rows, newest first.</summary>
    public ILocator HistoryRows => page.Locator("[data-testid=history-row]");

    /// <summary>Writes the change note into the publish prompt (opened by <c>publish</c>) and confirms.</summary>
    public async Task ConfirmPublishAsync(string note)
    {
        await page.FillFieldAsync("publish-note", note);
        await Microsoft.Playwright.Assertions.Expect(page.Field("publish-note")).ToHaveValueAsync(note);
        await ClickAsync("publish-confirm");
    }

    public ILocator Stage(int i) => page.Locator($"[data-testid='stage-{i}']");

    public Task ClickAsync(string testId) => page.Locator($"[data-testid='{testId}']").First.ClickAsync();

    /// <summary>
    /// Types into a field and leaves it, then waits until the server's re-render shows the value (every edit is checked on the
    /// server and re-renders the form: a render racing the typing could otherwise put the old value back).
    /// </summary>
    public async Task FillAsync(string testId, string value)
    {
        for (var attempt = 0; ; attempt++)
        {
            await page.FillFieldAsync(testId, value);
            await page.WaitForTimeoutAsync(300);
            if (await page.Field(testId).InputValueAsync() == value || attempt == 3)
            {
                break;
            }
        }

        await Microsoft.Playwright.Assertions.Expect(page.Field(testId)).ToHaveValueAsync(value);
    }

    /// <summary>Picks an item of a MudSelect wrapped in an element with <paramref name="testId"/>.</summary>
    public Task ChooseAsync(string testId, string itemText, ILocator? shows = null) =>
        page.ChooseAsync(page.Locator($"[data-testid='{testId}'] .mud-select").First, itemText, shows);

    /// <summary>Ticks a MudCheckBox wrapped in an element with <paramref name="testId"/>.</summary>
    public Task TickAsync(string testId) => page.Locator($"[data-testid='{testId}'] input[type=checkbox]").First.CheckAsync();

    /// <summary>Simulation rows: (path label, count).</summary>
    public async Task<IReadOnlyList<(string Label, int Count)>> SimulatedPathsAsync()
    {
        var rows = page.Locator("[data-testid=sim-path]");
        var result = new List<(string, int)>();
        for (var n = 0; n < await rows.CountAsync(); n++)
        {
            var label = await rows.Nth(n).Locator(".pe-sim-label").InnerTextAsync();
            var count = int.Parse(await rows.Nth(n).Locator(".pe-sim-count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
            result.Add((label, count));
        }

        return result;
    }
}
