using Microsoft.Playwright;

namespace PerfEval.Host.BrowserTests.Pages;

/// <summary>The evidence (佐证材料) parts of the report page: the box beside a checklist item and the attachments section.</summary>
public sealed class EvidencePage(IPage page)
{
    /// <summary>The box beside checklist item <paramref name="item"/> of indicator <paramref name="key"/>.</summary>
    public ILocator ItemBox(string key, string item) => page.Locator($"[data-testid='evidence-{key}-{item}']");

    public ILocator ItemNeeds(string key, string item) => page.Locator($"[data-testid='evidence-{key}-{item}-needs']");

    public ILocator ItemFiles(string key, string item) => page.Locator($"[data-testid='evidence-{key}-{item}-file']");

    public ILocator Section => page.Locator("[data-testid=attachments-section]");

    public ILocator Rows => page.Locator("[data-testid=attachments-row]");

    public ILocator PreviewLinks => page.Locator("[data-testid=attachments-preview]");

    /// <summary>Chooses a file in the item's upload control and waits until it is listed (choosing again if the control's script was not ready).</summary>
    public async Task UploadForItemAsync(string key, string item, FilePayload file)
    {
        for (var attempt = 1; ; attempt++)
        {
            await ItemBox(key, item).Locator("input[type=file]").SetInputFilesAsync(file);
            try
            {
                await ItemFiles(key, item).Filter(new() { HasText = file.Name }).First.WaitForAsync(new() { Timeout = attempt < 3 ? 10_000 : 30_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }
}
