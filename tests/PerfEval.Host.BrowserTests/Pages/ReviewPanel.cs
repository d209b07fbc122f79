using Microsoft.Playwright;

namespace PerfEval.Host.BrowserTests.Pages;

/// <summary>逐项复核 beside the report form: one row per indicator with the reviewer's score and reason.</summary>
public sealed class ReviewPanel(IPage page)
{
    public ILocator Root => page.Locator("[data-testid=review-panel]");

    public ILocator Total => Root.Locator("[data-testid=review-total]");

    public ILocator Grade => Root.Locator("[data-testid=review-grade]");

    public ILocator Rows => Root.Locator("[data-testid=review-row]");

    /// <summary>Sets the reviewed score and reason of the <paramref name="index"/>-th indicator.</summary>
    public async Task ReviewAsync(int index, string score, string reason)
    {
        // MudBlazor puts the test id on the input itself (or on its wrapper, depending on the version).
        var scoreBox = Root.Locator("[data-testid=review-score] input, input[data-testid=review-score]").Nth(index);
        await scoreBox.FillAsync(score);
        await scoreBox.PressAsync("Tab");
        var reasonBox = Root.Locator("[data-testid=review-reason] input, input[data-testid=review-reason]").Nth(index);
        await reasonBox.FillAsync(reason);
        await reasonBox.PressAsync("Tab");
    }

    /// <summary>The department reviewer's note (批注) on the <paramref name="index"/>-th indicator.</summary>
    public async Task AnnotateAsync(int index, string note)
    {
        var box = Root.Locator("[data-testid=review-note] input, input[data-testid=review-note]").Nth(index);
        await box.FillAsync(note);
        await box.PressAsync("Tab");
    }

    public ILocator NoteInput(int index) => Root.Locator("[data-testid=review-note] input, input[data-testid=review-note]").Nth(index);

    public async Task<decimal> ComputedScoreAsync(int index)
        => decimal.Parse(await Rows.Nth(index).Locator("td").Nth(3).InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

    public Task SaveAsync() => Root.Locator("[data-testid=review-save]").ClickAsync();
}
