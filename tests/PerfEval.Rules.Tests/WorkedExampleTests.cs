using PerfEval.Rules.Engine;

namespace PerfEval.Rules.Tests;

public class WorkedExampleTests
{
    [Fact]
    public async Task Score_RubricAWorkedExample_Is98WithSubtotals19_24_55()
    {
        var rs = TestFiles.RuleSet("rubric-a-project");

        var result = await RubricScorer.ScoreAsync(rs, TestFiles.Report("rubric-a-project-2021.json"));

        Assert.Equal(98m, result.Total);
        Assert.Equal("优", result.Grade);
        Assert.Equal([19m, 24m, 55m], result.Level1.Select(l => l.Score));
        var lost = result.Indicators.Where(i => i.Score < i.Points).ToList();
        Assert.Equal(["分配结果", "财务管理"], lost.Select(i => i.Path.Split('/')[^1]));
        Assert.Equal([4m, 2m], lost.Select(i => i.Score));
        Assert.Contains("分配公平合理部分满足，扣 1 分", lost[0].Explanation, StringComparison.Ordinal);
        Assert.Contains("未满足：会计核算规范（1 分）", lost[1].Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Findings, f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public async Task Score_RubricBWorkedExample_Is98WithSubtotals15_38_25_20()
    {
        var rs = TestFiles.RuleSet("rubric-b-department");

        var result = await RubricScorer.ScoreAsync(rs, TestFiles.Report("rubric-b-department-2021.json"));

        Assert.Equal(98m, result.Total);
        Assert.Equal("优", result.Grade);
        Assert.Equal([15m, 38m, 25m, 20m], result.Level1.Select(l => l.Score));
        var lost = result.Indicators.Where(i => i.Score < i.Points).ToList();
        Assert.Equal(["过程/预算管理/公务卡刷卡率", "过程/资产管理/管理制度健全性"], lost.Select(i => i.Path));
        Assert.Equal([2m, 2m], lost.Select(i => i.Score));
        Assert.Contains("公务卡刷卡率 45% 低于 50% 5 个百分点，每个百分点扣 0.2 分，得 2.0/3 分", lost[0].Explanation, StringComparison.Ordinal);
        Assert.Contains("资产调拨不及时", lost[1].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_ChanganWithWeights40_10_40_10_Is98WithTheReportsOwnRows()
    {
        var rs = TestFiles.RuleSet("rubric-c-self-evaluation");

        var result = await RubricScorer.ScoreAsync(rs, TestFiles.Report(TestFiles.Changan), new ScoreOptions { Level1Weights = [40, 10, 40, 10] });

        Assert.Equal(98m, result.Total);
        Assert.Equal("优", result.Grade);
        Assert.Equal([10m, 10m, 10m, 10m, 10m, 20m, 20m, 8m], result.Indicators.Select(i => i.Score));
        Assert.Equal([10m, 10m, 10m, 10m, 10m, 20m, 20m, 10m], result.Indicators.Select(i => i.Points));
        Assert.Equal("受益对象满意度 76% 低于目标 95%，按完成比例得 8.0/10 分", result.Indicators[^1].Explanation);
        Assert.All(result.Indicators, i => Assert.False(i.Disagrees));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void FastScore_ChanganWithWeights_EqualsTheStockResult()
    {
        var rs = TestFiles.RuleSet("rubric-c-self-evaluation");

        var result = FastScorer.Score(rs, TestFiles.Report(TestFiles.Changan), new ScoreOptions { Level1Weights = [40, 10, 40, 10] });

        Assert.Equal(98m, result.Total);
        Assert.Equal([40m, 10m, 40m, 8m], result.Level1.Select(l => l.Score));
    }

    [Fact]
    public async Task Score_ChanganWithDefaultWeights_ScalesRowsAndFlagsTheSelfScores()
    {
        var rs = TestFiles.RuleSet("rubric-c-self-evaluation");

        var result = await RubricScorer.ScoreAsync(rs, TestFiles.Report(TestFiles.Changan));

        Assert.Equal([50m, 10m, 30m, 8m], result.Level1.Select(l => l.Score));
        Assert.Equal(98m, result.Total);
        Assert.Equal(12.5m, result.Indicators[0].Points);
        Assert.False(result.Indicators[0].Disagrees);
    }
}
