using PerfEval.Rules.Checks;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Tests;

/// <summary>
/// Every shipped sample and seed scored by its default rubric, with the expected outcome pinned: a change that moves a
/// real report's score must show up here. Error counts include the consistency checks (what blocks submission).
/// </summary>
public class FidelityTests
{
    public static TheoryData<string, string, string, string, int> Expected => new()
    {
        // file, rubric, total, level-1 subtotals, errors (scoring + checks)
        { "rubric-a-project-2021.json", RuleSetDirectory.RubricA, "98 优", "19/24/55", 0 },
        { "rubric-b-department-2021.json", RuleSetDirectory.RubricB, "98 优", "15/38/25/20", 0 },
        { "broken-funding-and-expenditure.json", RuleSetDirectory.RubricC, "98 优", "50/10/30/8", 5 },
        { TestFiles.Changan, RuleSetDirectory.RubricC, "98 优", "50/10/30/8", 0 },
        // The Hechi form has no indicator table: rubric C cannot score three of its four categories.
        { TestFiles.Hechi, RuleSetDirectory.RubricC, "10 差", "0/10/0/0", 4 },
        // Yueyanglou files satisfaction under 效益; its own table states 90 优. Six rows below their points lack a reason.
        { TestFiles.Yueyanglou, RuleSetDirectory.RubricC, "91.67 优", "46.67/10/27/8", 6 },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Score_ShippedSampleOrSeed_GivesItsPinnedOutcome(string file, string rubric, string total, string subtotals, int errors)
    {
        var report = TestFiles.Report(file);
        var kind = report.Department is null ? ReportKind.Project : ReportKind.Department;
        var rs = TestFiles.RuleSet(rubric);

        var result = FastScorer.Score(rs, report, new ScoreOptions { ReportKind = kind });
        var checks = ConsistencyChecker.Check(TestFiles.RuleSet(RuleSetDirectory.Checks), report);

        Assert.Equal(total, $"{result.Total} {result.Grade}");
        Assert.Equal(subtotals, string.Join("/", result.Level1.Select(l => l.Score)));
        Assert.Equal(errors, result.Findings.Concat(checks).Count(f => f.Severity == FindingSeverity.Error));
    }

    [Fact]
    public void Score_ChanganWithItsRoundWeights_MatchesItsOwnTable()
    {
        var result = FastScorer.Score(TestFiles.RuleSet(RuleSetDirectory.RubricC), TestFiles.Report(TestFiles.Changan), new ScoreOptions { Level1Weights = [40, 10, 40, 10] });

        Assert.Equal(TestFiles.Report(TestFiles.Changan).StatedTotalScore, result.Total);
    }
}
