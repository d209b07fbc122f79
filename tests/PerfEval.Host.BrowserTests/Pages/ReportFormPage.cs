using Microsoft.Playwright;

namespace PerfEval.Host.BrowserTests.Pages;

/// <summary>The report form (/reports/{id}); fields are addressed by their document path (data-testid).</summary>
public sealed class ReportFormPage(IPage page)
{
    public IPage Page => page;

    public async Task WaitReadyAsync()
    {
        await page.WaitForURLAsync(u => u.Contains("/reports/", StringComparison.Ordinal), Ready.Committed);
        await page.WaitInteractiveAsync();
        await page.Locator("#report-title").WaitForAsync();
    }

    /// <summary>The input or textarea of a field by its document path, e.g. <c>funding.planned.central</c>.</summary>
    public ILocator Field(string path) => page.Locator(
        $"input[data-testid='{path}'], textarea[data-testid='{path}']:not([aria-hidden]), [data-testid='{path}'] input, [data-testid='{path}'] textarea:not([aria-hidden])").First;

    /// <summary>Types a value and leaves the field (MudBlazor commits on change/blur).</summary>
    public async Task FillAsync(string path, string value)
    {
        var field = Field(path);
        await field.FillAsync(value);
        await field.PressAsync("Tab");
    }

    public async Task<string> ValueAsync(string path) => await Field(path).InputValueAsync();

    /// <summary>The whole input control of a field (label, box, the message under it).</summary>
    public ILocator Control(string path) => page.Locator(".mud-input-control", new() { Has = Field(path) }).First;

    /// <summary>The report's id, from the address of the form.</summary>
    public Guid ReportId => Guid.Parse(page.Url.Split("/reports/")[1].Split('/', '?', '#')[0]);

    /// <summary>Opens a report from the report list (/reports) by its title.</summary>
    public async Task OpenFromListAsync(string title)
    {
        await page.GotoAsync("/reports");
        await page.WaitInteractiveAsync();
        // Other tests of the shared host add reports: search the title (按标题搜索) rather than page through the list.
        await page.Field("filter-title").FillAsync(title);
        // Filtered when every row shows the title (and there is one).
        await page.WaitForFunctionAsync(
            "t => { const rows = [...document.querySelectorAll('[data-testid=report-table] tbody tr')]; return rows.length > 0 && rows.every(r => r.textContent.includes(t)); }",
            title);
        await page.Locator("[data-testid=report-table] a", new() { HasText = title }).First.ClickAsync();
        await WaitReadyAsync();
    }

    public async Task NewCreateAsync(string title)
    {
        await page.GotoAsync("/reports/new");
        await page.WaitInteractiveAsync();
        var field = page.Locator("[data-testid=new-title] input, input[data-testid=new-title]").First;
        await field.FillAsync(title);
        await field.PressAsync("Tab");
        await page.ClickAsync("[data-testid=new-create]");
        await WaitReadyAsync();
    }

    public Task AddRowAsync(string section) => page.ClickAsync($"[data-testid={section}-add]");

    /// <summary>
    /// Saves and waits for 已保存. A click that lands while the server re-renders the toolbar can be dropped under load (the
    /// status then simply stays 有未保存的修改, with no refusal shown): the click is repeated once; a refusal fails at once.
    /// </summary>
    public async Task SaveAsync()
    {
        var status = page.Locator("[data-testid=save-status]");
        var refused = page.Locator("[data-testid=validation-summary], [data-testid=conflict], [data-testid=page-error]");
        await page.ClickAsync("[data-testid=save]");
        try
        {
            await Assertions.Expect(status).ToHaveTextAsync("已保存", new() { Timeout = 15_000 });
            return;
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            // Falls through to one more click unless the page refused the save.
        }

        if (await refused.CountAsync() == 0)
        {
            await page.ClickAsync("[data-testid=save]");
        }

        await Assertions.Expect(status).ToHaveTextAsync("已保存");
    }

    public ILocator Findings(string section) => page.Locator($"[data-testid=findings-{section}] [data-testid=finding]");

    public ILocator LiveTotal => page.Locator("[data-testid=live-total]");

    public ILocator LiveGrade => page.Locator("[data-testid=live-grade]");

    public WorkflowPanel Workflow => new(page);

    /// <summary>The 评分要素填报 section (shown when the report's rubric scores from answers).</summary>
    public ILocator Answers => page.Locator("[data-testid=answers-section]");

    /// <summary>The checkbox of a checklist item of a rubric indicator, e.g. <c>A.1.1.1</c> item <c>2</c>.</summary>
    public ILocator AnswerItem(string key, string item) => Toggle($"answer-{key}-item-{item}");

    /// <summary>The radio button of an option of a choice indicator.</summary>
    public ILocator AnswerOption(string key, string option) => Toggle($"answer-{key}-option-{option}");

    // MudBlazor puts the test id on the input itself or on its wrapper, depending on the component.
    private ILocator Toggle(string testId) => page.Locator($"input[data-testid='{testId}'], [data-testid='{testId}'] input").First;

    /// <summary>The live score as a number (waits until the panel shows one).</summary>
    public async Task<decimal> LiveTotalValueAsync()
    {
        await LiveTotal.WaitForAsync();
        return decimal.Parse(await LiveTotal.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
