using PerfEval.Rules.Definitions;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Tests;

/// <summary>Each template scored through the stock RulesEngine path, with its explanation.</summary>
public class TemplateTests
{
    /// <summary>A rubric holding the indicator under test plus a filler that brings level 1 to 100.</summary>
    private static LoadedRuleSet RubricWith(IndicatorDefinition indicator)
    {
        var filler = new IndicatorDefinition { Key = "T.9", Name = "其他", Points = 100 - indicator.Points, Template = TemplateKind.Advanced, Expression = "0m" };
        var d = new RubricDefinition
        {
            Id = "test",
            Title = "测试",
            Groups = [new IndicatorGroup { Key = "T", Name = "测试", Points = 100, Indicators = [indicator, filler] }],
        };
        return RuleSetLoader.Load(d.ToWorkflowJson()).GetOrThrow();
    }

    private static async Task<(IndicatorResult Result, ScoreResult All)> ScoreAsync(IndicatorDefinition indicator, ReportDocument report)
    {
        var all = await RubricScorer.ScoreAsync(RubricWith(indicator), report);
        return (all.Indicators.Single(i => i.Key == indicator.Key), all);
    }

    private static ReportDocument Answer(IndicatorAssessment answer) => new() { Assessments = [answer] };

    [Fact]
    public async Task Ratio_BelowTarget_ScoresByCompletionAndExplains()
    {
        var i = new IndicatorDefinition { Key = "T.1", Name = "受益对象满意度", Points = 10, Template = TemplateKind.Ratio, Parameters = new() { Unit = "%" } };

        var (r, _) = await ScoreAsync(i, Answer(new() { Key = "T.1", Actual = 76, Target = 95 }));

        Assert.Equal(8m, r.Score);
        Assert.Equal("受益对象满意度 76% 低于目标 95%，按完成比例得 8.0/10 分", r.Explanation);
    }

    [Fact]
    public async Task Ratio_AboveTarget_IsCappedAtThePoints()
    {
        var i = new IndicatorDefinition { Key = "T.1", Name = "产出数量", Points = 5, Template = TemplateKind.Ratio };

        var (r, _) = await ScoreAsync(i, Answer(new() { Key = "T.1", Actual = 2100, Target = 2000 }));

        Assert.Equal(5m, r.Score);
        Assert.Contains("得满分 5 分", r.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("linear", 120, 8)]
    [InlineData("targetOverActual", 125, 8)]
    [InlineData("linear", 250, 0)]
    [InlineData("linear", 90, 10)]
    public async Task ReverseRatio_ByFormula_ScoresOverspend(string formula, int actual, int expected)
    {
        var i = new IndicatorDefinition { Key = "T.1", Name = "产出成本", Points = 10, Template = TemplateKind.ReverseRatio, Parameters = new() { Formula = formula, Unit = "万元" } };

        var (r, _) = await ScoreAsync(i, Answer(new() { Key = "T.1", Actual = actual, Target = 100 }));

        Assert.Equal(expected, r.Score);
        Assert.Contains(actual > 100 ? "超过目标 100万元" : "未超过目标", r.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100.4, "zero", 10)]
    [InlineData(101, "zero", 0)]
    [InlineData(80, "proportional", 8)]
    public async Task Equal_WithTolerance_ScoresFullOrOtherwise(double actual, string otherwise, int expected)
    {
        var i = new IndicatorDefinition { Key = "T.1", Name = "补助标准", Points = 10, Template = TemplateKind.Equal, Parameters = new() { Tolerance = 0.5m, Otherwise = otherwise } };

        var (r, _) = await ScoreAsync(i, Answer(new() { Key = "T.1", Actual = (decimal)actual, Target = 100 }));

        Assert.Equal(expected, r.Score);
    }

    [Theory]
    [InlineData(95, 8)]
    [InlineData(90, 8)]
    [InlineData(85, 6)]
    [InlineData(59.9, 0)]
    public async Task Tiers_Value_ScoresItsTier(double actual, int expected)
    {
        var i = TestFiles.Definition("rubric-a-project").AllIndicators().Single(x => x.Key == "A.3.2.5");
        i.Key = "T.1";

        var (r, _) = await ScoreAsync(i, Answer(new() { Key = "T.1", Actual = (decimal)actual }));

        Assert.Equal(expected, r.Score);
        Assert.Contains("档", r.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PerPointDeduction_Above_DeductsPerPointWithFloor()
    {
        var i = new IndicatorDefinition
        {
            Key = "T.1", Name = "\"三公经费\"变动率", Points = 5, Template = TemplateKind.PerPointDeduction,
            Parameters = new() { TargetValue = 0, Direction = "above", PerUnit = 0.5m, Unit = "%" },
        };

        var (r, _) = await ScoreAsync(i, Answer(new() { Key = "T.1", Actual = 4 }));
        var (floored, _) = await ScoreAsync(i, Answer(new() { Key = "T.1", Actual = 40 }));

        Assert.Equal(3m, r.Score);
        Assert.Equal("\"三公经费\"变动率 4% 超过 0% 4 个百分点，每个百分点扣 0.5 分，得 3.0/5 分", r.Explanation);
        Assert.Equal(0m, floored.Score);
    }

    [Fact]
    public async Task Checklist_ItemsMissing_SumsTickedAndNamesTheMissing()
    {
        var i = TestFiles.Definition("rubric-a-project").AllIndicators().Single(x => x.Key == "A.1.1.1");

        var (r, _) = await ScoreAsync(i, Answer(new() { Key = "A.1.1.1", Checked = ["1", "2", "4"] }));

        Assert.Equal(3m, r.Score);
        Assert.Equal("目标内容 未满足：目标细化（1 分），得 3.0/4 分", r.Explanation);
    }

    [Fact]
    public async Task Checklist_PartialDeductionWithoutReason_IsAnError()
    {
        var i = TestFiles.Definition("rubric-a-project").AllIndicators().Single(x => x.Key == "A.1.3.2");

        var (r, all) = await ScoreAsync(i, Answer(new() { Key = "A.1.3.2", Checked = ["1", "2"], Deductions = [new() { Item = "2", Points = 1 }] }));

        Assert.Equal(4m, r.Score);
        Assert.Contains(all.Findings, f => f.Severity == FindingSeverity.Error && f.Message.Contains("须说明理由", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Choice_Option_ScoresItsPoints()
    {
        var i = TestFiles.Definition("rubric-a-project").AllIndicators().Single(x => x.Key == "A.2.1.2");

        var (r, _) = await ScoreAsync(i, Answer(new() { Key = "A.2.1.2", Choice = "lateHarmful" }));

        Assert.Equal(0.5m, r.Score);
        Assert.Contains("不及时并影响项目进度", r.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PerViolationDeduction_Cases_DeductEach()
    {
        var i = new IndicatorDefinition { Key = "T.1", Name = "资产管理安全性", Points = 4, Template = TemplateKind.PerViolationDeduction, Parameters = new() { PerUnit = 1 } };

        var (r, _) = await ScoreAsync(i, Answer(new() { Key = "T.1", Count = 3 }));

        Assert.Equal(1m, r.Score);
        Assert.Equal("资产管理安全性 发现 3 起问题，每起扣 1 分，得 1.0/4 分", r.Explanation);
    }

    [Fact]
    public async Task JudgmentRange_DeductionWithinRange_IsApplied()
    {
        var i = TestFiles.Definition("rubric-a-project").AllIndicators().Single(x => x.Key == "A.2.2.1");

        var (r, all) = await ScoreAsync(i, Answer(new() { Key = "A.2.2.1", Deductions = [new() { Item = "fake", Points = 5, Reason = "虚列支出 3 万元" }] }));

        Assert.Equal(2m, r.Score);
        Assert.Contains("虚列套取扣 5 分（虚列支出 3 万元）", r.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(all.Findings, f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public async Task JudgmentRange_DeductionOutsideRange_IsRefusedWithAFinding()
    {
        var i = TestFiles.Definition("rubric-a-project").AllIndicators().Single(x => x.Key == "A.2.2.1");

        var (r, all) = await ScoreAsync(i, Answer(new() { Key = "A.2.2.1", Deductions = [new() { Item = "fake", Points = 3, Reason = "虚列" }] }));

        Assert.Equal(7m, r.Score);
        var finding = Assert.Single(all.Findings, f => f.Severity == FindingSeverity.Error);
        Assert.Contains("资金使用", finding.Message, StringComparison.Ordinal);
        Assert.Contains("扣 3 分超出允许范围 4–7 分", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JudgmentRange_ScoreBelowFullWithoutReason_IsAnError()
    {
        var i = new IndicatorDefinition { Key = "T.1", Name = "经济效益", Points = 8, Template = TemplateKind.JudgmentRange };

        var (r, all) = await ScoreAsync(i, Answer(new() { Key = "T.1", Score = 6 }));

        Assert.Equal(6m, r.Score);
        Assert.Contains(all.Findings, f => f.Severity == FindingSeverity.Error && f.Message.Contains("「经济效益」评审得分 6 低于满分 8，须说明扣分理由", StringComparison.Ordinal));
    }

    [Fact]
    public async Task JudgmentRange_ScoreAboveMax_IsRefused()
    {
        var i = new IndicatorDefinition { Key = "T.1", Name = "经济效益", Points = 8, Template = TemplateKind.JudgmentRange };

        var (r, all) = await ScoreAsync(i, Answer(new() { Key = "T.1", Score = 9, Reason = "超额" }));

        Assert.Equal(0m, r.Score);
        Assert.Contains(all.Findings, f => f.Message.Contains("超出允许范围 0–8", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QualitativeBands_ScoreInsideChosenBand_IsAccepted()
    {
        var i = new IndicatorDefinition { Key = "T.1", Name = "平台运行稳定", Points = 10, Template = TemplateKind.QualitativeBands };

        var (r, all) = await ScoreAsync(i, Answer(new() { Key = "T.1", Choice = "部分达成", Score = 7, Reason = "偶有中断" }));

        Assert.Equal(7m, r.Score);
        Assert.Contains("评定为「部分达成」", r.Explanation, StringComparison.Ordinal);
        Assert.Empty(all.Findings);
    }

    [Fact]
    public async Task QualitativeBands_ScoreOutsideChosenBand_IsRefused()
    {
        var i = new IndicatorDefinition { Key = "T.1", Name = "平台运行稳定", Points = 10, Template = TemplateKind.QualitativeBands };

        var (r, all) = await ScoreAsync(i, Answer(new() { Key = "T.1", Choice = "部分达成", Score = 9, Reason = "偶有中断" }));

        Assert.Equal(0m, r.Score);
        Assert.Contains(all.Findings, f => f.Severity == FindingSeverity.Error && f.Message.Contains("选择「部分达成」时得分应在 6–8 分之间", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BudgetExecution_BelowThreshold_ScoresRateAndWarns()
    {
        var i = new IndicatorDefinition { Key = "T.1", Name = "预算执行率", Points = 10, Template = TemplateKind.BudgetExecution, Parameters = new() { ExplainBelow = 90 } };
        var report = new ReportDocument();
        report.Funding.Planned.Total = 50;
        report.Funding.Spent.Total = 40;

        var (r, all) = await ScoreAsync(i, report);

        Assert.Equal(8m, r.Score);
        Assert.Contains("预算执行率 80%（实际支出 40万元 / 计划安排资金 50万元）", r.Explanation, StringComparison.Ordinal);
        Assert.Contains(all.Findings, f => f.Message.Contains("预算执行率 80% 低于 90%", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BudgetExecution_BelowThresholdWithTheUnitsExplanation_DoesNotWarn()
    {
        var i = new IndicatorDefinition { Key = "T.1", Name = "预算执行率", Points = 10, Template = TemplateKind.BudgetExecution, Parameters = new() { ExplainBelow = 90 } };
        var report = new ReportDocument();
        report.Funding.Planned.Total = 50;
        report.Funding.Spent.Total = 40;
        report.Assessments.Add(new IndicatorAssessment { Key = "T.1", Reason = "部分设备年底到货，款项次年初支付" });

        var (r, all) = await ScoreAsync(i, report);

        Assert.Equal(8m, r.Score);
        Assert.DoesNotContain(all.Findings, f => f.Message.Contains("须说明原因", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IndicatorRows_ReverseAndQualitativeRows_ScoreByComparator()
    {
        var i = new IndicatorDefinition { Key = "T.1", Name = "产出指标", Points = 20, Template = TemplateKind.IndicatorRows, Parameters = new() { Keywords = ["产出"] } };
        var report = new ReportDocument
        {
            Indicators =
            [
                new() { Level1 = "产出指标", Level2 = "成本指标", Level3 = "单位成本", Comparator = Comparator.AtMost, TargetValue = 100, ActualValue = 110, Unit = "元", Points = 10, SelfScore = 9 },
                new() { Level1 = "产出指标", Level2 = "质量指标", Level3 = "运行稳定", Comparator = Comparator.Qualitative, Points = 10 },
            ],
            Assessments = [new() { Key = "T.1#1", Choice = "部分达成", Score = 7, Reason = "偶有中断" }],
        };

        var all = await RubricScorer.ScoreAsync(RubricWith(i), report);

        var rows = all.Indicators.Where(x => x.Key.StartsWith("T.1#", StringComparison.Ordinal)).ToList();
        Assert.Equal([9m, 7m], rows.Select(x => x.Score));
        Assert.Contains("单位成本 110元 超过目标 100元，按超出比例扣分，得 9.0/10 分", rows[0].Explanation, StringComparison.Ordinal);
        Assert.False(rows[0].Disagrees);
    }

    [Fact]
    public async Task Advanced_RawExpression_IsScoredAndExplained()
    {
        var i = new IndicatorDefinition
        {
            Key = "T.1", Name = "到位率", Points = 4, Template = TemplateKind.Advanced,
            Expression = "Math.Round(Math.Min(Fn.Ratio(input.Report.Funding.Arrived.TotalOrSum, input.Report.Funding.Planned.TotalOrSum), 1m) * 4m, 1)",
        };
        var report = new ReportDocument();
        report.Funding.Planned.Total = 100;
        report.Funding.Arrived.Total = 75;

        var (r, _) = await ScoreAsync(i, report);

        Assert.Equal(3m, r.Score);
        Assert.Contains("按自定义表达式得 3.0/4 分，扣 1.0 分", r.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_SelfScoreDiffers_IsFlagged()
    {
        var i = new IndicatorDefinition { Key = "T.1", Name = "受益对象满意度", Points = 10, Template = TemplateKind.Ratio };
        var report = Answer(new() { Key = "T.1", Actual = 76, Target = 95 });
        report.Indicators.Add(new IndicatorRow { Level1 = "测试", Level3 = "受益对象满意度", Points = 10, SelfScore = 10 });

        var (r, all) = await ScoreAsync(i, report);

        Assert.True(r.Disagrees);
        Assert.Equal(10m, r.SelfScore);
        Assert.Contains(all.Findings, f => f.Field == "indicators[0].selfScore" && f.Message.Contains("单位自评 10 分，按评分标准为 8.0 分", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Score_WeightsThatDoNotSumTo100_Throw()
    {
        var rs = TestFiles.RuleSet("rubric-c-self-evaluation");

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => RubricScorer.ScoreAsync(rs, new ReportDocument(), new ScoreOptions { Level1Weights = [40, 10, 40, 11] }));

        Assert.Contains("合计 101", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_WrongNumberOfWeights_Throws()
    {
        var rs = TestFiles.RuleSet("rubric-c-self-evaluation");

        await Assert.ThrowsAsync<ArgumentException>(() => RubricScorer.ScoreAsync(rs, new ReportDocument(), new ScoreOptions { Level1Weights = [50, 50] }));
    }

    [Fact]
    public async Task Score_NullArguments_Throw()
    {
        var rs = TestFiles.RuleSet("rubric-c-self-evaluation");

        await Assert.ThrowsAsync<ArgumentNullException>(() => RubricScorer.ScoreAsync(null!, new ReportDocument()));
        await Assert.ThrowsAsync<ArgumentNullException>(() => RubricScorer.ScoreAsync(rs, null!));
        Assert.Throws<ArgumentNullException>(() => FastScorer.Score(rs, null!));
    }

    [Fact]
    public async Task Score_WithChecksRuleSet_Throws()
    {
        var checks = TestFiles.RuleSet("checks-consistency");

        await Assert.ThrowsAsync<ArgumentException>(() => RubricScorer.ScoreAsync(checks, new ReportDocument()));
    }
}
