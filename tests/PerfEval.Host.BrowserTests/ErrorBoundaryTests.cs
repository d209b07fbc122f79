using System.Collections.Concurrent;
using Microsoft.Playwright;
using PerfEval.Host.BrowserTests.Infrastructure;
using PerfEval.Host.BrowserTests.Pages;
using PerfEval.Host.Components.Layout;
using static Microsoft.Playwright.Assertions;

namespace PerfEval.Host.BrowserTests;

/// <summary>An exception a page does not expect shows the layout's error notice; the circuit and the nav menu live on.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ErrorBoundaryTests(BrowserHost host)
{
    [Fact]
    public async Task SaveReport_UnexpectedFailure_ShowsErrorAndKeepsTheCircuit()
    {
        var page = await host.NewPageAsync();
        // The circuit's socket: a new one after the failure would mean the page was reloaded onto a new circuit.
        var sockets = new ConcurrentQueue<IWebSocket>();
        page.WebSocket += (_, ws) =>
        {
            if (ws.Url.Contains("/_blazor", StringComparison.Ordinal))
            {
                sockets.Enqueue(ws);
            }
        };
        await new LoginPage(page).SignInAsync("preparer-gs");
        var form = new ReportFormPage(page);
        // Unique per run: the list search below must find this draft only.
        var title = $"{FailingUiSender.Marker} {Guid.NewGuid():N}"[..24];
        await form.NewCreateAsync(title);
        var error = page.Locator("[data-testid=page-error]");
        var circuit = sockets.Last();
        var socketCount = sockets.Count;

        // FailingUiSender throws on saving this draft, as a locked database would.
        await page.ClickAsync("[data-testid=save]");

        await Expect(error).ToBeVisibleAsync();
        await Expect(error).ToContainTextAsync("操作未能完成：发生了意外错误，已记录。");
        await Expect(error).ToContainTextAsync("本页未保存的输入可能已丢失。");
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        // Logged once, by the boundary.
        var logged = Assert.Single(host.Errors.Entries, e => e.Exception?.Message.Contains(title, StringComparison.Ordinal) == true);
        Assert.Equal(typeof(PageErrorBoundary).FullName, logged.Category);
        await Screenshots.TakeAsync(page, "page-error-1366");

        // 重新加载本页 brings the page back, loaded afresh.
        await page.ClickAsync("[data-testid=page-error-reload]");
        await Expect(error).ToBeHiddenAsync();
        await Expect(page.Locator("#report-title")).ToHaveTextAsync(title);

        // Fails again; then the nav menu still answers (the circuit lives) and the next page works without the notice.
        await page.ClickAsync("[data-testid=save]");
        await Expect(error).ToBeVisibleAsync();
        await page.Locator(".mud-navmenu a[href='/reports']").ClickAsync();
        await page.WaitForURLAsync(u => u.EndsWith("/reports", StringComparison.Ordinal), Ready.Committed);
        await Expect(error).ToBeHiddenAsync();
        await page.Field("filter-title").FillAsync(title);
        await Expect(page.Locator("[data-testid=report-table] tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=report-table] tbody tr")).ToContainTextAsync(title);
        Assert.False(circuit.IsClosed);
        Assert.Equal(socketCount, sockets.Count);
        await page.Context.CloseAsync();
    }
}
