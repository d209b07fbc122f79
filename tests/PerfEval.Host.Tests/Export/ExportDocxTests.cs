using System.Net;
using DocumentFormat.OpenXml.Validation;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.Export.ExportTestHelpers;

namespace PerfEval.Host.Tests.Export;

public sealed class ExportDocxTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    [Theory]
    [InlineData(Yueyanglou)]
    [InlineData(Hechi)]
    [InlineData(Changan)]
    public async Task Docx_SeedReport_HasAllSectionsAndIsValidOpenXml(string title)
    {
        var client = await factory.ClientForAsync("financeadmin");

        using var doc = OpenDocx(await DocxAsync(client, title));

        var text = Body(doc).InnerText;
        Assert.Contains("财政支出项目绩效评价自评报告", text, StringComparison.Ordinal);
        Assert.Contains("一、项目基本概况", text, StringComparison.Ordinal);
        Assert.Contains("二、项目支出明细情况", text, StringComparison.Ordinal);
        Assert.Contains("三、项目绩效自评情况", text, StringComparison.Ordinal);
        Assert.Contains("四、评价人员", text, StringComparison.Ordinal);
        Assert.Contains("五、评价报告综述（文字部分）", text, StringComparison.Ordinal);
        Assert.Empty(new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public async Task Docx_Yueyanglou_CoverShowsTickedTypeAndIssuingBureau()
    {
        var client = await factory.ClientForAsync("financeadmin");

        using var doc = OpenDocx(await DocxAsync(client, Yueyanglou));

        var text = Body(doc).InnerText;
        Assert.Contains("岳阳市岳阳楼区财政支出项目绩效评价自评报告", text, StringComparison.Ordinal);
        Assert.Contains("项目实施过程评价□", text, StringComparison.Ordinal);
        Assert.Contains("项目完成结果评价☑", text, StringComparison.Ordinal);
        Assert.Contains("岳阳楼区人力资源和社会保障网络信息服务中心", text, StringComparison.Ordinal);
        Assert.Contains("2018年3月15日", text, StringComparison.Ordinal);
        Assert.Contains("岳阳市岳阳楼区财政局（制）", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docx_Yueyanglou_FundingTableHoldsTotalsAndBlankSources()
    {
        var client = await factory.ClientForAsync("financeadmin");

        using var doc = OpenDocx(await DocxAsync(client, Yueyanglou));

        Assert.Equal(
            ["计划安排资金（万元）", "120", "实际到位资金（万元）", "120", "实际支出（万元）", "120", "结余（万元）", "0"],
            RowStartingWith(doc, "计划安排资金（万元）"));
        Assert.Equal(["县市区财政", "120", "县市区财政", "120", "县市区财政", "120", "县市区财政", "0"], RowStartingWith(doc, "县市区财政"));
        Assert.Equal(["其中：中央财政", "", "其中：中央财政", "", "其中：中央财政", "", "其中：中央财政", ""], RowStartingWith(doc, "其中：中央财政"));
    }

    [Fact]
    public async Task Docx_Yueyanglou_ExpenditureLinesAndTotalInWanYuan()
    {
        var client = await factory.ClientForAsync("financeadmin");

        using var doc = OpenDocx(await DocxAsync(client, Yueyanglou));

        Assert.Equal("40", RowStartingWith(doc, "机房运行维护及电费")[2]);
        Assert.Equal("36", RowStartingWith(doc, "临聘工资")[2]);
        Assert.Equal("20", RowStartingWith(doc, "社区工作站运行费用")[2]);
        Assert.Equal("24", RowStartingWith(doc, "运行经费")[2]);
        Assert.Equal(["支出合计", "", "120", "", ""], RowStartingWith(doc, "支出合计"));
        Assert.Contains("二、项目支出明细情况（单位：万元）", Body(doc).InnerText, StringComparison.Ordinal);
        Assert.Contains("实际支出数（万元）", RowStartingWith(doc, "支出内容（按经济科目）"));
    }

    [Theory]
    [InlineData(Yueyanglou)]
    [InlineData(Changan)]
    public async Task Docx_SeedReport_IndicatorTableIsItsOwnTableWithItsHeadingRowsRepeated(string title)
    {
        var client = await factory.ClientForAsync("financeadmin");
        var bytes = await DocxAsync(client, title);
        var dir = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "artifacts", "exports");
        Directory.CreateDirectory(dir);
        await File.WriteAllBytesAsync(Path.Combine(dir, title + ".docx"), bytes);

        using var doc = OpenDocx(bytes);

        var table = Body(doc).Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Single(t => t.InnerText.Contains("一级指标", StringComparison.Ordinal));
        var rows = table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ToList();
        Assert.Contains("绩效定量目标（指标）及完成情况", rows[0].InnerText, StringComparison.Ordinal);
        Assert.All(rows.Take(2), r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TableHeader>()));
        Assert.DoesNotContain("预期目标", table.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docx_Yueyanglou_IndicatorRowsTotalAndGrade()
    {
        var client = await factory.ClientForAsync("financeadmin");

        using var doc = OpenDocx(await DocxAsync(client, Yueyanglou));

        // 一级 and 二级 are merged down, so the first row of a group holds the names and later rows are blank there.
        // 指标性质 (≥ ≤ = 定性) follows the name, so a re-imported form keeps the comparator.
        Assert.Equal(["项目产出指标", "数量指标", "95个平台完全上线", "定性", "10", "9", "10", "9", ""], RowContaining(doc, "95个平台完全上线"));
        Assert.Equal(["", "", "医保卡与社保卡的发行", "定性", "15", "15", "15", "15", ""], RowContaining(doc, "医保卡与社保卡的发行"));
        Assert.Equal(["", "服务对象满意度指标", "对下放业务了解", "定性", "10", "8", "10", "8", ""], RowContaining(doc, "对下放业务了解"));
        Assert.Equal(["绩效自评综合得分", "90"], RowStartingWith(doc, "绩效自评综合得分"));
        Assert.Equal(["评价等次", "优秀"], RowStartingWith(doc, "评价等次"));
    }

    [Fact]
    public async Task Docx_Yueyanglou_EvaluatorsPreparerAndNarrative()
    {
        var client = await factory.ClientForAsync("financeadmin");

        using var doc = OpenDocx(await DocxAsync(client, Yueyanglou));

        Assert.Equal(["熊军", "副主任", "人社局信息中心", ""], RowStartingWith(doc, "熊军"));
        var text = Body(doc).InnerText;
        Assert.Contains("填报人（签名）：楚青", text, StringComparison.Ordinal);
        Assert.Contains("联系电话：8228080", text, StringComparison.Ordinal);
        Assert.Contains("项目单位意见：", text, StringComparison.Ordinal);
        Assert.Contains("主管部门意见：", text, StringComparison.Ordinal);
        Assert.Contains("财政部门（归口业务科室）意见：", text, StringComparison.Ordinal);
        Assert.Contains("公共网络服务平台全区共95个工作站", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docx_Hechi_GradeStaysAsWrittenAndPosteriorTicked()
    {
        var client = await factory.ClientForAsync("financeadmin");

        using var doc = OpenDocx(await DocxAsync(client, Hechi));

        Assert.Equal(["评价等次", "100"], RowStartingWith(doc, "评价等次"));
        Assert.Equal(["绩效自评综合得分", "100"], RowStartingWith(doc, "绩效自评综合得分"));
        Assert.Equal(["市财政", "20", "市财政", "20", "市财政", "", "市财政", ""], RowStartingWith(doc, "市财政"));
        Assert.Equal(["302商品和服务支出", "20", "20", "", ""], RowStartingWith(doc, "302商品和服务支出"));
        var text = Body(doc).InnerText;
        Assert.Contains("事前评价□", text, StringComparison.Ordinal);
        Assert.Contains("事后评价☑", text, StringComparison.Ordinal);
        Assert.Contains("河池市财政局（制）", text, StringComparison.Ordinal);
        Assert.Equal("蓝海岸", RowStartingWith(doc, "蓝海岸")[0]);
        Assert.Equal("科长", RowStartingWith(doc, "蒙华秀")[1]);
        Assert.Equal("河池市社会保险事业管理中心", RowStartingWith(doc, "姚海星")[2]);
    }

    [Fact]
    public async Task Docx_Changan_IndicatorsWithUnitsAndTotal98()
    {
        var client = await factory.ClientForAsync("financeadmin");

        using var doc = OpenDocx(await DocxAsync(client, Changan));

        Assert.Equal(["产出指标", "数量指标", "支持中小企业数量", "≥", "4000户", "4800户", "10", "10", ""], RowContaining(doc, "支持中小企业数量"));
        Assert.Equal(["绩效自评综合得分", "98"], RowStartingWith(doc, "绩效自评综合得分"));
        Assert.Contains("赵梅艳", Body(doc).InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docx_Response_HasWordContentTypeAndBothFileNames()
    {
        var client = await factory.ClientForAsync("financeadmin");
        var id = (await FindReportAsync(client, Yueyanglou)).GetProperty("id").GetString();

        using var response = await client.GetAsync(new Uri($"/api/reports/{id}/export.docx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Matches("^perfeval-report-2017-[0-9a-f]{8}\\.docx$", disposition.FileName!.Trim('"'));
        Assert.Equal("2017年度公共网络平台运行经费绩效自评报告.docx", disposition.FileNameStar);
    }

    [Theory]
    [InlineData("preparer-gs")]
    [InlineData("preparer")]
    public async Task Docx_ReportOfAnotherUnit_Returns404(string userName)
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var id = (await FindReportAsync(admin, Yueyanglou)).GetProperty("id").GetString();
        var client = await factory.ClientForAsync(userName);

        using var response = await client.GetAsync(new Uri($"/api/reports/{id}/export.docx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Docx_Anonymous_Returns401()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var id = (await FindReportAsync(admin, Yueyanglou)).GetProperty("id").GetString();

        using var response = await factory.CreateClient().GetAsync(new Uri($"/api/reports/{id}/export.docx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
