using System.Net;
using PerfEval.Host.Features.Reports;
using PerfEval.Host.Features.Reports.Form.Inputs;
using PerfEval.Host.Features.Workflow.Submission;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Rules.Model;

namespace PerfEval.Host.Tests.Reports;

/// <summary>The report's dates: one rule per field (<see cref="ReportDates"/>), applied by the form's inputs and by the API alike.</summary>
public sealed class ReportDatesTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    public static TheoryData<string, string, object, string> BadDates() => new()
    {
        { "report date in year 9999", "reportDate", "9999-12-31", "content.basic.reportDate" },
        { "report date two years after the evaluation year", "reportDate", "2027-01-05", "content.basic.reportDate" },
        { "report date open-ended", "reportDate", "2026-01..", "content.basic.reportDate" },
        { "end date open-ended", "endDate", "2025-12..", "content.basic.endDate" },
        { "start date before 1949", "startDate", "1900-01-01", "content.basic.startDate" },
        { "end date beyond year + 10", "endDate", "2099-12-31", "content.basic.endDate" },
        { "no such day", "reportDate", "2026-02-30", "content.basic.reportDate" },
    };

    [Theory]
    [MemberData(nameof(BadDates))]
    public async Task Create_DateOutsideItsRule_Returns400NamingTheFieldAndWritesNothing(string scenario, string field, object value, string path)
    {
        var client = await factory.ClientForAsync("preparer");
        var body = Body(field, value);

        var response = await client.PostJsonAsync("/api/reports", body);
        var problem = await response.ReadNodeAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{scenario}: {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(path), $"{scenario}: {problem.ToJsonString()}");
    }

    [Fact]
    public async Task Create_ReportDate9999_SaysTheSameAsTheForm()
    {
        var client = await factory.ClientForAsync("preparer");

        var response = await client.PostJsonAsync("/api/reports", Body("reportDate", "9999-12-31"));
        var errors = (await response.ReadNodeAsync())["errors"]!["content.basic.reportDate"]!.AsArray();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(FormInput.Date("9999-12-31", ReportDates.ReportDate(2025)).Error, errors[0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("reportDate", "2026-03-20")]
    [InlineData("reportDate", "2026-03")]
    [InlineData("startDate", "2020-08..")]
    [InlineData("startDate", "2020-08")]
    [InlineData("endDate", "2035-12")]
    public async Task Create_DateWithinItsRule_IsAccepted(string field, string value)
    {
        var client = await factory.ClientForAsync("preparer");

        var response = await client.PostJsonAsync("/api/reports", Body(field, value));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Update_ReportDate9999_Returns400AndStoredReportUnchanged()
    {
        var client = await factory.ClientForAsync("preparer");
        var id = (await (await client.PostJsonAsync("/api/reports", new { kind = "project", content = ReportSamples.Project("日期保持不变") })).ReadNodeAsync())["summary"]!["id"]!.GetValue<Guid>();
        var bad = ReportSamples.Project("不应保存");
        bad.Basic.ReportDate = new FormDate(9999, 12, 31);

        var response = await client.PutJsonAsync($"/api/reports/{id}", new { version = 1, content = bad });
        var stored = await (await client.GetAsync(new Uri($"/api/reports/{id}", UriKind.Relative))).ReadNodeAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadNodeAsync())["errors"]!.AsObject().ContainsKey("content.basic.reportDate"));
        Assert.Equal("日期保持不变", stored["summary"]!["title"]!.GetValue<string>());
        Assert.Equal(1, stored["summary"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task UpdateSection_EvaluationLeaderDateFarAway_Returns400NamingTheField()
    {
        var client = await factory.ClientForAsync("preparer");
        var id = (await (await client.PostJsonAsync("/api/reports", new { kind = "project", content = ReportSamples.Project("组长日期") })).ReadNodeAsync())["summary"]!["id"]!.GetValue<Guid>();
        var detail = await (await client.GetAsync(new Uri($"/api/reports/{id}", UriKind.Relative))).ReadNodeAsync();
        var basic = detail["content"]!["basic"]!.DeepClone();
        basic["reportDate"] = "3025-01-01";

        var response = await client.PutJsonAsync($"/api/reports/{id}/sections/basic", new { version = 1, value = basic });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadNodeAsync())["errors"]!.AsObject().ContainsKey("content.basic.reportDate"));
    }

    [Fact]
    public void Problems_StoredDateOutsideItsRule_BlocksSubmissionNamingTheField()
    {
        var content = ReportSamples.Project();
        content.Basic.ReportDate = new FormDate(9999, 12, 31);
        content.SignOffs.EvaluationLeader.Date = new FormDate(2030, 1, 1);
        content.SignOffs.Finance.Date = new FormDate(2090, 1, 1);

        var errors = RequiredFacts.DateProblems(content).ToList();

        Assert.Equal(["content.basic.reportDate", "content.signOffs.evaluationLeader.date"], errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData(2021, "2022-12-31", true)]
    [InlineData(2021, "2023-01-01", false)]
    [InlineData(2021, "2020-01-01", true)]
    [InlineData(2021, "2019-12-31", false)]
    public void ReportDate_RangeIsTheEvaluationYearPlusMinusOne(int year, string date, bool accepted)
    {
        Assert.Equal(accepted, ReportDates.ReportDate(year).Check(FormDate.Parse(date)) is null);
        Assert.Equal(accepted, FormInput.Date(date, ReportDates.ReportDate(year)).Ok);
    }

    private static object Body(string field, object value)
    {
        var content = System.Text.Json.JsonSerializer.SerializeToNode(ReportSamples.Project("日期 " + field), ApiJson.Options)!;
        content["basic"]![field] = System.Text.Json.Nodes.JsonValue.Create(value);
        return new { kind = "project", content };
    }
}
