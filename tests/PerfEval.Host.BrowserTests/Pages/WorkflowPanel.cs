using Microsoft.Playwright;

namespace PerfEval.Host.BrowserTests.Pages;

/// <summary>The workflow panel on the report page: stage, actions, opinion box, history.</summary>
public sealed class WorkflowPanel(IPage page)
{
    public ILocator Root => page.Locator("[data-testid=workflow-panel]");

    public ILocator Action(string label) => Root.Locator("[data-testid=wf-action]", new() { HasText = label });

    public ILocator History => Root.Locator("[data-testid=wf-history-item]");

    public ILocator CurrentStage => Root.Locator("[data-testid=wf-stage]");

    /// <summary>The finance reviewer's score (复核评分).</summary>
    public async Task FillScoreAsync(string score)
    {
        var box = Root.Locator("[data-testid=wf-score] input, input[data-testid=wf-score]").First;
        await box.FillAsync(score);
        await box.PressAsync("Tab");
    }

    public async Task ActAsync(string label, string? opinion)
    {
        if (opinion is not null)
        {
            var box = Root.Locator("[data-testid=wf-opinion] textarea:not([aria-hidden]), textarea[data-testid=wf-opinion]").First;
            await box.FillAsync(opinion);
            await box.PressAsync("Tab");
        }

        await Action(label).ClickAsync();
    }
}
