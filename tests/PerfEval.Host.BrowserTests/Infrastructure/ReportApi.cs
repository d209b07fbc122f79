using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using PerfEval.Host.Infrastructure;
using PerfEval.Rules.Model;

namespace PerfEval.Host.BrowserTests.Infrastructure;

/// <summary>Sets up reports through the API with a page's session (the steps a test is not about).</summary>
public static class ReportApi
{
    /// <summary>Creates a project report the submission gate accepts (rubric C from its own indicator table); returns its id.</summary>
    public static async Task<string> CreateProjectAsync(IPage page, string title)
    {
        ArgumentNullException.ThrowIfNull(page);
        var content = JsonNode.Parse(JsonSerializer.Serialize(Submittable(title), JsonDefaults.Options));
        var created = await page.APIRequest.PostAsync("/api/reports", new() { Headers = BrowserHost.ApiHeaders, DataObject = new { kind = "project", content } });
        Assert.True(created.Ok, await created.TextAsync());
        return JsonNode.Parse(await created.TextAsync())!["summary"]!["id"]!.GetValue<string>();
    }

    /// <summary>Takes a workflow action on the report as the page's user.</summary>
    public static async Task ActAsync(IPage page, string reportId, string action, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var response = await page.APIRequest.PostAsync($"/api/reports/{reportId}/actions/{action}", new() { Headers = BrowserHost.ApiHeaders, DataObject = new { comment } });
        Assert.True(response.Ok, await response.TextAsync());
    }

    private static ReportDocument Submittable(string title) => new()
    {
        Basic = new BasicFacts
        {
            ProjectName = title, Year = 2025, UnitName = "示范市社会保险事业管理中心", EvaluationType = EvaluationType.Posterior,
            PersonInCharge = "张敏", Phone = "0731-84561234",
        },
        Funding = new FundingGrid
        {
            Planned = new FundingRow { City = 30, Total = 30 },
            Arrived = new FundingRow { City = 30, Total = 30 },
            Spent = new FundingRow { City = 28.5m, Total = 28.5m },
            Balance = new FundingRow { City = 1.5m, Total = 1.5m },
        },
        Expenditure = new ExpenditureTable
        {
            Unit = MoneyUnit.Yuan,
            Lines = [new ExpenditureLine { Content = "302商品和服务支出", Planned = 300_000, Actual = 285_000 }],
            StatedActualTotal = 285_000,
        },
        Goals = [new QualitativeGoal { Expected = "为参保群众提供线上服务 1000 人次", Actual = "完成 1200 人次" }],
        Indicators =
        [
            new IndicatorRow
            {
                Level1 = "产出指标", Level2 = "数量指标", Level3 = "服务人次", Comparator = Comparator.AtLeast,
                TargetText = "1000人次", TargetValue = 1000, Unit = "人次", ActualText = "1200人次", ActualValue = 1200, Points = 50, SelfScore = 50,
            },
            new IndicatorRow
            {
                Level1 = "效益指标", Level2 = "社会效益指标", Level3 = "群众办事跑腿次数减少", Comparator = Comparator.AtLeast,
                TargetText = "≥30%", TargetValue = 30, Unit = "%", ActualText = "35%", ActualValue = 35, Points = 30, SelfScore = 30,
            },
            new IndicatorRow
            {
                Level1 = "满意度指标", Level2 = "服务对象满意度指标", Level3 = "参保群众满意度", Comparator = Comparator.AtLeast,
                TargetText = "≥90%", TargetValue = 90, Unit = "%", ActualText = "95%", ActualValue = 95, Points = 10, SelfScore = 10,
            },
        ],
        StatedTotalScore = 90,
        StatedGrade = "优",
    };
}
