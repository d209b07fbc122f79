using PerfEval.Rules.Checks;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Tests;

/// <summary>
/// One 分值 merged over several rows (经济/社会/生态效益 "15"): the rows are a group (SharesPoints), scored by rubric C as one
/// and checked as one — never split by guess.
/// </summary>
public class SharedPointsTests
{
    private static IndicatorRow Row(string l1, string l3, Comparator c, decimal? target, decimal? actual, decimal? points, decimal? self, bool shares = false) => new()
    {
        Level1 = l1, Level2 = l1, Level3 = l3, Comparator = c, TargetValue = target, ActualValue = actual, Unit = "%", Points = points, SelfScore = self, SharesPoints = shares,
    };

    private static ReportDocument Report(params IndicatorRow[] benefit) => new()
    {
        Funding = { Planned = { Total = 100 }, Spent = { Total = 100 } },
        Indicators =
        [
            Row("产出指标", "数量", Comparator.AtLeast, 100, 100, 50, 50),
            .. benefit,
            Row("满意度指标", "满意度", Comparator.AtLeast, 90, 95, 10, 10),
        ],
    };

    [Fact]
    public void Score_MergedPointsOverQuantitativeRows_ScoresTheGroupAsOne()
    {
        var report = Report(
            Row("效益指标", "经济效益", Comparator.AtLeast, 100, 100, 30, 25),
            Row("效益指标", "社会效益", Comparator.AtLeast, 100, 50, null, null, shares: true),
            Row("效益指标", "生态效益", Comparator.AtLeast, 100, 100, null, null, shares: true));

        var result = FastScorer.Score(TestFiles.RuleSet(RuleSetDirectory.RubricC), report);

        // Mean completion (1 + 0.5 + 1) / 3 of the group's 30 points, scaled to the category's 30: 25.
        var benefit = result.Indicators.Where(i => i.Path.StartsWith("效益指标", StringComparison.Ordinal)).ToList();
        var group = Assert.Single(benefit);
        Assert.Equal(30m, group.Points);
        Assert.Equal(25m, group.Score);
        Assert.Equal(25m, group.SelfScore);
        Assert.False(group.Disagrees);
        Assert.Contains("共用分值 30", group.Explanation, StringComparison.Ordinal);
        Assert.Equal(25m, result.Level1.Single(l => l.Name.Contains("效益", StringComparison.Ordinal)).Score);
    }

    [Fact]
    public void Score_MergedPointsOverQualitativeRows_UsesTheGroupsSelfScore()
    {
        var report = Report(
            Row("效益指标", "经济效益", Comparator.Qualitative, null, null, 30, 27),
            Row("效益指标", "社会效益", Comparator.Qualitative, null, null, null, null, shares: true));
        report.Indicators[1].DeviationReason = "个别乡镇带动不明显";

        var result = FastScorer.Score(TestFiles.RuleSet(RuleSetDirectory.RubricC), report);

        var group = Assert.Single(result.Indicators, i => i.Path.StartsWith("效益指标", StringComparison.Ordinal));
        Assert.Equal(27m, group.Score);
        Assert.Equal(IndicatorStatus.Scored, group.Status);
    }

    [Fact]
    public void Checks_GroupMembersWithoutPoints_AreNotFlaggedAlone()
    {
        var report = Report(
            Row("效益指标", "经济效益", Comparator.AtLeast, 100, 100, 30, 10),
            Row("效益指标", "社会效益", Comparator.AtLeast, 100, 100, null, 10, shares: true),
            Row("效益指标", "生态效益", Comparator.AtLeast, 100, 100, null, 10, shares: true));

        var findings = ConsistencyChecker.Check(TestFiles.RuleSet(RuleSetDirectory.Checks), report);

        // The members' self-scores (10 + 10 + 10) are checked against the group's 30: no "分值未填写", no missing reason.
        Assert.DoesNotContain(findings, f => f.Rule is "K.selfScoreWithinPoints" or "K.deviationReason");
    }

    [Fact]
    public void Checks_GroupScoredBelowItsPoints_NeedsAReasonOnTheGroup()
    {
        var report = Report(
            Row("效益指标", "经济效益", Comparator.AtLeast, 100, 100, 30, 10),
            Row("效益指标", "社会效益", Comparator.AtLeast, 100, 100, null, 5, shares: true));

        var findings = ConsistencyChecker.Check(TestFiles.RuleSet(RuleSetDirectory.Checks), report);

        var finding = Assert.Single(findings, f => f.Rule == "K.deviationReason");
        Assert.Equal("indicators[1].deviationReason", finding.Field);
        Assert.Contains("经济效益、社会效益", finding.Message, StringComparison.Ordinal);
    }
}
