using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfEval.Host.BrowserTests.Infrastructure;
using PerfEval.Host.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace PerfEval.Host.BrowserTests;

/// <summary>导入Word报告: upload a real report, see the notes beside the fields, confirm, and the draft exists; replace a draft; Excel indicators.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportTests(BrowserHost host) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("perfeval-import-ui-").FullName;

    private static string Seed(string name) => Path.Combine(BrowserHost.RepoRoot(), "samples", "import", name);

    [Fact]
    public async Task ImportWord_NewReport_ReviewNotesThenDraftCreated()
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("preparer");
        var import = new ImportPage(page);
        await import.OpenFromNewReportAsync();

        await import.UploadAsync(Seed("changan-2019-project-online-service.txt"));

        // The review: what was read is in the form's fields, every judgment is a note — in the list and under its section.
        var form = new ReportFormPage(page);
        await Expect(form.Field("basic.projectName")).ToHaveValueAsync("中小企业网上服务经费");
        await Expect(form.Field("indicators[7].level3")).ToHaveValueAsync("受益对象满意度");
        await Expect(import.NotesAt("funding.planned.total")).ToContainTextAsync("年初预算安排50万元");
        await Expect(import.NotesAt("indicators[0].points")).ToContainTextAsync("自评得分之和");
        await Expect(import.SectionNotes("funding").First).ToBeVisibleAsync();
        Assert.True(await import.Notes.CountAsync() >= 15);
        await Screenshots.TakeAsync(page, "import-review-1366");
        await page.Locator("#sec-indicators").ScrollIntoViewIfNeededAsync();
        await Screenshots.TakeViewportAsync(page, "import-review-indicators-1366");

        await import.ConfirmAsync();

        await form.WaitReadyAsync();
        await Expect(page.Locator("#report-title")).ToHaveTextAsync("中小企业网上服务经费");
        await Expect(form.Field("funding.planned.county")).ToHaveValueAsync("50.00");
        await Expect(form.Field("statedTotalScore")).ToHaveValueAsync("98.00");
        await Screenshots.TakeAsync(page, "import-created-1366");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ImportWord_OnAPhone_ShowsNotesUnderTheForm()
    {
        var page = await host.NewPageAsync(narrow: true);
        await new LoginPage(page).SignInAsync("preparer");
        var import = new ImportPage(page);
        await import.OpenFromNewReportAsync();

        await import.UploadAsync(Seed("hechi-2020-project-network-maintenance.txt"));

        await Expect(new ReportFormPage(page).Field("basic.projectName")).ToHaveValueAsync("网络维护费");
        await Expect(import.NotesAt("statedGrade")).ToContainTextAsync("100");
        await Screenshots.TakeAsync(page, "import-review-390");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ImportWord_NotAReport_SaysWhyAndStaysOnUpload()
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("preparer");
        var import = new ImportPage(page);
        await import.OpenFromNewReportAsync();
        var png = Path.Combine(_dir, "photo.docx");
        await File.WriteAllBytesAsync(png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]);

        await import.UploadAsync(png);

        await Expect(import.Error).ToContainTextAsync("不是 Word 文档");
        await Expect(page.Locator("[data-testid=import-upload]")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ImportWord_OnADraft_ReplacesItsContentAfterConfirmation()
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("preparer");
        var form = new ReportFormPage(page);
        await form.NewCreateAsync("浏览器测试：待导入替换的草稿");
        var url = page.Url;
        await page.ClickAsync("[data-testid=import-word]");
        await page.WaitForURLAsync(u => u.EndsWith("/import", StringComparison.Ordinal), Ready.Committed);
        await page.WaitInteractiveAsync();
        var import = new ImportPage(page);
        await import.UploadAsync(Seed("yueyanglou-2017-project-network-platform.txt"));

        await import.ConfirmReplaceAsync(url);
        await form.WaitReadyAsync();
        await Expect(page.Locator("#report-title")).ToHaveTextAsync("公共网络平台运行经费");
        await Expect(form.Field("indicators[0].level3")).ToHaveValueAsync("95个平台完全上线");
        await Expect(page.Locator("[data-testid=report-bar]")).ToContainTextAsync("2");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ImportExcel_IndicatorSheet_ReplacesTheIndicatorSection()
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("preparer");
        var form = new ReportFormPage(page);
        await form.NewCreateAsync("浏览器测试：Excel导入指标");
        var xlsx = Path.Combine(_dir, "目标表.xlsx");
        await File.WriteAllBytesAsync(xlsx, IndicatorSheet());

        await page.Locator("input[data-testid=indicators-excel-file]").SetInputFilesAsync(xlsx);
        await Expect(page.Locator("[data-testid=indicators-excel-preview]")).ToContainTextAsync("2 行指标");
        await page.Locator("#sec-indicators").ScrollIntoViewIfNeededAsync();
        await Screenshots.TakeViewportAsync(page, "import-excel-preview-1366");
        await page.ClickAsync("[data-testid=indicators-excel-apply]");
        await Expect(form.Field("indicators[1].level3")).ToHaveValueAsync("培训合格率");
        await form.SaveAsync();
        await page.ReloadAsync();
        await form.WaitReadyAsync();

        await Expect(form.Field("indicators[0].level3")).ToHaveValueAsync("培训人次");
        await Expect(form.Field("indicators[1].targetText")).ToHaveValueAsync("≥90%");
        await page.Context.CloseAsync();
    }

    /// <summary>A two-row 绩效目标表 written with the OpenXML SDK (一级指标 merged over both rows).</summary>
    private static byte[] IndicatorSheet()
    {
        string[][] rows =
        [
            ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "自评得分"],
            ["产出指标", "数量指标", "培训人次", "≥2000人次", "2100人次", "10", "10"],
            ["", "质量指标", "培训合格率", "≥90%", "95%", "10", "10"],
        ];
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)r + 1 };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    row.Append(new Cell { CellReference = $"{(char)('A' + c)}{r + 1}", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(rows[r][c])) });
                }

                data.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(data, new MergeCells(new MergeCell { Reference = "A2:A3" }));
            workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "目标表" }));
        }

        return stream.ToArray();
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
