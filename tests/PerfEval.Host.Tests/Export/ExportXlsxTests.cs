using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.Export.ExportTestHelpers;

namespace PerfEval.Host.Tests.Export;

public sealed class ExportXlsxTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    private async Task<(HttpClient Client, string HistoryRoundId)> AdminAndHistoryRoundAsync()
    {
        var client = await factory.ClientForAsync("financeadmin");
        var round = (await FindReportAsync(client, Yueyanglou)).GetProperty("roundId").GetString()!;
        return (client, round);
    }

    [Fact]
    public async Task Xlsx_HistoryRound_OneRowPerSeedReportWithNumericScores()
    {
        var (client, round) = await AdminAndHistoryRoundAsync();

        using var doc = OpenXlsx(await client.GetByteArrayAsync(new Uri($"/api/reports/export.xlsx?roundId={round}", UriKind.Relative)));

        var rows = SheetRows(doc, "报告");
        Assert.Equal(4, rows.Count); // header + 3 seed reports
        Assert.Equal(["单位", "项目名称", "年度", "类型", "自评任务", "阶段", "自评得分", "评分得分", "复核得分", "自评等次", "评分等次", "复核等次", "逾期天数"],
            rows[0].Values.Select(c => Text(doc, c)));
        var yue = rows.Single(r => Text(doc, r["B"]) == Yueyanglou);
        Assert.Equal("示范市人社信息服务中心", Text(doc, yue["A"]));
        Assert.Equal("项目支出", Text(doc, yue["D"]));
        Assert.Equal("已通过", Text(doc, yue["F"]));
        Assert.Equal(CellValues.Number, yue["G"].DataType!.Value);
        Assert.Equal("90", yue["G"].CellValue!.Text);
        Assert.Equal(CellValues.Number, yue["C"].DataType!.Value);
        Assert.Equal("2017", yue["C"].CellValue!.Text);
        Assert.Equal("优秀", Text(doc, yue["J"]));
        Assert.Equal("0", yue["M"].CellValue!.Text);
        var hechi = rows.Single(r => Text(doc, r["B"]) == Hechi);
        Assert.Equal("100", Text(doc, hechi["J"]));
        Assert.Empty(new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public async Task Xlsx_HistoryRound_IndicatorSheetHoldsEveryIndicatorRow()
    {
        var (client, round) = await AdminAndHistoryRoundAsync();

        using var doc = OpenXlsx(await client.GetByteArrayAsync(new Uri($"/api/reports/export.xlsx?roundId={round}", UriKind.Relative)));

        var rows = SheetRows(doc, "指标");
        Assert.Equal(["报告", "单位", "一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "自评得分", "偏差原因"],
            rows[0].Values.Select(c => Text(doc, c)));
        var yue = rows.Skip(1).Where(r => Text(doc, r["A"]) == Yueyanglou).ToList();
        Assert.Equal(8, yue.Count);
        Assert.All(yue, r => Assert.Equal(CellValues.Number, r["I"].DataType!.Value));
        Assert.Equal(100m, yue.Sum(r => decimal.Parse(r["H"].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(90m, yue.Sum(r => decimal.Parse(r["I"].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        var first = yue.Single(r => Text(doc, r["E"]) == "95个平台完全上线");
        Assert.Equal(["项目产出指标", "数量指标", "10", "9"], [Text(doc, first["C"]), Text(doc, first["D"]), Text(doc, first["F"]), Text(doc, first["G"])]);
        var changan = rows.Skip(1).Single(r => Text(doc, r["E"]) == "支持中小企业数量");
        Assert.Equal("4000户", Text(doc, changan["F"]));
        Assert.DoesNotContain(rows.Skip(1), r => Text(doc, r["A"]) == Hechi); // the Hechi form has no indicator table
    }

    /// <summary>Exports written for a person to open or print (artifacts/exports at the repository root, gitignored).</summary>
    private static string ArtifactsDir => Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "artifacts", "exports");

    [Fact]
    public async Task Xlsx_HeaderRow_IsBoldAndColumnsHaveWidths()
    {
        var (client, round) = await AdminAndHistoryRoundAsync();

        using var doc = OpenXlsx(await client.GetByteArrayAsync(new Uri($"/api/reports/export.xlsx?roundId={round}", UriKind.Relative)));

        var header = SheetRows(doc, "报告")[0]["A"];
        var stylesheet = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet!;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)header.StyleIndex!.Value);
        var font = stylesheet.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value);
        Assert.NotNull(font.Bold);
        var sheetPart = doc.WorkbookPart.WorksheetParts.First();
        Assert.All(sheetPart.Worksheet!.Descendants<Column>(), c => Assert.True(c.Width!.Value >= 8));
    }

    [Fact]
    public async Task Xlsx_PrintSetup_FitsWidthOnA4LandscapeWithTheHeaderRowRepeated()
    {
        var (client, round) = await AdminAndHistoryRoundAsync();
        var bytes = await client.GetByteArrayAsync(new Uri($"/api/reports/export.xlsx?roundId={round}", UriKind.Relative));
        Directory.CreateDirectory(ArtifactsDir);
        await File.WriteAllBytesAsync(Path.Combine(ArtifactsDir, "history-round.xlsx"), bytes);

        using var doc = OpenXlsx(bytes);

        var workbook = doc.WorkbookPart!;
        var titles = workbook.Workbook!.DefinedNames!.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").ToList();
        // Every sheet repeats its header row: 报告, 指标 and the finance review's 复核.
        Assert.Equal(["'报告'!$1:$1", "'指标'!$1:$1", "'复核'!$1:$1"], titles.Select(t => t.Text));
        Assert.Equal([0U, 1U, 2U], titles.Select(t => t.LocalSheetId!.Value));
        var areas = workbook.Workbook.DefinedNames.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Area").Select(d => d.Text).ToList();
        Assert.Equal("'报告'!$A$1:$M$4", areas[0]);
        Assert.StartsWith("'指标'!$A$1:$J$", areas[1], StringComparison.Ordinal);
        foreach (var part in workbook.WorksheetParts)
        {
            var sheet = part.Worksheet!;
            Assert.True(sheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
            var setup = sheet.GetFirstChild<PageSetup>()!;
            Assert.Equal(9U, setup.PaperSize!.Value);
            Assert.Equal(1U, setup.FitToWidth!.Value);
            Assert.Equal(0U, setup.FitToHeight!.Value);
            Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
        }
    }

    [Fact]
    public async Task Xlsx_OtherUnit_SeesOnlyItsOwnReports()
    {
        var client = await factory.ClientForAsync("preparer-gs");

        using var doc = OpenXlsx(await client.GetByteArrayAsync(new Uri("/api/reports/export.xlsx", UriKind.Relative)));

        var rows = SheetRows(doc, "报告").Skip(1).ToList();
        Assert.Equal(["示范市政务服务中心"], rows.Select(r => Text(doc, r["A"])));
    }

    [Fact]
    public async Task Xlsx_YearFilter_KeepsOnlyThatYear()
    {
        var client = await factory.ClientForAsync("financeadmin");

        using var doc = OpenXlsx(await client.GetByteArrayAsync(new Uri("/api/reports/export.xlsx?year=2020", UriKind.Relative)));

        var rows = SheetRows(doc, "报告").Skip(1).ToList();
        Assert.Equal([Hechi], rows.Select(r => Text(doc, r["B"])));
    }

    [Fact]
    public async Task Xlsx_Response_HasExcelContentTypeAndFileNames()
    {
        var (client, round) = await AdminAndHistoryRoundAsync();

        using var response = await client.GetAsync(new Uri($"/api/reports/export.xlsx?roundId={round}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("perfeval-reports-20261123.xlsx", disposition.FileName!.Trim('"'));
        Assert.Equal("历年项目支出绩效自评（示例数据）-20261123.xlsx", disposition.FileNameStar);
    }

    [Fact]
    public async Task Xlsx_BadKind_Returns400()
    {
        var client = await factory.ClientForAsync("financeadmin");

        using var response = await client.GetAsync(new Uri("/api/reports/export.xlsx?kind=nonsense", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

/// <summary>Overdue days depend on the clock, so these tests own their host.</summary>
public sealed class ExportXlsxOverdueTests : IDisposable
{
    private readonly PerfEvalFactory _factory = new();

    [Fact]
    public async Task Xlsx_DraftsPastTheDeadline_ShowOverdueDays()
    {
        var admin = await _factory.ClientForAsync("financeadmin");
        var page = await admin.GetFromJsonAsync<JsonElement>("/api/reports?year=2025");
        var currentRound = page.GetProperty("items")[0].GetProperty("roundId").GetString();
        _factory.Clock.Advance(TimeSpan.FromDays(40)); // the demo round's deadline is 30 days after start-up
        var client = await _factory.ClientForAsync("financeadmin"); // the earlier sign-in has expired by now

        using var doc = OpenXlsx(await client.GetByteArrayAsync(new Uri($"/api/reports/export.xlsx?roundId={currentRound}", UriKind.Relative)));

        var rows = SheetRows(doc, "报告").Skip(1).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal("10", r["M"].CellValue!.Text));
        Assert.All(rows, r => Assert.Equal("起草", Text(doc, r["F"])));
    }

    [Fact]
    public async Task Xlsx_AcceptedReportsPastTheDeadline_ShowZeroOverdueDays()
    {
        var client = await _factory.ClientForAsync("financeadmin");

        using var doc = OpenXlsx(await client.GetByteArrayAsync(new Uri("/api/reports/export.xlsx?stage=Accepted", UriKind.Relative)));

        var rows = SheetRows(doc, "报告").Skip(1).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal("0", r["M"].CellValue!.Text));
    }

    public void Dispose() => _factory.Dispose();
}
