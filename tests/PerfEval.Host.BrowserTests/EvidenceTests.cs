using System.Text.Json.Nodes;
using Microsoft.Playwright;
using PerfEval.Host.BrowserTests.Infrastructure;
using PerfEval.Host.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace PerfEval.Host.BrowserTests;

/// <summary>Evidence (佐证材料): a checklist item that needs it holds the report back until a file is attached beside it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EvidenceTests(BrowserHost host)
{
    [Fact]
    public async Task RequiredChecklistItem_SubmitRefusedWithoutEvidence_AcceptedWithIt_FinanceReviewerOpensThePdf()
    {
        // A rubric-A report (the worked sample) whose other evidence items already have files (API); A.1.2.1 ③ has none.
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("preparer");
        var content = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(BrowserHost.RepoRoot(), "samples", "rubric-a-project-2021.json")))!["content"]!.AsObject();
        content["basic"]!["projectName"] = "浏览器测试：佐证材料";
        var created = await page.APIRequest.PostAsync("/api/reports", new() { Headers = BrowserHost.ApiHeaders, DataObject = new { kind = "project", content } });
        Assert.True(created.Ok, await created.TextAsync());
        var reportId = JsonNode.Parse(await created.TextAsync())!["summary"]!["id"]!.GetValue<string>();
        foreach (var (key, item) in new[] { ("A.1.3.1", "1"), ("A.2.2.2", "1"), ("A.2.3.4", "1") })
        {
            var form = page.APIRequest.CreateFormData();
            form.Set("file", new FilePayload { Name = $"{key}.pdf", MimeType = "application/pdf", Buffer = Pdf(key) });
            form.Set("indicatorKey", key);
            form.Set("itemId", item);
            var upload = await page.APIRequest.PostAsync($"/api/reports/{reportId}/attachments", new() { Headers = BrowserHost.ApiHeaders, Multipart = form });
            Assert.True(upload.Ok, await upload.TextAsync());
        }

        await page.GotoAsync($"/reports/{reportId}");
        var report = new ReportFormPage(page);
        await report.WaitReadyAsync();
        var evidence = new EvidencePage(page);
        await Expect(evidence.ItemNeeds("A.1.2.1", "3")).ToContainTextAsync("需上传佐证材料");

        // Without the file: refused, naming the item.
        await report.Workflow.ActAsync("提交", null);
        var blocked = report.Workflow.Root.Locator("[data-testid=wf-blocked]");
        await Expect(blocked).ToContainTextAsync("“符合部门年度工作计划”已勾选，需上传佐证材料");
        await Expect(report.Workflow.CurrentStage).ToHaveTextAsync("起草");

        // With it: accepted.
        await evidence.UploadForItemAsync("A.1.2.1", "3", new FilePayload { Name = "部门年度工作计划.pdf", MimeType = "application/pdf", Buffer = Pdf("plan") });
        await Expect(evidence.ItemNeeds("A.1.2.1", "3")).ToContainTextAsync("已上传佐证材料");
        await page.Locator("#sec-attachments").ScrollIntoViewIfNeededAsync();
        await Screenshots.TakeViewportAsync(page, "report-evidence-1366");
        await report.Workflow.ActAsync("提交", null);
        await Expect(report.Workflow.CurrentStage).ToHaveTextAsync("单位签署");
        await page.Context.CloseAsync();

        // The finance reviewer sees every item's evidence at a glance and opens the PDF in the browser.
        var reviewer = await host.NewPageAsync();
        await new LoginPage(reviewer).SignInAsync("financereviewer");
        await reviewer.GotoAsync($"/reports/{reportId}");
        await new ReportFormPage(reviewer).WaitReadyAsync();
        var seen = new EvidencePage(reviewer);
        await Expect(seen.Rows).ToHaveCountAsync(4);
        await Expect(reviewer.Locator("[data-testid='evidence-overview-A.1.2.1-3']")).ToContainTextAsync("已上传佐证材料");
        var link = seen.Rows.Filter(new() { HasText = "部门年度工作计划.pdf" }).Locator("[data-testid=attachments-preview]");
        var href = await link.GetAttributeAsync("href");
        var popup = await reviewer.RunAndWaitForPopupAsync(() => link.ClickAsync());
        Assert.EndsWith("/preview", popup.Url, StringComparison.Ordinal);
        var pdf = await reviewer.APIRequest.GetAsync(href!);
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.StartsWith("inline", pdf.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.Equal(Pdf("plan"), await pdf.BodyAsync());
        await reviewer.Context.CloseAsync();
    }

    /// <summary>A small valid PDF whose text differs per <paramref name="text"/> (so each file is its own content).</summary>
    private static byte[] Pdf(string text) => System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\n"
        + $"%{text}\ntrailer<</Root 1 0 R>>\n%%EOF\n");
}
