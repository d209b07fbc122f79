using System.Text.Json;
using PerfEval.Rules.Definitions;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;
using PerfEval.Rules.Samples;

namespace PerfEval.Rules.Tests;

/// <summary>
/// The scoring projection the impact analysis reads instead of the whole form: scoring it gives exactly what scoring the
/// stored form gives — totals and the full result with explanations — on generated reports of every shipped rubric.
/// </summary>
public class ScoringInputTests
{
    [Theory]
    [InlineData("rubric-a-project", 11)]
    [InlineData("rubric-b-department", 12)]
    [InlineData("rubric-c-self-evaluation", 13)]
    public void Score_Projection_EqualsStoredForm_OnGeneratedReports(string id, int seed)
    {
        var rs = TestFiles.RuleSet(id);
        var random = new Random(seed);

        for (var n = 0; n < 220; n++)
        {
            // As stored: the form goes through its JSON column, the projection through its own.
            var stored = RoundTrip(SampleReports.Generate(random, rs.Definition));
            var projection = ScoringInput.Read(ScoringInput.WriteUtf8(stored));
            var options = id == "rubric-c-self-evaluation" && n % 2 == 0 ? new ScoreOptions { Level1Weights = [40, 10, 40, 10] } : null;

            Assert.Equal(FastScorer.ScoreTotal(rs, stored, options), FastScorer.ScoreTotal(rs, projection, options));
            Assert.Equal(
                JsonSerializer.Serialize(FastScorer.Score(rs, stored, options), RulesJson.Options),
                JsonSerializer.Serialize(FastScorer.Score(rs, projection, options), RulesJson.Options));
        }
    }

    [Fact]
    public void Write_SeedReport_LeavesOutWhatScoringNeverReads()
    {
        var seed = RoundTrip(TestFiles.Report(TestFiles.Changan));

        var projection = ScoringInput.Read(ScoringInput.Write(seed));

        Assert.Null(projection.Narrative.Conclusion);
        Assert.Empty(projection.Evaluators);
        Assert.Equal(seed.Indicators.Count, projection.Indicators.Count);
        Assert.Equal(seed.Funding.Spent.TotalOrSum, projection.Funding.Spent.TotalOrSum);
        Assert.True(ScoringInput.Write(seed).Length < JsonSerializer.Serialize(seed, RulesJson.Options).Length);
    }

    [Theory]
    [InlineData("rubric-a-project")]
    [InlineData("rubric-b-department")]
    [InlineData("rubric-c-self-evaluation")]
    public void Covers_ShippedRubrics_True(string id) => Assert.True(ScoringInput.Covers(TestFiles.RuleSet(id)));

    [Theory]
    [InlineData("input.Report.Evaluators.Count > 0 ? 4m : 0m")]
    [InlineData("input.Report.Basic.Year > 2020 ? 4m : 0m")]
    [InlineData("input . Report . Goals.Count > 0 ? 4m : 0m")]
    public void Covers_AdvancedExpressionReadingMore_False(string expression)
    {
        var rs = RuleSetLoader.Load(new RubricDefinition
        {
            Id = "test",
            Title = "测试",
            Groups =
            [
                new IndicatorGroup
                {
                    Key = "T", Name = "测试", Points = 100,
                    Indicators =
                    [
                        new IndicatorDefinition { Key = "T.1", Name = "读表", Points = 4, Template = TemplateKind.Advanced, Expression = expression },
                        new IndicatorDefinition { Key = "T.9", Name = "其他", Points = 96, Template = TemplateKind.Advanced, Expression = "0m" },
                    ],
                },
            ],
        }.ToWorkflowJson());

        Assert.True(rs.Succeeded, string.Join("; ", rs.Problems));
        Assert.False(ScoringInput.Covers(rs.RuleSet!));
    }

    [Fact]
    public void Covers_AdvancedExpressionReadingFunding_True()
    {
        var rs = RuleSetLoader.Load(new RubricDefinition
        {
            Id = "test",
            Title = "测试",
            Groups =
            [
                new IndicatorGroup
                {
                    Key = "T", Name = "测试", Points = 100,
                    Indicators =
                    [
                        new IndicatorDefinition
                        {
                            Key = "T.1", Name = "到位率", Points = 4, Template = TemplateKind.Advanced,
                            Expression = "Math.Round(Math.Min(Fn.Ratio(input.Report.Funding.Arrived.TotalOrSum, input.Report.Funding.Planned.TotalOrSum), 1m) * 4m, 1)",
                        },
                        new IndicatorDefinition { Key = "T.9", Name = "其他", Points = 96, Template = TemplateKind.Advanced, Expression = "0m" },
                    ],
                },
            ],
        }.ToWorkflowJson()).GetOrThrow();

        Assert.True(ScoringInput.Covers(rs));
    }

    private static ReportDocument RoundTrip(ReportDocument report)
        => JsonSerializer.Deserialize<ReportDocument>(JsonSerializer.Serialize(report, RulesJson.Options), RulesJson.Options)!;
}
