using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PerfEval.Host.Domain;
using PerfEval.Host.Features.Review;
using PerfEval.Host.Infrastructure;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;
using static PerfEval.Host.Tests.WorkflowTestHelpers;

namespace PerfEval.Host.Tests.Review;

/// <summary>定性 and 评审判定 indicators are reviewed within the rubric's bands and ranges, not only 0–分值.</summary>
public sealed class ReviewBandsTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    private const string Qualitative = "群众办事跑腿次数减少";

    [Fact]
    public async Task GetReview_QualitativeRow_ShowsItsBandsInPoints()
    {
        var (reviewer, id) = await QualitativeReportAtFinanceReviewAsync("定性档次展示的项目");

        var row = await RowAsync(reviewer, id);

        var points = row.GetProperty("points").GetDecimal();
        var bands = row.GetProperty("bands").EnumerateArray().ToList();
        Assert.Equal(["达成", "部分达成", "未达成"], bands.Select(b => b.GetProperty("id").GetString()!));
        Assert.Equal((points * 0.8m, points, true), (bands[0].GetProperty("min").GetDecimal(), bands[0].GetProperty("max").GetDecimal(), bands[0].GetProperty("maxInclusive").GetBoolean()));
        Assert.Equal((0m, points), (row.GetProperty("minScore").GetDecimal(), row.GetProperty("maxScore").GetDecimal()));
    }

    [Fact]
    public async Task ReviewIndicators_BandChosenScoreInside_SavedWithBandAndHistory()
    {
        var (reviewer, id) = await QualitativeReportAtFinanceReviewAsync("定性档次内的项目");
        var row = await RowAsync(reviewer, id);
        var score = row.GetProperty("points").GetDecimal() * 0.7m;

        var response = await reviewer.PutJsonAsync($"/api/reports/{id}/review", new
        {
            indicators = new[] { new { key = row.GetProperty("key").GetString(), score, reason = "跑腿次数减少未达预期。", band = "部分达成" } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = Find((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("indicators"));
        Assert.Equal((score, "部分达成"), (saved.GetProperty("reviewedScore").GetDecimal(), saved.GetProperty("band").GetString()));
        var history = (await GetJsonAsync(reviewer, $"/api/reports/{id}/history")).EnumerateArray().Last();
        Assert.Contains("（部分达成）", history.GetProperty("comment").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewIndicators_QualitativeScoreWithoutBand_TakesTheBandHoldingIt()
    {
        var (reviewer, id) = await QualitativeReportAtFinanceReviewAsync("定性无档次的项目");
        var row = await RowAsync(reviewer, id);

        var response = await reviewer.PutJsonAsync($"/api/reports/{id}/review", new
        {
            indicators = new[] { new { key = row.GetProperty("key").GetString(), score = row.GetProperty("points").GetDecimal() * 0.5m, reason = "未达成。" } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("未达成", Find((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("indicators")).GetProperty("band").GetString());
    }

    [Theory]
    [InlineData(0.5, "达成", "score", "不在所选档次")]
    [InlineData(0.9, "很好", "band", "达成、部分达成、未达成")]
    [InlineData(1.2, null, "score", "不在任何档次")]
    public async Task ReviewIndicators_QualitativeOutsideBand_400NamingTheIndicatorNothingSaved(double share, string? band, string field, string says)
    {
        var (reviewer, id) = await QualitativeReportAtFinanceReviewAsync($"定性越界的项目 {share} {band}");
        var row = await RowAsync(reviewer, id);

        var response = await reviewer.PutJsonAsync($"/api/reports/{id}/review", new
        {
            indicators = new[] { new { key = row.GetProperty("key").GetString(), score = row.GetProperty("points").GetDecimal() * (decimal)share, reason = "评审意见。", band } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty($"indicators[0].{field}", out var messages), errors.ToString());
        Assert.Contains(says, messages[0].GetString(), StringComparison.Ordinal);
        Assert.Contains(Qualitative, messages[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, (await GetJsonAsync(reviewer, $"/api/reports/{id}/review")).GetProperty("reviewedTotal").ValueKind);
    }

    [Fact]
    public async Task ReviewIndicators_BandOnAQuantitativeRow_400OnBand()
    {
        var id = await CreateProjectReportAsync(factory, "定量指标选档次的项目");
        await DriveToAsync(factory, id, "FinanceReview");
        var reviewer = await factory.ClientForAsync("financereviewer");
        var row = (await GetJsonAsync(reviewer, $"/api/reports/{id}/review")).GetProperty("indicators")[0];
        Assert.Equal(0, row.GetProperty("bands").GetArrayLength());

        var response = await reviewer.PutJsonAsync($"/api/reports/{id}/review", new
        {
            indicators = new[] { new { key = row.GetProperty("key").GetString(), score = row.GetProperty("computedScore").GetDecimal(), reason = "", band = "达成" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("indicators[0].band", out _));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(6, true)]
    [InlineData(7, false)]
    public void ApplyReview_JudgmentRangeOfTheRubric_OnlyInsideAccepted(int score, bool accepted)
    {
        // A 评审判定 indicator the rubric allows 2–6 of its 8 points (rubric A's 经济效益 narrowed).
        var definition = RuleSetLoader.LoadFile(Path.Combine(Scoring.ScoringTestSupport.RepoRoot(), "rule-sets", RuleSetDirectory.RubricA + ".json")).RuleSet!.Definition;
        var indicator = definition.AllIndicators().Single(i => i.Key == "A.3.2.1");
        (indicator.Parameters.Min, indicator.Parameters.Max) = (2m, 6m);
        var rows = new List<IndicatorReview> { new() { Key = "A.3.2.1", Name = "经济效益", Points = 8m, ComputedScore = 8m } };
        var limits = ReviewScoring.Limits(RuleSetLoader.Load(definition).RuleSet!, new ReportDocument(), rows);
        var report = new Report();

        var review = () => report.ApplyReview([("A.3.2.1", score, "酌情扣分。", null)], rows, limits, _ => null,
            new StepActor("financereviewer", "赵审核", "FinanceReviewer", Guid.NewGuid(), "财政局"), DateTimeOffset.UnixEpoch, 1);

        if (accepted)
        {
            review();
            Assert.Equal(score, report.Review.Find("A.3.2.1")!.ReviewedScore);
        }
        else
        {
            var e = Assert.Throws<BadInputException>(review);
            Assert.Contains("2–6", e.Message, StringComparison.Ordinal);
            Assert.Contains("经济效益", e.Message, StringComparison.Ordinal);
            Assert.Empty(report.Review.Indicators);
        }
    }

    private static JsonElement Find(JsonElement rows) => rows.EnumerateArray().Single(r => r.GetProperty("name").GetString()!.Contains(Qualitative, StringComparison.Ordinal));

    private static async Task<JsonElement> RowAsync(HttpClient reviewer, Guid id) => Find((await GetJsonAsync(reviewer, $"/api/reports/{id}/review")).GetProperty("indicators"));

    /// <summary>A submittable project report (rubric C) whose 效益 row is 定性, driven to 财政局审核.</summary>
    private async Task<(HttpClient Reviewer, Guid Id)> QualitativeReportAtFinanceReviewAsync(string title)
    {
        var content = Reports.ReportSamples.Submittable(title);
        content.Indicators.Single(r => r.Level3 == Qualitative).Comparator = Comparator.Qualitative;
        var preparer = await factory.ClientForAsync("preparer");
        var created = await preparer.PostJsonAsync("/api/reports", new { kind = "project", content });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("summary").GetProperty("id").GetGuid();
        await DriveToAsync(factory, id, "FinanceReview");
        return (await factory.ClientForAsync("financereviewer"), id);
    }
}
