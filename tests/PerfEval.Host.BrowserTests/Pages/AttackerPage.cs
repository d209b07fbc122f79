using Microsoft.Playwright;
using PerfEval.Host.BrowserTests.Infrastructure;

namespace PerfEval.Host.BrowserTests.Pages;

/// <summary>
/// Pages of <see cref="AttackerSite"/> opened in the victim's browser context (their PerfEval cookie present): a form
/// that posts itself to PerfEval, and a script that fires a no-cors fetch with credentials. Each returns the status
/// PerfEval answered (seen by the browser; the attacker's script cannot read it): 401 would mean no cookie was sent,
/// 403 that the cookie was sent and the request refused.
/// </summary>
public sealed class AttackerPage(IPage page, AttackerSite site, string hostUrl)
{
    /// <summary>A cross-origin form POST (bodyless endpoint, form-encoded body) to <paramref name="apiPath"/>.</summary>
    public async Task<int> PostFormAsync(string apiPath)
    {
        var url = site.Serve($"/form-{Guid.NewGuid():N}", $"""
            <!DOCTYPE html><html><body>
            <form method="post" action="{hostUrl}{apiPath}"><input type="hidden" name="x" value="1"></form>
            <script>document.forms[0].submit();</script>
            </body></html>
            """);
        var response = await page.RunAndWaitForResponseAsync(() => page.GotoAsync(url), r => r.Url.StartsWith(hostUrl + apiPath, StringComparison.Ordinal));
        return response.Status;
    }

    /// <summary>A <c>fetch(…, {{ mode: "no-cors", credentials: "include" }})</c> POST to <paramref name="apiPath"/>.</summary>
    public async Task<int> FetchNoCorsAsync(string apiPath)
    {
        var url = site.Serve($"/fetch-{Guid.NewGuid():N}", $$"""
            <!DOCTYPE html><html><body>
            <script>
              fetch("{{hostUrl}}{{apiPath}}", { method: "POST", mode: "no-cors", credentials: "include" })
                .then(function () { document.title = "sent"; }, function () { document.title = "failed"; });
            </script>
            </body></html>
            """);
        var response = await page.RunAndWaitForResponseAsync(() => page.GotoAsync(url), r => r.Url.StartsWith(hostUrl + apiPath, StringComparison.Ordinal));
        return response.Status;
    }
}
