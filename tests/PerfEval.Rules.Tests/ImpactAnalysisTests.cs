using PerfEval.Rules.Definitions;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Impact;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Samples;

namespace PerfEval.Rules.Tests;

public class ImpactAnalysisTests
{
    private static (LoadedRuleSet Current, LoadedRuleSet Draft) MovePointBetweenOutputs()
    {
        var current = TestFiles.RuleSet("rubric-a-project");
        var definition = RubricDefinition.FromWorkflowJson(current.Json);
        var items = definition.AllIndicators().ToDictionary(i => i.Key);
        items["A.3.1.1"].Points = 2; // 产出数量 5 → 2
        items["A.3.1.2"].Points = 7; // 产出质量 4 → 7
        return (current, RuleSetLoader.Load(definition).GetOrThrow());
    }

    [Fact]
    public void Compare_PointsMoved_CountsMatchScoringEachReportDirectly()
    {
        var (current, draft) = MovePointBetweenOutputs();
        var random = new Random(11);
        var subjects = Enumerable.Range(0, 300).Select(n => new ImpactSubject($"r{n}", $"报告{n}", SampleReports.Generate(random, current.Definition))).ToList();

        var result = ImpactAnalysis.Compare(current, draft, subjects);

        var expected = subjects.Select(s => (Before: FastScorer.ScoreTotal(current, s.Report), After: FastScorer.ScoreTotal(draft, s.Report))).ToList();
        Assert.Equal(300, result.Reports);
        Assert.Equal(expected.Count(e => e.Before != e.After), result.ScoreChanged);
        Assert.True(result.ScoreChanged > 0, "the generated reports should feel the change");
        Assert.Equal(expected.Count(e => current.Definition.GradeOf(e.Before) != draft.Definition.GradeOf(e.After)), result.GradeChanged);
        Assert.Equal(300, result.Transitions.Sum(t => t.Count));
        Assert.Equal(result.GradeChanged, result.Transitions.Where(t => t.From != t.To).Sum(t => t.Count));
        Assert.Equal(Math.Min(10, result.ScoreChanged), result.TopMovers.Count);
        var largest = expected.Max(e => Math.Abs(e.After - e.Before));
        Assert.Equal(largest, Math.Abs(result.TopMovers[0].Delta));
        Assert.Equal(result.TopMovers.OrderByDescending(m => Math.Abs(m.Delta)).Select(m => m.Id), result.TopMovers.Select(m => m.Id));
    }

    [Fact]
    public void Compare_SameVersion_NothingChanges()
    {
        var current = TestFiles.RuleSet("rubric-a-project");
        var random = new Random(3);
        var subjects = Enumerable.Range(0, 50).Select(n => new ImpactSubject($"r{n}", $"报告{n}", SampleReports.Generate(random, current.Definition)));

        var result = ImpactAnalysis.Compare(current, current, subjects);

        Assert.Equal(50, result.Reports);
        Assert.Equal(0, result.ScoreChanged);
        Assert.Equal(0, result.GradeChanged);
        Assert.Empty(result.TopMovers);
    }

    [Fact]
    public void Compare_SubjectsWithRoundWeights_ScoresBothVersionsWithThem()
    {
        var current = TestFiles.RuleSet("rubric-c-self-evaluation");
        var definition = RubricDefinition.FromWorkflowJson(current.Json);
        definition.AllIndicators().Single(i => i.Key == "C.3.1").Parameters.ExcludeKeywords = null; // 满意 rows count twice
        var draft = RuleSetLoader.Load(definition).GetOrThrow();
        var weights = new ScoreOptions { Level1Weights = [40, 10, 40, 10] };
        var report = TestFiles.Report(TestFiles.Yueyanglou);

        var result = ImpactAnalysis.Compare(current, draft, [new ImpactSubject("y", "岳阳楼", report, weights)]);

        var mover = Assert.Single(result.TopMovers);
        Assert.Equal(FastScorer.ScoreTotal(current, report, weights), mover.Before);
        Assert.Equal(FastScorer.ScoreTotal(draft, report, weights), mover.After);
        Assert.NotEqual(FastScorer.ScoreTotal(current, report), mover.Before);
    }

    [Fact]
    public void Compare_RoundWeightsNoLongerFit_ReportedAsFailureNotThrown()
    {
        var current = TestFiles.RuleSet("rubric-c-self-evaluation");
        var definition = RubricDefinition.FromWorkflowJson(current.Json);
        definition.Groups.RemoveAt(1); // drop 预算执行率 (10): three level-1 groups left, weights give four
        definition.Groups[0].Points = 60;
        definition.AllIndicators().First().Points = 60;
        var draft = RuleSetLoader.Load(definition).GetOrThrow();
        var report = TestFiles.Report(TestFiles.Yueyanglou);

        var result = ImpactAnalysis.Compare(current, draft, [new ImpactSubject("y", "岳阳楼", report, new ScoreOptions { Level1Weights = [40, 10, 40, 10] })]);

        Assert.Equal(0, result.Reports);
        Assert.Contains("权重", Assert.Single(result.Failures), StringComparison.Ordinal);
    }
}
