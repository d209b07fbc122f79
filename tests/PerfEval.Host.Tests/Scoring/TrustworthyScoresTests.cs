using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.Export.ExportTestHelpers;
using static PerfEval.Host.Tests.Scoring.ScoringTestSupport;
using static PerfEval.Host.Tests.WorkflowTestHelpers;

namespace PerfEval.Host.Tests.Scoring;

/// <summary>
/// Scores and checks a finance reviewer can trust, through the API: empty reports are refused with what is missing,
/// blank template rows raise no false alarm, rubric errors block submission, a rubric scores only its kind, and the
/// grade shown is always the grade of the score shown.
/// </summary>
public sealed class TrustworthyScoresTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    private static async Task<Guid> CreateAsync(HttpClient client, string kind, object content)
    {
        var created = await ReadJsonAsync(await client.PostAsJsonAsync("/api/reports", new { kind, content }, ApiJson.Options));
        return created.GetProperty("summary").GetProperty("id").GetGuid();
    }

    private static async Task<List<(string Field, string Message)>> SubmitRefusedAsync(HttpClient client, Guid id)
    {
        var response = await FireAsync(client, id, "submit");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await ReadJsonAsync(response);
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("field").GetString()!, e.GetProperty("message").GetString()!)).ToList();
        Assert.StartsWith($"报告尚有 {errors.Count} 处需要更正，不能提交：", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        return errors;
    }

    [Fact]
    public async Task Submit_EmptyProjectDraft_IsRefusedListingWhatIsMissing()
    {
        var preparer = await factory.ClientForAsync("preparer");
        var id = await CreateAsync(preparer, "project", new { basic = new { projectName = "只有名称的项目", year = 2025 } });

        var errors = await SubmitRefusedAsync(preparer, id);

        Assert.Equal(
            ["content.basic.unitName", "content.funding.planned.total", "content.funding.arrived.total", "content.funding.spent.total", "content.goals"],
            errors.Select(e => e.Field).Take(5));
        Assert.Contains(errors, e => e.Message.EndsWith("无法评分", StringComparison.Ordinal));
        Assert.Equal("Draft", await StageOfAsync(factory, id));
    }

    [Fact]
    public async Task Submit_EmptyDepartmentDraft_IsRefusedWithRubricBNotAssessable()
    {
        var preparer = await factory.ClientForAsync("preparer");
        var id = await CreateAsync(preparer, "department", new { basic = new { projectName = "只有名称的部门整体支出", year = 2025 }, department = new { } });

        var errors = await SubmitRefusedAsync(preparer, id);

        Assert.Contains(("content.department.duties", "缺少职能职责概述。"), errors);
        Assert.Contains(errors, e => e.Field == "content.department.staffing.summary.actualHeadcount" && e.Message == "「财政供养人员控制率」缺少人员编制表的实有人数，无法评分");
        Assert.Contains(errors, e => e.Field == "content.department.threePublic.summary.total" && e.Message.StartsWith("「\"三公经费\"控制率」缺少", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_RubricAIndicatorWithoutValue_IsBlockedByTheScoringError()
    {
        var preparer = await factory.ClientForAsync("preparer");
        var content = Sample("rubric-a-project-2021.json")["content"]!.AsObject();
        content["basic"]!["projectName"] = "缺满意率的项目";
        content["assessments"]!.AsArray().OfType<JsonObject>().Single(a => (string?)a["key"] == "A.3.2.5")["actual"] = null;
        var id = await CreateAsync(preparer, "project", content);

        var errors = await SubmitRefusedAsync(preparer, id);

        // The sample ticks rubric A's items that need evidence and attaches none: those are refused too (field evidence.…).
        var (field, message) = Assert.Single(errors, e => !e.Field.StartsWith("evidence.", StringComparison.Ordinal));
        Assert.Equal("「服务对象满意度」缺少服务对象满意率，无法评分", message);
        Assert.EndsWith(".actual", field, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3179.60", null)]
    [InlineData("3179.61", "warning")]
    [InlineData("3180.60", "error")]
    public async Task Create_DepartmentWithBlankTemplateRowsAndSummary_FlagsOnlyARealDifference(string total, string? severity)
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var orgs = await GetJsonAsync(admin, "/api/orgs");
        var dept = orgs.EnumerateArray().Single(o => o.GetProperty("code").GetString() == "DEPT-HRSS").GetProperty("id").GetGuid();
        var content = JsonNode.Parse($$"""
            { "basic": { "projectName": "部门整体支出", "unitName": "示范市人力资源和社会保障局", "year": 2025 },
              "department": { "revenue": {
                "rows": [ { "institution": "局机关" }, { "institution": "二级机构1" }, { "institution": "二级机构2" } ],
                "summary": { "institution": "汇总", "total": {{total}}, "carriedOver": 120.5, "generalBudget": 2859.1, "other": 200 } } } }
            """)!;

        var created = await ReadJsonAsync(await admin.PostAsJsonAsync("/api/reports", new { kind = "department", orgId = dept, content }, ApiJson.Options));

        var findings = created.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("field").GetString()!.StartsWith("department", StringComparison.Ordinal)).ToList();
        if (severity is null)
        {
            Assert.Empty(findings);
        }
        else
        {
            var f = Assert.Single(findings);
            Assert.Equal((severity, "department.revenue.summary.total"), (f.GetProperty("severity").GetString(), f.GetProperty("field").GetString()));
        }
    }

    [Fact]
    public async Task Preview_RubricOfTheOtherKind_Returns400NamingTheRuleSet()
    {
        var preparer = await factory.ClientForAsync("preparer");

        var response = await preparer.PostAsJsonAsync("/api/reports/score/preview",
            new { kind = "department", content = Sample("rubric-b-department-2021.json")["content"], ruleSetId = "rubric-a-project" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ReadJsonAsync(response);
        var message = problem.GetProperty("errors").GetProperty("ruleSetId")[0].GetString();
        Assert.Equal("规则集 rubric-a-project（项目支出绩效评价指标体系）只适用于项目支出报告，不能为部门整体支出报告评分。", message);
    }

    [Fact]
    public async Task Rescore_ReviewedScore_BringsItsOwnGradeToListAndExcel()
    {
        var id = await CreateProjectReportAsync(factory, "复核改等次的项目");
        await DriveToAsync(factory, id, "FinanceReview");
        var reviewer = await factory.ClientForAsync("financereviewer");
        var scored = (await GetJsonAsync(reviewer, $"/api/reports/{id}")).GetProperty("summary");
        Assert.Equal("优", scored.GetProperty("scoredGrade").GetString());

        var rescored = await FireAsync(reviewer, id, "rescore", new { comment = "满意度问卷样本不足。", score = 85m });

        Assert.True(rescored.IsSuccessStatusCode, await rescored.Content.ReadAsStringAsync());
        var summary = (await GetJsonAsync(reviewer, $"/api/reports/{id}")).GetProperty("summary");
        Assert.Equal((85m, "良", 85m, "良"), (summary.GetProperty("reviewedScore").GetDecimal(), summary.GetProperty("reviewedGrade").GetString(),
            summary.GetProperty("shownScore").GetDecimal(), summary.GetProperty("shownGrade").GetString()));
        var listed = (await GetJsonAsync(reviewer, "/api/reports?grade=良&pageSize=100")).GetProperty("items").EnumerateArray();
        Assert.Contains(listed, r => r.GetProperty("id").GetGuid() == id);
        using var xlsx = OpenXlsx(await reviewer.GetByteArrayAsync(new Uri("/api/reports/export.xlsx", UriKind.Relative)));
        var row = SheetRows(xlsx, "报告").Single(r => Text(xlsx, r["B"]) == "复核改等次的项目");
        Assert.Equal(("优", "良"), (Text(xlsx, row["K"]), Text(xlsx, row["L"])));
    }
}
