using PerfEval.Rules.Definitions;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Tests;

/// <summary>不适用: allowed only where the rubric says so, with a reason; the rubric's policy rescales or scores 0.</summary>
public class NotApplicableTests
{
    private static ReportDocument WorkedExampleWithEnvironmentNotApplicable(string? reason = "培训项目不涉及环境影响")
    {
        var report = TestFiles.Report("rubric-a-project-2021.json");
        var answer = report.Assessments.Single(a => a.Key == "A.3.2.3");
        (answer.NotApplicable, answer.Score, answer.Reason) = (true, null, reason);
        return report;
    }

    private static LoadedRuleSet RubricA(NotApplicablePolicy policy)
    {
        var d = TestFiles.Definition("rubric-a-project");
        d.NotApplicable = policy;
        return RuleSetLoader.Load(d).GetOrThrow();
    }

    [Fact]
    public void Score_RescalePolicy_ExcludesTheIndicatorAndKeepsTheGroupsPoints()
    {
        var result = FastScorer.Score(RubricA(NotApplicablePolicy.Rescale), WorkedExampleWithEnvironmentNotApplicable());

        var env = result.Indicators.Single(i => i.Key == "A.3.2.3");
        Assert.Equal((IndicatorStatus.NotApplicable, 0m, 0m), (env.Status, env.Points, env.Score));
        Assert.Equal("环境效益 不适用（培训项目不涉及环境影响），不计分，其分值按同一一级指标下其他指标的比例折算", env.Explanation);
        Assert.Equal([19m, 24m, 55m], result.Level1.Select(l => l.Score));
        Assert.Equal(55m, result.Level1[2].Points);
        Assert.Equal(98m, result.Total);
        Assert.Equal(Math.Round(5m * 55 / 47, 2), result.Indicators.Single(i => i.Key == "A.3.1.1").Points);
        Assert.DoesNotContain(result.Findings, f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Score_ZeroPolicy_ScoresTheIndicatorZero()
    {
        var result = FastScorer.Score(RubricA(NotApplicablePolicy.Zero), WorkedExampleWithEnvironmentNotApplicable());

        Assert.Equal(90m, result.Total);
        Assert.Equal("环境效益 不适用（培训项目不涉及环境影响），按评分标准计 0/8 分", result.Indicators.Single(i => i.Key == "A.3.2.3").Explanation);
    }

    [Fact]
    public void Score_NotApplicableWithoutReason_IsAnError()
    {
        var result = FastScorer.Score(TestFiles.RuleSet("rubric-a-project"), WorkedExampleWithEnvironmentNotApplicable(reason: null));

        var f = Assert.Single(result.Findings, f => f.Rule == "A.3.2.3");
        Assert.Equal((FindingSeverity.Error, "「环境效益」标记为不适用，须说明理由"), (f.Severity, f.Message));
    }

    [Fact]
    public void Score_NotApplicableWhereTheRubricDoesNotAllowIt_IsNotAssessable()
    {
        var report = TestFiles.Report("rubric-a-project-2021.json");
        var answer = report.Assessments.Single(a => a.Key == "A.3.2.2");
        (answer.NotApplicable, answer.Reason) = (true, "无社会效益");

        var result = FastScorer.Score(TestFiles.RuleSet("rubric-a-project"), report);

        Assert.Equal((IndicatorStatus.NotAssessable, 0m), result.Indicators.Where(i => i.Key == "A.3.2.2").Select(i => (i.Status, i.Score)).Single());
        Assert.Contains(result.Findings, f => f.Rule == "A.3.2.2" && f.Message == "「社会效益」不允许标记为不适用，须按评分标准填写评分资料");
        Assert.Equal(90m, result.Total);
    }

    [Fact]
    public void Score_WholeLevel1GroupNotApplicable_PassesItsWeightToTheOtherGroups()
    {
        var d = new RubricDefinition
        {
            Id = "na-groups",
            Groups =
            [
                new IndicatorGroup { Key = "G.1", Name = "甲", Points = 60, Indicators = [new() { Key = "G.1.1", Name = "甲一", Points = 60, Template = TemplateKind.JudgmentRange }] },
                new IndicatorGroup { Key = "G.2", Name = "乙", Points = 40, Indicators = [new() { Key = "G.2.1", Name = "乙一", Points = 40, Template = TemplateKind.JudgmentRange, AllowNotApplicable = true }] },
            ],
        };
        var report = new ReportDocument { Assessments = [new() { Key = "G.1.1", Score = 54, Reason = "略有不足" }, new() { Key = "G.2.1", NotApplicable = true, Reason = "本年无此业务" }] };

        var result = FastScorer.Score(RuleSetLoader.Load(d).GetOrThrow(), report);

        Assert.Equal(90m, result.Total);
        Assert.Equal([100m, 0m], result.Level1.Select(l => l.Points));
    }
}
