using PerfEval.Rules.Engine;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Tests;

/// <summary>Self-scores are compared whatever quote style or character width the unit typed the indicator's name in.</summary>
public class SelfScoreMatchingTests
{
    [Theory]
    [InlineData("“三公经费”变动率", "\"三公经费\"变动率")]
    [InlineData("「三公经费」变动率", "\"三公经费\"变动率")]
    [InlineData("资金使用合规性（ 一 ）", "资金使用合规性(一)")]
    [InlineData("项 目 名 称", "项目名称")]
    public void Same_QuoteStylesWidthsAndSpaces_AreTheSameLabel(string a, string b)
    {
        Assert.True(TextKey.Same(a, b));
    }

    [Theory]
    [InlineData("（ 一 ）“ABC”", "(一)“ABC”")]
    [InlineData("  ", "")]
    [InlineData(null, "")]
    public void Compact_HalfWidthWithoutSpaces_KeepsQuotesAndCase(string? written, string expected)
    {
        Assert.Equal(expected, TextKey.Compact(written));
    }

    [Fact]
    public void Score_SelfScoreWrittenWithChineseQuotes_IsComparedAndFlagged()
    {
        var report = TestFiles.Report("rubric-b-department-2021.json");
        var row = report.RubricSelfScores.Single(r => r.Key == "B.1.1.2");
        (row.Key, row.Level3, row.SelfScore) = (null, "“三公经费”变动率", 3);

        var result = FastScorer.Score(TestFiles.RuleSet("rubric-b-department"), report, new ScoreOptions { ReportKind = ReportKind.Department });

        var r = result.Indicators.Single(i => i.Key == "B.1.1.2");
        Assert.Equal((3m, true), (r.SelfScore, r.Disagrees));
        Assert.Contains(result.Findings, f => f.Rule == "B.1.1.2" && f.Field == "rubricSelfScores[1].selfScore" && f.Severity == FindingSeverity.Warning);
    }

    [Fact]
    public void Score_DepartmentDutiesFromItsOwnWorkTargets_ScoreEachRowWithItsSelfScore()
    {
        var report = TestFiles.Report("rubric-b-department-2021.json");
        report.Indicators[0].ActualValue = 4000; // 新增参保人数 4000 of 5000

        var result = FastScorer.Score(TestFiles.RuleSet("rubric-b-department"), report, new ScoreOptions { ReportKind = ReportKind.Department });

        var duty = result.Indicators.Single(i => i.Key == "B.3.1.1#0");
        Assert.Equal("产出指标/职责履行/社会保险扩面征缴", duty.Path);
        Assert.Equal((4m, 5m, true), (duty.Score, duty.SelfScore!.Value, duty.Disagrees));
        Assert.Equal(24m, result.Level1[2].Score);
    }
}
