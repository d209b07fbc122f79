using PerfEval.Rules.Engine;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;
using PerfEval.Rules.Samples;

namespace PerfEval.Rules.Tests;

// Rubric C sorts the report's own indicator rows into categories. Older forms (Yueyanglou 2017) file
// 服务对象满意度指标 as a 二级指标 under 项目效益指标; those rows are satisfaction, not benefit.
public class RubricCRowFilterTests
{
    private const string RubricC = "rubric-c-self-evaluation";

    [Fact]
    public void Score_YueyanglouSatisfactionUnderBenefit_CountsAsSatisfaction()
    {
        var result = FastScorer.Score(TestFiles.RuleSet(RubricC), TestFiles.Report(TestFiles.Yueyanglou));

        Assert.Equal([46.67m, 10m, 27m, 8m], result.Level1.Select(l => l.Score));
        Assert.Equal(91.67m, result.Total);
        Assert.Equal("优", result.Grade);
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("没有属于", StringComparison.Ordinal));
        Assert.Equal(2, result.Indicators.Count(i => i.Key.StartsWith("C.4.1#", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Score_WithoutFinerFilter_BehavesAsEarlierVersions()
    {
        var definition = TestFiles.Definition(RubricC);
        foreach (var i in definition.AllIndicators())
        {
            i.Parameters.MatchLevel2 = null;
            i.Parameters.ExcludeKeywords = null;
        }

        var rs = RuleSetLoader.Load(definition).GetOrThrow();
        var report = TestFiles.Report(TestFiles.Yueyanglou);

        var result = await RubricScorer.ScoreAsync(rs, report);

        Assert.Equal("Fn.Rows(input, \"C.4.1\", 10m, \"满意度\", \"linear\", \"zero\", 0m)", rs.Expressions["C.4.1"]);
        Assert.Equal(0m, result.Level1[3].Score);
        Assert.Equal(82.17m, result.Total);
        Assert.Contains(result.Findings, f => f.Message.Contains("指标表中没有属于「满意度指标」的指标（一级指标含「满意度」）", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_ChanganWorkedExample_StillScores98()
    {
        var result = FastScorer.Score(TestFiles.RuleSet(RubricC), TestFiles.Report(TestFiles.Changan), new ScoreOptions { Level1Weights = [40, 10, 40, 10] });

        Assert.Equal(98m, result.Total);
    }

    [Theory]
    [InlineData("效益指标", "社会效益指标", "C.3.1")]
    [InlineData("效益指标", "服务对象满意度指标", "C.4.1")]
    [InlineData("满意度指标", "满意度指标", "C.4.1")]
    [InlineData("产出指标", "数量指标", "C.1.1")]
    public void Score_RowByLevels_LandsInExactlyOneCategory(string level1, string level2, string expectedKey)
    {
        var report = SampleReports.Empty();
        report.Indicators = [new IndicatorRow { Level1 = level1, Level2 = level2, Level3 = "某指标", Comparator = Comparator.AtLeast, TargetValue = 100, ActualValue = 100, Points = 10 }];

        var result = FastScorer.Score(TestFiles.RuleSet(RubricC), report);

        var row = Assert.Single(result.Indicators, i => i.Key.Contains('#', StringComparison.Ordinal));
        Assert.StartsWith(expectedKey + "#", row.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_KeywordContainsExcludedWord_RefusedNamingTheRule()
    {
        var definition = TestFiles.Definition(RubricC);
        definition.AllIndicators().Single(i => i.Key == "C.4.1").Parameters.ExcludeKeywords = ["满意"];

        var result = RuleSetLoader.Load(definition);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Rule == "C.4.1" && p.Message.Contains("关键词「满意度」含排除词「满意」", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_BlankExcludeWord_RefusedNamingTheRule()
    {
        var definition = TestFiles.Definition(RubricC);
        definition.AllIndicators().Single(i => i.Key == "C.3.1").Parameters.ExcludeKeywords = ["满意", " "];

        var result = RuleSetLoader.Load(definition);

        Assert.Contains(result.Problems, p => p.Rule == "C.3.1" && p.Message.Contains("excludeKeywords", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_ChanganAndYueyanglou_NoRowLeftOutOrCountedTwice()
    {
        var rs = TestFiles.RuleSet(RubricC);

        foreach (var seed in new[] { TestFiles.Changan, TestFiles.Yueyanglou })
        {
            var result = FastScorer.Score(rs, TestFiles.Report(seed));

            Assert.DoesNotContain(result.Findings, f => f.Field.EndsWith(".level1", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Score_RowOfNoCategory_WarnedAsNotScored()
    {
        var report = SampleReports.Empty();
        report.Indicators =
        [
            new IndicatorRow { Level1 = "产出指标", Level2 = "数量指标", Level3 = "培训人次", Comparator = Comparator.AtLeast, TargetValue = 100, ActualValue = 100, Points = 10 },
            new IndicatorRow { Level1 = "可持续影响指标", Level2 = "长效机制", Level3 = "制度建设", Comparator = Comparator.AtLeast, TargetValue = 1, ActualValue = 1, Points = 10 },
        ];

        var result = FastScorer.Score(TestFiles.RuleSet(RubricC), report);

        var warning = Assert.Single(result.Findings, f => f.Field == "indicators[1].level1");
        Assert.Equal(FindingSeverity.Warning, warning.Severity);
        Assert.Contains("「制度建设」", warning.Message, StringComparison.Ordinal);
        Assert.Contains("未计分", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_RowTakenByTwoCategories_WarnedAsCountedTwice()
    {
        var definition = TestFiles.Definition(RubricC);
        definition.AllIndicators().Single(i => i.Key == "C.3.1").Parameters.ExcludeKeywords = null;
        var rs = RuleSetLoader.Load(definition).GetOrThrow();

        var result = FastScorer.Score(rs, TestFiles.Report(TestFiles.Yueyanglou));

        Assert.Equal(2, result.Findings.Count(f => f.Field is "indicators[6].level1" or "indicators[7].level1" && f.Message.Contains("重复计分", StringComparison.Ordinal)));
    }
}
