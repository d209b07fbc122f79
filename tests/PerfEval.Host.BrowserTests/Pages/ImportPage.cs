using Microsoft.Playwright;

namespace PerfEval.Host.BrowserTests.Pages;

/// <summary>The import pages (/reports/import, /reports/{id}/import): upload, review with notes beside the fields, confirm.</summary>
public sealed class ImportPage(IPage page)
{
    public IPage Page => page;

    /// <summary>From 新建报告, the 导入Word报告 button.</summary>
    public async Task OpenFromNewReportAsync()
    {
        await page.GotoAsync("/reports/new");
        await page.WaitInteractiveAsync();
        await page.ClickAsync("[data-testid=new-import]");
        await page.WaitForURLAsync(u => u.EndsWith("/reports/import", StringComparison.Ordinal), Ready.Committed);
        await page.WaitInteractiveAsync();
        await page.Locator("[data-testid=import-upload]").WaitForAsync();
    }

    /// <summary>
    /// Chooses the file; returns once the review (or a refusal) is shown. Blazor's InputFile listens only once its script has
    /// attached after the first render: on a loaded machine a file set before that is missed, so it is set again.
    /// </summary>
    public async Task UploadAsync(string path)
    {
        await page.Locator("[data-testid=import-upload]").WaitForAsync();
        var shown = page.Locator("[data-testid=import-bar], [data-testid=import-error]").First;
        var input = page.Locator("input[data-testid=import-file]");
        for (var attempt = 1; ; attempt++)
        {
            await input.SetInputFilesAsync(path);
            try
            {
                await shown.WaitForAsync(new() { Timeout = attempt < 3 ? 8_000 : 45_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                // Not picked up: choose the file again — unless it is being read or recognised (progress shown, or the
                // upload control already replaced): then only wait for the outcome.
                if (await page.Locator("[data-testid=import-upload] .mud-progress-linear").CountAsync() > 0 || await input.CountAsync() == 0)
                {
                    await shown.WaitForAsync(new() { Timeout = 45_000 });
                    return;
                }
            }
        }
    }

    public ILocator Notes => page.Locator("[data-testid=import-notes] [data-testid=import-note]");

    public ILocator NotesAt(string field) => page.Locator($"[data-testid=import-notes] [data-testid=import-note][data-field='{field}']");

    public ILocator Error => page.Locator("[data-testid=import-error]");

    /// <summary>A section's notes shown under its fields (the form's findings list).</summary>
    public ILocator SectionNotes(string section) => page.Locator($"[data-testid=findings-{section}] [data-testid=finding]");

    public Task ConfirmAsync() => page.ClickAsync("[data-testid=import-confirm]");

    /// <summary>
    /// Confirms replacing a draft (the 替换 dialog) and waits for the form at <paramref name="reportUrl"/>. A refusal shown
    /// instead fails with its text, so a conflict or validation error is not reported as a bare navigation timeout.
    /// </summary>
    public async Task ConfirmReplaceAsync(string reportUrl)
    {
        await ConfirmAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "替换", Exact = true }).ClickAsync();
        var refused = page.Locator("[data-testid=import-error], [data-testid=validation-summary]").First;
        var arrived = page.WaitForURLAsync(reportUrl, new() { WaitUntil = WaitUntilState.Commit, Timeout = 45_000 });
        var shown = refused.WaitForAsync(new() { Timeout = 45_000 });
        if (await Task.WhenAny(arrived, shown) == shown && shown.IsCompletedSuccessfully)
        {
            throw new InvalidOperationException("Replacing the draft was refused: " + await refused.InnerTextAsync());
        }

        try
        {
            await arrived;
        }
        catch (TimeoutException e)
        {
            // Say where the page stood instead of a bare navigation timeout.
            var text = await page.Locator("main").First.InnerTextAsync(new() { Timeout = 5_000 });
            throw new TimeoutException($"No navigation to {reportUrl}; the page is at {page.Url} and shows: {text[..Math.Min(text.Length, 600)]}", e);
        }
    }
}
