using Microsoft.Playwright;

namespace PerfEval.Host.BrowserTests.Pages;

/// <summary>The rubric list (/rubrics) and editor (/rubrics/{id}); tree nodes are addressed by indicator key.</summary>
public sealed class RubricEditorPage(IPage page)
{
    public IPage Page => page;

    public async Task OpenListAsync()
    {
        await page.GotoAsync("/rubrics");
        await page.WaitInteractiveAsync();
        await page.Locator("#rubrics-title").WaitForAsync();
    }

    public async Task OpenAsync(string id)
    {
        await OpenListAsync();
        await page.ClickAsync($"[data-testid='open-{id}']");
        await page.WaitForURLAsync(u => u.EndsWith($"/rubrics/{id}", StringComparison.Ordinal), Ready.Committed);
        await page.Locator("#rubric-title").WaitForAsync();
        await page.Locator("[data-testid=verification-ok], [data-testid=verification-count]").First.WaitForAsync();
    }

    public ILocator Input(string testId) => page.Field(testId);

    /// <summary>Types into a field and leaves it (numeric fields update as typed; text fields on change).</summary>
    public Task FillAsync(string testId, string value) => page.FillFieldAsync(testId, value);

    public Task SetPointsAsync(string key, decimal points) => FillAsync($"points-{key}", points.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public async Task SelectIndicatorAsync(string key)
    {
        await page.Locator($"[data-testid='node-{key}'] .pe-rubric-key").First.ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-testid=selected-indicator]")).ToContainTextAsync(key);
    }

    public ILocator Sum(string key) => page.Locator($"[data-testid='sum-{key}']");

    public ILocator ProblemsOf(string key) => page.Locator($"[data-testid='problem-{key}']");

    public ILocator VerificationProblems => page.Locator("[data-testid=verification-problem]");

    public ILocator VerificationOk => page.Locator("[data-testid=verification-ok]");

    public ILocator PublishButton => page.Locator("[data-testid=publish]");

    /// <summary>
    /// Drags a tree node (indicator or level-2 group) by its grip and drops it on the centre of <paramref name="target"/>
    /// (HTML5 drag, real mouse steps). The target is centred first so both ends stay inside the viewport: a pointer
    /// outside it (or under the app bar) produces no dragover and no drop. Keep source and target within ~300 px.
    /// </summary>
    public async Task DragAsync(string key, ILocator target)
    {
        var grip = page.Locator($"[data-testid='drag-{key}']");
        await target.EvaluateAsync("e => e.scrollIntoView({ block: 'center' })");
        await grip.HoverAsync();
        await page.Mouse.DownAsync();
        var box = (await target.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2), new() { Steps = 5 });
        await page.Mouse.UpAsync();
    }

    /// <summary>The keys of the indicators under a group, in tree order.</summary>
    public Task<IReadOnlyList<string>> IndicatorKeysAsync(string groupKey) =>
        page.Locator($"[data-testid='node-{groupKey}'] .pe-rubric-l3 > .pe-rubric-row > .pe-rubric-key").AllInnerTextsAsync();

    public ILocator TreeKeys => page.Locator("[data-testid=rubric-tree] .pe-rubric-key");

    public Task TabAsync(string label) => page.Locator(".mud-tab", new() { HasText = label }).First.ClickAsync();

    /// <summary>Picks an item of a MudSelect wrapped in an element with <paramref name="testId"/>.</summary>
    public Task ChooseAsync(string testId, string itemText, ILocator? shows = null) =>
        page.ChooseAsync(page.Locator($"[data-testid='{testId}'] .mud-select").First, itemText, shows);

    public async Task PublishAsync(string note)
    {
        await FillAsync("publish-note", note);
        await Microsoft.Playwright.Assertions.Expect(PublishButton).ToBeEnabledAsync();
        await PublishButton.ClickAsync();
    }

    public Task ImportAsync(string path) => page.SetInputFilesAsync("[data-testid=import-file]", path);
}
